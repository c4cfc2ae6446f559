#include "SalesRollup.h"

#include "StoreIngest.h"
#include "storage/Dialect.h"
#include "storage/Settings.h"
#include "storage/Sql.h"

#include <QDate>
#include <QSet>
#include <QTimeZone>

#include <ctime>

using namespace Qt::StringLiterals;

namespace SalesRollup
{
namespace
{

const QString kZoneSetting = u"sales.rollup_zone"_s;

// Schema 13's backfill: the same figures the writer keeps, counted from the orders.
QStringList rebuildStatements(const QSqlDatabase& db)
{
    const QString orderDay = Dialect::localJulianDay(db, u"o.created_at"_s);
    const QString refundDay = Dialect::localJulianDay(db, u"r.created_at"_s);
    return {
        u"DELETE FROM sales_lines_daily"_s,
        u"DELETE FROM sales_days"_s,
        u"DELETE FROM sales_keys"_s,
        u"INSERT INTO sales_keys (connection, product_remote_id, variant_remote_id, sku, shop_currency, name) SELECT "
        u"DISTINCT COALESCE(o.connection_id, 0), l.product_remote_id, l.variant_remote_id, l.sku, o.shop_currency, "
        u"l.name FROM orders o JOIN order_lines l ON l.order_id = o.id WHERE o.paid = 1"_s,
        u"INSERT INTO sales_lines_daily (day, key_id, units, net_micro, refund_micro) SELECT "_s + orderDay
            + u" AS d, k.id, "
              u"SUM(l.quantity), SUM(CAST(ROUND(l.total_cents * CASE WHEN o.currency = o.shop_currency OR "
              u"o.total_cents = "
              u"0 THEN 1.0 ELSE o.shop_total_cents * 1.0 / o.total_cents END * 1000000.0) AS BIGINT)), SUM(CASE WHEN "
              u"rf.refund > 0 THEN COALESCE(CAST(ROUND(rf.refund * l.total_cents * 1.0 / NULLIF((SELECT "
              u"SUM(x.total_cents) "
              u"FROM order_lines x WHERE x.order_id = o.id), 0) * 1000000.0) AS BIGINT), 0) ELSE 0 END) FROM orders o "
              u"JOIN order_lines l ON l.order_id = o.id JOIN sales_keys k ON k.connection = COALESCE(o.connection_id, "
              u"0) "
              u"AND k.variant_remote_id = l.variant_remote_id AND k.sku = l.sku AND k.shop_currency = o.shop_currency "
              u"AND "
              u"k.product_remote_id = l.product_remote_id AND k.name = l.name LEFT JOIN (SELECT order_id, "
              u"SUM(shop_cents) "
              u"AS refund FROM order_refunds GROUP BY order_id) rf ON rf.order_id = o.id WHERE o.paid = 1 GROUP BY d, k.id"_s,
        u"INSERT INTO sales_days (day, connection, shop_currency, revenue_cents, orders, units) SELECT "_s + orderDay
            + u" AS d, "
              u"COALESCE(o.connection_id, 0) AS c, o.shop_currency, SUM(o.shop_total_cents), COUNT(*), "
              u"SUM(COALESCE((SELECT SUM(l.quantity) FROM order_lines l WHERE l.order_id = o.id), 0)) FROM orders o "
              u"WHERE "
              u"o.paid = 1 GROUP BY d, c, o.shop_currency"_s,
        u"INSERT INTO sales_days (day, connection, shop_currency, refund_cents) SELECT "_s + refundDay
            + u" AS d, "
              u"COALESCE(o.connection_id, 0) AS c, o.shop_currency AS cur, SUM(r.shop_cents) FROM order_refunds r JOIN "
              u"orders o ON o.id = r.order_id WHERE o.paid = 1 GROUP BY d, c, cur ON CONFLICT (day, connection, "
              u"shop_currency) DO UPDATE SET refund_cents = excluded.refund_cents"_s,
    };
}

QString zoneNow()
{
    // The C library reads TZ again (SQLite's 'localtime' and localDay() both go through it).
    tzset();
    return QString::fromUtf8(QTimeZone::systemTimeZoneId());
}

// Inside a write transaction: notes the zone the rollup is counted in, or counts it again in this one.
void settle(const QSqlDatabase& db, const QString& zone)
{
    const QString counted = Settings::value(db, kZoneSetting);
    if (counted.isEmpty())
        Settings::setValue(db, kZoneSetting, zone); // counted by the migration, a moment ago
    else if (counted != zone)
        rebuild(db);
}

} // namespace

qint64 localDay(qint64 ms)
{
    const auto secs = static_cast<time_t>(ms / 1000); // as SQLite's 'unixepoch' reads it
    tm t{};
    if (!localtime_r(&secs, &t))
        return QDate(1970, 1, 1).toJulianDay();
    return QDate(t.tm_year + 1900, t.tm_mon + 1, t.tm_mday).toJulianDay();
}

qint64 micro(double cents)
{
    // CAST(ROUND(cents * 1000000.0) AS BIGINT), as SQLite computes it.
    const double x = cents * 1000000.0;
    if (x < -4503599627370496.0 || x > 4503599627370496.0)
        return static_cast<qint64>(x);
    return static_cast<qint64>(x + (x < 0 ? -0.5 : 0.5));
}

size_t qHash(const Delta::LineKey& key, size_t seed) noexcept
{
    return qHashMulti(seed, key.productRemoteId, key.variantRemoteId, key.sku, key.shopCurrency, key.name);
}

Delta::Delta(qint64 connectionId)
    : m_connectionId(connectionId)
{ }

void Delta::add(const StoreIngest::Order& o, int sign)
{
    if (!o.paid)
        return;
    if (sign < 0)
        m_takesOut = true;
    const qint64 day = localDay(o.createdAt);
    qint64 units = 0;
    qint64 lineTotal = 0;
    qint64 refund = 0;
    for (const StoreIngest::Line& l : o.lines) {
        units += l.quantity;
        lineTotal += l.totalCents;
    }
    for (const StoreIngest::Refund& r : o.refunds)
        refund += r.shopCents;
    QHash<qint64, DaySums>& days = m_days[o.shopCurrency];
    DaySums& d = days[day];
    d.revenueCents += sign * o.shopTotalCents;
    d.orders += sign;
    d.units += sign * units;
    for (const StoreIngest::Refund& r : o.refunds)
        days[localDay(r.createdAt)].refundCents += sign * r.shopCents;
    // The lines in the shop's currency at the order's own rate, and the refunds shared over them by
    // value: the arithmetic of the backfill, operation for operation.
    const double rate = o.currency == o.shopCurrency || o.totalCents == 0
        ? 1.0
        : static_cast<double>(o.shopTotalCents) * 1.0 / static_cast<double>(o.totalCents);
    for (const StoreIngest::Line& l : o.lines) {
        LineSums& s = m_lines[LineKey{l.productRemoteId, l.variantRemoteId, l.sku, o.shopCurrency, l.name}][day];
        s.units += sign * l.quantity;
        s.netMicro += sign * micro(static_cast<double>(l.totalCents) * rate);
        if (refund > 0 && lineTotal != 0)
            s.refundMicro
                += sign * micro(static_cast<double>(refund * l.totalCents) * 1.0 / static_cast<double>(lineTotal));
    }
}

Writer::Writer(const QSqlDatabase& db)
    : m_db(db)
    , m_day(db,
          u"INSERT INTO sales_days (day, connection, shop_currency, revenue_cents, orders, units, refund_cents) VALUES "
          u"(?, ?, ?, ?, ?, ?, ?) ON CONFLICT (day, connection, shop_currency) DO UPDATE SET revenue_cents = "
          u"revenue_cents + excluded.revenue_cents, orders = orders + excluded.orders, units = units + "
          u"excluded.units, refund_cents = refund_cents + excluded.refund_cents"_s)
{
    tzset();
}

QString Writer::cacheKey(qint64 connectionId, const Delta::LineKey& key)
{
    return QString::number(connectionId) + QChar(0x1f) + key.productRemoteId + QChar(0x1f) + key.variantRemoteId
        + QChar(0x1f) + key.sku + QChar(0x1f) + key.shopCurrency + QChar(0x1f) + key.name;
}

void Writer::resolve(qint64 connectionId, const QList<const Delta::LineKey*>& keys, QList<qint64>* ids)
{
    // The keys this writer has not met yet: added when new, then all looked up at once.
    QList<qsizetype> missing;
    ids->resize(keys.size());
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const auto it = m_keys.constFind(cacheKey(connectionId, *keys.at(i)));
        (*ids)[i] = it == m_keys.cend() ? 0 : *it;
        if (it == m_keys.cend())
            missing.append(i);
    }
    constexpr qsizetype kPerStatement = 15; // 7 values each
    for (qsizetype start = 0; start < missing.size(); start += kPerStatement) {
        const QList<qsizetype> part = missing.mid(start, kPerStatement);
        QVariantList binds;
        QStringList rows;
        for (const qsizetype i : part) {
            const Delta::LineKey& k = *keys.at(i);
            binds << connectionId << k.productRemoteId << k.variantRemoteId << k.sku << k.shopCurrency << k.name << i;
            rows << u"(?, ?, ?, ?, ?, ?, ?)"_s;
        }
        const QString values = rows.join(u", "_s);
        const qint64 before = Sql::scalar(m_db, u"SELECT COALESCE(MAX(id), 0) FROM sales_keys"_s).toLongLong();
        Sql::exec(m_db,
            u"INSERT INTO sales_keys (connection, product_remote_id, variant_remote_id, sku, shop_currency, name) "
            u"SELECT column1, column2, column3, column4, column5, column6 FROM (VALUES %1) WHERE true ON CONFLICT "
            u"DO NOTHING"_s.arg(values),
            binds);
        QSqlQuery q = Sql::exec(m_db,
            u"SELECT k.id, v.column7 FROM (VALUES %1) v JOIN sales_keys k ON k.connection = v.column1 AND "
            u"k.product_remote_id = v.column2 AND k.variant_remote_id = v.column3 AND k.sku = v.column4 AND "
            u"k.shop_currency = v.column5 AND k.name = v.column6"_s.arg(values),
            binds);
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            const qsizetype i = q.value(1).toLongLong();
            (*ids)[i] = id;
            const QString ck = cacheKey(connectionId, *keys.at(i));
            m_keys.insert(ck, id);
            if (id > before && (!m_lastAdded || id > m_lastAdded->first))
                m_lastAdded = std::pair{id, ck};
        }
    }
    if (ids->contains(0))
        throw SqlError(u"A key of the sales rollup could not be written."_s);
}

