#pragma once

#include "AdRules.h"
#include "RuleEngine.h"
#include "approvals/ApprovalDesk.h"

#include <QLatin1StringView>
#include <QSqlDatabase>

// A live ad rule's finding as an action proposal: a budget change (BudgetChange) or a pause, resume
// or bid change (AdSetChange) on one ad set, carrying the evidence the rule saw (the window, the
// figures, the posterior where the rule computes one) and the rule's backtest on that ad set. The
// approval rules judge it like any proposal; running it queues the write to the platform (AdWriteRun).
namespace AdProposals
{

// The proposer's name, as stored (translated when shown, context "AgentNames").
inline constexpr QLatin1StringView Agent{"Ad Rules"};

// Proposes what the rule found for the ad set, inside the caller's transaction. `history` is the
// account with its days (for the backtest). Returns the proposal's id, or 0 when the ad set is unknown.
qint64 propose(const QSqlDatabase& db, qint64 connectionId, const AdRules::Rule& rule, const RuleEngine::Outcome& o,
    const RuleEngine::Account& history, qint64 nowMs);

// A pause of one ad set for a reason of its own (the loser of an A/B test), proposed by `agent` and judged
// like a rule's (by the daily budget at stake). Returns the proposal's id, or 0 when the ad set is unknown or
// a pause of it already waits or is under way.
qint64 proposePause(const QSqlDatabase& db, qint64 connectionId, const QString& adSetId, const QString& agent,
    const QString& reasoning, qint64 nowMs);
// The same with what the proposer adds in `base`: agent, reasoning (the description too, unless it has its
// own), estimates, confidence, data sources, risk factors, alternatives and parameters that travel along.
// The title, the currency and the pause's own parameters are filled in here, in the ad account's currency.
qint64 proposePause(
    const QSqlDatabase& db, qint64 connectionId, const QString& adSetId, ApprovalDesk::Proposal base, qint64 nowMs);

} // namespace AdProposals
