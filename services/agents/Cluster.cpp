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

bool isHealthy(const QString& status, qint64 heartbeatAgeMs)
{
    return (status == u"running" || status == u"idle") && heartbeatAgeMs >= 0 && heartbeatAgeMs <= StaleHeartbeatMs;
}

} // namespace Cluster
