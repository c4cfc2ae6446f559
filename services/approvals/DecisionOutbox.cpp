#include "DecisionOutbox.h"

#include "ApprovalDesk.h"
#include "storage/Sql.h"
#include "users/Users.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace
{
QJsonObject toJson(const DecisionOutbox::Entry& e)
{
    return QJsonObject{{u"key"_s, e.key}, {u"proposal"_s, e.proposal}, {u"decision"_s, e.decision}, {u"note"_s, e.note},
        {u"parameters"_s, e.parameters}, {u"user"_s, e.user}, {u"machine"_s, e.machine}, {u"decided_at"_s, e.decidedAt},
        {u"title"_s, e.title}, {u"only_approver"_s, e.asOnlyApprover}};
}

DecisionOutbox::Entry fromJson(const QJsonObject& o)
{
    DecisionOutbox::Entry e;
    e.key = o.value(u"key"_s).toString();
    e.proposal = o.value(u"proposal"_s).toInteger();
    e.decision = o.value(u"decision"_s).toString();
    e.note = o.value(u"note"_s).toString();
    e.parameters = o.value(u"parameters"_s).toObject();
    e.user = o.value(u"user"_s).toString();
    e.machine = o.value(u"machine"_s).toString();
    e.decidedAt = o.value(u"decided_at"_s).toInteger();
    e.title = o.value(u"title"_s).toString();
    e.asOnlyApprover = o.value(u"only_approver"_s).toBool();
    return e;
}

QString decisionName(const QString& decision)
{
    if (decision == u"approve")
        return QCoreApplication::translate("DecisionOutbox", "approval");
    if (decision == u"reject")
        return QCoreApplication::translate("DecisionOutbox", "rejection");
    return QCoreApplication::translate("DecisionOutbox", "change");
}
} // namespace

DecisionOutbox::DecisionOutbox(const QString& file)
    : m_file(file)
{
    reload();
}

QString DecisionOutbox::fileFor(const QString& workspaceLocation)
{
    const QByteArray hash
        = QCryptographicHash::hash(workspaceLocation.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(u"outbox/"_s + QString::fromLatin1(hash) + u".json"_s);
}

void DecisionOutbox::reload()
{
    m_entries.clear();
    QFile f(m_file);
    if (!f.open(QIODevice::ReadOnly))
        return;
    for (const QJsonValue& v : QJsonDocument::fromJson(f.readAll()).object().value(u"decisions"_s).toArray())
        if (const Entry e = fromJson(v.toObject()); !e.key.isEmpty() && e.proposal > 0)
            m_entries.append(e);
}

QSet<qint64> DecisionOutbox::proposals() const
{
    QSet<qint64> out;
    for (const Entry& e : m_entries)
        out.insert(e.proposal);
    return out;
}

bool DecisionOutbox::write(QString* error) const
{
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    QJsonArray list;
    for (const Entry& e : m_entries)
        list.append(toJson(e));
    QSaveFile f(m_file);
    if (!f.open(QIODevice::WriteOnly)
        || f.write(QJsonDocument(QJsonObject{{u"decisions"_s, list}}).toJson(QJsonDocument::Indented)) < 0
        || !f.commit()) {
        if (error)
            *error = QCoreApplication::translate(
                "DecisionOutbox", "The decision could not be kept on this computer (%1): %2")
                         .arg(m_file, f.errorString());
        return false;
    }
    return true;
}

bool DecisionOutbox::add(Entry entry, QString* error)
{
    // One decision per proposal: deciding it again offline replaces the earlier one.
    const QList<Entry> before = m_entries;
    m_entries.removeIf([&](const Entry& e) { return e.proposal == entry.proposal; });
    m_entries.append(std::move(entry));
    if (!write(error)) {
        m_entries = before;
        return false;
    }
    return true;
}

bool DecisionOutbox::remove(const QString& key, QString* error)
{
    const QList<Entry> before = m_entries;
    if (m_entries.removeIf([&](const Entry& e) { return e.key == key; }) == 0)
        return true;
    if (!write(error)) {
        m_entries = before;
        return false;
    }
    return true;
}

int DecisionOutbox::removeProposals(const QList<qint64>& ids)
{
    const QList<Entry> before = m_entries;
    const auto n = m_entries.removeIf([&](const Entry& e) { return ids.contains(e.proposal); });
    if (n > 0 && !write(nullptr)) {
        m_entries = before;
        return 0;
    }
    return static_cast<int>(n);
}

DecisionOutbox::Applied DecisionOutbox::apply(const QSqlDatabase& db, const Entry& e, qint64 now, qint64 holdMs)
{
    Applied out{e, Result::Applied, {}};
    const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.decidedAt), QLocale::ShortFormat);
    Transaction tx(db, Transaction::Durable);
    if (Sql::scalar(db, u"SELECT COUNT(*) FROM applied_decisions WHERE key = ?"_s, {e.key}).toInt() > 0) {
        out.result = Result::AlreadyApplied;
        out.message = QCoreApplication::translate("DecisionOutbox", "Your %1 of “%2” had reached the team already.")
                          .arg(decisionName(e.decision), e.title);
        return out;
    }
    const std::optional<Users::User> user = Users::find(db, e.user);
    ApprovalDesk::Outcome o;
    if (!user) {
        o.error
            = QCoreApplication::translate("DecisionOutbox", "%1 is no longer a person of this workspace.").arg(e.user);
    } else {
        const QString note = e.note;
        const ApprovalDesk::DecideOptions options{holdMs, e.asOnlyApprover};
        if (e.decision == u"approve")
            o = ApprovalDesk::approve(db, e.proposal, *user, note, e.machine, now, options);
        else if (e.decision == u"reject")
            o = ApprovalDesk::reject(db, e.proposal, *user, note, e.machine, now, options);
        else
            o = ApprovalDesk::modify(db, e.proposal, *user, e.parameters, note, e.machine, now, holdMs);
    }
    if (o.ok) {
        out.message = QCoreApplication::translate(
            "DecisionOutbox", "Your %1 of “%2” (%3, while the server was away) is applied.")
                          .arg(decisionName(e.decision), e.title, when);
    } else {
        const auto p = ApprovalDesk::load(db, e.proposal);
        const bool decidedByOther = p && p->status != u"pending";
        out.result = decidedByOther ? Result::Superseded : Result::Refused;
        out.message = QCoreApplication::translate(
            "DecisionOutbox", "Your %1 of “%2” (%3, while the server was away) was not applied: %4")
                          .arg(decisionName(e.decision), e.title, when, o.error);
    }
    Sql::exec(db,
        u"INSERT INTO applied_decisions (key, proposal_id, decision, user_name, decided_at, applied_at, outcome, "
        u"message) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {e.key, e.proposal, e.decision, e.user, e.decidedAt, now,
            o.ok ? u"applied"_s : (out.result == Result::Superseded ? u"superseded"_s : u"refused"_s), out.message});
    tx.commit();
    return out;
}
