#include "Alerts.h"

#include "Notifications.h"
#include "storage/Sql.h"

using namespace Qt::StringLiterals;

namespace Alerts
{
namespace
{
const QString kColumns
    = u"id, kind, subject, title, detail, first_seen_at, seen_at, COALESCE(raised_at, 0), COALESCE(resolved_at, 0)"_s;

Alert read(const QSqlQuery& q)
{
    Alert a;
    a.id = q.value(0).toLongLong();
    a.kind = q.value(1).toString();
    a.subject = q.value(2).toString();
    a.title = q.value(3).toString();
    a.detail = q.value(4).toString();
    a.firstSeenAt = q.value(5).toLongLong();
    a.seenAt = q.value(6).toLongLong();
    a.raisedAt = q.value(7).toLongLong();
    a.resolvedAt = q.value(8).toLongLong();
    return a;
}

QList<Alert> readAll(const QSqlDatabase& db, const QString& where, const QVariantList& binds, const QString& order)
{
    QList<Alert> out;
    QSqlQuery q
        = Sql::exec(db, u"SELECT "_s + kColumns + u" FROM alerts WHERE "_s + where + u" ORDER BY "_s + order, binds);
    while (q.next())
        out.append(read(q));
    return out;
}
} // namespace

QStringList statusKinds()
{
    return {u"queue_stuck"_s, u"no_worker"_s, u"sync_failing"_s, u"sync_late"_s, u"failure_rate"_s, u"breaker_open"_s};
}

QStringList financeKinds()
{
    return {u"revenue_drop"_s, u"ad_pacing"_s, u"ai_ceiling"_s};
}

QList<Condition> fromStatus(const ServerStatus::Report& report)
{
    QList<Condition> out;
    for (const ServerStatus::Problem& p : report.findings) {
        if (!statusKinds().contains(p.kind))
            continue;
        qint64 hold = 0;
        if (p.kind == u"breaker_open")
            hold = BreakerHoldMs;
        else if (p.kind == u"sync_failing")
            hold = SyncFailingHoldMs;
        // The queue kinds: "no worker" and "stuck" are one alert (the queue does not move).
        const QString kind = p.kind == u"no_worker" ? u"queue_stuck"_s : p.kind;
        out.append(Condition{kind, p.subject, p.text, {}, hold});
    }
    return out;
}

QList<Condition> fromFinance(const QList<FinanceAlerts::Alert>& open)
{
    QList<Condition> out;
    for (const FinanceAlerts::Alert& a : open)
        out.append(Condition{a.kind, a.subject + u'@' + a.day.toString(Qt::ISODate), FinanceAlerts::title(a),
            FinanceAlerts::detail(a), 0});
    return out;
}

Outcome judge(const QSqlDatabase& db, const QList<Condition>& conditions, const QStringList& judgedKinds, qint64 now)
{
    Outcome outcome;
    Transaction tx(db);
    QSet<qint64> holding;
    for (const Condition& c : conditions) {
        const qint64 id = Sql::scalar(db,
            u"INSERT INTO alerts (kind, subject, title, detail, first_seen_at, seen_at) VALUES (?, ?, ?, ?, ?, ?) "
            u"ON CONFLICT (kind, subject) WHERE resolved_at IS NULL DO UPDATE SET title = excluded.title, detail = "
            u"excluded.detail, seen_at = excluded.seen_at RETURNING id"_s,
            {c.kind, c.subject, c.title, c.detail, now, now})
                              .toLongLong();
        holding.insert(id);
        // Raised once it has held long enough, by whichever process gets here first.
        const int raised = Sql::update(db,
            u"UPDATE alerts SET raised_at = ? WHERE id = ? AND raised_at IS NULL AND first_seen_at <= ?"_s,
            {now, id, now - c.holdMs});
        if (raised == 1) {
            if (const auto a = find(db, id)) {
                Notifications::queueForAlert(db, *a, now);
                outcome.raised.append(*a);
            }
        }
    }
    for (const QString& kind : judgedKinds) {
        const QList<Alert> open = readAll(db, u"kind = ? AND resolved_at IS NULL"_s, {kind}, u"id"_s);
        for (Alert a : open) {
            if (holding.contains(a.id))
                continue;
            Sql::exec(db, u"UPDATE alerts SET resolved_at = ? WHERE id = ? AND resolved_at IS NULL"_s, {now, a.id});
            a.resolvedAt = now;
            outcome.resolved.append(a);
        }
    }
    tx.commit();
    return outcome;
}

QList<Alert> open(const QSqlDatabase& db)
{
    return readAll(db, u"resolved_at IS NULL"_s, {}, u"CASE WHEN raised_at IS NULL THEN 1 ELSE 0 END, id DESC"_s);
}

QList<Alert> raisedAfter(const QSqlDatabase& db, qint64 afterId)
{
    return readAll(db, u"raised_at IS NOT NULL AND id > ?"_s, {afterId}, u"id"_s);
}

QList<Alert> raisedSince(const QSqlDatabase& db, qint64 sinceMs)
{
    return readAll(db, u"raised_at IS NOT NULL AND raised_at >= ?"_s, {sinceMs}, u"raised_at, id"_s);
}

qint64 lastRaisedId(const QSqlDatabase& db)
{
    return Sql::scalar(db, u"SELECT COALESCE(MAX(id), 0) FROM alerts WHERE raised_at IS NOT NULL"_s).toLongLong();
}

std::optional<Alert> find(const QSqlDatabase& db, qint64 id)
{
    const QList<Alert> found = readAll(db, u"id = ?"_s, {id}, u"id"_s);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

} // namespace Alerts
