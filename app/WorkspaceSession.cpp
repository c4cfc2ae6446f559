#include "WorkspaceSession.h"

#include "agents/AgentRuns.h"
#include "approvals/ApprovalRules.h"
#include "approvals/DeadlineWatcher.h"
#include "audit/AuditCheckpoints.h"
#include "autopilot/Autopilot.h"
#include "autopilot/AutopilotSettings.h"
#include "campaigns/AdSync.h"
#include "core/Clock.h"
#include "core/EventBus.h"
#include "core/Log.h"
#include "core/Logging.h"
#include "demo/DemoSeeder.h"
#include "demo/DemoSocial.h"
#include "demo/DemoVisuals.h"
#include "domains/Domains.h"
#include "gateway/GatewayHost.h"
#include "jobs/ProcessRegistry.h"
#include "jobs/WorkerPool.h"
#include "llm/ProviderStore.h"
#include "net/NetworkWatch.h"
#include "publishing/Connections.h"
#include "resilience/ApiRuntime.h"
#include "resilience/CallLedger.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/ShopGenerator.h"
#include "secrets/SecretCache.h"
#include "secrets/SecretStore.h"
#include "social/SocialAccounts.h"
#include "social/SocialActions.h"
#include "social/SocialEngagement.h"
#include "social/SocialSchedule.h"
#include "storage/Dialect.h"
#include "storage/Doorbell.h"
#include "storage/Settings.h"
#include "storage/Sql.h"
#include "storage/Workspace.h"
#include "storesync/StoreSync.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QStandardPaths>
#include <QSysInfo>
#include <QThread>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace
{
// QtKeychain's libsecret backend answers into a job even after the job was deleted, and a store's
// jobs are its children. A store whose jobs are still waiting (the audit anchor's key, when a
// workspace is closed right after it opened) therefore lives on without an owner until they have
// answered; their answers find nobody waiting and change nothing.
void releaseWhenIdle(SecretStore* store)
{
    const QList<QObject*> jobs = store->findChildren<QObject*>(Qt::FindDirectChildrenOnly);
    if (jobs.isEmpty()) {
        delete store;
        return;
    }
    store->setParent(nullptr);
    auto left = std::make_shared<qsizetype>(jobs.size());
    for (QObject* job : jobs)
        QObject::connect(job, &QObject::destroyed, store, [store, left] {
            if (--*left == 0)
                store->deleteLater();
        });
}
} // namespace

WorkspaceSession::~WorkspaceSession()
{
    // The workers append to the trail until they stop; the last checkpoint sees all they wrote.
    if (m_pool)
        m_pool->stop();
    // Agents waiting for decisions are told "going away"; they get their decisions when they reconnect.
    delete m_gateway;
    m_gateway = nullptr;
    delete m_beat; // says this process stopped
    m_beat = nullptr;
    delete m_autopilot;
    m_autopilot = nullptr;
    if (m_doorbell) {
        // Its connection belongs to its thread: it goes there, then the thread ends.
        Doorbell* doorbell = m_doorbell;
        QMetaObject::invokeMethod(
            doorbell, [doorbell] { delete doorbell; }, Qt::BlockingQueuedConnection);
        m_doorbellThread->quit();
        m_doorbellThread->wait();
        m_doorbell = nullptr;
    }
    if (m_checkpoints)
        m_checkpoints->finish();
    delete m_checkpoints;
    m_checkpoints = nullptr;
    delete m_network;
    m_network = nullptr;
    if (m_secrets)
        releaseWhenIdle(m_secrets);
    m_secrets = nullptr;
    delete m_deadlines;
    m_deadlines = nullptr;
    delete m_pool;
    m_pool = nullptr;
    m_sandbox.reset();
    delete m_runtime;
    m_runtime = nullptr;
}

QString WorkspaceSession::defaultDemoDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"demo"_s);
}

QUrl WorkspaceSession::sandboxUrl() const
{
    return m_sandbox ? m_sandbox->url() : QUrl();
}

