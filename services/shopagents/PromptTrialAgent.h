#pragma once

#include "agents/Agent.h"
#include "approvals/ActionEffects.h"

// Prompt trials (product cluster): watches the prompts on trial (Settings → Prompts: a new version writes a share of
// the runs beside the one in use) and, once the sequential test on their first-attempt pass rates finds one better,
// proposes keeping it, with both records. Approving keeps that version and ends the trial; rejecting leaves the
// trial running for a person to end. Once per trial; hourly, no AI call.
class PromptTrialAgent final : public Agent
{
public:
    static constexpr const char* Name = "Prompt trials";

    Spec spec() const override;
    Outcome run(const QSqlDatabase& db, qint64 now) const override;

    // The approved verdict: the kept version writes from now on and the trial ends (refused when the trial it was
    // about has ended or changed since).
    static ActionEffects::Result keep(
        const QSqlDatabase& db, const ApprovalDesk::Proposal& p, QJsonObject params, qint64 now);
};
