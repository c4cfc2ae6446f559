#pragma once

#include "agents/Agent.h"

// The CEO (executive cluster): measures the month against the owner's goals (Goals) and keeps the
// business health view the dashboard shows (BusinessHealth), every six hours and after store syncs
// bring orders. It proposes nothing yet; what it finds off track it explains with the rows behind it.
class CeoAgent final : public Agent
{
public:
    static constexpr const char* Name = "CEO";

    Spec spec() const override;
    Outcome run(const QSqlDatabase& db, qint64 now) const override;
};