std::unique_ptr<WorkspaceSession> WorkspaceSession::open(
    const QString& directory, bool demo, const QString& language, EventBus* bus, QString* error)
{
    const Clock& clock = *Clock::system();
    if (demo && QFileInfo::exists(QDir(directory).filePath(u"quorum.db"_s))) {
        // Demo data is laid out relative to the day it was seeded and written in the language of the
        // interface; a demo from another day or in another language is seeded afresh.
        QString openError;
        auto existing = Workspace::open(directory, &openError);
        const QString today = QDateTime::fromMSecsSinceEpoch(clock.nowMs()).date().toString(Qt::ISODate);
        const bool stale = existing && existing->isDemo() && !DemoSeeder::isCurrent(*existing, today, language);
        existing.reset();
        if (stale && !DemoSeeder::reset(directory, error))
            return nullptr;
    }
    std::unique_ptr<WorkspaceSession> session(new WorkspaceSession);
    session->m_bus = bus;
    session->m_workspace = Workspace::open(directory, error);
    if (!session->m_workspace)
        return nullptr;
    if (demo && !session->m_workspace->hasProducts()
        && !DemoSeeder::seed(*session->m_workspace, clock, error, language))
        return nullptr;
    Logging::setLogDirectory(session->m_workspace->logsDir());
    qCInfo(lcApp) << "opened workspace" << session->m_workspace->root()
                  << (session->m_workspace->isDemo() ? "(demo)" : "");
    if (session->m_workspace->isDemo() && !session->startSandbox(error))
        return nullptr;

    session->m_runtime = new ApiRuntime(Clock::system());
    // Calls a killed process left in flight count as spent before today's budget is read.
    CallLedger::settleAbandoned(session->m_workspace->db());
    session->m_runtime->loadFrom(session->m_workspace->db());
    if (session->m_sandbox)
        session->connectDemoShop();
    session->m_domains = Domains::create();
    WorkerPool::Config config;
    config.registry = &session->m_domains->jobs;
    config.databasePath = session->m_workspace->databasePath();
    config.clock = Clock::system();
    config.runtime = session->m_runtime;
    config.bus = bus;
    config.workspaceRoot = session->m_workspace->root();
    session->m_pool = new WorkerPool(config);
    if (session->m_workspace->isTeam() && bus) {
        // Another desk's decision, a job queued by a server: the workers look at once instead of at
        // their next poll, and the models read again (through the bus).
        // In a thread of its own: reaching a server that is away takes up to the connect timeout.
        session->m_doorbellThread = new QThread(session.get());
        session->m_doorbellThread->setObjectName(u"doorbell"_s);
        session->m_doorbell = new Doorbell(session->m_workspace->databasePath(), bus, Clock::system());
        session->m_doorbell->moveToThread(session->m_doorbellThread);
        connect(session->m_doorbell, &Doorbell::rang, session->m_pool, [pool = session->m_pool] { pool->wake(); });
        session->m_doorbellThread->start();
        QMetaObject::invokeMethod(session->m_doorbell, &Doorbell::start, Qt::QueuedConnection);
    }
    session->m_secrets = new SecretStore(session->m_workspace->db(), session->m_runtime->secrets(), Clock::system());
    if (!session->m_workspace->isDemo())
        session->m_checkpoints = new AuditCheckpoints(session->m_workspace->db(), session->m_workspace->root(),
            AuditCheckpoints::keychainOf(session->m_secrets), Clock::system());
    try {
        ApprovalRules::ensureDefaults(session->m_workspace->db(), clock.nowMs());
        AgentRuns::install(session->m_workspace->db(), *session->m_domains->agents, clock.nowMs());
    } catch (const SqlError& e) {
        *error = QCoreApplication::translate("WorkspaceSession", "Cannot prepare the workspace: %1").arg(e.message());
        return nullptr;
    }
    session->m_deadlines
        = new DeadlineWatcher(session->m_workspace->db(), Clock::system(), bus, session->m_pool, machineName());
    return session;
}

