#include "PipelineFixture.h"
#include "SalesReportModels.h"
#include "campaigns/ProductPnl.h"
#include "campaigns/SalesReport.h"
#include "sandbox/ShopGenerator.h"
#include "storage/Sql.h"
#include "storesync/SalesRollup.h"
#include "storesync/StoreIngest.h"
#include "storesync/StoreSync.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// Profit and loss per product and the dashboard's period figures: against the sandbox shop's own
// ledger after a real sync (units and net sales of every product to the cent), and on hand-made
// orders for what the ledger does not cover: refunds shared over lines, costs, products that appear
// after their sales, other currencies, and today compared up to the same time.
class TestSalesReport : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 kDay = 86'400'000;

    static bool sync(PipelineFixture& f, qint64 connection) { return f.syncStore(connection); }

    static StoreIngest::Order order(const QString& id, qint64 at, qint64 totalCents)
    {
        StoreIngest::Order o;
        o.remoteId = id;
        o.number = id;
        o.storeStatus = u"completed"_s;
        o.paid = true;
        o.currency = u"EUR"_s;
        o.shopCurrency = u"EUR"_s;
        o.totalCents = totalCents;
        o.shopTotalCents = totalCents;
        o.createdAt = at;
        o.updatedAt = at;
        return o;
    }

    static StoreIngest::Line line(const QString& product, const QString& sku, int quantity, qint64 totalCents)
    {
        StoreIngest::Line l;
        l.remoteId = product + sku;
        l.productRemoteId = product;
        l.sku = sku;
        l.name = u"Item "_s + product;
        l.quantity = quantity;
        l.unitPriceCents = totalCents / quantity;
        l.totalCents = totalCents;
        return l;
    }

    static void write(PipelineFixture& f, const QList<StoreIngest::Order>& orders)
    {
        Transaction tx(f.db());
        StoreIngest::Writer(f.db(), 0, u"shopify-csv"_s).orders(orders, Clock::system()->nowMs());
        tx.commit();
    }

    // The rollup's rows, to compare what the writer kept with what a count from the orders gives.
    static QStringList rollup(PipelineFixture& f)
    {
        QStringList out;
        QSqlQuery lines = Sql::exec(f.db(),
            u"SELECT k.connection, k.product_remote_id, k.variant_remote_id, k.sku, k.shop_currency, k.name, s.day, "
            u"s.units, s.net_micro, s.refund_micro FROM sales_lines_daily s JOIN sales_keys k ON k.id = s.key_id "
            u"ORDER BY 1, 2, 3, 4, 5, 6, 7"_s);
        while (lines.next()) {
            QStringList row;
            for (int i = 0; i < 10; ++i)
                row << lines.value(i).toString();
            out << row.join(u'|');
        }
        QSqlQuery days = Sql::exec(f.db(),
            u"SELECT day, connection, shop_currency, revenue_cents, orders, units, refund_cents FROM sales_days "
            u"ORDER BY 1, 2, 3"_s);
        while (days.next()) {
            QStringList row;
            for (int i = 0; i < 7; ++i)
                row << days.value(i).toString();
            out << row.join(u'|');
        }
        return out;
    }

    static const ProductPnl::Row* find(const ProductPnl::Figures& f, const QString& key)
    {
        for (const ProductPnl::Row& r : f.rows) {
            if (r.key == key)
                return &r;
        }
        return nullptr;
    }

