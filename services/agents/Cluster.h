#pragma once

#include <QString>
#include <QStringList>

// Agent clusters (DESIGN.md section 4) and agent status vocabulary.
namespace Cluster
{

QStringList keys(); // executive, product, marketing, customer_service, finance
QString displayName(const QString& key);
QString statusDisplayName(const QString& status); // running, idle, paused, error, offline
// An agent counts as healthy when it is running or idle and its heartbeat is fresh.
bool isHealthy(const QString& status, qint64 heartbeatAgeMs);
inline constexpr qint64 StaleHeartbeatMs = 120'000;

} // namespace Cluster
