#include "PipelineFixture.h"
#include "approvals/ApprovalDesk.h"
#include "sandbox/ShopGenerator.h"
#include "storage/Sql.h"
#include "storesync/Reorders.h"
#include "storesync/StockPool.h"
#include "storesync/StoreSync.h"
#include "users/Users.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

// One stock across two stores that sell the same goods: a WooCommerce and a Shopify store served by
// the sandbox from one generated shop. A sale in one store reaches the other through a stock update
// the risk engine lets run; sales in both at once add up; a jump too big to be a sale waits for a
// person; a write whose answer is lost is recognised, not taken for a sale; and a variant at its
// product's threshold gets one reorder proposal, with the quantity worked out from its sales.
class TestStockSync : public QObject
{
    Q_OBJECT

private:
    struct Pick
    {
        QString sku;
        int stock = 0;
    };

    static ShopData::Options shop()
    {
        ShopData::Options o;
        o.seed = 5;
        o.products = 40;
        o.orders = 600;
        o.endDate = QDate::currentDate().addDays(-1);
        o.throttleMaximum = 20000;
        o.throttleRestoreRate = 20000;
        return o;
    }

    // A variation (a variable product's variant) with some stock.
    static Pick pick(const ShopData::ShopLedger& ledger, int skip = 0)
    {
        for (const auto& p : ledger.products()) {
            if (p.variantCount < 2)
                continue;
            for (quint32 i = p.firstVariant; i < p.firstVariant + p.variantCount; ++i) {
                const auto& v = ledger.variants()[i];
                if (!v.deleted && v.stock >= 12 && skip-- <= 0)
                    return {ledger.sku(v), v.stock};
            }
        }
        return {};
    }

    static bool syncStock(PipelineFixture& f, qint64 connection)
    {
        {
            Transaction tx(f.db());
            StoreSync::queue(f.db(), connection, Clock::system()->nowMs(), u"products"_s);
            tx.commit();
        }
        return f.syncStore(connection); // the other resources too, then waits for every job
    }

    static qint64 updates(PipelineFixture& f, const QString& sku, const QString& status = {})
    {
        return Sql::scalar(f.db(),
            u"SELECT COUNT(*) FROM action_proposals WHERE action_type = 'stock_update' AND "
            u"json_extract(parameters, '$.sku') = ? AND (? = '' OR status = ?)"_s,
            {sku, status, status})
            .toLongLong();
    }

    static Users::User owner(PipelineFixture& f)
    {
        return Users::signIn(f.db(), u"Ann"_s, Clock::system()->nowMs()); // the first one owns the workspace
    }

