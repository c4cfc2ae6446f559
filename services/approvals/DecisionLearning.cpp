#include "DecisionLearning.h"

#include "ActionEffects.h"
#include "ApprovalDesk.h"
#include "RiskEngine.h"
#include "core/Json.h"
#include "core/Median.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace DecisionLearning
{

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("DecisionLearning", text);
}

// Decided by a person: approved or rejected by someone, or changed by someone before it ran.
const QString kByPerson
    = u"p.status IN ('approved', 'rejected') AND COALESCE(p.decided_by, '') NOT IN ('', 'risk-engine', 'deadline')"_s;

// The figure a past proposal was judged by, from its own parameters only: today's prices say nothing of a
// price change decided months ago (a proposal without its price before is left out).
RiskEngine::Context historical()
{
    return RiskEngine::Context{};
}

bool banded(const ApprovalRule& r)
{
    return r.metric == ApprovalRule::Metric::Amount || r.metric == ApprovalRule::Metric::PercentChange
        || r.metric == ApprovalRule::Metric::UnitChange;
}

std::optional<ApprovalRule> currentRule(const QSqlDatabase& db, ActionType type)
{
    const QList<ApprovalRule> rules = ApprovalRules::current(db);
    for (const ApprovalRule& r : rules)
        if (r.actionType == type && r.agent.isEmpty())
            return r;
    return std::nullopt;
}

// An approved rule change: the band's bound raised to the threshold, as a new version of the rule by the
// person who approved it (audited by the rules' own save). Refused when the rule changed since.
ActionEffects::Result changeRule(
    const QSqlDatabase& db, const ApprovalDesk::Proposal& p, QJsonObject params, qint64 now)
{
    using Result = ActionEffects::Result;
    const QString key = params.value(u"rule_key"_s).toString();
    const int version = params.value(u"rule_version"_s).toInt();
    const bool medium = params.value(u"band"_s).toString() == u"medium";
    const QJsonValue raw = params.value(u"threshold"_s);
    const double threshold = raw.isString() ? raw.toString().toDouble() : raw.toDouble();
    std::optional<ApprovalRule> rule;
    for (const ApprovalRule& r : ApprovalRules::current(db))
        if (r.key == key)
            rule = r;
    if (!rule)
        return Result::failed(
            QCoreApplication::translate("DecisionLearning", "The approval rule “%1” no longer exists.").arg(key));
    if (rule->version != version)
        return Result::failed(QCoreApplication::translate("DecisionLearning",
            "“%1” was changed since this was proposed (it is at version %2 now); nothing was "
            "changed. The CEO looks again at the new version.")
                                  .arg(rule->name)
                                  .arg(rule->version));
    std::optional<ApprovalRule::Band>& band = medium ? rule->medium : rule->low;
    if (!band)
        return Result::failed(
            QCoreApplication::translate("DecisionLearning", "“%1” has no such band any more; nothing was changed.")
                .arg(rule->name));
    if (!(threshold > band->max))
        return Result::failed(QCoreApplication::translate(
            "DecisionLearning", "The new bound is not above the one there is now (%1): modify it or reject.")
                                  .arg(RiskEngine::formatMetric(*rule, band->max, p.currency)));
    band->max = threshold;
    band->inclusive = true;
    QStringList errors;
    const auto saved = ApprovalRules::save(db, *rule, p.decidedBy.isEmpty() ? p.agent : p.decidedBy, now, &errors);
    if (!saved)
        return Result::failed(errors.join(u' '));
    params.insert(u"saved_version"_s, saved->version);
    return Result::done(params);
}
} // namespace

Record recordOf(const QSqlDatabase& db, const QString& agent, ActionType type)
{
    Record r;
    const auto rule = currentRule(db, type);
    const RiskEngine::Context ctx = historical();
    QSqlQuery q = Sql::exec(db,
        u"SELECT p.status, COALESCE(p.modified_parameters, ''), p.parameters, COALESCE(p.execution_state, '') FROM "
        u"action_proposals p WHERE p.agent = ? AND p.action_type = ? AND "_s
            + kByPerson,
        {agent, ActionTypes::key(type)});
    QList<double> changes;
    while (q.next()) {
        ++r.decided;
        const QJsonObject modified = Json::objectFromString(q.value(1).toString());
        if (q.value(0).toString() == u"rejected") {
            ++r.rejected;
            continue;
        }
        if (modified.isEmpty())
            ++r.unchanged;
        else {
            ++r.modified;
            if (rule && banded(*rule)) {
                const auto before = RiskEngine::metricValue(*rule, Json::objectFromString(q.value(2).toString()), ctx);
                const auto after = RiskEngine::metricValue(*rule, modified, ctx);
                if (before && after && *before > 0)
                    changes.append(std::abs(*after - *before) * 100.0 / *before);
            }
        }
        const QString state = q.value(3).toString();
        r.ran += state == u"done" ? 1 : 0;
        r.failed += state == u"failed" ? 1 : 0;
    }
    if (!changes.isEmpty())
        r.medianChangePercent = median(changes);
    r.outcomes = Outcomes::summaryOf(db, agent, type);
    return r;
}

