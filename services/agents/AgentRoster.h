#pragma once

#include "Agent.h"

#include <QList>

#include <memory>
#include <vector>

// The agents Quorum has code for. The composition root fills it once (Domains::create) before any
// worker starts; afterwards it is only read, from every worker thread. Only roster agents have rows in
// the agents table (AgentRuns::install removes the others).
class AgentRoster
{
public:
    // A scheduled or event-run agent with its own run().
    void add(std::unique_ptr<Agent> agent);
    // An agent whose code runs inside other jobs (the content writer and reviewer, the publisher, the ad
    // rules): it has a contract and records its runs (AgentRuns::record), but nothing schedules it.
    void addEventAgent(const Agent::Spec& spec);

    const Agent* find(const QString& name) const;
    QList<Agent::Spec> specs() const;
    QList<const Agent*> scheduled() const; // agents with an interval

private:
    struct Entry
    {
        Agent::Spec spec;
        std::shared_ptr<const Agent> agent; // null for event agents
    };
    std::vector<Entry> m_entries;
};
