#include "ApprovalsPane.h"

#include "ProposalHtml.h"

#include "ActivityView.h"
#include "ApprovalDecisions.h"
#include "ApprovalsModel.h"
#include "ContentHtml.h"
#include "ModelRoles.h"
#include "ProposalDetailPanel.h"
#include "StoreDiffHtml.h"
#include "agents/Cluster.h"
#include "approvals/ApprovalActions.h"
#include "approvals/ApprovalTypes.h"
#include "campaigns/AdRuleActions.h"
#include "core/Clock.h"
#include "core/EventBus.h"
#include "delegates/PillDelegate.h"
#include "pipeline/PipelineActions.h"
#include "pipeline/ProductFacts.h"
#include "publishing/PublishActions.h"
#include "widgets/EmptyState.h"
#include "widgets/PaneHeader.h"
#include "widgets/SelectionKeeper.h"
#include "widgets/UndoToast.h"

#include <QComboBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

ApprovalsPane::ApprovalsPane(const UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_tabs(new QTabWidget(this))
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_cluster(new QComboBox(this))
    , m_agent(new QComboBox(this))
    , m_risk(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_user(new QLabel(this))
    , m_view(new QTableView(this))
    , m_detail(new ProposalDetailPanel(context.clock, this))
    , m_decisions(new ApprovalDecisions(context.approvalActions, this))
    , m_activity(new ActivityView(context, this))
    , m_undo(new UndoToast(this))
    , m_storesChanged(new QTimer(this))
{
    setObjectName(u"approvalsPane"_s);
    auto* header = new PaneHeader(tr("Approvals"),
        tr("Proposals the risk engine held for a person, most urgent first. Nothing here runs until someone with the "
           "right role decides."),
        this);
    m_user->setObjectName(u"approvalsUser"_s);
    m_user->setTextFormat(Qt::PlainText);
    m_user->setProperty("role", u"subtitle"_s);
    header->addStretch();
    header->addWidget(m_user);

    m_tabs->setObjectName(u"approvalsTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createQueue(), tr("Queue"));
    m_tabs->addTab(m_activity, tr("Activity"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(header);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_undo);

    connect(m_decisions, &ApprovalDecisions::message, this, &ApprovalsPane::message);
    connect(m_decisions, &ApprovalDecisions::undoable, m_undo, &UndoToast::start);
    connect(m_undo, &UndoToast::undoRequested, this, &ApprovalsPane::undoDecisions);
    auto* undoKey = new QShortcut(QKeySequence::Undo, this);
    undoKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(undoKey, &QShortcut::activated, this, [this] {
        if (m_undo->isActive())
            m_undo->undoButton()->click();
    });
    connect(m_activity, &ActivityView::message, this, &ApprovalsPane::message);
    connect(m_decisions, &ApprovalDecisions::decided, this, &ApprovalsPane::afterDecision);
    const auto showUser = [this] {
        const Users::User& u = m_context.user->user();
        m_user->setText(tr("Deciding as %1 (%2)").arg(u.name, Users::roleDisplayName(u.role)));
        showCurrent();
    };
    connect(m_context.user, &UserSession::changed, this, showUser);
    showUser();
    updateCount();
    if (m_context.approvals->rowCount() > 0)
        selectRow(0);
}

QWidget* ApprovalsPane::createQueue()
{
    ApprovalsModel* model = m_context.approvals;
    auto* queue = new QWidget(this);
    queue->setObjectName(u"approvalsQueue"_s);

    m_search->setObjectName(u"approvalsSearch"_s);
    m_search->setPlaceholderText(tr("Search proposals…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(120);
    m_status->setObjectName(u"approvalsStatusFilter"_s);
    m_status->addItem(tr("Waiting"), QString(ProposalStatus::Pending));
    for (const QString& s : ProposalStatus::all()) {
        if (s != ProposalStatus::Pending)
            m_status->addItem(ProposalStatus::displayName(s), s);
    }
    m_status->addItem(tr("Failed to run"), QString(ApprovalsModel::FailedFilter));
    m_status->addItem(tr("Every status"), QString());
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
    for (ActionType type : ActionTypes::all())
        m_type->addItem(ActionTypes::displayName(type), ActionTypes::key(type));
    m_count->setObjectName(u"approvalsCount"_s);
    m_count->setProperty("role", u"subtitle"_s);
    for (QComboBox* combo : {m_status, m_cluster, m_agent, m_risk, m_type}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(6);
    }
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    for (QComboBox* combo : {m_status, m_cluster, m_agent, m_risk, m_type})
        filters->addWidget(combo, 1);
    filters->addWidget(m_count);

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
    // The detail panel shows agent, action and money; the queue keeps what sorts the work.
    for (int column : {ApprovalsModel::Agent, ApprovalsModel::Action, ApprovalsModel::Revenue, ApprovalsModel::Cost,
             ApprovalsModel::Confidence})
        m_view->setColumnHidden(column, true);
    const QList<std::pair<int, int>> widths{{ApprovalsModel::Priority, 70}, {ApprovalsModel::Risk, 78},
        {ApprovalsModel::Value, 92}, {ApprovalsModel::Deadline, 118}};
    for (const auto& [column, width] : widths)
        m_view->setColumnWidth(column, width);
    // The expected value's header is longer in some languages than its amounts ("Verw. waarde").
    // (Measured bold: the style sheet may set the header's weight only when it is polished.)
    QFont headerFont = m_view->horizontalHeader()->font();
    headerFont.setBold(true);
    const QString valueHeader = model->headerData(ApprovalsModel::Value, Qt::Horizontal).toString();
    m_view->setColumnWidth(ApprovalsModel::Value,
        std::max(
            m_view->columnWidth(ApprovalsModel::Value), QFontMetrics(headerFont).horizontalAdvance(valueHeader) + 28));
    new SelectionKeeper(m_view);

    m_empty = EmptyState::attach(m_view, tr("Nothing waiting for you"),
        tr("When an agent proposes something the risk engine rates high, or a rule asks for a person, it lands here "
           "with the reasoning, the numbers and the alternatives."));
    m_empty->setFilteredTexts(tr("No proposal matches"), tr("Clear the search or widen the filters."));

    auto* splitter = new QSplitter(Qt::Horizontal, queue);
    splitter->setObjectName(u"approvalsSplitter"_s);
    splitter->setChildrenCollapsible(false);
    m_view->setMinimumWidth(300);
    m_detail->setMinimumWidth(340);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({640, 480}); // the queue's titles need the room more than the detail, which wraps

    auto* layout = new QVBoxLayout(queue);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, model, &ApprovalsModel::setTextFilter);
    const auto bind = [this, model](QComboBox* combo, void (ApprovalsModel::*setter)(const QString&)) {
        connect(combo, &QComboBox::currentIndexChanged, this,
            [model, combo, setter] { (model->*setter)(combo->currentData().toString()); });
    };
    bind(m_status, &ApprovalsModel::setStatusFilter);
    bind(m_cluster, &ApprovalsModel::setClusterFilter);
    bind(m_agent, &ApprovalsModel::setAgentFilter);
    bind(m_risk, &ApprovalsModel::setRiskFilter);
    bind(m_type, &ApprovalsModel::setActionTypeFilter);
    connect(model, &QAbstractItemModel::modelReset, this, &ApprovalsPane::updateCount);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ApprovalsPane::updateCount);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ApprovalsPane::updateCount);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        // Something is always selected while there is work, so a key press acts at once.
        if (!m_view->currentIndex().isValid() && m_context.approvals->rowCount() > 0)
            selectRow(0);
        showCurrent();
    });
    connect(model, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
            // The countdown ticks every second; only real changes reload the detail.
            if (topLeft.column() == ApprovalsModel::Deadline && bottomRight.column() == ApprovalsModel::Deadline)
                return;
            const int row = m_view->currentIndex().row();
            if (row >= topLeft.row() && row <= bottomRight.row())
                showCurrent();
        });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ApprovalsPane::showCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ApprovalsPane::showCurrent);

    connect(m_detail, &ProposalDetailPanel::approveRequested, this,
        [this] { m_decisions->approve(selectedIds(), m_detail->note()); });
    connect(m_detail, &ProposalDetailPanel::rejectRequested, this,
        [this] { m_decisions->reject(selectedIds(), m_detail->note()); });
    connect(m_detail, &ProposalDetailPanel::adjustRuleRequested, this, [this] {
        if (const auto p = m_context.approvalActions->proposal(m_detail->proposalId()))
            emit ruleRequested(ActionTypes::key(p->actionType), p->agent);
    });
    connect(m_detail, &ProposalDetailPanel::readStoresRequested, this, &ApprovalsPane::readStores);
    // A store read finished (or was queued): the publish proposal on show reads it. Coalesced and
    // after the event, so that asking for a read while showing does not show again from inside.
    m_storesChanged->setSingleShot(true);
    m_storesChanged->setInterval(0);
    connect(m_storesChanged, &QTimer::timeout, this, &ApprovalsPane::showCurrent);
    if (m_context.bus)
        connect(m_context.bus, &EventBus::changed, this, [this](EventBus::Topic topic) {
            if (topic == EventBus::Topic::Publications && m_detail->proposalId() > 0)
                m_storesChanged->start();
        });
    connect(m_detail, &ProposalDetailPanel::runAgainRequested, this, [this] {
        if (m_detail->proposalId() > 0)
            m_decisions->runAgain(m_detail->proposalId());
    });
    connect(m_detail, &ProposalDetailPanel::modifyRequested, this, [this] {
        if (m_detail->proposalId() > 0)
            m_decisions->modify(m_detail->proposalId(), m_detail->note());
    });

    // The keyboard flow. Text fields keep their letters (they claim them before shortcuts fire).
    const auto key = [queue](Qt::Key k, auto fn) {
        auto* shortcut = new QShortcut(QKeySequence(k), queue);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        QObject::connect(shortcut, &QShortcut::activated, queue, fn);
    };
    key(Qt::Key_A, [this] {
        if (m_detail->canApprove())
            m_decisions->approve(selectedIds(), m_detail->note());
    });
    key(Qt::Key_R, [this] {
        if (m_detail->canReject())
            m_decisions->reject(selectedIds(), m_detail->note());
    });
    key(Qt::Key_M, [this] {
        if (m_detail->canModify())
            m_decisions->modify(m_detail->proposalId(), m_detail->note());
    });
    key(Qt::Key_G, [this] {
        if (m_detail->proposalId() > 0 && m_detail->canRunAgain())
            m_decisions->runAgain(m_detail->proposalId());
    });
    key(Qt::Key_J, [this] { move(1); });
    key(Qt::Key_K, [this] { move(-1); });
    return queue;
}

