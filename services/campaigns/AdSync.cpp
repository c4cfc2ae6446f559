#include "AdSync.h"

#include "RuleEngine.h"

#include "AdLaunchRun.h"
#include "AdSyncRun.h"
#include "AdWriteRun.h"
#include "commerce/MetaAdsClient.h"
#include "core/Json.h"
#include "jobs/JobQueue.h"
#include "jobs/JobRegistry.h"
#include "publishing/Connections.h"
#include "resilience/ApiRuntime.h"
#include "secrets/SecretCache.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

static_assert(AdSync::kSettleHours == RuleEngine::kDayCompleteHours, "rules and the sync agree on a complete day");

namespace AdSync
{

namespace
{
class SyncHandler final : public JobHandler
{
public:
    QObject* start(JobContext& ctx, const JobQueue::Job& job, JobDone done) const override
    {
        auto* run = new AdSyncRun(ctx, job, ctx.thread());
        run->start([done](JobOutcome outcome, const QString& summary) { done(outcome, summary); });
        return run;
    }
};

class LaunchHandler final : public JobHandler
{
public:
    QObject* start(JobContext& ctx, const JobQueue::Job& job, JobDone done) const override
    {
        auto* run = new AdLaunchRun(ctx, job, ctx.thread());
        run->start([done](JobOutcome outcome, const QString& summary) { done(outcome, summary); });
        return run;
    }
};

class ApplyHandler final : public JobHandler
{
public:
    QObject* start(JobContext& ctx, const JobQueue::Job& job, JobDone done) const override
    {
        auto* run = new AdWriteRun(ctx, job, ctx.thread());
        run->start([done](JobOutcome outcome, const QString& summary) { done(outcome, summary); });
        return run;
    }
};

qint64 cents(const QJsonValue& v)
{
    // Budgets and bids arrive as strings of minor units ("5000" is 50.00).
    return v.isString() ? v.toString().toLongLong() : v.toInteger();
}

} // namespace

qint64 parseTime(const QString& text)
{
    // Graph writes "2026-11-30T09:00:00+0100".
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        t = QDateTime::fromString(text, u"yyyy-MM-ddTHH:mm:sst"_s);
    if (!t.isValid() && text.size() > 5)
        t = QDateTime::fromString(text.left(text.size() - 2) + u':' + text.right(2), Qt::ISODate);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

bool queue(const QSqlDatabase& db, qint64 connectionId, qint64 now)
{
    // A removed connection's sync may still run under the id this connection took again: it is not this one's.
    const bool waiting = Sql::scalar(db,
                             u"SELECT COUNT(*) FROM jobs WHERE kind = ? AND subject_id = ? AND state IN ('queued', "
                             u"'running') AND created_at >= (SELECT created_at FROM connections WHERE id = ?)"_s,
                             {Sync.key(), connectionId, connectionId})
                             .toInt()
        > 0;
    if (waiting)
        return false;
    // The key counts the syncs asked for before: a connection removed and added again can have the same id,
    // and at the same moment its first sync must not be taken for the old one's.
    const qint64 asked
        = Sql::scalar(db, u"SELECT COUNT(*) FROM jobs WHERE kind = ? AND subject_id = ?"_s, {Sync.key(), connectionId})
              .toLongLong();
    JobQueue::enqueue(db,
        {Sync, connectionId, u"ads:%1:%2:%3"_s.arg(connectionId).arg(now).arg(asked),
            QJsonObject{{u"lane"_s, u"sync:%1"_s.arg(connectionId)}}, 0, 8, 0, {}},
        now);
    return true;
}

qint64 queueApply(const QSqlDatabase& db, qint64 connectionId, qint64 proposalId, const QString& adSetId,
    const QString& change, qint64 from, qint64 to, qint64 now, const QJsonObject& then, int step)
{
    QJsonObject payload{{u"ad_set_id"_s, adSetId}, {u"change"_s, change}, {u"from"_s, from}, {u"to"_s, to},
        {u"proposal"_s, proposalId}, {u"lane"_s, u"sync:%1"_s.arg(connectionId)}, {u"step"_s, step}};
    if (!then.isEmpty())
        payload.insert(u"then"_s, then);
    const QString key = step <= 1 ? u"ads-apply:%1"_s.arg(proposalId) : u"ads-apply:%1:%2"_s.arg(proposalId).arg(step);
    const auto [id, created] = JobQueue::enqueue(db, {Apply, connectionId, key, payload, 1, 8, 0, {}}, now);
    Q_UNUSED(created)
    return id;
}

qint64 queueLaunch(const QSqlDatabase& db, qint64 connectionId, qint64 proposalId, QJsonObject spec, qint64 now)
{
    spec.insert(u"proposal"_s, proposalId);
    spec.insert(u"lane"_s, u"sync:%1"_s.arg(connectionId));
    const auto [id, created]
        = JobQueue::enqueue(db, {Launch, connectionId, u"ads-launch:%1"_s.arg(proposalId), spec, 1, 8, 0, {}}, now);
    Q_UNUSED(created)
    return id;
}

MetaAdsClient* client(
    JobContext& ctx, qint64 connectionId, QObject* parent, Connections::Connection* connection, QString* why)
{
    const auto found = Connections::find(ctx.db(), connectionId);
    if (!found || found->kind != Connections::Kind::MetaAds) {
        *why = QCoreApplication::translate("AdSyncRun", "The ad account connection was removed.");
        return nullptr;
    }
    *connection = *found;
    QString error;
    const auto token = ctx.runtime()->secrets()->resolveFor(Connections::secretRef(found->id, u"ads_token"_s),
        Connections::graphUrl(*found), Connections::secretPrefix(found->id), &error);
    if (!token) {
        *why = QCoreApplication::translate("AdSyncRun", "The access token of %1 is not available: %2")
                   .arg(found->name, error);
        return nullptr;
    }
    MetaAdsClient::Config config;
    config.graphUrl = Connections::graphUrl(*found);
    config.accessToken = *token;
    config.adAccountId = found->account.trimmed().remove(u"act_"_s);
    return new MetaAdsClient(ctx.caller(), ctx.runtime(), config, parent);
}

int queueAll(const QSqlDatabase& db, qint64 now)
{
    int queued = 0;
    for (const Connections::Connection& c : Connections::adAccounts(db))
        queued += queue(db, c.id, now) ? 1 : 0;
    return queued;
}

QList<Status> status(const QSqlDatabase& db)
{
    QList<Status> out;
    QSet<qint64> running;
    QSqlQuery r = Sql::exec(
        db, u"SELECT subject_id FROM jobs WHERE kind = ? AND state IN ('queued', 'running')"_s, {Sync.key()});
    while (r.next())
        running.insert(r.value(0).toLongLong());
    QSqlQuery q = Sql::exec(db,
        u"SELECT c.id, COALESCE(NULLIF(a.name, ''), c.name), COALESCE(a.currency, ''), COALESCE(a.time_zone, ''), "
        u"COALESCE(a.synced_through, ''), COALESCE(a.last_sync_at, 0), COALESCE(a.last_error, '') FROM connections c "
        u"LEFT JOIN ad_accounts a ON a.connection_id = c.id WHERE c.kind = 'meta_ads' ORDER BY c.id"_s);
    while (q.next()) {
        Status s;
        s.connectionId = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.currency = q.value(2).toString();
        s.timeZone = q.value(3).toString();
        s.syncedThrough = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        s.lastSyncAt = q.value(5).toLongLong();
        s.lastError = q.value(6).toString();
        s.running = running.contains(s.connectionId);
        out.append(s);
    }
    return out;
}

namespace Write
{

void account(const QSqlDatabase& db, qint64 connectionId, const QJsonObject& a, qint64 now)
{
    Sql::exec(db,
        u"INSERT INTO ad_accounts (connection_id, name, currency, time_zone, updated_at) VALUES (?, ?, ?, ?, ?) "
        u"ON CONFLICT (connection_id) DO UPDATE SET name = excluded.name, currency = excluded.currency, "
        u"time_zone = excluded.time_zone, updated_at = excluded.updated_at"_s,
        {connectionId, a.value(u"name"_s).toString(), a.value(u"currency"_s).toString(),
            a.value(u"timezone_name"_s).toString(), now});
}

int campaigns(const QSqlDatabase& db, qint64 connectionId, const QString& currency, const QJsonArray& items, qint64 now)
{
    int n = 0;
    for (const QJsonValue& v : items) {
        const QJsonObject c = v.toObject();
        const QString id = c.value(u"id"_s).toString();
        if (id.isEmpty())
            continue;
        const QString effective = c.value(u"effective_status"_s).toString(c.value(u"status"_s).toString());
        const QString status = effective == u"ACTIVE" ? u"active"_s : u"paused"_s;
        const QVariant existing = Sql::scalar(
            db, u"SELECT id FROM campaigns WHERE connection_id = ? AND external_id = ?"_s, {connectionId, id});
        if (existing.isValid()) {
            Sql::exec(db,
                u"UPDATE campaigns SET name = ?, status = ?, daily_budget_cents = ?, currency = ?, updated_at = ? "
                u"WHERE "
                u"id = ?"_s,
                {c.value(u"name"_s).toString(), status, cents(c.value(u"daily_budget"_s)), currency, now, existing});
        } else {
            Sql::insert(db,
                u"INSERT INTO campaigns (name, platform, external_id, status, daily_budget_cents, currency, "
                u"connection_id, created_at, updated_at) VALUES (?, 'meta', ?, ?, ?, ?, ?, ?, ?)"_s,
                {c.value(u"name"_s).toString(), id, status, cents(c.value(u"daily_budget"_s)), currency, connectionId,
                    now, now});
        }
        ++n;
    }
    return n;
}

int adSets(const QSqlDatabase& db, qint64 connectionId, const QJsonArray& items, qint64 now)
{
    int n = 0;
    for (const QJsonValue& v : items) {
        const QJsonObject a = v.toObject();
        const QString id = a.value(u"id"_s).toString();
        if (id.isEmpty())
            continue;
        const QVariant campaign
            = Sql::scalar(db, u"SELECT id FROM campaigns WHERE connection_id = ? AND external_id = ?"_s,
                {connectionId, a.value(u"campaign_id"_s).toString()});
        const qint64 edited = parseTime(a.value(u"updated_time"_s).toString());
        Sql::exec(db,
            u"INSERT INTO ad_sets (connection_id, campaign_id, remote_id, name, status, daily_budget_cents, "
            u"bid_amount_cents, bid_strategy, learning, last_edit_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
            u"?, ?) "
            u"ON CONFLICT (connection_id, remote_id) DO UPDATE SET campaign_id = excluded.campaign_id, name = "
            u"excluded.name, status = excluded.status, daily_budget_cents = excluded.daily_budget_cents, "
            u"bid_amount_cents = excluded.bid_amount_cents, bid_strategy = excluded.bid_strategy, learning = "
            u"excluded.learning, last_edit_at = excluded.last_edit_at, updated_at = excluded.updated_at"_s,
            {connectionId, campaign, id, a.value(u"name"_s).toString(),
                a.value(u"effective_status"_s).toString(a.value(u"status"_s).toString()),
                cents(a.value(u"daily_budget"_s)), cents(a.value(u"bid_amount"_s)),
                a.value(u"bid_strategy"_s).toString(),
                a.value(u"learning_stage_info"_s).toObject().value(u"status"_s).toString(),
                edited > 0 ? QVariant(edited) : QVariant(), now});
        ++n;
    }
    return n;
}

int insights(const QSqlDatabase& db, qint64 connectionId, const QJsonArray& rows, qint64 now)
{
    int n = 0;
    QHash<QString, qint64> ids;
    for (const QJsonValue& v : rows) {
        const MetaAdsClient::InsightRow r = MetaAdsClient::parseRow(v.toObject(), u"adset"_s);
        if (r.id.isEmpty() || !r.dateStart.isValid())
            continue;
        if (!ids.contains(r.id)) {
            const QVariant id = Sql::scalar(
                db, u"SELECT id FROM ad_sets WHERE connection_id = ? AND remote_id = ?"_s, {connectionId, r.id});
            ids.insert(r.id, id.isValid() ? id.toLongLong() : 0);
        }
        qint64 adSet = ids.value(r.id);
        if (adSet == 0) {
            // Archived and deleted ad sets are not listed, but their days count: kept as archived,
            // under their campaign (made from the row when it is not listed either).
            const QJsonObject raw = v.toObject();
            QVariant campaign
                = Sql::scalar(db, u"SELECT id FROM campaigns WHERE connection_id = ? AND external_id = ?"_s,
                    {connectionId, r.campaignId});
            if (!campaign.isValid() && !r.campaignId.isEmpty())
                campaign = Sql::insert(db,
                    u"INSERT INTO campaigns (name, platform, external_id, status, currency, connection_id, created_at, "
                    u"updated_at) VALUES (?, 'meta', ?, 'paused', COALESCE((SELECT currency FROM ad_accounts WHERE "
                    u"connection_id = ?), 'EUR'), ?, ?, ?)"_s,
                    {raw.value(u"campaign_name"_s).toString(r.campaignId), r.campaignId, connectionId, connectionId,
                        now, now});
            adSet = Sql::insert(db,
                u"INSERT INTO ad_sets (connection_id, campaign_id, remote_id, name, status, updated_at) VALUES (?, ?, "
                u"?, "
                u"?, 'ARCHIVED', ?)"_s,
                {connectionId, campaign, r.id, r.name.isEmpty() ? r.id : r.name, now});
            ids.insert(r.id, adSet);
        }
        Sql::exec(db,
            u"INSERT INTO ad_set_days (ad_set_id, day, spend_cents, value_cents, impressions, clicks, purchases, "
            u"reach, "
            u"frequency, windows, synced_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (ad_set_id, day) DO "
            u"UPDATE SET spend_cents = excluded.spend_cents, value_cents = excluded.value_cents, impressions = "
            u"excluded.impressions, clicks = excluded.clicks, purchases = excluded.purchases, reach = excluded.reach, "
            u"frequency = excluded.frequency, windows = excluded.windows, synced_at = excluded.synced_at"_s,
            {adSet, r.dateStart.toString(Qt::ISODate), r.spendCents, r.purchaseValueCents, r.impressions, r.clicks,
                r.purchases, r.reach, r.frequency, Json::compact(r.windows), now});
        ++n;
    }
    return n;
}

void rollUp(const QSqlDatabase& db, qint64 connectionId, QDate since, qint64 now)
{
    const QString from = since.toString(Qt::ISODate);
    // Days an ad set no longer has (a revision to nothing) leave the campaign's day too.
    Sql::exec(db,
        u"DELETE FROM campaign_metrics WHERE day >= ? AND campaign_id IN (SELECT id FROM campaigns WHERE "
        u"connection_id = ?)"_s,
        {from, connectionId});
    Sql::exec(db,
        u"INSERT INTO campaign_metrics (campaign_id, day, spend_cents, revenue_cents, impressions, clicks, "
        u"conversions) SELECT s.campaign_id, d.day, SUM(d.spend_cents), SUM(d.value_cents), SUM(d.impressions), "
        u"SUM(d.clicks), SUM(d.purchases) FROM ad_set_days d JOIN ad_sets s ON s.id = d.ad_set_id WHERE "
        u"s.connection_id = ? AND s.campaign_id IS NOT NULL AND d.day >= ? GROUP BY s.campaign_id, d.day"_s,
        {connectionId, from});
    // A campaign without a budget of its own spends its active ad sets' budgets.
    Sql::exec(db,
        u"UPDATE campaigns SET daily_budget_cents = (SELECT COALESCE(SUM(daily_budget_cents), 0) FROM ad_sets s WHERE "
        u"s.campaign_id = campaigns.id AND s.status = 'ACTIVE'), started_on = COALESCE(started_on, (SELECT MIN(d.day) "
        u"FROM ad_set_days d JOIN ad_sets s ON s.id = d.ad_set_id WHERE s.campaign_id = campaigns.id)), updated_at = ? "
        u"WHERE connection_id = ? AND EXISTS (SELECT 1 FROM ad_sets s WHERE s.campaign_id = campaigns.id AND "
        u"s.daily_budget_cents > 0)"_s,
        {now, connectionId});
    // A campaign whose ad sets all learn is learning.
    Sql::exec(db,
        u"UPDATE campaigns SET status = 'learning' WHERE connection_id = ? AND status = 'active' AND NOT EXISTS "
        u"(SELECT 1 FROM ad_sets s WHERE s.campaign_id = campaigns.id AND s.status = 'ACTIVE' AND s.learning <> "
        u"'LEARNING') AND EXISTS (SELECT 1 FROM ad_sets s WHERE s.campaign_id = campaigns.id AND s.status = 'ACTIVE')"_s,
        {connectionId});
}

} // namespace Write

void registerAll(JobRegistry& registry)
{
    registry.add(Sync, std::make_unique<SyncHandler>(), JobRegistry::Network | JobRegistry::Secrets);
    registry.add(Apply, std::make_unique<ApplyHandler>(), JobRegistry::Network | JobRegistry::Secrets);
    registry.add(Launch, std::make_unique<LaunchHandler>(), JobRegistry::Network | JobRegistry::Secrets);
}

} // namespace AdSync
