#include "SocialPosts.h"

#include "SocialAccounts.h"
#include "SocialSchedule.h"
#include "approvals/ApprovalDesk.h"
#include "audit/AuditLog.h"
#include "core/Json.h"
#include "jobs/JobQueue.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SocialPosts
{

namespace
{
const QString kColumns = u"id, account_id, COALESCE(product_id, 0), COALESCE(proposal_id, 0), text, media, link, "
                         u"local_time, time_zone, scheduled_at, status, remote_id, remote_url, error, attempts, "
                         u"sent_at, published_at, version"_s;

QString tr(const char* text)
{
    return QCoreApplication::translate("SocialPosts", text);
}

void queuePublish(const QSqlDatabase& db, const Post& p, qint64 now)
{
    JobQueue::cancelFor(db, Publish, p.id, now);
    // Every planning of the post is a job of its own (a post moved away and back must not meet its canceled
    // job's key); the job carries the instant and version it was queued for, and sends only while they hold.
    const qint64 n
        = Sql::scalar(db, u"SELECT COUNT(*) FROM jobs WHERE kind = ? AND subject_id = ?"_s, {Publish.key(), p.id})
              .toLongLong();
    JobQueue::enqueue(db,
        {Publish, p.id, u"social-publish:%1:%2"_s.arg(p.id).arg(n + 1),
            QJsonObject{{u"lane"_s, u"social:%1"_s.arg(p.accountId)}, {u"scheduled_at"_s, p.scheduledAt},
                {u"version"_s, p.version}},
            1, 8, p.scheduledAt, {}},
        now);
}

// A job is sending the post right now: it may not change under it.
bool beingSent(const QSqlDatabase& db, qint64 id)
{
    return Sql::scalar(db, u"SELECT COUNT(*) FROM jobs WHERE kind = ? AND subject_id = ? AND state = 'running'"_s,
               {Publish.key(), id})
               .toLongLong()
        > 0;
}

// Why the post may not be moved, edited or canceled now (empty: it may).
QString whyFixed(const QSqlDatabase& db, const Post& p, bool editing)
{
    if (p.status == u"canceled")
        return tr("The post was canceled.");
    if (p.status == u"published" || p.status == u"publishing" || p.status == u"uncertain")
        return editing ? tr("The post is being published or was published: its text cannot change.")
                       : tr("The post is being published or was published: it cannot move.");
    if (beingSent(db, p.id))
        return tr("The post is being sent right now; try again in a moment.");
    return {};
}

void audit(const QSqlDatabase& db, qint64 now, const QString& who, const QString& action, qint64 id,
    const QJsonObject& details)
{
    AuditLog::append(db, now, who, action, u"social_post:%1"_s.arg(id), details);
}

// What keeps the text, media and time from being planned on the account.
QStringList check(const QSqlDatabase& db, const SocialAccounts::Account& account, const QString& text,
    const QList<SocialPlatforms::Media>& media, qint64 at, qint64 excludePost)
{
    return SocialPlatforms::problems(account.platform, text, media, usedBefore(db, account.id, at, excludePost));
}
} // namespace

namespace
{
Post read(const QSqlQuery& q)
{
    Post p;
    p.id = q.value(0).toLongLong();
    p.accountId = q.value(1).toLongLong();
    p.productId = q.value(2).toLongLong();
    p.proposalId = q.value(3).toLongLong();
    p.text = q.value(4).toString();
    p.media = SocialPlatforms::mediaFromJson(Json::arrayFromString(q.value(5).toString()));
    p.link = q.value(6).toString();
    p.local = q.value(7).toString();
    p.zone = q.value(8).toString().toUtf8();
    p.scheduledAt = q.value(9).toLongLong();
    p.status = q.value(10).toString();
    p.remoteId = q.value(11).toString();
    p.remoteUrl = q.value(12).toString();
    p.error = q.value(13).toString();
    p.attempts = q.value(14).toInt();
    if (!q.value(15).isNull())
        p.sentAt = q.value(15).toLongLong();
    if (!q.value(16).isNull())
        p.publishedAt = q.value(16).toLongLong();
    p.version = q.value(17).toInt();
    return p;
}
} // namespace

std::optional<Post> load(const QSqlDatabase& db, qint64 id)
{
    QSqlQuery q = Sql::exec(db, u"SELECT "_s + kColumns + u" FROM social_posts WHERE id = ?"_s, {id});
    if (!q.next())
        return std::nullopt;
    return read(q);
}

QList<Post> between(const QSqlDatabase& db, qint64 from, qint64 to)
{
    QList<Post> out;
    QSqlQuery q = Sql::exec(db,
        u"SELECT "_s + kColumns
            + u" FROM social_posts WHERE scheduled_at >= ? AND scheduled_at < ? AND status <> 'canceled' ORDER BY "
              u"scheduled_at, id"_s,
        {from, to});
    while (q.next())
        out.append(read(q));
    return out;
}

QString hashOf(const QString& text)
{
    static const QRegularExpression space(u"\\s+"_s);
    const QString normal = text.toLower().replace(space, u" "_s).trimmed();
    return QString::fromLatin1(QCryptographicHash::hash(normal.toUtf8(), QCryptographicHash::Sha256).toHex().left(40));
}

int usedBefore(const QSqlDatabase& db, qint64 accountId, qint64 at, qint64 excludePost)
{
    // Every moving 24 hours that would hold the new post: those ending at it, and at each later post of the
    // next 24 hours. The busiest one counts.
    constexpr qint64 kDayMs = 86'400'000;
    QList<qint64> times;
    QSqlQuery q = Sql::exec(db,
        u"SELECT scheduled_at FROM social_posts WHERE account_id = ? AND id <> ? AND status IN ('scheduled', "
        u"'publishing', 'published', 'uncertain') AND scheduled_at > ? AND scheduled_at < ? ORDER BY scheduled_at"_s,
        {accountId, excludePost, at - kDayMs, at + kDayMs});
    while (q.next())
        times.append(q.value(0).toLongLong());
    int busiest = 0;
    QList<qint64> ends{at};
    for (const qint64 t : std::as_const(times))
        if (t >= at)
            ends.append(t);
    for (const qint64 end : std::as_const(ends)) {
        int n = 0;
        for (const qint64 t : std::as_const(times))
            n += t > end - kDayMs && t <= end ? 1 : 0;
        busiest = std::max(busiest, n);
    }
    return busiest;
}

Planned plan(const QSqlDatabase& db, const Draft& d, const QString& who, bool confirmDuplicate, qint64 now)
{
    Planned out;
    const auto account = SocialAccounts::find(db, d.accountId);
    if (!account) {
        out.problems.append(tr("The account was removed."));
        return out;
    }
    const auto at = SocialSchedule::instant(d.local, account->zone);
    if (!at) {
        out.problems.append(
            tr("“%1” is not a time Quorum can plan in %2.").arg(d.local, QString::fromUtf8(account->zone)));
        return out;
    }
    if (*at <= now)
        out.problems.append(tr("That time has passed."));
    out.problems += check(db, *account, d.text, d.media, *at, 0);
    if (!out.problems.isEmpty())
        return out;
    const QString hash = hashOf(d.text);
    out.duplicateOf = Sql::scalar(db,
        u"SELECT id FROM social_posts WHERE account_id = ? AND text_hash = ? AND status NOT IN ('canceled', 'failed') "
        u"AND scheduled_at > ? AND scheduled_at < ? ORDER BY id LIMIT 1"_s,
        {d.accountId, hash, *at - kDuplicateWindowMs, *at + kDuplicateWindowMs})
                          .toLongLong();
    if (out.duplicateOf > 0 && !confirmDuplicate)
        return out;
    out.status = account->postWithoutAsking || d.approved ? u"scheduled"_s : u"proposed"_s;
    const QString local = SocialSchedule::localIso(SocialSchedule::wallTime(*at, account->zone));
    const QString media = Json::compact(SocialPlatforms::toJson(d.media));
    out.id = Sql::insert(db,
        u"INSERT INTO social_posts (account_id, product_id, text, text_hash, media, link, local_time, time_zone, "
        u"scheduled_at, status, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {d.accountId, d.productId > 0 ? QVariant(d.productId) : QVariant(QMetaType(QMetaType::LongLong)), d.text, hash,
            media, d.link, local, QString::fromUtf8(account->zone), *at, out.status, who, now, now});
    Sql::exec(db,
        u"INSERT INTO social_post_versions (post_id, version, text, media, changed_by, created_at) VALUES (?, 1, ?, "
        u"?, ?, ?)"_s,
        {out.id, d.text, media, who, now});
    QJsonObject details{{u"account"_s, d.accountId}, {u"local"_s, local}, {u"zone"_s, QString::fromUtf8(account->zone)},
        {u"status"_s, out.status}};
    if (out.duplicateOf > 0)
        details.insert(u"duplicate_of"_s, out.duplicateOf);
    if (out.status == u"scheduled") {
        details.insert(u"note"_s, d.approved ? u"approved"_s : u"the account posts without asking"_s);
        queuePublish(db, *load(db, out.id), now);
    }
    audit(db, now, who, u"social.planned"_s, out.id, details);
    return out;
}