void Writer::write(const Delta& delta)
{
    if (delta.isEmpty())
        return;
    if (!m_zoneChecked) {
        // The days already in must be this zone's days too.
        if (const QString zone = zoneNow(); Settings::value(m_db, kZoneSetting) != zone)
            settle(m_db, zone);
        m_zoneChecked = true;
    }
    // Keys added in a transaction that was rolled back are gone (and their ids may be another's now).
    if (m_lastAdded) {
        QSqlQuery q = Sql::exec(m_db,
            u"SELECT connection, product_remote_id, variant_remote_id, sku, shop_currency, name FROM sales_keys WHERE "
            u"id = ?"_s,
            {m_lastAdded->first});
        const bool same = q.next()
            && cacheKey(q.value(0).toLongLong(),
                   {q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                       q.value(5).toString()})
                == m_lastAdded->second;
        if (!same) {
            m_keys.clear();
            m_lastAdded.reset();
        }
    }
    QList<const Delta::LineKey*> keys;
    keys.reserve(delta.lines().size());
    for (auto k = delta.lines().cbegin(); k != delta.lines().cend(); ++k)
        keys.append(&k.key());
    QList<qint64> ids;
    resolve(delta.connectionId(), keys, &ids);
    // The lines: whole numbers only, written into the statement (nothing to bind, nothing to inject).
    QStringList rows;
    QSet<qint64> lineDays;
    qsizetype i = 0;
    for (auto k = delta.lines().cbegin(); k != delta.lines().cend(); ++k, ++i) {
        const QString id = QString::number(ids.at(i));
        for (auto d = k->cbegin(); d != k->cend(); ++d) {
            lineDays.insert(d.key());
            rows.append(u'(' + QString::number(d.key()) + u", "_s + id + u", "_s + QString::number(d->units) + u", "_s
                + QString::number(d->netMicro) + u", "_s + QString::number(d->refundMicro) + u')');
        }
    }
    constexpr qsizetype kRowsPerStatement = 500;
    for (qsizetype start = 0; start < rows.size(); start += kRowsPerStatement) {
        Sql::exec(m_db,
            u"INSERT INTO sales_lines_daily (day, key_id, units, net_micro, refund_micro) VALUES "_s
                + rows.mid(start, kRowsPerStatement).join(u", "_s)
                + u" ON CONFLICT (day, key_id) DO UPDATE SET units = units + excluded.units, net_micro = net_micro + "
                  u"excluded.net_micro, refund_micro = refund_micro + excluded.refund_micro"_s);
    }
    QList<qint64> days;
    for (auto c = delta.days().cbegin(); c != delta.days().cend(); ++c) {
        for (auto d = c->cbegin(); d != c->cend(); ++d) {
            days.append(d.key());
            m_day.exec({d.key(), delta.connectionId(), c.key(), d->revenueCents, d->orders, d->units, d->refundCents})
                .finish();
        }
    }
    // What was taken out may leave rows of nothing: gone, so that a day without sales has no row.
    if (delta.takesOut()) {
        if (!lineDays.isEmpty())
            Sql::exec(m_db,
                u"DELETE FROM sales_lines_daily WHERE day IN (%1) AND units = 0 AND net_micro = 0 AND refund_micro = "
                u"0"_s.arg(Sql::idList(lineDays.values())));
        if (!days.isEmpty())
            Sql::exec(m_db,
                u"DELETE FROM sales_days WHERE day IN (%1) AND connection = ? AND revenue_cents = 0 AND orders = 0 "
                u"AND units = 0 AND refund_cents = 0"_s.arg(Sql::idList(days)),
                {delta.connectionId()});
    }
}

void rebuild(const QSqlDatabase& db)
{
    const QString zone = zoneNow();
    for (const QString& statement : rebuildStatements(db))
        Sql::exec(db, statement);
    Settings::setValue(db, kZoneSetting, zone);
}

void ensureCurrent(const QSqlDatabase& db)
{
    const QString zone = zoneNow();
    if (Settings::value(db, kZoneSetting) == zone)
        return;
    Transaction tx(db);
    settle(db, zone);
    tx.commit();
}

} // namespace SalesRollup
