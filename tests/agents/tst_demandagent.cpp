#include "TestWorkspace.h"
#include "agents/AgentRuns.h"
#include "approvals/ApprovalDesk.h"
#include "approvals/ApprovalRules.h"
#include "core/Money.h"
#include "shopagents/CeoAgent.h"
#include "shopagents/DemandAgent.h"
#include "shopagents/ShopAgents.h"
#include "shopagents/StockOrders.h"
#include "storage/Sql.h"
#include "storesync/DemandForecasts.h"
#include "storesync/Reorders.h"
#include "storesync/SalesRollup.h"

#include <QDate>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

// Demand Forecast on a workspace's sales rollup: what it needs before it forecasts, the forecasts it
// stores, and its reorder proposals, whose numbers are recomputed here from the rows they came from.
class TestDemandAgent : public QObject
{
    Q_OBJECT

    static constexpr qint64 kDay = 24LL * 3'600'000;

    struct Shop
    {
        qint64 product = 0;
        qint64 connection = 0;
        QHash<QString, std::vector<double>> sold; // per SKU, units per day ending yesterday
    };

    static qint64 key(const QSqlDatabase& db, qint64 connection, const QString& sku)
    {
        return Sql::insert(db,
            u"INSERT INTO sales_keys (connection, product_remote_id, variant_remote_id, sku, shop_currency, name) "
            u"VALUES (?, 'p1', ?, ?, 'EUR', 'Linen shirt')"_s,
            {connection, sku, sku});
    }

    // A shirt in two sizes, sold in one store for `days` days up to yesterday: M sells every day in a
    // weekly rhythm, L now and then.
    static Shop shop(TestWorkspace& tw, int days)
    {
        const QSqlDatabase db = tw.db();
        Shop s;
        s.connection = Sql::insert(db,
            u"INSERT INTO connections (kind, name, url, created_at, updated_at) VALUES ('woocommerce', 'Shop', "
            u"'https://shop.example', 0, 0)"_s);
        s.product = Sql::insert(db,
            u"INSERT INTO products (name, price_cents, created_at, updated_at) VALUES ('Linen shirt', 4900, 0, 0)"_s);
        Sql::exec(db,
            u"INSERT INTO product_variants (product_id, position, sku, options, price_cents) VALUES (?, 0, 'SH-M', "
            u"'[\"M\"]', 4900), (?, 1, 'SH-L', '[\"L\"]', 4900)"_s,
            {s.product, s.product});
        const qint64 today = SalesRollup::localDay(tw.clock().nowMs());
        const qint64 m = key(db, s.connection, u"SH-M"_s);
        const qint64 l = key(db, s.connection, u"SH-L"_s);
        const int week[7] = {2, 3, 3, 4, 6, 7, 3};
        std::vector<double>& sm = s.sold[u"SH-M"_s];
        std::vector<double>& sl = s.sold[u"SH-L"_s];
        for (int i = 0; i < days; ++i) {
            const qint64 day = today - days + i;
            const int units = week[day % 7] + (i % 3 == 0 ? 1 : 0);
            sm.push_back(units);
            Sql::exec(db,
                u"INSERT INTO sales_lines_daily (day, key_id, units, net_micro, refund_micro) VALUES (?, ?, ?, 0, 0)"_s,
                {day, m, units});
            const int large = i % 6 == 1 ? 2 : 0;
            sl.push_back(large);
            if (large > 0)
                Sql::exec(db,
                    u"INSERT INTO sales_lines_daily (day, key_id, units, net_micro, refund_micro) VALUES (?, ?, ?, 0, "
                    u"0)"_s,
                    {day, l, large});
        }
        // L's first sale is its second day: its series starts there.
        sl.erase(sl.begin());
        Sql::exec(db, u"INSERT INTO sync_state (connection_id, resource, updated_at) VALUES (?, 'orders', ?)"_s,
            {s.connection, tw.clock().nowMs() - 3'600'000});
        return s;
    }

private slots:
    void saysWhatItNeeds()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        DemandAgent agent;
        const qint64 now = tw.clock().nowMs();
        Agent::Outcome o = agent.run(db, now);
        QVERIFY(o.needsData);
        QVERIFY2(o.note.contains(u"orders"_s), qPrintable(o.note));

