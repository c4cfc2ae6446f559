#pragma once

#include "ApprovalTypes.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

// An approval rule: for one kind of action (and optionally one agent), how risky a proposal is and
// what happens then. Rules are data: edited in Settings, validated, versioned (an edit is a new
// version; every verdict records the version that produced it).
struct ApprovalRule
{
    enum class Metric
    {
        None,             // always the level of the bands' absence: HIGH
        Amount,           // a money parameter (a budget, a refund)
        PercentChange,    // the change of a price parameter against the price before
        MarginConfidence, // a new product: margin against the target, and the proposer's confidence
        UnitChange        // a count parameter against "from": how many units it changes (stock)
    };
    // A band of the metric: values up to max (inclusive or not) are at the band's level.
    struct Band
    {
        double max = 0;
        bool inclusive = false;
    };

    qint64 id = 0;
    int version = 0;
    QString key;                                 // stable name of the rule ("budget_change")
    QString name;                                // shown to people
    ActionType actionType = ActionType::Unknown; // the proposals it judges
    QString agent;                               // empty: any agent
    Metric metric = Metric::None;
    QString parameter;   // the parameter the metric reads ("amount", "daily_budget", "new_price")
    QString metricLabel; // how the verdict names it ("budget", "refund")
    std::optional<Band> low;
    std::optional<Band> medium;
    double lowConfidence = 0.9;     // MarginConfidence: LOW needs this and the target margin
    double mediumConfidence = 0.75; // MarginConfidence: MEDIUM needs this
    double confidenceThreshold = 0; // a proposal less confident than this is one level riskier
    bool autoApprove = true;        // LOW and MEDIUM run without a person
    bool requiresHuman = false;     // every proposal waits for a person
    QStringList approverRoles{QStringLiteral("owner"), QStringLiteral("approver")};
    int deadlineHours = 24;
    QString onExpiry = QStringLiteral("reject"); // reject | approve
    int warnMinutes = 60;
    QString always; // Metric::None: why it always needs a person ("new suppliers always need a person")

    QJsonObject toJson() const;
    static ApprovalRule fromJson(const QJsonObject& o);
    // Readable problems; empty when the rule can be saved.
    QStringList validate() const;
    static QString metricKey(Metric m);
    static Metric metricFromKey(const QString& key);
};

namespace ApprovalRules
{
// The default table of DESIGN.md section 3.
QList<ApprovalRule> defaults();
// Stores the defaults as version 1 of each rule when the workspace has none. Runs inside the caller's
// transaction when there is one.
void ensureDefaults(const QSqlDatabase& db, qint64 now);
// The newest version of every rule.
QList<ApprovalRule> current(const QSqlDatabase& db);
QList<ApprovalRule> history(const QSqlDatabase& db, const QString& key);
// Validates and stores a new version (with an audit entry). Returns the saved rule, or nullopt with
// the problems in *errors.
std::optional<ApprovalRule> save(
    const QSqlDatabase& db, ApprovalRule rule, const QString& author, qint64 now, QStringList* errors);
// The rule that judges a proposal: the agent's own rule first, then the action type's.
std::optional<ApprovalRule> match(const QList<ApprovalRule>& rules, ActionType actionType, const QString& agent);
} // namespace ApprovalRules
