#include "ActionRun.h"

#include "ActionEffects.h"
#include "ExternalProposals.h"
#include "audit/AuditLog.h"
#include "core/Clock.h"
#include "core/Json.h"
#include "core/Log.h"
#include "storage/Sql.h"

using namespace Qt::StringLiterals;

namespace ActionRun
{

namespace
{
QJsonObject auditOf(const ApprovalDesk::Proposal& p)
{
    QJsonObject d{{u"agent"_s, p.agent}, {u"action_type"_s, ActionTypes::key(p.actionType)}, {u"title"_s, p.title},
        {u"risk_level"_s, p.riskLevel}, {u"currency"_s, p.currency}};
    if (!p.modifiedBy.isEmpty())
        d.insert(u"modified_by"_s, p.modifiedBy);
    return d;
}

JobOutcome runApproved(const QSqlDatabase& db, const QString& owner, const ActionEffects& effects,
    const JobQueue::Job& job, const ApprovalDesk::Proposal& p, qint64 now, QString* summary, bool* commit)
{
    const ActionEffects::Result r = effects.run(db, p, now);
    if (r.ok) {
        Sql::exec(db,
            u"UPDATE action_proposals SET executed_parameters = ?, execution_state = ?, execution_error = '', "
            u"ran_at = ?, updated_at = ? WHERE id = ?"_s,
            {Json::compact(r.executed), r.handedOn ? u"running"_s : u"done"_s,
                r.handedOn ? QVariant(QMetaType::fromType<qint64>()) : QVariant(now), now, p.id});
        QJsonObject details = auditOf(p);
        details.insert(u"parameters"_s, r.executed);
        AuditLog::append(db, now, p.agent, u"proposal.executed"_s, u"proposal:%1"_s.arg(p.id), details);
        if (!JobQueue::complete(db, job.id, owner, r.executed, now))
            return JobOutcome::LostLease; // rolled back: the new owner runs it
        *commit = true;
        return JobOutcome::Done;
    }
    *summary = r.error;
    const auto fail
        = JobQueue::fail(db, job.id, owner, r.error, r.retryable, JobQueue::backoffMs(job.attempts + 1, 0.5), now);
    if (fail == JobQueue::FailOutcome::LostLease)
        return JobOutcome::LostLease;
    const bool dead = fail == JobQueue::FailOutcome::Dead;
    Sql::exec(db,
        u"UPDATE action_proposals SET execution_state = ?, execution_error = ?, updated_at = ? WHERE id = ?"_s,
        {dead ? u"failed"_s : u"retrying"_s, r.error, now, p.id});
    if (dead) {
        QJsonObject details = auditOf(p);
        details.insert(u"note"_s, r.error);
        AuditLog::append(db, now, p.agent, u"proposal.failed"_s, u"proposal:%1"_s.arg(p.id), details);
    }
    *commit = true;
    return dead ? JobOutcome::Dead : JobOutcome::Retrying;
}
} // namespace

std::pair<JobOutcome, QString> run(const QSqlDatabase& db, const Clock* clock, const QString& owner,
    const ActionEffects& effects, const JobQueue::Job& job)
{
    const qint64 now = clock->nowMs();
    JobOutcome outcome = JobOutcome::Done;
    QString summary;
    try {
        Transaction tx(db, Transaction::Durable);
        const auto p = ApprovalDesk::load(db, job.subjectId);
        const bool afterRejection = job.payload.value(u"decision"_s).toString() == u"rejected";
        bool commit = false;
        if (p && ExternalProposals::isExternal(db, p->id)) {
            // An external agent's proposal: the agent carries out what was decided. Its decision is due
            // now (after the undo window): it is told, once.
            const bool approved = p->status == u"approved" || p->status == u"auto_approved";
            if ((afterRejection && p->status == u"rejected") || (!afterRejection && approved))
                ExternalProposals::settle(db, *p, job.payload.value(u"reason"_s).toString(), now);
            if (!afterRejection && approved)
                Sql::exec(db,
                    u"UPDATE action_proposals SET executed_parameters = approved_parameters, execution_state = "
                    u"'agent', updated_at = ? WHERE id = ? AND execution_state = 'queued'"_s,
                    {now, p->id});
            commit = JobQueue::complete(db, job.id, owner, QJsonObject{{u"external"_s, true}}, now);
            outcome = commit ? JobOutcome::Done : JobOutcome::LostLease;
        } else if (p && afterRejection && p->status == u"rejected") {
            effects.rejected(
                db, *p, job.payload.value(u"reason"_s).toString(), job.payload.value(u"actor"_s).toString(), now);
            commit = JobQueue::complete(db, job.id, owner, QJsonObject{{u"after"_s, u"rejected"_s}}, now);
            outcome = commit ? JobOutcome::Done : JobOutcome::LostLease;
        } else if (p && !afterRejection && (p->status == u"approved" || p->status == u"auto_approved")) {
            outcome = runApproved(db, owner, effects, job, *p, now, &summary, &commit);
        } else {
            // Withdrawn or gone since it was queued: nothing to run.
            commit = JobQueue::complete(db, job.id, owner, QJsonObject{{u"skipped"_s, true}}, now);
            outcome = commit ? JobOutcome::Done : JobOutcome::LostLease;
        }
        if (commit)
            tx.commit();
    } catch (const SqlError& e) {
        qCWarning(lcApprovals) << "running proposal" << job.subjectId << "failed:" << e.message();
        outcome = JobOutcome::LostLease; // the lease runs out and the job runs again
        summary = e.message();
    }
    return {outcome, summary};
}

} // namespace ActionRun
