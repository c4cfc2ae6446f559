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
// Read one store's copy of a product and keep the diff against what publishing would write, for
// the approver (subject: the product; payload: {"connection"}). Reads only.
inline constexpr JobKind Preview{QLatin1StringView("publish.preview")};

void registerAll(JobRegistry& registry, ActionEffects& effects);
} // namespace PublishJobs
