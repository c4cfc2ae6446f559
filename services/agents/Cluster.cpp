#include "Cluster.h"

#include <QCoreApplication>

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
    return status;
}

Health health(const AgentFacts& f, Halt halt)
{
    if (halt == Halt::Stopped)
        return Health::Stopped;
    if (f.paused || halt == Halt::Paused || f.status == u"paused")
        return Health::Paused;
    if (f.status == u"error" || (f.ok + f.failed >= 3 && f.ok * 2 < f.ok + f.failed))
        return Health::Failing;
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
        if (f.status == u"error" || f.ok + f.failed == 0)
            return QCoreApplication::translate("Cluster", "Error");
        return QCoreApplication::translate("Cluster", "Failing: %1 of %2 calls succeeded today")
            .arg(f.ok)
            .arg(f.ok + f.failed);
    case Health::Silent:
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
    case Health::Silent:
        return QCoreApplication::translate(
            "Cluster", "No heartbeat for more than two minutes: it may not be running at all.");
    }
    return {};
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
    case Health::Silent:
        return u"stale"_s;
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
