#pragma once

#include <QSqlDatabase>

// Test data for the agents' models: a roster of 21 agents in five clusters with heartbeats, loads and
// call counts of every kind (one in error, one paused, one offline), as an external agents' gateway
// would report them (kind 'external': their health follows their heartbeats).
namespace SampleAgents
{
void insert(const QSqlDatabase& db, qint64 now);
} // namespace SampleAgents
