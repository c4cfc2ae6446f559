#include "CashWeeksModel.h"
#include "SalesReportModels.h"
#include "TestWorkspace.h"
#include "campaigns/DailySales.h"
#include "campaigns/SalesReport.h"
#include "core/Money.h"
#include "publishing/Connections.h"
#include "shopagents/FinanceAlerts.h"
#include "shopagents/FinanceWatch.h"
#include "shopagents/Goals.h"
#include "storage/Settings.h"
#include "storage/Sql.h"
#include "storesync/SalesRollup.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

// Finance Watch on shops whose figures are worked out here by hand: a revenue drop and the products
// behind it, an ad account pacing over its budgets, AI spend near its ceiling, what it cannot judge,
// and the profit and loss after ads and AI. The test workspace's clock stands at 2026-11-20 12:00.
class TestFinanceWatch : public QObject
{
    Q_OBJECT

    static qint64 at(int novemberDay, int hour = 10)
    {
        return QDateTime(QDate(2026, 11, 1).addDays(novemberDay - 1), QTime(hour, 0)).toMSecsSinceEpoch();
    }

    struct Shop
    {
        qint64 connection = 0;
        int orders = 0;
        void sell(const QSqlDatabase& db, const QString& sku, qint64 cents, qint64 when)
        {
            const qint64 order = Sql::insert(db,
                u"INSERT INTO orders (connection_id, source, remote_id, number, paid, currency, total_cents, "
                u"shop_currency, shop_total_cents, created_at, updated_at, synced_at) VALUES (?, 'woocommerce', ?, ?, "
                u"1, 'EUR', ?, 'EUR', ?, ?, ?, ?)"_s,
                {connection, QString::number(++orders), QString::number(orders), cents, cents, when, when, when});
            Sql::exec(db,
                u"INSERT INTO order_lines (order_id, sku, name, quantity, unit_price_cents, total_cents) VALUES (?, ?, "
                u"?, 1, ?, ?)"_s,
                {order, sku, sku, cents, cents});
        }
    };

    // A store with two products: Apron (€50, cost €20) and Basket (€40, cost €30).
    static Shop store(const QSqlDatabase& db)
    {
        Shop s;
        s.connection = Sql::insert(db,
            u"INSERT INTO connections (kind, name, url, created_at, updated_at) VALUES ('woocommerce', 'Shop', "
            u"'https://shop.example', 0, 0)"_s);
        Sql::exec(db,
            u"INSERT INTO products (sku, name, price_cents, cost_cents, created_at, updated_at) VALUES ('A', 'Apron', "
            u"5000, 2000, 0, 0), ('B', 'Basket', 4000, 3000, 0, 0)"_s);
        return s;
    }

    static void call(const QSqlDatabase& db, qint64 when, qint64 micros)
    {
        Sql::exec(db,
            u"INSERT INTO provider_calls (at, purpose, provider, cost_micros, outcome) VALUES (?, 'write:copy', "
            u"'openai', ?, 'ok')"_s,
            {when, micros});
    }

    static qint64 adAccount(const QSqlDatabase& db, const QDate& syncedThrough, qint64 now)
    {
        Connections::Connection c;
        c.kind = Connections::Kind::MetaAds;
        c.name = u"Ads"_s;
        c.url = u"https://graph.facebook.com"_s;
        c.account = u"123"_s;
        const qint64 id = Connections::save(db, c, now);
        Sql::exec(db,
            u"INSERT INTO ad_accounts (connection_id, name, currency, time_zone, synced_through, updated_at) VALUES "
            u"(?, 'Shop', 'EUR', 'Europe/Amsterdam', ?, 0)"_s,
            {id, syncedThrough.toString(Qt::ISODate)});
        return id;
    }

