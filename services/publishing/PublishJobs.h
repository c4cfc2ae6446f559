#pragma once

#include "jobs/JobKind.h"

class ActionEffects;
class JobRegistry;

// The kind of job publishing owns, and what approving a publish proposal does.
namespace PublishJobs
{
// Put one product or site on one connection, or take it down (subject: the publication). Waits in
// the queue while offline (the outbox) and while the keychain has not answered at start.
inline constexpr JobKind Publish{QLatin1StringView("publish")};

void registerAll(JobRegistry& registry, ActionEffects& effects);
} // namespace PublishJobs