qint64 propose(const QSqlDatabase& db, const QList<qint64>& ids, const QString& title, const QString& who, qint64 now)
{
    ApprovalDesk::Proposal p;
    p.agent = who;
    p.actionType = ActionType::SocialPost;
    p.title = title;
    QJsonArray posts;
    QStringList on;
    // A platform's text is the person's to change only where the proposal holds one post for it.
    const QHash<QString, int> count = perPlatform(db, ids);
    for (const qint64 id : ids) {
        const auto post = load(db, id);
        const auto account = post ? SocialAccounts::find(db, post->accountId) : std::nullopt;
        if (!post || !account || post->status != u"proposed")
            continue;
        posts.append(id);
        if (p.parameters.isEmpty()) {
            p.productId = post->productId;
            p.parameters.insert(u"post_on"_s, post->local.left(10));
            p.parameters.insert(u"post_hour"_s, QTime::fromString(post->local.mid(11), u"HH:mm"_s).hour());
            p.parameters.insert(u"link"_s, post->link);
            p.parameters.insert(u"product"_s,
                post->productId > 0
                    ? Sql::scalar(db, u"SELECT name FROM products WHERE id = ?"_s, {post->productId}).toString()
                    : title);
        }
        if (count.value(account->platform) == 1)
            p.parameters.insert(account->platform, post->text);
        on.append(tr("%1 on %2 at %3 (%4)")
                      .arg(account->name, SocialPlatforms::displayName(account->platform),
                          QString(post->local).replace(u'T', u' '), QString::fromUtf8(post->zone)));
    }
    if (posts.isEmpty())
        return 0;
    p.parameters.insert(u"posts"_s, posts);
    p.description = tr("Posts planned by %1: %2.").arg(who, on.join(u"; "_s));
    p.reasoning = tr("Approving schedules the posts; each is published at its local time and its result shown.");
    p.riskFactors = {tr("A post speaks for the shop in public")};
    const qint64 id = ApprovalDesk::propose(db, p, QString(), now);
    for (const QJsonValue& v : posts)
        Sql::exec(db, u"UPDATE social_posts SET proposal_id = ? WHERE id = ?"_s, {id, v.toInteger()});
    return id;
}

