#pragma once

#include "agents/Agent.h"

// The CEO (executive cluster): measures the month against the owner's goals (Goals) and keeps the
// business health view the dashboard shows (BusinessHealth), every six hours and after store syncs
// bring orders; what it finds off track it explains with the rows behind it. Its own decisions so far:
// a budget shift per Meta ad account from the ad set whose next euro returns least to the one whose
// next euro returns most (BudgetShift), pauses of the ads of a product line that loses money after them
// (LineLoss), and approval rule changes that the decisions people made support
// (DecisionLearning). It measures what happened after the decisions that were carried out (OutcomeMeasure),
// which every proposal's track record shows.
class CeoAgent final : public Agent
{
public:
    static constexpr const char* Name = "CEO";

    Spec spec() const override;
    Outcome run(const QSqlDatabase& db, qint64 now) const override;
};