QList<qint64> ApprovalsPane::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        ids.append(index.data(ModelRoles::IdRole).toLongLong());
    if (ids.isEmpty() && m_view->currentIndex().isValid())
        ids.append(m_view->currentIndex().data(ModelRoles::IdRole).toLongLong());
    std::sort(ids.begin(), ids.end(),
        [this](qint64 a, qint64 b) { return m_context.approvals->rowForId(a) < m_context.approvals->rowForId(b); });
    return ids;
}

void ApprovalsPane::showCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    const qint64 id = current.isValid() ? current.data(ModelRoles::IdRole).toLongLong() : 0;
    const auto proposal = id > 0 ? m_context.approvalActions->proposal(id) : std::nullopt;
    const int selected = static_cast<int>(m_view->selectionModel()->selectedRows().size());
    QString evidence;
    // While it waits: the pieces as they are now are the ones being decided on. Once decided, the
    // content has moved on (accepted, or written again), so it is not shown as "under review".
    if (proposal && proposal->actionType == ActionType::ContentReview && proposal->productId > 0
        && proposal->status == ProposalStatus::Pending)
        evidence = ContentHtml::evidence(
            m_context.actions->reviewEvidence(proposal->productId), m_context.actions->gateSettings().minScores);
    const QString stores = proposal ? storeDiff(*proposal) : QString();
    const QString whyNot = proposal ? m_context.approvalActions->whyNot(*proposal) : QString();
    const bool onlyApprover = proposal && !whyNot.isEmpty() && m_context.approvalActions->onlyApprover(*proposal);
    QString notice = proposal && m_context.adRules ? m_context.adRules->approvalNotice(*proposal) : QString();
    if (const QString conflicts = proposal ? m_context.approvalActions->conflicts(*proposal) : QString();
        !conflicts.isEmpty())
        notice = notice.isEmpty() ? conflicts : conflicts + u"\n\n"_s + notice;
    QString record = proposal ? ProposalHtml::trackRecord(*proposal, m_context.approvalActions->trackRecord(*proposal))
                              : QString();
    if (const auto outcome = proposal ? m_context.approvalActions->outcome(*proposal) : std::nullopt)
        record += u'\n' + tr("What happened after: %1").arg(Outcomes::describe(*outcome));
    m_detail->show(proposal, selected, whyNot, onlyApprover, evidence, stores, notice, record);
    if (proposal && selected <= 1 && proposal->executionState == u"failed")
        m_detail->offerRunAgain(m_context.approvalActions->whyNotRunAgain(*proposal));
}

