#pragma once

#include "agents/Cluster.h"

#include <QAbstractItemModel>
#include <QSqlDatabase>
#include <QVector>

class Clock;
class QTimer;

// The Agents pane: a tree of clusters (Executive, Product, Marketing, Customer service, Finance)
// and their agents with status, heartbeat, load, success rate, latency and cost. Cluster rows
// roll up their agents. Sorting runs in SQL within each cluster.
class AgentsModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Status,
        Heartbeat,
        Load,
        SuccessRate,
        Latency,
        Cost,
        ColumnCount
    };
    Q_ENUM(Column)

    struct Agent
    {
        qint64 id = -1;
        QString name;
        QString cluster;
        QString role;
        QString status;
        bool paused = false;
        qint64 heartbeatAt = 0;
        int load = 0;
        int ok = 0;
        int failed = 0;
        int latencyMs = 0;
        qint64 costMicros = 0;
        QString kind;          // internal (on the roster) or external
        qint64 intervalMs = 0; // 0: runs on events
        qint64 lastRunAt = 0;  // 0: never ran
        QString lastOutcome;   // ok, needs, failed
        QString lastNote;      // what the last run found or needs
        QStringList reads;     // AgentData keys
        QStringList proposes;  // action type keys
        QStringList events;    // what runs it besides its schedule: new_orders, published
        qint64 budgetMicros = 0;
        QString budgetText; // how its AI budget today came about (AiBudget::explain); empty: its contract's
    };

    AgentsModel(const QSqlDatabase& db, Clock* clock, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    bool isCluster(const QModelIndex& index) const;
    QString clusterKeyAt(const QModelIndex& index) const;
    Agent agentAt(const QModelIndex& index) const; // id -1 on cluster rows
    Cluster::Health healthAt(const QModelIndex& index) const;
    int agentCount() const;
    void setTextFilter(const QString& text);

    // Re-reads agents: dataChanged when the tree's shape is unchanged, otherwise a reset.
    void reload();

private:
    struct ClusterNode
    {
        QString key;
        QVector<Agent> agents;
    };
    QVector<ClusterNode> query();
    Cluster::AgentFacts facts(const Agent& agent) const;
    Cluster::Health healthOf(const Agent& agent) const;
    QVariant clusterData(const ClusterNode& node, int column, int role) const;
    QVariant agentData(const Agent& agent, int column, int role) const;
    QString sortExpression() const;

    QSqlDatabase m_db;
    Clock* m_clock;
    QTimer* m_ticker;
    QVector<ClusterNode> m_clusters;
    QString m_text;
    Cluster::Halt m_halt = Cluster::Halt::None;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
