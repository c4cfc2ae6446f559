#include "AdRulesModel.h"

#include "Format.h"
#include "ModelRoles.h"
#include "ThemeColors.h"
#include "approvals/ApprovalTypes.h"
#include "core/Clock.h"
#include "core/Log.h"
#include "core/Money.h"
#include "storage/Sql.h"

#include <QLocale>

using namespace Qt::StringLiterals;
using namespace AdRules;

namespace
{
QString currencyOr(const QString& currency)
{
    return currency.isEmpty() ? u"EUR"_s : currency;
}

QString valueText(Metric metric, double value, const QString& currency)
{
    const QLocale locale;
    switch (metric) {
    case Metric::Roas:
    case Metric::Frequency:
        return locale.toString(value, 'f', 2);
    case Metric::Cpa:
    case Metric::Spend:
        return Money::format(static_cast<qint64>(std::llround(value)), currencyOr(currency));
    case Metric::Ctr:
        return locale.toString(value * 100, 'f', 2) + u" %"_s;
    case Metric::Purchases:
        return locale.toString(value, 'f', 0);
    }
    return {};
}
} // namespace

AdRulesModel::AdRulesModel(AdRuleActions* actions, const Clock* clock, QObject* parent)
    : RowListModel(ColumnCount, parent)
    , m_actions(actions)
    , m_clock(clock)
{
    reload();
}

void AdRulesModel::reload()
{
    QList<AdRuleActions::Entry> rows;
    try {
        rows = m_actions->rules();
    } catch (const SqlError& e) {
        qCWarning(lcModels) << "cannot read the ad rules:" << e.message();
    }
    replaceRows(
        rows, [](const AdRuleActions::Entry& a, const AdRuleActions::Entry& b) { return a.rule.id == b.rule.id; });
}

std::optional<AdRuleActions::Entry> AdRulesModel::entryAt(const QModelIndex& index) const
{
    const auto* row = rowPtr(index);
    return row ? std::optional<AdRuleActions::Entry>(*row) : std::nullopt;
}

QString AdRulesModel::conditionText(const AdRules::Rule& r, const QString& currency)
{
    const QString value = valueText(r.metric, r.threshold, currency);
    const QString text = r.compare == Compare::Below
        ? tr("%1 below %2 over %3").arg(metricName(r.metric), value, windowText(r.window))
        : tr("%1 above %2 over %3").arg(metricName(r.metric), value, windowText(r.window));
    return r.nameContains.isEmpty() ? text : tr("%1, ad sets named “…%2…”").arg(text, r.nameContains);
}

QString AdRulesModel::actionText(const AdRules::Rule& r, const QString& currency)
{
    const QString money = currencyOr(currency);
    switch (r.action) {
    case Action::Notify:
        return tr("Notify");
    case Action::Pause:
        return r.resumeThreshold > 0
            ? tr("Pause; resume above %1").arg(valueText(r.metric, r.resumeThreshold, currency))
            : tr("Pause");
    case Action::Resume:
        return tr("Resume");
    case Action::ChangeBudget:
    case Action::ChangeBid: {
        const QString sign
            = r.changePercent > 0 || (r.changePercent == 0 && r.changeAmountCents > 0) ? u"+"_s : QString();
        const QString step = r.changePercent != 0
            ? QString(sign + QLocale().toString(r.changePercent, 'f', 0) + u" %"_s)
            : QString(sign + Money::format(r.changeAmountCents, money));
        const bool raise = r.changePercent > 0 || r.changeAmountCents > 0;
        if (r.action == Action::ChangeBid)
            return tr("Bid %1").arg(step);
        return raise && r.objectCeilingCents > 0
            ? tr("Budget %1, at most %2 a day").arg(step, Money::format(r.objectCeilingCents, money))
            : tr("Budget %1").arg(step);
    }
    }
    return {};
}