        shop(tw, 30); // four weeks: too short to fit and backtest
        o = agent.run(db, now);
        QVERIFY(o.needsData);
        QVERIFY2(o.note.contains(u"56"_s) && o.note.contains(u" 30 day"_s), qPrintable(o.note));
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM demand_forecasts"_s), 0);

        // A sync that stopped two days ago: the orders are stale.
        Sql::exec(db, u"UPDATE sync_state SET updated_at = ?"_s, {now - 2 * kDay - 60'000});
        o = agent.run(db, now);
        QVERIFY(o.needsData);
        QVERIFY2(o.note.contains(u" 2 day"_s), qPrintable(o.note));
    }

    void forecastsEachSkuAndProposesTheReorderItsNumbersSay()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        ApprovalRules::ensureDefaults(db, 0);
        const qint64 now = tw.clock().nowMs();
        const Shop s = shop(tw, 120);
        // M has 30 on hand (about a week and a half of sales); L has plenty.
        Sql::exec(
            db, u"INSERT INTO stock_pool (sku, available, updated_at) VALUES ('SH-M', 30, 0), ('SH-L', 400, 0)"_s);

        QVERIFY(AgentRuns::install(db, *ShopAgents::roster(), now));
        DemandAgent agent;
        const Agent::Outcome o = agent.run(db, now);
        QVERIFY2(!o.needsData, qPrintable(o.note));
        QCOMPARE(o.proposals, 1);
        // The CEO is asked to look again: the stock cover it measures comes from these forecasts.
        QCOMPARE(
            tw.count(u"SELECT COUNT(*) FROM jobs WHERE kind = 'agent.run' AND agent = 'CEO' AND state = 'queued'"_s),
            1);
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM demand_forecasts WHERE product_id = ?"_s, {s.product}), 2);
        QCOMPARE(tw.count(u"SELECT history_days FROM demand_forecasts WHERE sku = 'SH-M'"_s), 120);
        QCOMPARE(tw.count(u"SELECT history_days FROM demand_forecasts WHERE sku = 'SH-L'"_s), 119);

        // The proposal's numbers, recomputed from the rows: the series, the fit, the plan.
        const auto fitM = Forecast::fit(s.sold.value(u"SH-M"_s), DemandAgent::HorizonDays);
        QVERIFY(fitM);
        QCOMPARE(fitM->method, Forecast::Method::HoltWinters);
        const auto fitL = Forecast::fit(s.sold.value(u"SH-L"_s), DemandAgent::HorizonDays);
        QVERIFY(fitL);
        QCOMPARE(fitL->method, Forecast::Method::Croston);
        const DemandAgent::Plan plan = DemandAgent::plan(
            fitM->forecast, fitM->rmse, 30, DemandAgent::DefaultLeadDays, DemandAgent::DefaultCoverDays);
        QVERIFY(plan.quantity > 0);
        const qint64 id = tw.count(u"SELECT id FROM action_proposals WHERE action_type = 'reorder'"_s);
        const auto p = ApprovalDesk::load(db, id);
        QVERIFY(p);
        QCOMPARE(p->status, u"pending"_s);
        QCOMPARE(p->agent, u"Demand Forecast"_s);
        QCOMPARE(p->productId, s.product);
        QCOMPARE(p->parameters.value(u"sku"_s).toString(), u"SH-M"_s);
        QCOMPARE(p->parameters.value(u"variant"_s).toString(), u"Linen shirt — M"_s);
        QCOMPARE(p->parameters.value(u"on_hand"_s).toInt(), 30);
        QCOMPARE(p->parameters.value(u"lead_days"_s).toInt(), DemandAgent::DefaultLeadDays);
        QCOMPARE(p->parameters.value(u"quantity"_s).toInt(), plan.quantity);
        QCOMPARE(p->parameters.value(u"safety"_s).toInt(), plan.safety);
        QCOMPARE(p->parameters.value(u"forecast_units"_s).toDouble(), std::round(plan.demand * 10) / 10);
        const QDate runsOut = QDate::fromJulianDay(SalesRollup::localDay(now) + *plan.runsOutInDays);
        QCOMPARE(p->parameters.value(u"runs_out"_s).toString(), runsOut.toString(Qt::ISODate));
        QCOMPARE(p->parameters.value(u"mase"_s).toDouble(), *fitM->mase);
        QCOMPARE(p->confidence, 1.0 / (1.0 + *fitM->mase));
        QVERIFY2(p->reasoning.contains(QString::number(plan.quantity)), qPrintable(p->reasoning));
        // The variant has no cost: what the order is worth is not estimated (the CEO does not rank it).
        QVERIFY(!p->estRevenueCents && !p->estCostCents);
        // The stored forecast is the recomputed one.
        const QString stored
            = Sql::scalar(db, u"SELECT forecast FROM demand_forecasts WHERE sku = 'SH-M'"_s).toString();
        QVERIFY(stored.startsWith(u"[%1,"_s.arg(std::round(fitM->forecast[0] * 1000) / 1000)));

        // The next day's run forecasts again but proposes nothing twice: the reorder waits for a person.
        tw.clock().advance(kDay);
        Sql::exec(db, u"UPDATE sync_state SET updated_at = ?"_s, {tw.clock().nowMs()});
        QCOMPARE(agent.run(db, tw.clock().nowMs()).proposals, 0);
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM action_proposals WHERE action_type = 'reorder'"_s), 1);

        // The product's reorder rule sets the delivery time and cover the plan uses.
        Sql::exec(db, u"UPDATE action_proposals SET status = 'rejected'"_s);
        Reorders::save(db, {s.product, 0, 5, 10}, now);
        QCOMPARE(agent.run(db, tw.clock().nowMs()).proposals, 1);
        const auto ruled = ApprovalDesk::load(
            db, tw.count(u"SELECT id FROM action_proposals WHERE action_type = 'reorder' AND status = 'pending'"_s));
        QVERIFY(ruled);
        QCOMPARE(ruled->parameters.value(u"lead_days"_s).toInt(), 5);
        QCOMPARE(ruled->parameters.value(u"cover_days"_s).toInt(), 10);

        // With the variant's cost known, the order is worth the gross profit on the forecast sales it
        // serves after it arrives: revenue at 49.00 and cost of goods at 20.00 a unit (served() is
        // checked on its own below; here, that the proposal carries it).
        Sql::exec(db, u"UPDATE action_proposals SET status = 'rejected'"_s);
        Sql::exec(db, u"UPDATE product_variants SET cost_cents = 2000 WHERE sku = 'SH-M'"_s);
        QCOMPARE(agent.run(db, tw.clock().nowMs()).proposals, 1);
        const auto worth = ApprovalDesk::load(
            db, tw.count(u"SELECT id FROM action_proposals WHERE action_type = 'reorder' AND status = 'pending'"_s));
        QVERIFY(worth && worth->estRevenueCents && worth->estCostCents);
        const double demand = worth->parameters.value(u"forecast_units"_s).toDouble(); // to a tenth
        const double served = static_cast<double>(*worth->estRevenueCents) / 4900;
        QVERIFY2(served > 0 && served <= demand - 30 + 0.05, qPrintable(QString::number(served)));
        QVERIFY(served <= worth->parameters.value(u"quantity"_s).toDouble());
        QVERIFY(std::abs(*worth->estCostCents - std::llround(served * 2000)) <= 1);
        QCOMPARE(worth->currency, u"EUR"_s);
        QVERIFY2(
            worth->reasoning.contains(Money::format(*worth->estRevenueCents, u"EUR"_s)), qPrintable(worth->reasoning));
    }

