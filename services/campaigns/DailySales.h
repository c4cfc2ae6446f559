#pragma once

#include <QDate>
#include <QList>
#include <QSqlDatabase>

// Revenue, ad spend and the cost of the goods sold (conversions × the product's cost) per day, as the
// dashboard's cards and its trend chart count them: one grouped query over the campaign figures.
namespace DailySales
{

struct Day
{
    QDate day;
    qint64 revenueCents = 0;
    qint64 adSpendCents = 0;
    qint64 goodsCostCents = 0;
    qint64 profitCents() const { return revenueCents - adSpendCents - goodsCostCents; }
};

// The days from first to last (inclusive) that have figures, oldest first. Throws SqlError.
QList<Day> between(const QSqlDatabase& db, const QDate& first, const QDate& last);

} // namespace DailySales
