#pragma once

#include "agents/Agent.h"

// Finance Watch (finance cluster): every hour and after store syncs bring orders, it judges the
// finance alerts (FinanceAlerts: revenue down on a day, an ad account pacing over its budgets, AI
// spend near its ceiling), keeps the open ones for the dashboard and resolves the ones that no longer
// hold, and says yesterday's profit and loss in its note. Proposes nothing: what to do about an alert
// is the owner's call (or the CEO's and the campaign rules' proposals).
class FinanceWatch final : public Agent
{
public:
    static constexpr const char* Name = "Finance Watch";

    Spec spec() const override;
    Outcome run(const QSqlDatabase& db, qint64 now) const override;
};
