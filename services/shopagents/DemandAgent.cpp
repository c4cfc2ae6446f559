#include "DemandAgent.h"

#include "CeoAgent.h"
#include "agents/AgentRuns.h"
#include "approvals/ApprovalDesk.h"
#include "core/Deadline.h"
#include "core/Json.h"
#include "core/Money.h"
#include "storage/Sql.h"
#include "storesync/DemandForecasts.h"
#include "storesync/Reorders.h"
#include "storesync/SalesRollup.h"
#include "storesync/StockPool.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace
{
const char* const kName = QT_TRANSLATE_NOOP("AgentNames", "Demand Forecast");
const char* const kRole = QT_TRANSLATE_NOOP(
    "AgentRoles", "Forecasts each variant's demand and proposes reorders before the stock runs out");

QString tr(const char* text)
{
    return QCoreApplication::translate("DemandAgent", text);
}

QString twoDecimals(double v)
{
    return QLocale().toString(v, 'f', 2);
}

struct Fitted
{
    QString sku;
    Forecast::Fit fit;
};

// Proposes the reorder a plan asks for; returns whether it did.
bool proposeReorder(const QSqlDatabase& db, const Fitted& f, int onHand, qint64 today, qint64 now)
{
    const auto owner = Reorders::ownerOf(db, f.sku);
    if (!owner)
        return false; // nothing names it: nobody could order it
    const auto rule = owner->productId > 0 ? Reorders::rule(db, owner->productId) : std::nullopt;
    const int lead = rule ? rule->leadDays : DemandAgent::DefaultLeadDays;
    const int cover = rule ? rule->coverDays : DemandAgent::DefaultCoverDays;
    const DemandAgent::Plan plan = DemandAgent::plan(f.fit.forecast, f.fit.rmse, onHand, lead, cover);
    if (plan.quantity <= 0 || Reorders::pending(db, f.sku, lead, now))
        return false;
    const QLocale locale;
    const QDate runsOut = QDate::fromJulianDay(today + *plan.runsOutInDays);
    const QString what = owner->label();
    const QString error = f.fit.mase ? twoDecimals(*f.fit.mase) : QString(u"—"_s);
    ApprovalDesk::Proposal p;
    p.agent = QString::fromLatin1(kName);
    p.actionType = ActionType::Reorder;
    const QString approve = QCoreApplication::translate("DemandAgent",
        "Approve it when you have placed the order with your supplier; Quorum does not order from suppliers.");
    if (onHand <= 0) {
        p.title
            = QCoreApplication::translate("DemandAgent", "Reorder %1 × %2: out of stock").arg(plan.quantity).arg(what);
        p.description
            = QCoreApplication::translate("DemandAgent", "%1 (%2) is out of stock in the stores.").arg(what, f.sku)
            + u" "_s + approve;
    } else {
        p.title = QCoreApplication::translate("DemandAgent", "Reorder %1 × %2: runs out on %3")
                      .arg(plan.quantity)
                      .arg(what, locale.toString(runsOut, QLocale::ShortFormat));
        p.description = QCoreApplication::translate("DemandAgent",
                            "At the forecast's pace %1 (%2) runs out on %3, before an order placed now would arrive.")
                            .arg(what, f.sku, locale.toString(runsOut, QLocale::LongFormat))
            + u" "_s + approve;
    }
    const QString delivery = rule
        ? QCoreApplication::translate("DemandAgent", "the product's reorder rule")
        : QCoreApplication::translate("DemandAgent", "the defaults; set a reorder rule on the product to use its own");
    p.reasoning = QCoreApplication::translate("DemandAgent",
        "%1 on hand. The forecast (%2, backtest MASE %3 over %4 days of history) sells it by %5. A delivery takes "
        "%6 days and should cover %7 days after it arrives (%8): %9 units forecast in those %10 days, plus %11 "
        "safety stock (%12 × the backtest's daily error of %13 × √%6). Order %9 + %11 − %1 on hand = %14.")
                      .arg(onHand)
                      .arg(DemandForecasts::methodName(f.fit.method), error)
                      .arg(f.fit.historyDays)
                      .arg(locale.toString(runsOut, QLocale::ShortFormat))
                      .arg(lead)
                      .arg(cover)
                      .arg(delivery, locale.toString(plan.demand, 'f', 1))
                      .arg(lead + cover)
                      .arg(plan.safety)
                      .arg(locale.toString(DemandAgent::ServiceZ, 'f', 2), twoDecimals(f.fit.rmse))
                      .arg(plan.quantity);
    DemandAgent::estimateWorth(db, f.sku, plan, onHand, p);
    p.dataSources = {QCoreApplication::translate(
                         "DemandAgent", "units sold per day, %n day(s), every store", nullptr, f.fit.historyDays),
        QCoreApplication::translate("DemandAgent", "stock on hand read from the stores")};
    p.confidence = f.fit.mase ? 1.0 / (1.0 + *f.fit.mase) : 0.5;
    p.productId = owner->productId;
    p.parameters = QJsonObject{{u"sku"_s, f.sku}, {u"variant"_s, what}, {u"on_hand"_s, onHand}, {u"lead_days"_s, lead},
        {u"cover_days"_s, cover}, {u"quantity"_s, plan.quantity}, {u"runs_out"_s, runsOut.toString(Qt::ISODate)},
        {u"forecast_units"_s, std::round(plan.demand * 10) / 10}, {u"safety"_s, plan.safety},
        {u"method"_s, DemandForecasts::methodKey(f.fit.method)},
        {u"mase"_s, f.fit.mase ? QJsonValue(*f.fit.mase) : QJsonValue()}};
    ApprovalDesk::propose(db, p, QString(), now);
    return true;
}

// Whether the store syncs that bring the orders have gone quiet for longer than a day (nullopt: no
// store syncs orders, the orders came from an export, whose age says nothing).
std::optional<qint64> lastOrdersSync(const QSqlDatabase& db)
{
    const QVariant v
        = Sql::scalar(db, u"SELECT MAX(updated_at) FROM sync_state WHERE resource = 'orders' AND last_error = ''"_s);
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}
} // namespace

