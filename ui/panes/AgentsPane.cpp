#include "AgentsPane.h"

#include "AgentsModel.h"
#include "EndpointsModel.h"
#include "delegates/PillDelegate.h"
#include "widgets/EmptyState.h"
#include "widgets/PaneHeader.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AgentsPane::AgentsPane(const UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_endpoints(new QTableView(this))
{
    setObjectName(u"agentsPane"_s);
    auto* header = new PaneHeader(tr("Agents"),
        tr("The CEO orchestrator and the four clusters. A heartbeat older than two minutes marks an agent as "
           "unhealthy."),
        this);
    m_search->setObjectName(u"agentsSearch"_s);
    m_search->setPlaceholderText(tr("Search agents…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    header->addWidget(m_search);
    header->addStretch();

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
    const QList<std::pair<int, int>> widths{{AgentsModel::Status, 150}, {AgentsModel::Heartbeat, 120},
        {AgentsModel::Load, 80}, {AgentsModel::SuccessRate, 90}, {AgentsModel::Latency, 110}, {AgentsModel::Cost, 90}};
    for (const auto& [column, width] : widths)
        m_view->setColumnWidth(column, width);
    m_view->expandAll();
    connect(model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    connect(model, &QAbstractItemModel::layoutChanged, m_view, &QTreeView::expandAll);
    connect(m_search, &QLineEdit::textChanged, model, &AgentsModel::setTextFilter);
    auto* empty = EmptyState::attach(m_view, tr("No agents registered"),
        tr("Internal agents register when the workspace starts; external agents appear when they connect to the "
           "approval gateway."));
    empty->setFilteredTexts(tr("No agent matches"), tr("Clear the search to see every cluster."));
    connect(m_search, &QLineEdit::textChanged, empty,
        [empty](const QString& text) { empty->setFiltered(!text.trimmed().isEmpty()); });

    // The endpoints the workers call: circuit breakers and the concurrency each provider allows.
    auto* endpointsTitle = new QLabel(tr("AI endpoints"), this);
    endpointsTitle->setProperty("role", u"section"_s);
    auto* endpointsHint = new QLabel(tr("Self-healing at work: a breaker opens after repeated failures and lets one "
                                        "probe through when it may have recovered; the limit is what the provider "
                                        "accepts, found without tuning."),
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
    m_endpoints->setMaximumHeight(170);
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
    layout->addWidget(endpointsTitle);
    layout->addWidget(endpointsHint);
    layout->addWidget(m_endpoints);
    layout->addWidget(endpointsNone);
}
