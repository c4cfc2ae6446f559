#pragma once

#include "UiContext.h"
#include "approvals/DecisionOutbox.h"
#include "jobs/RunControl.h"
#include "panes/Pane.h"
#include "pipeline/SetupState.h"

#include <QMainWindow>

class QStackedWidget;
class NavigationBar;
class WorkspaceStatusBar;
class DashboardPane;
class PipelinePane;
class ApprovalsPane;
class AgentsPane;
class CampaignsPane;
class SitesPane;
class TrayNotifier;
class SettingsDialog;

// The main window only wires: navigation rail, the stacked panes, menus, shortcuts and the status
// bar. Panes own their own behaviour; the composition root owns services and models.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const UiContext& context, QWidget* parent = nullptr);

    void showPane(PaneId pane);
    // What became of the decisions kept while the team server was away.
    void reportKeptDecisions(const QList<DecisionOutbox::Applied>& results);
    PaneId currentPane() const;
    void setPendingApprovals(int count);
    // Restores geometry and the last pane from the machine-local settings.
    void restoreState();

    WorkspaceStatusBar* workspaceStatusBar() const { return m_statusBar; }
    NavigationBar* navigation() const { return m_navigation; }
    PipelinePane* pipelinePane() const { return m_pipeline; }
    ApprovalsPane* approvalsPane() const { return m_approvals; }
    AgentsPane* agentsPane() const { return m_agents; }
    CampaignsPane* campaignsPane() const { return m_campaigns; }
    SitesPane* sitesPane() const { return m_sites; }
    DashboardPane* dashboardPane() const { return m_dashboard; }
    TrayNotifier* trayNotifier() const { return m_tray; }
    // Opens the Approvals pane on one proposal (a notification was clicked).
    void openProposal(qint64 id);

signals:
    void newWorkspaceRequested();
    void openWorkspaceRequested();
    void joinTeamRequested();
    void demoWorkspaceRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void createPipelineMenu();
    void setPipelineState(RunControl::State state);
    void doSetupStep(SetupState::Step step);
    QList<QAction*> menuActions() const;
    SettingsDialog* openSettings();
    void switchUser();
    void wireApprovals();
    QWidget* createDemoBanner();
    void saveState();

    UiContext m_context;
    NavigationBar* m_navigation;
    QStackedWidget* m_stack;
    WorkspaceStatusBar* m_statusBar;
    DashboardPane* m_dashboard;
    PipelinePane* m_pipeline;
    ApprovalsPane* m_approvals;
    AgentsPane* m_agents;
    CampaignsPane* m_campaigns;
    SitesPane* m_sites;
    TrayNotifier* m_tray = nullptr;
};
