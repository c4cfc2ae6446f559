#include "DashboardPane.h"

#include "ActivityModel.h"
#include "CeoCard.h"
#include "ClusterHealthModel.h"
#include "DailyTrendModel.h"
#include "KpiModel.h"
#include "PnlCard.h"
#include "SetupChecklistCard.h"
#include "StageSummaryModel.h"
#include "delegates/BarListDelegate.h"
#include "delegates/KpiCardDelegate.h"
#include "delegates/PillDelegate.h"
#include "widgets/EmptyState.h"
#include "widgets/NoticeStrip.h"
#include "widgets/PaneHeader.h"
#include "widgets/TrendChart.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace
{
QFrame* card(const QString& title, QWidget* content, QWidget* parent)
{
    auto* frame = new QFrame(parent);
    frame->setProperty("role", u"card"_s);
    auto* label = new QLabel(title, frame);
    label->setProperty("role", u"section"_s);
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(14, 12, 14, 14);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    return frame;
}
} // namespace

DashboardPane::DashboardPane(const UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_kpis(new QListView(this))
    , m_actions(new QTableView(this))
    , m_clusters(new QListView(this))
    , m_stages(new QListView(this))
    , m_trend(context.dailyTrend ? new TrendChart(context.dailyTrend, this) : nullptr)
{
    setObjectName(u"dashboardPane"_s);
    auto* header = new PaneHeader(tr("Command center"),
        tr("Today at a glance: what the agents did on their own, what waits for you, and how healthy the clusters "
           "are."),
        this);

    m_kpis->setObjectName(u"kpiView"_s);
    m_kpis->setModel(context.kpis);
    m_kpis->setItemDelegate(new KpiCardDelegate(m_kpis));
    m_kpis->setViewMode(QListView::IconMode);
    m_kpis->setFlow(QListView::LeftToRight);
    m_kpis->setWrapping(false);
    m_kpis->viewport()->installEventFilter(this);
    m_kpis->setResizeMode(QListView::Adjust);
    m_kpis->setUniformItemSizes(true);
    m_kpis->setMovement(QListView::Static);
    m_kpis->setSelectionMode(QAbstractItemView::SingleSelection);
    m_kpis->setFrameShape(QFrame::NoFrame);
    m_kpis->setStyleSheet(u"QListView { background: transparent; border: none; }"_s);
    m_actions->setMinimumHeight(180);
    m_kpis->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_kpis->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_kpis->setFixedHeight(m_kpis->sizeHintForRow(0) + 8);
    m_kpis->setToolTip(
        tr("Click or press Enter on a figure: revenue and profit open Campaigns, pending approvals open the "
           "queue"));
    const auto openFigure = [this](const QModelIndex& index) {
        switch (index.row()) {
        case KpiModel::RevenueToday:
        case KpiModel::ProfitToday:
            emit paneRequested(PaneId::Campaigns);
            break;
        case KpiModel::PendingApprovals:
            emit paneRequested(PaneId::Approvals);
            break;
        default:
            break;
        }
    };
    connect(m_kpis, &QListView::activated, this, openFigure);
    connect(m_kpis, &QListView::clicked, this, openFigure);

    m_actions->setObjectName(u"recentActionsView"_s);
    m_actions->setModel(context.recentActions);
    m_actions->setItemDelegateForColumn(ActivityModel::Risk, new PillDelegate(m_actions));
    m_actions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_actions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_actions->setShowGrid(false);
    m_actions->setWordWrap(false);
    m_actions->verticalHeader()->hide();
    m_actions->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_actions->verticalHeader()->setDefaultSectionSize(30);
    // The rule's explanation is the row's tooltip; the card keeps what, who, how risky and when.
    m_actions->setColumnHidden(ActivityModel::Event, true);
    m_actions->setColumnHidden(ActivityModel::Detail, true);
    m_actions->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_actions->horizontalHeader()->setSectionResizeMode(ActivityModel::Subject, QHeaderView::Stretch);
    m_actions->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_actions->setColumnWidth(ActivityModel::Time, 90);
    m_actions->setColumnWidth(ActivityModel::Actor, 140);
    m_actions->setColumnWidth(ActivityModel::Risk, 90);
    m_actions->horizontalHeader()->moveSection(ActivityModel::Time, ActivityModel::Risk);
    auto* empty = EmptyState::attach(m_actions, tr("No autonomous actions yet"),
        tr("Low- and medium-risk actions that agents run on their own appear here, with the rule that allowed them."));
    Q_UNUSED(empty)

    m_clusters->setObjectName(u"clusterHealthView"_s);
    m_clusters->setModel(context.clusterHealth);
    m_clusters->setItemDelegate(new BarListDelegate(ClusterHealthModel::HealthRole, m_clusters));
    m_clusters->setUniformItemSizes(true);
    m_clusters->setFrameShape(QFrame::NoFrame);
    m_clusters->setStyleSheet(u"QListView { border: none; }"_s);
    connect(m_clusters, &QListView::activated, this, [this] { emit paneRequested(PaneId::Agents); });

    m_stages->setObjectName(u"stageSummaryView"_s);
    m_stages->setModel(context.stageSummary);
    m_stages->setItemDelegate(new BarListDelegate(StageSummaryModel::ShareRole, m_stages));
    m_stages->setUniformItemSizes(true);
    m_stages->setFrameShape(QFrame::NoFrame);
    m_stages->setStyleSheet(u"QListView { border: none; }"_s);
    m_stages->setToolTip(tr("Click a stage to see its products in the Pipeline"));
    const auto openStages = [this](const QModelIndex& index) {
        emit stagesRequested(index.data(Qt::DisplayRole).toString(),
            index.data(StageSummaryModel::StagesRole).toStringList(),
            index.data(StageSummaryModel::WaitingRole).toBool());
    };
    connect(m_stages, &QListView::activated, this, openStages);
    connect(m_stages, &QListView::clicked, this, openStages);

    // Both lists are short and fixed: they show every row without scrolling.
    for (QListView* list : {m_clusters, m_stages}) {
        list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        list->setFixedHeight(list->sizeHintForRow(0) * std::max(1, list->model()->rowCount()) + 4);
    }
    auto* right = new QVBoxLayout;
    right->setSpacing(12);
    right->addWidget(card(tr("Cluster health"), m_clusters, this));
    right->addWidget(card(tr("Pipeline by stage"), m_stages, this));
    right->addStretch();
    auto* lower = new QHBoxLayout;
    lower->setSpacing(12);
    lower->addWidget(card(tr("Recent autonomous actions"), m_actions, this), 3);
    lower->addLayout(right, 2);

    // The dashboard scrolls when the window is smaller than its cards, so Quorum fits a laptop screen.
    auto* content = new QWidget;
    content->setObjectName(u"dashboardContent"_s);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(header);
    // A workspace that is not set up yet gets the steps to set it up, before any figure.
    if (context.setup && !context.workspace.demo) {
        auto* setup = new SetupChecklistCard(context.setup, content);
        connect(setup, &SetupChecklistCard::stepRequested, this, &DashboardPane::setupStepRequested);
        layout->addWidget(setup);
    }
    layout->addWidget(m_kpis);
    // A finance alert, and a campaign's unusual day, are news worth the top of the page.
    if (context.financeAlerts)
        layout->addWidget(new FinanceAlertStrip(context.financeAlerts, 2, content));
    if (context.anomalies)
        layout->addWidget(new AnomalyStrip(context.anomalies, 2, content));
    // The figures' story over a month sits right under today's figures, above the detail cards.
    if (m_trend) {
        m_trend->setMinimumHeight(220);
        layout->addWidget(card(tr("Revenue and profit, last 30 days (today so far)"), m_trend, this));
    }
    // The CEO's month against the goals, above the day-to-day cards.
    if (context.businessHealth) {
        auto* ceo = new CeoCard(context.businessHealth, context.goals, content);
        connect(ceo, &CeoCard::message, this, &DashboardPane::message);
        connect(ceo, &CeoCard::proposalRequested, this, &DashboardPane::proposalRequested);
        layout->addWidget(ceo);
    }
    layout->addLayout(lower, 1);
    if (context.sales) {
        auto* pnl = new PnlCard(context.sales, content);
        connect(pnl, &PnlCard::ratesRequested, this, &DashboardPane::currencySettingsRequested);
        layout->addWidget(pnl);
    }
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

bool DashboardPane::eventFilter(QObject* watched, QEvent* event)
{
    // The figures share the row's width evenly, however wide the window is.
    if (watched == m_kpis->viewport() && event->type() == QEvent::Resize) {
        const int count = std::max(1, m_kpis->model()->rowCount());
        const int width = std::max(150, (m_kpis->viewport()->width() - 2) / count);
        m_kpis->setGridSize(QSize(width, m_kpis->sizeHintForRow(0)));
    }
    return QWidget::eventFilter(watched, event);
}
