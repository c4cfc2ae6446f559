#include "Outreach.h"

#include "core/Json.h"
#include "llm/JsonSchema.h"
#include "storage/Settings.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Outreach
{
namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("Outreach", text);
}

ContentChecks::Problem problem(
    const QString& code, const QString& where, const QString& message, const QString& severity = u"major"_s)
{
    return ContentChecks::Problem{code, severity, where, message};
}

const QString kEmailFields = u"id, lead_id, state, attempts, COALESCE(accepted_version_id, 0), "
                             u"COALESCE(current_version_id, 0), last_error, instruction, COALESCE(site_id, 0), "
                             u"COALESCE(proposal_id, 0), send_state, sent_to, sent_subject, send_error, "
                             u"COALESCE(sent_at, 0) FROM outreach_emails"_s;

Email emailFrom(const QSqlQuery& q)
{
    Email e;
    e.id = q.value(0).toLongLong();
    e.leadId = q.value(1).toLongLong();
    e.state = q.value(2).toString();
    e.attempts = q.value(3).toInt();
    e.acceptedVersionId = q.value(4).toLongLong();
    e.currentVersionId = q.value(5).toLongLong();
    e.lastError = q.value(6).toString();
    e.instruction = q.value(7).toString();
    e.siteId = q.value(8).toLongLong();
    e.proposalId = q.value(9).toLongLong();
    e.sendState = q.value(10).toString();
    e.sentTo = q.value(11).toString();
    e.sentSubject = q.value(12).toString();
    e.sendError = q.value(13).toString();
    e.sentAt = q.value(14).toLongLong();
    return e;
}

// A number as written: "1,234" and "1.234" (grouped thousands) are 1234, "4,6" is 4.6, "09" is 9; nothing for a
// token that is no number ("12.3.2024").
std::optional<double> valueOf(const QString& written)
{
    static const QRegularExpression grouped(u"^\\d{1,3}([.,]\\d{3})+$"_s);
    bool ok = false;
    const double v = grouped.match(written).hasMatch() ? QString(written).remove(u'.').remove(u',').toDouble(&ok)
                                                       : QString(written).replace(u',', u'.').toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

// Every number the listing gives, by value (its rating, its reviews, its address, its hours, its phone), so
// "17.00" matches hours written "17:00" and "1.234 recensies" a count of 1234.
QList<double> listedNumbers(const SiteChecks::Facts& facts)
{
    QList<double> out;
    static const QRegularExpression number(u"\\d+(?:[.,]\\d+)*"_s);
    QStringList sources{facts.product.description, facts.phone};
    for (auto it = facts.product.attributes.begin(); it != facts.product.attributes.end(); ++it)
        sources.append(it.value().isDouble() ? QString::number(it.value().toDouble()) : it.value().toString());
    for (const QString& source : std::as_const(sources)) {
        for (auto m = number.globalMatch(source); m.hasNext();) {
            if (const auto v = valueOf(m.next().captured(0)))
                out.append(*v);
        }
    }
    if (facts.listedRating)
        out.append(std::round(*facts.listedRating * 10.0) / 10.0);
    return out;
}
} // namespace

const ContentStore::Tables& tables()
{
    static const ContentStore::Tables t{
        u"outreach_emails"_s, u"outreach_versions"_s, u"outreach_validations"_s, u"lead_id"_s};
    return t;
}

QString Sender::whyIncomplete() const
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("Outreach", "Set the sender's name in Outreach settings.");
    if (!isValidAddress(address))
        return QCoreApplication::translate("Outreach",
            "Set the sender's e-mail address in Outreach settings: replies and unsubscribe requests go there.");
    if (postal.trimmed().isEmpty())
        return QCoreApplication::translate(
            "Outreach", "Set the sender's postal address in Outreach settings: every e-mail carries it.");
    return {};
}

QJsonObject Sender::toJson() const
{
    return QJsonObject{{u"name"_s, name.trimmed()}, {u"address"_s, address.trimmed()}, {u"postal"_s, postal.trimmed()},
        {u"daily_cap"_s, dailyCap}};
}

Sender Sender::fromJson(const QJsonObject& o)
{
    Sender s;
    s.name = o.value(u"name"_s).toString();
    s.address = o.value(u"address"_s).toString();
    s.postal = o.value(u"postal"_s).toString();
    s.dailyCap = std::clamp(o.value(u"daily_cap"_s).toInt(20), 1, 500);
    return s;
}

Sender Sender::load(const QSqlDatabase& db)
{
    return fromJson(Json::objectFromString(Settings::value(db, u"outreach.sender"_s)));
}

void Sender::save(const QSqlDatabase& db) const
{
    Settings::setValue(db, u"outreach.sender"_s, Json::compact(toJson()));
}

