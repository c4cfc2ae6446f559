#pragma once

class ActionEffects;

// What deciding an ad campaign proposal does: a new daily budget, a campaign launched.
namespace CampaignEffects
{
void registerAll(ActionEffects& effects);
} // namespace CampaignEffects
