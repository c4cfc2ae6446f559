#pragma once

#include <QSqlDatabase>

// The pipeline's own agents in the agents table: the Content Writer (writes, and answers reviews)
// and the Quality Reviewer (reviews). Their heartbeat, status and load follow the worker pool; their
// successes, failures, average latency and cost come from the calls they made in the last 24 hours.
namespace PipelineAgents
{
inline constexpr char WriterName[] = "Content Writer";
inline constexpr char ReviewerName[] = "Quality Reviewer";

// Creates the two agents when missing. Returns true when a row changed.
bool refresh(const QSqlDatabase& db, qint64 now, int runningJobs, int capacity, bool halted);
} // namespace PipelineAgents
