#include "AdRulesTab.h"

#include "AdRulesModel.h"
#include "ModelRoles.h"
#include "dialogs/AdRuleDialog.h"
#include "users/Users.h"
#include "widgets/EmptyState.h"
#include "widgets/SelectionKeeper.h"
#include "widgets/Tables.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AdRulesTab::AdRulesTab(const UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_add(new QPushButton(tr("&New rule…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_mode(new QPushButton(tr("Make &live"), this))
    , m_rules(Tables::compact(context.adRulesModel, this, u"adRulesView"_s))
    , m_logTitle(new QLabel(this))
    , m_findings(Tables::compact(context.ruleFindings, this, u"ruleFindingsView"_s))
{
    setObjectName(u"adRulesTab"_s);
    m_add->setObjectName(u"adRulesAdd"_s);
    m_edit->setObjectName(u"adRulesEdit"_s);
    m_mode->setObjectName(u"adRulesMode"_s);

    m_rules->horizontalHeader()->setSectionResizeMode(AdRulesModel::Condition, QHeaderView::Stretch);
    m_rules->setColumnWidth(AdRulesModel::Name, 150);

    m_rules->setColumnWidth(AdRulesModel::Action, 250);
    // Short values under long (Dutch) headers: each column as wide as its header or its values.
    for (int c : {AdRulesModel::Account, AdRulesModel::Mode, AdRulesModel::Findings, AdRulesModel::LastFinding})
        m_rules->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    new SelectionKeeper(m_rules);
    EmptyState::attach(m_rules, tr("No ad rules yet"),
        tr("A rule watches one figure of your ad sets over whole days and pauses, resumes or re-budgets them, "
           "within brakes you set. New rules start notify-only: they show what they would do."));

    m_findings->horizontalHeader()->setSectionResizeMode(RuleFindingsModel::Finding, QHeaderView::Stretch);
    m_findings->setColumnWidth(RuleFindingsModel::When, 140);
    m_findings->setColumnWidth(RuleFindingsModel::Rule, 150);
    m_findings->setColumnWidth(RuleFindingsModel::AdSet, 170);
    m_findings->setColumnWidth(RuleFindingsModel::Outcome, 260);
    EmptyState::attach(m_findings, tr("Nothing found yet"),
        tr("A rule looks at every ad account sync. What it finds, or what a brake held, is listed here."));
    m_logTitle->setProperty("role", u"section"_s);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_mode);
    buttons->addStretch();
    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(buttons);
    topLayout->addWidget(m_rules, 1);
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_logTitle);
    bottomLayout->addWidget(m_findings, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({260, 400});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(splitter);

    connect(m_add, &QPushButton::clicked, this, &AdRulesTab::addRule);
    connect(m_edit, &QPushButton::clicked, this, &AdRulesTab::editRule);
    connect(m_mode, &QPushButton::clicked, this, &AdRulesTab::switchMode);
    connect(m_rules, &QTableView::activated, this, &AdRulesTab::editRule);
    // From "why did this change" to the proposal itself: its evidence, its decision, Run again.
    m_findings->setToolTip(tr("Enter or a double click opens the finding's proposal in Approvals"));
    connect(m_findings, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const qint64 id = index.data(ModelRoles::IdRole).toLongLong(); id > 0)
            emit proposalRequested(id);
        else
            emit message(tr("This finding made no proposal: the rule was notify-only, or a brake held it."));
    });
    connect(m_rules->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AdRulesTab::showCurrent);
    connect(context.adRulesModel, &QAbstractItemModel::modelReset, this, &AdRulesTab::showCurrent);
    connect(context.adRulesModel, &QAbstractItemModel::dataChanged, this, &AdRulesTab::showCurrent);
    connect(context.user, &UserSession::changed, this, &AdRulesTab::showCurrent); // who may change rules
    if (context.adRulesModel->rowCount() > 0)
        m_rules->setCurrentIndex(context.adRulesModel->index(0, 0));
    showCurrent();
}

qint64 AdRulesTab::currentId() const
{
    return m_rules->currentIndex().isValid() ? m_rules->currentIndex().data(ModelRoles::IdRole).toLongLong() : 0;
}

void AdRulesTab::showCurrent()
{
    const auto entry = m_context.adRulesModel->entryAt(m_rules->currentIndex());
    const QString why = m_context.adRules->whyNot();
    for (QPushButton* b : {m_add, m_mode})
        b->setToolTip(why);
    m_add->setEnabled(why.isEmpty());
    m_edit->setEnabled(entry.has_value());
    m_mode->setEnabled(entry.has_value() && why.isEmpty());
    m_mode->setText(entry && entry->rule.live ? tr("Make &notify-only") : tr("Make &live"));
    m_context.ruleFindings->setRule(entry ? entry->rule.id : 0);
    m_logTitle->setText(entry ? tr("What “%1” found").arg(entry->rule.name) : tr("What the rules found"));
}

void AdRulesTab::addRule()
{
    auto* dialog = new AdRuleDialog(m_context, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AdRuleDialog::message, this, &AdRulesTab::message);
    dialog->open();
}

void AdRulesTab::editRule()
{
    const auto entry = m_context.adRulesModel->entryAt(m_rules->currentIndex());
    if (!entry)
        return;
    auto* dialog = new AdRuleDialog(m_context, entry, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AdRuleDialog::message, this, &AdRulesTab::message);
    dialog->open();
}

void AdRulesTab::switchMode()
{
    const auto entry = m_context.adRulesModel->entryAt(m_rules->currentIndex());
    if (!entry)
        return;
    QString error;
    const bool live = !entry->rule.live;
    if (!m_context.adRules->setLive(entry->rule.id, live, &error)) {
        emit message(error);
        return;
    }
    emit message(live
            ? tr("“%1” is live: its ad account is read again now, and what the rule finds is proposed and judged "
                 "by the approval rules.")
                  .arg(entry->rule.name)
            : tr("“%1” is notify-only: it shows what it would do and changes nothing.").arg(entry->rule.name));
}
