#pragma once

#include "ModelRoles.h"
#include "social/SocialActions.h"

#include <QAbstractTableModel>

// One account's engagement by day and hour, from its own published posts in its own zone: a row per weekday
// (Monday first), a column per hour. A cell shows how many posts stand behind it; its shade is its engagement
// rate against the account's best cell; best times are only cells with SocialEngagement::kMinPosts posts.
// Read through SocialActions; load() after a sync.
class SocialHeatmapModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        PostsRole = ModelRoles::FirstCustomRole + 50, // int: posts behind the cell
        RateRole,                                     // double: interactions ÷ seen; none without posts
        IntensityRole,                                // double 0–1: the rate against the best cell's
        BestRole,                                     // bool: one of the suggested times
    };

    explicit SocialHeatmapModel(SocialActions* actions, QObject* parent = nullptr);
    void load(qint64 accountId);
    qint64 accountId() const { return m_accountId; }
    const SocialActions::Engagement& engagement() const { return m_engagement; }
    static int weekdayOf(int row) { return row + 1; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool isBest(int weekday, int hour) const;

    SocialActions* m_actions;
    qint64 m_accountId = 0;
    SocialActions::Engagement m_engagement;
    double m_maxRate = 0;
};
