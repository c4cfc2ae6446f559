#pragma once

#include "approvals/Outcomes.h"

#include <QSqlDatabase>

// The CEO measures what happened after the proposals that were carried out (Outcomes says what each kind
// measures). A proposal is measured once: when its days after have passed and their data is in (every
// store that syncs orders has synced since the last of them ended; the ad account has synced through
// it). Price changes are measured in the local calendar, ad changes in the ad account's days. A proposal
// about something that did not sell or spend on either side is not measured (there is nothing to
// compare) and is looked at again until a year after it ran.
namespace OutcomeMeasure
{

struct Pass
{
    int measured = 0; // stored in this pass
    int waiting = 0;  // carried out, their days after not over or not synced yet
};

// Throws SqlError. Inside the caller's transaction.
Pass run(const QSqlDatabase& db, qint64 now);

// One proposal's outcome as it would be measured now, without storing it (nothing when it is not due
// or has nothing to compare). *waiting is set when it is not due yet.
std::optional<Outcomes::Outcome> measure(
    const QSqlDatabase& db, qint64 proposalId, qint64 now, bool* waiting = nullptr);

} // namespace OutcomeMeasure
