#include "PipelineFixture.h"
#include "campaigns/DailySales.h"
#include "sandbox/ShopGenerator.h"
#include "storage/Sql.h"
#include "storesync/StoreSync.h"

#include <QSignalSpy>

#include <QTest>

using namespace Qt::StringLiterals;

// A store's orders, customers, stock and reviews come in through the real clients from the
// sandbox's generated shop, and the workspace's figures equal the shop's ledger: every order once,
// every line and refund once, per currency and per day; after faults on the way (a 500, a 429, a
// truncated page), after the workers were stopped half way and started again, and when the same
// sync runs twice.
class TestStoreSync : public QObject
{
    Q_OBJECT

private:
    static ShopData::Options shop(int orders)
    {
        ShopData::Options o;
        o.seed = 11;
        o.products = 150;
        o.orders = orders;
        o.endDate = QDate(2026, 11, 30);
        o.throttleMaximum = 20000; // the throttle itself is tested in tst_storedata
        o.throttleRestoreRate = 20000;
        return o;
    }

    static bool sync(PipelineFixture& f, qint64 connection) { return f.syncStore(connection); }

    // Paid orders' totals per currency, in the orders' own currency.
    static QHash<QString, qint64> grossByCurrency(PipelineFixture& f)
    {
        QHash<QString, qint64> out;
        QSqlQuery q
            = Sql::exec(f.db(), u"SELECT currency, SUM(total_cents) FROM orders WHERE paid = 1 GROUP BY currency"_s);
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toLongLong());
        return out;
    }

    static qint64 ledgerLines(const ShopData::ShopLedger& ledger)
    {
        qint64 lines = 0;
        for (const auto& o : ledger.orders())
            lines += o.lineCount;
        return lines;
    }

    static qint64 ledgerRefunds(const ShopData::ShopLedger& ledger)
    {
        qint64 refunds = 0;
        for (const auto& o : ledger.orders())
            refunds += o.refundCount;
        return refunds;
    }

    static void expectLedger(PipelineFixture& f, const ShopData::ShopLedger& ledger)
    {
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM orders"_s), static_cast<qint64>(ledger.orders().size()));
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM order_lines"_s), ledgerLines(ledger));
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM order_refunds"_s), ledgerRefunds(ledger));
        QCOMPARE(grossByCurrency(f), ledger.grossByCurrency());
        // Where each order came from, as the store recorded it (WooCommerce's order attribution, Shopify's
        // customer journey): the same orders with the same UTM parameters.
        QHash<QString, qint64> expected;
        for (const auto& o : ledger.orders()) {
            const auto a = ledger.attribution(o);
            if (!a.campaign.isEmpty())
                ++expected[a.source + u'|' + a.medium + u'|' + a.campaign];
        }
        QVERIFY(expected.size() >= 4);
        QHash<QString, qint64> stored;
        QSqlQuery q = Sql::exec(f.db(),
            u"SELECT utm_source || '|' || utm_medium || '|' || utm_campaign, COUNT(*) FROM orders WHERE utm_campaign "
            u"<> '' GROUP BY 1"_s);
        while (q.next())
            stored.insert(q.value(0).toString(), q.value(1).toLongLong());
        QCOMPARE(stored, expected);
        // Where each order is billed and where it ships (the fraud agent weighs the difference).
        QHash<QString, qint64> countries;
        for (const auto& o : ledger.orders())
            ++countries[ledger.countryCode(o.country) + u'>' + ledger.countryCode(o.shipCountry)];
        QVERIFY(countries.size() > 3); // gifts abroad among them
        QHash<QString, qint64> storedCountries;
        q = Sql::exec(f.db(), u"SELECT country || '>' || shipping_country, COUNT(*) FROM orders GROUP BY 1"_s);
        while (q.next())
            storedCountries.insert(q.value(0).toString(), q.value(1).toLongLong());
        QCOMPARE(storedCountries, countries);
    }