    // What an order serves: the cover's demand after it arrives, beyond what the stock on hand still has.
    void anOrderServesTheSalesAfterItArrives()
    {
        DemandAgent::Plan p;
        p.demand = 40;     // over the delivery time and the cover
        p.duringLead = 10; // over the delivery time
        p.quantity = 45;
        QCOMPARE(DemandAgent::served(p, 0), 30.0);  // out of stock: the delivery time's 10 are lost anyway
        QCOMPARE(DemandAgent::served(p, 4), 30.0);  // 4 on hand sell before it arrives
        QCOMPARE(DemandAgent::served(p, 16), 24.0); // 6 are left when it arrives
        QCOMPARE(DemandAgent::served(p, 50), 0.0);  // the stock covers it all
        p.quantity = 20;
        QCOMPARE(DemandAgent::served(p, 0), 20.0); // at most the order
    }

    void aSkuOnlyTheStoreKnowsIsNamedAsItsOrderLinesNameIt()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        ApprovalRules::ensureDefaults(db, 0);
        const Shop s = shop(tw, 90);
        // The store's products were never imported: no product of Quorum's has these SKUs.
        Sql::exec(db, u"DELETE FROM products"_s);
        // One store, two locations: 3 + 2 on hand (no shared stock: only one store sells it).
        Sql::exec(db,
            u"INSERT INTO inventory_levels (connection_id, variant_remote_id, location_id, sku, available, updated_at) "
            u"VALUES (?, 'v-m', 'a', 'SH-M', 3, 0), (?, 'v-m', 'b', 'SH-M', 2, 0)"_s,
            {s.connection, s.connection});
        DemandAgent agent;
        QCOMPARE(agent.run(db, tw.clock().nowMs()).proposals, 1);
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM demand_forecasts WHERE product_id IS NULL"_s), 2);
        const auto p = ApprovalDesk::load(db, tw.count(u"SELECT id FROM action_proposals"_s));
        QVERIFY(p);
        QCOMPARE(p->productId, 0);
        QCOMPARE(p->parameters.value(u"variant"_s).toString(), u"Linen shirt"_s);
        QCOMPARE(p->parameters.value(u"lead_days"_s).toInt(), DemandAgent::DefaultLeadDays);
        QCOMPARE(p->parameters.value(u"on_hand"_s).toInt(), 5);
    }

    void theProductDetailReadsTheSumOfItsSkus()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        const Shop s = shop(tw, 100);
        QVERIFY(!DemandForecasts::forProduct(db, s.product));
        DemandAgent agent;
        QVERIFY(!agent.run(db, tw.clock().nowMs()).needsData);
        const auto f = DemandForecasts::forProduct(db, s.product);
        QVERIFY(f);
        QCOMPARE(f->skus.size(), 2);
        QCOMPARE(f->history.size(), size_t(84));
        QCOMPARE(f->firstDay, SalesRollup::localDay(tw.clock().nowMs()) - 84);
        // Yesterday's units: M's and L's together.
        QCOMPARE(f->history.back(), s.sold.value(u"SH-M"_s).back() + s.sold.value(u"SH-L"_s).back());
        const auto fitM = Forecast::fit(s.sold.value(u"SH-M"_s), DemandAgent::HorizonDays);
        const auto fitL = Forecast::fit(s.sold.value(u"SH-L"_s), DemandAgent::HorizonDays);
        QVERIFY(std::abs(f->forecast[0] - (fitM->forecast[0] + fitL->forecast[0])) < 0.002);
        QVERIFY(f->skus.at(0).mase || f->skus.at(1).mase);
    }

    // A product too new for a forecast that sells out before it has one: the CEO proposes the stock order
    // from its pace, with numbers recomputed here; not for a SKU the Demand Forecast plans, not twice.
    void aProductTooNewForAForecastGetsTheCeosStockOrder()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        ApprovalRules::ensureDefaults(db, 0);
        const qint64 now = tw.clock().nowMs();
        const Shop s = shop(tw, 20); // under the 56 days a forecast needs
        Sql::exec(
            db, u"INSERT INTO stock_pool (sku, available, updated_at) VALUES ('SH-M', 30, 0), ('SH-L', 400, 0)"_s);
        Sql::exec(db, u"UPDATE product_variants SET cost_cents = 2000 WHERE sku = 'SH-M'"_s);
        QVERIFY(DemandAgent().run(db, now).needsData);

        const Agent::Outcome o = CeoAgent().run(db, now);
        QVERIFY2(o.note.contains(u"stock order"_s), qPrintable(o.note));
        QSqlQuery q = Sql::exec(
            db, u"SELECT id FROM action_proposals WHERE action_type = 'reorder' AND agent = 'CEO' ORDER BY id"_s);
        QVERIFY(q.next());
        const auto p = ApprovalDesk::load(db, q.value(0).toLongLong());
        QVERIFY(!q.next()); // L has plenty
        QVERIFY(p);
        QCOMPARE(p->status, u"pending"_s);
        QCOMPARE(p->productId, s.product);
        // Recomputed: the last 14 days' units per day, their mean and sample spread, the Demand Forecast's plan.
        const std::vector<double>& sold = s.sold.value(u"SH-M"_s);
        const std::vector<double> days(sold.end() - StockOrders::PaceDays, sold.end());
        double sum = 0;
        for (const double d : days)
            sum += d;
        const double pace = sum / static_cast<double>(days.size());
        double spread = 0;
        for (const double d : days)
            spread += (d - pace) * (d - pace);
        spread = std::sqrt(spread / static_cast<double>(days.size() - 1));
        const DemandAgent::Plan plan
            = DemandAgent::plan(std::vector<double>(DemandAgent::HorizonDays, pace), spread, 30, 14, 30);
        QVERIFY(plan.quantity > 0);
        QCOMPARE(p->parameters.value(u"quantity"_s).toInt(), plan.quantity);
        QCOMPARE(p->parameters.value(u"on_hand"_s).toInt(), 30);
        QCOMPARE(p->parameters.value(u"pace_days"_s).toInt(), StockOrders::PaceDays);
        QCOMPARE(p->parameters.value(u"pace"_s).toDouble(), std::round(pace * 100) / 100);
        const qint64 today = SalesRollup::localDay(now);
        QCOMPARE(p->parameters.value(u"runs_out"_s).toString(),
            QDate::fromJulianDay(today + *plan.runsOutInDays).toString(Qt::ISODate));
        const double served = DemandAgent::served(plan, 30);
        QCOMPARE(p->estRevenueCents.value_or(-1), std::llround(served * 4900));
        QCOMPARE(p->estCostCents.value_or(-1), std::llround(served * 2000));
        QCOMPARE(p->confidence, StockOrders::PaceConfidence);
        QCOMPARE(p->alternatives.size(), 2);
        QVERIFY2(p->reasoning.contains(u"30 on hand"_s), qPrintable(p->reasoning));
        // Not again while it waits.
        QCOMPARE(StockOrders::propose(db, u"CEO"_s, now + 60'000), 0);
        // With a forecast for the SKU the Demand Forecast plans it, not the CEO.
        Sql::exec(db, u"DELETE FROM action_proposals"_s);
        Sql::exec(db,
            u"INSERT INTO demand_forecasts (sku, product_id, method, alpha, beta, gamma, history_from, history_days, "
            u"adi, "
            u"rmse, forecast, fitted_at) "
            u"VALUES ('SH-M', ?, 'holt_winters', 0.3, 0.1, 0.1, 0, 60, 1, 1, '[]', 0)"_s,
            {s.product});
        QCOMPARE(StockOrders::propose(db, u"CEO"_s, now), 0);
    }

    // A SKU with the history for a forecast is the Demand Forecast's, also before its first run (or while it
    // is paused or failing): the CEO does not plan it from a pace.
    void aSkuOldEnoughForAForecastIsNotTheCeos()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        ApprovalRules::ensureDefaults(db, 0);
        shop(tw, 120);
        Sql::exec(
            db, u"INSERT INTO stock_pool (sku, available, updated_at) VALUES ('SH-M', 30, 0), ('SH-L', 400, 0)"_s);
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM demand_forecasts"_s), 0);
        QCOMPARE(StockOrders::propose(db, u"CEO"_s, tw.clock().nowMs()), 0);
        // Out of stock, a young SKU's order says so in its title.
        TestWorkspace young;
        ApprovalRules::ensureDefaults(young.db(), 0);
        shop(young, 20);
        Sql::exec(young.db(), u"INSERT INTO stock_pool (sku, available, updated_at) VALUES ('SH-M', 0, 0)"_s);
        QCOMPARE(StockOrders::propose(young.db(), u"CEO"_s, young.clock().nowMs()), 1);
        const QString title = Sql::scalar(young.db(), u"SELECT title FROM action_proposals"_s).toString();
        QVERIFY2(title.endsWith(u": out of stock"_s), qPrintable(title));
    }
};

QTEST_GUILESS_MAIN(TestDemandAgent)
#include "tst_demandagent.moc"
