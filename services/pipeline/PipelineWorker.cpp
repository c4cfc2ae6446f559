#include "PipelineWorker.h"

#include "approvals/ActionRun.h"
#include "core/Clock.h"
#include "core/EventBus.h"
#include "core/Log.h"
#include "llm/ApiRuntime.h"
#include "llm/LlmClient.h"
#include "publishing/PublishRun.h"
#include "resilience/ApiCaller.h"
#include "storage/Connection.h"
#include "storage/Sql.h"

using namespace Qt::StringLiterals;

PipelineWorker::PipelineWorker(const Config& config)
    : m_config(config)
    , m_rng(config.seed)
{
    setObjectName(config.name);
}

PipelineWorker::~PipelineWorker()
{
    qDeleteAll(m_runs);
    m_runs.clear();
}

void PipelineWorker::start()
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
    m_llm = new LlmClient(m_caller, m_config.runtime, this);
    m_llm->setCallLog(m_connection->db());
    m_llm->setRetryPolicy(m_config.retry);
    qCInfo(lcPipeline) << m_config.name << "started";
    emit started(true, {});
    wake();
}

bool PipelineWorker::stopRequested() const
{
    return m_shuttingDown
        || (m_config.control && m_config.control->load() != static_cast<int>(PipelineControl::State::Running));
}

void PipelineWorker::wake()
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
            const bool offline = (m_config.offline && m_config.offline->load())
                || (m_config.publishHeld && m_config.publishHeld->load());
            job = JobQueue::claim(db, m_config.owner, m_config.clock->nowMs(), m_config.pool.leaseMs,
                m_config.pool.maxClaims, offline ? u"publish"_s : QString());
        } catch (const SqlError& e) {
            // Busy for longer than the busy timeout: the next poll tries again.
            qCWarning(lcPipeline) << m_config.name << "cannot claim a job:" << e.message();
            return;
        }
        if (!job)
            break;
        runJob(*job);
    }
}

void PipelineWorker::runExecution(const JobQueue::Job& job)
{
    // Claimed just as an emergency stop came: give it back untouched.
    if (stopRequested()) {
        try {
            JobQueue::release(m_connection->db(), job.id, m_config.owner, m_config.clock->nowMs());
        } catch (const SqlError& e) {
            qCWarning(lcPipeline) << m_config.name << "cannot release job" << job.id << e.message();
        }
        emit jobFinished(job.id, job.kind, 0, static_cast<int>(ProductRun::Outcome::Released), {});
        return;
    }
    // Approved proposals run in one durable transaction each: nothing to wait for, no lease to renew.
    ActionRun run(m_connection->db(), m_config.clock, m_config.owner, job);
    qCDebug(lcPipeline) << m_config.name << "executes proposal" << job.subjectId;
    ProductRun::Outcome outcome = ProductRun::Outcome::Done;
    QString summary;
    run.start([&](ActionRun::Outcome o, const QString& s) {
        summary = s;
        switch (o) {
        case ActionRun::Outcome::Done:
            outcome = ProductRun::Outcome::Done;
            break;
        case ActionRun::Outcome::Retrying:
            outcome = ProductRun::Outcome::Retrying;
            break;
        case ActionRun::Outcome::Dead:
            outcome = ProductRun::Outcome::Dead;
            break;
        case ActionRun::Outcome::LostLease:
            outcome = ProductRun::Outcome::LostLease;
            break;
        }
    });
    if (m_config.bus) {
        m_config.bus->publishChanged(EventBus::Topic::Jobs, {job.id});
        m_config.bus->publishChanged(EventBus::Topic::Proposals, {job.subjectId});
        m_config.bus->publishChanged(EventBus::Topic::Audit, {}, true);
    }
    emit jobFinished(job.id, job.kind, 0, static_cast<int>(outcome), summary);
}

void PipelineWorker::runJob(const JobQueue::Job& job)
{
    if (job.kind == u"execute") {
        runExecution(job);
        return;
    }
    if (job.kind == u"publish") {
        runPublish(job);
        return;
    }
    ProductRun::Env env;
    env.db = m_connection->db();
    env.llm = m_llm;
    env.clock = m_config.clock;
    env.owner = m_config.owner;
    env.stopRequested = [this] { return stopRequested(); };
    env.retryBaseMs = m_config.pool.retryBaseMs;
    env.random01 = m_rng.generateDouble();
    auto* run = new ProductRun(env, job, this);
    track(job.id, run);
    qCDebug(lcPipeline) << m_config.name << "runs job" << job.id << job.kind << job.idempotencyKey;
    run->start(
        [this](qint64 productId) {
            if (m_config.bus)
                m_config.bus->publishChanged(EventBus::Topic::Products, {productId});
        },
        [this, run, jobId = job.id, kind = job.kind](ProductRun::Outcome outcome, const QString& summary) {
            finished(jobId, run, kind, run->productId(), static_cast<int>(outcome), summary);
            if (m_config.bus && !summary.isEmpty())
                m_config.bus->publishChanged(EventBus::Topic::Proposals, {}, true);
        });
}