QString SendState::displayName(const QString& state)
{
    if (state == Queued)
        return QCoreApplication::translate("Outreach", "Approved, sending");
    if (state == Sending)
        return QCoreApplication::translate("Outreach", "Sending");
    if (state == Sent)
        return QCoreApplication::translate("Outreach", "Sent");
    if (state == Uncertain)
        return QCoreApplication::translate("Outreach", "May have been sent");
    if (state == Bounced)
        return QCoreApplication::translate("Outreach", "Bounced");
    if (state == Failed)
        return QCoreApplication::translate("Outreach", "Not sent");
    if (state == Stopped)
        return QCoreApplication::translate("Outreach", "Stopped: do not contact");
    if (state == Rejected)
        return QCoreApplication::translate("Outreach", "Rejected");
    return state;
}

std::optional<Email> byId(const QSqlDatabase& db, qint64 id)
{
    QSqlQuery q = Sql::exec(db, u"SELECT "_s + kEmailFields + u" WHERE id = ?"_s, {id});
    if (!q.next())
        return std::nullopt;
    return emailFrom(q);
}

std::optional<Email> forLead(const QSqlDatabase& db, qint64 leadId)
{
    QSqlQuery q = Sql::exec(db, u"SELECT "_s + kEmailFields + u" WHERE lead_id = ? AND kind = ?"_s, {leadId, Kind});
    if (!q.next())
        return std::nullopt;
    return emailFrom(q);
}

QString statusText(const Email& e)
{
    if (e.sendState == SendState::Sent)
        return tr("Sent %1").arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.sentAt).date(), u"d MMM"_s));
    // Queued with a reason: its job waits (the daily cap) or gave up (Run again in Approvals sends it).
    if (e.sendState == SendState::Queued && !e.sendError.isEmpty())
        return tr("Waiting to be sent");
    if (!e.sendState.isEmpty())
        return SendState::displayName(e.sendState);
    if (e.state == ContentStore::PieceState::Accepted)
        return e.proposalId > 0 ? tr("Waiting for approval") : tr("Written");
    if (e.state == ContentStore::PieceState::Rejected)
        return tr("Needs a person");
    if (e.state == ContentStore::PieceState::Failed)
        return tr("Could not be written");
    return tr("Being written");
}

QJsonObject schema()
{
    using JsonSchema::obj;
    using JsonSchema::str;
    return obj({{u"subject"_s, str(90, 3)}, {u"greeting"_s, str(80, 2)}, {u"body"_s, str(1500, 150)},
        {u"closing"_s, str(60, 2)}});
}

QString render(const QJsonObject& body)
{
    return u"Subject: %1\n\n%2\n\n%3\n\n%4"_s.arg(body.value(u"subject"_s).toString(),
        body.value(u"greeting"_s).toString(), body.value(u"body"_s).toString(), body.value(u"closing"_s).toString());
}