    // Both stores of the generated shop connected, and their stock read once.
    static std::pair<qint64, qint64> twoStores(PipelineFixture& f)
    {
        f.sandbox()->generateShop(shop());
        const qint64 woo = f.connectToSandbox(Connections::Kind::WooCommerce, u"Webshop"_s);
        const qint64 shopify = f.connectToSandbox(Connections::Kind::Shopify, u"Lindenhof"_s);
        f.startPool();
        if (!syncStock(f, woo) || !syncStock(f, shopify))
            qFatal("the stores' first stock sync did not finish");
        return {woo, shopify};
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void aSaleInOneStoreReachesTheOther()
    {
        PipelineFixture f;
        const auto [woo, shopify] = twoStores(f);
        const auto ledger = f.sandbox()->ledger();
        const Pick a = pick(*ledger);
        QVERIFY(!a.sku.isEmpty());
        // Both stores start where the shop does: one pool per SKU both sell, nothing to write.
        QCOMPARE(StockPool::pooled(f.db(), a.sku), std::optional<int>(a.stock));
        QVERIFY(f.count(u"SELECT COUNT(*) FROM stock_pool"_s) > 40);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM action_proposals WHERE action_type = 'stock_update'"_s), 0);
        QCOMPARE(StockPool::levels(f.db(), a.sku).size(), 2);

        // Three sold in WooCommerce: Shopify is set to the same, by itself (LOW), and says so.
        QVERIFY(f.sandbox()->sellStock(u"woocommerce"_s, a.sku, 3));
        QVERIFY(syncStock(f, woo));
        QCOMPARE(f.sandbox()->stockOf(u"shopify"_s, a.sku), a.stock - 3);
        QCOMPARE(f.sandbox()->stockOf(u"woocommerce"_s, a.sku), a.stock - 3);
        QCOMPARE(StockPool::pooled(f.db(), a.sku), std::optional<int>(a.stock - 3));
        QCOMPARE(updates(f, a.sku, u"auto_approved"_s), 1);
        const QString reasoning = Sql::scalar(f.db(),
            u"SELECT reasoning FROM action_proposals WHERE action_type = 'stock_update' AND "
            u"json_extract(parameters, '$.sku') = ?"_s,
            {a.sku})
                                      .toString();
        QVERIFY2(reasoning.contains(u"Webshop went from %1 to %2 (3 sold)"_s.arg(a.stock).arg(a.stock - 3)),
            qPrintable(reasoning));
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'stock.written'"_s), 1);
        // Reading Shopify again finds what Quorum wrote: no sale, nothing more to do.
        QVERIFY(syncStock(f, shopify));
        QCOMPARE(StockPool::pooled(f.db(), a.sku), std::optional<int>(a.stock - 3));
        QCOMPARE(updates(f, a.sku), 1);

        // Sold in both stores before either is read: both sales count, once each. Shopify's write is
        // refused (its stock moved since Quorum read it), read again, and set after all.
        QVERIFY(f.sandbox()->sellStock(u"woocommerce"_s, a.sku, 2));
        QVERIFY(f.sandbox()->sellStock(u"shopify"_s, a.sku, 1));
        QVERIFY(syncStock(f, woo));
        QVERIFY(syncStock(f, shopify));
        QCOMPARE(StockPool::pooled(f.db(), a.sku), std::optional<int>(a.stock - 6));
        QCOMPARE(f.sandbox()->stockOf(u"shopify"_s, a.sku), a.stock - 6);
        QCOMPARE(f.sandbox()->stockOf(u"woocommerce"_s, a.sku), a.stock - 6);
        QVERIFY(f.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'stock.write_skipped'"_s) >= 1);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM jobs WHERE state = 'dead'"_s), 0);
        // Every other SKU was left alone.
        QCOMPARE(f.count(u"SELECT COUNT(DISTINCT json_extract(parameters, '$.sku')) FROM action_proposals"_s), 1);
    }

    void aJumpTooBigForASaleWaitsForAPerson()
    {
        PipelineFixture f;
        const auto [woo, shopify] = twoStores(f);
        const auto ledger = f.sandbox()->ledger();
        const Pick a = pick(*ledger);
        // 300 booked in by hand in Shopify: more than the rule lets run by itself.
        QVERIFY(f.sandbox()->sellStock(u"shopify"_s, a.sku, -300));
        QVERIFY(syncStock(f, shopify));
        QCOMPARE(updates(f, a.sku, u"pending"_s), 1);
        QCOMPARE(f.sandbox()->stockOf(u"woocommerce"_s, a.sku), a.stock);
        const qint64 id = Sql::scalar(
            f.db(), u"SELECT id FROM action_proposals WHERE action_type = 'stock_update' AND status = 'pending'"_s)
                              .toLongLong();
        QCOMPARE(
            Sql::scalar(f.db(), u"SELECT risk_level FROM action_proposals WHERE id = ?"_s, {id}).toString(), u"high"_s);
        // Reading again proposes nothing new while the person has not decided.
        QVERIFY(syncStock(f, shopify));
        QCOMPARE(updates(f, a.sku), 1);
        // Meanwhile two sell in WooCommerce; the approved number follows what sold since.
        QVERIFY(f.sandbox()->sellStock(u"woocommerce"_s, a.sku, 2));
        QVERIFY(syncStock(f, woo));
        const auto outcome
            = ApprovalDesk::approve(f.db(), id, owner(f), QString(), u"test"_s, Clock::system()->nowMs());
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY(f.waitUntilIdle(60'000));
        QCOMPARE(f.sandbox()->stockOf(u"woocommerce"_s, a.sku), a.stock + 300 - 2);
        QVERIFY(syncStock(f, shopify));
        QCOMPARE(f.sandbox()->stockOf(u"shopify"_s, a.sku), a.stock + 300 - 2);
        QCOMPARE(StockPool::pooled(f.db(), a.sku), std::optional<int>(a.stock + 300 - 2));
    }

    void aPausedStockKeeperProposesNothingAndCatchesUpAfterTheResume()
    {
        PipelineFixture f;
        const auto [woo, shopify] = twoStores(f);
        const auto ledger = f.sandbox()->ledger();
        const Pick a = pick(*ledger, 1);
        Sql::exec(f.db(),
            u"INSERT INTO agents (name, cluster, paused, updated_at) VALUES ('Stock Keeper', 'product', 1, 0) ON "
            u"CONFLICT (name) DO UPDATE SET paused = 1"_s);
        const qint64 runs = f.count(u"SELECT COUNT(*) FROM agent_runs WHERE agent = 'Stock Keeper'"_s);

        // Paused: the sale is read, nothing is proposed or written, and no run is counted.
        QVERIFY(f.sandbox()->sellStock(u"woocommerce"_s, a.sku, 3));
        QVERIFY(syncStock(f, woo));
        QCOMPARE(updates(f, a.sku), 0);
        QCOMPARE(f.sandbox()->stockOf(u"shopify"_s, a.sku), a.stock);
        QCOMPARE(StockPool::pooled(f.db(), a.sku), std::optional<int>(a.stock));
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM agent_runs WHERE agent = 'Stock Keeper'"_s), runs);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM stock_unchecked WHERE sku = ?"_s, {a.sku}), 1);

        // Resumed: the next sync accounts for the sale it read before, though this one reads nothing new.
        Sql::exec(f.db(), u"UPDATE agents SET paused = 0 WHERE name = 'Stock Keeper'"_s);
        QVERIFY(syncStock(f, shopify));
        QCOMPARE(StockPool::pooled(f.db(), a.sku), std::optional<int>(a.stock - 3));
        QCOMPARE(updates(f, a.sku, u"auto_approved"_s), 1);
        QCOMPARE(f.sandbox()->stockOf(u"shopify"_s, a.sku), a.stock - 3);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM stock_unchecked"_s), 0);
        QVERIFY(f.count(u"SELECT COUNT(*) FROM agent_runs WHERE agent = 'Stock Keeper'"_s) > runs);
    }