    static qint64 adSet(const QSqlDatabase& db, qint64 connection, const QString& name, const QString& status,
        qint64 budget, qint64 campaign, qint64 dailySpend, const QDate& last)
    {
        const qint64 id = Sql::insert(db,
            u"INSERT INTO ad_sets (connection_id, campaign_id, remote_id, name, status, daily_budget_cents, "
            u"updated_at) "
            u"VALUES (?, ?, ?, ?, ?, ?, 0)"_s,
            {connection, campaign > 0 ? QVariant(campaign) : QVariant(), name.toLower(), name, status, budget});
        for (int i = 0; i < 10; ++i) // three days more than the window: they must not count
            Sql::exec(db, u"INSERT INTO ad_set_days (ad_set_id, day, spend_cents, synced_at) VALUES (?, ?, ?, 0)"_s,
                {id, last.addDays(-i).toString(Qt::ISODate), dailySpend});
        return id;
    }

    static FinanceAlerts::Judged judge(TestWorkspace& tw) { return FinanceAlerts::judge(tw.db(), tw.clock().nowMs()); }

    static std::optional<FinanceAlerts::Alert> find(const FinanceAlerts::Judged& j, const QString& kind)
    {
        for (const FinanceAlerts::Alert& a : j.alerts)
            if (a.kind == kind)
                return a;
        return std::nullopt;
    }

private slots:
    void aRevenueDropIsAlertedWithTheProductsThatFell()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        {
            Transaction tx(db);
            Shop s = store(db);
            // 18 November: 6 aprons and 4 baskets (€460); 19 November: 2 aprons and 1 basket (€140).
            for (int i = 0; i < 6; ++i)
                s.sell(db, u"A"_s, 5000, at(18, 9 + i));
            for (int i = 0; i < 4; ++i)
                s.sell(db, u"B"_s, 4000, at(18, 9 + i));
            s.sell(db, u"A"_s, 5000, at(19));
            s.sell(db, u"A"_s, 5000, at(19, 11));
            s.sell(db, u"B"_s, 4000, at(19));
            s.sell(db, u"A"_s, 5000, at(12)); // a week before yesterday: €50
            SalesRollup::rebuild(db);
            tx.commit();
        }
        const FinanceAlerts::Judged j = judge(tw);
        const auto drop = find(j, u"revenue_drop"_s);
        QVERIFY(drop);
        QCOMPARE(drop->day, QDate(2026, 11, 19));
        QCOMPARE(drop->figures.value(u"revenue"_s).toInteger(), 14000);
        QCOMPARE(drop->figures.value(u"before"_s).toInteger(), 46000);
        QCOMPARE(drop->figures.value(u"week_before"_s).toInteger(), 5000);
        QCOMPARE(drop->figures.value(u"orders"_s).toInt(), 3);
        // Aprons fell by €200, baskets by €120: the bigger fall first.
        const QJsonArray products = drop->figures.value(u"products"_s).toArray();
        QCOMPARE(products.size(), 2);
        QCOMPARE(products.at(0).toObject().value(u"name"_s).toString(), u"Apron"_s);
        QCOMPARE(products.at(0).toObject().value(u"before"_s).toInteger(), 30000);
        QCOMPARE(products.at(0).toObject().value(u"after"_s).toInteger(), 10000);
        QCOMPARE(products.at(1).toObject().value(u"name"_s).toString(), u"Basket"_s);
        // (460 − 140) / 460 = 69.6 %
        QVERIFY2(FinanceAlerts::title(*drop).contains(u"70 %"_s), qPrintable(FinanceAlerts::title(*drop)));
        QVERIFY(FinanceAlerts::detail(*drop).contains(u"Apron"_s));

        // Stored once: judging again the same day raises nothing new.
        {
            Transaction tx(db);
            QCOMPARE(FinanceAlerts::store(db, j, tw.clock().nowMs()), 1);
            QCOMPARE(FinanceAlerts::store(db, judge(tw), tw.clock().nowMs()), 0);
            tx.commit();
        }
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM finance_alerts"_s), 1);
        QCOMPARE(FinanceAlerts::open(db).size(), 1);

