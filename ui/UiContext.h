#pragma once

class Clock;
class EventBus;
class Workspace;
class ProductsModel;
class ApprovalsModel;
class AgentsModel;
class CampaignsModel;
class CampaignSeriesModel;
class SitesModel;
class KpiModel;
class ActivityModel;
class ClusterHealthModel;
class StageSummaryModel;
class EndpointsModel;
class PipelineActions;
class WorkerPool;
class ApprovalActions;
class DeadlineWatcher;
class UserSession;
class SecretStore;
class ApiRuntime;
class PublishActions;

// What the composition root hands to the UI: the workspace, shared services and the models the
// panes view. The UI owns none of these.
struct UiContext
{
    Workspace* workspace = nullptr;
    Clock* clock = nullptr;
    EventBus* bus = nullptr;
    ProductsModel* products = nullptr;
    ApprovalsModel* approvals = nullptr;
    AgentsModel* agents = nullptr;
    CampaignsModel* campaigns = nullptr;
    CampaignSeriesModel* campaignSeries = nullptr;
    SitesModel* sites = nullptr;
    KpiModel* kpis = nullptr;
    ActivityModel* recentActions = nullptr;
    ClusterHealthModel* clusterHealth = nullptr;
    StageSummaryModel* stageSummary = nullptr;
    EndpointsModel* endpoints = nullptr;
    PipelineActions* actions = nullptr;
    WorkerPool* pool = nullptr;
    UserSession* user = nullptr;
    ApprovalActions* approvalActions = nullptr;
    DeadlineWatcher* deadlines = nullptr;
    ActivityModel* activity = nullptr; // the whole audit trail, for the Activity view
    SecretStore* secrets = nullptr;    // the OS keychain
    ApiRuntime* runtime = nullptr;     // breakers and secrets the clients share
    PublishActions* publish = nullptr;
};
