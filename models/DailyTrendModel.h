#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QSqlDatabase>
#include <QVector>

class Clock;

// The whole workspace's revenue, profit and ad spend per day over the last 30 days, for the
// dashboard's trend chart. One row per day, oldest first, today last; a day without figures is 0.
// When no day in the window has any figures at all the model has no rows, so views can say so.
class DailyTrendModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(QString currency READ currency) // for charts
public:
    enum Column
    {
        Day,
        Revenue,
        Profit,
        AdSpend,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        MinorUnitsRole = Qt::UserRole + 60, // money columns: qint64 minor units (cents); Day: QDate
        ChartValueRole,                     // double: Day as ms since epoch (x axis), money in major units
    };
    static constexpr int Days = 30;

    DailyTrendModel(const QSqlDatabase& db, Clock* clock, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QDate day(int row) const;
    qint64 revenue(int row) const;
    qint64 profit(int row) const;
    qint64 adSpend(int row) const;
    QString currency() const { return m_currency; }
    // Re-reads the figures; the model resets only when they changed.
    void reload();

private:
    struct Point
    {
        QDate day;
        qint64 revenue = 0;
        qint64 profit = 0;
        qint64 adSpend = 0;
        bool operator==(const Point&) const = default;
    };
    QSqlDatabase m_db;
    Clock* m_clock;
    QString m_currency = QStringLiteral("EUR");
    QVector<Point> m_points;
};
