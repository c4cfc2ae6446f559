#pragma once

#include "campaigns/SalesReport.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// What Finance Watch alerts the owner to, each with the figures that raised it (table finance_alerts):
//
//  - Revenue drop: yesterday's revenue (paid orders, the reporting currency) more than DropPercent below
//    the day before's, when the day before had at least MinOrders orders; with the same weekday a week
//    earlier beside it (a quiet Sunday after a busy Saturday is not always news: the owner judges) and
//    the products whose net sales fell most. Not judged while the store's orders are stale.
//  - Ad pacing: per Meta ad account, the spend of its last PacingDays complete days against PacingDays
//    times today's daily budgets (the ad sets' own, or their campaign's once), more than PacingOver
//    over them; with the ad sets most over their own budget. Ad sets that spent in the window count
//    with their budget even when paused since, so pausing one does not look like overspending.
//  - AI spend near its ceiling: this month's provider calls at NearCeiling of the owner's monthly AI
//    ceiling (a goal), or forecast over it at the last 7 days' pace.
//
// An alert is one row per kind, subject and day (the month for AI spend): judging again the same day
// updates its figures; an open alert the judging no longer finds is resolved; one that could not be
// judged (stale figures) stays open. Revenue is judged only once every store that syncs orders has
// synced since yesterday ended; an ad account's figures at most MaxAdStaleDays before today; ad sets
// without a daily budget (a lifetime budget) are left out of the pacing and named.
namespace FinanceAlerts
{

inline constexpr double DropPercent = 20;
inline constexpr qint64 MinOrders = 5;
inline constexpr int PacingDays = 7;
inline constexpr double PacingOver = 1.10;
inline constexpr double NearCeiling = 0.8;
// Ad figures whose last complete day is more than this many days before today are not judged.
inline constexpr int MaxAdStaleDays = 2;

struct Alert
{
    qint64 id = 0;   // 0 until stored
    QString kind;    // revenue_drop, ad_pacing, ai_ceiling
    QString subject; // ad_pacing: the ad account's connection id
    QDate day;
    QJsonObject figures;
    qint64 raisedAt = 0;
};

struct Judged
{
    QList<Alert> alerts;
    QStringList skipped;                       // what could not be judged and why, in the language of the process
    QList<std::pair<QString, QString>> judged; // the kinds and subjects judged (their open alerts may resolve)
    // Yesterday's profit and loss as the dashboard counts it, read with the revenue check (none when the
    // orders are missing or stale).
    std::optional<SalesReport::Totals> yesterday;
    QString currency;
};

// Throws SqlError.
Judged judge(const QSqlDatabase& db, qint64 now);

// Stores the alerts (new ones raised, known ones updated) and resolves the open ones of what was judged
// that are not among them (and the pacing of ad accounts that are gone). Returns how many are new.
int store(const QSqlDatabase& db, const Judged& judged, qint64 now);
// The open alerts, newest first.
QList<Alert> open(const QSqlDatabase& db);

// The alert in one line and its figures in a few, in the language of the caller.
QString title(const Alert& alert);
QString detail(const Alert& alert);

} // namespace FinanceAlerts
