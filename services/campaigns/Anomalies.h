#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// Unusual days of a campaign, by a robust z-score: the day's value against the median and the median
// absolute deviation (MAD) of the 28 days before it, after each day is divided by its weekday's factor
// (the median of that weekday over the median of all), so a busy Saturday is not news.
// z = 0.6745 · (x − median) / MAD; |z| > 3.5 flags (Iglewicz and Hoaglin's cut-off) when the day is
// also at least 25 % away from its usual value (a steady figure's tiny spread would make noise of a
// change nobody acts on). Per campaign and metric, the week's most unusual day is reported. A day is judged
// only with at least 14 earlier days and some spread (the MAD, or where more than half the days
// are alike the mean absolute deviation in its place). Spend and CTR are judged on the 7 days
// before today (for a synced Meta account, up to its last complete day); ROAS and CPA on the 7 days that end
// kSettleDays ago, because late-attributed purchases still arrive for the days after them.
namespace Anomalies
{

enum class Metric
{
    Spend,
    Roas,
    Cpa,
    Ctr
};

inline constexpr int kWindowDays = 28;
inline constexpr int kMinimumDays = 14;
inline constexpr int kSettleDays = 4;
inline constexpr int kRecentDays = 7;
inline constexpr double kThreshold = 3.5;
inline constexpr double kMinimumChange = 0.25;

struct Day
{
    qint64 spendCents = 0;
    qint64 revenueCents = 0;
    qint64 purchases = 0;
    qint64 clicks = 0;
    qint64 impressions = 0;
};

// The metric's value on a day, or nothing where it has none (no spend for ROAS, no purchase for CPA,
// fewer than 100 impressions for CTR). ROAS and CTR are ratios; spend and CPA minor units.
std::optional<double> value(const Day& day, Metric metric);

struct Finding
{
    qint64 campaignId = 0;
    QString campaign;
    QString currency;
    Metric metric = Metric::Spend;
    QDate day;
    double value = 0;
    double usual = 0; // the median for that weekday
    double z = 0;
};

// Judges `day` of one campaign's days; nothing when it is not unusual or cannot be judged.
std::optional<Finding> judge(const QMap<QDate, Day>& days, QDate day, Metric metric);

// Every campaign's unusual days as of `today` (the workspace's day), the largest |z| first.
QList<Finding> find(const QSqlDatabase& db, QDate today);

QString metricName(Metric metric);
// A value of the finding's metric as people read it: money, a ratio, a percentage.
QString formatted(const Finding& finding, double value);
// "Spend on Tue 1 Dec: €97.31, usually €54.00"
QString describe(const Finding& finding);

} // namespace Anomalies