bool WorkspaceSession::startSandbox(QString* error)
{
    // The demo talks to a sandbox in this process: plausible copy, a little latency so the work can
    // be watched, and now and then a wrong fact or a strict reviewer so the gate has work to do.
    SandboxServer::Options options;
    options.faults = QJsonObject{{u"seed"_s, 7},
        {u"routes"_s,
            QJsonObject{{u"*"_s,
                            QJsonObject{{u"latency"_s,
                                QJsonObject{{u"kind"_s, u"lognormal"_s}, {u"median"_s, 350}, {u"sigma"_s, 0.4}}}}},
                {u"openai.chat"_s, QJsonObject{{u"wrongFacts"_s, 0.04}}},
                {u"anthropic.messages"_s, QJsonObject{{u"reviewReject"_s, 0.05}}}}}};
    // The store's pages come quickly; its two years of orders are generated for today.
    options.faults[u"routes"_s] = [&] {
        QJsonObject routes = options.faults.value(u"routes"_s).toObject();
        routes.insert(u"woo"_s, QJsonObject{{u"latency"_s, QJsonObject{{u"kind"_s, u"fixed"_s}, {u"ms"_s, 20}}}});
        return routes;
    }();
    m_sandbox = std::make_unique<SandboxThread>(options);
    if (!m_sandbox->isRunning()) {
        *error = QCoreApplication::translate("WorkspaceSession", "The demo's sandbox could not start: %1")
                     .arg(m_sandbox->errorString());
        m_sandbox.reset();
        return false;
    }
    ShopData::Options shop;
    shop.seed = 7;
    shop.products = 300;
    shop.orders = 30'000;
    shop.fraudAttempts = 2;                         // so Fraud Detection has something to find, as a real shop would
    shop.endTime = QDateTime::currentDateTimeUtc(); // nothing ordered in the future
    // A Dutch shop's customers review in Dutch.
    shop.dutch = DemoSeeder::seededLanguage(*m_workspace) == u"nl";
    // The store sells the demo catalog's live products (its best sellers), so their orders, stock and
    // prices reach the agents under the SKUs the workspace knows; the other 280-odd are the store's own.
    QSqlQuery live = Sql::exec(m_workspace->db(),
        u"SELECT sku, name, price_cents, cost_cents FROM products WHERE stage IN ('live', 'published', 'promoting') "
        u"AND sku <> '' AND cost_cents IS NOT NULL ORDER BY id"_s);
    while (live.next())
        shop.named.append({live.value(0).toString(), live.value(1).toString(), live.value(2).toLongLong(),
            live.value(3).toLongLong()});
    m_sandbox->server()->generateShop(shop);
    // And a Meta ad account with 90 days of history (connected in connectDemoShop).
    AdAccount::Options ads;
    ads.now = QDateTime::currentDateTimeUtc();
    ads.dutch = DemoSeeder::seededLanguage(*m_workspace) == u"nl";
    m_sandbox->server()->generateAdAccount(ads);
    ProviderStore::useSandbox(m_workspace->db(), m_sandbox->url());
    qCInfo(lcApp) << "demo providers use the sandbox at" << m_sandbox->url().toString();
    return true;
}

void WorkspaceSession::connectDemoShop()
{
    // The demo publishes to the in-process sandbox, which takes any credentials: they live in memory
    // for the session only, never in the keychain. The sandbox's port changes, so the address too.
    const QSqlDatabase db = m_workspace->db();
    const QString url = m_sandbox->url().toString();
    const auto upsert = [&](Connections::Kind kind, const QString& name, qint64 mediaSite) {
        Connections::Connection c;
        // One of each kind in the demo, found by kind (its name follows the demo's language).
        const QVariant id = Sql::scalar(
            db, u"SELECT id FROM connections WHERE kind = ? ORDER BY id LIMIT 1"_s, {Connections::kindKey(kind)});
        c.id = id.isValid() ? id.toLongLong() : 0;
        c.kind = kind;
        c.name = name;
        c.url = url;
        c.account = kind == Connections::Kind::WordPress
            ? u"demo"_s
            : (kind == Connections::Kind::MetaAds ? AdAccount::Options().id : QString());
        c.mediaSite = mediaSite;
        if (kind == Connections::Kind::MetaAds)
            c.pageId = AdAccount::Options().pageId; // the sandbox's Page, so a launch can make its ad
        c.id = Connections::save(db, c, Clock::system()->nowMs());
        for (const QString& field : Connections::secretFields(kind))
            m_runtime->secrets()->put(
                Connections::secretKey(c.id, field), u"demo-"_s + field, SecretCache::originOf(QUrl(c.url)));
        return c.id;
    };
    // Named in the demo's language (which is fixed when it is seeded, so the names are too).
    const bool dutch = DemoSeeder::seededLanguage(*m_workspace) == u"nl";
    try {
        const qint64 blog
            = upsert(Connections::Kind::WordPress, dutch ? u"Demoblog (sandbox)"_s : u"Demo blog (sandbox)"_s, 0);
        upsert(Connections::Kind::WooCommerce, dutch ? u"Demowinkel (sandbox)"_s : u"Demo store (sandbox)"_s, blog);
        upsert(Connections::Kind::Shopify, dutch ? u"Demo-Shopify (sandbox)"_s : u"Demo Shopify (sandbox)"_s, 0);
        // The sandbox's Meta ad account, synced like a real one: its campaigns and the rules' findings.
        const qint64 ads = upsert(Connections::Kind::MetaAds,
            dutch ? u"Demo-advertentieaccount (sandbox)"_s : u"Demo ad account (sandbox)"_s, 0);
        QString error;
        if (!DemoSeeder::seedExperiments(*m_workspace, ads, *Clock::system(), &error))
            qCWarning(lcApp) << "demo A/B tests:" << error;
        connectDemoSocial(url, dutch);
    } catch (const SqlError& e) {
        qCWarning(lcApp) << "demo connections:" << e.message();
    }
}

