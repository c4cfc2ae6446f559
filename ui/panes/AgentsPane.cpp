#include "AgentsPane.h"

#include "AgentsModel.h"
#include "EndpointsModel.h"
#include "Format.h"
#include "Markup.h"
#include "agents/Agent.h"
#include "agents/Cluster.h"
#include "approvals/ApprovalActions.h"
#include "approvals/ApprovalTypes.h"
#include "core/Clock.h"
#include "delegates/PillDelegate.h"
#include "widgets/EmptyState.h"
#include "widgets/PaneHeader.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AgentsPane::AgentsPane(const UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_pause(new QPushButton(this))
    , m_runNow(new QPushButton(tr("Run now"), this))
    , m_detail(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_endpoints(new QTableView(this))
{
    setObjectName(u"agentsPane"_s);
    auto* header = new PaneHeader(tr("Agents"),
        tr("Every agent here is code: it runs on its schedule or when its events come, and proposes through the risk "
           "engine. Select one to see what it reads and proposes."),
        this);
    m_search->setObjectName(u"agentsSearch"_s);
    m_search->setPlaceholderText(tr("Search agents…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    header->addWidget(m_search);
    header->addStretch();
    m_runNow->setObjectName(u"agentsRunNow"_s);
    header->addWidget(m_runNow);
    m_pause->setObjectName(u"agentsPause"_s);
    header->addWidget(m_pause);

    AgentsModel* model = context.agents;
    m_view->setObjectName(u"agentsView"_s);
    m_view->setModel(model);
    m_view->setSortingEnabled(true);
    m_view->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setUniformRowHeights(true);
    m_view->setStyleSheet(u"QTreeView::item { min-height: 28px; }"_s);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setItemDelegateForColumn(AgentsModel::Status, new PillDelegate(m_view));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(AgentsModel::Name, QHeaderView::Stretch);
    // A cluster's status says how many are healthy, paused, waiting for data and not run yet: room for all four.
    const QList<std::pair<int, int>> widths{{AgentsModel::Status, 360}, {AgentsModel::Heartbeat, 120},
        {AgentsModel::Load, 80}, {AgentsModel::SuccessRate, 90}, {AgentsModel::Latency, 110}, {AgentsModel::Cost, 90}};
    for (const auto& [column, width] : widths)
        m_view->setColumnWidth(column, width);
    m_view->expandAll();
    m_detail->setObjectName(u"agentDetail"_s);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setMinimumHeight(m_detail->fontMetrics().lineSpacing() * 4);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    connect(model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    connect(model, &QAbstractItemModel::layoutChanged, m_view, &QTreeView::expandAll);
    connect(m_search, &QLineEdit::textChanged, model, &AgentsModel::setTextFilter);
    connect(m_pause, &QPushButton::clicked, this, &AgentsPane::togglePause);
    connect(m_runNow, &QPushButton::clicked, this, &AgentsPane::runNow);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &AgentsPane::updateButtons);
    connect(model, &QAbstractItemModel::dataChanged, this, &AgentsPane::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &AgentsPane::updateButtons);
    connect(context.user, &UserSession::changed, this, &AgentsPane::updateButtons);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        if (!m_view->indexAt(pos).isValid() || !m_pause->isEnabled())
            return;
        QMenu menu(this);
        menu.addAction(m_pause->text(), this, &AgentsPane::togglePause);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    auto* empty = EmptyState::attach(
        m_view, tr("No agents registered"), tr("The agents register when the workspace opens; this one has none yet."));
    empty->setFilteredTexts(tr("No agent matches"), tr("Clear the search to see every cluster."));
    connect(m_search, &QLineEdit::textChanged, empty,
        [empty](const QString& text) { empty->setFiltered(!text.trimmed().isEmpty()); });

    // The endpoints the workers call: circuit breakers and the concurrency each provider allows.
    auto* endpointsTitle = new QLabel(tr("Services Quorum calls"), this);
    endpointsTitle->setProperty("role", u"section"_s);
    auto* endpointsHint = new QLabel(tr("The AI providers, stores and ad platforms the workers call. After repeated "
                                        "failures Quorum pauses the calls to a service and tries one when it may have "
                                        "recovered; the limit is how many calls at once the service accepts, found "
                                        "without tuning."),
        this);
    endpointsHint->setWordWrap(true);
    endpointsHint->setProperty("role", u"subtitle"_s);
    m_endpoints->setObjectName(u"endpointsView"_s);
    m_endpoints->setModel(context.endpoints);
    m_endpoints->verticalHeader()->hide();
    m_endpoints->setShowGrid(false);
    m_endpoints->setSelectionMode(QAbstractItemView::NoSelection);
    m_endpoints->setFocusPolicy(Qt::NoFocus);
    m_endpoints->horizontalHeader()->setSectionResizeMode(EndpointsModel::Endpoint, QHeaderView::Stretch);
    m_endpoints->setColumnWidth(EndpointsModel::Circuit, 240);
    m_endpoints->setColumnWidth(EndpointsModel::Failures, 150);
    m_endpoints->setColumnWidth(EndpointsModel::Concurrency, 210);
    m_endpoints->setMaximumHeight(150);
    // A small table: a one-line note instead of the large empty state.
    auto* endpointsNone
        = new QLabel(tr("No calls yet: endpoints appear here once the workers have called them."), this);
    endpointsNone->setProperty("role", u"subtitle"_s);
    const auto showEndpoints = [this, endpointsNone] {
        const bool any = m_endpoints->model() && m_endpoints->model()->rowCount() > 0;
        m_endpoints->setVisible(any);
        endpointsNone->setVisible(!any);
    };
    connect(context.endpoints, &QAbstractItemModel::modelReset, this, showEndpoints);
    showEndpoints();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(header);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_detail);
    layout->addWidget(endpointsTitle);
    layout->addWidget(endpointsHint);
    layout->addWidget(m_endpoints);
    layout->addWidget(endpointsNone);
    updateButtons();
}

void AgentsPane::updateDetail()
{
    const QModelIndex current = m_view->currentIndex();
    AgentsModel* model = m_context.agents;
    if (!current.isValid() || model->isCluster(current)) {
        m_detail->setText(tr("Select an agent to see what it reads, what it may propose and what its last run found."));
        return;
    }
    const AgentsModel::Agent a = model->agentAt(current);
    QStringList reads;
    for (const QString& key : a.reads)
        reads.append(AgentData::displayName(key));
    QStringList proposes;
    for (const QString& key : a.proposes)
        proposes.append(ActionTypes::displayNameForKey(key));
    // The writer and the reviewer work inside the product runs: their heartbeat says they are there.
    const qint64 now = m_context.clock->nowMs();
    const QString last = a.lastRunAt > 0
        ? (a.lastNote.isEmpty() ? tr("Last run %1.").arg(Format::age(now - a.lastRunAt))
                                : tr("Last run %1: %2").arg(Format::age(now - a.lastRunAt), a.lastNote))
        : (a.heartbeatAt > 0
                ? tr("It works inside the product runs; last seen %1.").arg(Format::age(now - a.heartbeatAt))
                : tr("It has not run yet."));
    QStringList lines{u"<b>%1</b> — %2"_s.arg(Markup::escaped(Cluster::agentDisplayName(a.name)),
                          Markup::escaped(Cluster::agentRoleText(a.role))),
        Markup::escaped(tr("Reads: %1. May propose: %2. Runs %3.")
                            .arg(reads.isEmpty() ? tr("nothing") : reads.join(u", "_s),
                                proposes.isEmpty() ? tr("nothing (it reports)") : proposes.join(u", "_s),
                                Cluster::scheduleText(a.intervalMs, a.events))),
        Markup::escaped(!a.budgetText.isEmpty() ? a.budgetText
                : a.budgetMicros > 0            ? tr("AI budget: %1 a day.").arg(Format::aiCost(a.budgetMicros))
                                                : tr("AI budget: none, it calls no AI.")),
        Markup::escaped(last)};
    m_detail->setText(lines.join(u"<br>"_s));
}

void AgentsPane::runNow()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || m_context.agents->isCluster(current))
        return;
    const AgentsModel::Agent agent = m_context.agents->agentAt(current);
    QString error;
    const bool ok = m_context.approvalActions->runAgentNow(agent.name, &error);
    emit message(ok
            ? tr("%1 runs now; its result appears here when it is done.").arg(Cluster::agentDisplayName(agent.name))
            : error);
}

