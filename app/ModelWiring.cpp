#include "ModelWiring.h"

#include "ActivityModel.h"
#include "AgentsModel.h"
#include "ApprovalsModel.h"
#include "CampaignSeriesModel.h"
#include "CampaignsModel.h"
#include "ClusterHealthModel.h"
#include "KpiModel.h"
#include "MainWindow.h"
#include "ProductsModel.h"
#include "SitesModel.h"
#include "StageSummaryModel.h"
#include "core/EventBus.h"

#include <QTimer>

ModelWiring::ModelWiring(const UiContext& context, MainWindow* window, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_window(window)
    , m_periodic(new QTimer(this))
    , m_stageRefresh(new QTimer(this))
{
    connect(context.bus, &EventBus::changed, this,
        [this](EventBus::Topic topic, const QList<qint64>& ids, bool membershipChanged) {
            switch (topic) {
            case EventBus::Topic::Products:
                m_context.products->notifyChanged(ids, membershipChanged);
                m_stageRefresh->start();
                break;
            case EventBus::Topic::Proposals:
                m_context.approvals->notifyChanged(ids, true);
                m_context.recentActions->refresh();
                refreshCounts();
                break;
            case EventBus::Topic::Audit:
                m_context.recentActions->refresh();
                break;
            case EventBus::Topic::Agents:
                m_context.agents->reload();
                m_context.clusterHealth->reload();
                break;
            case EventBus::Topic::Campaigns:
                m_context.campaigns->notifyChanged(ids, membershipChanged);
                m_context.campaignSeries->reload();
                m_context.kpis->reload();
                break;
            case EventBus::Topic::Sites:
                m_context.sites->reload();
                break;
            case EventBus::Topic::Providers:
                m_context.kpis->reload();
                break;
            default:
                break;
            }
        });
    // Figures that depend on the clock (24-hour windows, heartbeat health) are recomputed every 30 s.
    m_periodic->setInterval(30'000);
    connect(m_periodic, &QTimer::timeout, this, [this] {
        m_context.kpis->reload();
        m_context.clusterHealth->reload();
        m_context.agents->reload();
    });
    m_periodic->start();
    // Product changes arrive in bursts while the pipeline runs; the stage summary catches up once a second.
    m_stageRefresh->setSingleShot(true);
    m_stageRefresh->setInterval(1000);
    connect(m_stageRefresh, &QTimer::timeout, this, [this] { m_context.stageSummary->reload(); });
    refreshCounts();
}

void ModelWiring::refreshCounts()
{
    m_context.kpis->reload();
    m_window->setPendingApprovals(static_cast<int>(m_context.kpis->value(KpiModel::PendingApprovals)));
}
