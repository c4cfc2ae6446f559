#include "Application.h"

#include "Markup.h"

#include "ActivityModel.h"
#include "AdRulesModel.h"
#include "AgentsModel.h"
#include "AnomaliesModel.h"
#include "ApprovalsModel.h"
#include "BusinessHealthModel.h"
#include "CampaignSeriesModel.h"
#include "CampaignsModel.h"
#include "ClusterHealthModel.h"
#include "ContentModels.h"
#include "CustomersModel.h"
#include "DailyTrendModel.h"
#include "EndpointsModel.h"
#include "ExperimentsModel.h"
#include "FinanceAlertsModel.h"
#include "KnowledgeModels.h"
#include "KpiModel.h"
#include "LeadsModel.h"
#include "MainWindow.h"
#include "ModelWiring.h"
#include "ProductsModel.h"
#include "ReviewModels.h"
#include "SalesReportModels.h"
#include "SettingsModels.h"
#include "SetupChecklistModel.h"
#include "SiteUnitsModel.h"
#include "SitesModel.h"
#include "StageSummaryModel.h"
#include "SuppliersModel.h"
#include "TeamJoin.h"
#include "WorkspaceSession.h"
#include "WorkspaceStatusBar.h"
#include "approvals/ApprovalActions.h"
#include "approvals/DeadlineWatcher.h"
#include "audit/AuditActions.h"
#include "autopilot/AutopilotActions.h"
#include "catalog/CatalogActions.h"
#include "core/Clock.h"
#include "core/EventBus.h"
#include "core/Log.h"
#include "core/Logging.h"
#include "demo/DemoSeeder.h"
#include "dialogs/WelcomeDialog.h"
#include "gateway/GatewayActions.h"
#include "jobs/WorkerPool.h"
#include "knowledge/KnowledgeActions.h"
#include "llm/ProviderTester.h"
#include "pipeline/PipelineActions.h"
#include "publishing/ConnectionSettings.h"
#include "publishing/PublishActions.h"
#include "resilience/ApiRuntime.h"
#include "secrets/TeamPassword.h"
#include "sites/LeadActions.h"
#include "sites/OutreachActions.h"
#include "sites/SiteActions.h"
#include "storage/Connection.h"
#include "storage/Dialect.h"
#include "storage/Doorbell.h"
#include "storage/Workspace.h"
#include "storesync/OrdersImportActions.h"
#include "users/Users.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

