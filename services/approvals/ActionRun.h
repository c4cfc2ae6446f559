#pragma once

#include "pipeline/JobQueue.h"

#include <QObject>
#include <QSqlDatabase>

#include <functional>

class Clock;

// One claimed "execute" job: runs an approved proposal (ActionExecutor) and completes the job in the
// same transaction, fenced by the lease, so its effect happens exactly once. A failure is recorded
// on the proposal (execution_state failed, with the reason) and, when worth it, retried by the queue.
class ActionRun final : public QObject
{
    Q_OBJECT
public:
    enum class Outcome
    {
        Done,
        Retrying,
        Dead,
        LostLease
    };
    ActionRun(const QSqlDatabase& db, const Clock* clock, const QString& owner, const JobQueue::Job& job,
        QObject* parent = nullptr);
    void start(std::function<void(Outcome, const QString&)> onFinished);
    qint64 proposalId() const { return m_job.subjectId; }

private:
    QSqlDatabase m_db;
    const Clock* m_clock;
    QString m_owner;
    JobQueue::Job m_job;
};
