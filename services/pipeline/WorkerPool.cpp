#include "WorkerPool.h"

#include "JobQueue.h"
#include "PipelineWorker.h"
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
    , m_control(std::make_shared<std::atomic<int>>(static_cast<int>(PipelineControl::State::Running)))
{
    if (m_config.host.isEmpty())
        m_config.host = hostName();
    if (m_config.pid == 0)
        m_config.pid = QCoreApplication::applicationPid();
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
    m_control->store(static_cast<int>(PipelineControl::state(db)));
    try {
        const int recovered
            = JobQueue::recoverOrphans(db, m_config.host, &WorkerPool::processAlive, m_config.clock->nowMs());
        if (recovered > 0)
            qCInfo(lcPipeline) << "put" << recovered << "job(s) of a stopped Quorum back in the queue";
    } catch (const SqlError& e) {
        qCWarning(lcPipeline) << "cannot recover orphaned jobs:" << e.message();
    }
    for (int i = 0; i < pool.workers; ++i) {
        PipelineWorker::Config c;
        c.databasePath = m_config.databasePath;
        c.name = u"worker-%1"_s.arg(i + 1);
        c.owner = JobQueue::ownerName(m_config.host, m_config.pid, c.name);
        c.pool = pool;
        c.clock = m_config.clock;
        c.runtime = m_config.runtime;
        c.bus = m_config.bus;
        c.control = m_control;
        c.offline = m_offline;
        c.publishHeld = m_publishHeld;
        c.workspaceRoot = m_config.workspaceRoot;
        c.http = m_config.http;
        c.retry = m_config.retry;
        c.seed = static_cast<quint32>(m_config.pid * 31 + i);
        auto* thread = new QThread(this);
        thread->setObjectName(c.name);
        auto* worker = new PipelineWorker(c);
        worker->moveToThread(thread);
        connect(thread, &QThread::finished, worker, &QObject::deleteLater);
        connect(worker, &PipelineWorker::started, this, [this](bool ok, const QString& error) {
            if (!ok)
                emit workerFailed(error);
        });
        connect(worker, &PipelineWorker::activity, this, [this] { emit activityChanged(runningJobs()); });
        connect(worker, &PipelineWorker::jobFinished, this, &WorkerPool::jobFinished);
        thread->start();
        QMetaObject::invokeMethod(worker, &PipelineWorker::start, Qt::QueuedConnection);
        m_threads.append(thread);
        m_workers.append(worker);
    }
    qCInfo(lcPipeline) << "pipeline pool started with" << pool.workers << "worker(s)," << pool.jobsPerWorker
                       << "job(s) each; state" << PipelineControl::stateKey(state());
}

void WorkerPool::stop()
{
    // Blocking on the workers' threads here is deliberate and short: each releases its jobs and
    // closes its connection, then its thread ends. No event loop runs meanwhile.
    for (int i = 0; i < m_workers.size(); ++i) {
        QThread* thread = m_threads.at(i);
        if (thread->isRunning())
            QMetaObject::invokeMethod(m_workers.at(i), &PipelineWorker::shutdown, Qt::BlockingQueuedConnection);
        thread->quit();
        thread->wait();
        delete thread;
    }
    m_threads.clear();
    m_workers.clear();
}

void WorkerPool::wake()
{
    for (PipelineWorker* w : std::as_const(m_workers))
        QMetaObject::invokeMethod(w, &PipelineWorker::wake, Qt::QueuedConnection);
}

PipelineControl::State WorkerPool::state() const
{
    return static_cast<PipelineControl::State>(m_control->load());
}

void WorkerPool::setState(const QSqlDatabase& db, PipelineControl::State s, const QString& actor)
{
    PipelineControl::setState(db, s, actor, m_config.clock->nowMs());
    m_control->store(static_cast<int>(s));
    qCInfo(lcPipeline) << "pipeline" << PipelineControl::stateKey(s) << "by" << actor;
    emit stateChanged(s);
    if (s == PipelineControl::State::Running)
        wake();
}

int WorkerPool::runningJobs() const
{
    int n = 0;
    for (const PipelineWorker* w : m_workers)
        n += w->runningJobs();
    return n;
}

void WorkerPool::setOffline(bool offline)
{
    if (m_offline->exchange(offline) == offline)
        return;
    qCInfo(lcPipeline) << (offline ? "offline: publishing waits in the outbox" : "online: the outbox drains");
    emit offlineChanged(offline);
    if (!offline)
        wake();
}

bool WorkerPool::isOffline() const
{
    return m_offline->load();
}

void WorkerPool::holdPublishing(bool hold)
{
    if (m_publishHeld->exchange(hold) == hold)
        return;
    if (!hold)
        wake();
}