QString ApprovalsPane::storeDiff(const ApprovalDesk::Proposal& proposal)
{
    // While it waits: what publishing would write against what each store has now. Once decided, the
    // stores have moved on, so an old diff is not shown as what approving would do.
    if (!m_context.publish || proposal.actionType != ActionType::PublishProduct || proposal.productId <= 0
        || proposal.status != ProposalStatus::Pending)
        return {};
    // A store never read for it, or read before the proposal last changed, is read (once; a read on
    // its way is not asked again). Only while someone looks: a hidden pane asks nothing of the stores.
    if (isVisible())
        m_context.publish->readStoresIfStale(proposal.id);
    const auto facts = m_context.actions->facts(proposal.productId);
    return StoreDiffHtml::stores(m_context.publish->storePreviews(proposal.productId),
        facts ? facts->currency : proposal.currency, m_context.clock->nowMs());
}

void ApprovalsPane::readStores()
{
    const auto proposal = m_context.approvalActions->proposal(m_detail->proposalId());
    if (!proposal || proposal->productId <= 0 || !m_context.publish)
        return;
    if (m_context.publish->readStores(proposal->productId) > 0)
        emit message(tr("Reading the stores again; the changes show here when they answer."));
    showCurrent();
}

void ApprovalsPane::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // What a hidden pane did not ask the stores, it asks now.
    showCurrent();
}

