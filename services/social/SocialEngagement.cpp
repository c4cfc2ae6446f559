#include "SocialEngagement.h"

#include "audit/AuditLog.h"
#include "jobs/JobQueue.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace SocialEngagement
{

namespace
{
QVariant optional(const std::optional<qint64>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<qint64> optionalAt(const QSqlQuery& q, int column)
{
    const QVariant v = q.value(column);
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

constexpr char kMetricColumns[] = "impressions, reach, likes, comments, shares, saves, clicks";

Metrics metricsAt(const QSqlQuery& q, int first)
{
    Metrics m;
    m.impressions = optionalAt(q, first);
    m.reach = optionalAt(q, first + 1);
    m.likes = optionalAt(q, first + 2);
    m.comments = optionalAt(q, first + 3);
    m.shares = optionalAt(q, first + 4);
    m.saves = optionalAt(q, first + 5);
    m.clicks = optionalAt(q, first + 6);
    return m;
}
} // namespace

qint64 Metrics::interactions() const
{
    qint64 sum = 0;
    for (const auto& v : {likes, comments, shares, saves, clicks})
        sum += v.value_or(0);
    return sum;
}

qint64 Metrics::seen() const
{
    return impressions.value_or(reach.value_or(0));
}

std::optional<double> Metrics::rate() const
{
    const qint64 s = seen();
    if (s <= 0)
        return std::nullopt;
    return double(interactions()) / double(s);
}

std::optional<double> Cell::rate() const
{
    if (seen <= 0)
        return std::nullopt;
    return double(interactions) / double(seen);
}

void write(const QSqlDatabase& db, qint64 postId, const Metrics& m, qint64 now)
{
    Sql::exec(db,
        u"INSERT INTO social_post_metrics (post_id, %1, synced_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
        u"ON CONFLICT (post_id) DO UPDATE SET impressions = excluded.impressions, reach = excluded.reach, "
        u"likes = excluded.likes, comments = excluded.comments, shares = excluded.shares, saves = excluded.saves, "
        u"clicks = excluded.clicks, missing_since = NULL, synced_at = excluded.synced_at"_s.arg(
            QLatin1StringView(kMetricColumns)),
        {postId, optional(m.impressions), optional(m.reach), optional(m.likes), optional(m.comments),
            optional(m.shares), optional(m.saves), optional(m.clicks), now});
}

void tried(const QSqlDatabase& db, qint64 postId, qint64 now)
{
    Sql::exec(db,
        u"INSERT INTO social_post_metrics (post_id, synced_at) VALUES (?, ?) ON CONFLICT (post_id) DO UPDATE SET "
        u"synced_at = excluded.synced_at"_s,
        {postId, now});
}

bool missing(const QSqlDatabase& db, qint64 postId, const QString& platformName, qint64 now)
{
    const QVariant since
        = Sql::scalar(db, u"SELECT missing_since FROM social_post_metrics WHERE post_id = ?"_s, {postId});
    if (since.isNull() || since.toLongLong() > now - kSyncEveryMs) {
        Sql::exec(db,
            u"INSERT INTO social_post_metrics (post_id, missing_since, synced_at) VALUES (?, ?, ?) ON CONFLICT "
            u"(post_id) DO UPDATE SET missing_since = COALESCE(social_post_metrics.missing_since, "
            u"excluded.missing_since), synced_at = excluded.synced_at"_s,
            {postId, now, now});
        return false;
    }
    const QString day
        = QLocale().toString(QDateTime::fromMSecsSinceEpoch(since.toLongLong()).date(), QLocale::ShortFormat);
    const QString words = QCoreApplication::translate("SocialEngagement",
        "No longer on %1: deleted there after it was published (missing since %2). Figures read before are kept.")
                              .arg(platformName, day);
    tried(db, postId, now);
    if (Sql::update(db,
            u"UPDATE social_posts SET status = 'deleted', error = ?, updated_at = ? WHERE id = ? AND status = "
            u"'published'"_s,
            {words, now, postId})
        == 0)
        return false;
    AuditLog::append(db, now, u"Quorum"_s, u"social.deleted"_s, u"social_post:%1"_s.arg(postId), {{u"note"_s, words}});
    return true;
}

std::optional<PostMetrics> load(const QSqlDatabase& db, qint64 postId)
{
    QSqlQuery q = Sql::exec(db,
        u"SELECT %1, synced_at FROM social_post_metrics WHERE post_id = ?"_s.arg(QLatin1StringView(kMetricColumns)),
        {postId});
    if (!q.next())
        return std::nullopt;
    return PostMetrics{postId, metricsAt(q, 0), q.value(7).toLongLong()};
}

QHash<qint64, Metrics> between(const QSqlDatabase& db, qint64 from, qint64 to)
{
    QSqlQuery q = Sql::exec(db,
        u"SELECT m.post_id, m.impressions, m.reach, m.likes, m.comments, m.shares, m.saves, m.clicks "
        u"FROM social_post_metrics m JOIN social_posts p ON p.id = m.post_id "
        u"WHERE p.scheduled_at >= ? AND p.scheduled_at < ?"_s,
        {from, to});
    QHash<qint64, Metrics> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), metricsAt(q, 1));
    return out;
}

QList<qint64> due(const QSqlDatabase& db, qint64 accountId, qint64 now, int limit)
{
    QSqlQuery q = Sql::exec(db,
        u"SELECT p.id FROM social_posts p LEFT JOIN social_post_metrics m ON m.post_id = p.id "
        u"WHERE p.account_id = ? AND p.status = 'published' AND p.remote_id <> '' AND p.published_at >= ? "
        u"AND (m.synced_at IS NULL OR m.synced_at <= ?) ORDER BY m.synced_at IS NOT NULL, m.synced_at, p.id LIMIT ?"_s,
        {accountId, now - qint64(kSyncDays) * 86'400'000LL, now - kSyncEveryMs, limit});
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

bool queue(const QSqlDatabase& db, qint64 accountId, qint64 now)
{
    const bool waiting = Sql::scalar(db,
                             u"SELECT COUNT(*) FROM jobs WHERE kind = ? AND subject_id = ? AND state IN ('queued', "
                             u"'running')"_s,
                             {Sync.key(), accountId})
                             .toInt()
        > 0;
    if (waiting || due(db, accountId, now, 1).isEmpty())
        return false;
    const qint64 asked
        = Sql::scalar(db, u"SELECT COUNT(*) FROM jobs WHERE kind = ? AND subject_id = ?"_s, {Sync.key(), accountId})
              .toLongLong();
    JobQueue::enqueue(db,
        {Sync, accountId, u"social-sync:%1:%2:%3"_s.arg(accountId).arg(now).arg(asked),
            QJsonObject{{u"lane"_s, u"social:%1"_s.arg(accountId)}}, kSyncPriority, 8, 0, {}},
        now);
    return true;
}

int queueAll(const QSqlDatabase& db, qint64 now)
{
    QSqlQuery q = Sql::exec(db, u"SELECT id FROM social_accounts WHERE status = 'connected' ORDER BY id"_s);
    QList<qint64> accounts;
    while (q.next())
        accounts.append(q.value(0).toLongLong());
    int queued = 0;
    for (const qint64 id : accounts)
        queued += queue(db, id, now) ? 1 : 0;
    return queued;
}

Heatmap heatmap(const QSqlDatabase& db, qint64 accountId)
{
    Heatmap map;
    QSqlQuery q = Sql::exec(db,
        u"SELECT p.local_time, m.impressions, m.reach, m.likes, m.comments, m.shares, m.saves, m.clicks "
        u"FROM social_posts p JOIN social_post_metrics m ON m.post_id = p.id "
        u"WHERE p.account_id = ? AND p.status IN ('published', 'deleted')"_s,
        {accountId});
    while (q.next()) {
        const QString local = q.value(0).toString();
        const QDate day = QDate::fromString(local.left(10), Qt::ISODate);
        bool ok = false;
        const int hour = local.mid(11, 2).toInt(&ok);
        const Metrics m = metricsAt(q, 1);
        if (!day.isValid() || !ok || hour < 0 || hour > 23 || m.seen() <= 0)
            continue;
        Cell& c = map.at(day.dayOfWeek(), hour);
        ++c.posts;
        c.seen += m.seen();
        c.interactions += m.interactions();
        ++map.posts;
    }
    return map;
}

QList<BestTime> bestTimes(const Heatmap& map, int count)
{
    QList<BestTime> best;
    for (int d = 1; d <= 7; ++d)
        for (int h = 0; h < 24; ++h) {
            const Cell& c = map.at(d, h);
            if (c.posts >= kMinPosts && c.rate())
                best.append({d, h, c.posts, *c.rate()});
        }
    std::stable_sort(best.begin(), best.end(), [](const BestTime& a, const BestTime& b) { return a.rate > b.rate; });
    if (best.size() > count)
        best.resize(count);
    return best;
}

QList<Anomaly> anomalies(const QSqlDatabase& db, qint64 accountId)
{
    QSqlQuery q = Sql::exec(db,
        u"SELECT p.id, m.impressions, m.reach, m.likes, m.comments, m.shares, m.saves, m.clicks "
        u"FROM social_posts p JOIN social_post_metrics m ON m.post_id = p.id "
        u"WHERE p.account_id = ? AND p.status IN ('published', 'deleted') ORDER BY p.id"_s,
        {accountId});
    QList<std::pair<qint64, double>> rates;
    while (q.next())
        if (const auto r = metricsAt(q, 1).rate())
            rates.append({q.value(0).toLongLong(), *r});
    QList<Anomaly> out;
    if (rates.size() < kMinPostsForAnomalies)
        return out;
    QList<double> values;
    for (const auto& [id, r] : rates)
        values.append(r);
    const double med = median(values);
    QList<double> deviations;
    for (const double v : values)
        deviations.append(std::abs(v - med));
    const double mad = median(deviations);
    if (mad <= 0)
        return out;
    for (const auto& [id, r] : rates) {
        const double z = 0.6745 * (r - med) / mad;
        if (std::abs(z) > 3.5)
            out.append({id, r, med, z});
    }
    return out;
}

} // namespace SocialEngagement