QHash<QString, int> perPlatform(const QSqlDatabase& db, const QList<qint64>& ids)
{
    QHash<QString, int> out;
    for (const qint64 id : ids)
        if (const auto post = load(db, id))
            if (const auto account = SocialAccounts::find(db, post->accountId))
                ++out[account->platform];
    return out;
}

int schedule(const QSqlDatabase& db, const QList<qint64>& ids, const QString& who, qint64 now)
{
    int n = 0;
    for (const qint64 id : ids) {
        const auto p = load(db, id);
        if (!p || p->status != u"proposed")
            continue;
        if (p->scheduledAt <= now) {
            // Approved after its time: it is not sent late on its own; a person moves it to a new time.
            Sql::exec(db, u"UPDATE social_posts SET status = 'failed', error = ?, updated_at = ? WHERE id = ?"_s,
                {tr("Approved after its time (%1): move it to a new time to send it.")
                        .arg(QString(p->local).replace(u'T', u' ')),
                    now, id});
            audit(db, now, who, u"social.expired"_s, id, {{u"local"_s, p->local}});
            continue;
        }
        Sql::exec(db, u"UPDATE social_posts SET status = 'scheduled', updated_at = ? WHERE id = ?"_s, {now, id});
        queuePublish(db, *p, now);
        audit(db, now, who, u"social.scheduled"_s, id, {{u"local"_s, p->local}});
        ++n;
    }
    return n;
}