void AgentsPane::updateButtons()
{
    updateDetail();
    const QModelIndex current = m_view->currentIndex();
    AgentsModel* model = m_context.agents;
    const bool scheduled = current.isValid() && !model->isCluster(current) && model->agentAt(current).intervalMs > 0;
    m_runNow->setEnabled(scheduled && m_context.user->user().canDecide() && !model->agentAt(current).paused);
    m_runNow->setToolTip(
        scheduled ? tr("Run it now instead of at its next time") : tr("Select an agent that runs on a schedule"));
    if (!current.isValid()) {
        m_pause->setText(tr("Pause…"));
        m_pause->setEnabled(false);
        m_pause->setToolTip(tr("Select an agent or a cluster to pause or resume it"));
        return;
    }
    bool paused = false;
    if (model->isCluster(current)) {
        // A cluster counts as paused when all its agents are.
        const int agents = model->rowCount(current.siblingAtColumn(0));
        int pausedAgents = 0;
        for (int i = 0; i < agents; ++i)
            pausedAgents += model->agentAt(model->index(i, 0, current.siblingAtColumn(0))).paused ? 1 : 0;
        paused = agents > 0 && pausedAgents == agents;
        const QString name = Cluster::displayName(model->clusterKeyAt(current));
        m_pause->setText(paused ? tr("Resume the %1 cluster").arg(name) : tr("Pause the %1 cluster").arg(name));
    } else {
        const AgentsModel::Agent agent = model->agentAt(current);
        paused = agent.paused;
        const QString name = Cluster::agentDisplayName(agent.name);
        m_pause->setText(paused ? tr("Resume %1").arg(name) : tr("Pause %1").arg(name));
    }
    m_pause->setProperty("resumes", paused);
    const bool may = m_context.user->user().canDecide();
    m_pause->setEnabled(may);
    m_pause->setToolTip(may ? tr("A paused agent takes no work, and every proposal of it waits for a person")
                            : tr("Viewers change nothing"));
}

void AgentsPane::togglePause()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const bool resume = m_pause->property("resumes").toBool();
    QString error;
    bool ok = false;
    if (m_context.agents->isCluster(current))
        ok = m_context.approvalActions->setClusterPaused(m_context.agents->clusterKeyAt(current), !resume, &error);
    else
        ok = m_context.approvalActions->setAgentPaused(m_context.agents->agentAt(current).name, !resume, &error);
    emit message(
        ok ? (resume ? tr("Resumed; it takes work again.") : tr("Paused; its proposals wait for a person.")) : error);
    m_context.agents->reload();
    updateButtons();
}
