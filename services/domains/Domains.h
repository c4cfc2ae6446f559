#pragma once

#include "agents/AgentRoster.h"
#include "approvals/ActionEffects.h"
#include "jobs/JobRegistry.h"

#include <memory>

// The one list of Quorum's domains: each registers the kinds of job it owns (JobRegistry), what
// deciding its proposals does (ActionEffects) and its agents (AgentRoster). Built once by the composition root (the
// desktop, the headless run, tests) before any worker starts; read-only afterwards, shared by every worker.
struct Domains
{
    JobRegistry jobs;
    ActionEffects effects;
    std::shared_ptr<const AgentRoster> agents; // the agents with code, and their contracts

    static std::unique_ptr<Domains> create();
};
