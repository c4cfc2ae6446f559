#pragma once

#include "Alerts.h"
#include "campaigns/DailySales.h"
#include "campaigns/SalesReport.h"
#include "shopagents/BusinessHealth.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// What a daily or weekly report says, read from the workspace: the sales, profit and spend of the period
// against the period before and the month's goals; what the agents did on their own and what people
// decided; what waits for a person and since when; what failed and what healed itself (the recovery
// rate); the alerts; the AI spend against its ceiling.
namespace ReportData
{

enum class Period
{
    Daily,
    Weekly
};
QString periodKey(Period p); // daily, weekly
std::optional<Period> periodFromKey(const QString& key);

// The days a report made on `today` covers: yesterday; or the last complete Monday to Sunday.
std::pair<QDate, QDate> coverage(Period p, const QDate& today);

struct AgentLine
{
    QString agent;
    int onTheirOwn = 0; // ran without a person (the risk engine let them)
    int proposed = 0;   // proposed for a person to decide
};

struct Data
{
    Period period = Period::Daily;
    QDate first;
    QDate last;
    QString workspace;
    QString currency;
    SalesReport::Totals current;
    SalesReport::Totals previous; // the period before (a day, or a week)
    QList<DailySales::Day> days;  // the chart: the last 14 days (daily) or 28 days (weekly) up to `last`
    QStringList unconverted;
    BusinessHealth::Report goals; // the month of `last`, up to the end of `last`
    bool hasGoals = false;

    QList<AgentLine> agents;
    int approvedByPeople = 0;
    int rejectedByPeople = 0;
    int waiting = 0;
    qint64 oldestWaitingAt = 0;
    QList<std::pair<QString, int>> waitingByRisk; // risk level, count

    int recovered = 0;     // jobs that failed or lost their worker and then finished, in the period
    int failedForGood = 0; // jobs that failed for good in the period
    QList<std::pair<QString, int>> failedKinds;
    QList<Alerts::Alert> alerts; // raised in the period
    int alertsOpen = 0;

    BusinessHealth::AiPace ai; // the month of `last`
    std::optional<qint64> aiCeilingMicros;

    // Of the jobs that ran into a failure, the share that healed (nullopt: none ran into one).
    std::optional<double> recoveryRate() const;
};

// Throws SqlError. now: when the report is made (the waiting proposals are those waiting now).
Data gather(const QSqlDatabase& db, Period period, const QDate& first, const QDate& last, qint64 now);

// The figures as JSON (stored with the report, sent to the webhook).
QJsonObject summary(const Data& d);

} // namespace ReportData
