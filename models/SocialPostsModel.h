#pragma once

#include "ModelRoles.h"
#include "RowListModel.h"
#include "social/SocialActions.h"

// The social posts of a period (a week or a month of the calendar), by time: when (on the wall of the account's
// zone), account, text, status, how it did (the figures read back from its platform) and what the platform said. Read
// through SocialActions; reload() after a change.
class SocialPostsModel final : public RowListModel<SocialActions::Entry>
{
    Q_OBJECT
public:
    enum Column
    {
        When,
        Account,
        Text,
        Status,
        Engagement,
        Result,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        InstantRole = ModelRoles::FirstCustomRole + 40, // qint64 UTC ms
        PlatformRole,                                   // instagram, facebook, ...
        ZoneRole,                                       // the account's IANA zone
        MovableRole,                                    // bool: may still move (not sent)
        RateRole,                                       // double: interactions ÷ seen, once read back
    };

    explicit SocialPostsModel(SocialActions* actions, QObject* parent = nullptr);
    // The period shown: posts whose instant falls in [from, to).
    void setRange(qint64 from, qint64 to);
    qint64 from() const { return m_from; }
    qint64 to() const { return m_to; }
    void reload();
    const SocialActions::Entry* entryAt(int row) const { return rowPtr(index(row, 0)); }
    int rowOf(qint64 postId) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(const QString& status);
    // "1,000 seen · 50 interactions (5.0 %)"; the figures one by one (a tooltip).
    static QString engagementText(const SocialEngagement::Metrics& m);
    static QString engagementDetail(const SocialEngagement::Metrics& m);
    static bool movable(const QString& status);

private:
    SocialActions* m_actions;
    qint64 m_from = 0;
    qint64 m_to = 0;
};
