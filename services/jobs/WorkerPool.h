#pragma once

#include "RunControl.h"
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
class JobRegistry;
class JobWorker;
class QThread;

// The pool of QThread workers for one workspace: every kind of job in the registry runs here.
// Created by the composition root (the desktop application or the headless run); lives in the thread
// that creates it. Owns the pause/emergency-stop flag the workers read at their safe points (the
// state itself is stored in the workspace, so a stop survives a restart) and what the jobs may need
// but is missing now (the network, the keychain's answer), so such jobs wait instead of failing.
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
        const JobRegistry* registry = nullptr; // what runs each kind of job
        HttpClient::Options http;
        RetryPolicy retry;
        QString workspaceRoot; // images and generated sites, for publishing
        QString host;          // for lease owners; defaults to the machine's host name
        qint64 pid = 0;        // defaults to this process
    };

    explicit WorkerPool(const Config& config, QObject* parent = nullptr);
    // Stops the workers: their jobs go back to the queue.
    ~WorkerPool() override;

    // Reads the stored pause/stop state and the pool settings, puts jobs of dead processes of this
    // machine back in the queue, and starts the workers.
    void start(const QSqlDatabase& db);
    void stop();
    bool isStarted() const { return !m_threads.isEmpty(); }
    // Asks every worker to look for work now (after something was queued).
    void wake();
    // While offline, jobs that need the network (publishing) stay in the queue (the outbox); back
    // online, they drain in order.
    void setOffline(bool offline);
    bool isOffline() const;
    // Jobs that need secrets also wait while they are still being read from the keychain at start:
    // a job that ran before would fail an attempt for nothing.
    void setSecretsLoading(bool loading);

    RunControl::State state() const;
    // Persists the new state with an audit entry and tells the workers.
    void setState(const QSqlDatabase& db, RunControl::State state, const QString& actor);

    int workerCount() const { return static_cast<int>(m_workers.size()); }
    ApiRuntime* runtime() const { return m_config.runtime; }
    int runningJobs() const;
    // Whether the given process id is alive on this machine (for orphaned leases).
    static bool processAlive(qint64 pid);
    static QString hostName();

signals:
    void stateChanged(RunControl::State state);
    void activityChanged(int runningJobs);
    // outcome: JobOutcome
    void jobFinished(qint64 jobId, const QString& kind, qint64 subjectId, int outcome, const QString& summary);
    void workerFailed(const QString& error);
    void offlineChanged(bool offline);

private:
    Config m_config;
    std::shared_ptr<std::atomic<int>> m_control;
    std::shared_ptr<std::atomic<int>> m_unmetNeeds = std::make_shared<std::atomic<int>>(0);
    QList<QThread*> m_threads;
    QList<JobWorker*> m_workers;

    void setNeedMet(int need, bool met);
};
