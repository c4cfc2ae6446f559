#include "RulesPage.h"

#include "Theme.h"
#include "approvals/ApprovalActions.h"
#include "approvals/ApprovalTypes.h"
#include "core/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace
{
QString bandText(const std::optional<ApprovalRule::Band>& band)
{
    if (!band)
        return QStringLiteral("–");
    return (band->inclusive ? u"≤ "_s : u"< "_s) + QLocale().toString(band->max, 'f', 2);
}
} // namespace

RulesPage::RulesPage(const UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_metric(new QLabel(this))
    , m_agent(new QComboBox(this))
    , m_lowOn(new QCheckBox(tr("LOW below"), this))
    , m_lowMax(new QDoubleSpinBox(this))
    , m_lowInclusive(new QCheckBox(tr("including the limit"), this))
    , m_mediumOn(new QCheckBox(tr("MEDIUM below"), this))
    , m_mediumMax(new QDoubleSpinBox(this))
    , m_mediumInclusive(new QCheckBox(tr("including the limit"), this))
    , m_lowConfidence(new QDoubleSpinBox(this))
    , m_mediumConfidence(new QDoubleSpinBox(this))
    , m_confidence(new QDoubleSpinBox(this))
    , m_autoApprove(new QCheckBox(tr("LOW and MEDIUM run without a person"), this))
    , m_requiresHuman(new QCheckBox(tr("Every proposal waits for a person"), this))
    , m_roleOwner(new QCheckBox(tr("Owners"), this))
    , m_roleApprover(new QCheckBox(tr("Approvers"), this))
    , m_deadline(new QSpinBox(this))
    , m_onExpiry(new QComboBox(this))
    , m_warn(new QSpinBox(this))
    , m_undoWindow(new QSpinBox(this))
    , m_problems(new QLabel(this))
    , m_readOnly(new QLabel(this))
    , m_history(new QTableWidget(0, 5, this))
    , m_save(new QPushButton(tr("Save as new version"), this))
{
    setObjectName(u"rulesPage"_s);
    m_list->setObjectName(u"rulesList"_s);
    m_list->setFixedWidth(210);
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_name->setObjectName(u"ruleName"_s);
    m_metric->setWordWrap(true);
    m_metric->setTextFormat(Qt::PlainText);
    m_metric->setProperty("role", u"subtitle"_s);
    m_agent->setObjectName(u"ruleAgent"_s);
    for (QDoubleSpinBox* box : {m_lowMax, m_mediumMax}) {
        box->setRange(0, 10'000'000);
        box->setDecimals(2);
        box->setMinimumWidth(120);
    }
    m_lowMax->setObjectName(u"ruleLowMax"_s);
    m_mediumMax->setObjectName(u"ruleMediumMax"_s);
    for (QDoubleSpinBox* box : {m_lowConfidence, m_mediumConfidence, m_confidence}) {
        box->setRange(0, 1);
        box->setDecimals(2);
        box->setSingleStep(0.05);
    }
    m_confidence->setObjectName(u"ruleConfidence"_s);
    m_confidence->setToolTip(tr("A proposal less confident than this is judged one level riskier"));
    m_deadline->setRange(1, 24 * 90);
    m_deadline->setSuffix(tr(" h"));
    m_onExpiry->addItem(tr("Reject"), u"reject"_s);
    m_onExpiry->addItem(tr("Approve"), u"approve"_s);
    m_onExpiry->setObjectName(u"ruleOnExpiry"_s);
    m_warn->setRange(0, 24 * 60 * 90);
    m_warn->setSuffix(tr(" min before"));
    m_problems->setObjectName(u"ruleProblems"_s);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(u"color: %1;"_s.arg(Theme::css(Theme::Danger)));
    m_readOnly->setWordWrap(true);
    m_readOnly->setProperty("role", u"subtitle"_s);
    m_save->setObjectName(u"ruleSave"_s);
    m_save->setProperty("primary", true);
    m_history->setObjectName(u"ruleHistory"_s);
    m_history->setHorizontalHeaderLabels({tr("Version"), tr("LOW"), tr("MEDIUM"), tr("Confidence"), tr("Deciders")});
    m_history->verticalHeader()->hide();
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionMode(QAbstractItemView::NoSelection);
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->setMaximumHeight(150);

    auto* levels = new QGroupBox(tr("Risk levels"), this);
    auto* levelsForm = new QFormLayout(levels);
    m_levelsForm = levelsForm;
    auto* lowRow = new QHBoxLayout;
    lowRow->addWidget(m_lowMax);
    lowRow->addWidget(m_lowInclusive);
    lowRow->addStretch();
    auto* mediumRow = new QHBoxLayout;
    mediumRow->addWidget(m_mediumMax);
    mediumRow->addWidget(m_mediumInclusive);
    mediumRow->addStretch();
    levelsForm->addRow(m_metric);
    levelsForm->addRow(m_lowOn, lowRow);
    levelsForm->addRow(m_mediumOn, mediumRow);
    levelsForm->addRow(tr("LOW needs confidence of"), m_lowConfidence);
    levelsForm->addRow(tr("MEDIUM needs confidence of"), m_mediumConfidence);
    levelsForm->addRow(tr("One level riskier below"), m_confidence);
    auto* decide = new QGroupBox(tr("Deciding"), this);
    auto* decideForm = new QFormLayout(decide);
    auto* roles = new QHBoxLayout;
    roles->addWidget(m_roleOwner);
    roles->addWidget(m_roleApprover);
    roles->addStretch();
    decideForm->addRow(m_autoApprove);
    decideForm->addRow(m_requiresHuman);
    decideForm->addRow(tr("May decide"), roles);
    decideForm->addRow(tr("Deadline"), m_deadline);
    decideForm->addRow(tr("At the deadline"), m_onExpiry);
    decideForm->addRow(tr("Warn"), m_warn);

    auto* top = new QFormLayout;
    top->addRow(tr("Name"), m_name);
    top->addRow(tr("Applies to"), m_agent);
    auto* editor = new QVBoxLayout;
    editor->addLayout(top);
    // Side by side where there is room, one above the other on a laptop screen (resizeEvent).
    auto* groups = new QBoxLayout(QBoxLayout::TopToBottom);
    m_groups = groups;
    groups->addWidget(levels, 1);
    groups->addWidget(decide, 1);
    editor->addLayout(groups);
    editor->addWidget(m_problems);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_readOnly, 1);
    saveRow->addWidget(m_save);
    editor->addLayout(saveRow);
    auto* historyLabel = new QLabel(tr("Versions"), this);
    historyLabel->setProperty("role", u"section"_s);
    editor->addWidget(historyLabel);
    editor->addWidget(m_history);
    // For every decision: how long its work waits so that the person can take it back.
    m_undoWindow->setObjectName(u"undoWindow"_s);
    m_undoWindow->setRange(0, 60);
    m_undoWindow->setSuffix(tr(" s"));
    m_undoWindow->setSpecialValueText(tr("Off"));
    m_undoWindow->setValue(m_context.approvalActions->undoWindowSeconds());
    m_undoWindow->setToolTip(tr("After Approve or Reject the work waits this long; Undo (Ctrl+Z) takes the "
                                "decision back until then. Owners change it."));
    auto* undoRow = new QFormLayout;
    undoRow->addRow(tr("Undo window after a decision"), m_undoWindow);
    editor->addLayout(undoRow);
    connect(m_undoWindow, &QSpinBox::editingFinished, this, [this] {
        if (m_undoWindow->value() == m_context.approvalActions->undoWindowSeconds())
            return;
        QString error;
        if (!m_context.approvalActions->setUndoWindowSeconds(m_undoWindow->value(), &error)) {
            m_problems->setText(error);
            m_problems->setVisible(true);
            m_undoWindow->setValue(m_context.approvalActions->undoWindowSeconds());
        }
    });
    editor->addStretch();
    auto* editorWidget = new QWidget(this);
    editorWidget->setLayout(editor);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(u"ruleEditorScroll"_s);
    scroll->setWidget(editorWidget);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addWidget(scroll, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, &RulesPage::showRule);
    connect(m_save, &QPushButton::clicked, this, &RulesPage::save);
    for (QCheckBox* box : {m_lowOn, m_mediumOn, m_lowInclusive, m_mediumInclusive, m_autoApprove, m_requiresHuman,
             m_roleOwner, m_roleApprover})
        connect(box, &QCheckBox::toggled, this, &RulesPage::updateState);
    for (QDoubleSpinBox* box : {m_lowMax, m_mediumMax, m_lowConfidence, m_mediumConfidence, m_confidence})
        connect(box, &QDoubleSpinBox::valueChanged, this, &RulesPage::updateState);
    for (QSpinBox* box : {m_deadline, m_warn})
        connect(box, &QSpinBox::valueChanged, this, &RulesPage::updateState);
    connect(m_context.user, &UserSession::changed, this, &RulesPage::updateState);
    load();
}

