#pragma once

#include "jobs/JobKind.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <array>
#include <optional>

// How Quorum's published posts did, read back from their platforms ("social.sync" on the durable queue, one
// job per account on its lane) and what the shop learns from it: a day × hour heatmap of the engagement rate
// (interactions ÷ impressions, Buffer's measure) in the account's own zone with the number of posts behind each
// cell, best times only from cells with enough posts of the shop's own (never a global average), and posts
// that did unusually well or badly by a robust z-score.
namespace SocialEngagement
{

inline constexpr JobKind Sync{QLatin1StringView("social.sync")};
// Published posts are read back for this long after they went out, each at most once in kSyncEveryMs.
inline constexpr int kSyncDays = 30;
inline constexpr qint64 kSyncEveryMs = 6 * 3'600'000LL;
// Figures can wait: every other job (a decision carried out, a post sent, a store synced) is claimed first.
inline constexpr int kSyncPriority = -1;
// A job reads at most this many posts; the rest wait for the next sync.
inline constexpr int kPostsPerSync = 50;
// A time is suggested only from a cell with at least this many posts behind it.
inline constexpr int kMinPosts = 3;
// Anomalies are judged only among at least this many posts with figures.
inline constexpr int kMinPostsForAnomalies = 8;

// What a platform gives for one post; empty where it gives nothing.
struct Metrics
{
    std::optional<qint64> impressions;
    std::optional<qint64> reach;
    std::optional<qint64> likes;
    std::optional<qint64> comments;
    std::optional<qint64> shares;
    std::optional<qint64> saves;
    std::optional<qint64> clicks;

    qint64 interactions() const; // likes + comments + shares + saves + clicks, of those given
    qint64 seen() const;         // impressions, else reach, else 0
    // interactions ÷ seen; empty when the post was not seen (or the platform does not say).
    std::optional<double> rate() const;
};

struct PostMetrics
{
    qint64 postId = 0;
    Metrics metrics;
    qint64 syncedAt = 0;
};

// Replaces the post's figures (a post missing before is found again). Throws SqlError.
void write(const QSqlDatabase& db, qint64 postId, const Metrics& metrics, qint64 now);
// The post's figures were refused: it is tried again only after kSyncEveryMs, its figures kept. Throws SqlError.
void tried(const QSqlDatabase& db, qint64 postId, qint64 now);
// The platform says it does not have the post. The first time it is only noted; missing again at least
// kSyncEveryMs later, it is marked deleted in words with the day it was missed. Returns whether it was marked.
// Throws SqlError.
bool missing(const QSqlDatabase& db, qint64 postId, const QString& platformName, qint64 now);
std::optional<PostMetrics> load(const QSqlDatabase& db, qint64 postId);
// The figures of the posts whose instant falls in [from, to), by post (one query). Throws SqlError.
QHash<qint64, Metrics> between(const QSqlDatabase& db, qint64 from, qint64 to);
// The account's published posts due to be read: published within kSyncDays, not read in kSyncEveryMs.
QList<qint64> due(const QSqlDatabase& db, qint64 accountId, qint64 now, int limit = kPostsPerSync);

// Queues a sync of the account unless one is waiting or nothing is due; inside the caller's transaction.
bool queue(const QSqlDatabase& db, qint64 accountId, qint64 now);
// Every connected account with posts due. Returns how many were queued.
int queueAll(const QSqlDatabase& db, qint64 now);

struct Cell
{
    int posts = 0;
    qint64 seen = 0;
    qint64 interactions = 0;
    std::optional<double> rate() const;
};

// Day (Monday first) × hour of the account's published posts with figures, by the wall time they were
// planned at in the account's zone.
struct Heatmap
{
    std::array<Cell, 7 * 24> cells{};
    int posts = 0;
    const Cell& at(int weekday, int hour) const { return cells[std::size_t((weekday - 1) * 24 + hour)]; }
    Cell& at(int weekday, int hour) { return cells[std::size_t((weekday - 1) * 24 + hour)]; }
};
Heatmap heatmap(const QSqlDatabase& db, qint64 accountId);

struct BestTime
{
    int weekday = 1;
    int hour = 0;
    int posts = 0;
    double rate = 0;
};
// The best cells with at least kMinPosts posts, best first; empty when none has enough.
QList<BestTime> bestTimes(const Heatmap& map, int count = 3);

struct Anomaly
{
    qint64 postId = 0;
    double rate = 0;
    double median = 0;
    double z = 0; // robust: 0.6745 · (rate − median) / MAD
};
// The account's posts whose engagement rate is unusual (|z| > 3.5, Iglewicz and Hoaglin) among its posts with
// figures; none below kMinPostsForAnomalies posts or without spread.
QList<Anomaly> anomalies(const QSqlDatabase& db, qint64 accountId);

} // namespace SocialEngagement
