#include "MainWindow.h"

#include "Markup.h"
#include "NavigationBar.h"
#include "Theme.h"
#include "TrayNotifier.h"
#include "WorkspaceStatusBar.h"
#include "approvals/ApprovalActions.h"
#include "approvals/DeadlineWatcher.h"
#include "dialogs/OrdersImportDialog.h"
#include "dialogs/ReportsDialog.h"
#include "dialogs/SettingsDialog.h"
#include "dialogs/SwitchUserDialog.h"
#include "panes/AgentsPane.h"
#include "panes/ApprovalsPane.h"
#include "panes/CampaignsPane.h"
#include "panes/DashboardPane.h"
#include "panes/PipelinePane.h"
#include "panes/SitesPane.h"
#include "pipeline/PipelineActions.h"
#include "settings/RulesPage.h"
#include "widgets/CommandPalette.h"
#include "widgets/Icons.h"
#include "widgets/RunStateBanner.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(const UiContext& context, QWidget* parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_navigation(new NavigationBar(this))
    , m_stack(new QStackedWidget(this))
    , m_statusBar(new WorkspaceStatusBar(this))
    , m_dashboard(new DashboardPane(context, this))
    , m_pipeline(new PipelinePane(context, this))
    , m_approvals(new ApprovalsPane(context, this))
    , m_agents(new AgentsPane(context, this))
    , m_campaigns(new CampaignsPane(context, this))
    , m_sites(new SitesPane(context, this))
{
    setObjectName(u"mainWindow"_s);
    const bool demo = context.workspace.demo;
    const QString name = context.workspace.displayName;
    setWindowTitle(demo ? tr("%1 — Quorum (demo)").arg(name) : tr("%1 — Quorum").arg(name));
    setWindowIcon(Icons::appIcon());

    for (QWidget* pane :
        std::initializer_list<QWidget*>{m_dashboard, m_pipeline, m_approvals, m_agents, m_campaigns, m_sites})
        m_stack->addWidget(pane);

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    if (demo)
        contentLayout->addWidget(createDemoBanner());
    // Pause and emergency stop show above every pane, with the way out.
    auto* runState = new RunStateBanner(this);
    contentLayout->addWidget(runState);
    contentLayout->addWidget(m_stack, 1);
    connect(m_statusBar, &WorkspaceStatusBar::pipelineStateChanged, runState, &RunStateBanner::setState);
    connect(runState, &RunStateBanner::resumeRequested, this, [this] { setPipelineState(RunControl::State::Running); });

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(content, 1);
    setCentralWidget(central);
    setStatusBar(m_statusBar);

    m_navigation->setWorkspaceLabel(name, demo);
    m_statusBar->setWorkspace(name, context.workspace.root, demo);
    connect(m_navigation, &NavigationBar::currentChanged, this, &MainWindow::showPane);
    connect(m_statusBar, &WorkspaceStatusBar::approvalsClicked, this, [this] { showPane(PaneId::Approvals); });
    connect(m_dashboard, &DashboardPane::paneRequested, this, &MainWindow::showPane);
    connect(m_dashboard, &DashboardPane::proposalRequested, this, &MainWindow::openProposal);
    connect(m_dashboard, &DashboardPane::setupStepRequested, this, &MainWindow::doSetupStep);
    connect(m_dashboard, &DashboardPane::currencySettingsRequested, this,
        [this] { openSettings()->showPage(SettingsDialog::Currencies); });
    connect(m_dashboard, &DashboardPane::stagesRequested, this,
        [this](const QString& label, const QStringList& stages, bool waiting) {
            m_pipeline->showStages(label, stages, waiting);
            showPane(PaneId::Pipeline);
        });
    connect(m_pipeline, &PipelinePane::message, this,
        [this](const QString& text) { m_statusBar->showMessage(text, 8000); });
    connect(m_statusBar, &WorkspaceStatusBar::pipelineStateRequested, this, &MainWindow::setPipelineState);
    wireApprovals();
    createMenus();
    // A first start fits the screen, frame and panel included (a 1366 × 768 laptop gives about 1366 × 730).
    const QSize wanted(1360, 860);
    resize(screen() ? wanted.boundedTo(screen()->availableGeometry().size() - QSize(16, 40)) : wanted);
}

