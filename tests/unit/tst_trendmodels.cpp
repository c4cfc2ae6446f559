#include "DailyTrendModel.h"
#include "KpiModel.h"
#include "ModelChecks.h"
#include "TestWorkspace.h"
#include "core/Money.h"
#include "storage/Sql.h"
#include "storesync/SalesRollup.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// The dashboard's figures over time: each KPI card's last 14 days (KpiModel::SeriesRole) and the
// revenue and profit per day of the trend chart (DailyTrendModel), on figures written by hand so that
// every day's value is known, with a day between them that has none.
class TestTrendModels : public QObject
{
    Q_OBJECT

private:
    // Local time on a day of November 2026 (the test clock stands at 20 Nov, 12:00).
    static qint64 at(int day, int hour, int minute = 0, int second = 0, int ms = 0)
    {
        return QDateTime(QDate(2026, 11, day), QTime(hour, minute, second, ms)).toMSecsSinceEpoch();
    }

    static void metric(
        const QSqlDatabase& db, qint64 campaign, const QString& day, qint64 spend, qint64 revenue, int conversions)
    {
        Sql::exec(db,
            u"INSERT INTO campaign_metrics (campaign_id, day, spend_cents, revenue_cents, conversions) "
            u"VALUES (?, ?, ?, ?, ?)"_s,
            {campaign, day, spend, revenue, conversions});
    }

    // A paid order at noon of a day: its total, and how many €5.00 bottles (the rest is a product
    // Quorum does not know: its cost is unknown).
    static qint64 order(const QSqlDatabase& db, const QString& day, qint64 total, int bottles, int unknown = 0)
    {
        static int next = 1;
        const qint64 created = QDateTime(QDate::fromString(day, Qt::ISODate), QTime(12, 0)).toMSecsSinceEpoch();
        const qint64 id = Sql::insert(db,
            u"INSERT INTO orders (source, remote_id, paid, currency, total_cents, shop_currency, shop_total_cents, "
            u"created_at, updated_at, synced_at) VALUES ('woocommerce', ?, 1, 'EUR', ?, 'EUR', ?, ?, ?, 0)"_s,
            {QString::number(next++), total, total, created, created});
        if (bottles > 0)
            Sql::exec(db,
                u"INSERT INTO order_lines (order_id, sku, quantity, unit_price_cents, total_cents) VALUES (?, 'BTL', "
                u"?, 2500, ?)"_s,
                {id, bottles, bottles * 2500});
        if (unknown > 0)
            Sql::exec(db,
                u"INSERT INTO order_lines (order_id, sku, quantity, unit_price_cents, total_cents) VALUES (?, "
                u"'ELSEWHERE', ?, 1500, ?)"_s,
                {id, unknown, unknown * 1500});
        return id;
    }

    // Campaign spend on some days; orders on others, one with a product that costs €5.00 to make.
    static void seed(const QSqlDatabase& db)
    {
        Sql::exec(db,
            u"INSERT INTO products (id, sku, name, price_cents, cost_cents, created_at, updated_at) "
            u"VALUES (1, 'BTL', 'Bottle', 2500, 500, 0, 0)"_s);
        Sql::exec(db,
            u"INSERT INTO campaigns (id, name, platform, product_id, created_at, updated_at) "
            u"VALUES (1, 'Bottle', 'meta', 1, 0, 0), (2, 'Brand', 'meta', NULL, 0, 0)"_s);
        // Campaign revenue is the platform's claim, not a sale: the dashboard counts orders.
        metric(db, 1, u"2026-11-20"_s, 1000, 99999, 4);
        metric(db, 2, u"2026-11-20"_s, 500, 99999, 2);
        metric(db, 1, u"2026-11-18"_s, 200, 99999, 1);
        metric(db, 1, u"2026-11-06"_s, 100, 99999, 0);
        order(db, u"2026-11-20"_s, 10000, 4);                       // 10000 - 4 x 500 = 8000
        order(db, u"2026-11-20"_s, 3000, 0, 2);                     // a product Quorum does not know: no cost counted
        const qint64 earlier = order(db, u"2026-11-18"_s, 1000, 1); // 1000 - 500 = 500; the 19th has nothing
        order(db, u"2026-11-07"_s, 500, 0);                         // the first of the 14 days
        order(db, u"2026-11-06"_s, 700, 0);                         // one day before the 14, inside the 30
        order(db, u"2026-10-22"_s, 400, 0);                         // the first of the 30 days
        order(db, u"2026-10-21"_s, 999, 0);                         // too old for either
        order(db, u"2026-11-21"_s, 12345, 0);                       // tomorrow
        // A refund today of the order of the 18th: it counts today (20 Nov: 13000 - 1000 - 2000 = 10000).
        Sql::exec(db,
            u"INSERT INTO order_refunds (order_id, remote_id, amount_cents, shop_cents, created_at) VALUES (?, 'r1', "
            u"1000, 1000, ?)"_s,
            {earlier, QDateTime(QDate(2026, 11, 20), QTime(10, 0)).toMSecsSinceEpoch()});
        const auto call = [&db](qint64 when, qint64 micros) {
            Sql::exec(db,
                u"INSERT INTO provider_calls (at, purpose, provider, cost_micros, outcome) "
                u"VALUES (?, 'test', 'sandbox', ?, 'ok')"_s,
                {when, micros});
        };
        call(at(20, 9), 1500);
        call(at(20, 0), 100);             // midnight belongs to the new day
        call(at(19, 23, 59, 59, 999), 7); // the last moment of yesterday
        call(at(10, 15), 42);
        call(at(6, 23), 1000); // before the 14 days
        const auto decided = [&db](qint64 when, const QString& status) {
            Sql::exec(db,
                u"INSERT INTO action_proposals (agent, action_type, title, risk_level, status, decided_at, "
                u"created_at, updated_at) VALUES ('campaigns', 'budget', 'More budget', 'low', ?, ?, 0, 0)"_s,
                {status, when});
        };
        decided(at(20, 8), u"auto_approved"_s);
        decided(at(20, 8, 30), u"auto_approved"_s);
        decided(at(20, 9), u"approved"_s); // decided by a person: not autonomous
        decided(at(15, 10), u"auto_approved"_s);
        decided(at(6, 10), u"auto_approved"_s); // before the 14 days
        // The orders above were written by hand, not by the store's writer: the sales rollup counts them.
        SalesRollup::rebuild(db);
    }

