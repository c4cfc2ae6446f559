#include "Anomalies.h"

#include "core/Median.h"
#include "core/Money.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Anomalies
{

std::optional<double> value(const Day& d, Metric metric)
{
    switch (metric) {
    case Metric::Spend:
        return d.spendCents > 0 ? std::optional<double>(static_cast<double>(d.spendCents)) : std::nullopt;
    case Metric::Roas:
        return d.spendCents > 0
            ? std::optional<double>(static_cast<double>(d.revenueCents) / static_cast<double>(d.spendCents))
            : std::nullopt;
    case Metric::Cpa:
        return d.purchases > 0
            ? std::optional<double>(static_cast<double>(d.spendCents) / static_cast<double>(d.purchases))
            : std::nullopt;
    case Metric::Ctr:
        return d.impressions >= 100
            ? std::optional<double>(static_cast<double>(d.clicks) / static_cast<double>(d.impressions))
            : std::nullopt;
    }
    return std::nullopt;
}

std::optional<Finding> judge(const QMap<QDate, Day>& days, QDate day, Metric metric)
{
    const auto today = days.constFind(day);
    if (today == days.cend())
        return std::nullopt;
    const auto x = value(*today, metric);
    if (!x)
        return std::nullopt;
    QList<std::pair<int, double>> window; // weekday, value
    for (auto it = days.lowerBound(day.addDays(-kWindowDays)); it != days.cend() && it.key() < day; ++it)
        if (const auto v = value(*it, metric))
            window.append({it.key().dayOfWeek(), *v});
    if (window.size() < kMinimumDays)
        return std::nullopt;
    QList<double> all;
    for (const auto& [weekday, v] : window)
        all.append(v);
    const double overall = median(all);
    // Each weekday's level against the whole window's; 1 where a weekday has too few days to say.
    QHash<int, double> factor;
    for (int w = 1; w <= 7; ++w) {
        QList<double> same;
        for (const auto& [weekday, v] : window)
            if (weekday == w)
                same.append(v);
        const double f = same.size() >= 2 && overall > 0 ? median(same) / overall : 1.0;
        factor.insert(w, f > 0 ? f : 1.0);
    }
    QList<double> adjusted;
    for (const auto& [weekday, v] : window)
        adjusted.append(v / factor.value(weekday));
    const double m = median(adjusted);
    QList<double> deviations;
    for (double a : adjusted)
        deviations.append(std::abs(a - m));
    double mad = median(deviations);
    if (mad <= 0) {
        // More than half the days alike: the mean absolute deviation, scaled to the MAD's units for a
        // normal spread, measures what spread there is; none at all cannot be judged.
        double sum = 0;
        for (double d : deviations)
            sum += d;
        mad = sum / static_cast<double>(deviations.size()) / 1.2533;
        if (mad <= 0)
            return std::nullopt;
    }
    const double f = factor.value(day.dayOfWeek());
    const double z = 0.6745 * (*x / f - m) / mad;
    const double usual = m * f;
    // Steady figures have a small spread: a tiny change can be many MADs away and still not matter.
    if (std::abs(z) <= kThreshold || usual <= 0 || std::abs(*x - usual) < kMinimumChange * usual)
        return std::nullopt;
    Finding out;
    out.metric = metric;
    out.day = day;
    out.value = *x;
    out.usual = usual;
    out.z = z;
    return out;
}

QList<Finding> find(const QSqlDatabase& db, QDate today)
{
    const QDate since = today.addDays(-(kWindowDays + kSettleDays + kRecentDays));
    QSqlQuery q = Sql::exec(db,
        u"SELECT c.id, c.name, c.currency, m.day, m.spend_cents, m.revenue_cents, m.conversions, m.clicks, "
        u"m.impressions, COALESCE(a.synced_through, '') FROM campaign_metrics m JOIN campaigns c ON c.id = "
        u"m.campaign_id LEFT JOIN ad_accounts a ON a.connection_id = c.connection_id WHERE m.day >= ? AND m.day < ? "
        u"ORDER BY c.id, m.day"_s,
        {since.toString(Qt::ISODate), today.toString(Qt::ISODate)});
    struct Campaign
    {
        QString name;
        QString currency;
        QDate complete; // a synced ad account's last complete day (invalid: every day before today is)
        QMap<QDate, Day> days;
    };
    QMap<qint64, Campaign> campaigns;
    while (q.next()) {
        Campaign& c = campaigns[q.value(0).toLongLong()];
        c.name = q.value(1).toString();
        c.currency = q.value(2).toString();
        c.complete = QDate::fromString(q.value(9).toString(), Qt::ISODate);
        c.days.insert(QDate::fromString(q.value(3).toString(), Qt::ISODate),
            Day{q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(6).toLongLong(), q.value(7).toLongLong(),
                q.value(8).toLongLong()});
    }
    QList<Finding> out;
    for (auto it = campaigns.cbegin(); it != campaigns.cend(); ++it) {
        const QMap<QDate, Day>& days = it->days;
        if (days.isEmpty())
            continue;
        // The last week of complete days (a synced account's day is complete once it ended hours before
        // the sync; a partly read day is not news); for ROAS and CPA the week before the days still
        // settling.
        const QDate complete = it->complete.isValid() ? std::min(it->complete, today.addDays(-1)) : today.addDays(-1);
        for (Metric metric : {Metric::Spend, Metric::Ctr, Metric::Roas, Metric::Cpa}) {
            const bool late = metric == Metric::Roas || metric == Metric::Cpa;
            const QDate end
                = late ? std::min(today.addDays(-kSettleDays), complete.addDays(-(kSettleDays - 1))) : complete;
            // A week's worst day per metric: a shift that lasts is one finding, not seven.
            std::optional<Finding> worst;
            for (QDate day = end.addDays(-(kRecentDays - 1)); day <= end; day = day.addDays(1)) {
                const auto f = judge(days, day, metric);
                if (f && (!worst || std::abs(f->z) > std::abs(worst->z)))
                    worst = f;
            }
            if (worst) {
                worst->campaignId = it.key();
                worst->campaign = it->name;
                worst->currency = it->currency;
                out.append(*worst);
            }
        }
    }
    std::stable_sort(
        out.begin(), out.end(), [](const Finding& a, const Finding& b) { return std::abs(a.z) > std::abs(b.z); });
    return out;
}

QString metricName(Metric metric)
{
    switch (metric) {
    case Metric::Spend:
        return QCoreApplication::translate("Anomalies", "Spend");
    case Metric::Roas:
        return QCoreApplication::translate("Anomalies", "ROAS");
    case Metric::Cpa:
        return QCoreApplication::translate("Anomalies", "CPA");
    case Metric::Ctr:
        return QCoreApplication::translate("Anomalies", "CTR");
    }
    return {};
}

QString formatted(const Finding& f, double v)
{
    switch (f.metric) {
    case Metric::Spend:
    case Metric::Cpa:
        return Money::format(std::llround(v), f.currency);
    case Metric::Roas:
        return QLocale().toString(v, 'f', 2);
    case Metric::Ctr:
        return QLocale().toString(v * 100, 'f', 2) + u" %"_s;
    }
    return {};
}

QString describe(const Finding& f)
{
    return QCoreApplication::translate("Anomalies", "%1 on %2: %3, usually %4")
        .arg(metricName(f.metric), QLocale().toString(f.day, u"ddd d MMM"_s), formatted(f, f.value),
            formatted(f, f.usual));
}

} // namespace Anomalies