void MainWindow::wireApprovals()
{
    const auto toStatus = [this](const QString& text) { m_statusBar->showMessage(text, 8000); };
    connect(m_approvals, &ApprovalsPane::message, this, toStatus);
    connect(m_agents, &AgentsPane::message, this, toStatus);
    connect(m_dashboard, &DashboardPane::message, this, toStatus);
    connect(m_sites, &SitesPane::message, this, toStatus);
    connect(m_campaigns, &CampaignsPane::message, this, toStatus);
    connect(m_campaigns, &CampaignsPane::proposalRequested, this, &MainWindow::openProposal);
    // Quick threshold adjustment: the rule that sent a proposal here, opened in Settings.
    connect(m_approvals, &ApprovalsPane::ruleRequested, this, [this](const QString& actionType, const QString& agent) {
        SettingsDialog* dialog = openSettings();
        dialog->showPage(SettingsDialog::Rules);
        dialog->rulesPage()->selectRuleFor(actionType, agent);
    });
    m_tray = new TrayNotifier(m_context.deadlines, m_context.approvalActions, m_context.clock, this);
    connect(m_tray, &TrayNotifier::proposalRequested, this, &MainWindow::openProposal);
    connect(
        m_tray, &TrayNotifier::alertsRequested, this, [this] { openSettings()->showPage(SettingsDialog::Autopilot); });
    if (m_context.approvalActions)
        connect(m_context.approvalActions, &ApprovalActions::outboxApplied, this, &MainWindow::reportKeptDecisions);
    if (m_context.autopilot)
        m_tray->watchAlerts(m_context.autopilot);
    if (!m_tray->hasTray())
        connect(m_tray, &TrayNotifier::message, this, toStatus);
    if (m_context.deadlines) {
        connect(m_context.deadlines, &DeadlineWatcher::expiringSoonChanged, m_statusBar,
            &WorkspaceStatusBar::setExpiringSoon);
        m_statusBar->setExpiringSoon(qMax(0, m_context.deadlines->expiringSoon()));
    }
    const auto showUser = [this] {
        const Users::User& u = m_context.user->user();
        m_statusBar->setUser(u.name, Users::roleDisplayName(u.role));
    };
    connect(m_context.user, &UserSession::changed, this, showUser);
    showUser();
}

void MainWindow::openProposal(qint64 id)
{
    showPane(PaneId::Approvals);
    raise();
    activateWindow();
    m_approvals->openProposal(id);
}

void MainWindow::switchUser()
{
    auto* dialog = new SwitchUserDialog(m_context.approvalActions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SwitchUserDialog::switched, this,
        [this](const QString& name) { m_statusBar->showMessage(tr("Now deciding as %1.").arg(name), 6000); });
    dialog->open();
}

