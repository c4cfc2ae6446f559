#pragma once

#include "RowListModel.h"
#include "campaigns/Anomalies.h"

#include <QSqlDatabase>

class Clock;

// The campaigns' unusual days (Anomalies::find), the largest first: for the strip above the Campaigns
// list and the dashboard's line. Reloaded when the campaigns' figures change and when the day turns.
class AnomaliesModel final : public RowListModel<Anomalies::Finding>
{
    Q_OBJECT
public:
    enum Column
    {
        Campaign,
        Metric,
        Day,
        Value,
        Usual,
        Score,
        ColumnCount
    };
    Q_ENUM(Column)

    AnomaliesModel(const QSqlDatabase& db, Clock* clock, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Anomalies::Finding findingAt(int row) const { return m_rows.value(row); }
    // "Campaign: Spend on Tue 1 Dec: €97.31, usually €54.00", at most `max`.
    QStringList lines(int max) const;
    void reload();
    // Reloads when the day has turned since the last load (the days judged move with it).
    void reloadIfNewDay();

private:
    QSqlDatabase m_db;
    Clock* m_clock;
    QDate m_day; // the day of the last load
};
