#pragma once

#include <QAbstractListModel>
#include <QSqlDatabase>
#include <QVector>

class Clock;

// Cluster health for the dashboard: agents healthy out of total per cluster.
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
        int total = 0;
    };
    QSqlDatabase m_db;
    Clock* m_clock;
    QVector<Entry> m_entries;
};
