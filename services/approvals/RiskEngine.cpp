#include "RiskEngine.h"

#include "core/Money.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace RiskEngine
{

namespace
{

// In capitals, in the language of the process ("HIGH", "HOOG"): the verdict is stored as written.
QString levelName(RiskLevel l)
{
    return Risk::displayName(l).toUpper();
}

QString money(double value, const QString& currency)
{
    return Money::format(qRound64(value * 100), currency);
}

QString number(double v, int decimals)
{
    return QLocale().toString(v, 'f', decimals);
}

// The band a value falls in, with the comparison that put it there ("< 100", "> 1,000").
struct Placed
{
    RiskLevel level = RiskLevel::High;
    QString comparison;
};

Placed place(const ApprovalRule& rule, double value, const std::function<QString(double)>& show)
{
    const auto within = [value](const ApprovalRule::Band& b) { return b.inclusive ? value <= b.max : value < b.max; };
    const auto cmp = [&show](const ApprovalRule::Band& b, bool inside) -> QString {
        if (inside)
            return (b.inclusive ? u"≤ "_s : u"< "_s) + show(b.max);
        return (b.inclusive ? u"> "_s : u"≥ "_s) + show(b.max);
    };
    if (rule.low && within(*rule.low))
        return {RiskLevel::Low, cmp(*rule.low, true)};
    if (rule.medium && within(*rule.medium))
        return {RiskLevel::Medium, cmp(*rule.medium, true)};
    // Above every band: compare with the highest one there is.
    if (rule.medium)
        return {RiskLevel::High, cmp(*rule.medium, false)};
    if (rule.low)
        return {RiskLevel::High, cmp(*rule.low, false)};
    return {RiskLevel::High, QString()};
}

} // namespace

std::optional<double> metricValue(const ApprovalRule& rule, const QJsonObject& parameters, const Context& ctx)
{
    switch (rule.metric) {
    case ApprovalRule::Metric::Amount: {
        const auto cents = Money::parse(parameters.value(rule.parameter).toVariant().toString());
        return cents ? std::optional<double>(static_cast<double>(*cents) / 100.0) : std::nullopt;
    }
    case ApprovalRule::Metric::PercentChange: {
        const auto next = Money::parse(parameters.value(rule.parameter).toVariant().toString());
        std::optional<qint64> before = Money::parse(parameters.value(u"old_price"_s).toVariant().toString());
        if (!before && ctx.priceOf)
            before = ctx.priceOf(parameters.value(u"sku"_s).toString());
        if (!next || !before || *before <= 0)
            return std::nullopt;
        return std::abs(static_cast<double>(*next - *before)) * 100.0 / static_cast<double>(*before);
    }
    case ApprovalRule::Metric::UnitChange: {
        const QJsonValue to = parameters.value(rule.parameter);
        const QJsonValue from = parameters.value(u"from"_s);
        if (!to.isDouble() || !from.isDouble())
            return std::nullopt;
        return std::abs(to.toDouble() - from.toDouble());
    }
    case ApprovalRule::Metric::None:
    case ApprovalRule::Metric::MarginConfidence:
        break;
    }
    return std::nullopt;
}

QString formatMetric(const ApprovalRule& rule, double value, const QString& currency)
{
    switch (rule.metric) {
    case ApprovalRule::Metric::Amount:
        return money(value, currency);
    case ApprovalRule::Metric::PercentChange:
        return number(value, 0) + u" %"_s;
    case ApprovalRule::Metric::UnitChange: {
        const int units = static_cast<int>(value); // a local: lupdate drops a translate() with a cast in it
        return QCoreApplication::translate("RiskEngine", "%n unit(s)", nullptr, units);
    }
    case ApprovalRule::Metric::None:
    case ApprovalRule::Metric::MarginConfidence:
        break;
    }
    return number(value, 2);
}

Verdict evaluate(const ApprovalRule& rule, const Input& in, const Context& ctx)
{
    Verdict v;
    v.ruleId = rule.id;
    v.ruleVersion = rule.version;
    v.ruleKey = rule.key;
    v.ruleName = rule.name;
    v.approverRoles = rule.approverRoles;
    v.deadlineHours = rule.deadlineHours;
    v.onExpiry = rule.onExpiry;
    v.warnMinutes = rule.warnMinutes;
    const QString currency = in.parameters.value(u"currency"_s).toString(in.currency);

    QString reason;
    switch (rule.metric) {
    case ApprovalRule::Metric::None:
        v.level = RiskLevel::High;
        reason = rule.always.isEmpty() ? QCoreApplication::translate("RiskEngine", "this action always needs a person")
                                       : rule.always;
        break;
    case ApprovalRule::Metric::Amount:
    case ApprovalRule::Metric::PercentChange:
    case ApprovalRule::Metric::UnitChange: {
        const auto value = metricValue(rule, in.parameters, ctx);
        if (!value) {
            v.level = RiskLevel::High;
            reason = rule.metric == ApprovalRule::Metric::PercentChange
                ? QCoreApplication::translate(
                    "RiskEngine", "the price before the change is unknown, so the change cannot be judged")
                : QCoreApplication::translate("RiskEngine", "no %1 given, so it cannot be judged")
                      .arg(rule.metricLabel);
            break;
        }
        const auto show = [&rule, &currency](double x) { return formatMetric(rule, x, currency); };
        const Placed p = place(rule, *value, show);
        v.level = p.level;
        const QString shown
            = rule.metric == ApprovalRule::Metric::PercentChange ? number(*value, 1) + u" %"_s : show(*value);
        reason = u"%1 %2 %3"_s.arg(rule.metricLabel, shown, p.comparison);
        break;
    }
    case ApprovalRule::Metric::MarginConfidence: {
        const auto price = Money::parse(in.parameters.value(u"price"_s).toVariant().toString());
        const auto cost = Money::parse(in.parameters.value(u"cost"_s).toVariant().toString());
        const bool knownMargin = price && cost && *price > 0;
        const double margin = knownMargin ? static_cast<double>(*price - *cost) / static_cast<double>(*price) : 0;
        const QString marginText
            = knownMargin ? number(margin * 100, 0) + u" %"_s : QCoreApplication::translate("RiskEngine", "unknown");
        const QString target = number(ctx.targetMargin * 100, 0) + u" %"_s;
        if (knownMargin && margin >= ctx.targetMargin && in.confidence >= rule.lowConfidence) {
            v.level = RiskLevel::Low;
            reason = QCoreApplication::translate("RiskEngine", "margin %1 ≥ target %2 and confidence %3 ≥ %4")
                         .arg(marginText, target, number(in.confidence, 2), number(rule.lowConfidence, 2));
        } else if (in.confidence >= rule.mediumConfidence) {
            v.level = RiskLevel::Medium;
            reason = QCoreApplication::translate("RiskEngine", "confidence %1 ≥ %2 (margin %3, target %4)")
                         .arg(number(in.confidence, 2), number(rule.mediumConfidence, 2), marginText, target);
        } else {
            v.level = RiskLevel::High;
            reason = QCoreApplication::translate("RiskEngine", "confidence %1 < %2 (margin %3, target %4)")
                         .arg(number(in.confidence, 2), number(rule.mediumConfidence, 2), marginText, target);
        }
        break;
    }
    }

    // Less confident than the rule wants: one level riskier.
    const RiskLevel before = v.level;
    if (rule.confidenceThreshold > 0 && in.confidence < rule.confidenceThreshold && v.level != RiskLevel::High) {
        v.level = Risk::raised(v.level);
        reason = QCoreApplication::translate("RiskEngine", "confidence %1 < %2, raised from %3; %4")
                     .arg(number(in.confidence, 2), number(rule.confidenceThreshold, 2), levelName(before), reason);
    }
    v.waits = v.level == RiskLevel::High || rule.requiresHuman || !rule.autoApprove;
    v.notify = v.level == RiskLevel::Medium && !v.waits;
    if (v.level != RiskLevel::High && rule.requiresHuman)
        reason += QCoreApplication::translate("RiskEngine", "; the rule wants a person for every proposal");
    else if (v.level != RiskLevel::High && !rule.autoApprove)
        reason += QCoreApplication::translate("RiskEngine", "; the rule runs nothing without a person");
    v.explanation = u"%1: %2"_s.arg(levelName(v.level), reason);
    return v;
}

Verdict evaluate(const QList<ApprovalRule>& rules, const Input& in, const Context& ctx)
{
    if (const auto rule = ApprovalRules::match(rules, in.actionType, in.agent))
        return evaluate(*rule, in, ctx);
    Verdict v;
    v.explanation = QCoreApplication::translate("RiskEngine", "HIGH: no rule covers “%1”, so a person decides")
                        .arg(ActionTypes::displayName(in.actionType));
    v.approverRoles = {u"owner"_s};
    return v;
}

} // namespace RiskEngine