void DemandAgent::estimateWorth(
    const QSqlDatabase& db, const QString& sku, const Plan& plan, int onHand, ApprovalDesk::Proposal& p)
{
    const QLocale locale;
    QSqlQuery worth = Sql::exec(db,
        u"SELECT v.price_cents, v.cost_cents, p.currency FROM product_variants v JOIN products p ON p.id = "
        u"v.product_id WHERE v.sku = ? AND v.cost_cents IS NOT NULL AND v.price_cents > 0 ORDER BY v.id LIMIT 1"_s,
        {sku});
    if (worth.next()) {
        const double served = DemandAgent::served(plan, onHand);
        const qint64 price = worth.value(0).toLongLong();
        const qint64 cost = worth.value(1).toLongLong();
        p.currency = worth.value(2).toString();
        p.estRevenueCents = std::llround(served * static_cast<double>(price));
        p.estCostCents = std::llround(served * static_cast<double>(cost));
        p.reasoning += u" "_s
            + QCoreApplication::translate("DemandAgent",
                "After it arrives it serves %1 units of the expected sales the stock on hand would not: %2 revenue at "
                "%3 each, %4 cost of goods at %5.")
                  .arg(locale.toString(served, 'f', 1), Money::format(*p.estRevenueCents, p.currency),
                      Money::format(price, p.currency), Money::format(*p.estCostCents, p.currency),
                      Money::format(cost, p.currency));
    }
}

double DemandAgent::units(const std::vector<double>& forecast, int days)
{
    double sum = 0;
    const int n = static_cast<int>(forecast.size());
    for (int d = 0; d < days && n > 0; ++d) {
        const int i = d < n ? d : n - Forecast::Season + (d - n) % Forecast::Season;
        sum += forecast[static_cast<size_t>(std::max(i, 0))];
    }
    return sum;
}

