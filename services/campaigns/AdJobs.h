#pragma once

#include "jobs/JobHandler.h"
#include "jobs/JobQueue.h"

#include "publishing/Connections.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>

struct ApiError;
class MetaAdsClient;

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

// What a claimed job that carries a proposal out on Meta shares (AdWriteRun, AdLaunchRun): given back
// untouched when the pool stops, the ad account's client opened (a removed connection or a missing
// token fails it at once), then run(); a failed attempt recorded on the job and the proposal; finished
// once.
class AdJobRun : public QObject
{
    Q_OBJECT
public:
    AdJobRun(JobContext& ctx, const JobQueue::Job& job, QObject* parent = nullptr);
    void start(std::function<void(JobOutcome, const QString&)> onFinished);

protected:
    virtual void run() = 0;
    // AdJobs::fail for this job and its proposal; `details` go to the audit entry of a dead one.
    void fail(const QString& message, bool retryable, qint64 retryAfterMs = 0, const QJsonObject& details = {});
    void finish(JobOutcome outcome, const QString& summary);
    bool finished() const { return m_finished; }

    JobContext& m_ctx;
    JobQueue::Job m_job;
    Connections::Connection m_connection;
    MetaAdsClient* m_client = nullptr;
    qint64 m_proposal = 0;

private:
    std::function<void(JobOutcome, const QString&)> m_onFinished;
    bool m_finished = false;
};
