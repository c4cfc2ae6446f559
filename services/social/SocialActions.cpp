#include "SocialActions.h"

#include "SocialSchedule.h"
#include "core/Clock.h"
#include "core/Json.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("SocialActions", text);
}

// The platform's text in an accepted social piece (Instagram's caption with its hashtags).
QString textFor(const QJsonObject& piece, const QString& platform)
{
    const SocialPlatforms::Platform* p = SocialPlatforms::find(platform);
    if (!p)
        return {};
    const QJsonObject part = piece.value(p->captionField.section(u'.', 0, 0)).toObject();
    QString text = part.value(p->captionField.section(u'.', 1)).toString().trimmed();
    if (platform == u"instagram") {
        const QString tags = SocialPlatforms::hashtagLine(part.value(u"hashtags"_s).toArray());
        if (!tags.isEmpty())
            text += u"\n\n"_s + tags;
    }
    return text;
}
} // namespace

SocialActions::SocialActions(const ChangeDoor& door)
    : m_door(door)
{ }

QList<SocialAccounts::Account> SocialActions::accounts() const
{
    return SocialAccounts::all(m_door.db());
}

QList<SocialActions::Entry> SocialActions::posts(qint64 from, qint64 to) const
{
    QHash<qint64, SocialAccounts::Account> accounts;
    for (const SocialAccounts::Account& a : SocialAccounts::all(m_door.db()))
        accounts.insert(a.id, a);
    const QHash<qint64, SocialEngagement::Metrics> figures = SocialEngagement::between(m_door.db(), from, to);
    QList<Entry> out;
    for (SocialPosts::Post& p : SocialPosts::between(m_door.db(), from, to)) {
        const SocialAccounts::Account a = accounts.value(p.accountId);
        const auto m = figures.constFind(p.id);
        out.append({std::move(p), a.name, a.platform,
            m == figures.constEnd() ? std::nullopt : std::optional<SocialEngagement::Metrics>(*m)});
    }
    return out;
}

SocialActions::Engagement SocialActions::engagement(qint64 accountId) const
{
    Engagement e;
    e.heatmap = SocialEngagement::heatmap(m_door.db(), accountId);
    e.best = SocialEngagement::bestTimes(e.heatmap);
    e.unusual = SocialEngagement::anomalies(m_door.db(), accountId);
    for (const SocialEngagement::Anomaly& a : e.unusual)
        if (const auto p = SocialPosts::load(m_door.db(), a.postId))
            e.texts.insert(a.postId, p->text);
    return e;
}

QList<std::pair<qint64, QString>> SocialActions::productsWithCaptions() const
{
    QList<std::pair<qint64, QString>> out;
    QSqlQuery q = Sql::exec(m_door.db(),
        u"SELECT p.id, p.name FROM products p JOIN content_pieces c ON c.product_id = p.id AND c.kind = 'social' WHERE "
        u"c.accepted_version_id IS NOT NULL AND p.archived_at IS NULL ORDER BY p.name, p.id"_s);
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString()});
    return out;
}

SocialActions::Planned SocialActions::planProduct(qint64 productId, const QList<qint64>& accountIds)
{
    Planned out;
    if (!m_door.mayChange()) {
        out.problems.append(whyNot());
        return out;
    }
    QString error;
    const bool ok = m_door.change(
        {u"social.planned_product"_s, u"product:%1"_s.arg(productId),
            QJsonObject{
                {u"accounts"_s, QJsonArray::fromVariantList(QVariantList(accountIds.begin(), accountIds.end()))}},
            EventBus::Topic::Campaigns},
        [&](const QSqlDatabase& db) {
            out = planProductIn(db, productId, accountIds, m_door.actor(), m_door.clock()->nowMs());
        },
        &error);
    if (!ok)
        out.problems.append(error);
    return out;
}