    static QList<qint64> days(std::initializer_list<std::pair<int, qint64>> values)
    {
        QList<qint64> out(KpiModel::SeriesDays, 0);
        for (const auto& [i, v] : values)
            out[i] = v;
        return out;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void kpiSeriesPerDay()
    {
        TestWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        seed(tw.db());
        KpiModel model(tw.db(), &tw.clock());
        ModelChecks::attachTester(&model);

        // Index 0 is 7 Nov, index 13 is today (20 Nov).
        const auto series = [&model](KpiModel::Kpi kpi) {
            return model.index(kpi).data(KpiModel::SeriesRole).value<QList<qint64>>();
        };
        QCOMPARE(series(KpiModel::RevenueToday), days({{0, 500}, {11, 1000}, {13, 13000}}));
        QCOMPARE(series(KpiModel::ProfitToday), days({{0, 500}, {11, 500}, {13, 10000}}));
        QCOMPARE(series(KpiModel::AiSpendToday), days({{3, 42}, {12, 7}, {13, 1600}}));
        QCOMPARE(series(KpiModel::AutonomousActions), days({{8, 1}, {13, 2}}));
        QVERIFY(series(KpiModel::PendingApprovals).isEmpty());
        QCOMPARE(model.series(KpiModel::RevenueToday), series(KpiModel::RevenueToday));

        // Today's figures and yesterday's come from the same days.
        QCOMPARE(model.value(KpiModel::RevenueToday), 13000);
        QCOMPARE(model.value(KpiModel::ProfitToday), 10000);
        // Two of today's six items are of a product without a cost: the profit says so.
        QCOMPARE(model.index(KpiModel::ProfitToday).data(KpiModel::DeltaTextRole).toString(),
            u"Cost known for 66 % of items"_s);
        QCOMPARE(model.index(KpiModel::ProfitToday).data(KpiModel::TrendRole).toInt(), 0);
        QCOMPARE(model.value(KpiModel::AiSpendToday), 1600);
        // Yesterday up to this time of day (12:00): its 7 came just before midnight.
        QCOMPARE(model.index(KpiModel::AiSpendToday).data(KpiModel::PreviousValueRole).toLongLong(), 0);
        QCOMPARE(model.index(KpiModel::RevenueToday).data(KpiModel::PreviousValueRole).toLongLong(), 0);
        QCOMPARE(model.value(KpiModel::AutonomousActions), 2);
        QCOMPARE(model.value(KpiModel::PendingApprovals), 0);

        QCOMPARE(model.index(KpiModel::RevenueToday).data(Qt::ToolTipRole).toString(),
            u"Last 14 days: highest €130.00 on 20 Nov\nToday so far is compared with yesterday until 12:00."_s);
        QCOMPARE(model.index(KpiModel::AutonomousActions).data(Qt::ToolTipRole).toString(),
            u"Last 14 days: highest 2 on 20 Nov"_s);
        QVERIFY(!model.index(KpiModel::PendingApprovals).data(Qt::ToolTipRole).isValid());

        // Tomorrow the series moves on by a day.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        tw.clock().advance(86'400'000);
        model.reload();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(series(KpiModel::RevenueToday), days({{10, 1000}, {12, 13000}, {13, 12345}}));
        QCOMPARE(model.index(KpiModel::RevenueToday).data(KpiModel::PreviousValueRole).toLongLong(), 13000);
    }

    void kpiToolTipFollowsTheLocale()
    {
        TestWorkspace tw;
        seed(tw.db());
        KpiModel model(tw.db(), &tw.clock());
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
        const QString tip = model.index(KpiModel::ProfitToday).data(Qt::ToolTipRole).toString();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        // "€ 100,00" (with the locale's own space): a decimal comma, the symbol in front.
        QVERIFY2(tip.contains(Money::format(10000, u"EUR"_s, QLocale(QLocale::Dutch, QLocale::Netherlands))),
            qPrintable(tip));
        QVERIFY2(tip.contains(u"100,00"_s), qPrintable(tip));
        QVERIFY2(tip.contains(u"20 nov"_s), qPrintable(tip));
    }

    void kpiSeriesOfAnEmptyWorkspace()
    {
        TestWorkspace tw;
        KpiModel model(tw.db(), &tw.clock());
        ModelChecks::attachTester(&model);
        QCOMPARE(model.series(KpiModel::RevenueToday), QList<qint64>(KpiModel::SeriesDays, 0));
        QCOMPARE(
            model.index(KpiModel::RevenueToday).data(Qt::ToolTipRole).toString(), u"Last 14 days: nothing recorded"_s);
    }

    void dailyTrendOverThirtyDays()
    {
        TestWorkspace tw;
        DailyTrendModel model(tw.db(), &tw.clock());
        ModelChecks::attachTester(&model);
        QCOMPARE(model.columnCount(), int(DailyTrendModel::ColumnCount));
        // No figures at all: no rows, so the chart can say so.
        QCOMPARE(model.rowCount(), 0);

        seed(tw.db());
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.reload();
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), DailyTrendModel::Days);
        QCOMPARE(model.day(0), QDate(2026, 10, 22));
        QCOMPARE(model.day(29), QDate(2026, 11, 20));
        QCOMPARE(model.revenue(0), 400);
        QCOMPARE(model.revenue(15), 700); // 6 Nov
        QCOMPARE(model.adSpend(15), 100);
        QCOMPARE(model.profit(15), 700);   // gross profit: the ad spend is shown beside it
        QCOMPARE(model.revenue(27), 1000); // 18 Nov
        QCOMPARE(model.profit(27), 500);
        QCOMPARE(model.adSpend(27), 200);
        QCOMPARE(model.revenue(28), 0); // 19 Nov: nothing recorded
        QCOMPARE(model.profit(28), 0);
        QCOMPARE(model.adSpend(28), 0);
        QCOMPARE(model.revenue(29), 13000);
        QCOMPARE(model.profit(29), 10000);
        QCOMPARE(model.adSpend(29), 1500);
        qint64 total = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            total += model.revenue(row);
        QCOMPARE(total, 400 + 700 + 500 + 1000 + 13000); // neither 21 Oct nor tomorrow

