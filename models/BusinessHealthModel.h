#pragma once

#include "shopagents/BusinessHealth.h"
#include "shopagents/ProposalRanking.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

// The dashboard's CEO panel: each goal's line of the business health the CEO agent last computed
// (this month so far, the forecast to the month's end, the target, on track or not, and why).
class BusinessHealthModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Goal,
        ThisMonth,
        Forecast,
        Target,
        Status,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        KeyRole = Qt::UserRole + 1, // revenue, gross_margin, ...
        StatusKeyRole,              // on_track, off_track, no_goal, needs_data
        ReasonsRole,                // QStringList
    };

    explicit BusinessHealthModel(const QSqlDatabase& db, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const std::optional<BusinessHealth::Report>& report() const { return m_report; }
    BusinessHealth::Line line(int row) const { return m_report->lines.at(row); }
    void reload();

    // The CEO's ranking of the waiting proposals, read afresh when asked (the queue changes between its
    // runs; the dashboard asks while it shows it): the first kTop by expected value.
    static constexpr int kTop = 3;
    const ProposalRanking::Ranking& ranking() const { return m_ranking; }
    void reloadRanking();

signals:
    void reloaded();
    void rankingChanged();

private:
    QSqlDatabase m_db;
    std::optional<BusinessHealth::Report> m_report;
    ProposalRanking::Ranking m_ranking;
};