private slots:
    void initTestCase()
    {
        qputenv("TZ", "UTC"); // the ledger's days are UTC days; the dashboard's are local ones
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void wooOrdersEqualTheLedgerThroughFaultsAndTwice()
    {
        PipelineFixture f;
        f.sandbox()->generateShop(shop(2500));
        const auto ledger = f.sandbox()->ledger();
        const qint64 woo = f.connectToSandbox(Connections::Kind::WooCommerce, u"Shop"_s);
        // A 500, a 429 and a page cut off half way, among the first requests.
        f.sandbox()->setRouteFaults(u"woo"_s,
            QJsonObject{{u"sequence"_s, QJsonArray{u"ok"_s, u"ok"_s, u"500"_s, u"ok"_s, u"429"_s, u"truncated"_s}}});
        f.startPool();
        QVERIFY(sync(f, woo));
        expectLedger(f, *ledger);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM customers"_s), static_cast<qint64>(ledger->customers().size()));
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM product_reviews"_s), static_cast<qint64>(ledger->reviews().size()));
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM jobs WHERE state = 'dead'"_s), 0);
        for (const StoreSync::Status& s : StoreSync::status(f.db())) {
            QVERIFY2(s.lastError.isEmpty(), qPrintable(s.resource + u": "_s + s.lastError));
            QVERIFY(s.since.isValid());
            QVERIFY(!s.running);
        }
        // Again: only what changed since (with the hour's overlap) is read: nothing, here.
        f.sandbox()->clearRequests();
        QVERIFY(sync(f, woo));
        expectLedger(f, *ledger);
        // And everything read once more (as after a lost cursor) still counts every order once.
        Sql::exec(f.db(), u"UPDATE sync_state SET since = ''"_s);
        QVERIFY(sync(f, woo));
        expectLedger(f, *ledger);
        QVERIFY(f.sandbox()->requestCount(u"woo"_s) > 25);
    }

    void theStoresConcurrencyIsKeptWhileVariationsAreRead()
    {
        // A page of products with variable ones among them asks for each one's variations: those reads
        // wait their turn with the pages', so a store that allows four requests at once refuses none.
        PipelineFixture f;
        f.sandbox()->generateShop(shop(300));
        const qint64 woo = f.connectToSandbox(Connections::Kind::WooCommerce, u"Shop"_s);
        f.sandbox()->setRouteFaults(u"woo"_s,
            QJsonObject{{u"latency"_s, QJsonObject{{u"kind"_s, u"fixed"_s}, {u"ms"_s, 5}}},
                {u"maxConcurrency"_s, StoreSync::kWooConcurrency}, {u"retryAfter"_s, 1}});
        f.startPool();
        QVERIFY(sync(f, woo));
        const auto& products = f.sandbox()->ledger()->products();
        const auto variable
            = std::count_if(products.cbegin(), products.cend(), [](const auto& p) { return p.variantCount > 1; });
        QVERIFY2(variable > 2 * StoreSync::kWooConcurrency, qPrintable(QString::number(variable)));
        QCOMPARE(f.sandbox()->refusedCount(u"woo"_s), 0);
        for (const StoreSync::Status& s : StoreSync::status(f.db()))
            QVERIFY2(s.lastError.isEmpty(), qPrintable(s.resource + u": "_s + s.lastError));
    }

    void aProductSyncPausedAndResumedFinishes()
    {
        // Paused while a page's variation reads wait their turn, resumed before the run lets go: the reads
        // still waiting go out after the resume and the sync ends, every resource read.
        PipelineFixture f;
        f.sandbox()->generateShop(shop(300));
        const qint64 woo = f.connectToSandbox(Connections::Kind::WooCommerce, u"Shop"_s);
        f.sandbox()->setRouteFaults(u"woo"_s,
            QJsonObject{{u"latency"_s, QJsonObject{{u"kind"_s, u"uniform"_s}, {u"min"_s, 20}, {u"max"_s, 600}}},
                {u"maxConcurrency"_s, StoreSync::kWooConcurrency}, {u"retryAfter"_s, 1}});
        f.startPool();
        {
            Transaction tx(f.db());
            StoreSync::queue(f.db(), woo, Clock::system()->nowMs());
            tx.commit();
        }
        f.pool()->wake();
        const auto variationReads = [&f] {
            int n = 0;
            for (const auto& r : f.sandbox()->requests(u"woo"_s))
                n += r.path.endsWith(u"/variations"_s) ? 1 : 0;
            return n;
        };
        QTRY_VERIFY_WITH_TIMEOUT(variationReads() >= 1, 60'000);
        QSignalSpy answered(f.sandbox(), &SandboxServer::requestServed);
        f.pool()->setState(f.db(), RunControl::State::Paused, u"Ann"_s);
        // An answer to a read already out comes back while paused (and sees the pause), the others (their
        // latencies spread from 20 to 600 ms) are still out …
        QTRY_VERIFY_WITH_TIMEOUT(answered.count() >= 1, 30'000);
        // … and the work goes on.
        f.pool()->setState(f.db(), RunControl::State::Running, u"Ann"_s);
        f.pool()->wake();
        QVERIFY(f.waitUntilIdle(120'000));
        for (const StoreSync::Status& st : StoreSync::status(f.db())) {
            QVERIFY2(st.lastError.isEmpty(), qPrintable(st.resource + u": "_s + st.lastError));
            QVERIFY2(st.since.isValid(), qPrintable(st.resource));
            QVERIFY(!st.running);
        }
        QCOMPARE(f.sandbox()->refusedCount(u"woo"_s), 0);
    }

    void aSyncStoppedHalfWayGoesOnWhereItWas()
    {
        PipelineFixture f;
        f.sandbox()->generateShop(shop(4000));
        const auto ledger = f.sandbox()->ledger();
        const qint64 woo = f.connectToSandbox(Connections::Kind::WooCommerce, u"Shop"_s);
        // Slow pages, so the workers can be stopped while the orders come in.
        f.sandbox()->setRouteFaults(
            u"woo"_s, QJsonObject{{u"latency"_s, QJsonObject{{u"kind"_s, u"fixed"_s}, {u"ms"_s, 60}}}});
        f.startPool();
        {
            Transaction tx(f.db());
            StoreSync::queue(f.db(), woo, Clock::system()->nowMs());
            tx.commit();
        }
        f.pool()->wake();
        const auto pagesIn = [&f] {
            return Sql::scalar(f.db(),
                u"SELECT COALESCE(json_array_length(json_extract(run, '$.done')), 0) FROM sync_state WHERE resource = "
                u"'orders'"_s)
                .toInt();
        };
        QTRY_VERIFY_WITH_TIMEOUT(pagesIn() >= 8, 60'000);
        f.restartPool(); // the running sync is stopped; its job goes back to the queue
        const int before = pagesIn();
        QVERIFY(before >= 8 && before < 40);
        f.sandbox()->clearRequests();
        QVERIFY(f.waitUntilIdle(120'000));
        expectLedger(f, *ledger);
        // The pages already in were not read again.
        int orderRequests = 0;
        for (const auto& r : f.sandbox()->requests(u"woo"_s))
            orderRequests += r.path.endsWith(u"/orders"_s) ? 1 : 0;
        QVERIFY2(orderRequests <= 40 - before + StoreSync::kWooConcurrency, qPrintable(QString::number(orderRequests)));
    }

    void shopifyOrdersEqualTheLedgerDayByDay()
    {
        PipelineFixture f;
        f.sandbox()->generateShop(shop(1500));
        const auto ledger = f.sandbox()->ledger();
        const qint64 shopify = f.connectToSandbox(Connections::Kind::Shopify, u"Lindenhof"_s);
        f.startPool();
        QVERIFY(sync(f, shopify));
        expectLedger(f, *ledger);
        QVERIFY(f.count(u"SELECT COUNT(*) FROM inventory_levels"_s) > 0);
        QVERIFY(f.count(u"SELECT COUNT(*) FROM customers"_s) > 0);
        // The dashboard's figures, day by day: revenue and refunds in the shop's currency.
        const QList<ShopData::DayTotals> expected = ledger->dailyTotals();
        const DailySales::Figures figures = DailySales::between(f.db(), expected.first().day, expected.last().day);
        QVERIFY(figures.unconverted.isEmpty());
        QHash<QDate, DailySales::Day> byDay;
        for (const DailySales::Day& d : figures.days)
            byDay.insert(d.day, d);
        for (const ShopData::DayTotals& t : expected) {
            const DailySales::Day d = byDay.value(t.day);
            QCOMPARE(d.revenueCents, t.grossMinor);
            QCOMPARE(d.refundCents, t.refundsMinor);
            QCOMPARE(d.orders, static_cast<qint64>(t.orders));
        }
    }

    void ordersInAnotherCurrencyNeedARate()
    {
        PipelineFixture f;
        ShopData::Options o = shop(400);
        o.currencies = {u"USD"_s};
        f.sandbox()->generateShop(o);
        const qint64 shopify = f.connectToSandbox(Connections::Kind::Shopify, u"US store"_s);
        f.startPool();
        QVERIFY(sync(f, shopify));
        const QDate last(2026, 11, 30);
        DailySales::Figures figures = DailySales::between(f.db(), last.addDays(-60), last);
        QCOMPARE(figures.unconverted, QStringList{u"USD"_s});
        QVERIFY(figures.days.isEmpty() || figures.days.first().revenueCents == 0);
        f.setSetting(u"reporting.rates"_s, u"{\"USD\": \"0.5\"}"_s);
        figures = DailySales::between(f.db(), last.addDays(-60), last);
        QVERIFY(figures.unconverted.isEmpty());
        qint64 revenue = 0;
        for (const DailySales::Day& d : figures.days)
            revenue += d.revenueCents;
        const qint64 usd
            = Sql::scalar(f.db(), u"SELECT SUM(shop_total_cents) FROM orders WHERE paid = 1 AND created_at >= ?"_s,
                {last.addDays(-60).startOfDay().toMSecsSinceEpoch()})
                  .toLongLong();
        QVERIFY(usd > 0);
        QVERIFY(qAbs(revenue - usd / 2) <= figures.days.size()); // rounded per day
    }
};

QTEST_GUILESS_MAIN(TestStoreSync)
#include "tst_storesync.moc"