QList<ContentChecks::Problem> checks(const QJsonObject& body, const SiteChecks::Facts& facts, bool conceptAttached)
{
    QList<ContentChecks::Problem> out;
    const QString subject = body.value(u"subject"_s).toString();
    const QString text = body.value(u"body"_s).toString();
    const QString all
        = QStringList{subject, body.value(u"greeting"_s).toString(), text, body.value(u"closing"_s).toString()}.join(
            u'\n');
    if (subject.trimmed().size() > 90)
        out.append(problem(u"length"_s, u"$.subject"_s, tr("The subject is longer than 90 characters.")));
    if (text.trimmed().size() < 150 || text.trimmed().size() > 1500)
        out.append(problem(u"length"_s, u"$.body"_s,
            tr("The body has %1 characters; an e-mail a stranger reads has 150 to 1,500.").arg(text.trimmed().size())));
    static const QRegularExpression link(u"https?://\\S+|\\bwww\\.\\S+"_s, QRegularExpression::CaseInsensitiveOption);
    if (const auto m = link.match(all); m.hasMatch())
        out.append(problem(u"link"_s, u"$.body"_s,
            tr("Links to “%1”: a first e-mail carries no links (the concept is attached).").arg(m.captured(0))));
    // Numbers: each one must be in the listing (its rating, its reviews, its address, its hours).
    const QList<double> listed = listedNumbers(facts);
    static const QRegularExpression number(u"(?<![\\w.,])\\d+(?:[.,]\\d+)*"_s);
    // "out of 5" is the scale of a rating, not a claim (the rating itself is checked on its own).
    static const QRegularExpression scale(
        u"\\s*(/\\s*5|out of 5|van de 5|uit 5)\\b"_s, QRegularExpression::CaseInsensitiveOption);
    const QString withoutScale = QString(all).remove(scale);
    for (auto it = number.globalMatch(withoutScale); it.hasNext();) {
        const QString n = it.next().captured(0);
        const std::optional<double> value = valueOf(n);
        if (!value || std::none_of(listed.cbegin(), listed.cend(), [&value](double l) {
                return std::abs(l - *value) < 1e-6;
            })) {
            out.append(problem(u"number"_s, u"$.body"_s,
                tr("States the number %1, which the business's listing does not give.").arg(n), u"critical"_s));
            break;
        }
    }
    out += SiteChecks::textClaims(u"$.body"_s, all, facts);
    static const QRegularExpression reviews(
        u"(\\d[\\d.,]*)\\s*(?:[^\\W\\d]+\\s)?(?:reviews?|recensies?|beoordelingen)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    for (auto it = reviews.globalMatch(all); it.hasNext();) {
        const auto m = it.next();
        const QJsonValue count = facts.product.attributes.value(u"review_count"_s);
        QString stated = m.captured(1);
        stated.remove(u'.').remove(u',');
        if (count.isUndefined() || stated.toLongLong() != count.toVariant().toLongLong()) {
            out.append(problem(u"reviews"_s, u"$.body"_s,
                count.isUndefined()
                    ? tr("States a number of reviews (“%1”) but the listing gives none.").arg(m.captured(0))
                    : tr("States %1; the listing shows %2 reviews.")
                          .arg(m.captured(0))
                          .arg(count.toVariant().toLongLong()),
                u"critical"_s));
            break;
        }
    }
    const QString website = facts.product.attributes.value(u"website"_s).toString();
    static const QRegularExpression noSite(u"\\b(no|without(\\s+an?)?|(do|does|don[’']t|doesn[’']t|do not|does not)\\s+"
                                           u"have\\s+an?|geen|zonder(\\s+een)?)\\s+(own\\s+|eigen\\s+)?"
                                           u"(website|site|webpage|webshop)"_s,
        QRegularExpression::CaseInsensitiveOption);
    // A website the business has now (what a new one "could look like" is the offer, not a claim).
    static const QRegularExpression theirSite(
        u"\\b(your|je|jouw|jullie|uw)\\s+(current|existing|present|old|huidige|bestaande|oude)\\s+(website|site)\\b|"
        u"\\b(your|je|jouw|uw)\\s+(website|site)\\s+(is|looks|loads|has|was|ziet|laadt|heeft)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (!website.isEmpty()) {
        if (const auto m = noSite.match(all); m.hasMatch())
            out.append(problem(u"website"_s, u"$.body"_s,
                tr("Says the business has no website (“%1”), but its listing links to %2.").arg(m.captured(0), website),
                u"critical"_s));
    } else if (const auto m = theirSite.match(all); m.hasMatch()) {
        out.append(problem(u"website"_s, u"$.body"_s,
            tr("Speaks of the business's website (“%1”), but its listing has none.").arg(m.captured(0)),
            u"critical"_s));
    }
    static const QRegularExpression promise(
        u"\\b(guarantee[sd]?|gegarandeerd|garantie|double your|verdubbel\\w*|triple your|number one|nummer één)|#1\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = promise.match(all); m.hasMatch())
        out.append(problem(
            u"promise"_s, u"$.body"_s, tr("Promises a result (“%1”) that no one can check.").arg(m.captured(0))));
    static const QRegularExpression attached(
        u"\\b(attached|attachment|bijlage|bijgevoegd|meegestuurd)\\b"_s, QRegularExpression::CaseInsensitiveOption);
    if (!conceptAttached) {
        if (const auto m = attached.match(all); m.hasMatch())
            out.append(problem(u"attachment"_s, u"$.body"_s,
                tr("Speaks of an attachment (“%1”), but no concept is ready to attach.").arg(m.captured(0))));
    }
    if (!facts.brand.bannedWords.isEmpty())
        out += ContentChecks::checkBannedWords(QJsonObject{{u"body"_s, all}}, facts.brand.bannedWords);
    return out;
}

QString normalisedAddress(const QString& address)
{
    return address.trimmed().toLower();
}

bool isValidAddress(const QString& address)
{
    static const QRegularExpression shape(u"^[^@\\s<>\",;]+@[^@\\s<>\",;]+\\.[^@\\s<>\",;.]{2,}$"_s);
    return shape.match(address.trimmed()).hasMatch();
}

QString reasonDisplayName(const QString& reason)
{
    if (reason == u"unsubscribed")
        return tr("Asked not to be written to");
    if (reason == u"bounced")
        return tr("Bounced");
    if (reason == u"do_not_contact")
        return tr("Do not contact");
    return tr("Added by a person");
}

QList<Suppression> suppressions(const QSqlDatabase& db)
{
    QList<Suppression> out;
    QSqlQuery q = Sql::exec(
        db, u"SELECT address, reason, note, added_by, added_at FROM outreach_suppressions ORDER BY added_at DESC"_s);
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toLongLong()});
    return out;
}

