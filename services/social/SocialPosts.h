#pragma once

#include "SocialPlatforms.h"
#include "jobs/JobKind.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

// Social posts: one text (with its media) for one account at one local time in the account's IANA zone.
// Validated before it can be planned (the platform's limits, the account's daily quota), asked about when the
// same text went to the same account within a day, and proposed to a person unless the owner lets the account
// post without asking. A planned post has a "social.publish" job due at its instant (SocialPublishRun).
//
// Statuses: proposed (waiting for approval) → scheduled → publishing → published | failed | uncertain (the
// answer to a create never came: looked up on the platform before anything is sent again); canceled.
namespace SocialPosts
{

inline constexpr JobKind Publish{QLatin1StringView("social.publish")};
inline constexpr qint64 kDuplicateWindowMs = 86'400'000;

struct Post
{
    qint64 id = 0;
    qint64 accountId = 0;
    qint64 productId = 0;
    qint64 proposalId = 0;
    QString text;
    QList<SocialPlatforms::Media> media;
    QString link;
    QString local; // wall time, yyyy-MM-ddTHH:mm
    QByteArray zone;
    qint64 scheduledAt = 0;
    QString status;
    QString remoteId;
    QString remoteUrl;
    QString error;
    int attempts = 0;
    std::optional<qint64> sentAt;
    std::optional<qint64> publishedAt;
    int version = 1;
};

std::optional<Post> load(const QSqlDatabase& db, qint64 id);
// The posts whose instant falls in [from, to), by time, canceled ones left out (one query). Throws SqlError.
QList<Post> between(const QSqlDatabase& db, qint64 from, qint64 to);
// The text as duplicates are compared: case, spacing and surrounding blanks ignored.
QString hashOf(const QString& text);

struct Draft
{
    qint64 accountId = 0;
    qint64 productId = 0;
    QString text;
    QList<SocialPlatforms::Media> media;
    QString link;
    QString local;         // wall time in the account's zone, yyyy-MM-ddTHH:mm
    bool approved = false; // a person approved it already (an agent's proposal): scheduled at once
};

struct Planned
{
    qint64 id = 0;  // 0: nothing stored
    QString status; // proposed | scheduled
    QStringList problems;
    qint64 duplicateOf = 0; // a post of the same text to the account within a day (asked about first)
};
// Validates and stores a post (inside the caller's transaction, with its audit entry). Problems: nothing is
// stored. The same text to the same account within a day: nothing is stored unless confirmDuplicate.
// Scheduled at once (its publish job queued) when the account posts without asking, else proposed.
// Throws SqlError.
Planned plan(const QSqlDatabase& db, const Draft& draft, const QString& who, bool confirmDuplicate, qint64 now);
// Asks a person about proposed posts (one proposal for posts planned together, e.g. a product's posts on
// several platforms): a Social post proposal whose approval schedules them and whose rejection cancels them.
// Returns the proposal's id. Throws SqlError.
qint64 propose(const QSqlDatabase& db, const QList<qint64>& ids, const QString& title, const QString& who, qint64 now);
// How many of the posts each platform has (a platform's text is a person's to change in a proposal only where it
// holds one post for it). Throws SqlError.
QHash<QString, int> perPlatform(const QSqlDatabase& db, const QList<qint64>& ids);
// Proposed posts approved: scheduled, their publish jobs queued. Returns how many. Throws SqlError.
int schedule(const QSqlDatabase& db, const QList<qint64>& ids, const QString& who, qint64 now);
// Moves a post to another local time (validated again; its publish job follows). Problems in words, empty when
// moved. Throws SqlError.
QStringList move(const QSqlDatabase& db, qint64 id, const QString& local, const QString& who, qint64 now);
// A new text (a new version; validated again). Throws SqlError.
QStringList edit(const QSqlDatabase& db, qint64 id, const QString& text, const QString& who, qint64 now);
// Not posted after all (nothing is sent once it has been). Throws SqlError.
QString cancel(const QSqlDatabase& db, qint64 id, const QString& who, qint64 now);

// The most posts of the account planned or published in any moving 24 hours that would also hold a post at
// `at` (the platforms' moving quota), that post not counted.
int usedBefore(const QSqlDatabase& db, qint64 accountId, qint64 at, qint64 excludePost = 0);

} // namespace SocialPosts
