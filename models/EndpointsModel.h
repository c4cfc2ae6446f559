#pragma once

#include "RowListModel.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

class ApiRuntime;
class Clock;

// The remote endpoints the workers call, for the Agents pane: each provider's circuit breaker
// (closed, open until when, half-open), its recent failures, and the concurrency its adaptive
// limiter has found (in flight / limit).
struct EndpointRow
{
    QString key;
    QString name;
    QString circuit;
    qint64 openUntil = 0;
    int failures = 0;
    int calls = 0;
    double limit = 0;
    int inFlight = 0;
    int waiting = 0;
};

class EndpointsModel final : public RowListModel<EndpointRow>
{
    Q_OBJECT
public:
    enum Column
    {
        Endpoint,
        Circuit,
        Failures,
        Concurrency,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        CircuitKeyRole = Qt::UserRole + 100 // closed, open, half_open
    };

    EndpointsModel(const QSqlDatabase& db, ApiRuntime* runtime, const Clock* clock, QObject* parent = nullptr);
    void reload();

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    using Row = EndpointRow;
    QSqlDatabase m_db;
    ApiRuntime* m_runtime;
    const Clock* m_clock;
};
