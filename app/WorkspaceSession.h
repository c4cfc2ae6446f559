#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class ApiRuntime;
class AuditCheckpoints;
class Autopilot;
class DeadlineWatcher;
class Doorbell;
struct Domains;
class NetworkWatch;
class ProcessBeat;
class SecretStore;
class EventBus;
class GatewayHost;
class SandboxThread;
class QThread;
class QTimer;
class WorkerPool;
class Workspace;

// The services of one open workspace, without any window: the database, the AI runtime (breakers,
// limiters, budget, prices), the pipeline's worker pool and, for the demo workspace, the in-process
// sandbox its providers point at. The desktop application and the headless run both build on it,
// so they run the same pipeline. Teardown is in reverse: workers first, then a last audit checkpoint,
// then the sandbox, then the database.
class WorkspaceSession final : public QObject
{
    Q_OBJECT
public:
    ~WorkspaceSession() override;

    // Opens (and for a demo, seeds or reseeds) the workspace. A demo comes in the language of the user
    // interface (language: "en", "nl"; empty is English): one seeded on another day or in another
    // language is seeded afresh. Null with a readable error on failure.
    static std::unique_ptr<WorkspaceSession> open(
        const QString& directory, bool demo, const QString& language, EventBus* bus, QString* error);
    // Where --demo keeps its workspace when no folder is given.
    static QString defaultDemoDirectory();

    Workspace* workspace() const { return m_workspace.get(); }
    ApiRuntime* runtime() const { return m_runtime; }
    WorkerPool* pool() const { return m_pool; }
    const Domains* domains() const { return m_domains.get(); }
    DeadlineWatcher* deadlines() const { return m_deadlines; }
    SecretStore* secrets() const { return m_secrets; }
    // Writes the audit trail's checkpoints outside the database; null for the demo workspace, which
    // keeps nothing in the keychain.
    AuditCheckpoints* checkpoints() const { return m_checkpoints; }
    NetworkWatch* network() const { return m_network; }
    // The health checks, alerts and reports on the owner's schedule (after startPipeline; else null).
    Autopilot* autopilot() const { return m_autopilot; }
    // The approval gateway of this process (started with the pipeline when the owner switched it on).
    GatewayHost* gateway();
    // Live updates from the team's other processes (a team workspace only; null on SQLite). It lives in
    // a thread of its own: connect to its signals, read isListening(), call nothing else.
    Doorbell* doorbell() const { return m_doorbell; }
    // What loading the connections' secrets from the keychain ran into (empty when all is well).
    QStringList secretProblems() const { return m_secretProblems; }
    // This machine's name, recorded with every decision.
    static QString machineName();
    EventBus* bus() const { return m_bus; }
    bool hasSandbox() const { return m_sandbox != nullptr; }
    QUrl sandboxUrl() const;

    // Starts the workers (they claim nothing while the pipeline is paused or stopped) and the deadline
    // watcher, which first settles the deadlines that passed while Quorum was closed; loads the
    // connections' secrets from the keychain and follows the network for the publishing outbox;
    // starts checkpointing the audit trail; reads the stores' orders and the ad accounts' figures now and as
    // often as the owner set (every 15 minutes unless changed); starts the autopilot (health, alerts, reports).
    // role: what this process is to the team ("desktop", "serve", "run-pipeline"), in its beats.
    void startPipeline(const QString& role = QStringLiteral("desktop"));
    // Only the workers (and what they need: the keychain's secrets, the network): `quorum worker`.
    void startWorkers(const QString& role = QStringLiteral("worker"));
    // Whether any provider can write and review; a readable explanation when not.
    bool providersReady(QString* why) const;
    // Queues a sync of every store and ad account (those already syncing are left alone).
    void syncStores();
    void queueAgents();

signals:
    void secretsLoaded(const QStringList& problems);

private:
    WorkspaceSession() = default;
    bool startSandbox(QString* error);
    void connectDemoShop();
    void connectDemoSocial(const QString& url, bool dutch);
    void applyGatewaySettings();

    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Domains> m_domains;
    std::unique_ptr<SandboxThread> m_sandbox;
    EventBus* m_bus = nullptr;
    ApiRuntime* m_runtime = nullptr;
    WorkerPool* m_pool = nullptr;
    DeadlineWatcher* m_deadlines = nullptr;
    QTimer* m_storeSync = nullptr;
    static constexpr int SyncRetryMs = 3000; // when the workers held the write lock
    QTimer* m_agentClock = nullptr;
    QTimer* m_agentEvents = nullptr;
    SecretStore* m_secrets = nullptr;
    AuditCheckpoints* m_checkpoints = nullptr;
    NetworkWatch* m_network = nullptr;
    QStringList m_secretProblems;
    ProcessBeat* m_beat = nullptr;
    Autopilot* m_autopilot = nullptr;
    GatewayHost* m_gateway = nullptr;
    bool m_hostsGateway = false;
    QJsonObject m_gatewayApplied;   // the settings it runs with (GatewaySettings::toJson)
    Doorbell* m_doorbell = nullptr; // lives in m_doorbellThread
    QThread* m_doorbellThread = nullptr;
};
