#include "Cluster.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Cluster
{

QStringList keys()
{
    return {u"executive"_s, u"product"_s, u"marketing"_s, u"customer_service"_s, u"finance"_s};
}

QString displayName(const QString& key)
{
    if (key == u"executive")
        return QCoreApplication::translate("Cluster", "Executive");
    if (key == u"product")
        return QCoreApplication::translate("Cluster", "Product");
    if (key == u"marketing")
        return QCoreApplication::translate("Cluster", "Marketing");
    if (key == u"customer_service")
        return QCoreApplication::translate("Cluster", "Customer service");
    if (key == u"finance")
        return QCoreApplication::translate("Cluster", "Finance");
    return key;
}

QString statusDisplayName(const QString& status)
{
    if (status == u"running")
        return QCoreApplication::translate("Cluster", "Running");
    if (status == u"idle")
        return QCoreApplication::translate("Cluster", "Idle");
    if (status == u"paused")
        return QCoreApplication::translate("Cluster", "Paused");
    if (status == u"error")
        return QCoreApplication::translate("Cluster", "Error");
    if (status == u"offline")
        return QCoreApplication::translate("Cluster", "Offline");
    if (status == u"online")
        return QCoreApplication::translate("Cluster", "Connected");
    return status;
}

QString factsColumns()
{
    return u"status, paused, heartbeat_at, tasks_ok, tasks_failed, interval_ms, kind, last_run_at, last_outcome"_s;
}

qint64 livesBy(const QString& kind, qint64 intervalMs, bool hasRuns, bool hasHeartbeat)
{
    if (kind != u"internal")
        return -1;
    if (intervalMs == 0 && !hasRuns && hasHeartbeat)
        return -1; // beats without recording runs: the writer and the reviewer
    return intervalMs;
}

AgentFacts facts(const QSqlQuery& row, int first, qint64 now)
{
    AgentFacts f;
    f.status = row.value(first).toString();
    f.paused = row.value(first + 1).toBool();
    const qint64 beat = row.value(first + 2).toLongLong();
    f.heartbeatAgeMs = beat > 0 ? now - beat : -1;
    f.ok = row.value(first + 3).toInt();
    f.failed = row.value(first + 4).toInt();
    const QVariant last = row.value(first + 7);
    f.intervalMs
        = livesBy(row.value(first + 6).toString(), row.value(first + 5).toLongLong(), !last.isNull(), beat > 0);
    f.lastRunAgeMs = last.isNull() ? -1 : now - last.toLongLong();
    f.lastOutcome = row.value(first + 8).toString();
    return f;
}

Health health(const AgentFacts& f, Halt halt)
{
    if (halt == Halt::Stopped)
        return Health::Stopped;
    if (f.paused || halt == Halt::Paused || f.status == u"paused")
        return Health::Paused;
    if (f.status == u"error" || f.lastOutcome == u"failed" || (f.ok + f.failed >= 3 && f.ok * 2 < f.ok + f.failed))
        return Health::Failing;
    if (f.lastOutcome == u"needs")
        return Health::NeedsData;
    if (f.intervalMs > 0) {
        // A scheduled agent is silent once a run is an interval overdue (and two minutes of slack).
        if (f.lastRunAgeMs < 0 || f.lastRunAgeMs > 2 * f.intervalMs + StaleHeartbeatMs)
            return Health::Silent;
        return Health::Healthy;
    }
    if (f.intervalMs == 0) // runs when its events come; no event is not a fault, nor a sign that it works
        return f.lastRunAgeMs < 0 ? Health::NotRun : Health::Healthy;
    if (f.heartbeatAgeMs < 0 || f.heartbeatAgeMs > StaleHeartbeatMs || f.status == u"offline")
        return Health::Silent;
    return Health::Healthy;
}

QString healthText(Health h, const AgentFacts& f, Halt halt)
{
    switch (h) {
    case Health::Stopped:
        return QCoreApplication::translate("Cluster", "Stopped (emergency stop)");
    case Health::Paused:
        return f.paused ? QCoreApplication::translate("Cluster", "Paused")
                        : QCoreApplication::translate("Cluster", "Paused (pipeline paused)");
    case Health::Failing:
        // An agent on the roster: what its runs say.
        if (f.intervalMs >= 0 && f.ok + f.failed > 0)
            return f.lastOutcome == u"failed" && f.ok * 2 >= f.ok + f.failed
                ? QCoreApplication::translate("Cluster", "Last run failed")
                : QCoreApplication::translate("Cluster", "Failing: %1 of %2 runs succeeded today")
                      .arg(f.ok)
                      .arg(f.ok + f.failed);
        if (f.status == u"error" || f.ok + f.failed == 0)
            return QCoreApplication::translate("Cluster", "Error");
        return QCoreApplication::translate("Cluster", "Failing: %1 of %2 calls succeeded today")
            .arg(f.ok)
            .arg(f.ok + f.failed);
    case Health::NeedsData:
        return QCoreApplication::translate("Cluster", "Needs data");
    case Health::NotRun:
        return QCoreApplication::translate("Cluster", "Not run yet");
    case Health::Silent:
        if (f.intervalMs > 0)
            return f.lastRunAgeMs < 0 ? QCoreApplication::translate("Cluster", "Not run yet")
                                      : QCoreApplication::translate("Cluster", "Run overdue");
        return QCoreApplication::translate("Cluster", "No heartbeat");
    case Health::Healthy:
        break;
    }
    Q_UNUSED(halt);
    return statusDisplayName(f.status);
}

QString healthExplanation(Health h)
{
    switch (h) {
    case Health::Healthy:
        return QCoreApplication::translate(
            "Cluster", "Healthy: it reported in the last two minutes and most of its calls today succeeded.");
    case Health::Paused:
        return QCoreApplication::translate(
            "Cluster", "Paused on purpose: it takes no new work until it is resumed. Not counted as unhealthy.");
    case Health::Stopped:
        return QCoreApplication::translate("Cluster",
            "The emergency stop holds every agent. Only an owner can resume (the banner above the panes, or the "
            "Pipeline menu).");
    case Health::Failing:
        return QCoreApplication::translate("Cluster",
            "Failing: fewer than half of its calls today succeeded (at least three calls), or it reported an "
            "error. See Settings → Providers and the Activity log for the cause.");
    case Health::NeedsData:
        return QCoreApplication::translate("Cluster",
            "Waiting for data: its last run found the data it reads missing, stale or too short, and proposed "
            "nothing. What it needs is shown below the list.");
    case Health::Silent:
        return QCoreApplication::translate("Cluster",
            "No heartbeat for more than two minutes, or a scheduled run is overdue: it may not be running at all.");
    case Health::NotRun:
        return QCoreApplication::translate("Cluster",
            "Not run yet: it runs when its event comes (a sync, a publish), and none has come since it was added. "
            "Not counted as healthy or unhealthy.");
    }
    return {};
}

QString healthExplanation(Health h, const AgentFacts& f)
{
    if (f.intervalMs < 0)
        return healthExplanation(h);
    // An agent on the roster lives by its runs, not by heartbeats or calls.
    switch (h) {
    case Health::Healthy:
        return QCoreApplication::translate(
            "Cluster", "Healthy: its last run did its work, and most of its runs today succeeded. It runs %1.")
            .arg(scheduleText(f.intervalMs));
    case Health::Failing:
        return QCoreApplication::translate("Cluster",
            "Failing: its last run failed, or fewer than half of its runs today succeeded. The reason is shown below "
            "the list; a failed run is tried again with backoff.");
    case Health::Silent:
        return QCoreApplication::translate(
            "Cluster", "Its scheduled run is overdue: the workers may be stopped or busy. It runs %1.")
            .arg(scheduleText(f.intervalMs));
    default:
        return healthExplanation(h);
    }
}

QString scheduleText(qint64 intervalMs, const QStringList& events)
{
    if (intervalMs <= 0)
        return QCoreApplication::translate("Cluster", "when its events come");
    // lupdate cannot read a cast in translate(): the counts are ints first.
    const int minutes = static_cast<int>(intervalMs / 60'000);
    const int hours = minutes / 60;
    const QString every = minutes % 60 == 0
        ? QCoreApplication::translate("Cluster", "every %n hour(s)", nullptr, hours)
        : QCoreApplication::translate("Cluster", "every %n minute(s)", nullptr, minutes);
    QStringList also;
    if (events.contains(u"new_orders"_s))
        also.append(QCoreApplication::translate("Cluster", "when a store sync brings new orders"));
    if (events.contains(u"published"_s))
        also.append(QCoreApplication::translate("Cluster", "a minute after a product is published to a store"));
    if (also.isEmpty())
        return every;
    return QCoreApplication::translate("Cluster", "%1, and also %2").arg(every, QLocale().createSeparatedList(also));
}

QString healthKey(Health h)
{
    switch (h) {
    case Health::Healthy:
        return u"healthy"_s;
    case Health::Paused:
        return u"paused"_s;
    case Health::Stopped:
        return u"stopped"_s;
    case Health::Failing:
        return u"error"_s;
    case Health::NeedsData:
    case Health::Silent:
        return u"stale"_s;
    case Health::NotRun:
        return u"idle"_s;
    }
    return {};
}

QString agentDisplayName(const QString& name)
{
    return QCoreApplication::translate("AgentNames", name.toUtf8().constData());
}

QString agentRoleText(const QString& role)
{
    return QCoreApplication::translate("AgentRoles", role.toUtf8().constData());
}

} // namespace Cluster
