#pragma once

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QVector>

class Clock;

// Daily spend, revenue and ROAS of one campaign, for the ROAS-over-time chart (mapped to chart
// series with QVXYModelMapper) and its table.
class CampaignSeriesModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Day,
        Spend,
        Revenue,
        Roas,
        TargetRoas,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        ChartValueRole = Qt::UserRole + 50
    }; // Day as ms since epoch (x axis), money in major units

    CampaignSeriesModel(const QSqlDatabase& db, Clock* clock, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setCampaign(qint64 campaignId);
    qint64 campaignId() const { return m_campaignId; }
    void setDays(int days);
    int days() const { return m_days; }
    void reload();
    double maxRoas() const;

    // Days an ad rule acted on one of the campaign's ad sets (or would have, notify-only), at that
    // day's ROAS: the chart's markers.
    struct Marker
    {
        qint64 dayMs = 0;
        double roas = 0;
        QString text; // "Pause losers: paused “Broad 25-54” (ROAS 0.84 over …)"
        bool live = false;
    };
    QList<Marker> markers() const { return m_markers; }

private:
    struct Point
    {
        qint64 dayMs = 0;
        QString day;
        qint64 spend = 0;
        qint64 revenue = 0;
    };
    QSqlDatabase m_db;
    Clock* m_clock;
    qint64 m_campaignId = -1;
    int m_days = 60;
    double m_target = 0;
    QString m_currency;
    QVector<Point> m_points;
    QList<Marker> m_markers;
};
