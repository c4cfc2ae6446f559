#pragma once

#include "Suppliers.h"
#include "users/ChangeDoor.h"

class WorkerPool;

// The supplier list through the one door: only an owner imports one, each import is audited, and the
// Supplier vetting agent is asked to look at it at once.
class SupplierActions
{
public:
    SupplierActions(const ChangeDoor& door, WorkerPool* pool);

    Suppliers::ListState list() const;
    QList<Suppliers::Quote> quotes() const; // the whole list; empty when it cannot be read
    QString whyNot() const { return m_door.whyNot(); }

    struct Import
    {
        bool ok = false;
        QString summary; // what came in, or why nothing did
        QStringList problems;
        bool agentPaused = false; // the Supplier vetting agent compares the list once it is resumed
    };
    Import importList(const QString& path);

private:
    ChangeDoor m_door;
    WorkerPool* m_pool;
};
