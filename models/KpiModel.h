#pragma once

#include <QAbstractListModel>
#include <QSqlDatabase>
#include <QVector>

class Clock;

// The dashboard's headline figures, today against yesterday: revenue, profit, pending approvals,
// autonomous actions and AI spend.
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
    };

    KpiModel(const QSqlDatabase& db, Clock* clock, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    qint64 value(Kpi kpi) const;
    void reload();

private:
    struct Figure
    {
        qint64 today = 0;
        qint64 yesterday = 0;
    };
    QSqlDatabase m_db;
    Clock* m_clock;
    QString m_currency = QStringLiteral("EUR");
    QVector<Figure> m_figures;
};
