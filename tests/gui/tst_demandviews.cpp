#include "TestWorkspace.h"
#include "UiContext.h"
#include "core/EventBus.h"
#include "dialogs/ForecastDialog.h"
#include "panes/StockBox.h"
#include "shopagents/DemandAgent.h"
#include "storage/Sql.h"
#include "storesync/SalesRollup.h"
#include "storesync/StockActions.h"
#include "users/Users.h"

#include <QAbstractSeries>
#include <QApplication>
#include <QChart>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

// A product's demand forecast as its detail shows it: the line under its variants and the chart with
// each variant's backtest error, on forecasts the Demand Forecast agent made from the rollup.
class TestDemandViews : public QObject
{
    Q_OBJECT

private slots:
    void theStockBoxShowsTheForecastAndItsChart()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        const qint64 product = Sql::insert(db,
            u"INSERT INTO products (name, price_cents, created_at, updated_at) VALUES ('Linen shirt', 4900, 0, 0)"_s);
        Sql::exec(db,
            u"INSERT INTO product_variants (product_id, position, sku, options, price_cents) VALUES (?, 0, 'SH-M', "
            u"'[\"M\"]', 4900), (?, 1, 'SH-L', '[\"L\"]', 4900)"_s,
            {product, product});
        const qint64 today = SalesRollup::localDay(tw.clock().nowMs());
        for (const QString& sku : {u"SH-M"_s, u"SH-L"_s}) {
            const qint64 key = Sql::insert(db,
                u"INSERT INTO sales_keys (connection, product_remote_id, variant_remote_id, sku, shop_currency, name) "
                u"VALUES (0, 'p', ?, ?, 'EUR', 'Linen shirt')"_s,
                {sku, sku});
            for (int i = 1; i <= 100; ++i)
                Sql::exec(db,
                    u"INSERT INTO sales_lines_daily (day, key_id, units, net_micro, refund_micro) VALUES (?, ?, ?, 0, "
                    u"0)"_s,
                    {today - i, key, 1 + (today - i) % 7 / 2 + (i % 5 == 0 ? 1 : 0)});
        }
        EventBus bus;
        UserSession session{Users::User{0, u"Olga"_s, Users::Role::Owner, true}, u"test"_s};
        StockActions stock(ChangeDoor(db, &tw.clock(), &bus, &session));
        UiContext context;
        context.bus = &bus;
        context.stockActions = &stock;
        StockBox box(context);
        box.setProduct(product, u"Linen shirt"_s);
        auto* line = box.findChild<QLabel*>(u"detailForecast"_s);
        auto* chart = box.findChild<QPushButton*>(u"detailForecastChart"_s);
        // Before the agent has run: it says what it needs, and there is no chart to open.
        QVERIFY2(line->text().contains(u"8 weeks"_s), qPrintable(line->text()));
        QVERIFY(chart->isHidden());

        QVERIFY(!DemandAgent().run(db, tw.clock().nowMs()).needsData);
        box.setProduct(product, u"Linen shirt"_s);
        const auto forecast = stock.forecast(product);
        QVERIFY(forecast);
        double next = 0;
        for (const DemandForecasts::Sku& s : forecast->skus)
            next += s.next28;
        QVERIFY2(line->text().contains(QString::number(std::lround(next))), qPrintable(line->text()));
        QVERIFY(line->text().contains(u"MASE"_s));
        QVERIFY(!chart->isHidden());

        ForecastDialog dialog(u"Linen shirt"_s, *forecast);
        const QList<QAbstractSeries*> series = dialog.chart()->series();
        QCOMPARE(series.size(), 2);
        QCOMPARE(static_cast<QLineSeries*>(series.at(0))->count(), 84); // twelve weeks sold
        QCOMPARE(static_cast<QLineSeries*>(series.at(1))->count(), 28); // four weeks forecast
        // Yesterday's point is both SKUs' units.
        QCOMPARE(static_cast<QLineSeries*>(series.at(0))->at(83).y(), 2.0 * (1 + (today - 1) % 7 / 2));
        const QString table = dialog.findChild<QLabel*>(u"forecastSkus"_s)->text();
        QVERIFY(table.contains(u"SH-M"_s) && table.contains(u"SH-L"_s));
        QVERIFY(table.contains(u"Holt-Winters"_s));
    }
};

QTEST_MAIN(TestDemandViews)
#include "tst_demandviews.moc"
