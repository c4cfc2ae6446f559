#include "SegmentsAgent.h"
#include "DemandAgent.h"

#include "storage/Sql.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

#include <cmath>

using namespace Qt::StringLiterals;

namespace
{
const char* const kName = QT_TRANSLATE_NOOP("AgentNames", "Customer Segments");
const char* const kRole
    = QT_TRANSLATE_NOOP("AgentRoles", "Groups customers by recency, frequency and spend; flags churn risk");
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
const char* const kOrder[] = {"champions", "loyal", "new", "promising", "needs_attention", "at_risk", "hibernating"};
} // namespace

int SegmentsAgent::score(double percentRank)
{
    return std::clamp(1 + static_cast<int>(std::floor(percentRank * 5.0)), 1, 5);
}

QString SegmentsAgent::segment(const Rfm& s, qint64 orders)
{
    if (s.r >= 4 && s.f >= 4)
        return u"champions"_s;
    if (s.r >= 3 && s.f >= 3)
        return u"loyal"_s;
    if (s.r >= 4 && orders == 1)
        return u"new"_s;
    if (s.r >= 4)
        return u"promising"_s;
    if (s.r <= 2 && s.f >= 3)
        return u"at_risk"_s;
    if (s.r <= 2)
        return u"hibernating"_s;
    return u"needs_attention"_s;
}

std::optional<double> SegmentsAgent::churnRisk(qint64 orders, qint64 firstAt, qint64 lastAt, qint64 now)
{
    if (orders < 2 || lastAt <= firstAt)
        return std::nullopt;
    const double rhythm = static_cast<double>(lastAt - firstAt) / static_cast<double>(orders - 1);
    const double ratio = static_cast<double>(std::max<qint64>(0, now - lastAt)) / rhythm;
    return std::clamp((ratio - 1.0) / 2.0, 0.0, 1.0);
}

QString SegmentsAgent::segmentName(const QString& key)
{
    static const QHash<QString, const char*> names{{u"champions"_s, QT_TRANSLATE_NOOP("Segments", "champions")},
        {u"loyal"_s, QT_TRANSLATE_NOOP("Segments", "loyal")}, {u"new"_s, QT_TRANSLATE_NOOP("Segments", "new")},
        {u"promising"_s, QT_TRANSLATE_NOOP("Segments", "promising")},
        {u"needs_attention"_s, QT_TRANSLATE_NOOP("Segments", "needs attention")},
        {u"at_risk"_s, QT_TRANSLATE_NOOP("Segments", "at risk")},
        {u"hibernating"_s, QT_TRANSLATE_NOOP("Segments", "hibernating")}};
    const auto it = names.constFind(key);
    return it == names.cend() ? key : QCoreApplication::translate("Segments", it.value());
}

QStringList SegmentsAgent::segmentKeys()
{
    QStringList out;
    for (const char* key : kOrder)
        out.append(QString::fromLatin1(key));
    return out;
}

QList<SegmentsAgent::Size> SegmentsAgent::sizes(const QSqlDatabase& db)
{
    QList<Size> out;
    QSqlQuery q = Sql::exec(db,
        u"SELECT c.segment, COALESCE((SELECT o.shop_currency FROM orders o WHERE o.connection_id = c.connection_id "
        u"LIMIT 1), '') AS cur, COUNT(*), SUM(c.spent_cents), SUM(CASE WHEN c.churn_risk >= 0.5 THEN 1 ELSE 0 END) "
        u"FROM customers c WHERE c.segment <> '' AND c.erased_at IS NULL GROUP BY c.segment, cur"_s);
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toLongLong(),
            q.value(4).toInt()});
    const QStringList order = segmentKeys();
    std::sort(out.begin(), out.end(), [&order](const Size& a, const Size& b) {
        return std::pair(order.indexOf(a.segment), a.currency) < std::pair(order.indexOf(b.segment), b.currency);
    });
    return out;
}

