#include "GoalActions.h"

#include "CeoAgent.h"
#include "FinanceWatch.h"
#include "agents/AgentRuns.h"
#include "campaigns/DailySales.h"
#include "core/Clock.h"
#include "jobs/WorkerPool.h"

using namespace Qt::StringLiterals;

GoalActions::GoalActions(const ChangeDoor& door, WorkerPool* pool)
    : m_door(door)
    , m_pool(pool)
{ }

Goals::Set GoalActions::goals() const
{
    return Goals::load(m_door.db());
}

QString GoalActions::currency() const
{
    return DailySales::reportingCurrency(m_door.db());
}

bool GoalActions::save(const Goals::Set& goals, QString* error, bool* queued)
{
    bool asked = false;
    if (const QString invalid = Goals::validate(goals); !invalid.isEmpty()) {
        if (error)
            *error = invalid;
        return false;
    }
    const bool ok = m_door.change(
        {u"settings.goals"_s, u"goals"_s, Goals::toJson(goals)},
        [&](const QSqlDatabase& db) {
            Goals::save(db, goals);
            // The CEO measures the month against the new goals now; a paused CEO waits, as its runs do.
            asked = AgentRuns::queueNow(db, QString::fromLatin1(CeoAgent::Name), m_door.clock()->nowMs()).isEmpty();
            // Finance Watch judges the AI spend against the new ceiling.
            AgentRuns::queueNow(db, QString::fromLatin1(FinanceWatch::Name), m_door.clock()->nowMs());
        },
        error);
    if (ok && m_pool)
        m_pool->wake();
    if (queued)
        *queued = ok && asked;
    return ok;
}