void ApprovalsPane::selectRow(int row)
{
    const int rows = m_context.approvals->rowCount();
    if (rows == 0) {
        showCurrent();
        return;
    }
    const QModelIndex index = m_context.approvals->index(qBound(0, row, rows - 1), ApprovalsModel::Title);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void ApprovalsPane::move(int delta)
{
    const QModelIndex current = m_view->currentIndex();
    selectRow(current.isValid() ? current.row() + delta : 0);
}

void ApprovalsPane::afterDecision()
{
    // The decided rows leave the waiting queue at once; the next one is selected, ready for a key.
    const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : 0;
    m_detail->clearNote();
    m_context.approvals->refresh();
    selectRow(row);
    showCurrent();
    m_view->setFocus();
}

void ApprovalsPane::undoDecisions(const QList<qint64>& ids)
{
    const auto out = m_context.approvalActions->undo(ids);
    m_context.approvals->refresh();
    if (!out.done.isEmpty()) {
        emit message(tr("Undone: %n proposal(s) wait for a decision again.", nullptr, int(out.done.size())));
        const int row = m_context.approvals->rowForId(out.done.first());
        if (row >= 0)
            selectRow(row);
    }
    if (!out.failed.isEmpty())
        emit message(out.failed.first().second);
    m_view->setFocus();
}

void ApprovalsPane::openProposal(qint64 id)
{
    m_tabs->setCurrentIndex(0);
    if (m_context.approvals->rowForId(id) < 0) {
        m_search->clear();
        for (QComboBox* combo : {m_cluster, m_agent, m_risk, m_type})
            combo->setCurrentIndex(0);
        m_status->setCurrentIndex(m_status->count() - 1); // every status: it may have been decided since
    }
    const int row = m_context.approvals->rowForId(id);
    if (row >= 0)
        selectRow(row);
    m_view->setFocus();
}

void ApprovalsPane::updateCount()
{
    const bool filtered = !m_search->text().trimmed().isEmpty() || m_status->currentIndex() > 0
        || m_cluster->currentIndex() > 0 || m_agent->currentIndex() > 0 || m_risk->currentIndex() > 0
        || m_type->currentIndex() > 0;
    const int rows = m_context.approvals->rowCount();
    m_count->setText(m_status->currentIndex() == 0 ? tr("%n waiting", nullptr, rows) : tr("%n shown", nullptr, rows));
    m_empty->setFiltered(filtered);
}
