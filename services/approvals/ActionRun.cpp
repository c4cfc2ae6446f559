#include "ActionRun.h"

#include "ActionExecutor.h"
#include "AuditLog.h"
#include "core/Clock.h"
#include "core/Json.h"
#include "core/Log.h"
#include "storage/Sql.h"

using namespace Qt::StringLiterals;

ActionRun::ActionRun(
    const QSqlDatabase& db, const Clock* clock, const QString& owner, const JobQueue::Job& job, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_owner(owner)
    , m_job(job)
{ }

void ActionRun::start(std::function<void(Outcome, const QString&)> onFinished)
{
    const qint64 now = m_clock->nowMs();
    Outcome outcome = Outcome::Done;
    QString summary;
    try {
        Transaction tx(m_db, Transaction::Durable);
        const auto p = ApprovalDesk::load(m_db, m_job.subjectId);
        if (!p || (p->status != u"approved" && p->status != u"auto_approved")) {
            // Withdrawn or gone since it was queued: nothing to run.
            if (!JobQueue::complete(m_db, m_job.id, m_owner, QJsonObject{{u"skipped"_s, true}}, now))
                outcome = Outcome::LostLease;
            else
                tx.commit();
        } else {
            const ActionExecutor::Result r = ActionExecutor::execute(m_db, *p, now);
            if (r.ok) {
                Sql::exec(m_db,
                    u"UPDATE action_proposals SET executed_parameters = ?, execution_state = 'done', execution_error = "
                    u"'', "
                    u"updated_at = ? WHERE id = ?"_s,
                    {Json::compact(r.executed), now, p->id});
                AuditLog::append(m_db, now, p->agent, u"proposal.executed"_s, u"proposal:%1"_s.arg(p->id),
                    QJsonObject{{u"agent"_s, p->agent}, {u"action_type"_s, p->actionType}, {u"title"_s, p->title},
                        {u"risk_level"_s, p->riskLevel}, {u"parameters"_s, r.executed}});
                if (!JobQueue::complete(m_db, m_job.id, m_owner, r.executed, now))
                    outcome = Outcome::LostLease; // rolled back: the new owner runs it
                else
                    tx.commit();
            } else {
                summary = r.error;
                const auto fail = JobQueue::fail(
                    m_db, m_job.id, m_owner, r.error, r.retryable, JobQueue::backoffMs(m_job.attempts + 1, 0.5), now);
                if (fail == JobQueue::FailOutcome::LostLease) {
                    outcome = Outcome::LostLease;
                } else {
                    const bool dead = fail == JobQueue::FailOutcome::Dead;
                    Sql::exec(m_db,
                        u"UPDATE action_proposals SET execution_state = ?, execution_error = ?, updated_at = ? WHERE id = ?"_s,
                        {dead ? u"failed"_s : u"retrying"_s, r.error, now, p->id});
                    if (dead)
                        AuditLog::append(m_db, now, p->agent, u"proposal.failed"_s, u"proposal:%1"_s.arg(p->id),
                            QJsonObject{{u"agent"_s, p->agent}, {u"action_type"_s, p->actionType},
                                {u"title"_s, p->title}, {u"note"_s, r.error}});
                    outcome = dead ? Outcome::Dead : Outcome::Retrying;
                    tx.commit();
                }
            }
        }
    } catch (const SqlError& e) {
        qCWarning(lcApprovals) << "running proposal" << m_job.subjectId << "failed:" << e.message();
        outcome = Outcome::LostLease; // the lease runs out and the job runs again
        summary = e.message();
    }
    onFinished(outcome, summary);
}
