#include "StockOrders.h"

#include "DemandAgent.h"
#include "approvals/ApprovalDesk.h"
#include "storage/Sql.h"
#include "storesync/Reorders.h"
#include "storesync/SalesRollup.h"
#include "storesync/StockPool.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QLocale>

#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace StockOrders
{

namespace
{
struct Young
{
    QString sku;
    qint64 firstDay = 0;
    std::vector<double> days; // units per day over the pace's days, oldest first
};

// SKUs with no stored forecast that sold in the pace's window, with their units per day in it.
QList<Young> unforecast(const QSqlDatabase& db, qint64 today)
{
    QHash<QString, qint64> first;
    {
        QSqlQuery q = Sql::exec(db,
            u"SELECT k.sku, MIN(d.day) FROM sales_lines_daily d JOIN sales_keys k ON k.id = d.key_id WHERE k.sku <> '' "
            u"AND d.units > 0 AND k.sku NOT IN (SELECT sku FROM demand_forecasts) GROUP BY k.sku HAVING MAX(d.day) >= "
            u"? AND MIN(d.day) <= ? AND MIN(d.day) > ?"_s,
            {today - PaceDays, today - MinSalesDays, today - Forecast::MinHistoryDays});
        while (q.next())
            first.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    QHash<QString, Young> out;
    for (auto it = first.cbegin(); it != first.cend(); ++it) {
        const qint64 from = std::max(it.value(), today - PaceDays);
        out.insert(it.key(), Young{it.key(), it.value(), std::vector<double>(static_cast<size_t>(today - from), 0.0)});
    }
    QSqlQuery q = Sql::exec(db,
        u"SELECT k.sku, d.day, SUM(d.units) FROM sales_lines_daily d JOIN sales_keys k ON k.id = d.key_id WHERE d.day "
        u">= ? AND d.day < ? AND k.sku <> '' GROUP BY k.sku, d.day"_s,
        {today - PaceDays, today});
    while (q.next()) {
        const auto it = out.find(q.value(0).toString());
        if (it == out.end())
            continue;
        const qint64 i = q.value(1).toLongLong() - (today - static_cast<qint64>(it->days.size()));
        if (i >= 0 && i < static_cast<qint64>(it->days.size()))
            it->days[static_cast<size_t>(i)] += q.value(2).toDouble();
    }
    return out.values();
}
} // namespace

int propose(const QSqlDatabase& db, const QString& agent, qint64 now)
{
    if (DemandAgent::staleOrders(db, now))
        return 0;
    const qint64 today = SalesRollup::localDay(now);
    const QList<Young> young = unforecast(db, today);
    if (young.isEmpty())
        return 0;
    const QHash<QString, int> stock = StockPool::onHand(db);
    const QLocale locale;
    int proposed = 0;
    for (const Young& y : young) {
        const auto onHand = stock.constFind(y.sku);
        if (onHand == stock.cend() || y.days.empty())
            continue;
        const auto owner = Reorders::ownerOf(db, y.sku);
        if (!owner)
            continue;
        double sum = 0;
        for (const double d : y.days)
            sum += d;
        const double n = static_cast<double>(y.days.size());
        const double pace = sum / n;
        double spread = 0;
        for (const double d : y.days)
            spread += (d - pace) * (d - pace);
        spread = y.days.size() > 1 ? std::sqrt(spread / (n - 1)) : 0.0;
        const auto rule = owner->productId > 0 ? Reorders::rule(db, owner->productId) : std::nullopt;
        const int lead = rule ? rule->leadDays : DemandAgent::DefaultLeadDays;
        const int cover = rule ? rule->coverDays : DemandAgent::DefaultCoverDays;
        const DemandAgent::Plan plan = DemandAgent::plan(
            std::vector<double>(DemandAgent::HorizonDays, pace), spread, onHand.value(), lead, cover);
        if (plan.quantity <= 0 || Reorders::pending(db, y.sku, lead, now))
            continue;
        const QDate runsOut = QDate::fromJulianDay(today + *plan.runsOutInDays);
        const int sold = static_cast<int>(today - y.firstDay);
        const int paceDays = static_cast<int>(y.days.size());
        const int forecastNeeds = Forecast::MinHistoryDays;
        ApprovalDesk::Proposal p;
        p.agent = agent;
        p.actionType = ActionType::Reorder;
        p.productId = owner->productId;
        p.title = onHand.value() <= 0
            ? QCoreApplication::translate("StockOrders", "Stock order %1 × %2: out of stock")
                  .arg(plan.quantity)
                  .arg(owner->label())
            : QCoreApplication::translate("StockOrders", "Stock order %1 × %2: sells out on %3")
                  .arg(plan.quantity)
                  .arg(owner->label(), locale.toString(runsOut, QLocale::ShortFormat));
        p.description = QCoreApplication::translate("StockOrders",
            "%1 (%2) has sold for %n day(s), too few for the Demand Forecast, and at its pace it sells out on %3, "
            "before an order placed now would arrive. Approve it when you have placed the order with your supplier; "
            "Quorum does not order from suppliers.",
            nullptr, sold)
                            .arg(owner->label(), y.sku, locale.toString(runsOut, QLocale::LongFormat));
        p.reasoning = QCoreApplication::translate("StockOrders",
            "%1 on hand. Over the last %n day(s) it sold %2 units, %3 a day (spread %4 a day). A delivery takes %5 "
            "days and should cover %6 days after it arrives: %7 units at this pace, plus %8 safety stock (%9 × %4 × "
            "√%5). Order %7 + %8 − %1 on hand = %10.",
            nullptr, paceDays)
                          .arg(onHand.value())
                          .arg(locale.toString(sum, 'f', 0), locale.toString(pace, 'f', 2),
                              locale.toString(spread, 'f', 2))
                          .arg(lead)
                          .arg(cover)
                          .arg(locale.toString(plan.demand, 'f', 1))
                          .arg(plan.safety)
                          .arg(locale.toString(DemandAgent::ServiceZ, 'f', 2))
                          .arg(plan.quantity);
        DemandAgent::estimateWorth(db, y.sku, plan, onHand.value(), p);
        p.dataSources = {QCoreApplication::translate(
                             "StockOrders", "units sold per day, last %n day(s), every store", nullptr, paceDays),
            QCoreApplication::translate("StockOrders", "stock on hand read from the stores")};
        p.confidence = PaceConfidence;
        p.riskFactors = {QCoreApplication::translate(
            "StockOrders", "A pace of a few days, not a backtested forecast: a launch's first days may not last.")};
        p.alternatives = QJsonArray{
            QJsonObject{
                {u"description"_s,
                    QCoreApplication::translate("StockOrders", "Order half now, and the rest when it sells on")},
                {u"pros"_s,
                    QJsonArray{QCoreApplication::translate("StockOrders", "less stock at risk if the pace drops")}},
                {u"cons"_s, QJsonArray{QCoreApplication::translate("StockOrders", "a second delivery to pay for")}}},
            QJsonObject{{u"description"_s,
                            QCoreApplication::translate("StockOrders",
                                "Wait for the Demand Forecast (%n day(s) of sales)", nullptr, forecastNeeds)},
                {u"pros"_s, QJsonArray{QCoreApplication::translate("StockOrders", "a backtested forecast")}},
                {u"cons"_s, QJsonArray{QCoreApplication::translate("StockOrders", "it sells out before then")}}}};
        p.parameters = QJsonObject{{u"sku"_s, y.sku}, {u"variant"_s, owner->label()}, {u"on_hand"_s, onHand.value()},
            {u"lead_days"_s, lead}, {u"cover_days"_s, cover}, {u"quantity"_s, plan.quantity},
            {u"runs_out"_s, runsOut.toString(Qt::ISODate)}, {u"forecast_units"_s, std::round(plan.demand * 10) / 10},
            {u"safety"_s, plan.safety}, {u"method"_s, u"pace"_s}, {u"pace_days"_s, paceDays},
            {u"pace"_s, std::round(pace * 100) / 100}};
        ApprovalDesk::propose(db, p, QString(), now);
        ++proposed;
    }
    return proposed;
}

} // namespace StockOrders
