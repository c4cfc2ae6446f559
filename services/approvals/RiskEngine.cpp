#include "RiskEngine.h"

#include "core/Money.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace RiskEngine
{

namespace
{

QString levelName(RiskLevel l)
{
    return Risk::key(l).toUpper();
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
    case ApprovalRule::Metric::Amount: {
        const auto cents = Money::parse(in.parameters.value(rule.parameter).toVariant().toString());
        if (!cents) {
            v.level = RiskLevel::High;
            reason = QCoreApplication::translate("RiskEngine", "no %1 given, so it cannot be judged")
                         .arg(rule.metricLabel);
            break;
        }
        const double value = static_cast<double>(*cents) / 100.0;
        const Placed p = place(rule, value, [&currency](double x) -> QString { return money(x, currency); });
        v.level = p.level;
        reason = u"%1 %2 %3"_s.arg(rule.metricLabel, money(value, currency), p.comparison);
        break;
    }
    case ApprovalRule::Metric::PercentChange: {
        const auto next = Money::parse(in.parameters.value(rule.parameter).toVariant().toString());
        std::optional<qint64> before = Money::parse(in.parameters.value(u"old_price"_s).toVariant().toString());
        if (!before && ctx.priceOf)
            before = ctx.priceOf(in.parameters.value(u"sku"_s).toString());
        if (!next || !before || *before <= 0) {
            v.level = RiskLevel::High;
            reason = QCoreApplication::translate(
                "RiskEngine", "the price before the change is unknown, so the change cannot be judged");
            break;
        }
        const double pct = std::abs(static_cast<double>(*next - *before)) * 100.0 / static_cast<double>(*before);
        const Placed p = place(rule, pct, [](double x) -> QString { return number(x, 0) + u" %"_s; });
        v.level = p.level;
        reason = u"%1 %2 %3"_s.arg(rule.metricLabel, number(pct, 1) + u" %"_s, p.comparison);
        break;
    }
    case ApprovalRule::Metric::UnitChange: {
        const QJsonValue to = in.parameters.value(rule.parameter);
        const QJsonValue from = in.parameters.value(u"from"_s);
        if (!to.isDouble() || !from.isDouble()) {
            v.level = RiskLevel::High;
            reason = QCoreApplication::translate("RiskEngine", "no %1 given, so it cannot be judged")
                         .arg(rule.metricLabel);
            break;
        }
        const double units = std::abs(to.toDouble() - from.toDouble());
        const auto show = [](double x) {
            const int count = static_cast<int>(x);
            return QCoreApplication::translate("RiskEngine", "%n unit(s)", nullptr, count);
        };
        const Placed p = place(rule, units, show);
        v.level = p.level;
        reason = u"%1 %2 %3"_s.arg(rule.metricLabel, show(units), p.comparison);
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