private slots:
    void initTestCase() { qputenv("TZ", "UTC"); }

    void everyProductEqualsTheShopsLedger()
    {
        PipelineFixture f;
        ShopData::Options o;
        o.seed = 5;
        o.products = 60;
        o.orders = 1500;
        o.endDate = QDate(2026, 11, 30);
        o.currencies = {u"EUR"_s};
        f.sandbox()->generateShop(o);
        const auto ledger = f.sandbox()->ledger();
        const qint64 woo = f.connectToSandbox(Connections::Kind::WooCommerce, u"Lindenhof"_s);
        f.startPool();
        QVERIFY(sync(f, woo));
        const ProductPnl::Figures pnl = ProductPnl::between(f.db(), QDate(2020, 1, 1), o.endDate);
        QVERIFY(pnl.unconverted.isEmpty());
        int sold = 0;
        for (const ShopData::Product& p : ledger->products()) {
            const ShopData::ProductTotals t = ledger->productTotals(p.id);
            const ProductPnl::Row* row = find(pnl, u"s:%1:%2"_s.arg(woo).arg(p.id));
            if (t.units == 0) {
                QVERIFY(!row);
                continue;
            }
            ++sold;
            QVERIFY2(row, qPrintable(QString::number(p.id)));
            QCOMPARE(row->units, t.units);
            QCOMPARE(row->netSalesCents, t.revenueMinor);
            QCOMPARE(row->productId, 0);
            QCOMPARE(row->costedUnits, 0);
        }
        QCOMPARE(pnl.rows.size(), sold);
        // Highest net sales first.
        for (qsizetype i = 1; i < pnl.rows.size(); ++i)
            QVERIFY(pnl.rows.at(i - 1).netSalesCents >= pnl.rows.at(i).netSalesCents);
        // Refunds shared over the lines add up to the refunds of the orders (a cent of rounding per row).
        qint64 shared = 0;
        for (const ProductPnl::Row& r : pnl.rows)
            shared += r.refundCents;
        const qint64 refunds = f.count(u"SELECT COALESCE(SUM(r.shop_cents), 0) FROM order_refunds r JOIN orders o ON "
                                       u"o.id = r.order_id WHERE o.paid = 1 AND EXISTS (SELECT 1 FROM order_lines l "
                                       u"WHERE l.order_id = o.id AND l.total_cents > 0)"_s);
        QVERIFY(refunds > 0);
        QVERIFY2(std::abs(shared - refunds) <= pnl.rows.size(), qPrintable(u"%1 vs %2"_s.arg(shared).arg(refunds)));

        // One product's series over the whole time adds up to its row.
        const ProductPnl::Row& top = pnl.rows.first();
        qint64 total = 0;
        for (const ProductPnl::Point& p : ProductPnl::series(f.db(), top.key, QDate(2024, 1, 1), o.endDate, 30))
            total += p.netSalesCents;
        QCOMPARE(total, top.netSalesCents);
    }

    void refundsCostsAndProductsThatAppearLater()
    {
        PipelineFixture f;
        const qint64 at = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();
        StoreIngest::Order a = order(u"1"_s, at, 10000);
        a.lines = {line(u"p1"_s, u"MUG-1"_s, 2, 6000), line(u"p2"_s, u"BOWL-1"_s, 1, 4000)};
        a.refundedCents = 5000;
        a.refunds = {{u"r1"_s, 5000, 5000, at + 1000, u"broken"_s}};
        StoreIngest::Order b = order(u"2"_s, at + 3600'000, 4000);
        b.lines = {line(u"p2"_s, u"BOWL-1"_s, 1, 4000)};
        StoreIngest::Order pending = order(u"3"_s, at, 9900);
        pending.paid = false;
        pending.lines = {line(u"p1"_s, u"MUG-1"_s, 1, 9900)};
        write(f, {a, b, pending});

        ProductPnl::Figures pnl = ProductPnl::between(f.db(), QDate(2026, 11, 1), QDate(2026, 11, 30));
        QCOMPARE(pnl.rows.size(), 2);
        const ProductPnl::Row* mug = find(pnl, u"s:0:p1"_s);
        QVERIFY(mug);
        QCOMPARE(mug->units, 2);            // the pending order is no sale
        QCOMPARE(mug->netSalesCents, 6000); // 60 % of order 1's lines
        QCOMPARE(mug->refundCents, 3000);   // and 60 % of its refund
        QCOMPARE(mug->goodsCostCents, 0);
        QCOMPARE(mug->name, u"Item p1"_s);
        QCOMPARE(pnl.rows.first().key, u"s:0:p2"_s); // 8,000 net sales before 6,000

        // The mug becomes a product of the workspace (with a cost): its sales join it, no sync needed.
        ProductFacts facts = PipelineFixture::facts(u"Stoneware Mug"_s);
        ProductVariant v;
        v.sku = u"MUG-1"_s;
        v.priceCents = 3000;
        v.costCents = 1100;
        facts.variants = {v};
        const qint64 product = f.addProduct(facts);
        pnl = ProductPnl::between(f.db(), QDate(2026, 11, 1), QDate(2026, 11, 30));
        mug = find(pnl, u"p:%1"_s.arg(product));
        QVERIFY(mug);
        QVERIFY(!find(pnl, u"s:0:p1"_s));
        QCOMPARE(mug->name, u"Stoneware Mug"_s);
        QCOMPARE(mug->productId, product);
        QCOMPARE(mug->goodsCostCents, 2200);
        QCOMPARE(mug->costedUnits, 2);
        QCOMPARE(mug->profitCents(), 6000 - 3000 - 2200);
        // Its series by day: everything on the 20th.
        const QList<ProductPnl::Point> days
            = ProductPnl::series(f.db(), mug->key, QDate(2026, 11, 19), QDate(2026, 11, 21), 1);
        QCOMPARE(days.size(), 3);
        QCOMPARE(days.at(1).start, QDate(2026, 11, 20));
        QCOMPARE(days.at(1).netSalesCents, 6000);
        QCOMPARE(days.at(1).profitCents, 800);
        QCOMPARE(days.at(0).netSalesCents + days.at(2).netSalesCents, 0);
    }

    void theRollupFollowsOrdersWrittenAgain()
    {
        PipelineFixture f;
        const qint64 at = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();
        StoreIngest::Order a = order(u"1"_s, at, 10000);
        a.lines = {line(u"p1"_s, u"MUG-1"_s, 2, 6000), line(u"p2"_s, u"BOWL-1"_s, 1, 4000)};
        StoreIngest::Order b = order(u"2"_s, at + kDay, 3333);
        b.currency = u"USD"_s;
        b.totalCents = 4000;
        b.lines = {line(u"p1"_s, u"MUG-1"_s, 1, 1000), line(u"p3"_s, QString(), 2, 3000)};
        write(f, {a, b});
        const QStringList first = rollup(f);
        QVERIFY(!first.isEmpty());
        // The same page again (a retry, a resumed sync): nothing changes.
        write(f, {a, b});
        QCOMPARE(rollup(f), first);
        // A refund since, a line renamed, and the second order cancelled: the rollup follows, and equals a
        // count from the orders themselves.
        a.refunds = {{u"r1"_s, 3333, 3333, at + 2 * kDay, u"broken"_s}};
        a.refundedCents = 3333;
        a.lines[1].name = u"Bowl, large"_s;
        b.paid = false;
        write(f, {a, b});
        const QStringList kept = rollup(f);
        QVERIFY(kept != first);
        {
            Transaction tx(f.db());
            SalesRollup::rebuild(f.db());
            tx.commit();
        }
        QCOMPARE(rollup(f), kept);
        const ProductPnl::Figures pnl = ProductPnl::between(f.db(), QDate(2026, 11, 1), QDate(2026, 11, 30));
        QCOMPARE(find(pnl, u"s:0:p1"_s)->refundCents, 2000); // 60 % of 33.33, to the cent
        QCOMPARE(find(pnl, u"s:0:p1"_s)->units, 2);
        QVERIFY(!find(pnl, u"s:0:p3"_s));
        // Orders that were never paid leave nothing behind, not even empty rows.
        b.paid = true;
        write(f, {b});
        b.paid = false;
        write(f, {b});
        QCOMPARE(rollup(f), kept);
        // A store that is removed takes its figures with it.
        const qint64 woo = f.connectToSandbox(Connections::Kind::WooCommerce, u"Lindenhof"_s);
        {
            Transaction tx(f.db());
            StoreIngest::Writer(f.db(), woo, u"woocommerce"_s).orders({a}, 0);
            tx.commit();
        }
        QVERIFY(rollup(f).size() > kept.size());
        Sql::exec(f.db(), u"DELETE FROM connections WHERE id = ?"_s, {woo});
        QCOMPARE(rollup(f), kept);
    }

    void otherCurrenciesAtTheOrdersOwnRateOrTheOwnersRate()
    {
        PipelineFixture f;
        const qint64 at = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();
        // Charged in USD, worth 90.00 EUR to the shop: the line is converted at the order's own rate.
        StoreIngest::Order usd = order(u"1"_s, at, 10000);
        usd.currency = u"USD"_s;
        usd.shopTotalCents = 9000;
        usd.lines = {line(u"p1"_s, u"A"_s, 1, 10000)};
        // A second store that sells in GBP and keeps its books in GBP: needs the owner's rate.
        StoreIngest::Order gbp = order(u"2"_s, at, 5000);
        gbp.currency = u"GBP"_s;
        gbp.shopCurrency = u"GBP"_s;
        gbp.lines = {line(u"p2"_s, u"B"_s, 1, 5000)};
        write(f, {usd, gbp});
        ProductPnl::Figures pnl = ProductPnl::between(f.db(), QDate(2026, 11, 20), QDate(2026, 11, 20));
        QCOMPARE(pnl.unconverted, QStringList{u"GBP"_s});
        QCOMPARE(pnl.rows.size(), 2); // the GBP product is listed, without its money
        QCOMPARE(find(pnl, u"s:0:p1"_s)->netSalesCents, 9000);
        QCOMPARE(find(pnl, u"s:0:p2"_s)->netSalesCents, 0);
        f.setSetting(u"reporting.rates"_s, u"{\"GBP\": \"1.2\"}"_s);
        pnl = ProductPnl::between(f.db(), QDate(2026, 11, 20), QDate(2026, 11, 20));
        QVERIFY(pnl.unconverted.isEmpty());
        QCOMPARE(find(pnl, u"s:0:p2"_s)->netSalesCents, 6000);
    }

    void periodsCompareTodayUpToTheSameTime()
    {
        const QDateTime now(QDate(2026, 12, 2), QTime(14, 30), Qt::UTC);
        using SalesReport::Period;
        SalesReport::Range r = SalesReport::range(Period::Today, now);
        QCOMPARE(r.first, QDate(2026, 12, 2));
        QCOMPARE(r.untilMs, now.toMSecsSinceEpoch());
        r = SalesReport::previous(Period::Today, now);
        QCOMPARE(r.first, QDate(2026, 12, 1));
        QCOMPARE(r.untilMs, now.toMSecsSinceEpoch() - kDay);
        r = SalesReport::earlier(Period::Today, now);
        QCOMPARE(r.first, QDate(2026, 11, 25)); // the same weekday last week
        QCOMPARE(r.untilMs, now.toMSecsSinceEpoch() - 7 * kDay);
        r = SalesReport::range(Period::Last30Days, now);
        QCOMPARE(r.first, QDate(2026, 11, 3));
        QCOMPARE(r.last, QDate(2026, 12, 2));
        QCOMPARE(r.untilMs, 0);
        r = SalesReport::previous(Period::Last30Days, now);
        QCOMPARE(r.first, QDate(2026, 10, 4));
        QCOMPARE(r.last, QDate(2026, 11, 2));
        r = SalesReport::earlier(Period::Last30Days, now);
        QCOMPARE(r.first.dayOfWeek(), SalesReport::range(Period::Last30Days, now).first.dayOfWeek()); // 52 weeks
        QCOMPARE(r.first, QDate(2025, 11, 4));
        // Twelve months or two years "a year earlier" would be the period before (or overlap it): no column.
        QVERIFY(SalesReport::hasEarlier(Period::Last90Days));
        QVERIFY(!SalesReport::hasEarlier(Period::Last12Months));
        QVERIFY(!SalesReport::hasEarlier(Period::Last2Years));
        QCOMPARE(SalesReport::bucketDays(Period::Today), 1);
        QCOMPARE(SalesReport::chartRange(Period::Today, now).first, QDate(2026, 11, 19));
        QCOMPARE(SalesReport::bucketDays(Period::Last90Days), 7);
        QCOMPARE(SalesReport::bucketDays(Period::Last2Years), 30);

        PipelineFixture f;
        const qint64 nowMs = now.toMSecsSinceEpoch();
        StoreIngest::Order today = order(u"t"_s, nowMs - 3600'000, 5000);
        today.lines = {line(u"p1"_s, u"A"_s, 1, 5000)};
        StoreIngest::Order yesterdayMorning = order(u"y1"_s, nowMs - kDay - 3600'000, 2000);
        yesterdayMorning.lines = {line(u"p1"_s, u"A"_s, 1, 2000)};
        StoreIngest::Order yesterdayEvening = order(u"y2"_s, nowMs - kDay + 3600'000, 7000);
        yesterdayEvening.lines = {line(u"p1"_s, u"A"_s, 1, 7000)};
        StoreIngest::Order lastWeek = order(u"w"_s, nowMs - 7 * kDay - 60'000, 4000);
        lastWeek.lines = {line(u"p1"_s, u"A"_s, 2, 4000)};
        write(f, {today, yesterdayMorning, yesterdayEvening, lastWeek});
        const SalesReport::Report report = SalesReport::build(f.db(), Period::Today, now);
        QCOMPARE(report.current.revenueCents, 5000);
        QCOMPARE(report.current.orders, 1);
        QCOMPARE(report.previous.revenueCents, 2000); // the evening's order came later than now
        QCOMPARE(report.earlier.revenueCents, 4000);
        QCOMPARE(report.earlier.averageOrderCents(), 4000);
        QCOMPARE(report.products.rows.size(), 1);
        QCOMPARE(report.series.size(), 14);
        QCOMPARE(report.series.last().netSalesCents, 5000);
        QCOMPARE(report.series.at(12).netSalesCents, 9000); // the whole of yesterday on the chart

        // The models over it.
        SalesSummaryModel summary;
        QAbstractItemModelTester t1(&summary, QAbstractItemModelTester::FailureReportingMode::QtTest);
        summary.setReport(report);
        QCOMPARE(summary.value(SalesSummaryModel::Revenue), 5000);
        QCOMPARE(summary.index(SalesSummaryModel::Revenue, SalesSummaryModel::VsPrevious).data().toString(),
            QLocale().toString(150.0, 'f', 1).prepend(u'+') + u" %"_s);
        QCOMPARE(summary.index(SalesSummaryModel::Revenue, SalesSummaryModel::VsPrevious)
                     .data(SalesSummaryModel::TrendRole)
                     .toInt(),
            1);
        QCOMPARE(
            summary.headerData(SalesSummaryModel::VsEarlier, Qt::Horizontal).toString(), u"vs same day last week"_s);
        ProductPnlModel products;
        QAbstractItemModelTester t2(&products, QAbstractItemModelTester::FailureReportingMode::QtTest);
        products.setFigures(report.products);
        QCOMPARE(products.rowCount(), 1);
        // No cost entered: the cost is "not known", not zero, and there is no margin to show.
        QCOMPARE(products.index(0, ProductPnlModel::GoodsCost).data().toString(), u"not known"_s);
        QCOMPARE(products.index(0, ProductPnlModel::Margin).data().toString(), u"–"_s);
        // Nor is there a profit: it would be the whole of the sales.
        QCOMPARE(products.index(0, ProductPnlModel::GrossProfit).data().toString(), u"not known"_s);
        QCOMPARE(
            summary.index(SalesSummaryModel::GoodsCost, SalesSummaryModel::Value).data().toString(), u"not known"_s);
        QCOMPARE(
            summary.index(SalesSummaryModel::GrossProfit, SalesSummaryModel::Value).data().toString(), u"not known"_s);
    }

    void theLoaderReadsInTheBackgroundAndKeepsTheNewestPeriod()
    {
        PipelineFixture f;
        const qint64 nowMs = f.ws().clock().nowMs();
        QList<StoreIngest::Order> orders;
        for (int i = 0; i < 40; ++i) {
            StoreIngest::Order o = order(QString::number(i), nowMs - i * kDay / 2, 1000 + i);
            o.lines = {line(u"p%1"_s.arg(i % 5), u"S%1"_s.arg(i % 5), 1, 1000 + i)};
            orders << o;
        }
        write(f, orders);
        SalesReportLoader loader(f.db(), &f.ws().clock());
        QAbstractItemModelTester t1(loader.products(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(loader.series(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&loader, &SalesReportLoader::loaded);
        loader.setPeriod(SalesReport::Period::Today);
        loader.setPeriod(SalesReport::Period::Last30Days); // wins over the first
        QVERIFY(loaded.wait(10'000));
        // The first request may still be running; when it ends it changes nothing.
        QTRY_VERIFY(!loader.isLoading());
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(loader.products()->rowCount(), 5);
        QCOMPARE(loader.series()->rowCount(), 30);
        qint64 total = 0;
        for (const StoreIngest::Order& o : orders)
            total += o.totalCents;
        QCOMPARE(loader.summary()->value(SalesSummaryModel::Revenue), total);
        QCOMPARE(loader.summary()->value(SalesSummaryModel::Orders), 40);
        // Sorting keeps working on the loaded rows, by name and by money.
        loader.products()->sort(ProductPnlModel::Product, Qt::AscendingOrder);
        QCOMPARE(loader.products()->index(0, 0).data().toString(), u"Item p0"_s);
        loader.products()->sort(ProductPnlModel::NetSales, Qt::AscendingOrder);
        QVERIFY(loader.products()->index(0, ProductPnlModel::NetSales).data(ProductPnlModel::RawRole).toLongLong()
            <= loader.products()->index(4, ProductPnlModel::NetSales).data(ProductPnlModel::RawRole).toLongLong());
        // One product's chart: only the series is read again.
        const QString key = loader.products()->index(0, 0).data(ProductPnlModel::KeyRole).toString();
        QSignalSpy reset(loader.series(), &QAbstractItemModel::modelReset);
        QSignalSpy productsReset(loader.products(), &QAbstractItemModel::modelReset);
        loader.showProduct(key, u"Item"_s);
        QVERIFY(reset.wait(10'000));
        QCOMPARE(productsReset.count(), 0);
        QCOMPARE(loader.series()->productName(), u"Item"_s);
        qint64 productTotal = 0;
        for (int row = 0; row < loader.series()->rowCount(); ++row)
            productTotal
                += loader.series()->index(row, PnlSeriesModel::Sales).data(PnlSeriesModel::MinorUnitsRole).toLongLong();
        QCOMPARE(productTotal,
            loader.products()->index(0, ProductPnlModel::NetSales).data(ProductPnlModel::RawRole).toLongLong());
    }
};

QTEST_GUILESS_MAIN(TestSalesReport)
#include "tst_salesreport.moc"