    void aWriteWhoseAnswerIsLostIsNotASale()
    {
        PipelineFixture f;
        f.setStallTimeoutMs(1500);
        const auto [woo, shopify] = twoStores(f);
        const auto ledger = f.sandbox()->ledger();
        const Pick a = pick(*ledger, 3);
        QVERIFY(f.sandbox()->sellStock(u"woocommerce"_s, a.sku, 4));
        // The next Shopify request is the write: it is made, and its answer never comes.
        f.sandbox()->setRouteFaults(u"shopify"_s, QJsonObject{{u"sequence"_s, QJsonArray{u"timeout_after_write"_s}}});
        QVERIFY(syncStock(f, woo));
        QVERIFY(syncStock(f, shopify));
        QCOMPARE(f.sandbox()->stockOf(u"shopify"_s, a.sku), a.stock - 4);
        QCOMPARE(StockPool::pooled(f.db(), a.sku), std::optional<int>(a.stock - 4));
        QCOMPARE(f.sandbox()->stockOf(u"woocommerce"_s, a.sku), a.stock - 4);
        QCOMPARE(updates(f, a.sku), 1);
    }

    void aVariantAtItsThresholdGetsOneReorder()
    {
        PipelineFixture f;
        f.sandbox()->generateShop(shop());
        const auto ledger = f.sandbox()->ledger();
        const qint64 woo = f.connectToSandbox(Connections::Kind::WooCommerce, u"Webshop"_s);
        f.startPool();
        QVERIFY(f.syncStore(woo)); // orders too: the sales the quantity is worked out from
        Q_UNUSED(ledger)
        const qint64 now = Clock::system()->nowMs();
        // The best seller of the last four weeks that has some stock.
        Pick a;
        QSqlQuery best = Sql::exec(f.db(),
            u"SELECT l.sku FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.paid = 1 AND o.created_at >= "
            u"? "
            u"GROUP BY l.sku ORDER BY SUM(l.quantity) DESC"_s,
            {now - 28LL * 24 * 3600 * 1000});
        while (best.next() && a.sku.isEmpty()) {
            const int stock = f.sandbox()->stockOf(u"woocommerce"_s, best.value(0).toString());
            if (stock >= 5)
                a = {best.value(0).toString(), stock};
        }
        best.finish();
        QVERIFY(!a.sku.isEmpty());
        // The variant is a workspace product's, with a threshold just under its stock.
        const qint64 product = Sql::insert(f.db(),
            u"INSERT INTO products (sku, handle, name, price_cents, currency, created_at, updated_at) VALUES "
            u"('LINEN-1', 'linen-shirt', 'Linen shirt', 4900, 'EUR', ?, ?)"_s,
            {now, now});
        Sql::exec(f.db(),
            u"INSERT INTO product_variants (product_id, position, sku, options, price_cents) VALUES (?, 0, ?, "
            u"'[\"M\",\"Blue\"]', 4900)"_s,
            {product, a.sku});
        Reorders::save(f.db(), {product, a.stock - 2, 10, 30}, now);
        const int sold = Sql::scalar(f.db(),
            u"SELECT COALESCE(SUM(l.quantity), 0) FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE l.sku = "
            u"? "
            u"AND o.paid = 1 AND o.created_at >= ?"_s,
            {a.sku, now - 28LL * 24 * 3600 * 1000})
                             .toInt();
        QVERIFY(sold > 0); // the quantity is worked out from real sales, not the fallback
        QVERIFY(f.sandbox()->sellStock(u"woocommerce"_s, a.sku, 1));
        QVERIFY(syncStock(f, woo)); // stock - 1: above the threshold
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM action_proposals WHERE action_type = 'reorder'"_s), 0);
        QVERIFY(f.sandbox()->sellStock(u"woocommerce"_s, a.sku, 1));
        QVERIFY(syncStock(f, woo)); // stock - 2: at it
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM action_proposals WHERE action_type = 'reorder' AND status = "
                         u"'pending'"_s),
            1);
        QSqlQuery q = Sql::exec(f.db(),
            u"SELECT id, parameters, reasoning, product_id FROM action_proposals WHERE action_type = 'reorder'"_s);
        QVERIFY(q.next());
        const qint64 id = q.value(0).toLongLong();
        const QJsonObject params = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        const QString reasoning = q.value(2).toString();
        QCOMPARE(q.value(3).toLongLong(), product);
        q.finish();
        // Sales per day over 28 days, times (10 days' delivery + 30 days' cover), plus the reserve.
        const double perDay = sold / 28.0;
        const int expected = std::max(1,
            static_cast<int>(std::ceil(perDay * 10)) + static_cast<int>(std::ceil(perDay * 30)) + (a.stock - 2)
                - (a.stock - 2));
        QCOMPARE(params.value(u"quantity"_s).toInt(), expected);
        QCOMPARE(params.value(u"on_hand"_s).toInt(), a.stock - 2);
        QCOMPARE(params.value(u"variant"_s).toString(), u"Linen shirt — M / Blue"_s);
        QVERIFY2(reasoning.contains(u"%1 sold in the last 28 days"_s.arg(sold)), qPrintable(reasoning));
        // Still low at the next read: no second proposal while this one waits, nor once it is approved.
        QVERIFY(f.sandbox()->sellStock(u"woocommerce"_s, a.sku, 1));
        QVERIFY(syncStock(f, woo));
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM action_proposals WHERE action_type = 'reorder'"_s), 1);
        const auto outcome
            = ApprovalDesk::approve(f.db(), id, owner(f), QString(), u"test"_s, Clock::system()->nowMs());
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY(f.waitUntilIdle(60'000));
        QCOMPARE(Sql::scalar(f.db(), u"SELECT execution_state FROM action_proposals WHERE id = ?"_s, {id}).toString(),
            u"done"_s);
        QVERIFY(Sql::scalar(f.db(), u"SELECT executed_parameters FROM action_proposals WHERE id = ?"_s, {id})
                    .toString()
                    .contains(u"does not order from suppliers"_s));
        QVERIFY(f.sandbox()->sellStock(u"woocommerce"_s, a.sku, 1));
        QVERIFY(syncStock(f, woo));
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM action_proposals WHERE action_type = 'reorder'"_s), 1);
        // No rule, no reorder: the same SKU without one is left alone.
        Reorders::remove(f.db(), product);
        QVERIFY(!Reorders::rule(f.db(), product));
    }
};

QTEST_GUILESS_MAIN(TestStockSync)
#include "tst_stocksync.moc"
