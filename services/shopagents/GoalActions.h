#pragma once

#include "Goals.h"
#include "users/ChangeDoor.h"

class WorkerPool;

// The owner's goals through the one door: only an owner sets them, each change is audited, and the
// CEO is asked to measure the month against them at once.
class GoalActions
{
public:
    GoalActions(const ChangeDoor& door, WorkerPool* pool);

    Goals::Set goals() const;
    QString currency() const; // the reporting currency the revenue goal is in
    QString whyNot() const { return m_door.whyNot(); }
    // *queued says whether the CEO was asked to measure at once (not when it is paused).
    bool save(const Goals::Set& goals, QString* error, bool* queued = nullptr);

private:
    ChangeDoor m_door;
    WorkerPool* m_pool;
};
