#pragma once

#include "jobs/JobKind.h"

#include <QSqlDatabase>

class ActionEffects;
class JobRegistry;

// Outreach's jobs. "outreach.draft" (subject: the e-mail) writes the lead's e-mail through the agreement gate and,
// accepted, proposes it for approval. The approval's effect queues "outreach.send" (subject: the e-mail), which
// hands it to the mail server once: it is marked as being sent before the server is asked, so a run that finds it
// so after a crash or a timeout does not send it again but says it may have been delivered. A refused address is a
// bounce (the lead is marked, the address suppressed); the daily cap makes the rest wait for the next day.
namespace OutreachJobs
{
inline constexpr JobKind Draft{QLatin1StringView("outreach.draft")};
inline constexpr JobKind Send{QLatin1StringView("outreach.send")};

// Queues the e-mail's sending for an approved proposal (in the caller's transaction).
void queueSend(const QSqlDatabase& db, qint64 emailId, qint64 proposalId, qint64 now);

void registerAll(JobRegistry& registry, ActionEffects& effects);
} // namespace OutreachJobs
