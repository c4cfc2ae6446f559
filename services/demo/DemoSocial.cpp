#include "DemoSocial.h"

#include "sandbox/SocialRoutes.h"
#include "social/SocialAccounts.h"
#include "social/SocialPosts.h"
#include "social/SocialSchedule.h"
#include "storage/Sql.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace DemoSocial
{

namespace
{
// Serial numbers of the history's posts on the sandbox's platforms, far from the posts a run makes.
constexpr qint64 kFirstSerial = 500000;
constexpr int kWeeks = 4;
} // namespace

int seedHistory(const QSqlDatabase& db, const QList<qint64>& accountIds, bool dutch, qint64 now)
{
    if (Sql::scalar(db, u"SELECT COUNT(*) FROM social_posts WHERE status = 'published'"_s).toLongLong() > 0)
        return 0;
    QStringList products;
    QSqlQuery q = Sql::exec(db, u"SELECT name FROM products WHERE archived_at IS NULL ORDER BY id LIMIT 6"_s);
    while (q.next())
        products.append(q.value(0).toString());
    if (products.isEmpty())
        return 0;
    const QStringList lines = dutch ? QStringList{u"%1: nieuw in de winkel."_s, u"Zo draag je %1 deze week."_s,
                                  u"Bijna op: %1."_s, u"Waarom klanten %1 terugkopen."_s}
                                    : QStringList{u"%1: new in the shop."_s, u"How to wear %1 this week."_s,
                                        u"Almost gone: %1."_s, u"Why customers buy %1 again."_s};
    qint64 serial = kFirstSerial;
    int made = 0;
    for (const qint64 accountId : accountIds) {
        const auto account = SocialAccounts::find(db, accountId);
        if (!account)
            continue;
        const QTimeZone zone(account->zone);
        const QDate today = QDateTime::fromMSecsSinceEpoch(now, zone).date();
        const QList<std::pair<int, int>> times = SocialSchedule::postingTimes(db, accountId);
        int k = 0;
        for (QDate day = today.addDays(-7 * kWeeks); day < today; day = day.addDays(1)) {
            for (const auto& [weekday, minute] : times) {
                if (weekday != day.dayOfWeek())
                    continue;
                const QString local
                    = day.toString(Qt::ISODate) + u"T"_s + QTime(minute / 60, minute % 60).toString(u"HH:mm"_s);
                const qint64 at = SocialSchedule::instant(local, account->zone).value_or(0);
                if (at <= 0 || at >= now)
                    continue;
                const QString text = lines.at(k % lines.size()).arg(products.at(k % products.size()));
                ++k;
                const QString remote = SocialRoutes::idFor(account->platform, account->remoteId, serial++);
                Sql::insert(db,
                    u"INSERT INTO social_posts (account_id, text, text_hash, local_time, time_zone, scheduled_at, "
                    u"status, remote_id, remote_url, attempts, sent_at, published_at, created_by, created_at, "
                    u"updated_at) VALUES (?, ?, ?, ?, ?, ?, 'published', ?, ?, 1, ?, ?, 'Quorum', ?, ?)"_s,
                    {accountId, text, SocialPosts::hashOf(text), local, QString::fromUtf8(account->zone), at, remote,
                        u"https://sandbox.example/%1/%2"_s.arg(account->platform, remote), at, at, at, at});
                ++made;
            }
        }
    }
    return made;
}

QList<Published> published(const QSqlDatabase& db)
{
    QList<Published> out;
    QSqlQuery q = Sql::exec(db,
        u"SELECT a.platform, p.remote_id, a.remote_id, p.text, p.link, COALESCE(p.published_at, p.scheduled_at) "
        u"FROM social_posts p JOIN social_accounts a ON a.id = p.account_id "
        u"WHERE p.remote_id <> '' ORDER BY p.id"_s);
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(), q.value(5).toLongLong()});
    return out;
}

} // namespace DemoSocial
