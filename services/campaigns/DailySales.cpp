#include "DailySales.h"

#include "core/Json.h"
#include "storage/Settings.h"
#include "storage/Sql.h"

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

Figures between(const QSqlDatabase& db, const QDate& first, const QDate& last, qint64 untilMs)
{
    Figures out;
    out.currency = reportingCurrency(db);
    // Orders are stamped in UTC milliseconds; days are the local calendar's, as "today" is.
    const qint64 from = first.startOfDay().toMSecsSinceEpoch();
    qint64 until = last.addDays(1).startOfDay().toMSecsSinceEpoch();
    if (untilMs > 0)
        until = std::min(until, untilMs + 1);
    QMap<QDate, Day> days;
    QHash<QString, std::optional<double>> rates;
    const auto convert = [&](const QString& currency, qint64 cents) -> std::optional<qint64> {
        if (!rates.contains(currency))
            rates.insert(currency, rate(db, currency));
        const auto r = rates.value(currency);
        if (!r) {
            if (!out.unconverted.contains(currency))
                out.unconverted.append(currency);
            return std::nullopt;
        }
        return *r == 1.0 ? cents : static_cast<qint64>(std::llround(static_cast<double>(cents) * *r));
    };
    const auto dayOf = [&days](const QVariant& iso) -> Day& {
        const QDate d = QDate::fromString(iso.toString(), Qt::ISODate);
        Day& day = days[d];
        day.day = d;
        return day;
    };
    QSqlQuery sales = Sql::exec(db,
        u"SELECT date(created_at / 1000, 'unixepoch', 'localtime') AS d, shop_currency, SUM(shop_total_cents), "
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
        u"SELECT date(r.created_at / 1000, 'unixepoch', 'localtime') AS d, o.shop_currency, SUM(r.shop_cents) "
        u"FROM order_refunds r JOIN orders o ON o.id = r.order_id WHERE o.paid = 1 AND r.created_at >= ? AND "
        u"r.created_at < ? GROUP BY d, o.shop_currency"_s,
        {from, until});
    while (refunds.next()) {
        if (const auto v = convert(refunds.value(1).toString(), refunds.value(2).toLongLong()))
            dayOf(refunds.value(0)).refundCents += *v;
    }
    // The goods: each line at its variant's cost (by SKU), else its product's; in the product's currency.
    // Each sold line with its variant (by SKU) and that variant's product, or the product with the SKU.
    const QString lines
        = u" FROM order_lines l JOIN orders o ON o.id = l.order_id LEFT JOIN product_variants v ON v.sku = l.sku AND "
          u"l.sku <> '' LEFT JOIN products p ON p.id = COALESCE(v.product_id, (SELECT id FROM products WHERE sku = "
          u"l.sku AND l.sku <> '')) WHERE o.paid = 1 AND o.created_at >= ? AND o.created_at < ?"_s;
    QSqlQuery goods = Sql::exec(db,
        u"SELECT date(o.created_at / 1000, 'unixepoch', 'localtime') AS d, COALESCE(p.currency, ''), "
        u"SUM(l.quantity * COALESCE(v.cost_cents, p.cost_cents, 0))"_s
            + lines + u" AND p.id IS NOT NULL GROUP BY d, p.currency"_s,
        {from, until});
    while (goods.next()) {
        if (const auto v = convert(goods.value(1).toString(), goods.value(2).toLongLong()))
            dayOf(goods.value(0)).goodsCostCents += *v;
    }
    QSqlQuery units = Sql::exec(db,
        u"SELECT date(o.created_at / 1000, 'unixepoch', 'localtime') AS d, SUM(l.quantity), SUM(CASE WHEN "
        u"COALESCE(v.cost_cents, p.cost_cents) IS NULL THEN 0 ELSE l.quantity END)"_s
            + lines + u" GROUP BY d"_s,
        {from, until});
    while (units.next()) {
        Day& d = dayOf(units.value(0));
        d.units += units.value(1).toLongLong();
        d.costedUnits += units.value(2).toLongLong();
    }
    QSqlQuery spend = Sql::exec(db,
        u"SELECT day, COALESCE(SUM(spend_cents), 0) FROM campaign_metrics WHERE day >= ? AND day <= ? GROUP BY day"_s,
        {first.toString(Qt::ISODate), last.toString(Qt::ISODate)});
    while (spend.next())
        dayOf(spend.value(0)).adSpendCents += spend.value(1).toLongLong();
    days.remove(QDate());
    out.days = days.values();
    return out;
}

} // namespace DailySales
