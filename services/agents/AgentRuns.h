#pragma once

#include "Agent.h"
#include "AgentRoster.h"
#include "jobs/JobKind.h"

#include <QSqlDatabase>

#include <memory>

class JobRegistry;

// The agents' runtime: every scheduled agent runs as an "agent.run" job on the durable queue (a
// paused agent's runs wait, as any of its jobs do), each run is recorded, and the agent's row in the
// agents table carries its health from its runs of the last 24 hours: runs, success rate, latency,
// last run and what it found or needs.
namespace AgentRuns
{
inline constexpr JobKind Run{QLatin1StringView("agent.run")};
inline constexpr int MaxAttempts = 3;

// The roster must live as long as the registry (both belong to Domains).
void registerHandler(JobRegistry& registry, std::shared_ptr<const AgentRoster> roster);

// Writes each roster agent's row (cluster, role, contract, schedule) and removes the rows of internal
// agents that no code backs. Returns whether a row was added or removed.
bool install(const QSqlDatabase& db, const AgentRoster& roster, qint64 now);

// Queues a run for each scheduled agent that is not paused and whose interval has passed since its last
// run (at most one waiting run per agent). Returns how many it queued.
int queueDue(const QSqlDatabase& db, const AgentRoster& roster, qint64 now);
// Queues a run of one scheduled agent now (a person asked), unless one is already waiting. Empty when
// queued, else why not (not a scheduled agent, paused).
QString queueNow(const QSqlDatabase& db, const QString& name, qint64 now);
// Queues a run of a scheduled agent whose data another agent has just changed, unless it is paused or a
// run of it is queued and not started yet (one already running may have read the data before). Returns
// whether it queued one.
bool queueAfterChange(const QSqlDatabase& db, const QString& name, qint64 now);
// Queues a run of every scheduled agent that acts on new orders (a store sync brought some), and of
// any whose last run needed data, unless paused or a run of it is queued and not started yet (one already
// running may have read the data before). Returns how many it queued.
int queueOnNewOrders(const QSqlDatabase& db, const AgentRoster& roster, qint64 now);
// Queues a run of every scheduled agent that checks what is in the stores after publishing (a product was
// published to a store), to start delayMs after now, unless paused or a run of it is queued and not started yet.
// Returns how many it queued.
inline constexpr qint64 AfterPublishDelayMs = 60'000;
int queueOnPublished(const QSqlDatabase& db, const AgentRoster& roster, qint64 now, qint64 delayMs = 0);

// Runs the agent at once in the caller's transaction and records the run (the job handler, the demo
// seeder, tests). What the agent throws passes through unrecorded: the caller rolls back and records
// the failure with recordFailure().
// limitMs > 0: the run stops (Deadline::Exceeded) at its next query or loop step past that much real time.
Agent::Outcome runAndRecord(const QSqlDatabase& db, const Agent& agent, qint64 now, qint64 limitMs = 0);
// What the agent's jobs spent on AI calls since the start of the (local) day, in micro-dollars: what its
// daily budget is measured against.
qint64 spentToday(const QSqlDatabase& db, const QString& agent, qint64 now);
// Records a failed run with its reason.
void recordFailure(
    const QSqlDatabase& db, const QString& agent, qint64 startedAt, qint64 finishedAt, const QString& reason);
// Whether the agent (or its cluster) is paused: an event agent that is proposes nothing.
bool paused(const QSqlDatabase& db, const QString& agent);
// Records a run of an event agent (or any agent) and refreshes its figures.
void record(
    const QSqlDatabase& db, const QString& agent, qint64 startedAt, qint64 finishedAt, const Agent::Outcome& outcome);
} // namespace AgentRuns
