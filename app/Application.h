#pragma once

#include "CommandLine.h"
#include "MainWindow.h"
#include "UiContext.h"
#include "campaigns/AdRuleActions.h"
#include "campaigns/CurrencySettings.h"
#include "campaigns/ExperimentActions.h"
#include "llm/ProviderSettings.h"
#include "pipeline/PipelineSettings.h"
#include "shopagents/GoalActions.h"
#include "shopagents/PricingActions.h"
#include "shopagents/SupplierActions.h"
#include "social/SocialActions.h"
#include "storesync/CustomerActions.h"
#include "storesync/StockActions.h"
#include "visuals/VisualActions.h"

#include <QObject>
#include <QPointer>

#include <memory>

class EventBus;
class ModelWiring;
class Workspace;
class TeamJoin;
class DecisionOutbox;
class WorkspaceSession;

// The composition root of the desktop application: opens the workspace, creates the services and
// models in a fixed order, hands them to the main window, and tears them down in reverse.
class Application final : public QObject
{
    Q_OBJECT
public:
    explicit Application(const CommandLine& options, QObject* parent = nullptr);
    ~Application() override;

    // Opens the workspace the command line (or the last session, or the first-run dialog) names and
    // shows the main window. False with a message when that is impossible.
    bool start(QString* error);
    bool openWorkspace(const QString& directory, bool demo, QString* error);
    void closeWorkspace();
    // Closes the window (keeping its state), stops the workers at a safe point (what they hold goes
    // back to the queue) and ends the event loop: what a signal or the end of the session asks for.
    void quit();

    MainWindow* mainWindow() const { return m_window; }
    Workspace* workspace() const;
    WorkspaceSession* session() const { return m_session.get(); }
    EventBus* bus() const { return m_bus; }
    const UiContext& context() const { return m_context; }
    // "Join a team workspace" (its dialog is teamJoin()->dialog() while open).
    TeamJoin* teamJoin() const { return m_teamJoin; }

private:
    void createModels();
    void showWindow();
    void chooseWorkspaceInteractively();
    void switchWorkspace(const QString& directory, bool demo);
    void pickFolder(bool create);
    // A team folder that would not open (no password known, the server away): the keychain's password
    // is tried, then the team dialog is shown with what went wrong.
    void openTeamFolder(const QString& directory, const QString& error);

    // The settings facades that are plain values (the others are QObjects under m_modelOwner).
    struct SettingsFacades
    {
        ProviderSettings providers;
        PipelineSettings pipeline;
        CustomerActions customers;
        CurrencySettings currency;
        StockActions stock;
        AdRuleActions adRules;
        ExperimentActions experiments;
        GoalActions goals;
        PricingActions pricing;
        SupplierActions suppliers;
        SocialActions social;
        VisualActions visuals;
    };

    CommandLine m_options;
    EventBus* m_bus;
    TeamJoin* m_teamJoin;
    std::unique_ptr<WorkspaceSession> m_session;
    QObject* m_modelOwner = nullptr;
    std::unique_ptr<SettingsFacades> m_settings;
    // A team desk's decisions taken while the server is away (null on SQLite).
    std::unique_ptr<DecisionOutbox> m_outbox;
    UiContext m_context;
    QPointer<MainWindow> m_window;
    ModelWiring* m_wiring = nullptr;
};
