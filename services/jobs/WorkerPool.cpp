#include "WorkerPool.h"

#include "JobQueue.h"
#include "JobRegistry.h"
#include "JobWorker.h"
#include "core/Clock.h"
#include "core/Log.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QThread>

#include <cerrno>
#include <csignal>

using namespace Qt::StringLiterals;

WorkerPool::WorkerPool(const Config& config, QObject* parent)
    : QObject(parent)
    , m_config(config)
    , m_control(std::make_shared<std::atomic<int>>(static_cast<int>(RunControl::State::Running)))
{
    if (m_config.host.isEmpty())
        m_config.host = hostName();
    if (m_config.pid == 0)
        m_config.pid = QCoreApplication::applicationPid();
    Q_ASSERT_X(m_config.registry, "WorkerPool", "a pool needs the job registry (Domains::create)");
}

WorkerPool::~WorkerPool()
{
    stop();
}

QString WorkerPool::hostName()
{
    const QString h = QHostInfo::localHostName();
    return h.isEmpty() ? u"localhost"_s : h;
}

bool WorkerPool::processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    // Signal 0 checks existence; EPERM means it exists but belongs to someone else.
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

void WorkerPool::start(const QSqlDatabase& db)
{
    if (isStarted())
        return;
    const PoolSettings pool = PoolSettings::load(db);
    m_control->store(static_cast<int>(RunControl::state(db)));
    try {
        const int recovered
            = JobQueue::recoverOrphans(db, m_config.host, &WorkerPool::processAlive, m_config.clock->nowMs());
        if (recovered > 0)
            qCInfo(lcJobs) << "put" << recovered << "job(s) of a stopped Quorum back in the queue";
    } catch (const SqlError& e) {
        qCWarning(lcJobs) << "cannot recover orphaned jobs:" << e.message();
    }
    for (int i = 0; i < pool.workers; ++i) {
        JobWorker::Config c;
        c.databasePath = m_config.databasePath;
        c.name = u"worker-%1"_s.arg(i + 1);
        c.owner = JobQueue::ownerName(m_config.host, m_config.pid, c.name);
        c.pool = pool;
        c.clock = m_config.clock;
        c.runtime = m_config.runtime;
        c.bus = m_config.bus;
        c.control = m_control;
        c.unmetNeeds = m_unmetNeeds;
        c.registry = m_config.registry;
        c.workspaceRoot = m_config.workspaceRoot;
        c.http = m_config.http;
        c.retry = m_config.retry;
        c.seed = static_cast<quint32>(m_config.pid * 31 + i);
        auto* thread = new QThread(this);
        thread->setObjectName(c.name);
        auto* worker = new JobWorker(c);
        worker->moveToThread(thread);
        connect(thread, &QThread::finished, worker, &QObject::deleteLater);
        connect(worker, &JobWorker::started, this, [this](bool ok, const QString& error) {
            if (!ok)
                emit workerFailed(error);
        });
        connect(worker, &JobWorker::activity, this, [this] { emit activityChanged(runningJobs()); });
        connect(worker, &JobWorker::jobFinished, this, &WorkerPool::jobFinished);
        thread->start();
        QMetaObject::invokeMethod(worker, &JobWorker::start, Qt::QueuedConnection);
        m_threads.append(thread);
        m_workers.append(worker);
    }
    qCInfo(lcJobs) << "worker pool started with" << pool.workers << "worker(s)," << pool.jobsPerWorker
                   << "job(s) each; state" << RunControl::stateKey(state());
}

void WorkerPool::stop()
{
    // Blocking on the workers' threads here is deliberate and short: each releases its jobs and
    // closes its connection, then its thread ends. No event loop runs meanwhile.
    for (int i = 0; i < m_workers.size(); ++i) {
        QThread* thread = m_threads.at(i);
        if (thread->isRunning())
            QMetaObject::invokeMethod(m_workers.at(i), &JobWorker::shutdown, Qt::BlockingQueuedConnection);
        thread->quit();
        thread->wait();
        delete thread;
    }
    m_threads.clear();
    m_workers.clear();
}

void WorkerPool::wake()
{
    for (JobWorker* w : std::as_const(m_workers))
        QMetaObject::invokeMethod(w, &JobWorker::wake, Qt::QueuedConnection);
}

RunControl::State WorkerPool::state() const
{
    return static_cast<RunControl::State>(m_control->load());
}

void WorkerPool::setState(const QSqlDatabase& db, RunControl::State s, const QString& actor)
{
    RunControl::setState(db, s, actor, m_config.clock->nowMs());
    m_control->store(static_cast<int>(s));
    qCInfo(lcJobs) << "work" << RunControl::stateKey(s) << "by" << actor;
    emit stateChanged(s);
    if (s == RunControl::State::Running)
        wake();
}

int WorkerPool::runningJobs() const
{
    int n = 0;
    for (const JobWorker* w : m_workers)
        n += w->runningJobs();
    return n;
}

void WorkerPool::setNeedMet(int need, bool met)
{
    const int before = met ? m_unmetNeeds->fetch_and(~need) : m_unmetNeeds->fetch_or(need);
    if (met && (before & need))
        wake();
}

void WorkerPool::setOffline(bool offline)
{
    if (isOffline() == offline)
        return;
    qCInfo(lcJobs) << (offline ? "offline: publishing waits in the outbox" : "online: the outbox drains");
    setNeedMet(JobRegistry::Network, !offline);
    emit offlineChanged(offline);
}

bool WorkerPool::isOffline() const
{
    return (m_unmetNeeds->load() & JobRegistry::Network) != 0;
}

void WorkerPool::setSecretsLoading(bool loading)
{
    setNeedMet(JobRegistry::Secrets, !loading);
}