void WorkspaceSession::connectDemoSocial(const QString& url, bool dutch)
{
    // The sandbox's Instagram, Facebook Page, Pinterest board and X account, planned in Amsterdam time. X posts
    // without asking (the owner's choice); the others ask. Tokens live in memory for the session only.
    const QSqlDatabase db = m_workspace->db();
    const qint64 now = Clock::system()->nowMs();
    const QString handle = dutch ? u"@demowinkel"_s : u"@demoshop"_s;
    const QList<std::pair<QString, QString>> platforms{{u"instagram"_s, u"17841400000000001"_s},
        {u"facebook"_s, u"101"_s}, {u"pinterest"_s, u"5550001"_s}, {u"x"_s, u"42"_s}};
    Transaction tx(db);
    QList<qint64> ids;
    for (const auto& [platform, remote] : platforms) {
        SocialAccounts::Account a;
        for (const SocialAccounts::Account& known : SocialAccounts::all(db))
            if (known.platform == platform)
                a = known;
        const bool added = a.id == 0;
        a.platform = platform;
        a.name = platform == u"facebook" ? (dutch ? u"Demowinkel"_s : u"Demo Shop"_s) : handle;
        a.remoteId = remote;
        a.apiUrl = url;
        a.zone = "Europe/Amsterdam";
        if (added)
            a.postWithoutAsking = platform == u"x";
        a.id = SocialAccounts::save(db, a, now);
        m_runtime->secrets()->put(SocialAccounts::secretKey(a.id, u"access_token"_s), u"demo-access-token"_s,
            SecretCache::originOf(QUrl(url)));
        if (SocialSchedule::postingTimes(db, a.id).isEmpty()) {
            QList<std::pair<int, int>> times;
            for (int day = 1; day <= 5; ++day)
                times << std::pair{day, 9 * 60} << std::pair{day, 19 * 60 + 30};
            times << std::pair{6, 10 * 60 + 30};
            SocialSchedule::setPostingTimes(db, a.id, times);
        }
        ids.append(a.id);
    }
    // The first time: two products' gate-passed captions planned on every account at their next posting times.
    if (Sql::scalar(db, u"SELECT COUNT(*) FROM social_posts"_s).toLongLong() == 0) {
        QSqlQuery q = Sql::exec(db,
            u"SELECT p.id FROM products p JOIN content_pieces c ON c.product_id = p.id AND c.kind = 'social' WHERE "
            u"c.accepted_version_id IS NOT NULL AND p.stage IN ('published', 'promoting', 'live') ORDER BY p.id "
            u"LIMIT 2"_s);
        QList<qint64> products;
        while (q.next())
            products.append(q.value(0).toLongLong());
        for (const qint64 product : products) {
            const auto planned = SocialActions::planProductIn(db, product, ids, u"Quorum"_s, now);
            if (!planned.problems.isEmpty())
                qCWarning(lcApp) << "demo social posts:" << planned.problems;
        }
    }
    DemoSocial::seedHistory(db, ids, dutch, now);
    DemoVisuals::seed(db, m_workspace->root(), now);
    tx.commit();
    // The sandbox keeps nothing between runs: the platforms hold again what the demo published before.
    if (m_sandbox)
        for (const DemoSocial::Published& p : DemoSocial::published(db))
            m_sandbox->server()->restoreSocialPost(p.platform, p.remoteId, p.account, p.text, p.link, p.publishedAt);
}

