#include "ModelWiring.h"

#include "campaigns/AdSync.h"
#include "storesync/StoreSync.h"

#include "ActivityModel.h"
#include "AdRulesModel.h"
#include "AgentsModel.h"
#include "AnomaliesModel.h"
#include "ApprovalsModel.h"
#include "BusinessHealthModel.h"
#include "CampaignSeriesModel.h"
#include "CampaignsModel.h"
#include "ClusterHealthModel.h"
#include "CustomersModel.h"
#include "DailyTrendModel.h"
#include "EndpointsModel.h"
#include "ExperimentsModel.h"
#include "FinanceAlertsModel.h"
#include "KpiModel.h"
#include "LeadsModel.h"
#include "MainWindow.h"
#include "ProductsModel.h"
#include "ReviewModels.h"
#include "SalesReportModels.h"
#include "SetupChecklistModel.h"
#include "SitesModel.h"
#include "StageSummaryModel.h"
#include "SuppliersModel.h"
#include "WorkspaceStatusBar.h"
#include "agents/PipelineAgents.h"
#include "core/Clock.h"
#include "core/EventBus.h"
#include "core/Log.h"
#include "jobs/JobQueue.h"
#include "jobs/RunControl.h"
#include "jobs/WorkerPool.h"
#include "publishing/Publications.h"
#include "storage/Sql.h"
#include "storage/Workspace.h"

#include <QTimer>

#include <utility>

