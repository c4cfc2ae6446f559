#pragma once

#include "ProductPnl.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>

// The dashboard's sales and profit over a period the owner picks, with two comparisons: the period
// just before it and the same period a week earlier (for a day: the same weekday last week) or a
// year earlier (52 weeks, so weekdays line up). Today is compared up to the same time of day.
namespace SalesReport
{

enum class Period
{
    Today,
    Yesterday,
    Last7Days,
    Last30Days,
    Last90Days,
    Last12Months,
    Last2Years
};

struct Range
{
    QDate first;
    QDate last;
    qint64 untilMs = 0; // > 0: only up to this moment (today so far, and its comparisons)
};

Range range(Period period, const QDateTime& now);
Range previous(Period period, const QDateTime& now);
Range earlier(Period period, const QDateTime& now); // a week earlier for a day, else 52 weeks
// Whether the second comparison says something the first does not: for 12 months and 2 years, a year
// earlier is the period before (or overlaps it), so there is none.
bool hasEarlier(Period period);
// The chart's buckets: days for up to 30 days (a day's period is drawn over its last 14 days), weeks
// up to 90, calendar months beyond.
int bucketDays(Period period);
Range chartRange(Period period, const QDateTime& now);

struct Totals
{
    qint64 revenueCents = 0;
    qint64 orders = 0;
    qint64 refundCents = 0;
    qint64 goodsCostCents = 0;
    qint64 adSpendCents = 0;
    qint64 aiSpendCents = 0;
    bool aiSpendKnown = true; // false: there was AI spend and no USD rate to count it
    qint64 units = 0;
    qint64 costedUnits = 0;
    qint64 profitCents() const { return revenueCents - refundCents - goodsCostCents; }
    // What is left after the ads and the AI: gross profit − ad spend − AI spend.
    qint64 netCents() const { return profitCents() - adSpendCents - aiSpendCents; }
    qint64 averageOrderCents() const { return orders > 0 ? revenueCents / orders : 0; }
};
Totals totals(const QSqlDatabase& db, const Range& range, QStringList* unconverted = nullptr);
// The same over days already read.
Totals sum(const DailySales::Figures& figures, QStringList* unconverted = nullptr);

// Money in and out per week (Monday to Sunday), for the cash view: the weeks from the one `weeks` - 1
// before today's through today's (so far), newest first. Money in is the paid orders on the day they
// were placed, out the refunds, the goods at their cost when sold, the ad spend and the AI spend: Quorum
// sees no supplier invoices or payouts, so this is the shop's trading cash, not its bank balance.
inline constexpr int CashWeeks = 13;
struct Week
{
    QDate start; // a Monday
    Totals totals;
};
QList<Week> weeks(const DailySales::Figures& figures, const QDate& today, int count = CashWeeks);

struct Report
{
    Period period = Period::Today;
    Range range;
    Totals current;
    Totals previous;
    Totals earlier;
    ProductPnl::Figures products;
    QList<ProductPnl::Point> series; // the whole shop over chartRange
    QList<Week> weeks;               // the cash view, newest first (independent of the period), when asked for
    QString currency;
    QStringList unconverted;
};
// Throws SqlError. With weeks, the cash view's weeks too (another read of 13 weeks).
Report build(const QSqlDatabase& db, Period period, const QDateTime& now, bool withWeeks = false);

} // namespace SalesReport
