#pragma once

#include "JobKind.h"
#include "storage/Sql.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

// The durable job queue of DESIGN.md section 5, on the jobs table. Claiming is atomic (SQLite:
// BEGIN IMMEDIATE) and takes a lease; a crashed owner's lease expires and the job is claimed again,
// so delivery is at-least-once and every effect a job has must be idempotent. Finishing a job
// checks the lease (a fencing check): an owner whose lease was taken over changes nothing.
//
// Single statements here are atomic on their own; the caller wraps a job's effects and its
// complete()/fail() in one Transaction, so effects and completion commit together.
namespace JobQueue
{

inline constexpr QLatin1StringView Queued{"queued"};
inline constexpr QLatin1StringView Running{"running"};
inline constexpr QLatin1StringView Done{"done"};
inline constexpr QLatin1StringView Dead{"dead"};
inline constexpr QLatin1StringView Canceled{"canceled"};

struct Job
{
    qint64 id = 0;
    QString kind;
    qint64 subjectId = 0;
    QString idempotencyKey;
    QJsonObject payload;
    int attempts = 0;
    int waits = 0;           // times it waited for a provider to heal (no attempt spent)
    qint64 waitingSince = 0; // when the current wait began (0: not waiting)
    int maxAttempts = 5;
    int claims = 0;
    int priority = 0;
    QString lastError;
    QString leaseOwner;
    qint64 leaseExpires = 0;
};

struct NewJob
{
    JobKind kind;
    qint64 subjectId = 0;
    QString idempotencyKey; // a second enqueue with the same key is a no-op
    QJsonObject payload;
    int priority = 0;
    int maxAttempts = 5;
    qint64 runAfter = 0;
    QString agent; // the agent it works for: pausing the agent (or its cluster) holds the job
};

// Returns the job's id and whether this call created it.
std::pair<qint64, bool> enqueue(const QSqlDatabase& db, const NewJob& job, qint64 now);

// The same for many jobs in a few multi-row statements (inside the caller's transaction); keys
// already in the queue are skipped. Returns how many jobs were created.
int enqueueMany(const QSqlDatabase& db, const QList<NewJob>& jobs, qint64 now);

// Claims the next runnable job (queued and due, or running with an expired lease) for owner, except
// jobs of paused agents. Jobs whose payload names a "lane" run one at a time per lane, in order.
// A job claimed more than maxClaims times without finishing is marked dead instead.
// waitingKinds: kinds to leave in the queue for now (publish jobs while offline: the outbox).
std::optional<Job> claim(const QSqlDatabase& db, const QString& owner, qint64 now, qint64 leaseMs, int maxClaims = 50,
    const QStringList& waitingKinds = {});
bool renew(const QSqlDatabase& db, qint64 id, const QString& owner, qint64 now, qint64 leaseMs);
// False when owner no longer holds the lease (the caller must roll back its effects).
bool complete(const QSqlDatabase& db, qint64 id, const QString& owner, const QJsonObject& result, qint64 now);

enum class FailOutcome
{
    Retrying, // queued again after the backoff
    Dead,     // out of attempts, or not retryable
    LostLease
};
// Records a failed attempt with its reason. retryable=false (a refused budget, bad credentials)
// ends the job at once; otherwise it runs again after backoffMs until maxAttempts.
FailOutcome fail(const QSqlDatabase& db, qint64 id, const QString& owner, const QString& reason, bool retryable,
    qint64 backoffMs, qint64 now);
// A failure that heals by itself (the provider's 5xx, overload, timeouts, an open circuit): the job
// waits delayMs without spending an attempt. Waiting began at the first such failure in a row; once
// it has lasted longer than giveUpAfterMs the job is dead instead (the reason says so). Retrying
// while waiting, Dead when given up, LostLease when owner no longer holds it.
FailOutcome wait(const QSqlDatabase& db, qint64 id, const QString& owner, const QString& reason, qint64 delayMs,
    qint64 giveUpAfterMs, qint64 now);
// Gives a job back without counting an attempt (pause, emergency stop, shutdown).
bool release(const QSqlDatabase& db, qint64 id, const QString& owner, qint64 now);
// A dead job queued again as if new: attempts, claims and any provider wait start from nothing (a
// person asked for it to run again). Its last error stays until it runs. False when it is not dead.
bool revive(const QSqlDatabase& db, qint64 id, qint64 now);
int cancelFor(const QSqlDatabase& db, JobKind kind, qint64 subjectId, qint64 now);

// Jobs left running by a process of this machine that no longer exists go back to the queue at
// once instead of waiting for their leases. isAlive(pid) decides; owners are "host:pid:worker".
int recoverOrphans(
    const QSqlDatabase& db, const QString& host, const std::function<bool(qint64 pid)>& isAlive, qint64 now);
QString ownerName(const QString& host, qint64 pid, const QString& worker);

// The earliest time a queued job becomes due or a lease expires, or -1 when nothing is pending.
qint64 nextWakeAt(const QSqlDatabase& db);
struct Counts
{
    int queued = 0;
    int running = 0;
    int done = 0;
    int dead = 0;
    int pending() const { return queued + running; }
};
Counts counts(const QSqlDatabase& db, const QString& kindPrefix = {});
bool hasActiveJob(const QSqlDatabase& db, JobKind kind, qint64 subjectId);

// Backoff before a failed job runs again: exponential from baseMs, capped, with full jitter.
qint64 backoffMs(int attempt, double random01, qint64 baseMs = 15'000, qint64 capMs = 600'000);

} // namespace JobQueue
