#pragma once

#include "Pricing.h"
#include "users/ChangeDoor.h"

class WorkerPool;

// The pricing rules and the competitors' price list through the one door: only an owner changes them,
// each change is audited, and the Pricing agent is asked to look again at once.
class PricingActions
{
public:
    PricingActions(const ChangeDoor& door, WorkerPool* pool);

    Pricing::Rules rules() const;
    Pricing::ListState list() const;
    QString whyNot() const { return m_door.whyNot(); }
    bool save(const Pricing::Rules& rules, QString* error);

    struct Import
    {
        bool ok = false;
        QString summary; // what came in, or why nothing did
        QStringList problems;
    };
    Import importCompetitorPrices(const QString& path);

private:
    void askAgent(const QSqlDatabase& db);

    ChangeDoor m_door;
    WorkerPool* m_pool;
};
