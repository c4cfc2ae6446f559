#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

// Times of social posts: a wall-clock time in an IANA zone (never a fixed offset), so 09:00 stays 09:00
// local across a daylight-saving change; and an account's queue slots (local times per weekday).
namespace SocialSchedule
{

// The instant (UTC ms) the wall time `local` has in the zone. A time the clocks skip (02:30 when they go
// from 02:00 to 03:00) is moved on by the skipped hour (03:30); a time that happens twice (when the clocks go
// back) is its first occurrence. nullopt for an unknown zone or an invalid time.
std::optional<qint64> instant(const QDateTime& local, const QByteArray& zone);
std::optional<qint64> instant(const QString& localIso, const QByteArray& zone);
std::optional<qint64> instant(const QDate& date, const QTime& time, const QByteArray& zone);
// A wall time moved on the wall clock (minutes, days), whatever the clocks do meanwhile; empty when unreadable.
QString shiftedWall(const QString& localIso, qint64 minutes, int days = 0);
// The wall time of an instant in the zone.
QDateTime wallTime(qint64 instantMs, const QByteArray& zone);
// "YYYY-MM-DDTHH:MM" of a wall time, as social_posts.local_time keeps it.
QString localIso(const QDateTime& wall);
bool validZone(const QByteArray& zone);

// How far apart two posts of an account must be for a slot to count as free.
inline constexpr qint64 kSlotGapMs = 5 * 60'000;
inline constexpr int kSlotSearchDays = 14;

// An account's slots, (ISO weekday, minute after midnight), in order. Throws SqlError.
QList<std::pair<int, int>> postingTimes(const QSqlDatabase& db, qint64 accountId);
// Replaces the account's slots. Throws SqlError.
void setPostingTimes(const QSqlDatabase& db, qint64 accountId, const QList<std::pair<int, int>>& slots);

struct Slot
{
    qint64 at = 0; // the instant
    QString local; // its wall time, localIso
};
// The first slot of the account after `after` with no post of it within kSlotGapMs, in its zone; nullopt
// when the account has no slots or none is free within kSlotSearchDays (why says which). Throws SqlError.
std::optional<Slot> nextFreeSlot(const QSqlDatabase& db, qint64 accountId, qint64 after, QString* why);

} // namespace SocialSchedule
