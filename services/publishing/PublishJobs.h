#pragma once

#include "jobs/JobKind.h"

#include <QSqlDatabase>

#include <functional>

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

// What else follows a product published to a store, inside the transaction that records it (the composition root
// queues the agents that check the stores after publishing).
using AfterPublished = std::function<void(const QSqlDatabase& db, qint64 now)>;

void registerAll(JobRegistry& registry, ActionEffects& effects, AfterPublished afterPublished = {});
} // namespace PublishJobs
