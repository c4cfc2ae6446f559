#pragma once

#include <QSqlQuery>
#include <QString>
#include <QStringList>

// Agent clusters (DESIGN.md section 4) and agent status vocabulary.
namespace Cluster
{

QStringList keys(); // executive, product, marketing, customer_service, finance
QString displayName(const QString& key);
QString statusDisplayName(const QString& status); // running, idle, paused, error, offline
inline constexpr qint64 StaleHeartbeatMs = 120'000;

// What is true of one agent, from its row and the workspace's run state.
struct AgentFacts
{
    QString status; // running, idle, paused, error, offline
    bool paused = false;
    qint64 heartbeatAgeMs = -1; // -1: never beat
    int ok = 0;                 // calls or runs in the last 24 hours
    int failed = 0;
    // How the agent shows it is alive: -1 by heartbeats (an external agent's pings), 0 by the events it
    // handles (never silent), > 0 by its schedule (silent when a run is overdue by an interval).
    qint64 intervalMs = -1;
    qint64 lastRunAgeMs = -1; // -1: never ran
    QString lastOutcome;      // ok, needs, failed (the last run), or empty
};
// How an agent shows it is alive (AgentFacts::intervalMs). A roster agent lives by its schedule, or by
// its events once it records runs; the pipeline's writer and reviewer, and external agents, by their
// heartbeats (their figures are calls, not runs).
qint64 livesBy(const QString& kind, qint64 intervalMs, bool hasRuns, bool hasHeartbeat);
// The columns of the agents table that facts() reads, in its order, for a SELECT list.
QString factsColumns();
// The facts from a row whose columns from `first` on are factsColumns().
AgentFacts facts(const QSqlQuery& row, int first, qint64 now);
enum class Halt
{
    None,
    Paused, // the whole pipeline is paused
    Stopped // emergency stop
};
enum class Health
{
    Healthy,   // running or idle, fresh heartbeat, most recent calls succeed
    Paused,    // paused on purpose (the agent, or the whole pipeline): not a fault
    Stopped,   // the emergency stop holds it
    Failing,   // at least three calls today and fewer than half succeeded, or it reports an error
    NeedsData, // its last run could not work: data missing, stale or too short (it says which)
    Silent,    // no heartbeat for two minutes (or never), or a scheduled run overdue
    NotRun     // an agent that runs on events has had none yet: nothing shows it works, nor that it fails
};
Health health(const AgentFacts& facts, Halt halt);
// Paused and stopped agents, agents waiting for data and event agents that have not run yet are left
// out of "n of m healthy": they are not broken, nor shown to work.
inline bool counts(Health h)
{
    return h != Health::Paused && h != Health::Stopped && h != Health::NeedsData && h != Health::NotRun;
}
// "Running", "Paused (pipeline paused)", "Failing: 0 of 12 calls succeeded today", ...
QString healthText(Health health, const AgentFacts& facts, Halt halt);
// Why the state is what it is, in a sentence.
QString healthExplanation(Health health);
// The same for one agent: an agent on the roster is explained by its runs.
QString healthExplanation(Health health, const AgentFacts& facts);
// "every 15 minutes", "on events"
// How often it runs, and the events that also run it ("new_orders", "published"), in words.
QString scheduleText(qint64 intervalMs, const QStringList& events = {});
// The status key for colours: healthy, paused, stopped, error, stale, idle.
QString healthKey(Health health);
// The pipeline's own agents' names and roles are stored in English; these show them in the UI's language.
QString agentDisplayName(const QString& name);
QString agentRoleText(const QString& role);

} // namespace Cluster
