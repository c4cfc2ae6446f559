#pragma once

#include <QAbstractListModel>
#include <QDate>
#include <QSqlDatabase>
#include <QVector>

class Clock;

// The dashboard's headline figures, today against yesterday: revenue, profit, pending approvals,
// autonomous actions and AI spend, each with its last two weeks day by day for a sparkline.
class KpiModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Kpi
    {
        RevenueToday,
        ProfitToday,
        PendingApprovals,
        AutonomousActions,
        AiSpendToday,
        KpiCount
    };
    Q_ENUM(Kpi)
    enum Role
    {
        ValueTextRole = Qt::UserRole + 1, // "€4,210.55"
        DeltaTextRole,                    // "+12 % vs yesterday"
        TrendRole,                        // +1 better, -1 worse, 0 flat
        ValueRole,                        // raw number (minor units or count)
        PreviousValueRole,
        SeriesRole, // QList<qint64>: the last SeriesDays daily values, oldest first, today last
    };
    static constexpr int SeriesDays = 14;

    KpiModel(const QSqlDatabase& db, Clock* clock, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    qint64 value(Kpi kpi) const;
    // The figure's daily values over the last SeriesDays days, oldest first (empty for pending approvals).
    QList<qint64> series(Kpi kpi) const;
    void reload();

private:
    struct Figure
    {
        qint64 today = 0;
        qint64 yesterday = 0;
        QList<qint64> series;
    };
    QString formatValue(Kpi kpi, qint64 value) const;
    QString seriesToolTip(Kpi kpi) const;

    QSqlDatabase m_db;
    Clock* m_clock;
    double m_costKnownToday = 1.0; // share of today's items sold whose cost is known
    QString m_currency = QStringLiteral("EUR");
    QVector<Figure> m_figures;
    QDate m_today;
};