double DemandAgent::served(const Plan& plan, int onHand)
{
    // The order arrives after the delivery time: what sells before then is served by the stock on hand
    // or lost, whatever is ordered. After it, the cover's sales are served by the order, less what the
    // stock on hand still has left then.
    const double before = std::max(plan.duringLead, static_cast<double>(std::max(onHand, 0)));
    return std::clamp(plan.demand - before, 0.0, static_cast<double>(std::max(plan.quantity, 0)));
}

DemandAgent::Plan DemandAgent::plan(
    const std::vector<double>& forecast, double rmse, int onHand, int leadDays, int coverDays)
{
    Plan p;
    double sold = 0;
    for (size_t d = 0; d < forecast.size(); ++d) {
        if (onHand <= 0 || sold + forecast[d] > onHand) {
            p.runsOutInDays = static_cast<int>(d);
            break;
        }
        sold += forecast[d];
    }
    p.demand = units(forecast, leadDays + coverDays);
    p.safety = static_cast<int>(std::ceil(ServiceZ * rmse * std::sqrt(static_cast<double>(std::max(leadDays, 0)))));
    p.duringLead = units(forecast, std::max(leadDays, 1));
    if (p.runsOutInDays && *p.runsOutInDays <= leadDays + ReviewDays && p.duringLead >= MinUnitsInLead)
        p.quantity = std::max(1, static_cast<int>(std::ceil(p.demand)) + p.safety - std::max(onHand, 0));
    return p;
}

QHash<QString, std::vector<double>> DemandAgent::series(const QSqlDatabase& db, qint64 today)
{
    const qint64 from = today - WindowDays;
    QHash<QString, qint64> first;
    {
        QSqlQuery q = Sql::exec(db,
            u"SELECT k.sku, MIN(d.day) FROM sales_lines_daily d JOIN sales_keys k ON k.id = d.key_id WHERE k.sku <> "
            u"'' AND d.units > 0 GROUP BY k.sku"_s);
        while (q.next())
            first.insert(q.value(0).toString(), std::max(from, q.value(1).toLongLong()));
    }
    QHash<QString, std::vector<double>> out;
    QSqlQuery q = Sql::exec(db,
        u"SELECT k.sku, d.day, SUM(d.units) FROM sales_lines_daily d JOIN sales_keys k ON k.id = d.key_id WHERE "
        u"k.sku <> '' AND d.day >= ? AND d.day < ? GROUP BY k.sku, d.day"_s,
        {from, today});
    while (q.next()) {
        const QString sku = q.value(0).toString();
        const qint64 start = first.value(sku, from);
        auto it = out.find(sku);
        if (it == out.end())
            it = out.insert(sku, std::vector<double>(static_cast<size_t>(std::max<qint64>(today - start, 0)), 0.0));
        const qint64 i = q.value(1).toLongLong() - start;
        if (i >= 0 && i < static_cast<qint64>(it->size()))
            (*it)[static_cast<size_t>(i)] += q.value(2).toDouble();
    }
    return out;
}

std::optional<QString> DemandAgent::staleOrders(const QSqlDatabase& db, qint64 now)
{
    const auto synced = lastOrdersSync(db);
    if (!synced || now - *synced <= StaleAfterMs)
        return std::nullopt;
    const int days = static_cast<int>((now - *synced) / StaleAfterMs);
    return QCoreApplication::translate("DemandAgent", "The orders were last synced %n day(s) ago.", nullptr, days);
}

Agent::Spec DemandAgent::spec() const
{
    Spec s;
    s.name = QString::fromLatin1(kName);
    s.cluster = u"product"_s;
    s.role = QString::fromLatin1(kRole);
    s.reads = {u"orders"_s, u"stock"_s, u"reorder_rules"_s};
    s.proposes = {u"reorder"_s};
    s.intervalMs = 24 * 3'600'000LL;
    return s;
}

