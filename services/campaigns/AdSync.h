#pragma once

#include "jobs/JobKind.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>

class JobContext;
class JobRegistry;
class MetaAdsClient;
class QObject;
namespace Connections
{
struct Connection;
}

// Reading Meta ad accounts into the workspace on the durable job queue: the account (currency, time
// zone), its campaigns and ad sets, and daily ad set insights. The first sync reads kHistoryDays;
// every later one reads again from kLateDays before the last day it had complete, because
// conversions are attributed for days after the click (Meta's default window is 7 days), so recent
// days grow. Every row is keyed by the platform's id and the account day: a page read twice, a
// retried or restarted sync, replaces what it wrote and counts nothing twice.
namespace AdSync
{

inline constexpr JobKind Sync{QLatin1StringView("ads.sync")};
// An approved change to one ad set, carried out on the platform (AdWriteRun).
inline constexpr JobKind Apply{QLatin1StringView("ads.apply")};
// An approved campaign launch, carried out on the platform (AdLaunchRun).
inline constexpr JobKind Launch{QLatin1StringView("ads.launch")};
inline constexpr int kHistoryDays = 90;
inline constexpr int kLateDays = 7;
// An account day counts as complete (synced_through) once it ended this many hours before the sync.
inline constexpr int kSettleHours = 6;

// Queues a sync of the ad account unless one is waiting; inside the caller's transaction. Returns
// whether one was queued.
bool queue(const QSqlDatabase& db, qint64 connectionId, qint64 now);
int queueAll(const QSqlDatabase& db, qint64 now);

// Queues the change an approved proposal makes to an ad set (`change`: pause, resume, budget, bid;
// `from` and `to` in minor units for budgets and bids) on the account's sync lane, once per proposal;
// inside the caller's transaction. Returns the job's id. `then` ({ad_set_id, change, from, to}): a
// second change the proposal makes once this one is done (a budget shift raises its target after
// lowering its source), queued as step 2 by the first; not when the first was skipped.
qint64 queueApply(const QSqlDatabase& db, qint64 connectionId, qint64 proposalId, const QString& adSetId,
    const QString& change, qint64 from, qint64 to, qint64 now, const QJsonObject& then = {}, int step = 1);

// Queues an approved campaign launch on the account's sync lane, once per proposal; inside the
// caller's transaction. `spec`: name, daily_budget (minor units), currency, countries, link, text.
qint64 queueLaunch(const QSqlDatabase& db, qint64 connectionId, qint64 proposalId, QJsonObject spec, qint64 now);

// A time as Graph writes it ("2026-11-30T09:00:00+0100"); 0 when it is not one.
qint64 parseTime(const QString& text);

// The Meta client of the ad account's connection with its token from the keychain, owned by
// `parent`; nullptr with *why when the connection is gone or the token is not available.
MetaAdsClient* client(
    JobContext& ctx, qint64 connectionId, QObject* parent, Connections::Connection* connection, QString* why);

struct Status
{
    qint64 connectionId = 0;
    QString name;
    QString currency;
    QString timeZone;
    QDate syncedThrough;
    qint64 lastSyncAt = 0;
    QString lastError;
    bool running = false;
};
QList<Status> status(const QSqlDatabase& db);

// The writes, one page at a time (public for tests and the benchmark). Each returns how many rows it
// wrote; the caller holds the transaction.
namespace Write
{
void account(const QSqlDatabase& db, qint64 connectionId, const QJsonObject& account, qint64 now);
int campaigns(
    const QSqlDatabase& db, qint64 connectionId, const QString& currency, const QJsonArray& items, qint64 now);
int adSets(const QSqlDatabase& db, qint64 connectionId, const QJsonArray& items, qint64 now);
int insights(const QSqlDatabase& db, qint64 connectionId, const QJsonArray& rows, qint64 now);
// campaign_metrics from the ad sets' days from `since` on; campaign budgets from their ad sets'.
void rollUp(const QSqlDatabase& db, qint64 connectionId, QDate since, qint64 now);
} // namespace Write

void registerAll(JobRegistry& registry);

} // namespace AdSync
