#include "DailySales.h"

#include "core/Json.h"
#include "storage/Dialect.h"
#include "storage/Settings.h"
#include "storage/Sql.h"
#include "storesync/SalesRollup.h"

#include <QHash>
#include <QMap>

#include <cmath>

using namespace Qt::StringLiterals;

namespace DailySales
{

QString reportingCurrency(const QSqlDatabase& db)
{
    return Settings::value(db, u"workspace.currency"_s, u"EUR"_s);
}

std::optional<double> rate(const QSqlDatabase& db, const QString& currency)
{
    if (currency == reportingCurrency(db))
        return 1.0;
    const QJsonObject rates = Json::objectFromString(Settings::value(db, u"reporting.rates"_s, u"{}"_s));
    bool ok = false;
    const double r = rates.value(currency).toVariant().toString().toDouble(&ok);
    return ok && r > 0 ? std::optional<double>(r) : std::nullopt;
}

namespace
{

// Converts amounts of one read into the reporting currency and names the currencies without a rate. The
// rates are read once, before the rows: a PostgreSQL connection has one result open at a time, so no
// query may run while a read's rows are being walked.
class Converter
{
public:
    Converter(const QSqlDatabase& db, QStringList* unconverted)
        : m_unconverted(unconverted)
        , m_reporting(reportingCurrency(db))
        , m_table(Json::objectFromString(Settings::value(db, u"reporting.rates"_s, u"{}"_s)))
    { }
    std::optional<qint64> operator()(const QString& currency, qint64 cents)
    {
        auto it = m_rates.find(currency);
        if (it == m_rates.end())
            it = m_rates.insert(currency, rateOf(currency));
        if (!*it) {
            if (!m_unconverted->contains(currency))
                m_unconverted->append(currency);
            return std::nullopt;
        }
        return **it == 1.0 ? cents : static_cast<qint64>(std::llround(static_cast<double>(cents) * **it));
    }

private:
    std::optional<double> rateOf(const QString& currency) const
    {
        if (currency == m_reporting)
            return 1.0;
        bool ok = false;
        const double r = m_table.value(currency).toVariant().toString().toDouble(&ok);
        return ok && r > 0 ? std::optional<double>(r) : std::nullopt;
    }