Application::Application(const CommandLine& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_bus(new EventBus(this))
    , m_teamJoin(new TeamJoin(this))
{
    connect(m_teamJoin, &TeamJoin::joined, this, [this](const QString& folder) { switchWorkspace(folder, false); });
    connect(m_teamJoin, &TeamJoin::cancelled, this, [this] {
        if (!m_window)
            chooseWorkspaceInteractively();
    });
    connect(m_teamJoin, &TeamJoin::keychainProblem, this, [this](const QString& problem) {
        if (m_window)
            m_window->workspaceStatusBar()->showMessage(problem, 15'000);
    });
}

Application::~Application()
{
    closeWorkspace();
}

Workspace* Application::workspace() const
{
    return m_session ? m_session->workspace() : nullptr;
}

bool Application::start(QString* error)
{
    if (m_options.demo) {
        const QString dir
            = m_options.workspace.isEmpty() ? WorkspaceSession::defaultDemoDirectory() : m_options.workspace;
        return openWorkspace(dir, true, error);
    }
    const QString last = QSettings().value(u"workspace/last"_s).toString();
    const QString dir = !m_options.workspace.isEmpty()       ? m_options.workspace
        : !last.isEmpty() && Workspace::holdsWorkspace(last) ? last
                                                             : QString();
    if (!dir.isEmpty()) {
        if (openWorkspace(dir, false, error))
            return true;
        if (!QFileInfo::exists(QDir(dir).filePath(Workspace::teamFileName())))
            return false;
        openTeamFolder(dir, *error);
        return true;
    }
    chooseWorkspaceInteractively();
    return true;
}

bool Application::openWorkspace(const QString& directory, bool demo, QString* error)
{
    closeWorkspace();
    m_session = WorkspaceSession::open(directory, demo, m_options.language, m_bus, error);
    if (!m_session)
        return false;
    Workspace* workspace = m_session->workspace();
    QSettings().setValue(u"workspace/last"_s, workspace->root());

    createModels();
    showWindow();
    // Secrets that could not be read (no keychain, a locked one) are said plainly, once, at start.
    connect(m_session.get(), &WorkspaceSession::secretsLoaded, this, [this](const QStringList& problems) {
        if (problems.isEmpty() || !m_window)
            return;
        QStringList unique = problems;
        unique.removeDuplicates();
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Publishing cannot use some connections"),
            tr("Some connection secrets could not be read. Publishing to those connections fails until the secret is "
               "entered again in Settings → Connections, or supplied as described below:"),
            QMessageBox::Ok, m_window);
        box->setObjectName(u"secretsProblem"_s);
        // Connection names are the user's words: shown as text, never as markup.
        box->setInformativeText(Markup::paragraph(unique.join(u"\n\n"_s)));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    m_session->startPipeline();
    return true;
}

void Application::createModels()
{
    // Models share the GUI thread's connection; workers open their own.
    m_modelOwner = new QObject(this);
    Workspace* workspace = m_session->workspace();
    const QSqlDatabase db = workspace->db();
    Clock* clock = Clock::system();
    m_context = UiContext{};
    m_context.workspace = WorkspaceInfo{workspace->root(), workspace->displayName(), workspace->isDemo()};
    m_context.actions = new PipelineActions(db, workspace->root(), clock, m_bus, m_session->pool(), m_modelOwner);
    m_context.clock = clock;
    m_context.bus = m_bus;
    // Who is at this desktop: the OS account's profile (the first person in a workspace owns it).
    const QString login = qEnvironmentVariable("QUORUM_USER", qEnvironmentVariable("USER", u"owner"_s));
    m_context.user = new UserSession(
        Users::signIn(db, login, clock->nowMs(), workspace->isDemo()), WorkspaceSession::machineName(), m_modelOwner);
    m_context.approvalActions = new ApprovalActions(db, clock, m_bus, m_session->pool(), m_context.user, m_modelOwner);
    m_context.deadlines = m_session->deadlines();
    m_context.publish = new PublishActions(db, clock, m_bus, m_session->pool(), m_context.user, m_modelOwner);
    // Settings change through the one door: the role is checked and the change audited.
    const ChangeDoor door(db, clock, m_bus, m_context.user);
    m_settings = std::make_unique<SettingsFacades>(SettingsFacades{ProviderSettings(door, m_session->secrets()),
        PipelineSettings(door, m_session->pool(), m_session->runtime()), CustomerActions(door), CurrencySettings(door),
        StockActions(door), AdRuleActions(door), ExperimentActions(door), GoalActions(door, m_session->pool()),
        PricingActions(door, m_session->pool()), SupplierActions(door, m_session->pool()), SocialActions(door),
        VisualActions(door, m_session->pool(), workspace->root())});
    m_context.goals = &m_settings->goals;
    m_context.pricing = &m_settings->pricing;
    m_context.suppliers = &m_settings->suppliers;
    m_context.supplierList = new SuppliersModel(m_context.suppliers, m_modelOwner);
    m_context.knowledge = new KnowledgeActions(door, m_modelOwner);
    m_context.knowledge->setRuntime(m_session->runtime()); // a typed search's meaning
    m_context.knowledgeDocuments = new KnowledgeDocumentsModel(m_context.knowledge, m_modelOwner);
    m_context.adRules = &m_settings->adRules;
    m_context.social = &m_settings->social;
    m_context.visuals = &m_settings->visuals;
    m_context.experiments = &m_settings->experiments;
    m_context.stockActions = &m_settings->stock;
    m_context.currencySettings = &m_settings->currency;
    m_context.providerSettings = &m_settings->providers;
    m_context.customerActions = &m_settings->customers;
    m_context.customers = new CustomersModel(db, m_modelOwner);
    m_context.reviews = new ReviewsModel(db, m_modelOwner);
    m_context.reviewWeek = new ReviewWeekModel(db, clock, m_modelOwner);
    m_context.pipelineSettings = &m_settings->pipeline;
    m_context.autopilot = new AutopilotActions(door, m_session->secrets(), m_session->pool(), m_modelOwner);
    // On a team workspace the gateway is `quorum serve`'s: this desk only manages its settings and agents.
    m_context.gateway = new GatewayActions(
        door, workspace->isTeam() ? nullptr : m_session->gateway(), WorkspaceSession::machineName(), m_modelOwner);
    m_context.connections
        = new ConnectionSettings(door, m_session->secrets(), m_session->runtime(), m_session->pool(), m_modelOwner);
    // A new or changed ad account reads its campaigns at once, not at the next quarter hour.
    connect(m_context.connections, &ConnectionSettings::secretsStored, m_session.get(), &WorkspaceSession::syncStores);
    m_context.audit
        = new AuditActions(workspace->databasePath(), workspace->root(), m_session->checkpoints(), clock, m_modelOwner);
    m_context.catalog
        = new CatalogActions(workspace->databasePath(), clock, m_bus, m_session->pool(), m_context.user, m_modelOwner);
    m_context.leadActions = new LeadActions(workspace->databasePath(), door, m_context.user, m_modelOwner);
    m_context.leadActions->resumeRescoring(); // a territory saved just before the app closed
    m_context.siteActions = new SiteActions(door, m_context.user, m_modelOwner);
    m_context.outreachActions = new OutreachActions(door, m_context.user, m_modelOwner);
    m_context.orders = new OrdersImportActions(workspace->databasePath(), clock, m_bus, m_context.user, m_modelOwner);
    m_context.providers = new ProvidersModel(db, m_modelOwner);
    m_context.prompts = new PromptTemplatesModel(db, m_modelOwner);
    m_context.pieces = new PiecesModel(db, m_modelOwner);
    m_context.versions = new VersionsModel(db, m_modelOwner);
    const auto applyActor = [this] {
        const Users::User& u = m_context.user->user();
        m_context.actions->setActor(u.name, u.canDecide(), u.isOwner());
    };
    connect(m_context.user, &UserSession::changed, m_context.actions, applyActor);
    applyActor();
    m_context.products = new ProductsModel(db, clock, m_modelOwner);
    m_context.products->setImageFolder(workspace->root());
    m_context.approvals = new ApprovalsModel(db, clock, m_modelOwner);
    m_context.agents = new AgentsModel(db, clock, m_modelOwner);
    m_context.campaigns = new CampaignsModel(db, clock, m_modelOwner);
    m_context.campaignSeries = new CampaignSeriesModel(db, clock, m_modelOwner);
    m_context.anomalies = new AnomaliesModel(db, clock, m_modelOwner);
    m_context.financeAlerts = new FinanceAlertsModel(db, m_modelOwner);
    m_context.adRulesModel = new AdRulesModel(m_context.adRules, clock, m_modelOwner);
    m_context.ruleFindings = new RuleFindingsModel(m_context.adRules, clock, m_modelOwner);
    m_context.experimentsModel = new ExperimentsModel(m_context.experiments, m_modelOwner);
    m_context.experimentArms = new ExperimentArmsModel(m_context.experiments, m_modelOwner);
    m_context.sites = new SitesModel(db, workspace->sitesDir(), m_modelOwner);
    m_context.leads = new LeadsModel(db, m_modelOwner);
    m_context.siteUnits = new SiteUnitsModel(db, m_modelOwner);
    m_context.kpis = new KpiModel(db, clock, m_modelOwner);
    m_context.dailyTrend = new DailyTrendModel(db, clock, m_modelOwner);
    m_context.sales = new SalesReportLoader(db, clock, m_modelOwner);
    m_context.recentActions = new ActivityModel(db, clock, m_modelOwner);
    m_context.recentActions->setActions({u"proposal.auto_executed"_s, u"ai_budget.shared"_s});
    m_context.activity = new ActivityModel(db, clock, m_modelOwner);
    m_context.clusterHealth = new ClusterHealthModel(db, clock, m_modelOwner);
    m_context.businessHealth = new BusinessHealthModel(db, m_modelOwner);
    m_context.stageSummary = new StageSummaryModel(db, m_modelOwner);
    m_context.setup = new SetupChecklistModel(db, m_modelOwner);
    m_context.providerTester = new ProviderTester(m_session->runtime(), m_modelOwner);
    m_context.endpoints = new EndpointsModel(db, m_session->runtime(), clock, m_modelOwner);
    // Breakers change state in worker threads; the model catches up on the GUI thread.
    connect(
        m_session->runtime()->breakers(), &BreakerRegistry::stateChanged, m_context.endpoints, &EndpointsModel::reload);
}

void Application::showWindow()
{
    m_window = new MainWindow(m_context);
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    m_wiring = new ModelWiring(m_context, m_session->workspace()->db(), m_session->pool(), m_window, m_window);
    if (Doorbell* doorbell = m_session->doorbell()) {
        // A team workspace: the server lost and back, in the status bar (queued from the doorbell's thread;
        // it starts listening after the workspace opened, so the bar starts with nothing to say).
        const QString server = Dialect::displayLocation(m_session->workspace()->databasePath());
        connect(doorbell, &Doorbell::listeningChanged, m_window->workspaceStatusBar(),
            [bar = m_window->workspaceStatusBar(), server](
                bool listening) { bar->setServerReachable(listening, server); });
        // The offline outbox: decisions are kept while the server is away and applied when it answers.
        m_outbox = std::make_unique<DecisionOutbox>(DecisionOutbox::fileFor(server));
        ApprovalActions* actions = m_context.approvalActions;
        actions->setOutbox(m_outbox.get());
        connect(doorbell, &Doorbell::listeningChanged, actions,
            [actions](bool listening) { actions->setServerReachable(listening); });
        connect(actions, &ApprovalActions::outboxChanged, m_window->workspaceStatusBar(),
            &WorkspaceStatusBar::setDecisionsKept);
        m_window->workspaceStatusBar()->setDecisionsKept(m_outbox->size());
        // Decisions kept in an earlier session go out now when the server already answers.
        if (doorbell->isListening())
            QTimer::singleShot(0, actions, [actions] { actions->setServerReachable(true); });
    }
    connect(m_window, &MainWindow::demoWorkspaceRequested, this,
        [this] { switchWorkspace(WorkspaceSession::defaultDemoDirectory(), true); });
    connect(m_window, &MainWindow::newWorkspaceRequested, this, [this] { pickFolder(true); });
    connect(m_window, &MainWindow::openWorkspaceRequested, this, [this] { pickFolder(false); });
    connect(m_window, &MainWindow::joinTeamRequested, this, [this] { m_teamJoin->start({}, {}, m_window); });
    m_window->restoreState();
    m_window->show();
}

void Application::quit()
{
    closeWorkspace();
    qCInfo(lcApp) << "stopped cleanly";
    QCoreApplication::quit();
}

void Application::closeWorkspace()
{
    if (m_window) {
        // Views go before the models they show, models before the connection they read.
        m_window->setAttribute(Qt::WA_DeleteOnClose, false);
        m_window->close();
        delete m_window;
    }
    m_wiring = nullptr;
    // Workers stop before the models and the connection they share the database with.
    if (m_session && m_session->pool())
        m_session->pool()->stop();
    delete m_modelOwner;
    m_modelOwner = nullptr;
    m_settings.reset();
    m_outbox.reset();
    m_context = UiContext{};
    m_session.reset();
}

void Application::switchWorkspace(const QString& directory, bool demo)
{
    // Deferred: the request comes from a menu of the window that is about to be replaced.
    QTimer::singleShot(0, this, [this, directory, demo] {
        QString error;
        if (openWorkspace(directory, demo, &error))
            return;
        if (!demo && QFileInfo::exists(QDir(directory).filePath(Workspace::teamFileName()))) {
            openTeamFolder(directory, error);
            return;
        }
        QMessageBox::critical(nullptr, tr("Cannot open the workspace"), error);
        chooseWorkspaceInteractively();
    });
}

void Application::pickFolder(bool create)
{
    auto* dialog = new QFileDialog(
        m_window, create ? tr("Choose an empty folder for the new workspace") : tr("Open a workspace folder"));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, create](const QString& dir) {
        if (!create && !Workspace::holdsWorkspace(dir)) {
            QMessageBox::warning(m_window, tr("Not a workspace"),
                tr("%1 does not hold a Quorum workspace (quorum.db, or team.json for a team's). Choose “New "
                   "workspace” to create one there.")
                    .arg(dir));
            return;
        }
        switchWorkspace(dir, false);
    });
    connect(dialog, &QFileDialog::rejected, this, [this] {
        if (!m_window)
            chooseWorkspaceInteractively();
    });
    dialog->open();
}

void Application::openTeamFolder(const QString& directory, const QString& error)
{
    QString location, unreadable;
    Workspace::readTeamFile(QDir(directory).filePath(Workspace::teamFileName()), &location, &unreadable);
    const auto ask = [this, directory, location](const QString& why) {
        m_teamJoin->start(TeamWorkspaceDialog::Server::fromLocation(location, directory), why, m_window);
    };
    if (location.isEmpty()) {
        ask(unreadable.isEmpty() ? error : unreadable);
        return;
    }
    TeamPassword::read(
        location, this, [this, directory, location, error, ask](const QString& password, const QString& problem) {
            if (password.isEmpty()) {
                ask(problem.isEmpty() ? error : error + u"\n"_s + problem);
                return;
            }
            Connection::setPassword(location, password);
            QString again;
            if (!openWorkspace(directory, false, &again))
                ask(again);
        });
}

void Application::chooseWorkspaceInteractively()
{
    auto* dialog = new WelcomeDialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        switch (dialog->choice()) {
        case WelcomeDialog::Demo:
            switchWorkspace(WorkspaceSession::defaultDemoDirectory(), true);
            break;
        case WelcomeDialog::Create:
            pickFolder(true);
            break;
        case WelcomeDialog::Open:
            pickFolder(false);
            break;
        case WelcomeDialog::Team:
            m_teamJoin->start({}, {}, nullptr);
            break;
        case WelcomeDialog::None:
            if (!m_window)
                QCoreApplication::quit();
            break;
        }
    });
    dialog->open();
}