ModelWiring::ModelWiring(
    const UiContext& context, const QSqlDatabase& db, WorkerPool* pool, MainWindow* window, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_db(db)
    , m_pool(pool)
    , m_window(window)
    , m_periodic(new QTimer(this))
    , m_stageRefresh(new QTimer(this))
    , m_productFlush(new QTimer(this))
    , m_pipelineStatus(new QTimer(this))
    , m_agentsTick(new QTimer(this))
    , m_salesRefresh(new QTimer(this))
    , m_rankingRefresh(new QTimer(this))
    , m_historyRefresh(new QTimer(this))
{
    connect(context.bus, &EventBus::changed, this,
        [this](EventBus::Topic topic, const QList<qint64>& ids, bool membershipChanged) {
            switch (topic) {
            case EventBus::Topic::Products:
                // Workers report every step; the table catches up in batches so the GUI stays smooth.
                if (ids.isEmpty() || membershipChanged) {
                    m_context.products->notifyChanged(ids, true);
                } else {
                    m_changedProducts.unite(QSet<qint64>(ids.begin(), ids.end()));
                    if (!m_productFlush->isActive())
                        m_productFlush->start();
                }
                throttle(m_stageRefresh);
                throttle(m_pipelineStatus);
                break;
            case EventBus::Topic::Jobs:
                throttle(m_pipelineStatus);
                // Finished work changes today's AI spend on the dashboard; it catches up once a second.
                throttle(m_stageRefresh);
                break;
            case EventBus::Topic::Proposals:
                // The queue itself follows at once (only the rows named are read again); what is derived
                // from decisions (counts, history, findings) catches up at most twice a second, so a
                // thousand external agents proposing do not make the window re-read it all each time.
                m_context.approvals->notifyChanged(ids, true);
                throttle(m_rankingRefresh); // the CEO's ranking on the dashboard
                m_decisionsChanged = true;
                throttle(m_historyRefresh);
                break;
            case EventBus::Topic::Audit:
                throttle(m_historyRefresh);
                break;
            case EventBus::Topic::Agents:
                m_context.agents->reload();
                m_context.clusterHealth->reload();
                // The Review Desk reads reviews and settles replies in its runs.
                m_context.reviews->refresh();
                m_context.reviewWeek->reload();
                if (m_context.businessHealth) // the CEO may have measured the month again
                    m_context.businessHealth->reload();
                m_context.financeAlerts->reload(); // Finance Watch judges its alerts in its runs
                break;
            case EventBus::Topic::Campaigns:
                throttle(m_salesRefresh);   // ad spend
                throttle(m_pipelineStatus); // an ad account's sync state
                m_context.campaigns->notifyChanged(ids, membershipChanged);
                m_context.campaignSeries->reload();
                m_context.anomalies->reload();
                if (m_context.adRulesModel) {
                    m_context.adRulesModel->reload();
                    m_context.ruleFindings->reload();
                    m_context.experimentsModel->reload();
                    m_context.experimentArms->reload();
                }
                m_context.kpis->reload();
                m_context.dailyTrend->reload();
                break;
            case EventBus::Topic::Sites:
                m_context.sites->reload();
                m_context.leads->notifyChanged(ids, membershipChanged);
                break;
            case EventBus::Topic::Publications:
                throttle(m_pipelineStatus);
                break;
            case EventBus::Topic::StoreData:
                // Orders came in: the dashboard's revenue and trend are read from them.
                m_context.kpis->reload();
                m_context.dailyTrend->reload();
                throttle(m_pipelineStatus);
                throttle(m_salesRefresh);
                m_context.customers->refresh();
                m_context.reviews->refresh();
                m_context.reviewWeek->reload();
                break;
            case EventBus::Topic::Providers:
                m_context.kpis->reload();
                throttle(m_salesRefresh); // AI spend is in the profit and loss
                m_context.setup->reload();
                break;
            case EventBus::Topic::Settings:
                m_context.setup->reload();
                // The reporting currency or a rate may have changed.
                m_context.kpis->reload();
                m_context.dailyTrend->reload();
                throttle(m_salesRefresh);
                // The expected values of the queue and the CEO's ranking are in the reporting currency.
                m_context.approvals->reload();
                throttle(m_rankingRefresh);
                break;
            default:
                break;
            }
        });
    // Figures that depend on the clock (24-hour windows, heartbeat health) are recomputed every 30 s.
    m_periodic->setInterval(30'000);
    connect(m_periodic, &QTimer::timeout, this, [this] {
        m_context.kpis->reload();
        m_context.dailyTrend->reload();        // the day rolls over; its figures change only with the campaigns
        m_context.anomalies->reloadIfNewDay(); // the days judged move only when the day turns
        m_context.clusterHealth->reload();
        m_context.agents->reload();
        // Today's figures are compared up to the time of day, so they move with the clock.
        if (m_context.sales->period() == SalesReport::Period::Today)
            throttle(m_salesRefresh);
    });
    m_periodic->start();
    // A sync brings orders page by page: the P&L (read in the background) catches up every 3 s.
    m_rankingRefresh->setSingleShot(true);
    m_rankingRefresh->setInterval(1000);
    connect(m_rankingRefresh, &QTimer::timeout, this, [this] {
        // Read while the dashboard shows it (a scan of the waiting queue); showing it reads it again.
        if (m_context.businessHealth && m_window->currentPane() == PaneId::Dashboard)
            m_context.businessHealth->reloadRanking();
    });
    m_historyRefresh->setSingleShot(true);
    m_historyRefresh->setInterval(500);
    connect(m_historyRefresh, &QTimer::timeout, this, [this] {
        m_context.recentActions->refresh();
        if (m_context.activity)
            m_context.activity->refresh();
        if (!std::exchange(m_decisionsChanged, false))
            return;
        if (m_context.ruleFindings) { // what became of a rule's or a test's proposal
            m_context.ruleFindings->reload();
            m_context.experimentsModel->reload();
            m_context.experimentArms->reload();
        }
        m_context.reviews->refresh();              // a reply decided
        m_context.supplierList->reload();          // an approved supplier becomes current
        m_context.leads->notifyChanged({}, false); // an outreach e-mail approved or rejected
        refreshCounts();
    });
    m_salesRefresh->setSingleShot(true);
    m_salesRefresh->setInterval(3000);
    connect(m_salesRefresh, &QTimer::timeout, m_context.sales, &SalesReportLoader::reload);
    // Product changes arrive in bursts while the pipeline runs; the stage summary and the dashboard's
    // figures catch up once a second.
    m_stageRefresh->setSingleShot(true);
    m_stageRefresh->setInterval(1000);
    connect(m_stageRefresh, &QTimer::timeout, this, [this] {
        m_context.stageSummary->reload();
        m_context.kpis->reload();
        // The checklist only changes with products while setup is under way; once done, providers and
        // settings changes still reload it (their own topics).
        if (!m_context.setup->isComplete())
            m_context.setup->reload();
    });
    m_productFlush->setSingleShot(true);
    m_productFlush->setInterval(150);
    connect(m_productFlush, &QTimer::timeout, this, [this] {
        const QList<qint64> ids(m_changedProducts.begin(), m_changedProducts.end());
        m_changedProducts.clear();
        // A stage change can move a product out of (or into) the filtered list.
        m_context.products->notifyChanged(ids, true);
    });
    // The pipeline's agents report like any other agent: a heartbeat and their figures every 5 s.
    m_agentsTick->setInterval(5000);
    connect(m_agentsTick, &QTimer::timeout, this, &ModelWiring::refreshPipelineAgents);
    m_agentsTick->start();
    m_pipelineStatus->setSingleShot(true);
    m_pipelineStatus->setInterval(300);
    connect(m_pipelineStatus, &QTimer::timeout, this, &ModelWiring::refreshPipelineStatus);
    if (m_pool) {
        connect(m_pool, &WorkerPool::stateChanged, this, &ModelWiring::refreshPipelineStatus);
        connect(m_pool, &WorkerPool::activityChanged, this, [this] { throttle(m_pipelineStatus); });
        connect(m_pool, &WorkerPool::offlineChanged, this, &ModelWiring::refreshPipelineStatus);
    }
    refreshCounts();
    refreshPipelineStatus();
}

void ModelWiring::throttle(QTimer* timer)
{
    // At most one refresh per interval while changes keep coming (a restart would postpone it until
    // the pipeline falls quiet).
    if (!timer->isActive())
        timer->start();
}

void ModelWiring::refreshCounts()
{
    m_context.kpis->reload();
    m_window->setPendingApprovals(static_cast<int>(m_context.kpis->value(KpiModel::PendingApprovals)));
}

void ModelWiring::refreshPipelineStatus()
{
    if (!m_pool)
        return;
    JobQueue::Counts counts;
    try {
        counts = JobQueue::counts(m_db);
    } catch (const SqlError& e) {
        qCDebug(lcUi) << "queue busy; the next change tries again:" << e.message();
        return;
    }
    m_window->workspaceStatusBar()->setPipeline(m_pool->state(), m_pool->runningJobs(), counts.queued);
    try {
        m_window->workspaceStatusBar()->setOutbox(Publications::outboxCount(m_db), m_pool->isOffline());
    } catch (const SqlError& e) {
        qCDebug(lcUi) << "outbox busy; the next change tries again:" << e.message();
    }
    try {
        refreshSyncStatus();
    } catch (const SqlError& e) {
        qCDebug(lcUi) << "sync state busy; the next change tries again:" << e.message();
    }
    if (m_context.endpoints)
        m_context.endpoints->reload();
}

void ModelWiring::refreshSyncStatus()
{
    QString text;
    QStringList lines;
    bool problem = false;
    bool reading = false;
    for (const StoreSync::Status& s : StoreSync::status(m_db)) {
        const QString what = StoreSync::resourceName(s.resource);
        if (s.running && text.isEmpty()) {
            reading = true;
            text = s.pages > 0
                ? tr("Reading %1 from %2: page %L3 of %L4").arg(what, s.connectionName).arg(s.pagesDone).arg(s.pages)
                : tr("Reading %1 from %2").arg(what, s.connectionName);
        }
        if (!s.lastError.isEmpty() && !s.running) {
            problem = true;
            lines.append(tr("%1 from %2: %3").arg(what, s.connectionName, s.lastError));
        } else if (s.since.isValid()) {
            lines.append(tr("%1 from %2: %L3 read, up to date to %4")
                             .arg(what, s.connectionName)
                             .arg(s.rows)
                             .arg(QLocale().toString(s.since.toLocalTime(), QLocale::ShortFormat)));
        }
    }
    for (const AdSync::Status& a : AdSync::status(m_db)) {
        if (a.running && text.isEmpty()) {
            reading = true;
            text = tr("Reading the ad account %1").arg(a.name);
        }
        if (!a.lastError.isEmpty() && !a.running) {
            problem = true;
            lines.append(tr("Ad account %1: %2").arg(a.name, a.lastError));
        } else if (a.syncedThrough.isValid()) {
            lines.append(
                tr("Ad account %1: figures complete to %2 (%3, %4)")
                    .arg(a.name, QLocale().toString(a.syncedThrough, QLocale::ShortFormat), a.timeZone, a.currency));
        }
    }
    if (text.isEmpty() && problem)
        text = tr("Sync needs attention");
    m_window->workspaceStatusBar()->setSync(text, lines.join(u'\n'), problem && !reading);
}

void ModelWiring::refreshPipelineAgents()
{
    if (!m_pool)
        return;
    try {
        const int capacity = m_pool->workerCount() * PoolSettings::load(m_db).jobsPerWorker;
        if (PipelineAgents::refresh(m_db, m_context.clock->nowMs(), m_pool->runningJobs(), capacity,
                m_pool->state() != RunControl::State::Running)) {
            m_context.agents->reload();
            m_context.clusterHealth->reload();
        }
    } catch (const SqlError& e) {
        qCDebug(lcUi) << "agents busy; the next tick tries again:" << e.message();
    }
    if (m_context.endpoints)
        m_context.endpoints->reload();
}
