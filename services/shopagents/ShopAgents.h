#pragma once

#include "agents/AgentRoster.h"

class ActionEffects;
class JobRegistry;

// The roster: every agent Quorum has code for, with its contract. Scheduled agents run as jobs
// (AgentRuns); event agents run inside the jobs that carry their work and record their runs there.
namespace ShopAgents
{
// Names of the event agents whose code lives in other domains, as stored.
inline constexpr QLatin1StringView Publisher{"Publisher"};

std::shared_ptr<AgentRoster> roster();
// The agents' runs and what approving their own action types does.
void registerAll(JobRegistry& jobs, ActionEffects& effects, std::shared_ptr<const AgentRoster> roster);
// What approving the agents' own action types does: an order hold, a review reply, featuring or retiring
// a product and a new supplier are recorded (the supplier marked current in the supplier list).
void registerEffects(ActionEffects& effects);
} // namespace ShopAgents
