#pragma once

#include <QString>

class Clock;
class EventBus;
class ProductsModel;
class ApprovalsModel;
class AgentsModel;
class CampaignsModel;
class CampaignSeriesModel;
class AnomaliesModel;
class FinanceAlertsModel;
class SuppliersModel;
class KnowledgeActions;
class KnowledgeDocumentsModel;
class SupplierActions;
class SitesModel;
class LeadsModel;
class LeadActions;
class OutreachActions;
class SiteActions;
class SiteUnitsModel;
class KpiModel;
class DailyTrendModel;
class SalesReportLoader;
class ActivityModel;
class ClusterHealthModel;
class StageSummaryModel;
class SetupChecklistModel;
class EndpointsModel;
class ProvidersModel;
class PromptTemplatesModel;
class PiecesModel;
class VersionsModel;
class PipelineActions;
class ApprovalActions;
class DeadlineWatcher;
class UserSession;
class PublishActions;
class ProviderSettings;
class ProviderTester;
class PipelineSettings;
class ConnectionSettings;
class AuditActions;
class CatalogActions;
class CustomerActions;
class CurrencySettings;
class CustomersModel;
class ReviewsModel;
class ReviewWeekModel;
class OrdersImportActions;
class StockActions;
class AdRuleActions;
class SocialActions;
class VisualActions;
class AdRulesModel;
class RuleFindingsModel;
class ExperimentActions;
class ExperimentsModel;
class ExperimentArmsModel;
class BusinessHealthModel;
class GoalActions;
class PricingActions;
class AutopilotActions;
class GatewayActions;

// Where the open workspace is and what it is called (the UI never gets its database).
struct WorkspaceInfo
{
    QString root;
    QString displayName;
    bool demo = false;
};

// What the composition root hands to the UI: models to view and service facades to act through.
// Facades check the person's role, write the audit entry and tell the views; the UI owns none of
// these and never reaches the database itself.
struct UiContext
{
    WorkspaceInfo workspace;
    Clock* clock = nullptr;
    EventBus* bus = nullptr;
    ProductsModel* products = nullptr;
    ApprovalsModel* approvals = nullptr;
    AgentsModel* agents = nullptr;
    CampaignsModel* campaigns = nullptr;
    CampaignSeriesModel* campaignSeries = nullptr;
    AnomaliesModel* anomalies = nullptr;         // the campaigns' unusual days
    FinanceAlertsModel* financeAlerts = nullptr; // Finance Watch's open alerts
    SitesModel* sites = nullptr;
    LeadsModel* leads = nullptr;
    KpiModel* kpis = nullptr;
    DailyTrendModel* dailyTrend = nullptr; // revenue and profit per day, for the dashboard's chart
    SalesReportLoader* sales = nullptr;    // sales and P&L by product over a period
    ActivityModel* recentActions = nullptr;
    ClusterHealthModel* clusterHealth = nullptr;
    BusinessHealthModel* businessHealth = nullptr; // the CEO's month against the goals
    GoalActions* goals = nullptr;
    PricingActions* pricing = nullptr;    // Settings → Pricing: the Pricing agent's rules and competitor prices
    SupplierActions* suppliers = nullptr; // Settings → Suppliers: the supplier list
    SuppliersModel* supplierList = nullptr;
    KnowledgeActions* knowledge = nullptr; // Settings → Knowledge: the knowledge base
    KnowledgeDocumentsModel* knowledgeDocuments = nullptr;
    StageSummaryModel* stageSummary = nullptr;
    SetupChecklistModel* setup = nullptr; // the dashboard's "get started" steps
    EndpointsModel* endpoints = nullptr;
    ProvidersModel* providers = nullptr;
    PromptTemplatesModel* prompts = nullptr;
    PiecesModel* pieces = nullptr;     // the selected product's pieces
    VersionsModel* versions = nullptr; // the selected piece's versions
    ActivityModel* activity = nullptr; // the whole audit trail, for the Activity view
    PipelineActions* actions = nullptr;
    UserSession* user = nullptr;
    ApprovalActions* approvalActions = nullptr;
    DeadlineWatcher* deadlines = nullptr;
    PublishActions* publish = nullptr;
    ProviderSettings* providerSettings = nullptr;
    ProviderTester* providerTester = nullptr; // Test provider and the model list
    PipelineSettings* pipelineSettings = nullptr;
    ConnectionSettings* connections = nullptr;
    AuditActions* audit = nullptr;
    CatalogActions* catalog = nullptr;
    LeadActions* leadActions = nullptr;
    OutreachActions* outreachActions = nullptr;    // e-mails to leads: write, sender and cap, suppression list
    SiteActions* siteActions = nullptr;            // the site factory: generate, write a part again, lock
    SiteUnitsModel* siteUnits = nullptr;           // the open site's parts (Sites → a site's detail)
    CustomersModel* customers = nullptr;           // Settings → Customers
    ReviewsModel* reviews = nullptr;               // Settings → Reviews
    ReviewWeekModel* reviewWeek = nullptr;         // Settings → Reviews: this week per product
    CustomerActions* customerActions = nullptr;    // erasing personal data
    CurrencySettings* currencySettings = nullptr;  // reporting currency and rates
    OrdersImportActions* orders = nullptr;         // a Shopify orders export into the workspace's orders
    StockActions* stockActions = nullptr;          // stock in the stores, and reorder rules
    VisualActions* visuals = nullptr;              // a product's visuals: made, approved, rejected
    SocialActions* social = nullptr;               // social posts: planned, moved, canceled
    AdRuleActions* adRules = nullptr;              // ad rules: checked, backtested, saved, switched live
    AdRulesModel* adRulesModel = nullptr;          // the Campaigns pane's Rules tab
    RuleFindingsModel* ruleFindings = nullptr;     // what the selected rule found
    ExperimentActions* experiments = nullptr;      // A/B tests: registered, stopped, their winners proposed
    ExperimentsModel* experimentsModel = nullptr;  // the Campaigns pane's Experiments tab
    ExperimentArmsModel* experimentArms = nullptr; // the selected test's arms and looks
    GatewayActions* gateway = nullptr;             // Settings → Gateway: external agents and their keys
    AutopilotActions* autopilot = nullptr;         // Settings → Autopilot, alerts and File → Reports
};