Agent::Outcome DemandAgent::run(const QSqlDatabase& db, qint64 now) const
{
    if (!Sql::scalar(db, u"SELECT EXISTS (SELECT 1 FROM sales_lines_daily)"_s).toBool())
        return Outcome::needs(tr("Needs orders: connect a store (Settings → Connections) or import an orders export."));
    if (const auto stale = staleOrders(db, now))
        return Outcome::needs(*stale + u" "_s + tr("Sync the stores, then it forecasts."));
    const qint64 today = SalesRollup::localDay(now);
    const QHash<QString, std::vector<double>> all = series(db, today);
    QList<Fitted> fitted;
    int longest = 0;
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        Deadline::check(); // fitting is the long part of the run, with no query between the variants
        longest = std::max(longest, static_cast<int>(it->size()));
        if (auto f = Forecast::fit(*it, HorizonDays))
            fitted.append({it.key(), std::move(*f)});
    }
    if (fitted.isEmpty()) {
        const int need = Forecast::MinHistoryDays;
        return Outcome::needs(QCoreApplication::translate("DemandAgent",
            "Needs %1 days of sales of a variant to fit and backtest a forecast; the longest history is %n day(s).",
            nullptr, longest)
                                  .arg(need));
    }
    // The forecasts are replaced as a whole: a SKU that no longer sells keeps no old forecast.
    Sql::exec(db, u"DELETE FROM demand_forecasts"_s);
    Sql::Prepared insert(db,
        u"INSERT INTO demand_forecasts (sku, product_id, method, alpha, beta, gamma, history_from, history_days, adi, "
        u"mase, rmse, forecast, fitted_at) VALUES (?, (SELECT product_id FROM product_variants WHERE sku = ? UNION "
        u"ALL SELECT id FROM products WHERE sku = ? LIMIT 1), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    std::vector<double> errors;
    for (const Fitted& f : fitted) {
        QJsonArray forecast;
        for (const double v : f.fit.forecast)
            forecast.append(std::round(v * 1000) / 1000);
        insert.exec({f.sku, f.sku, f.sku, DemandForecasts::methodKey(f.fit.method), f.fit.params.alpha,
            f.fit.params.beta, f.fit.params.gamma, today - f.fit.historyDays, f.fit.historyDays, f.fit.adi,
            f.fit.mase ? QVariant(*f.fit.mase) : QVariant(), f.fit.rmse, Json::compact(forecast), now});
        if (f.fit.mase)
            errors.push_back(*f.fit.mase);
    }
    const QHash<QString, int> onHand = StockPool::onHand(db);
    int reorders = 0;
    for (const Fitted& f : fitted) {
        const auto it = onHand.constFind(f.sku);
        if (it != onHand.cend() && proposeReorder(db, f, it.value(), today, now))
            ++reorders;
    }
    // New forecasts change the stock cover the CEO measures: it looks again (unless paused or about to).
    AgentRuns::queueAfterChange(db, QString::fromLatin1(CeoAgent::Name), now);
    const int count = static_cast<int>(fitted.size());
    QString note = QCoreApplication::translate("DemandAgent", "Forecast %n variant(s)", nullptr, count);
    if (!errors.empty()) {
        std::nth_element(errors.begin(), errors.begin() + static_cast<qsizetype>(errors.size() / 2), errors.end());
        note += u" "_s + tr("(median backtest MASE %1)").arg(twoDecimals(errors[errors.size() / 2]));
    }
    if (const int shortOnes = static_cast<int>(all.size()) - count; shortOnes > 0)
        note += u"; "_s
            + QCoreApplication::translate(
                "DemandAgent", "%n with less than 8 weeks of sales not yet forecast", nullptr, shortOnes);
    note += u"; "_s + QCoreApplication::translate("DemandAgent", "proposed %n reorder(s).", nullptr, reorders);
    if (onHand.isEmpty())
        note += u" "_s + tr("No stock levels yet: reorders need a store sync of the stock.");
    return Outcome::done(note, reorders);
}