std::optional<Suppression> suppression(const QSqlDatabase& db, const QString& address)
{
    QSqlQuery q = Sql::exec(db,
        u"SELECT address, reason, note, added_by, added_at FROM outreach_suppressions WHERE address = ?"_s,
        {normalisedAddress(address)});
    if (!q.next())
        return std::nullopt;
    return Suppression{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
        q.value(4).toLongLong()};
}

bool suppress(const QSqlDatabase& db, const QString& address, const QString& reason, const QString& note,
    const QString& by, qint64 now)
{
    if (!isValidAddress(address))
        return false;
    Sql::exec(db,
        u"INSERT INTO outreach_suppressions (address, reason, note, added_by, added_at) VALUES (?, ?, ?, ?, ?) "
        u"ON CONFLICT (address) DO NOTHING"_s,
        {normalisedAddress(address), reason, note, by, now});
    return true;
}

bool unsuppress(const QSqlDatabase& db, const QString& address)
{
    return Sql::exec(db, u"DELETE FROM outreach_suppressions WHERE address = ?"_s, {normalisedAddress(address)})
               .numRowsAffected()
        > 0;
}

QString whyNotContact(const QSqlDatabase& db, qint64 leadId)
{
    QSqlQuery q = Sql::exec(db, u"SELECT name, email, status FROM leads WHERE id = ?"_s, {leadId});
    if (!q.next())
        return tr("That lead no longer exists.");
    const QString name = q.value(0).toString();
    const QString address = q.value(1).toString();
    const QString status = q.value(2).toString();
    if (status == u"do_not_contact")
        return tr("“%1” is marked do not contact.").arg(name);
    if (status == u"bounced")
        return tr("E-mail to “%1” bounced; it is not written to again.").arg(name);
    if (status == u"contacted")
        return tr("“%1” was written to already.").arg(name);
    if (address.trimmed().isEmpty())
        return tr("“%1” has no e-mail address in its listing.").arg(name);
    if (!isValidAddress(address))
        return tr("“%1” is not an e-mail address.").arg(address);
    if (const auto s = suppression(db, address))
        return tr("%1 is on the suppression list (%2).").arg(s->address, reasonDisplayName(s->reason));
    if (const auto e = forLead(db, leadId);
        e && (e->sendState == SendState::Sent || e->sendState == SendState::Uncertain))
        return tr("“%1” was written to already.").arg(name);
    return {};
}

int handedOverToday(const QSqlDatabase& db, qint64 now)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(now);
    const qint64 start = local.date().startOfDay().toMSecsSinceEpoch();
    return Sql::scalar(db,
        u"SELECT COUNT(*) FROM outreach_emails WHERE send_started_at >= ? AND send_started_at < ? AND send_state <> "
        u"'bounced'"_s,
        {start, nextDayStart(now)})
        .toInt();
}

qint64 nextDayStart(qint64 now)
{
    return QDateTime::fromMSecsSinceEpoch(now).date().addDays(1).startOfDay().toMSecsSinceEpoch();
}

QString letter(const QJsonObject& text)
{
    return QStringList{text.value(u"greeting"_s).toString().trimmed(), text.value(u"body"_s).toString().trimmed(),
        text.value(u"closing"_s).toString().trimmed()}
        .join(u"\n\n"_s);
}

Mailer::Message compose(const QString& subject, const QString& letter, const Sender& sender, const QString& to,
    qint64 emailId, bool dutch, const QByteArray& conceptPng)
{
    Mailer::Message m;
    m.from = sender.address.trimmed();
    m.fromName = sender.name.trimmed();
    m.to = QStringList{to.trimmed()};
    m.subject = subject.simplified();
    m.autoSubmitted = false;
    m.messageId = u"<quorum-outreach-%1@%2>"_s.arg(emailId).arg(sender.address.section(u'@', 1));
    const QString unsubscribe = dutch
        ? u"Liever geen e-mail meer van ons? Antwoord met “afmelden” en we schrijven je niet meer."_s
        : u"Rather not hear from us again? Reply with “unsubscribe” and we will not write to you again."_s;
    m.text = QStringList{letter.trimmed() + u'\n' + sender.name.trimmed(),
        u"-- \n"_s + sender.name.trimmed() + u'\n' + sender.postal.trimmed() + u'\n' + sender.address.trimmed()
            + u"\n\n"_s + unsubscribe}
                 .join(u"\n\n"_s);
    m.headers.append({"List-Unsubscribe",
        "<mailto:" + QUrl::toPercentEncoding(sender.address.trimmed(), "@") + "?subject=unsubscribe>"});
    if (!conceptPng.isEmpty())
        m.attachments.append({u"concept.png"_s, QByteArrayLiteral("image/png"), conceptPng});
    return m;
}

} // namespace Outreach
