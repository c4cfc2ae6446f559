#include "SocialSchedule.h"

#include "storage/Sql.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SocialSchedule
{

bool validZone(const QByteArray& zone)
{
    return !zone.isEmpty() && QTimeZone::isTimeZoneIdAvailable(zone);
}

std::optional<qint64> instant(const QDateTime& local, const QByteArray& zone)
{
    return instant(local.date(), local.time(), zone);
}

std::optional<qint64> instant(const QDate& date, const QTime& time, const QByteArray& zone)
{
    if (!date.isValid() || !time.isValid() || !validZone(zone))
        return std::nullopt;
    const QTimeZone tz(zone);
    // The wall time read as if it were UTC, then each offset the zone has around it tried: an offset that
    // gives back the same wall time is an occurrence. Decided here rather than left to QDateTime, whose
    // handling of skipped times changed between Qt versions.
    const qint64 naive = QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch();
    constexpr qint64 kDayMs = 86'400'000;
    const int before = tz.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(naive - kDayMs, Qt::UTC));
    const int after = tz.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(naive + kDayMs, Qt::UTC));
    std::optional<qint64> best;
    for (const int offset : {before, after}) {
        const qint64 t = naive - qint64(offset) * 1000;
        if (tz.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(t, Qt::UTC)) == offset)
            best = best ? std::min(*best, t) : t;
    }
    if (best)
        return best;
    // Skipped by the clocks: the offset before the change moves it on by the gap.
    return naive - qint64(before) * 1000;
}

std::optional<qint64> instant(const QString& localIso, const QByteArray& zone)
{
    // Read as a date and a time, never as this computer's local time (which may skip that very hour).
    if (localIso.size() != 16 || localIso.at(10) != u'T')
        return std::nullopt;
    const QDate date = QDate::fromString(localIso.left(10), Qt::ISODate);
    const QTime time = QTime::fromString(localIso.mid(11), u"HH:mm"_s);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return instant(date, time, zone);
}

QDateTime wallTime(qint64 instantMs, const QByteArray& zone)
{
    return QDateTime::fromMSecsSinceEpoch(instantMs, validZone(zone) ? QTimeZone(zone) : QTimeZone::utc());
}

QString localIso(const QDateTime& wall)
{
    return wall.toString(u"yyyy-MM-ddTHH:mm"_s);
}

QString shiftedWall(const QString& localIso, qint64 minutes, int days)
{
    const QDate date = QDate::fromString(localIso.left(10), Qt::ISODate);
    const QTime time = QTime::fromString(localIso.mid(11), u"HH:mm"_s);
    if (!date.isValid() || !time.isValid())
        return {};
    // On the wall: as if the zone had no clock changes (UTC has none).
    const QDateTime wall = QDateTime(date.addDays(days), time, Qt::UTC).addSecs(minutes * 60);
    return wall.toString(u"yyyy-MM-ddTHH:mm"_s);
}

QList<std::pair<int, int>> postingTimes(const QSqlDatabase& db, qint64 accountId)
{
    QList<std::pair<int, int>> out;
    QSqlQuery q = Sql::exec(
        db, u"SELECT weekday, minute FROM social_slots WHERE account_id = ? ORDER BY weekday, minute"_s, {accountId});
    while (q.next())
        out.append({q.value(0).toInt(), q.value(1).toInt()});
    return out;
}

void setPostingTimes(const QSqlDatabase& db, qint64 accountId, const QList<std::pair<int, int>>& list)
{
    Sql::exec(db, u"DELETE FROM social_slots WHERE account_id = ?"_s, {accountId});
    for (const auto& [weekday, minute] : list)
        Sql::exec(db,
            u"INSERT INTO social_slots (account_id, weekday, minute) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"_s,
            {accountId, std::clamp(weekday, 1, 7), std::clamp(minute, 0, 24 * 60 - 1)});
}

std::optional<Slot> nextFreeSlot(const QSqlDatabase& db, qint64 accountId, qint64 after, QString* why)
{
    const QByteArray zone
        = Sql::scalar(db, u"SELECT time_zone FROM social_accounts WHERE id = ?"_s, {accountId}).toString().toUtf8();
    if (!validZone(zone)) {
        *why = QCoreApplication::translate("SocialSchedule", "The account's time zone “%1” is not known here.")
                   .arg(QString::fromUtf8(zone));
        return std::nullopt;
    }
    const QList<std::pair<int, int>> list = postingTimes(db, accountId);
    if (list.isEmpty()) {
        *why = QCoreApplication::translate("SocialSchedule", "The account has no posting times yet.");
        return std::nullopt;
    }
    // The posts already planned in the window, to keep slots apart.
    QList<qint64> taken;
    constexpr qint64 kDayMs = 86'400'000;
    QSqlQuery q = Sql::exec(db,
        u"SELECT scheduled_at FROM social_posts WHERE account_id = ? AND status NOT IN ('canceled', 'failed', "
        u"'draft') AND scheduled_at BETWEEN ? AND ?"_s,
        {accountId, after - kSlotGapMs, after + (kSlotSearchDays + 2) * kDayMs});
    while (q.next())
        taken.append(q.value(0).toLongLong());
    const QDate first = wallTime(after, zone).date();
    for (int d = 0; d <= kSlotSearchDays; ++d) {
        const QDate day = first.addDays(d);
        for (const auto& [weekday, minute] : list) {
            if (weekday != day.dayOfWeek())
                continue;
            const auto at = instant(QDateTime(day, QTime(minute / 60, minute % 60)), zone);
            if (!at || *at <= after)
                continue;
            const bool busy
                = std::any_of(taken.begin(), taken.end(), [&](qint64 t) { return std::llabs(t - *at) < kSlotGapMs; });
            if (!busy)
                return Slot{*at, localIso(wallTime(*at, zone))};
        }
    }
    *why = QCoreApplication::translate("SocialSchedule", "Every posting time of the next %1 days is taken.")
               .arg(kSlotSearchDays);
    return std::nullopt;
}

} // namespace SocialSchedule
