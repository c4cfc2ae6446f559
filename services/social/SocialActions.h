#pragma once

#include "SocialAccounts.h"
#include "SocialEngagement.h"
#include "SocialPosts.h"
#include "users/ChangeDoor.h"

#include <QList>
#include <QStringList>

// The Campaigns pane's door to social posts: the accounts, the posts of a week or month, a product's captions
// planned on accounts at their next free posting times, and a post moved, edited or canceled. Reads are open to
// everyone at the desk; changes go through the change door (owners, audited) and tell the views (Campaigns).
class SocialActions
{
public:
    explicit SocialActions(const ChangeDoor& door);

    QString whyNot() const { return m_door.whyNot(); }
    QList<SocialAccounts::Account> accounts() const;

    struct Entry
    {
        SocialPosts::Post post;
        QString account;
        QString platform;
        std::optional<SocialEngagement::Metrics> metrics; // read back from the platform, once published
    };
    // Posts whose instant falls in [from, to), by time (canceled ones left out). Throws SqlError.
    QList<Entry> posts(qint64 from, qint64 to) const;

    // What the account's own published posts tell: engagement by day and hour in its zone, the best times (only
    // where enough posts stand behind them) and the posts that did unusually well or badly. Throws SqlError.
    struct Engagement
    {
        SocialEngagement::Heatmap heatmap;
        QList<SocialEngagement::BestTime> best;
        QList<SocialEngagement::Anomaly> unusual;
        QHash<qint64, QString> texts; // the unusual posts' texts
    };
    Engagement engagement(qint64 accountId) const;

    // Products whose social captions passed the gate (id, name), by name.
    QList<std::pair<qint64, QString>> productsWithCaptions() const;

    struct Planned
    {
        QList<qint64> posts;
        qint64 proposal = 0;  // the proposal a person decides (0: every account posts without asking)
        QStringList problems; // per account, what kept its post from being planned
    };
    // The product's accepted social captions, each account's platform's text, at the account's next free posting
    // time; proposed together (or scheduled at once where the account posts without asking).
    Planned planProduct(qint64 productId, const QList<qint64>& accountIds);
    // The same inside the caller's transaction, as `who` (the demo's start). Throws SqlError.
    static Planned planProductIn(
        const QSqlDatabase& db, qint64 productId, const QList<qint64>& accountIds, const QString& who, qint64 now);
    // Problems in words; empty when done.
    QStringList move(qint64 postId, const QString& local);
    QStringList edit(qint64 postId, const QString& text);
    QString cancel(qint64 postId);
    bool setPostingTimes(qint64 accountId, const QList<std::pair<int, int>>& times, QString* error);

private:
    ChangeDoor m_door;
};
