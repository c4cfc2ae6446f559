#pragma once

#include "server/ServerStatus.h"
#include "shopagents/FinanceAlerts.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The autopilot's alerts (table alerts): what crossed a threshold and must reach the owner — revenue
// dropping, ad spend pacing over budget and the AI spend near its ceiling (Finance Watch's alerts), the
// queue stuck, a sync failing, a breaker open for an hour, failure rates over their limits (the health
// check's findings).
//
// judge() runs every health cycle, in every process that runs the autopilot (a desk and `quorum serve`
// may both): each condition that holds keeps one open alert per kind and subject up to date; once it has
// held for its hold time the alert is raised — by exactly one process (a compare-and-set on raised_at)
// — and its notifications (e-mail, webhook, as the owner set them) are queued; an open alert whose
// condition no longer holds is resolved.
namespace Alerts
{

// A breaker open this long is an alert (shorter outages heal themselves).
inline constexpr qint64 BreakerHoldMs = 3600'000;
// A sync failing for this long (two quarter-hourly syncs) is an alert; one failed read is not.
inline constexpr qint64 SyncFailingHoldMs = 30 * 60'000;

struct Condition
{
    QString kind;
    QString subject;
    QString title;
    QString detail;
    qint64 holdMs = 0;
};

struct Alert
{
    qint64 id = 0;
    QString kind;
    QString subject;
    QString title;
    QString detail;
    qint64 firstSeenAt = 0;
    qint64 seenAt = 0;
    qint64 raisedAt = 0; // 0: still holding, nobody told
    qint64 resolvedAt = 0;
};

// The kinds judged from each source (an open alert of a judged kind that no condition names resolves).
QStringList statusKinds();
QStringList financeKinds();

// The health check's findings as conditions (an emergency stop is the owner's own act: no alert).
QList<Condition> fromStatus(const ServerStatus::Report& report);
// Finance Watch's open alerts as conditions (they raise at once).
QList<Condition> fromFinance(const QList<FinanceAlerts::Alert>& open);

struct Outcome
{
    QList<Alert> raised;   // raised by this call (their notifications are queued)
    QList<Alert> resolved; // resolved by this call
};

// One transaction. Throws SqlError.
Outcome judge(const QSqlDatabase& db, const QList<Condition>& conditions, const QStringList& judgedKinds, qint64 now);

// Open alerts, raised ones first, newest first.
QList<Alert> open(const QSqlDatabase& db);
// Alerts raised after the alert with id afterId (the desktop's notifications), oldest first.
QList<Alert> raisedAfter(const QSqlDatabase& db, qint64 afterId);
qint64 lastRaisedId(const QSqlDatabase& db);
// Alerts raised at or after sinceMs, in the order they were raised (an alert held for an hour is raised
// after ones opened later: ids do not say the order of raising).
QList<Alert> raisedSince(const QSqlDatabase& db, qint64 sinceMs);
std::optional<Alert> find(const QSqlDatabase& db, qint64 id);

} // namespace Alerts
