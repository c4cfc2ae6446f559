#pragma once

#include "jobs/JobKind.h"

class ActionEffects;
class JobRegistry;

// The kind of job the approver's desk owns: carrying out a decision (subject: the proposal). An
// approved proposal runs its effect; a rejected one runs what follows a rejection, if anything.
namespace ApprovalJobs
{
inline constexpr JobKind Execute{QLatin1StringView("execute")};

// Registers the execute job, which looks effects up in effects (kept alive by the caller), and the
// effects of the decisions that are only recorded.
void registerAll(JobRegistry& registry, ActionEffects& effects);
} // namespace ApprovalJobs
