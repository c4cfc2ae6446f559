#pragma once

#include "ApprovalRules.h"

#include <QJsonObject>

#include <functional>

// Judges a proposal by its rule (DESIGN.md section 3): the risk level from the rule's metric and
// bands, one level up when the proposer is less confident than the rule's threshold, and what
// follows: LOW executes and is logged, MEDIUM executes and notifies, HIGH (or a rule that always
// wants a person) waits. The verdict explains itself in one sentence and names the rule version.
namespace RiskEngine
{

struct Input
{
    ActionType actionType = ActionType::Unknown;
    QString agent;
    QJsonObject parameters;
    double confidence = 1.0;
    QString currency = QStringLiteral("EUR");
};

// What the engine may need to know beyond the proposal.
struct Context
{
    double targetMargin = 0.55;
    // The current price of a product by SKU, in minor units (for a price change without old_price).
    std::function<std::optional<qint64>(const QString& sku)> priceOf;
};

struct Verdict
{
    RiskLevel level = RiskLevel::High;
    bool waits = true;   // a person decides
    bool notify = false; // MEDIUM: runs, and says so
    QString explanation; // "HIGH: budget €1,250.00 > €1,000.00"
    qint64 ruleId = 0;
    int ruleVersion = 0;
    QString ruleKey;
    QString ruleName;
    QStringList approverRoles;
    int deadlineHours = 24;
    QString onExpiry = QStringLiteral("reject");
    int warnMinutes = 60;
};

Verdict evaluate(const QList<ApprovalRule>& rules, const Input& input, const Context& context);
// The value a banded rule (Amount, PercentChange, UnitChange) compares with its bands: currency units,
// percent or units; nullopt for other metrics or when the parameters do not give it.
std::optional<double> metricValue(const ApprovalRule& rule, const QJsonObject& parameters, const Context& context);
// A band's value as the verdict writes it ("€100.00", "20 %", "25 units").
QString formatMetric(const ApprovalRule& rule, double value, const QString& currency);
// The same for a known rule.
Verdict evaluate(const ApprovalRule& rule, const Input& input, const Context& context);

} // namespace RiskEngine
