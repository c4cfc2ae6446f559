#pragma once

#include "jobs/JobHandler.h"
#include "jobs/JobQueue.h"

#include <QSqlDatabase>

class ActionEffects;
class Clock;

// One claimed "execute" job: carries out a decided proposal and completes the job in the same
// durable transaction, fenced by the lease, so its effect happens exactly once. An approved proposal
// runs its effect; a failure is recorded on the proposal (execution_state failed, with the reason)
// and, when worth it, retried by the queue. A rejected one runs what follows a rejection.
namespace ActionRun
{
std::pair<JobOutcome, QString> run(const QSqlDatabase& db, const Clock* clock, const QString& owner,
    const ActionEffects& effects, const JobQueue::Job& job);
} // namespace ActionRun
