#pragma once

#include "approvals/ApprovalDesk.h"

class ActionEffects;

// What deciding an ad campaign proposal does: a new daily budget, a campaign launched.
namespace CampaignEffects
{
void registerAll(ActionEffects& effects);
// What approving p leaves to a person, said before it is approved (a budget change on a campaign of a
// network Quorum only reads from its report exports), or empty.
QString approvalNotice(const QSqlDatabase& db, const ApprovalDesk::Proposal& p);
} // namespace CampaignEffects