SocialActions::Planned SocialActions::planProductIn(
    const QSqlDatabase& db, qint64 productId, const QList<qint64>& accountIds, const QString& who, qint64 now)
{
    Planned out;
    QSqlQuery q = Sql::exec(db,
        u"SELECT p.name, v.body, p.images, COALESCE((SELECT url FROM publications u WHERE u.product_id = p.id "
        u"AND u.target = 'product' AND u.status = 'published' AND u.url <> '' ORDER BY u.id LIMIT 1), '') FROM "
        u"products p LEFT JOIN content_pieces c ON c.product_id = p.id AND c.kind = 'social' LEFT JOIN "
        u"content_versions v ON v.id = c.accepted_version_id WHERE p.id = ?"_s,
        {productId});
    if (!q.next()) {
        out.problems.append(tr("The product was removed."));
        return out;
    }
    const QString name = q.value(0).toString();
    const QJsonObject piece = Json::objectFromString(q.value(1).toString());
    if (piece.isEmpty()) {
        out.problems.append(tr("“%1” has no accepted social captions yet.").arg(name));
        return out;
    }
    QList<SocialPlatforms::Media> media;
    for (const QJsonValue& v : Json::arrayFromString(q.value(2).toString())) {
        const QString url = v.isObject() ? v.toObject().value(u"src"_s).toString() : v.toString();
        if (url.startsWith(u"https://"_s) || url.startsWith(u"http://"_s)) {
            media.append({url, 0, 0, 0});
            break;
        }
    }
    const QString link = q.value(3).toString();
    for (const qint64 accountId : accountIds) {
        const auto account = SocialAccounts::find(db, accountId);
        if (!account)
            continue;
        const QString label = u"%1 (%2)"_s.arg(account->name, SocialPlatforms::displayName(account->platform));
        const QString text = textFor(piece, account->platform);
        if (text.isEmpty()) {
            out.problems.append(tr("%1: the captions hold no text for this platform.").arg(label));
            continue;
        }
        QString why;
        const auto slot = SocialSchedule::nextFreeSlot(db, accountId, now, &why);
        if (!slot) {
            out.problems.append(u"%1: %2"_s.arg(label, why));
            continue;
        }
        SocialPosts::Draft d;
        d.accountId = accountId;
        d.productId = productId;
        d.text = text;
        d.link = link;
        d.local = slot->local;
        if (SocialPlatforms::find(account->platform)->maxImages > 0)
            d.media = media;
        const auto planned = SocialPosts::plan(db, d, who, false, now);
        if (planned.duplicateOf > 0)
            out.problems.append(tr("%1: the same text is planned within a day already.").arg(label));
        else if (!planned.problems.isEmpty())
            out.problems.append(u"%1: %2"_s.arg(label, planned.problems.join(u' ')));
        else
            out.posts.append(planned.id);
    }
    QList<qint64> proposed;
    for (const qint64 id : std::as_const(out.posts))
        if (SocialPosts::load(db, id)->status == u"proposed")
            proposed.append(id);
    if (!proposed.isEmpty())
        out.proposal = SocialPosts::propose(db, proposed, tr("Post about “%1”").arg(name), who, now);
    return out;
}

QStringList SocialActions::move(qint64 postId, const QString& local)
{
    QStringList problems;
    QString error;
    const bool ok = m_door.change(
        {u"social.move"_s, u"social_post:%1"_s.arg(postId), {{u"to"_s, local}}, EventBus::Topic::Campaigns},
        [&](const QSqlDatabase& db) {
            problems = SocialPosts::move(db, postId, local, m_door.actor(), m_door.clock()->nowMs());
            if (!problems.isEmpty())
                throw SqlError(problems.join(u' ')); // nothing is written
        },
        &error);
    if (!ok && problems.isEmpty())
        problems.append(error);
    return problems;
}

QStringList SocialActions::edit(qint64 postId, const QString& text)
{
    QStringList problems;
    QString error;
    const bool ok = m_door.change(
        {u"social.edit"_s, u"social_post:%1"_s.arg(postId), {}, EventBus::Topic::Campaigns},
        [&](const QSqlDatabase& db) {
            problems = SocialPosts::edit(db, postId, text, m_door.actor(), m_door.clock()->nowMs());
            if (!problems.isEmpty())
                throw SqlError(problems.join(u' '));
        },
        &error);
    if (!ok && problems.isEmpty())
        problems.append(error);
    return problems;
}

QString SocialActions::cancel(qint64 postId)
{
    QString why;
    QString error;
    const bool ok = m_door.change(
        {u"social.cancel"_s, u"social_post:%1"_s.arg(postId), {}, EventBus::Topic::Campaigns},
        [&](const QSqlDatabase& db) {
            why = SocialPosts::cancel(db, postId, m_door.actor(), m_door.clock()->nowMs());
            if (!why.isEmpty())
                throw SqlError(why);
        },
        &error);
    return ok ? QString() : (why.isEmpty() ? error : why);
}

bool SocialActions::setPostingTimes(qint64 accountId, const QList<std::pair<int, int>>& times, QString* error)
{
    QJsonArray list;
    for (const auto& [day, minute] : times)
        list.append(QJsonArray{day, minute});
    return m_door.change(
        {u"social.posting_times"_s, u"social_account:%1"_s.arg(accountId), {{u"times"_s, list}},
            EventBus::Topic::Campaigns},
        [&](const QSqlDatabase& db) { SocialSchedule::setPostingTimes(db, accountId, times); }, error);
}
