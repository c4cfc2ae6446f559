#pragma once

#include <QSqlDatabase>
#include <QString>

// The worker pool's settings, stored in the workspace.
struct PoolSettings
{
    static constexpr int ServerWorkers = 4; // the default on PostgreSQL
    int workers = 2;                        // worker threads (SQLite)
    int jobsPerWorker = 6;                  // jobs one worker drives at once (their calls are asynchronous)
    qint64 leaseMs = 60'000;
    qint64 pollMs = 2'000;       // how often an idle worker looks for work written by other processes
    int maxClaims = 50;          // a job claimed this often without finishing is stopped
    qint64 retryBaseMs = 15'000; // backoff before a failed job runs again (doubles per attempt)

    static PoolSettings load(const QSqlDatabase& db);
    // Writes the pool size; the caller holds the transaction (and writes the audit entry).
    void save(const QSqlDatabase& db) const;
};

// The override controls of DESIGN.md section 3: pause and emergency stop. Every worker reads the
// state before each claim and every job handler at its safe points; the state is stored in the
// workspace with an audit entry, so a stop survives a crash and a restart.
namespace RunControl
{
enum class State
{
    Running,
    Paused,
    Stopped // emergency stop: only an owner resumes
};
State state(const QSqlDatabase& db);
// Stores the state and its audit entry in one durable transaction.
void setState(const QSqlDatabase& db, State state, const QString& actor, qint64 now);
QString stateKey(State state);
} // namespace RunControl
