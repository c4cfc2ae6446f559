#pragma once

#include "agents/Cluster.h"

#include <QAbstractListModel>
#include <QSqlDatabase>
#include <QVector>

class Clock;

// Cluster health for the dashboard: agents healthy out of those that should be working, per cluster
// (Cluster::health: paused or stopped on purpose is not a fault).
class ClusterHealthModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        KeyRole = Qt::UserRole + 1,
        HealthyRole,
        TotalRole,
        HealthRole,
        StatusKeyRole
    };

    ClusterHealthModel(const QSqlDatabase& db, Clock* clock, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    void reload();

private:
    struct Entry
    {
        QString key;
        int healthy = 0;
        int total = 0;   // agents that should be working (not paused or stopped on purpose)
        int held = 0;    // paused or stopped on purpose
        int waiting = 0; // waiting for the data they read (not a fault)
        int notRun = 0;  // event agents whose event has not come yet
    };
    QSqlDatabase m_db;
    Clock* m_clock;
    QVector<Entry> m_entries;
    Cluster::Halt m_halt = Cluster::Halt::None;
};
