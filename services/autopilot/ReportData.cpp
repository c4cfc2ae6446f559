#include "ReportData.h"

#include "shopagents/Goals.h"
#include "storage/Settings.h"
#include "storage/Sql.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ReportData
{
namespace
{
qint64 startOf(const QDate& day)
{
    return day.startOfDay().toMSecsSinceEpoch();
}
} // namespace

QString periodKey(Period p)
{
    return p == Period::Weekly ? u"weekly"_s : u"daily"_s;
}

std::optional<Period> periodFromKey(const QString& key)
{
    if (key == u"daily")
        return Period::Daily;
    if (key == u"weekly")
        return Period::Weekly;
    return std::nullopt;
}

std::pair<QDate, QDate> coverage(Period p, const QDate& today)
{
    if (p == Period::Daily)
        return {today.addDays(-1), today.addDays(-1)};
    const QDate lastSunday = today.addDays(-today.dayOfWeek());
    return {lastSunday.addDays(-6), lastSunday};
}

std::optional<double> Data::recoveryRate() const
{
    if (recovered + failedForGood == 0)
        return std::nullopt;
    return double(recovered) / (recovered + failedForGood);
}

Data gather(const QSqlDatabase& db, Period period, const QDate& first, const QDate& last, qint64 now)
{
    Data d;
    d.period = period;
    d.first = first;
    d.last = last;
    d.workspace = Settings::value(db, u"workspace.name"_s);
    const qint64 from = startOf(first);
    const qint64 to = startOf(last.addDays(1)); // exclusive
    const qint64 span = first.daysTo(last) + 1;

    // Sales: the period, the one before, and the days of the chart.
    const QDate chartFirst = last.addDays(period == Period::Daily ? -13 : -27);
    const DailySales::Figures figures = DailySales::between(db, std::min(chartFirst, first.addDays(-span)), last);
    d.currency = figures.currency;
    d.unconverted = figures.unconverted;
    DailySales::Figures inPeriod{{}, figures.currency, {}, figures.aiSpendUnconverted};
    DailySales::Figures before{{}, figures.currency, {}, figures.aiSpendUnconverted};
    for (const DailySales::Day& day : figures.days) {
        if (day.day >= first && day.day <= last)
            inPeriod.days.append(day);
        else if (day.day >= first.addDays(-span) && day.day < first)
            before.days.append(day);
        if (day.day >= chartFirst)
            d.days.append(day);
    }
    d.current = SalesReport::sum(inPeriod);
    d.previous = SalesReport::sum(before);

    // The month's goals as they stood at the end of the period.
    const Goals::Set goals = Goals::load(db);
    d.hasGoals = !goals.isEmpty();
    const qint64 asOf = std::min(now, to - 1);
    if (d.hasGoals)
        d.goals = BusinessHealth::compute(db, goals, asOf);
    d.ai = BusinessHealth::aiPace(db, QDate(last.year(), last.month(), 1), asOf);
    d.aiCeilingMicros = goals.aiSpendMicros;

    // The agents: what ran on their own, what they proposed for a person.
    {
        QSqlQuery q = Sql::exec(db,
            u"SELECT agent, SUM(CASE WHEN status = 'auto_approved' THEN 1 ELSE 0 END), SUM(CASE WHEN status <> "
            u"'auto_approved' THEN 1 ELSE 0 END) FROM action_proposals WHERE created_at >= ? AND created_at < ? "
            u"GROUP BY agent ORDER BY agent"_s,
            {from, to});
        while (q.next())
            d.agents.append(AgentLine{q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt()});
    }
    {
        QSqlQuery q = Sql::exec(db,
            u"SELECT status, COUNT(*) FROM action_proposals WHERE decided_at >= ? AND decided_at < ? AND status IN "
            u"('approved', 'rejected') AND COALESCE(decided_by, '') <> 'risk-engine' GROUP BY status"_s,
            {from, to});
        while (q.next()) {
            if (q.value(0).toString() == u"approved")
                d.approvedByPeople = q.value(1).toInt();
            else
                d.rejectedByPeople = q.value(1).toInt();
        }
    }
    {
        QSqlQuery q = Sql::exec(db,
            u"SELECT risk_level, COUNT(*), MIN(created_at) FROM action_proposals WHERE status = 'pending' GROUP BY "
            u"risk_level ORDER BY CASE risk_level WHEN 'HIGH' THEN 0 WHEN 'MEDIUM' THEN 1 ELSE 2 END"_s);
        while (q.next()) {
            d.waitingByRisk.append({q.value(0).toString(), q.value(1).toInt()});
            d.waiting += q.value(1).toInt();
            const qint64 since = q.value(2).toLongLong();
            if (since > 0 && (d.oldestWaitingAt == 0 || since < d.oldestWaitingAt))
                d.oldestWaitingAt = since;
        }
    }

    // Failures and what healed itself.
    d.recovered = Sql::scalar(db,
        u"SELECT COUNT(*) FROM jobs WHERE state = 'done' AND (attempts > 0 OR waits > 0 OR claims > 1) AND "
        u"updated_at >= ? AND updated_at < ?"_s,
        {from, to})
                      .toInt();
    {
        QSqlQuery q = Sql::exec(db,
            u"SELECT kind, COUNT(*) FROM jobs WHERE state = 'dead' AND updated_at >= ? AND updated_at < ? GROUP BY "
            u"kind ORDER BY COUNT(*) DESC, kind"_s,
            {from, to});
        while (q.next()) {
            d.failedKinds.append({q.value(0).toString(), q.value(1).toInt()});
            d.failedForGood += q.value(1).toInt();
        }
    }
    for (const Alerts::Alert& a : Alerts::raisedAfter(db, 0))
        if (a.kind != u"test" && a.raisedAt >= from && a.raisedAt < to)
            d.alerts.append(a);
    d.alertsOpen = Sql::scalar(db,
        u"SELECT COUNT(*) FROM alerts WHERE resolved_at IS NULL AND raised_at IS NOT NULL AND kind "
        u"<> 'test'"_s)
                       .toInt();
    return d;
}

QJsonObject summary(const Data& d)
{
    const auto totals = [](const SalesReport::Totals& t) {
        return QJsonObject{{u"revenue_cents"_s, t.revenueCents}, {u"orders"_s, t.orders},
            {u"refund_cents"_s, t.refundCents}, {u"gross_profit_cents"_s, t.profitCents()},
            {u"ad_spend_cents"_s, t.adSpendCents}, {u"ai_spend_cents"_s, t.aiSpendCents},
            {u"net_cents"_s, t.netCents()}};
    };
    QJsonArray agents;
    for (const AgentLine& a : d.agents)
        agents.append(
            QJsonObject{{u"agent"_s, a.agent}, {u"on_their_own"_s, a.onTheirOwn}, {u"proposed"_s, a.proposed}});
    QJsonObject o{{u"period"_s, periodKey(d.period)}, {u"first_day"_s, d.first.toString(Qt::ISODate)},
        {u"last_day"_s, d.last.toString(Qt::ISODate)}, {u"currency"_s, d.currency}, {u"current"_s, totals(d.current)},
        {u"previous"_s, totals(d.previous)}, {u"agents"_s, agents}, {u"approved_by_people"_s, d.approvedByPeople},
        {u"rejected_by_people"_s, d.rejectedByPeople}, {u"waiting"_s, d.waiting}, {u"recovered"_s, d.recovered},
        {u"failed_for_good"_s, d.failedForGood}, {u"alerts_raised"_s, static_cast<int>(d.alerts.size())},
        {u"alerts_open"_s, d.alertsOpen}, {u"ai_month_micros"_s, d.ai.spent}};
    if (d.oldestWaitingAt > 0)
        o.insert(u"oldest_waiting_at"_s, d.oldestWaitingAt);
    if (const auto r = d.recoveryRate())
        o.insert(u"recovery_rate"_s, *r);
    if (d.aiCeilingMicros)
        o.insert(u"ai_ceiling_micros"_s, *d.aiCeilingMicros);
    if (d.hasGoals)
        o.insert(
            u"goals_on_track"_s, QJsonObject{{u"on_track"_s, d.goals.onTrack()}, {u"with_goal"_s, d.goals.withGoal()}});
    return o;
}

} // namespace ReportData
