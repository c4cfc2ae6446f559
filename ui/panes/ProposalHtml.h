#pragma once

#include "approvals/ApprovalDesk.h"
#include "approvals/DecisionLearning.h"

#include <QString>

// HTML for the Approvals pane's detail view, after the seed mock-up: what is proposed and why, the
// impact (revenue, cost, ROI, confidence), the risk factors, the alternatives with their pros, cons
// and impact, the data sources, the rule that sent it here, the parameters as proposed, changed,
// approved and executed, and the decision.
namespace ProposalHtml
{
// evidence: rich text shown first under "The content under review" (a content review's pieces).
// stores: rich text shown first under "What changes in the stores" (a publish proposal's diff
// against each store's copy, StoreDiffHtml).
// notice: what approving leaves to a person, said under "What runs when approved" (plain text).
// record: the proposer's track record on this kind of action (trackRecord) and what happened after this
// proposal ran, shown under "Why it is here", a line each.
QString detail(const ApprovalDesk::Proposal& p, const QString& evidence = {}, const QString& stores = {},
    const QString& notice = {}, const QString& record = {});
// "CEO on budget shifts, decided by people: 12 — 9 approved as proposed, 2 modified (by 15 % in the middle),
// 1 rejected; 8 ran, 1 failed to run. Afterwards: …" (plain text, with Outcomes::describe of its outcomes)
QString trackRecord(const ApprovalDesk::Proposal& p, const DecisionLearning::Record& record);
} // namespace ProposalHtml
