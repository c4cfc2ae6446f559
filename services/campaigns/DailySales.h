#pragma once

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

// Sales per day as the dashboard's cards, its trend chart and the P&L count them, from the orders
// synced from the stores: revenue (paid orders, on the day they were placed), refunds (on the day
// they were given), the cost of the goods sold (each line's quantity × its variant's cost) and the
// ad spend, and the AI spend (the provider calls, priced in US dollars). Amounts are in the reporting currency: the
// shop's amounts of each order, converted with the rates the owner entered; a currency without a rate is left out and
// named.
namespace DailySales
{

struct Day
{
    QDate day;
    qint64 revenueCents = 0;
    qint64 refundCents = 0;
    qint64 adSpendCents = 0;
    qint64 goodsCostCents = 0;
    qint64 aiSpendCents = 0; // the provider calls of the day, from US dollars (when there is a USD rate)
    qint64 orders = 0;
    qint64 units = 0;       // items sold (paid orders)
    qint64 costedUnits = 0; // of which the cost is known (a variant or product with a cost)
    // Gross profit: revenue − refunds − the cost of the goods.
    qint64 profitCents() const { return revenueCents - refundCents - goodsCostCents; }
    qint64 averageOrderCents() const { return orders > 0 ? revenueCents / orders : 0; }
};

struct Figures
{
    QList<Day> days;                 // the days from first to last that have figures, oldest first
    QString currency;                // the reporting currency
    QStringList unconverted;         // currencies of orders left out for want of a rate
    bool aiSpendUnconverted = false; // there was AI spend (priced in US dollars) and no USD rate
};

// Throws SqlError. With untilMs, only what happened up to that moment (inclusive) counts: yesterday
// "up to this time" for a fair comparison with today so far (ad spend is per day and not cut).
Figures between(const QSqlDatabase& db, const QDate& first, const QDate& last, qint64 untilMs = 0);

// The reporting currency ("workspace.currency") and the owner's rates to it ("reporting.rates":
// {"USD": "0.92"} = 1 USD is 0.92 of the reporting currency).
QString reportingCurrency(const QSqlDatabase& db);
std::optional<double> rate(const QSqlDatabase& db, const QString& currency);

} // namespace DailySales
