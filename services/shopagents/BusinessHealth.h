#pragma once

#include "Goals.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

// The CEO's view of the month: each goal's figure so far, its forecast to the month's end, whether it
// is on track, and when it is not, the reasons traced to the rows they came from (which products,
// campaigns, variants). Computed by the CEO agent on the worker and stored (table business_health) for
// the dashboard, in the language of the process that computed it.
//
//  - Revenue: paid orders this month (DailySales, the reporting currency). Forecast: the days through
//    yesterday plus, for today and each day left, the average of that weekday over the last 28 days.
//  - Gross margin: (net sales − refunds − cost of goods) / net sales, this month, of the products whose
//    every item sold has a cost (ProductPnl); judged only when those make MinCostCoveragePct of the
//    month's net sales (goods without a cost are not free), and their share is said.
//  - ROAS: the ad sets' purchase value / spend this month (the account's attribution).
//  - Stock cover: each selling variant's days until the forecast sells what is on hand (Demand
//    Forecast's fits and the shared stock); on track when none is under the goal.
//  - AI spend: the provider calls this month. Forecast: so far plus the last 7 days' daily average
//    for the time left.
namespace BusinessHealth
{

// The share of the month's sales whose cost must be known before the margin is judged.
inline constexpr double MinCostCoveragePct = 80.0;

enum class Status
{
    OnTrack,
    OffTrack,
    NoGoal,    // a figure without a target
    NeedsData, // the figure cannot be worked out: `actual` says what is missing
};
QString statusKey(Status status);
Status statusFromKey(const QString& key);
QString statusName(Status status);

struct Line
{
    QString key; // revenue, gross_margin, roas, stock_cover, ai_spend
    Status status = Status::NoGoal;
    double value = 0;               // revenue in cents, margin in %, ROAS, variants under the cover goal, AI micros
    std::optional<double> forecast; // the same unit, at the month's end
    std::optional<double> goal;
    QString actualText;
    QString forecastText;
    QString goalText;
    QStringList reasons;
};
QString lineName(const QString& key);

struct Report
{
    qint64 at = 0;
    QDate first; // the month
    QDate last;
    QList<Line> lines;
    int onTrack() const;
    int withGoal() const;
    std::optional<Line> line(const QString& key) const;
};

QJsonObject toJson(const Report& report);
Report fromJson(const QJsonObject& json);

// The month's AI spend (US dollars in millionths) so far, the last 7 days' daily average, and the month's
// end at that pace. Throws SqlError.
struct AiPace
{
    double spent = 0;
    double daily = 0;
    double forecast = 0;
};
AiPace aiPace(const QSqlDatabase& db, const QDate& monthFirst, qint64 now);

// Throws SqlError.
Report compute(const QSqlDatabase& db, const Goals::Set& goals, qint64 now);

void store(const QSqlDatabase& db, const Report& report);
std::optional<Report> stored(const QSqlDatabase& db);

} // namespace BusinessHealth
