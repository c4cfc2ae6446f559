#pragma once

#include "ApprovalRules.h"
#include "Outcomes.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

class ActionEffects;

// Learning from the decisions people made. Only decisions by a person count (not the risk engine's, not
// a deadline's default).
//
// A proposer's track record on one kind of action: how many were decided, approved as proposed,
// modified (and by how much the rule's figure moved, the median), rejected, and of the approved ones
// how many ran and how many failed to run.
//
// A threshold finding: for a rule with bands (an amount, a price change in percent, a stock change in
// units) the proposals a person had to decide because they were above the band that runs without one
// (MEDIUM's, else LOW's), ordered by the rule's figure. The widest bound B such that the decisions up to
// B are at least MinDecisions and at least MinUnchangedShare of them were approved unchanged is the
// finding (B in whole units, above the bound there is now). It becomes a proposal (RuleChange) that
// always waits for an owner and is never applied on its own.
namespace DecisionLearning
{

inline constexpr int MinDecisions = 30;
inline constexpr double MinUnchangedShare = 0.9;

struct Record
{
    int decided = 0;
    int unchanged = 0; // approved as proposed
    int modified = 0;  // approved after a person changed it
    int rejected = 0;
    int ran = 0;                               // approved and carried out
    int failed = 0;                            // approved, and carrying it out failed for good
    std::optional<double> medianChangePercent; // how far people moved the rule's figure when they modified
    Outcomes::Summary outcomes;                // what happened after (every one carried out, whoever decided)
};
Record recordOf(const QSqlDatabase& db, const QString& agent, ActionType type);

struct Finding
{
    ApprovalRule rule;   // as it is now
    bool medium = false; // the band raised: MEDIUM (runs and notifies), else LOW
    double from = 0;     // the bound now
    double to = 0;       // the bound the decisions support
    int decisions = 0;   // decided by people up to `to`
    int unchanged = 0;   // of which approved unchanged
    QString currency;    // for amounts
};
QList<Finding> findings(const QSqlDatabase& db);

// Proposes the finding as a rule change unless one for the rule waits or was rejected in the last 30
// days; inside the caller's transaction. Returns the proposal's id, or 0.
qint64 propose(const QSqlDatabase& db, const Finding& finding, const QString& agent, qint64 now);

// The rule change's effect: the band raised as a new version of the rule, by the owner who approved it.
void registerEffects(ActionEffects& effects);

} // namespace DecisionLearning
