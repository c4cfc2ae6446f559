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
// What approving the agents' own action types does (an order hold).
void registerAll(JobRegistry& jobs, ActionEffects& effects, std::shared_ptr<const AgentRoster> roster);
} // namespace ShopAgents
