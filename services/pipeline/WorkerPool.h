#pragma once

#include "PipelineSettings.h"
#include "net/HttpClient.h"
#include "resilience/Retry.h"

#include <QList>
#include <QObject>
#include <QSqlDatabase>

#include <atomic>
#include <memory>

class ApiRuntime;
class Clock;
class EventBus;
class PipelineWorker;
class QThread;

// The pipeline's pool of QThread workers for one workspace. Created by the composition root (the
// desktop application or the headless run); lives in the thread that creates it. Owns the
// pause/emergency-stop flag the workers read at their safe points; the state itself is stored in
// the workspace, so a stop survives a restart.
class WorkerPool final : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        QString databasePath;
        const Clock* clock = nullptr;
        ApiRuntime* runtime = nullptr;
        EventBus* bus = nullptr;
        HttpClient::Options http;
        RetryPolicy retry;
        QString workspaceRoot; // images and generated sites, for publishing
        QString host;          // for lease owners; defaults to the machine's host name
        qint64 pid = 0;        // defaults to this process
    };

    WorkerPool(const Config& config, QObject* parent = nullptr);
    // Stops the workers: their jobs go back to the queue.
    ~WorkerPool() override;

    // Reads the stored pause/stop state and the pool settings, puts jobs of dead processes of this
    // machine back in the queue, and starts the workers.
    void start(const QSqlDatabase& db);
    void stop();
    bool isStarted() const { return !m_threads.isEmpty(); }
    // Asks every worker to look for work now (after something was queued).
    void wake();
    // While offline, publish jobs stay in the queue (the outbox); back online, they drain in order.
    void setOffline(bool offline);
    bool isOffline() const;
    // Publish jobs also wait while the connections' secrets are still being read from the keychain
    // at start: a job that ran before would fail an attempt for nothing.
    void holdPublishing(bool hold);

    PipelineControl::State state() const;
    // Persists the new state with an audit entry and tells the workers.
    void setState(const QSqlDatabase& db, PipelineControl::State state, const QString& actor);

    int workerCount() const { return static_cast<int>(m_workers.size()); }
    ApiRuntime* runtime() const { return m_config.runtime; }
    int runningJobs() const;
    // Whether the given process id is alive on this machine (for orphaned leases).
    static bool processAlive(qint64 pid);
    static QString hostName();

signals:
    void stateChanged(PipelineControl::State state);
    void activityChanged(int runningJobs);
    void jobFinished(qint64 jobId, const QString& kind, qint64 productId, int outcome, const QString& summary);
    void workerFailed(const QString& error);
    void offlineChanged(bool offline);

private:
    Config m_config;
    std::shared_ptr<std::atomic<int>> m_control;
    std::shared_ptr<std::atomic<bool>> m_offline = std::make_shared<std::atomic<bool>>(false);
    std::shared_ptr<std::atomic<bool>> m_publishHeld = std::make_shared<std::atomic<bool>>(false);
    QList<QThread*> m_threads;
    QList<PipelineWorker*> m_workers;
};