QList<Finding> findings(const QSqlDatabase& db)
{
    QList<Finding> out;
    const RiskEngine::Context ctx = historical();
    for (const ApprovalRule& rule : ApprovalRules::current(db)) {
        if (!banded(rule) || rule.requiresHuman || !rule.autoApprove || !rule.agent.isEmpty())
            continue;
        const std::optional<ApprovalRule::Band> band = rule.medium ? rule.medium : rule.low;
        if (!band)
            continue;
        struct Decision
        {
            double value = 0;
            bool unchanged = false;
            QString currency;
        };
        QList<Decision> decisions;
        QSqlQuery q = Sql::exec(db,
            u"SELECT p.parameters, p.status, COALESCE(p.modified_parameters, ''), p.currency FROM action_proposals p "
            u"JOIN approval_rules r ON r.id = p.rule_id WHERE r.rule_key = ? AND "_s
                + kByPerson,
            {rule.key});
        while (q.next()) {
            const auto value = RiskEngine::metricValue(rule, Json::objectFromString(q.value(0).toString()), ctx);
            // Only what the rule held for a person: a figure inside the band ran by itself.
            if (!value || (band->inclusive ? *value <= band->max : *value < band->max))
                continue;
            decisions.append({*value,
                q.value(1).toString() != u"rejected" && Json::objectFromString(q.value(2).toString()).isEmpty(),
                q.value(3).toString()});
        }
        std::sort(
            decisions.begin(), decisions.end(), [](const Decision& a, const Decision& b) { return a.value < b.value; });
        // Each whole bound B at a decided figure (floored), with the decisions at or below B: the widest B
        // with enough of them, approved unchanged often enough, above the bound there is now.
        std::optional<Finding> best;
        int n = 0;
        int unchanged = 0;
        for (qsizetype k = 0; k < decisions.size(); ++k) {
            const double bound = std::floor(decisions.at(k).value);
            // The decisions at or below the bound (those between it and this figure are not).
            while (n < decisions.size() && decisions.at(n).value <= bound) {
                unchanged += decisions.at(n).unchanged ? 1 : 0;
                ++n;
            }
            // The bound the evidence reaches: the highest figure decided at or below it (a 33.3 % decision
            // does not support 33 %).
            const double reached = n > 0 ? std::floor(decisions.at(n - 1).value) : bound;
            if (reached <= band->max || n < MinDecisions || unchanged < MinUnchangedShare * n)
                continue;
            if (!best || reached > best->to)
                best = Finding{
                    rule, rule.medium.has_value(), band->max, reached, n, unchanged, decisions.at(k).currency};
        }
        if (best)
            out.append(*best);
    }
    return out;
}

qint64 propose(const QSqlDatabase& db, const Finding& f, const QString& agent, qint64 now)
{
    if (Sql::scalar(db,
            u"SELECT COUNT(*) FROM action_proposals WHERE action_type = 'rule_change' AND json_extract(parameters, "
            u"'$.rule_key') = ? AND (status = 'pending' OR (status = 'rejected' AND COALESCE(decided_at, 0) > ?))"_s,
            {f.rule.key, now - 30LL * 86'400'000})
            .toInt()
        > 0)
        return 0;
    const QString currency = f.currency.isEmpty() ? u"EUR"_s : f.currency;
    const QString from = RiskEngine::formatMetric(f.rule, f.from, currency);
    const QString to = RiskEngine::formatMetric(f.rule, f.to, currency);
    const QLocale locale;
    const QString runs = f.medium ? tr("they would run and notify") : tr("they would run and be logged");
    ApprovalDesk::Proposal p;
    p.agent = agent;
    p.actionType = ActionType::RuleChange;
    p.currency = currency;
    p.title = tr("Let “%1” up to %2 run without asking: %3 of %4 were approved unchanged")
                  .arg(f.rule.name, to)
                  .arg(f.unchanged)
                  .arg(f.decisions);
    p.description = tr("People decided %1 proposals under “%2” above %3, where the rule asks a person now, and up to "
                       "%4: %5 were approved as proposed. Raising the bound to %4 means %6.")
                        .arg(f.decisions)
                        .arg(f.rule.name, from, to)
                        .arg(f.unchanged)
                        .arg(runs);
    p.reasoning = tr("The CEO proposes a threshold change when the decisions by people support it: at least %1 "
                     "decisions up to the new bound and at least %2 % of them approved unchanged. Here %3 of %4 "
                     "(%5 %). The rule stays as it is unless an owner approves.")
                      .arg(MinDecisions)
                      .arg(locale.toString(MinUnchangedShare * 100, 'f', 0))
                      .arg(f.unchanged)
                      .arg(f.decisions)
                      .arg(locale.toString(100.0 * f.unchanged / f.decisions, 'f', 0));
    p.dataSources = {tr("the decisions on proposals judged by “%1”").arg(f.rule.name)};
    p.confidence = static_cast<double>(f.unchanged) / f.decisions;
    p.riskFactors = {tr("proposals up to the new bound will no longer wait for a person")};
    p.alternatives = QJsonArray{QJsonObject{{u"description"_s, tr("Leave the rule as it is")},
        {u"pros"_s, QJsonArray{tr("a person keeps deciding these")}},
        {u"cons"_s, QJsonArray{tr("the queue keeps proposals people approve unchanged")}}}};
    p.parameters = QJsonObject{{u"rule"_s, f.rule.name}, {u"band"_s, f.medium ? u"medium"_s : u"low"_s},
        {u"bound_now"_s, from}, {u"threshold"_s, static_cast<qint64>(f.to)}, {u"rule_key"_s, f.rule.key},
        {u"rule_version"_s, f.rule.version}, {u"decisions"_s, f.decisions}, {u"unchanged"_s, f.unchanged}};
    return ApprovalDesk::propose(db, p, QString(), now);
}

void registerEffects(ActionEffects& effects)
{
    effects.add(ActionType::RuleChange, &changeRule);
}

} // namespace DecisionLearning