void WorkspaceSession::startWorkers(const QString& role)
{
    if (m_pool->isStarted())
        return;
    m_pool->setSecretsLoading(true);
    m_secrets->loadAll(this, [this](const QStringList& problems) {
        m_secretProblems = problems;
        for (const QString& p : problems)
            qCWarning(lcApp) << "keychain:" << p;
        // Publish jobs that waited for their credentials can run now.
        m_pool->setSecretsLoading(false);
        emit secretsLoaded(problems);
    });
    m_network = new NetworkWatch;
    m_pool->setOffline(!m_network->online());
    connect(m_network, &NetworkWatch::onlineChanged, m_pool, [this](bool online) { m_pool->setOffline(!online); });
    m_pool->start(m_workspace->db());
    // Its beats say what it runs, for `quorum status` and the team.
    ProcessRegistry::Entry self;
    self.host = WorkerPool::hostName();
    self.pid = QCoreApplication::applicationPid();
    self.owner = ProcessRegistry::ownerOf(self.host, self.pid);
    self.role = role;
    self.version = QCoreApplication::applicationVersion();
    self.beatMs = std::clamp<qint64>(
        Settings::intValue(m_workspace->db(), u"pipeline.beat_ms"_s, ProcessRegistry::DefaultBeatMs), 200, 60'000);
    m_beat = new ProcessBeat(m_workspace->db(), Clock::system(), self, [this](ProcessRegistry::Entry* e) {
        e->workers = m_pool->workerCount();
        e->runningJobs = m_pool->runningJobs();
        e->openBreakers.clear();
        for (const BreakerRegistry::Snapshot& b : m_runtime->breakers()->snapshot())
            if (b.state == CircuitBreaker::State::Open)
                e->openBreakers.append(b.endpoint);
    });
    // The team's worker processes share each provider's concurrency.
    connect(m_beat, &ProcessBeat::workingProcesses, m_runtime, &ApiRuntime::setPeers);
    m_beat->start();
}

void WorkspaceSession::startPipeline(const QString& role)
{
    startWorkers(role);
    m_deadlines->start();
    // The stores' orders, customers and stock: read now (from where the last sync ended) and every
    // quarter of an hour. The demo reads its sandbox store only (its Shopify connection serves the
    // same generated shop and would count every order twice; reading its stock as well takes minutes
    // under the sandbox's Shopify cost throttle).
    m_storeSync = new QTimer(this);
    const auto syncEvery = [this] {
        try {
            return AutopilotSettings::load(m_workspace->db()).syncMinutes * 60'000;
        } catch (const SqlError&) {
            return 15 * 60'000;
        }
    };
    m_storeSync->setInterval(syncEvery());
    connect(m_storeSync, &QTimer::timeout, this, &WorkspaceSession::syncStores);
    // The owner changed how often: the next sync comes that long after the last.
    connect(m_bus, &EventBus::changed, m_storeSync, [this, syncEvery](EventBus::Topic topic) {
        if (topic == EventBus::Topic::Settings && m_storeSync->interval() != syncEvery())
            m_storeSync->setInterval(syncEvery());
    });
    m_storeSync->start();
    syncStores();
    // The scheduled agents: each runs when its interval has passed since its last run.
    m_agentClock = new QTimer(this);
    m_agentClock->setInterval(60'000);
    connect(m_agentClock, &QTimer::timeout, this, &WorkspaceSession::queueAgents);
    m_agentClock->start();
    queueAgents();
    // New orders from a sync: the agents that act on new orders run once the sync has gone quiet
    // (the timer restarts with every page, so they see the whole sync).
    m_agentEvents = new QTimer(this);
    m_agentEvents->setSingleShot(true);
    m_agentEvents->setInterval(30'000);
    connect(m_agentEvents, &QTimer::timeout, this, [this] {
        try {
            if (AgentRuns::queueOnNewOrders(m_workspace->db(), *m_domains->agents, Clock::system()->nowMs()) > 0)
                m_pool->wake();
        } catch (const SqlError& e) {
            qCWarning(lcApp) << "cannot queue the agents' runs:" << e.message();
        }
    });
    connect(m_bus, &EventBus::changed, m_agentEvents, [this](EventBus::Topic topic) {
        if (topic == EventBus::Topic::StoreData)
            m_agentEvents->start();
    });
    if (m_checkpoints)
        m_checkpoints->start();
    const QString location
        = m_workspace->isTeam() ? Dialect::displayLocation(m_workspace->databasePath()) : m_workspace->root();
    m_autopilot = new Autopilot(m_workspace->db(), location, Clock::system(), m_bus, this);
    connect(m_autopilot, &Autopilot::notificationsQueued, m_pool, [this] { m_pool->wake(); });
    if (m_doorbell)
        connect(m_doorbell, &Doorbell::listeningChanged, m_autopilot, &Autopilot::setServerReachable);
    m_autopilot->start();
    // The approval gateway: external agents propose and wait for decisions (off until the owner switches it
    // on in Settings → Gateway; `quorum serve` hosts it for a team).
    // A team's gateway is `quorum serve`'s, on the server: the desks do not open ports of their own. A
    // change of its settings (from any desk: the doorbell rings) starts, restarts or stops it.
    m_hostsGateway = role == u"serve" || !m_workspace->isTeam();
    applyGatewaySettings();
    connect(m_bus, &EventBus::changed, this, [this](EventBus::Topic topic) {
        if (topic == EventBus::Topic::Settings)
            applyGatewaySettings();
    });
}

void WorkspaceSession::applyGatewaySettings()
{
    if (!m_hostsGateway)
        return;
    try {
        const GatewaySettings::Set settings = GatewaySettings::load(m_workspace->db());
        const QJsonObject wanted = GatewaySettings::toJson(settings);
        if (wanted == m_gatewayApplied)
            return;
        m_gatewayApplied = wanted;
        if (settings.enabled)
            gateway()->start(settings);
        else if (m_gateway)
            m_gateway->stop();
    } catch (const SqlError& e) {
        qCWarning(lcApp) << "cannot read the gateway's settings:" << e.message();
    }
}

GatewayHost* WorkspaceSession::gateway()
{
    if (!m_gateway) {
        m_gateway = new GatewayHost(m_workspace->databasePath(), m_bus, Clock::system(), machineName(), this);
        connect(m_gateway, &GatewayHost::failed, this,
            [](const QString& error) { qCWarning(lcApp) << "the approval gateway did not start:" << error; });
    }
    return m_gateway;
}

void WorkspaceSession::syncStores()
{
    const QSqlDatabase db = m_workspace->db();
    try {
        Transaction tx(db);
        const qint64 now = Clock::system()->nowMs();
        if (m_workspace->isDemo()) {
            const QVariant demoStore = Sql::scalar(db, u"SELECT id FROM connections WHERE kind = 'woocommerce'"_s);
            if (demoStore.isValid())
                StoreSync::queue(db, demoStore.toLongLong(), now);
        } else {
            StoreSync::queueAll(db, now);
        }
        // Ad accounts, the demo's sandbox account too.
        AdSync::queueAll(db, now);
        // The figures of published social posts.
        SocialEngagement::queueAll(db, now);
        tx.commit();
    } catch (const SqlError& e) {
        // The workers may hold the write lock for a moment (the interface does not wait for it): a store
        // connected just now must still get its first sync soon, not at the next quarter hour.
        if (e.isBusy()) {
            qCDebug(lcApp) << "workers busy; the sync is queued again in a few seconds";
            QTimer::singleShot(SyncRetryMs, this, &WorkspaceSession::syncStores);
        } else {
            qCWarning(lcApp) << "cannot queue the store sync:" << e.message();
        }
        return;
    }
    m_pool->wake();
}

void WorkspaceSession::queueAgents()
{
    try {
        if (AgentRuns::queueDue(m_workspace->db(), *m_domains->agents, Clock::system()->nowMs()) > 0)
            m_pool->wake();
    } catch (const SqlError& e) {
        qCWarning(lcApp) << "cannot queue the agents' runs:" << e.message();
    }
}

QString WorkspaceSession::machineName()
{
    const QString host = QSysInfo::machineHostName();
    return host.isEmpty() ? u"this computer"_s : host;
}

bool WorkspaceSession::providersReady(QString* why) const
{
    const auto db = m_workspace->db();
    if (ProviderStore::chain(db, u"write:copy"_s).isEmpty()) {
        *why = QCoreApplication::translate("WorkspaceSession",
            "No AI provider is set up to write. Add one in Settings → Providers (or open the demo workspace).");
        return false;
    }
    if (ProviderStore::chain(db, u"review:copy"_s).isEmpty()) {
        *why = QCoreApplication::translate("WorkspaceSession",
            "No AI provider is set up to review. Two different models must agree: add a second provider in "
            "Settings → Providers.");
        return false;
    }
    return true;
}