QWidget* MainWindow::createDemoBanner()
{
    auto* banner = new QFrame(this);
    banner->setObjectName(u"demoBanner"_s);
    banner->setStyleSheet(u"#demoBanner { background: %1; border-bottom: 1px solid %2; }"_s.arg(
        Theme::css(Theme::Notice), Theme::css(Theme::NoticeBorder)));
    auto* text
        = new QLabel(tr("<b>Demo workspace.</b> Sample shop data; a local sandbox stands in for your stores and AI "
                        "providers, so nothing here reaches a real shop or costs money."),
            banner);
    text->setWordWrap(true);
    auto* create = new QPushButton(tr("Create your own workspace…"), banner);
    connect(create, &QPushButton::clicked, this, &MainWindow::newWorkspaceRequested);
    auto* layout = new QHBoxLayout(banner);
    layout->setContentsMargins(20, 8, 20, 8);
    layout->addWidget(text, 1);
    layout->addWidget(create);
    return banner;
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newWorkspace = file->addAction(tr("&New workspace…"), this, &MainWindow::newWorkspaceRequested);
    newWorkspace->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction* open = file->addAction(tr("&Open workspace…"), this, &MainWindow::openWorkspaceRequested);
    open->setShortcut(QKeySequence::Open);
    QAction* team = file->addAction(tr("Join a &team workspace…"), this, &MainWindow::joinTeamRequested);
    team->setObjectName(u"actionJoinTeam"_s);
    file->addAction(tr("Open the &demo workspace"), this, &MainWindow::demoWorkspaceRequested);
    file->addAction(tr("Show workspace &folder"), this,
        [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_context.workspace.root)); });
    file->addSeparator();
    // For a shop whose store is not connected: its orders from Shopify's export.
    QAction* importOrders = file->addAction(
        tr("Import orders from Shopify export…"), this, [this] { OrdersImportDialog::start(m_context.orders, this); });
    importOrders->setObjectName(u"actionImportOrders"_s);
    QAction* reports = file->addAction(tr("&Reports…"), this, [this] {
        auto* dialog = new ReportsDialog(m_context.autopilot, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ReportsDialog::message, this,
            [this](const QString& text) { m_statusBar->showMessage(text, 6000); });
        dialog->open();
    });
    reports->setObjectName(u"actionReports"_s);
    reports->setEnabled(m_context.autopilot != nullptr);
    file->addSeparator();
    QAction* switchUser = file->addAction(tr("S&witch user…"), this, &MainWindow::switchUser);
    switchUser->setObjectName(u"actionSwitchUser"_s);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    const QList<std::pair<PaneId, QString>> panes{{PaneId::Dashboard, tr("&Dashboard")},
        {PaneId::Pipeline, tr("&Pipeline")}, {PaneId::Approvals, tr("&Approvals")}, {PaneId::Agents, tr("A&gents")},
        {PaneId::Campaigns, tr("&Campaigns")}, {PaneId::Sites, tr("&Sites")}};
    for (const auto& [id, text] : panes) {
        QAction* action = view->addAction(text, this, [this, pane = id] { showPane(pane); });
        action->setObjectName(u"show_"_s + paneKey(id));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + static_cast<int>(id))));
        action->setShortcutContext(Qt::ApplicationShortcut);
    }

    createPipelineMenu();

    // Settings are the workspace's (providers, connections, rules), not the pipeline's: a menu of their
    // own, each page one click away, the whole dialog on Ctrl+, (opening on Providers).
    QMenu* settingsMenu = menuBar()->addMenu(tr("Se&ttings"));
    QAction* settings = settingsMenu->addAction(tr("&All settings…"), this, [this] { openSettings(); });
    settings->setObjectName(u"actionSettings"_s);
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setShortcutContext(Qt::ApplicationShortcut);
    settingsMenu->addSeparator();
    for (int p = 0; p < SettingsDialog::PageCount; ++p) {
        const auto page = static_cast<SettingsDialog::Page>(p);
        QAction* a = settingsMenu->addAction(
            SettingsDialog::pageTitle(page) + u"…"_s, this, [this, page] { openSettings()->showPage(page); });
        a->setObjectName(u"actionSettingsPage%1"_s.arg(p));
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    // Every menu command, found by typing (Ctrl+K), and every shortcut on one sheet (?).
    QAction* palette = help->addAction(tr("&Command palette…"), this, [this] {
        auto* dialog = new CommandPalette(menuActions(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    palette->setObjectName(u"actionCommandPalette"_s);
    palette->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    palette->setShortcutContext(Qt::ApplicationShortcut);
    QAction* keys = help->addAction(tr("&Keyboard shortcuts"), this, [this] {
        auto* dialog = new ShortcutSheet(menuActions(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    keys->setObjectName(u"actionShortcuts"_s);
    keys->setShortcut(QKeySequence(Qt::Key_Question));
    help->addSeparator();
    help->addAction(tr("&About Quorum"), this, [this] {
        auto* box = new QMessageBox(QMessageBox::NoIcon, tr("About Quorum"),
            tr("<h3>Quorum %1</h3><p>A command center for running an online shop with AI agents under human "
               "control. Nothing ships unless a quorum agrees: two models, then, when the risk is high, a person.</p>")
                .arg(QStringLiteral(QUORUM_VERSION)),
            QMessageBox::Ok, this);
        box->setIconPixmap(Icons::appIcon().pixmap(64, 64));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

QList<QAction*> MainWindow::menuActions() const
{
    QList<QAction*> out;
    for (QAction* top : menuBar()->actions()) {
        if (QMenu* menu = top->menu()) {
            for (QAction* a : menu->actions()) {
                if (!a->isSeparator() && !a->menu())
                    out.append(a);
            }
        }
    }
    return out;
}

void MainWindow::createPipelineMenu()
{
    QMenu* menu = menuBar()->addMenu(tr("P&ipeline"));
    const auto add = [this, menu](const QString& name, const QString& text, const QKeySequence& key, auto slot) {
        QAction* a = menu->addAction(text, this, slot);
        a->setObjectName(name);
        a->setShortcut(key);
        a->setShortcutContext(Qt::ApplicationShortcut);
        return a;
    };
    add(u"actionAddProduct"_s, tr("&Add product…"), QKeySequence(Qt::CTRL | Qt::Key_N), [this] {
        showPane(PaneId::Pipeline);
        m_pipeline->addProduct();
    });
    add(u"actionImport"_s, tr("&Import products from CSV…"), QKeySequence(Qt::CTRL | Qt::Key_I), [this] {
        showPane(PaneId::Pipeline);
        m_pipeline->importCatalog();
    });
    add(u"actionRunSelected"_s, tr("&Run or retry selected"), QKeySequence(Qt::CTRL | Qt::Key_R), [this] {
        showPane(PaneId::Pipeline);
        m_pipeline->runSelected();
    });
    add(u"actionRunDrafts"_s, tr("Run all &drafts"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
        [this] { m_pipeline->runAllDrafts(); });
    menu->addSeparator();
    QAction* pause = add(u"actionPause"_s, tr("&Pause"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
        [this] { setPipelineState(RunControl::State::Paused); });
    QAction* resume = add(u"actionResume"_s, tr("R&esume"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U),
        [this] { setPipelineState(RunControl::State::Running); });
    QAction* stop = add(u"actionEmergencyStop"_s, tr("Emergency &stop"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X),
        [this] { setPipelineState(RunControl::State::Stopped); });
    connect(menu, &QMenu::aboutToShow, this, [this, pause, resume, stop] {
        const RunControl::State s = m_context.actions->state();
        pause->setEnabled(s == RunControl::State::Running);
        resume->setEnabled(s != RunControl::State::Running);
        stop->setEnabled(s != RunControl::State::Stopped);
    });
}

void MainWindow::doSetupStep(SetupState::Step step)
{
    switch (step) {
    case SetupState::Step::Provider:
        openSettings()->showPage(SettingsDialog::Providers);
        break;
    case SetupState::Step::Brand:
        openSettings()->showPage(SettingsDialog::Brand);
        break;
    case SetupState::Step::Store:
        openSettings()->showPage(SettingsDialog::Connections);
        break;
    case SetupState::Step::Products:
        showPane(PaneId::Pipeline);
        m_pipeline->addProduct();
        break;
    case SetupState::Step::FirstRun:
    case SetupState::Step::Count:
        showPane(PaneId::Pipeline);
        break;
    }
}

void MainWindow::setPipelineState(RunControl::State state)
{
    QString error;
    if (!m_context.actions->setState(state, &error)) {
        QMessageBox::warning(this, tr("Not allowed"), error);
        return;
    }
    switch (state) {
    case RunControl::State::Stopped:
        m_statusBar->showMessage(
            tr("Emergency stop: every worker halts at its next safe point. Nothing is lost."), 8000);
        break;
    case RunControl::State::Paused:
        m_statusBar->showMessage(tr("Paused: work in progress stops at its next safe point and waits."), 6000);
        break;
    case RunControl::State::Running:
        m_statusBar->showMessage(tr("Resumed: the workers pick up where they stopped."), 6000);
        break;
    }
}

SettingsDialog* MainWindow::openSettings()
{
    auto* dialog = new SettingsDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        dialog, &SettingsDialog::message, this, [this](const QString& text) { m_statusBar->showMessage(text, 6000); });
    dialog->open();
    return dialog;
}

void MainWindow::showPane(PaneId pane)
{
    const int i = static_cast<int>(pane);
    if (i < 0 || i >= m_stack->count())
        return;
    m_stack->setCurrentIndex(i);
    m_navigation->setCurrent(pane);
    // Put the keyboard where the work is: the pane's main view.
    switch (pane) {
    case PaneId::Pipeline:
        m_pipeline->view()->setFocus();
        break;
    case PaneId::Approvals:
        m_approvals->view()->setFocus();
        break;
    case PaneId::Agents:
        m_agents->view()->setFocus();
        break;
    case PaneId::Campaigns:
        m_campaigns->view()->setFocus();
        break;
    case PaneId::Sites:
        m_sites->view()->setFocus();
        break;
    default:
        break;
    }
}

PaneId MainWindow::currentPane() const
{
    return static_cast<PaneId>(m_stack->currentIndex());
}

void MainWindow::setPendingApprovals(int count)
{
    m_statusBar->setPendingApprovals(count);
    m_navigation->setBadge(PaneId::Approvals, count);
}

void MainWindow::restoreState()
{
    QSettings settings;
    const QByteArray geometry = settings.value(u"window/geometry"_s).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QString pane = settings.value(u"window/pane"_s).toString();
    for (int i = 0; i < static_cast<int>(PaneId::Count); ++i) {
        if (paneKey(static_cast<PaneId>(i)) == pane)
            showPane(static_cast<PaneId>(i));
    }
}

void MainWindow::saveState()
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/pane"_s, paneKey(currentPane()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveState();
    event->accept();
}

void MainWindow::reportKeptDecisions(const QList<DecisionOutbox::Applied>& results)
{
    QStringList notApplied;
    int applied = 0;
    bool refused = false;
    for (const DecisionOutbox::Applied& a : results) {
        if (a.result == DecisionOutbox::Result::Applied || a.result == DecisionOutbox::Result::AlreadyApplied)
            ++applied;
        else
            notApplied.append(u"• "_s + a.message);
        refused = refused || a.result == DecisionOutbox::Result::Refused;
    }
    if (applied > 0)
        m_statusBar->showMessage(
            tr("%n decision(s) kept while the team server was away reached the team.", nullptr, applied), 10'000);
    if (notApplied.isEmpty())
        return;
    // Each line says why: someone else decided it, or it is no longer allowed (a role, a deadline).
    auto* box = new QMessageBox(QMessageBox::Information,
        refused ? tr("Kept decisions not applied") : tr("Decided by someone else meanwhile"),
        tr("%n decision(s) kept on this computer were not applied:", nullptr, int(notApplied.size())), QMessageBox::Ok,
        this);
    box->setObjectName(u"keptDecisionsNotApplied"_s);
    box->setInformativeText(Markup::paragraph(notApplied.join(u'\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