Agent::Spec SegmentsAgent::spec() const
{
    Spec s;
    s.name = QString::fromLatin1(kName);
    s.cluster = u"customer_service"_s;
    s.role = QString::fromLatin1(kRole);
    s.reads = {u"orders"_s, u"customers"_s};
    s.intervalMs = 6LL * 3600 * 1000;
    return s;
}

Agent::Outcome SegmentsAgent::run(const QSqlDatabase& db, qint64 now) const
{
    // Recency and churn from orders days behind would call active customers lapsed.
    if (const auto stale = DemandAgent::staleOrders(db, now))
        return Outcome::needs(*stale + u" "_s
            + QCoreApplication::translate("SegmentsAgent", "Sync the stores, then it scores the customers."));
    QSqlQuery q = Sql::exec(db,
        u"WITH agg AS (SELECT connection_id AS c, customer_remote_id AS r, MIN(created_at) AS first_at, "
        u"MAX(created_at) AS last_at, COUNT(*) AS n, SUM(shop_total_cents) AS m FROM orders WHERE paid = 1 AND "
        u"connection_id IS NOT NULL AND customer_remote_id <> '' AND created_at <= ? GROUP BY connection_id, "
        u"customer_remote_id) "
        u"SELECT c, r, first_at, last_at, n, m, PERCENT_RANK() OVER (PARTITION BY c ORDER BY last_at), "
        u"PERCENT_RANK() OVER (PARTITION BY c ORDER BY n), PERCENT_RANK() OVER (PARTITION BY c ORDER BY m) FROM agg"_s,
        {now});
    struct Row
    {
        qint64 connection;
        QString remote;
        QString rfm;
        QString segment;
        QVariant churn;
        qint64 orders;
        qint64 spent;
    };
    QList<Row> rows;
    while (q.next()) {
        const Rfm s{score(q.value(6).toDouble()), score(q.value(7).toDouble()), score(q.value(8).toDouble())};
        const qint64 n = q.value(4).toLongLong();
        const auto churn = churnRisk(n, q.value(2).toLongLong(), q.value(3).toLongLong(), now);
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), u"%1%2%3"_s.arg(s.r).arg(s.f).arg(s.m),
            segment(s, n), churn ? QVariant(*churn) : QVariant(), n, q.value(5).toLongLong()});
    }
    q.finish();
    if (rows.isEmpty())
        return Outcome::needs(QCoreApplication::translate(
            "SegmentsAgent", "Needs paid orders from a store's customers: connect a store (Settings → Connections)."));
    Sql::exec(db,
        u"UPDATE customers SET rfm = '', segment = '', churn_risk = NULL, orders_count = 0, spent_cents = 0 "
        u"WHERE segment <> '' OR orders_count <> 0"_s);
    Sql::Prepared update(db,
        u"UPDATE customers SET rfm = ?, segment = ?, churn_risk = ?, orders_count = ?, spent_cents = ? WHERE "
        u"connection_id = ? AND remote_id = ? AND erased_at IS NULL"_s);
    QMap<QString, int> counts;
    int atRisk = 0;
    for (const Row& r : std::as_const(rows)) {
        update.exec({r.rfm, r.segment, r.churn, r.orders, r.spent, r.connection, r.remote});
        ++counts[r.segment];
        if (r.churn.isValid() && r.churn.toDouble() >= 0.5)
            ++atRisk;
    }
    QStringList parts;
    for (const char* key : kOrder) {
        const int n = counts.value(QString::fromLatin1(key));
        if (n > 0)
            parts.append(u"%1 %2"_s.arg(QLocale().toString(n), segmentName(QString::fromLatin1(key))));
    }
    const int segmented = static_cast<int>(rows.size());
    return Outcome::done(QCoreApplication::translate("SegmentsAgent", "%n customer(s) segmented: ", nullptr, segmented)
        + parts.join(u", "_s) + u"; "_s
        + QCoreApplication::translate(
            "SegmentsAgent", "%n likely to leave (churn risk 50% or more).", nullptr, atRisk));
}