QStringList move(const QSqlDatabase& db, qint64 id, const QString& local, const QString& who, qint64 now)
{
    auto p = load(db, id);
    if (!p)
        return {tr("The post was removed.")};
    if (const QString why = whyFixed(db, *p, false); !why.isEmpty())
        return {why};
    const auto account = SocialAccounts::find(db, p->accountId);
    if (!account)
        return {tr("The account was removed.")};
    const auto at = SocialSchedule::instant(local, account->zone);
    if (!at)
        return {tr("“%1” is not a time Quorum can plan in %2.").arg(local, QString::fromUtf8(account->zone))};
    QStringList problems;
    if (*at <= now)
        problems.append(tr("That time has passed."));
    problems += check(db, *account, p->text, p->media, *at, id);
    if (!problems.isEmpty())
        return problems;
    const QString wall = SocialSchedule::localIso(SocialSchedule::wallTime(*at, account->zone));
    const QString status = p->status == u"failed" ? u"scheduled"_s : p->status;
    Sql::exec(db,
        u"UPDATE social_posts SET local_time = ?, time_zone = ?, scheduled_at = ?, status = ?, error = '', "
        u"updated_at = ? WHERE id = ?"_s,
        {wall, QString::fromUtf8(account->zone), *at, status, now, id});
    audit(db, now, who, u"social.moved"_s, id, {{u"from"_s, p->local}, {u"to"_s, wall}});
    p = load(db, id);
    if (p->status == u"scheduled")
        queuePublish(db, *p, now);
    return {};
}

QStringList edit(const QSqlDatabase& db, qint64 id, const QString& text, const QString& who, qint64 now)
{
    auto p = load(db, id);
    if (!p)
        return {tr("The post was removed.")};
    if (const QString why = whyFixed(db, *p, true); !why.isEmpty())
        return {why};
    const auto account = SocialAccounts::find(db, p->accountId);
    if (!account)
        return {tr("The account was removed.")};
    const QStringList problems = check(db, *account, text, p->media, p->scheduledAt, id);
    if (!problems.isEmpty())
        return problems;
    const int version = p->version + 1;
    Sql::exec(db, u"UPDATE social_posts SET text = ?, text_hash = ?, version = ?, updated_at = ? WHERE id = ?"_s,
        {text, hashOf(text), version, now, id});
    Sql::exec(db,
        u"INSERT INTO social_post_versions (post_id, version, text, media, changed_by, created_at) VALUES (?, ?, ?, "
        u"?, ?, ?)"_s,
        {id, version, text, Json::compact(SocialPlatforms::toJson(p->media)), who, now});
    audit(db, now, who, u"social.edited"_s, id, {{u"version"_s, version}});
    p = load(db, id);
    if (p->status == u"scheduled")
        queuePublish(db, *p, now);
    return {};
}

QString cancel(const QSqlDatabase& db, qint64 id, const QString& who, qint64 now)
{
    const auto p = load(db, id);
    if (!p)
        return tr("The post was removed.");
    if (p->status == u"publishing" || p->status == u"published" || p->status == u"uncertain")
        return tr("The post was sent to the platform: remove it there.");
    if (p->status == u"canceled")
        return tr("The post was canceled.");
    if (beingSent(db, id))
        return tr("The post is being sent right now; try again in a moment.");
    Sql::exec(db, u"UPDATE social_posts SET status = 'canceled', updated_at = ? WHERE id = ?"_s, {now, id});
    JobQueue::cancelFor(db, Publish, id, now);
    audit(db, now, who, u"social.canceled"_s, id, {});
    return {};
}

} // namespace SocialPosts
