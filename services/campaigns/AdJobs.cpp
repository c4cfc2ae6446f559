#include "AdJobs.h"

#include "AdProposals.h"
#include "AdSync.h"
#include "audit/AuditLog.h"
#include "core/Clock.h"
#include "core/EventBus.h"
#include "core/Json.h"
#include "core/Log.h"
#include "publishing/Connections.h"
#include "resilience/ApiError.h"
#include "storage/Sql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace AdJobs
{

QString said(const ApiError& e)
{
    QString message = e.message.isEmpty() ? e.toString() : e.message;
    while (message.endsWith(u'.'))
        message.chop(1);
    return message;
}

QString explain(const ApiError& e, const Connections::Connection& connection, const QString& otherwise)
{
    if (e.cls == ErrorClass::Auth)
        return QCoreApplication::translate("AdSyncRun",
            "Meta refused the access token of %1 (it expired or was revoked): %2. Enter a new token in Settings → "
            "Connections.")
            .arg(connection.name, said(e));
    return otherwise;
}

bool retryable(const ApiError& e)
{
    return e.cls == ErrorClass::RateLimited || e.cls == ErrorClass::Transient || e.cls == ErrorClass::Timeout
        || e.cls == ErrorClass::Unreachable || e.cls == ErrorClass::Overloaded || e.cls == ErrorClass::CircuitOpen;
}

bool releaseIfStopping(JobContext& ctx, const JobQueue::Job& job)
{
    if (!ctx.stopRequested())
        return false;
    try {
        JobQueue::release(ctx.db(), job.id, ctx.owner(), ctx.clock()->nowMs());
    } catch (const SqlError& e) {
        qCWarning(lcPipeline) << "cannot give back ad job" << job.id << ":" << e.message();
    }
    return true;
}

JobOutcome fail(JobContext& ctx, const JobQueue::Job& job, qint64 proposal, const QString& message, bool retryable,
    qint64 retryAfterMs, const QJsonObject& details)
{
    const QSqlDatabase db = ctx.db();
    const qint64 now = ctx.clock()->nowMs();
    try {
        Transaction tx(db);
        const qint64 backoff = std::max(retryAfterMs, JobQueue::backoffMs(job.attempts + 1, 0.5, ctx.retryBaseMs()));
        const auto outcome = JobQueue::fail(db, job.id, ctx.owner(), message, retryable, backoff, now);
        if (outcome == JobQueue::FailOutcome::LostLease)
            return JobOutcome::LostLease;
        const bool dead = outcome == JobQueue::FailOutcome::Dead;
        if (proposal > 0) {
            Sql::exec(db,
                u"UPDATE action_proposals SET execution_state = ?, execution_error = ?, updated_at = ? WHERE id = ?"_s,
                {dead ? u"failed"_s : u"retrying"_s, message, now, proposal});
            if (dead) {
                QJsonObject audit = details;
                audit.insert(u"note"_s, message);
                AuditLog::append(
                    db, now, QString(AdProposals::Agent), u"proposal.failed"_s, u"proposal:%1"_s.arg(proposal), audit);
            }
        }
        tx.commit();
        qCWarning(lcPipeline) << job.kind << job.id << "failed:" << message;
        if (ctx.bus())
            ctx.bus()->publishChanged(EventBus::Topic::Proposals, {proposal}, false);
        return dead ? JobOutcome::Dead : JobOutcome::Retrying;
    } catch (const SqlError&) {
        return JobOutcome::LostLease;
    }
}

void record(const QSqlDatabase& db, qint64 proposal, const QJsonObject& values, qint64 now)
{
    QJsonObject executed = Json::objectFromString(
        Sql::scalar(db, u"SELECT executed_parameters FROM action_proposals WHERE id = ?"_s, {proposal}).toString());
    for (auto it = values.begin(); it != values.end(); ++it)
        executed.insert(it.key(), it.value());
    Sql::exec(db, u"UPDATE action_proposals SET executed_parameters = ?, updated_at = ? WHERE id = ?"_s,
        {Json::compact(executed), now, proposal});
}

} // namespace AdJobs

AdJobRun::AdJobRun(JobContext& ctx, const JobQueue::Job& job, QObject* parent)
    : QObject(parent)
    , m_ctx(ctx)
    , m_job(job)
    , m_proposal(job.payload.value(u"proposal"_s).toInteger())
{ }

void AdJobRun::start(std::function<void(JobOutcome, const QString&)> onFinished)
{
    m_onFinished = std::move(onFinished);
    if (AdJobs::releaseIfStopping(m_ctx, m_job)) {
        finish(JobOutcome::Released, {});
        return;
    }
    QString why;
    try {
        m_client = AdSync::client(m_ctx, m_job.subjectId, this, &m_connection, &why);
    } catch (const SqlError& e) {
        fail(e.message(), true);
        return;
    }
    if (!m_client) {
        fail(why, false);
        return;
    }
    run();
}

void AdJobRun::fail(const QString& message, bool retryable, qint64 retryAfterMs, const QJsonObject& details)
{
    finish(AdJobs::fail(m_ctx, m_job, m_proposal, message, retryable, retryAfterMs, details), message);
}

void AdJobRun::finish(JobOutcome outcome, const QString& summary)
{
    if (m_finished)
        return;
    m_finished = true;
    m_onFinished(outcome, summary);
}