        const QModelIndex today = model.index(29, DailyTrendModel::Profit);
        QCOMPARE(today.data(DailyTrendModel::MinorUnitsRole).toLongLong(), 10000);
        QCOMPARE(today.data(Qt::DisplayRole).toString(), u"€100.00"_s);
        QCOMPARE(today.data(DailyTrendModel::ChartValueRole).toDouble(), 100.0);
        QCOMPARE(
            model.index(29, DailyTrendModel::Day).data(DailyTrendModel::MinorUnitsRole).toDate(), QDate(2026, 11, 20));
        QCOMPARE(model.index(29, DailyTrendModel::Day).data(DailyTrendModel::ChartValueRole).toDouble(),
            static_cast<double>(QDate(2026, 11, 20).startOfDay().toMSecsSinceEpoch()));
        QCOMPARE(model.headerData(DailyTrendModel::AdSpend, Qt::Horizontal).toString(), u"Ad spend"_s);

        // Nothing changed: no reset (the dashboard reloads often).
        model.reload();
        QCOMPARE(resets.count(), 1);
        // A day later, tomorrow's figures are today's.
        tw.clock().advance(86'400'000);
        model.reload();
        QCOMPARE(resets.count(), 2);
        QCOMPARE(model.day(29), QDate(2026, 11, 21));
        QCOMPARE(model.revenue(29), 12345);
        QCOMPARE(model.revenue(28), 13000);
    }
};

QTEST_GUILESS_MAIN(TestTrendModels)
#include "tst_trendmodels.moc"
