#pragma once

#include "JobHandler.h"
#include "RunControl.h"
#include "net/HttpClient.h"
#include "resilience/Retry.h"

#include <QHash>
#include <QObject>
#include <QRandomGenerator>

#include <atomic>
#include <memory>

class ApiCaller;
class ApiRuntime;
class Connection;
class EventBus;
class JobRegistry;

// One worker of the pool: a QObject moved to its own QThread, with its own database connection and
// network stack. It claims jobs of any registered kind from the durable queue (up to jobsPerWorker at
// once; their calls are asynchronous), hands each to its kind's handler, renews their leases while
// they run, and looks for new work when woken and every pollMs. It knows no kind of job itself.
// Pause and emergency stop are read from a shared flag before every claim; handlers read it at their
// safe points. Results reach the rest of the application through the event bus and queued signals.
class JobWorker final : public QObject, private JobContext
{
    Q_OBJECT
public:
    struct Config
    {
        QString databasePath;
        QString name;  // "worker-1"
        QString owner; // the lease owner: host:pid:name
        PoolSettings pool;
        const Clock* clock = nullptr;
        ApiRuntime* runtime = nullptr;
        EventBus* bus = nullptr; // may be null
        const JobRegistry* registry = nullptr;
        std::shared_ptr<std::atomic<int>> control; // RunControl::State
        // The needs (JobRegistry::Need) unmet right now: kinds that need them stay in the queue.
        std::shared_ptr<std::atomic<int>> unmetNeeds;
        HttpClient::Options http;
        RetryPolicy retry;
        quint32 seed = 1;
        QString workspaceRoot; // images and generated sites
    };

    explicit JobWorker(const Config& config);
    ~JobWorker() override;

    int runningJobs() const { return m_runningJobs.load(); }

public slots:
    // Runs in the worker's thread: opens the connection and the network stack.
    void start();
    void wake();
    // Gives every held job back to the queue and closes the connection; emits stopped().
    void shutdown();

signals:
    void started(bool ok, const QString& error);
    // outcome: JobOutcome. subjectId: the job's subject (a product, a proposal, a publication).
    void jobFinished(qint64 jobId, const QString& kind, qint64 subjectId, int outcome, const QString& summary);
    void activity(int runningJobs);
    void stopped();

private:
    // JobContext
    QSqlDatabase db() const override;
    HttpClient* http() const override { return m_http; }
    ApiCaller* caller() const override { return m_caller; }
    ApiRuntime* runtime() const override { return m_config.runtime; }
    const Clock* clock() const override { return m_config.clock; }
    EventBus* bus() const override { return m_config.bus; }
    QString owner() const override { return m_config.owner; }
    QString workspaceRoot() const override { return m_config.workspaceRoot; }
    const RetryPolicy& retry() const override { return m_config.retry; }
    qint64 retryBaseMs() const override { return m_config.pool.retryBaseMs; }
    double random01() override { return m_rng.generateDouble(); }
    bool stopRequested() const override;
    QObject* thread() const override { return const_cast<JobWorker*>(this); }

    void schedulePoll();
    void scheduleRenewal();
    void renewLeases();
    void runJob(const JobQueue::Job& job);
    void giveBack(const JobQueue::Job& job);
    void failUnknown(const JobQueue::Job& job);
    void finished(const JobQueue::Job& job, JobOutcome outcome, const QString& summary);
    QStringList waitingKinds() const;

    Config m_config;
    std::unique_ptr<Connection> m_connection;
    HttpClient* m_http = nullptr;
    ApiCaller* m_caller = nullptr;
    // The jobs that run, by id, with what their handler created for them (may be null).
    QHash<qint64, QObject*> m_runs;
    std::atomic<int> m_runningJobs{0};
    QRandomGenerator m_rng;
    bool m_pollScheduled = false;
    bool m_renewalScheduled = false;
    bool m_shuttingDown = false;
};