        // The store syncs its orders: last read yesterday at 16:00, yesterday may not be whole. Not judged,
        // said, and the alert stays as it was (not resolved by what was not looked at).
        const auto syncedAt = [&](qint64 when) {
            Sql::exec(db, u"DELETE FROM sync_state"_s);
            Sql::exec(db,
                u"INSERT INTO sync_state (connection_id, resource, updated_at) SELECT id, 'orders', ? FROM connections"_s,
                {when});
        };
        syncedAt(at(19, 16));
        {
            Transaction tx(db);
            const FinanceAlerts::Judged partial = judge(tw);
            QVERIFY(!find(partial, u"revenue_drop"_s));
            QVERIFY2(partial.skipped.join(u' ').contains(u"until Shop has synced"_s),
                qPrintable(partial.skipped.join(u' ')));
            FinanceAlerts::store(db, partial, tw.clock().nowMs());
            tx.commit();
        }
        QCOMPARE(FinanceAlerts::open(db).size(), 1);
        syncedAt(at(20, 1)); // read after midnight: yesterday is whole
        QVERIFY(find(judge(tw), u"revenue_drop"_s));

        // The next day judges 20 November against the 19th (no drop): the alert is resolved, and kept.
        tw.clock().advance(24LL * 3'600'000);
        syncedAt(at(21, 1));
        {
            Transaction tx(db);
            QCOMPARE(FinanceAlerts::store(db, judge(tw), tw.clock().nowMs()), 0);
            tx.commit();
        }
        QVERIFY(FinanceAlerts::open(db).isEmpty());
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM finance_alerts WHERE resolved_at IS NOT NULL"_s), 1);
    }

    void aSmallDropOrAQuietDayBeforeIsNoAlert()
    {
        {
            // €200 → €170: 15 % down.
            TestWorkspace tw;
            Transaction tx(tw.db());
            Shop s = store(tw.db());
            for (int i = 0; i < 5; ++i)
                s.sell(tw.db(), u"B"_s, 4000, at(18, 9 + i));
            s.sell(tw.db(), u"B"_s, 17000, at(19));
            SalesRollup::rebuild(tw.db());
            tx.commit();
            QVERIFY(!find(judge(tw), u"revenue_drop"_s));
        }
        {
            // 4 orders the day before (under MinOrders), none yesterday.
            TestWorkspace tw;
            Transaction tx(tw.db());
            Shop s = store(tw.db());
            for (int i = 0; i < 4; ++i)
                s.sell(tw.db(), u"A"_s, 5000, at(18, 9 + i));
            SalesRollup::rebuild(tw.db());
            tx.commit();
            QVERIFY(!find(judge(tw), u"revenue_drop"_s));
        }
    }

    void staleOrdersAreNotJudged()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        {
            Transaction tx(db);
            Shop s = store(db);
            for (int i = 0; i < 6; ++i)
                s.sell(db, u"A"_s, 5000, at(18, 9 + i));
            SalesRollup::rebuild(db);
            // The orders were last synced three days ago: yesterday's empty day is missing data, not a drop.
            Sql::exec(db, u"INSERT INTO sync_state (connection_id, resource, updated_at) VALUES (?, 'orders', ?)"_s,
                {s.connection, tw.clock().nowMs() - 3 * 24LL * 3'600'000});
            tx.commit();
        }
        const FinanceAlerts::Judged j = judge(tw);
        QVERIFY(!find(j, u"revenue_drop"_s));
        QVERIFY2(j.skipped.join(u' ').contains(u"synced 3 day"_s), qPrintable(j.skipped.join(u' ')));
    }

    void anAdAccountOverItsBudgetsIsAlerted()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        const QDate last(2026, 11, 19);
        {
            Transaction tx(db);
            const qint64 account = adAccount(db, last, tw.clock().nowMs());
            const qint64 campaign = Sql::insert(db,
                u"INSERT INTO campaigns (name, platform, daily_budget_cents, connection_id, external_id, created_at, "
                u"updated_at) VALUES ('Shared', 'meta', 2000, ?, 'c1', 0, 0)"_s,
                {account});
            // Own budgets €10 (spends €16 a day) and €5 (paused since, spent €5 a day); two ad sets on the
            // campaign's €20 budget, counted once (spend €9 and €8 a day); a paused one that spent nothing.
            adSet(db, account, u"Broad"_s, u"ACTIVE"_s, 1000, 0, 1600, last);
            adSet(db, account, u"Old"_s, u"PAUSED"_s, 500, 0, 500, last);
            adSet(db, account, u"Cart"_s, u"ACTIVE"_s, 0, campaign, 900, last);
            adSet(db, account, u"Look"_s, u"ACTIVE"_s, 0, campaign, 800, last);
            adSet(db, account, u"Idle"_s, u"PAUSED"_s, 9000, 0, 0, last);
            // A lifetime budget (no daily one, nor its campaign's): left out of the pacing, and named.
            adSet(db, account, u"Lifetime"_s, u"ACTIVE"_s, 0, 0, 5000, last);
            tx.commit();
        }
        // Budgets €35 a day, €245 for 7 days; spent (16 + 5 + 9 + 8) × 7 = €266: 8.6 % over, under 10 %.
        QVERIFY(!find(judge(tw), u"ad_pacing"_s));
        Sql::exec(db,
            u"UPDATE ad_set_days SET spend_cents = 2200 WHERE ad_set_id = (SELECT id FROM ad_sets WHERE "
            u"name = 'Broad')"_s);
        // Now (22 + 5 + 9 + 8) × 7 = €308: 25.7 % over.
        const auto pacing = find(judge(tw), u"ad_pacing"_s);
        QVERIFY(pacing);
        QCOMPARE(pacing->figures.value(u"spend"_s).toInteger(), 30800);
        QCOMPARE(pacing->figures.value(u"daily_budget"_s).toInteger(), 3500);
        QCOMPARE(pacing->day, last);
        const QJsonArray sets = pacing->figures.value(u"ad_sets"_s).toArray();
        QCOMPARE(sets.size(), 1); // only Broad spent over its own budget
        QCOMPARE(sets.at(0).toObject().value(u"name"_s).toString(), u"Broad"_s);
        QVERIFY2(FinanceAlerts::title(*pacing).contains(u"26 %"_s), qPrintable(FinanceAlerts::title(*pacing)));
        QCOMPARE(pacing->figures.value(u"unbudgeted"_s).toArray(), QJsonArray{u"Lifetime"_s});
        QVERIFY(FinanceAlerts::detail(*pacing).contains(u"without a daily budget: Lifetime"_s));
        {
            Transaction tx(db);
            QCOMPARE(FinanceAlerts::store(db, judge(tw), tw.clock().nowMs()), 1);
            tx.commit();
        }

        // Figures that end three days before today are not judged, it says so, and the alert stays.
        Sql::exec(db, u"UPDATE ad_accounts SET synced_through = '2026-11-17'"_s);
        const FinanceAlerts::Judged stale = judge(tw);
        QVERIFY(!find(stale, u"ad_pacing"_s));
        QVERIFY2(stale.skipped.join(u' ').contains(u"sync the account"_s), qPrintable(stale.skipped.join(u' ')));
        {
            Transaction tx(db);
            FinanceAlerts::store(db, stale, tw.clock().nowMs());
            tx.commit();
        }
        QCOMPARE(FinanceAlerts::open(db).size(), 1);
        // Two days before today is still judged.
        Sql::exec(db, u"UPDATE ad_accounts SET synced_through = '2026-11-18'"_s);
        QVERIFY(find(judge(tw), u"ad_pacing"_s));
        // The account removed: its alert goes with it.
        Sql::exec(db, u"DELETE FROM connections WHERE kind = 'meta_ads'"_s);
        {
            Transaction tx(db);
            FinanceAlerts::store(db, judge(tw), tw.clock().nowMs());
            tx.commit();
        }
        QVERIFY(FinanceAlerts::open(db).isEmpty());
    }

    void aiSpendNearItsCeilingIsAlertedUntilTheCeilingIsRaised()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        {
            Transaction tx(db);
            Goals::Set g;
            g.aiSpendMicros = 10'000'000; // $10 a month
            Goals::save(db, g);
            call(db, at(2), 7'000'000);  // $7 early in the month
            call(db, at(19), 1'400'000); // $1.40 in the last 7 days: $0.20 a day
            tx.commit();
        }
        // $8.40 spent, at 84 % of the ceiling; forecast 8.40 + 0.20 × 10.5 days = $10.50.
        auto ai = find(judge(tw), u"ai_ceiling"_s);
        QVERIFY(ai);
        QCOMPARE(ai->day, QDate(2026, 11, 1));
        QCOMPARE(ai->figures.value(u"spent"_s).toDouble(), 8'400'000.0);
        QVERIFY(qAbs(ai->figures.value(u"forecast"_s).toDouble() - 10'500'000.0) < 1.0);
        QVERIFY2(FinanceAlerts::title(*ai).contains(u"84 %"_s), qPrintable(FinanceAlerts::title(*ai)));
        QVERIFY2(FinanceAlerts::title(*ai).contains(u"on course for "_s + Money::format(1050, u"USD"_s)),
            qPrintable(FinanceAlerts::title(*ai)));
        {
            Transaction tx(db);
            QCOMPARE(FinanceAlerts::store(db, judge(tw), tw.clock().nowMs()), 1);
            tx.commit();
        }
        // The owner raises the ceiling to $20: nothing near it, and the open alert is resolved.
        {
            Transaction tx(db);
            Goals::Set g;
            g.aiSpendMicros = 20'000'000;
            Goals::save(db, g);
            const FinanceAlerts::Judged j = judge(tw);
            QVERIFY(!find(j, u"ai_ceiling"_s));
            FinanceAlerts::store(db, j, tw.clock().nowMs());
            tx.commit();
        }
        QVERIFY(FinanceAlerts::open(db).isEmpty());
    }

    void theAgentSaysWhatItNeedsAndWhatItFound()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        const FinanceWatch agent;
        QCOMPARE(agent.spec().cluster, u"finance"_s);
        QVERIFY(agent.spec().proposes.isEmpty());
        const Agent::Outcome empty = agent.run(db, tw.clock().nowMs());
        QVERIFY(empty.needsData);
        QVERIFY(empty.note.contains(u"Needs orders"_s));
        {
            Transaction tx(db);
            Shop s = store(db);
            s.sell(db, u"A"_s, 5000, at(19)); // €50 revenue, €20 goods: €30 gross profit
            call(db, at(19, 11), 1'000'000);  // $1 of AI
            SalesRollup::rebuild(db);
            Settings::setValue(db, u"reporting.rates"_s, u"{\"USD\": \"0.9\"}"_s);
            tx.commit();
        }
        const Agent::Outcome done = agent.run(db, tw.clock().nowMs());
        QVERIFY(!done.needsData);
        QCOMPARE(done.proposals, 0);
        // €30 − $1 at 0.9 = €29.10
        QVERIFY2(done.note.contains(u"net after ads and AI "_s + Money::format(2910, u"EUR"_s)), qPrintable(done.note));
        QVERIFY2(done.note.contains(u"No alerts."_s), qPrintable(done.note));
    }

    void theProfitAndLossCountsAiSpendOnlyWithAUsdRate()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        {
            Transaction tx(db);
            Shop s = store(db);
            s.sell(db, u"A"_s, 5000, at(19));
            call(db, at(19, 11), 2'500'000); // $2.50
            call(db, at(18, 11), 1'000'000); // the day before: not in yesterday
            // A campaign of an ad account in US dollars: $10 yesterday.
            const qint64 campaign = Sql::insert(db,
                u"INSERT INTO campaigns (name, platform, currency, created_at, updated_at) VALUES ('US', 'meta', "
                u"'USD', "
                u"0, 0)"_s);
            Sql::exec(db,
                u"INSERT INTO campaign_metrics (campaign_id, day, spend_cents) VALUES (?, '2026-11-19', 1000)"_s,
                {campaign});
            SalesRollup::rebuild(db);
            tx.commit();
        }
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(tw.clock().nowMs());
        const SalesReport::Range yesterday = SalesReport::range(SalesReport::Period::Yesterday, now);
        QStringList unconverted;
        SalesReport::Totals t = SalesReport::totals(db, yesterday, &unconverted);
        QVERIFY(!t.aiSpendKnown); // EUR shop, no USD rate
        QCOMPARE(t.aiSpendCents, 0);
        QCOMPARE(t.adSpendCents, 0); // not dollars counted as euros: left out, and said
        QCOMPARE(unconverted, QStringList{u"USD"_s});
        SalesSummaryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReport(SalesReport::build(db, SalesReport::Period::Yesterday, now));
        QCOMPARE(model.index(SalesSummaryModel::AiSpend, SalesSummaryModel::Value).data().toString(), u"no USD rate"_s);
        QCOMPARE(
            model.index(SalesSummaryModel::NetProfit, SalesSummaryModel::Value).data().toString(), u"no USD rate"_s);

        Settings::setValue(db, u"reporting.rates"_s, u"{\"USD\": \"0.8\"}"_s);
        t = SalesReport::totals(db, yesterday);
        QVERIFY(t.aiSpendKnown);
        QCOMPARE(t.aiSpendCents, 200); // $2.50 × 0.8
        QCOMPARE(t.adSpendCents, 800); // $10 × 0.8
        QCOMPARE(t.netCents(), 5000 - 2000 - 800 - 200);
        model.setReport(SalesReport::build(db, SalesReport::Period::Yesterday, now));
        QCOMPARE(model.value(SalesSummaryModel::AiSpend), 200);
        QCOMPARE(model.value(SalesSummaryModel::NetProfit), 2000);
        QCOMPARE(model.value(SalesSummaryModel::AiSpend, SalesSummaryModel::VsPrevious), 80); // $1 × 0.8
        // More AI spend than the day before is worse.
        QCOMPARE(model.index(SalesSummaryModel::AiSpend, SalesSummaryModel::VsPrevious)
                     .data(SalesSummaryModel::TrendRole)
                     .toInt(),
            -1);
    }

    void theCashViewAddsUpEachWeekFromMondayToSunday()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        {
            Transaction tx(db);
            Shop s = store(db);
            s.sell(db, u"A"_s, 5000, at(19)); // Thursday of this week (Monday 16 November)
            s.sell(db, u"B"_s, 4000, at(16)); // its Monday
            s.sell(db, u"A"_s, 5000, at(15)); // the Sunday before: last week
            SalesRollup::rebuild(db);
            const qint64 campaign = Sql::insert(
                db, u"INSERT INTO campaigns (name, platform, created_at, updated_at) VALUES ('Ads', 'meta', 0, 0)"_s);
            Sql::exec(db,
                u"INSERT INTO campaign_metrics (campaign_id, day, spend_cents) VALUES (?, '2026-11-10', 700)"_s,
                {campaign});
            tx.commit();
        }
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(tw.clock().nowMs());
        const SalesReport::Report r = SalesReport::build(db, SalesReport::Period::Last7Days, now, true);
        QCOMPARE(r.weeks.size(), SalesReport::CashWeeks);
        QCOMPARE(r.weeks.at(0).start, QDate(2026, 11, 16));
        QCOMPARE(r.weeks.at(1).start, QDate(2026, 11, 9));
        QCOMPARE(r.weeks.at(0).totals.revenueCents, 9000);
        QCOMPARE(r.weeks.at(0).totals.goodsCostCents, 5000);
        QCOMPARE(r.weeks.at(1).totals.revenueCents, 5000);
        QCOMPARE(r.weeks.at(1).totals.adSpendCents, 700);
        QCOMPARE(r.weeks.at(2).totals.revenueCents, 0);

        CashWeeksModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWeeks(r.weeks, r.currency);
        QCOMPARE(model.rowCount(), SalesReport::CashWeeks);
        QCOMPARE(model.value(0, CashWeeksModel::Net), 9000 - 5000);
        QCOMPARE(model.value(1, CashWeeksModel::Net), 5000 - 2000 - 700);
        // The running total adds the nets up from the oldest week: 0 … + 2300 + 4000.
        QCOMPARE(model.value(1, CashWeeksModel::Running), 2300);
        QCOMPARE(model.value(0, CashWeeksModel::Running), 6300);
        QVERIFY(model.index(0, CashWeeksModel::Week).data().toString().contains(u"(so far)"_s));
    }
};

QTEST_GUILESS_MAIN(TestFinanceWatch)
#include "tst_financewatch.moc"
