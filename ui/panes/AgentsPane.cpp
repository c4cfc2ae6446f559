#include "AgentsPane.h"

#include "AgentsModel.h"
#include "delegates/PillDelegate.h"
#include "widgets/EmptyState.h"
#include "widgets/PaneHeader.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AgentsPane::AgentsPane(const UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_view(new QTreeView(this))
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

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(header);
    layout->addWidget(m_view, 1);
}