void RulesPage::load()
{
    const QString current = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    QString error;
    m_rules = m_context.approvalActions->rules(&error);
    if (!error.isEmpty()) {
        emit message(tr("Cannot read the approval rules: %1").arg(error));
        return;
    }
    m_agent->clear();
    m_agent->addItem(tr("Every agent"), QString());
    for (const QString& agent : m_context.approvalActions->agentNames())
        m_agent->addItem(agent, agent);
    const QSignalBlocker block(m_list);
    m_list->clear();
    int select = 0;
    for (int i = 0; i < m_rules.size(); ++i) {
        const ApprovalRule& r = m_rules.at(i);
        auto* item = new QListWidgetItem(tr("%1  (v%2)").arg(r.name).arg(r.version), m_list);
        item->setData(Qt::UserRole, r.key);
        item->setToolTip(ActionTypes::displayName(r.actionType));
        if (r.key == current)
            select = i;
    }
    m_list->setCurrentRow(select);
    showRule(select);
}

void RulesPage::selectRule(const QString& key)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == key)
            m_list->setCurrentRow(i);
    }
}

void RulesPage::selectRuleFor(const QString& actionType, const QString& agent)
{
    if (const auto rule = ApprovalRules::match(m_rules, ActionTypes::fromKey(actionType), agent))
        selectRule(rule->key);
}

