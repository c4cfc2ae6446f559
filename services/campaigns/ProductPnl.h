#pragma once

#include "DailySales.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

// Profit and loss per product over a period, from the order lines synced from the stores (or
// imported from an orders export). A line belongs to a Quorum product when the store's variant is
// linked to one of its variants, the store's product is where Quorum published it, or the SKU is one
// of its variants' or its own; otherwise to the store's product as the store names it, so sales of
// products Quorum does not know yet are kept and join their product as soon as it appears.
//
// Per product: units sold, net sales (the lines after their discounts, before tax and shipping, in
// the shop's currency), refunds (each order's refunds shared over its lines by their value: the
// stores do not always say which line a refund was for), the cost of the goods (each unit at its
// variant's cost, else its product's) and the gross profit. Amounts are in the reporting currency, as
// DailySales converts them; a period counts the orders placed in it.
namespace ProductPnl
{

struct Row
{
    QString key;          // "p:<product id>" for a Quorum product, "s:<connection>:<store product id>" else
    qint64 productId = 0; // 0: a product Quorum does not know
    QString name;
    qint64 units = 0;
    qint64 costedUnits = 0; // of which the cost is known
    qint64 netSalesCents = 0;
    qint64 refundCents = 0;
    qint64 goodsCostCents = 0;
    qint64 profitCents() const { return netSalesCents - refundCents - goodsCostCents; }
};

struct Figures
{
    QList<Row> rows; // by net sales, highest first
    QString currency;
    QStringList unconverted; // currencies left out for want of a rate
};

// Throws SqlError. Orders placed from first to last (local calendar days, inclusive).
Figures between(const QSqlDatabase& db, const QDate& first, const QDate& last);

// One product's (key as in Row; empty: every product) net sales and gross profit per bucket of
// bucketDays days starting at first (1: days, 7: weeks, 30: months as calendar months).
struct Point
{
    QDate start;
    qint64 netSalesCents = 0;
    qint64 profitCents = 0;
};
QList<Point> series(const QSqlDatabase& db, const QString& key, const QDate& first, const QDate& last, int bucketDays);
// The whole shop's series from days DailySales has read already (revenue and gross profit).
QList<Point> shopSeries(const QList<DailySales::Day>& days, const QDate& first, const QDate& last, int bucketDays);

} // namespace ProductPnl
