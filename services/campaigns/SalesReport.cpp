#include "SalesReport.h"

#include "DailySales.h"

namespace SalesReport
{
namespace
{

int lengthDays(Period period)
{
    switch (period) {
    case Period::Today:
    case Period::Yesterday:
        return 1;
    case Period::Last7Days:
        return 7;
    case Period::Last30Days:
        return 30;
    case Period::Last90Days:
        return 90;
    case Period::Last12Months:
        return 364;
    case Period::Last2Years:
        return 728;
    }
    return 1;
}

Range shifted(const Range& r, int days)
{
    Range out{r.first.addDays(-days), r.last.addDays(-days), 0};
    if (r.untilMs > 0)
        out.untilMs = r.untilMs - static_cast<qint64>(days) * 86'400'000;
    return out;
}

} // namespace

Range range(Period period, const QDateTime& now)
{
    const QDate today = now.date();
    if (period == Period::Today)
        return {today, today, now.toMSecsSinceEpoch()};
    if (period == Period::Yesterday)
        return {today.addDays(-1), today.addDays(-1), 0};
    // The last N days include today so far.
    return {today.addDays(-(lengthDays(period) - 1)), today, 0};
}

Range previous(Period period, const QDateTime& now)
{
    return shifted(range(period, now), lengthDays(period));
}

bool hasEarlier(Period period)
{
    return lengthDays(period) < 364;
}

Range earlier(Period period, const QDateTime& now)
{
    return shifted(range(period, now), lengthDays(period) == 1 ? 7 : 364);
}

int bucketDays(Period period)
{
    const int days = lengthDays(period);
    return days <= 30 ? 1 : (days <= 90 ? 7 : 30);
}

Range chartRange(Period period, const QDateTime& now)
{
    Range r = range(period, now);
    if (lengthDays(period) < 14)
        r.first = r.last.addDays(-13);
    r.untilMs = 0;
    return r;
}

namespace
{
void add(Totals& t, const DailySales::Day& d)
{
    t.revenueCents += d.revenueCents;
    t.orders += d.orders;
    t.refundCents += d.refundCents;
    t.goodsCostCents += d.goodsCostCents;
    t.adSpendCents += d.adSpendCents;
    t.aiSpendCents += d.aiSpendCents;
    t.units += d.units;
    t.costedUnits += d.costedUnits;
}
} // namespace

Totals totals(const QSqlDatabase& db, const Range& range, QStringList* unconverted)
{
    return sum(DailySales::between(db, range.first, range.last, range.untilMs), unconverted);
}

Totals sum(const DailySales::Figures& f, QStringList* unconverted)
{
    Totals t;
    t.aiSpendKnown = !f.aiSpendUnconverted;
    for (const DailySales::Day& d : f.days)
        add(t, d);
    if (unconverted) {
        for (const QString& c : f.unconverted) {
            if (!unconverted->contains(c))
                unconverted->append(c);
        }
    }
    return t;
}

QList<Week> weeks(const DailySales::Figures& figures, const QDate& today, int count)
{
    const QDate thisWeek = today.addDays(1 - today.dayOfWeek());
    QList<Week> out;
    for (int i = 0; i < count; ++i)
        out.append(Week{thisWeek.addDays(-7 * i), {}});
    for (Week& w : out)
        w.totals.aiSpendKnown = !figures.aiSpendUnconverted;
    for (const DailySales::Day& d : figures.days) {
        if (d.day > today)
            continue;
        const qint64 i = (d.day.daysTo(thisWeek) + 6) / 7; // 0: this week (its Monday is at most 6 days back)
        if (i >= count)
            continue;
        add(out[i].totals, d);
    }
    return out;
}

Report build(const QSqlDatabase& db, Period period, const QDateTime& now, bool withWeeks)
{
    Report r;
    r.period = period;
    r.range = range(period, now);
    // The period's days once: its totals, and (when the chart shows the same days) its chart.
    const DailySales::Figures days = DailySales::between(db, r.range.first, r.range.last, r.range.untilMs);
    r.current = sum(days, &r.unconverted);
    r.previous = totals(db, previous(period, now));
    if (hasEarlier(period))
        r.earlier = totals(db, earlier(period, now));
    r.products = ProductPnl::between(db, r.range.first, r.range.last);
    const Range chart = chartRange(period, now);
    r.series = chart.first == r.range.first && r.range.untilMs == 0
        ? ProductPnl::shopSeries(days.days, chart.first, chart.last, bucketDays(period))
        : ProductPnl::series(db, {}, chart.first, chart.last, bucketDays(period));
    if (withWeeks) {
        const QDate today = now.date();
        const QDate firstWeek = today.addDays(1 - today.dayOfWeek()).addDays(-7 * (CashWeeks - 1));
        const DailySales::Figures cash = DailySales::between(db, firstWeek, today);
        r.weeks = weeks(cash, today);
        sum(cash, &r.unconverted); // its currencies without a rate are said with the others
    }
    r.currency = r.products.currency;
    for (const QString& c : r.products.unconverted) {
        if (!r.unconverted.contains(c))
            r.unconverted.append(c);
    }
    return r;
}

} // namespace SalesReport