void RulesPage::showRule(int row)
{
    if (row < 0 || row >= m_rules.size())
        return;
    const ApprovalRule& r = m_rules.at(row);
    m_name->setText(r.name);
    m_agent->setCurrentIndex(qMax(0, m_agent->findData(r.agent)));
    switch (r.metric) {
    case ApprovalRule::Metric::Amount:
        m_metric->setText(
            tr("Judged by the %1 (an amount in the shop's currency); above MEDIUM it is HIGH.").arg(r.metricLabel));
        break;
    case ApprovalRule::Metric::PercentChange:
        m_metric->setText(
            tr("Judged by the %1 in percent against the current price; above MEDIUM it is HIGH.").arg(r.metricLabel));
        break;
    case ApprovalRule::Metric::MarginConfidence:
        m_metric->setText(tr("Judged by the margin against the brand's target and the agent's confidence."));
        break;
    case ApprovalRule::Metric::UnitChange:
        m_metric->setText(
            tr("Judged by the %1 in units (how far the stock moves); above MEDIUM it is HIGH.").arg(r.metricLabel));
        break;
    case ApprovalRule::Metric::None:
        m_metric->setText(tr("Always HIGH: %1.").arg(r.always));
        break;
    }
    const bool banded = r.metric == ApprovalRule::Metric::Amount || r.metric == ApprovalRule::Metric::PercentChange
        || r.metric == ApprovalRule::Metric::UnitChange;
    m_lowOn->setChecked(r.low.has_value());
    m_lowMax->setValue(r.low ? r.low->max : 0);
    m_lowInclusive->setChecked(r.low && r.low->inclusive);
    m_mediumOn->setChecked(r.medium.has_value());
    m_mediumMax->setValue(r.medium ? r.medium->max : 0);
    m_mediumInclusive->setChecked(r.medium && r.medium->inclusive);
    const bool margin = r.metric == ApprovalRule::Metric::MarginConfidence;
    m_levelsForm->setRowVisible(m_lowOn, banded);
    m_levelsForm->setRowVisible(m_mediumOn, banded);
    m_levelsForm->setRowVisible(m_lowConfidence, margin);
    m_levelsForm->setRowVisible(m_mediumConfidence, margin);
    m_lowConfidence->setValue(r.lowConfidence);
    m_mediumConfidence->setValue(r.mediumConfidence);
    m_confidence->setValue(r.confidenceThreshold);
    m_autoApprove->setChecked(r.autoApprove);
    m_requiresHuman->setChecked(r.requiresHuman);
    m_roleOwner->setChecked(r.approverRoles.contains(u"owner"_s));
    m_roleApprover->setChecked(r.approverRoles.contains(u"approver"_s));
    m_deadline->setValue(r.deadlineHours);
    m_onExpiry->setCurrentIndex(qMax(0, m_onExpiry->findData(r.onExpiry)));
    m_warn->setValue(r.warnMinutes);

    const QList<ApprovalRule> versions = m_context.approvalActions->ruleHistory(r.key);
    m_history->setRowCount(static_cast<int>(versions.size()));
    for (int i = 0; i < versions.size(); ++i) {
        const ApprovalRule& v = versions.at(i);
        const QStringList cells{QString::number(v.version), bandText(v.low), bandText(v.medium),
            QLocale().toString(v.confidenceThreshold, 'f', 2), [&v] {
                QStringList roles;
                for (const QString& key : v.approverRoles)
                    roles.append(Users::roleDisplayName(Users::roleFromKey(key)));
                return roles.join(u", "_s);
            }()};
        for (int c = 0; c < cells.size(); ++c)
            m_history->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    updateState();
}

ApprovalRule RulesPage::edited() const
{
    const int row = m_list->currentRow();
    ApprovalRule r = row >= 0 && row < m_rules.size() ? m_rules.at(row) : ApprovalRule{};
    r.name = m_name->text().trimmed();
    r.agent = m_agent->currentData().toString();
    if (r.metric == ApprovalRule::Metric::Amount || r.metric == ApprovalRule::Metric::PercentChange
        || r.metric == ApprovalRule::Metric::UnitChange) {
        r.low = m_lowOn->isChecked()
            ? std::optional<ApprovalRule::Band>({m_lowMax->value(), m_lowInclusive->isChecked()})
            : std::nullopt;
        r.medium = m_mediumOn->isChecked()
            ? std::optional<ApprovalRule::Band>({m_mediumMax->value(), m_mediumInclusive->isChecked()})
            : std::nullopt;
    }
    r.lowConfidence = m_lowConfidence->value();
    r.mediumConfidence = m_mediumConfidence->value();
    r.confidenceThreshold = m_confidence->value();
    r.autoApprove = m_autoApprove->isChecked();
    r.requiresHuman = m_requiresHuman->isChecked();
    r.approverRoles.clear();
    if (m_roleOwner->isChecked())
        r.approverRoles.append(u"owner"_s);
    if (m_roleApprover->isChecked())
        r.approverRoles.append(u"approver"_s);
    r.deadlineHours = m_deadline->value();
    r.onExpiry = m_onExpiry->currentData().toString();
    r.warnMinutes = m_warn->value();
    return r;
}

void RulesPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    m_groups->setDirection(width() >= m_list->width() + 880 ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

QString RulesPage::problems() const
{
    return m_problems->text();
}

void RulesPage::updateState()
{
    m_lowMax->setEnabled(m_lowOn->isChecked());
    m_lowInclusive->setEnabled(m_lowOn->isChecked());
    m_mediumMax->setEnabled(m_mediumOn->isChecked());
    m_mediumInclusive->setEnabled(m_mediumOn->isChecked());
    const QStringList problems = edited().validate();
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
    const bool owner = m_context.user->user().isOwner();
    m_undoWindow->setEnabled(owner);
    m_readOnly->setText(owner ? tr("Saving makes a new version; proposals already judged keep the version they used.")
                              : tr("Only an owner changes approval rules; you are %1.")
                                    .arg(Users::roleDisplayName(m_context.user->user().role)));
    m_save->setEnabled(owner && problems.isEmpty());
}

bool RulesPage::save()
{
    QStringList errors;
    const auto saved = m_context.approvalActions->saveRule(edited(), &errors);
    if (!saved) {
        m_problems->setText(errors.join(u'\n'));
        m_problems->show();
        return false;
    }
    emit message(tr("Saved %1 as version %2.").arg(saved->name).arg(saved->version));
    load();
    return true;
}
