#pragma once

#include <Qt>

// Custom roles shared by Quorum's models. Raw values for sorting, filtering and delegates live in
// these roles; DisplayRole carries formatted text only.
namespace ModelRoles
{
enum Role
{
    IdRole = Qt::UserRole + 1, // qint64 row id
    RawValueRole,              // unformatted value of the cell (number, key, timestamp)
    StageKeyRole,              // products: stage key
    StepRole,                  // products: journey step, Stage::Step as int
    RiskKeyRole,               // approvals: low/medium/high
    DeadlineRole,              // approvals: deadline ms since epoch
    StatusKeyRole,             // status key of agents, campaigns, sites
    IsClusterRole,             // agents tree: true on cluster rows
    HealthRole,                // 0-100 health of a cluster/agent
    SummaryTextRole,           // a short figure beside a name ("6 products"); the tooltip explains
    FirstCustomRole
};
} // namespace ModelRoles
