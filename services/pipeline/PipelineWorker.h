#pragma once

#include "PipelineSettings.h"
#include "ProductRun.h"
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
class LlmClient;

// One worker of the pipeline pool: a QObject moved to its own QThread, with its own database
// connection, HTTP client and LLM client. It claims jobs from the durable queue (up to
// jobsPerWorker at once; their calls are asynchronous), renews their leases while they run, and
// looks for new work when woken and every pollMs. Pause and emergency stop are read from a shared
// flag at every safe point. Results reach the rest of the application through the event bus and
// queued signals.
class PipelineWorker final : public QObject
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
        EventBus* bus = nullptr;                   // may be null
        std::shared_ptr<std::atomic<int>> control; // PipelineControl::State
        HttpClient::Options http;
        RetryPolicy retry;
        quint32 seed = 1;
        QString workspaceRoot; // images and generated sites, for publishing
        // Offline: publish jobs wait in the queue (the outbox) instead of failing their attempts.
        std::shared_ptr<std::atomic<bool>> offline;
        std::shared_ptr<std::atomic<bool>> publishHeld; // secrets still loading
    };

    explicit PipelineWorker(const Config& config);
    ~PipelineWorker() override;

    int runningJobs() const { return m_runningJobs.load(); }

public slots:
    // Runs in the worker's thread: opens the connection and the network stack.
    void start();
    void wake();
    // Gives every held job back to the queue and closes the connection; emits stopped().
    void shutdown();

signals:
    void started(bool ok, const QString& error);
    void jobFinished(qint64 jobId, const QString& kind, qint64 productId, int outcome, const QString& summary);
    void activity(int runningJobs);
    void stopped();

private:
    bool stopRequested() const;
    void schedulePoll();
    void scheduleRenewal();
    void renewLeases();
    void runJob(const JobQueue::Job& job);
    void runExecution(const JobQueue::Job& job);
    void runPublish(const JobQueue::Job& job);
    void track(qint64 jobId, QObject* run);
    void finished(
        qint64 jobId, QObject* run, const QString& kind, qint64 productId, int outcome, const QString& summary);

    Config m_config;
    std::unique_ptr<Connection> m_connection;
    HttpClient* m_http = nullptr;
    ApiCaller* m_caller = nullptr;
    LlmClient* m_llm = nullptr;
    QHash<qint64, QObject*> m_runs; // ProductRun or PublishRun, by job id
    std::atomic<int> m_runningJobs{0};
    QRandomGenerator m_rng;
    bool m_pollScheduled = false;
    bool m_renewalScheduled = false;
    bool m_shuttingDown = false;
};
