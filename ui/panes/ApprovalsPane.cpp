#include "ApprovalsPane.h"

#include "ApprovalsModel.h"
#include "agents/Cluster.h"
#include "approvals/ApprovalTypes.h"
#include "delegates/PillDelegate.h"
#include "widgets/EmptyState.h"
#include "widgets/PaneHeader.h"
#include "widgets/SelectionKeeper.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ApprovalsPane::ApprovalsPane(const UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_search(new QLineEdit(this))
    , m_cluster(new QComboBox(this))
    , m_agent(new QComboBox(this))
    , m_risk(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
{
    setObjectName(u"approvalsPane"_s);
    auto* header = new PaneHeader(tr("Approvals"),
        tr("Proposals the risk engine held for a person, most urgent first. Nothing here runs until someone with the "
           "right role decides."),
        this);
    ApprovalsModel* model = context.approvals;

    m_search->setObjectName(u"approvalsSearch"_s);
    m_search->setPlaceholderText(tr("Search proposals…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_cluster->setObjectName(u"approvalsClusterFilter"_s);
    m_cluster->addItem(tr("All clusters"), QString());
    for (const QString& key : Cluster::keys())
        m_cluster->addItem(Cluster::displayName(key), key);
    m_agent->setObjectName(u"approvalsAgentFilter"_s);
    m_agent->addItem(tr("All agents"), QString());
    for (const QString& name : model->agents())
        m_agent->addItem(name, name);
    m_risk->setObjectName(u"approvalsRiskFilter"_s);
    m_risk->addItem(tr("All risk levels"), QString());
    for (RiskLevel level : {RiskLevel::High, RiskLevel::Medium, RiskLevel::Low})
        m_risk->addItem(Risk::displayName(level), Risk::key(level));
    m_type->setObjectName(u"approvalsTypeFilter"_s);
    m_type->addItem(tr("All actions"), QString());
    for (const QString& type : ActionType::all())
        m_type->addItem(ActionType::displayName(type), type);
    m_count->setProperty("role", u"subtitle"_s);
    // Filters may shrink on a narrow window; their full text is in the drop-down.
    m_search->setMinimumWidth(160);
    for (QComboBox* combo : {m_cluster, m_agent, m_risk, m_type}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(9);
    }
    header->addWidget(m_search);
    header->addWidget(m_cluster);
    header->addWidget(m_agent);
    header->addWidget(m_risk);
    header->addWidget(m_type);
    header->addStretch();
    header->addWidget(m_count);

    m_view->setObjectName(u"approvalsView"_s);
    m_view->setModel(model);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(30);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(ApprovalsModel::Title, QHeaderView::Stretch);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setItemDelegateForColumn(ApprovalsModel::Risk, new PillDelegate(m_view));
    const QList<std::pair<int, int>> widths{{ApprovalsModel::Priority, 80}, {ApprovalsModel::Risk, 90},
        {ApprovalsModel::Agent, 140}, {ApprovalsModel::Action, 130}, {ApprovalsModel::Revenue, 100},
        {ApprovalsModel::Cost, 90}, {ApprovalsModel::Confidence, 90}, {ApprovalsModel::Deadline, 130}};
    for (const auto& [column, width] : widths)
        m_view->setColumnWidth(column, width);
    new SelectionKeeper(m_view);

    m_empty = EmptyState::attach(m_view, tr("Nothing waiting for you"),
        tr("When an agent proposes something the risk engine rates high, or a rule asks for a person, it lands here "
           "with the reasoning, the numbers and the alternatives."));
    m_empty->setFilteredTexts(tr("No proposal matches"), tr("Clear the search or widen the filters."));

    connect(m_search, &QLineEdit::textChanged, model, &ApprovalsModel::setTextFilter);
    connect(m_cluster, &QComboBox::currentIndexChanged, this,
        [this, model] { model->setClusterFilter(m_cluster->currentData().toString()); });
    connect(m_agent, &QComboBox::currentIndexChanged, this,
        [this, model] { model->setAgentFilter(m_agent->currentData().toString()); });
    connect(m_risk, &QComboBox::currentIndexChanged, this,
        [this, model] { model->setRiskFilter(m_risk->currentData().toString()); });
    connect(m_type, &QComboBox::currentIndexChanged, this,
        [this, model] { model->setActionTypeFilter(m_type->currentData().toString()); });
    connect(model, &QAbstractItemModel::modelReset, this, &ApprovalsPane::updateCount);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ApprovalsPane::updateCount);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ApprovalsPane::updateCount);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(header);
    layout->addWidget(m_view, 1);
    updateCount();
}

void ApprovalsPane::updateCount()
{
    const bool filtered = !m_search->text().trimmed().isEmpty() || m_cluster->currentIndex() > 0
        || m_agent->currentIndex() > 0 || m_risk->currentIndex() > 0 || m_type->currentIndex() > 0;
    m_count->setText(tr("%n waiting", nullptr, m_context.approvals->rowCount()));
    m_empty->setFiltered(filtered);
}
