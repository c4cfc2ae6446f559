#pragma once

#include "jobs/JobHandler.h"
#include "jobs/JobQueue.h"

#include <QJsonObject>
#include <QString>

struct ApiError;
namespace Connections
{
struct Connection;
}

// What the jobs that carry an approved proposal out on Meta share (AdWriteRun, AdLaunchRun): Meta's
// errors in words, which are worth retrying, and a failed attempt recorded on the job and on the
// proposal.
namespace AdJobs
{

// What Meta said.
QString said(const ApiError& e);
// Meta refused the token (where to enter a new one), or `otherwise`.
QString explain(const ApiError& e, const Connections::Connection& connection, const QString& otherwise);
// Rate limits, transient errors and answers that never came are retried; the next attempt reads first.
bool retryable(const ApiError& e);

// Gives the job back untouched when the pool stops; true when it did.
bool releaseIfStopping(JobContext& ctx, const JobQueue::Job& job);

// One failed attempt: the job waits for its retry (or is dead), and the proposal shows which with the
// message; a dead one is in the audit log with `details`.
JobOutcome fail(JobContext& ctx, const JobQueue::Job& job, qint64 proposal, const QString& message, bool retryable,
    qint64 retryAfterMs, const QJsonObject& details);

// The proposal's executed parameters with `values` merged in (inside the caller's transaction).
void record(const QSqlDatabase& db, qint64 proposal, const QJsonObject& values, qint64 now);

} // namespace AdJobs
