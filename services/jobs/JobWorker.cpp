#include "JobWorker.h"

#include "JobRegistry.h"
#include "core/Clock.h"
#include "core/EventBus.h"
#include "core/Log.h"
#include "resilience/ApiCaller.h"
#include "storage/Connection.h"
#include "storage/Sql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

JobWorker::JobWorker(const Config& config)
    : m_config(config)
    , m_rng(config.seed)
{
    setObjectName(config.name);
}

JobWorker::~JobWorker()
{
    qDeleteAll(m_runs);
    m_runs.clear();
}

QSqlDatabase JobWorker::db() const
{
    return m_connection->db();
}

void JobWorker::start()
{
    m_connection = std::make_unique<Connection>(m_config.databasePath, m_config.name);
    if (!m_connection->isOpen()) {
        const QString error = m_connection->errorString();
        m_connection.reset();
        emit started(false, error);
        return;
    }
    m_http = new HttpClient(m_config.http, this);
    m_caller = new ApiCaller(m_http, m_config.clock, this);
    m_caller->setSeed(m_config.seed);
    qCInfo(lcJobs) << m_config.name << "started";
    emit started(true, {});
    wake();
}

bool JobWorker::stopRequested() const
{
    return m_shuttingDown
        || (m_config.control && m_config.control->load() != static_cast<int>(RunControl::State::Running));
}

QStringList JobWorker::waitingKinds() const
{
    const int unmet = m_config.unmetNeeds ? m_config.unmetNeeds->load() : 0;
    if (unmet == 0)
        return {};
    return m_config.registry->kindsNeeding(JobRegistry::Needs::fromInt(unmet));
}

void JobWorker::wake()
{
    if (!m_connection || m_shuttingDown)
        return;
    schedulePoll();
    if (stopRequested())
        return;
    const QSqlDatabase db = m_connection->db();
    // The stop flag is read before every claim: a stop that arrives while this loop runs would
    // otherwise make each claimed job give itself back at once, and the loop claim it again.
    while (m_runs.size() < m_config.pool.jobsPerWorker && !stopRequested()) {
        std::optional<JobQueue::Job> job;
        try {
            job = JobQueue::claim(db, m_config.owner, m_config.clock->nowMs(), m_config.pool.leaseMs,
                m_config.pool.maxClaims, waitingKinds());
        } catch (const SqlError& e) {
            // Busy for longer than the busy timeout: the next poll tries again.
            qCWarning(lcJobs) << m_config.name << "cannot claim a job:" << e.message();
            return;
        }
        if (!job)
            break;
        runJob(*job);
    }
}

void JobWorker::runJob(const JobQueue::Job& job)
{
    // Claimed just as an emergency stop or a pause came: give it back untouched.
    if (stopRequested()) {
        giveBack(job);
        return;
    }
    const JobHandler* handler = m_config.registry ? m_config.registry->handler(job.kind) : nullptr;
    if (!handler) {
        failUnknown(job);
        return;
    }
    qCDebug(lcJobs) << m_config.name << "runs job" << job.id << job.kind << job.idempotencyKey;
    m_runs.insert(job.id, nullptr);
    m_runningJobs.store(static_cast<int>(m_runs.size()));
    emit activity(static_cast<int>(m_runs.size()));
    scheduleRenewal();
    auto ended = std::make_shared<bool>(false);
    QObject* run = handler->start(*this, job, [this, job, ended](JobOutcome outcome, const QString& summary) {
        *ended = true;
        finished(job, outcome, summary);
    });
    if (*ended) {
        delete run; // finished synchronously
        return;
    }
    if (run)
        m_runs.insert(job.id, run);
}

void JobWorker::giveBack(const JobQueue::Job& job)
{
    try {
        JobQueue::release(m_connection->db(), job.id, m_config.owner, m_config.clock->nowMs());
    } catch (const SqlError& e) {
        qCWarning(lcJobs) << m_config.name << "cannot release job" << job.id << e.message();
    }
    emit jobFinished(job.id, job.kind, job.subjectId, static_cast<int>(JobOutcome::Released), {});
}

void JobWorker::failUnknown(const JobQueue::Job& job)
{
    // A job written by a newer Quorum, or by a kind that was removed: say so on the job, do not spin.
    const QString reason
        = QCoreApplication::translate("JobWorker", "This version of Quorum cannot run “%1” jobs.").arg(job.kind);
    qCWarning(lcJobs) << m_config.name << "job" << job.id << "has an unknown kind" << job.kind;
    try {
        JobQueue::fail(m_connection->db(), job.id, m_config.owner, reason, false, 0, m_config.clock->nowMs());
    } catch (const SqlError& e) {
        qCWarning(lcJobs) << m_config.name << "cannot mark job" << job.id << "dead:" << e.message();
    }
    emit jobFinished(job.id, job.kind, job.subjectId, static_cast<int>(JobOutcome::Dead), reason);
}

void JobWorker::finished(const JobQueue::Job& job, JobOutcome outcome, const QString& summary)
{
    QObject* run = m_runs.take(job.id);
    if (run)
        run->deleteLater();
    m_runningJobs.store(static_cast<int>(m_runs.size()));
    emit activity(static_cast<int>(m_runs.size()));
    if (m_config.bus)
        m_config.bus->publishChanged(EventBus::Topic::Jobs, {job.id});
    emit jobFinished(job.id, job.kind, job.subjectId, static_cast<int>(outcome), summary);
    // A slot came free: take the next job, unless stopping.
    QMetaObject::invokeMethod(this, &JobWorker::wake, Qt::QueuedConnection);
}

void JobWorker::schedulePoll()
{
    if (m_pollScheduled)
        return;
    m_pollScheduled = true;
    m_config.clock->callAfter(m_config.pool.pollMs, this, [this] {
        m_pollScheduled = false;
        wake();
    });
}

void JobWorker::scheduleRenewal()
{
    if (m_renewalScheduled || m_runs.isEmpty())
        return;
    m_renewalScheduled = true;
    m_config.clock->callAfter(m_config.pool.leaseMs / 3, this, [this] {
        m_renewalScheduled = false;
        renewLeases();
        scheduleRenewal();
    });
}

void JobWorker::renewLeases()
{
    if (!m_connection)
        return;
    const qint64 now = m_config.clock->nowMs();
    for (auto it = m_runs.begin(); it != m_runs.end(); ++it) {
        try {
            if (!JobQueue::renew(m_connection->db(), it.key(), m_config.owner, now, m_config.pool.leaseMs))
                qCWarning(lcJobs) << m_config.name << "lost the lease of job" << it.key();
        } catch (const SqlError& e) {
            qCWarning(lcJobs) << m_config.name << "cannot renew a lease:" << e.message();
        }
    }
}

void JobWorker::shutdown()
{
    m_shuttingDown = true;
    if (m_connection) {
        const qint64 now = m_config.clock->nowMs();
        for (auto it = m_runs.begin(); it != m_runs.end(); ++it) {
            try {
                JobQueue::release(m_connection->db(), it.key(), m_config.owner, now);
            } catch (const SqlError& e) {
                qCWarning(lcJobs) << m_config.name << "cannot release job" << it.key() << e.message();
            }
        }
    }
    qDeleteAll(m_runs);
    m_runs.clear();
    m_runningJobs.store(0);
    for (auto& [type, resource] : m_resources)
        delete resource;
    m_resources.clear();
    delete m_caller;
    m_caller = nullptr;
    delete m_http;
    m_http = nullptr;
    m_connection.reset();
    qCInfo(lcJobs) << m_config.name << "stopped";
    emit stopped();
}