    QStringList* m_unconverted;
    QString m_reporting;
    QJsonObject m_table;
    QHash<QString, std::optional<double>> m_rates;
};

// The ad spend per day, each campaign's in its currency converted.
void addSpend(const QSqlDatabase& db, const QDate& first, const QDate& last, QMap<QDate, Day>& days, Converter& convert)
{
    QSqlQuery spend = Sql::exec(db,
        u"SELECT m.day, c.currency, COALESCE(SUM(m.spend_cents), 0) FROM campaign_metrics m JOIN campaigns c ON c.id = "
        u"m.campaign_id WHERE m.day >= ? AND m.day <= ? GROUP BY m.day, c.currency"_s,
        {first.toString(Qt::ISODate), last.toString(Qt::ISODate)});
    while (spend.next()) {
        const auto v = convert(spend.value(1).toString(), spend.value(2).toLongLong());
        if (!v)
            continue;
        const QDate d = QDate::fromString(spend.value(0).toString(), Qt::ISODate);
        Day& day = days[d];
        day.day = d;
        day.adSpendCents += *v;
    }
}

// The AI spend per local day from `from` up to (not including) `until`, converted from US dollars.
void addAiSpend(const QSqlDatabase& db, qint64 from, qint64 until, QMap<QDate, Day>& days, Figures& out)
{
    QSqlQuery calls = Sql::exec(db,
        u"SELECT "_s + Dialect::localDate(db, u"at"_s)
            + u" AS d, SUM(cost_micros) FROM provider_calls WHERE at >= ? "
              u"AND at < ? AND cost_micros > 0 GROUP BY d"_s,
        {from, until});
    const std::optional<double> usd = rate(db, u"USD"_s);
    while (calls.next()) {
        if (!usd) {
            out.aiSpendUnconverted = true;
            return;
        }
        const QDate d = QDate::fromString(calls.value(0).toString(), Qt::ISODate);
        Day& day = days[d];
        day.day = d;
        day.aiSpendCents += std::llround(calls.value(1).toDouble() / 10'000.0 * *usd);
    }
}

// Days cut at a moment (today so far, and what it is compared with): from the orders themselves.
Figures cutBetween(const QSqlDatabase& db, const QDate& first, const QDate& last, qint64 untilMs)
{
    Figures out;
    out.currency = reportingCurrency(db);
    // Orders are stamped in UTC milliseconds; days are the local calendar's, as "today" is.
    const qint64 from = first.startOfDay().toMSecsSinceEpoch();
    qint64 until = last.addDays(1).startOfDay().toMSecsSinceEpoch();
    if (untilMs > 0)
        until = std::min(until, untilMs + 1);
    QMap<QDate, Day> days;
    Converter convert(db, &out.unconverted);
    const auto dayOf = [&days](const QVariant& iso) -> Day& {
        const QDate d = QDate::fromString(iso.toString(), Qt::ISODate);
        Day& day = days[d];
        day.day = d;
        return day;
    };
    QSqlQuery sales = Sql::exec(db,
        u"SELECT "_s + Dialect::localDate(db, u"created_at"_s)
            + u" AS d, shop_currency, SUM(shop_total_cents), "
              u"COUNT(*) FROM orders WHERE paid = 1 AND created_at >= ? AND created_at < ? GROUP BY d, shop_currency"_s,
        {from, until});
    while (sales.next()) {
        if (const auto v = convert(sales.value(1).toString(), sales.value(2).toLongLong())) {
            Day& d = dayOf(sales.value(0));
            d.revenueCents += *v;
            d.orders += sales.value(3).toLongLong();
        }
    }
    QSqlQuery refunds = Sql::exec(db,
        u"SELECT "_s + Dialect::localDate(db, u"r.created_at"_s)
            + u" AS d, o.shop_currency, SUM(r.shop_cents) "
              u"FROM order_refunds r JOIN orders o ON o.id = r.order_id WHERE o.paid = 1 AND r.created_at >= ? AND "
              u"r.created_at < ? GROUP BY d, o.shop_currency"_s,
        {from, until});
    while (refunds.next()) {
        if (const auto v = convert(refunds.value(1).toString(), refunds.value(2).toLongLong()))
            dayOf(refunds.value(0)).refundCents += *v;
    }
    // The goods: each line at its variant's cost (by SKU), else its product's; in the product's currency.
    // Each sold line with its variant (by SKU; the newest of several with one SKU) and that variant's
    // product, or the product with the SKU.
    const QString lines
        = u" FROM order_lines l JOIN orders o ON o.id = l.order_id LEFT JOIN product_variants v ON v.id = (SELECT "
          u"MAX(x.id) FROM product_variants x WHERE x.sku = l.sku AND l.sku <> '') LEFT JOIN products p ON p.id = "
          u"COALESCE(v.product_id, (SELECT id FROM products WHERE sku = l.sku AND l.sku <> '')) WHERE o.paid = 1 AND "
          u"o.created_at >= ? AND o.created_at < ?"_s;
    QSqlQuery goods = Sql::exec(db,
        u"SELECT "_s + Dialect::localDate(db, u"o.created_at"_s)
            + u" AS d, COALESCE(p.currency, ''), "
              u"SUM(l.quantity * COALESCE(v.cost_cents, p.cost_cents, 0))"_s
            + lines + u" AND p.id IS NOT NULL GROUP BY d, p.currency"_s,
        {from, until});
    while (goods.next()) {
        if (const auto v = convert(goods.value(1).toString(), goods.value(2).toLongLong()))
            dayOf(goods.value(0)).goodsCostCents += *v;
    }
    QSqlQuery units = Sql::exec(db,
        u"SELECT "_s + Dialect::localDate(db, u"o.created_at"_s)
            + u" AS d, SUM(l.quantity), SUM(CASE WHEN "
              u"COALESCE(v.cost_cents, p.cost_cents) IS NULL THEN 0 ELSE l.quantity END)"_s
            + lines + u" GROUP BY d"_s,
        {from, until});
    while (units.next()) {
        Day& d = dayOf(units.value(0));
        d.units += units.value(1).toLongLong();
        d.costedUnits += units.value(2).toLongLong();
    }
    addSpend(db, first, last, days, convert);
    addAiSpend(db, from, until, days, out);
    days.remove(QDate());
    out.days = days.values();
    return out;
}

} // namespace

Figures between(const QSqlDatabase& db, const QDate& first, const QDate& last, qint64 untilMs)
{
    if (untilMs > 0 && untilMs < last.addDays(1).startOfDay().toMSecsSinceEpoch())
        return cutBetween(db, first, last, untilMs);
    // Whole days: from the sales rollup the writer keeps (SalesRollup), a row per day and shop currency,
    // and the goods per store variant and day.
    SalesRollup::ensureCurrent(db);
    Figures out;
    out.currency = reportingCurrency(db);
    QMap<QDate, Day> days;
    Converter convert(db, &out.unconverted);
    const auto dayOf = [&days](qint64 julian) -> Day& {
        const QDate d = QDate::fromJulianDay(julian);
        Day& day = days[d];
        day.day = d;
        return day;
    };
    const QVariantList range{first.toJulianDay(), last.toJulianDay()};
    QSqlQuery sales = Sql::exec(db,
        u"SELECT day, shop_currency, SUM(revenue_cents), SUM(orders), SUM(refund_cents), SUM(units) FROM sales_days "
        u"WHERE day BETWEEN ? AND ? GROUP BY day, shop_currency"_s,
        range);
    while (sales.next()) {
        const qint64 day = sales.value(0).toLongLong();
        const QString currency = sales.value(1).toString();
        if (const qint64 orders = sales.value(3).toLongLong(); orders != 0) {
            if (const auto v = convert(currency, sales.value(2).toLongLong())) {
                Day& d = dayOf(day);
                d.revenueCents += *v;
                d.orders += orders;
            }
        }
        if (const qint64 refund = sales.value(4).toLongLong(); refund != 0) {
            if (const auto v = convert(currency, refund))
                dayOf(day).refundCents += *v;
        }
        if (const qint64 units = sales.value(5).toLongLong(); units != 0)
            dayOf(day).units += units;
    }
    // The goods: each store variant's units at its variant's cost (by SKU), else its product's, in the
    // product's currency; only the variants that are a product of the workspace.
    QSqlQuery goods = Sql::exec(db,
        u"WITH c AS MATERIALIZED (SELECT k.id AS key_id, p.currency AS currency, COALESCE(v.cost_cents, "
        u"p.cost_cents) AS cost FROM sales_keys k LEFT JOIN product_variants v ON v.id = (SELECT MAX(x.id) FROM "
        u"product_variants x WHERE x.sku = k.sku AND k.sku <> '') JOIN products p ON p.id = COALESCE(v.product_id, "
        u"(SELECT id FROM products WHERE sku = k.sku AND k.sku <> ''))) SELECT s.day, c.currency, SUM(s.units * "
        u"COALESCE(c.cost, 0)), SUM(CASE WHEN c.cost IS NULL THEN 0 ELSE s.units END) FROM c JOIN sales_lines_daily s "
        u"ON s.key_id = c.key_id WHERE s.day BETWEEN ? AND ? GROUP BY s.day, c.currency"_s,
        range);
    while (goods.next()) {
        Day& d = dayOf(goods.value(0).toLongLong());
        d.costedUnits += goods.value(3).toLongLong();
        if (const auto v = convert(goods.value(1).toString(), goods.value(2).toLongLong()))
            d.goodsCostCents += *v;
    }
    addSpend(db, first, last, days, convert);
    addAiSpend(db, first.startOfDay().toMSecsSinceEpoch(), last.addDays(1).startOfDay().toMSecsSinceEpoch(), days, out);
    days.remove(QDate());
    out.days = days.values();
    return out;
}

} // namespace DailySales