void PipelineWorker::runPublish(const JobQueue::Job& job)
{
    PublishRun::Env env;
    env.db = m_connection->db();
    env.caller = m_caller;
    env.runtime = m_config.runtime;
    env.clock = m_config.clock;
    env.owner = m_config.owner;
    env.workspaceRoot = m_config.workspaceRoot;
    env.retryBaseMs = m_config.pool.retryBaseMs;
    env.stopRequested = [this] { return stopRequested(); };
    auto* run = new PublishRun(env, job, this);
    track(job.id, run);
    qCDebug(lcPipeline) << m_config.name << "publishes" << job.id << job.idempotencyKey;
    run->start([this, run, jobId = job.id, kind = job.kind](PublishRun::Outcome outcome, const QString& summary) {
        finished(jobId, run, kind, run->productId(), static_cast<int>(outcome), summary);
        if (m_config.bus) {
            m_config.bus->publishChanged(EventBus::Topic::Publications, {}, true);
            m_config.bus->publishChanged(EventBus::Topic::Products, {run->productId()});
            m_config.bus->publishChanged(EventBus::Topic::Audit, {}, true);
        }
    });
}

void PipelineWorker::track(qint64 jobId, QObject* run)
{
    m_runs.insert(jobId, run);
    m_runningJobs.store(static_cast<int>(m_runs.size()));
    emit activity(static_cast<int>(m_runs.size()));
    scheduleRenewal();
}

void PipelineWorker::finished(
    qint64 jobId, QObject* run, const QString& kind, qint64 productId, int outcome, const QString& summary)
{
    m_runs.remove(jobId);
    run->deleteLater();
    m_runningJobs.store(static_cast<int>(m_runs.size()));
    emit activity(static_cast<int>(m_runs.size()));
    if (m_config.bus)
        m_config.bus->publishChanged(EventBus::Topic::Jobs, {jobId});
    emit jobFinished(jobId, kind, productId, outcome, summary);
    // A slot came free: take the next job, unless stopping.
    QMetaObject::invokeMethod(this, &PipelineWorker::wake, Qt::QueuedConnection);
}

void PipelineWorker::schedulePoll()
{
    if (m_pollScheduled)
        return;
    m_pollScheduled = true;
    m_config.clock->callAfter(m_config.pool.pollMs, this, [this] {
        m_pollScheduled = false;
        wake();
    });
}

void PipelineWorker::scheduleRenewal()
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

void PipelineWorker::renewLeases()
{
    if (!m_connection)
        return;
    const qint64 now = m_config.clock->nowMs();
    for (auto it = m_runs.begin(); it != m_runs.end(); ++it) {
        try {
            if (!JobQueue::renew(m_connection->db(), it.key(), m_config.owner, now, m_config.pool.leaseMs))
                qCWarning(lcPipeline) << m_config.name << "lost the lease of job" << it.key();
        } catch (const SqlError& e) {
            qCWarning(lcPipeline) << m_config.name << "cannot renew a lease:" << e.message();
        }
    }
}

void PipelineWorker::shutdown()
{
    m_shuttingDown = true;
    if (m_connection) {
        const qint64 now = m_config.clock->nowMs();
        for (auto it = m_runs.begin(); it != m_runs.end(); ++it) {
            try {
                JobQueue::release(m_connection->db(), it.key(), m_config.owner, now);
            } catch (const SqlError& e) {
                qCWarning(lcPipeline) << m_config.name << "cannot release job" << it.key() << e.message();
            }
        }
    }
    qDeleteAll(m_runs);
    m_runs.clear();
    m_runningJobs.store(0);
    delete m_llm;
    m_llm = nullptr;
    delete m_caller;
    m_caller = nullptr;
    delete m_http;
    m_http = nullptr;
    m_connection.reset();
    qCInfo(lcPipeline) << m_config.name << "stopped";
    emit stopped();
}