QVariant AdRulesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AdRuleActions::Entry& e = m_rows.at(index.row());
    if (role == ModelRoles::IdRole)
        return e.rule.id;
    if (role == LiveRole)
        return e.rule.live;
    if (role == ModelRoles::StatusKeyRole)
        return e.rule.live ? u"live"_s : u"notify_only"_s;
    if (role == Qt::ForegroundRole && index.column() == Mode)
        return e.rule.live ? QVariant(Theme::Success) : QVariant(Theme::Muted);
    if (role == Qt::ToolTipRole) {
        if (index.column() == LastFinding && !e.lastSummary.isEmpty())
            return e.lastSummary;
        if (index.column() == Condition || index.column() == Action)
            return data(index, Qt::DisplayRole);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return e.rule.name;
    case Account:
        return e.account;
    case Condition:
        return conditionText(e.rule, e.currency);
    case Action:
        return actionText(e.rule, e.currency);
    case Mode:
        return e.rule.live ? tr("Live") : tr("Notify-only");
    case Findings:
        if (e.findings == 0 && e.held == 0)
            return tr("None");
        // Everything found, as the list below shows it; of which held by a brake.
        return e.held > 0 ? tr("%1 (%2 held)").arg(e.findings + e.held).arg(e.held) : QString::number(e.findings);
    case LastFinding:
        return e.lastAt > 0 ? Format::relativeTime(e.lastAt, m_clock->nowMs()) : u"–"_s;
    default:
        return {};
    }
}

QVariant AdRulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Rule");
    case Account:
        return tr("Ad account");
    case Condition:
        return tr("When");
    case Action:
        return tr("Then");
    case Mode:
        return tr("Mode");
    case Findings:
        return tr("Found (30 days)");
    case LastFinding:
        return tr("Last acted");
    default:
        return {};
    }
}

RuleFindingsModel::RuleFindingsModel(AdRuleActions* actions, const Clock* clock, QObject* parent)
    : RowListModel(ColumnCount, parent)
    , m_actions(actions)
    , m_clock(clock)
{
    reload();
}

void RuleFindingsModel::setRule(qint64 ruleId)
{
    if (ruleId == m_ruleId)
        return;
    m_ruleId = ruleId;
    reload();
}

void RuleFindingsModel::reload()
{
    QList<AdRuleActions::Finding> rows;
    try {
        rows = m_actions->findings(m_ruleId);
    } catch (const SqlError& e) {
        qCWarning(lcModels) << "cannot read what the ad rules found:" << e.message();
    }
    replaceRows(rows);
}

QString RuleFindingsModel::outcomeText(const AdRuleActions::Finding& f)
{
    if (!f.brake.isEmpty())
        return tr("Held: %1").arg(f.brake);
    if (!f.live)
        return tr("Would act (notify-only)");
    if (f.proposalId <= 0)
        return tr("Not proposed");
    if (f.proposalStatus == u"pending")
        return tr("Waiting for a person");
    if (f.proposalStatus == u"rejected" || f.proposalStatus == u"expired")
        return ProposalStatus::displayName(f.proposalStatus);
    if (f.executionState == u"failed")
        return tr("Failed: %1").arg(f.executionError);
    if (f.executionState == u"retrying")
        return tr("Retrying: %1").arg(f.executionError);
    if (f.executionState == u"done")
        return f.executionError.isEmpty() ? tr("Done on Meta") : f.executionError;
    return ProposalStatus::displayName(f.proposalStatus);
}

QVariant RuleFindingsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AdRuleActions::Finding& f = m_rows.at(index.row());
    if (role == ModelRoles::IdRole)
        return f.proposalId;
    if (role == Qt::ToolTipRole && (index.column() == Finding || index.column() == Outcome))
        return index.column() == Finding ? f.summary : outcomeText(f);
    if (role == Qt::ForegroundRole && index.column() == Outcome) {
        if (!f.brake.isEmpty() || !f.live)
            return Theme::Muted;
        if (f.executionState == u"failed" || f.executionState == u"retrying")
            return Theme::Danger;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case When:
        return Format::dateTime(f.at);
    case Rule:
        return f.rule;
    case AdSet:
        return f.object.isEmpty() ? tr("Every ad set") : f.object;
    case Finding:
        return f.summary;
    case Outcome:
        return outcomeText(f);
    default:
        return {};
    }
}

QVariant RuleFindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Rule:
        return tr("Rule");
    case AdSet:
        return tr("Ad set");
    case Finding:
        return tr("What it saw");
    case Outcome:
        return tr("What became of it");
    default:
        return {};
    }
}
