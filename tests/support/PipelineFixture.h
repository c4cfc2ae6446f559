#pragma once

#include "TestWorkspace.h"
#include "core/EventBus.h"
#include "domains/Domains.h"
#include "jobs/WorkerPool.h"
#include "pipeline/ProductFacts.h"
#include "publishing/Connections.h"
#include "resilience/ApiRuntime.h"
#include "sandbox/SandboxServer.h"

#include <QJsonObject>

#include <memory>

// A workspace whose providers point at an in-process sandbox, and the real worker pool over it.
// Waiting is done on the pool's jobFinished signal (never by sleeping).
class PipelineFixture
{
public:
    // With a ManualClock the pool's timers, retry waits, breakers and the queue's due times follow it
    // (runUntilIdle moves it); the sandbox and HTTP timeouts stay on real time.
    explicit PipelineFixture(ManualClock* clock = nullptr);
    ~PipelineFixture();

    TestWorkspace& ws() { return m_ws; }
    QSqlDatabase db() const { return m_ws.db(); }
    SandboxServer* sandbox() const { return m_sandbox->server(); }
    ApiRuntime& runtime() { return m_runtime; }
    EventBus& bus() { return m_bus; }
    WorkerPool* pool() const { return m_pool.get(); }
    const Domains& domains() const { return *m_domains; }

    // A plausible product (apparel when sizes are given).
    static ProductFacts facts(const QString& name, const QString& category = QStringLiteral("Home"),
        qint64 priceCents = 4900, const QString& material = QStringLiteral("stoneware"), const QStringList& sizes = {});
    qint64 addProduct(const ProductFacts& facts);

    void setSetting(const QString& key, const QString& value);
    // A connection of the kind to the sandbox (which takes any credentials), with its secrets in the
    // runtime's cache bound to the sandbox's address, as the SecretStore loads them at start.
    qint64 connectToSandbox(Connections::Kind kind, const QString& name, qint64 mediaSite = 0);
    // How long a call may go without a byte before it counts as a timeout (before startPool()).
    void setStallTimeoutMs(int ms) { m_stallTimeoutMs = ms; }
    // The handlers the pool runs jobs with, instead of the product's (a test's own agents); before startPool().
    void setRegistry(const JobRegistry* registry) { m_registry = registry; }
    // Starts the pool (after settings and faults are in place).
    void startPool();
    // Stops the pool (its jobs go back to the queue) and starts a new one, as a restart would.
    void restartPool();
    void stopPool();
    // Queues a run of the products and wakes the pool.
    void run(const QList<qint64>& ids);
    // Queues a sync of every resource of the store and waits for the queue to be idle; false on timeout.
    bool syncStore(qint64 connectionId, int timeoutMs = 120'000);
    // Waits until no job is queued or running (or timeoutMs passes); false on timeout.
    bool waitUntilIdle(int timeoutMs = 60'000);
    // With the ManualClock: processes events and moves the clock (stepMs at a time while jobs run, to
    // the next due moment when none does) until nothing is
    // queued or running (or realTimeoutMs passes). onStep runs after every step (to end an outage).
    bool runUntilIdle(qint64 stepMs, int realTimeoutMs, const std::function<void()>& onStep = {});
    // runUntilIdle moves the clock straight to the next job's due time when nothing runs (jobs days ahead).
    void setJumpToDueJobs(bool jump) { m_jumpToDueJobs = jump; }
    QString stageOf(qint64 id) const;
    qint64 count(const QString& sql, const QVariantList& binds = {}) const { return m_ws.count(sql, binds); }

private:
    TestWorkspace m_ws;
    ManualClock* m_manual = nullptr;
    const Clock* m_clock = Clock::system();
    std::unique_ptr<SandboxThread> m_sandbox;
    ApiRuntime m_runtime;
    EventBus m_bus;
    std::unique_ptr<Domains> m_domains = Domains::create();
    std::unique_ptr<WorkerPool> m_pool;
    const JobRegistry* m_registry = nullptr;
    int m_stallTimeoutMs = 60'000;
    bool m_jumpToDueJobs = false;
};
