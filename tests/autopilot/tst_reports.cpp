#include "ShopRows.h"
#include "TestWorkspace.h"
#include "autopilot/AutopilotSettings.h"
#include "autopilot/Notifications.h"
#include "autopilot/ReportDocument.h"
#include "autopilot/Reports.h"
#include "campaigns/SalesReport.h"
#include "core/Json.h"
#include "storage/Sql.h"
#include "storesync/SalesRollup.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

// The daily and weekly reports on both engines: what they count (checked against the dashboard's own
// sums), that each is made once and kept, the schedule that makes them, and the PDF they come as.
class TestReports : public QObject
{
    Q_OBJECT

private:
    static QDate today(TestWorkspace& ws) { return QDateTime::fromMSecsSinceEpoch(ws.clock().nowMs()).date(); }

    static qint64 at(const QDate& day, int hour = 12) { return QDateTime(day, QTime(hour, 0)).toMSecsSinceEpoch(); }

    // A store's paid orders: 11-19 two (49.00 + 25.00), 11-18 one (100.00), 11-10 30.00, 11-14 20.00.
    static void sell(TestWorkspace& ws)
    {
        const qint64 store = ShopRows::store(ws.db(), ws.clock().nowMs());
        ShopRows::order(ws.db(), store, at(QDate(2026, 11, 19), 10), {{u"MUG-1"_s, 4900}});
        ShopRows::order(ws.db(), store, at(QDate(2026, 11, 19), 15), {{u"MUG-2"_s, 2500}});
        ShopRows::order(ws.db(), store, at(QDate(2026, 11, 18)), {{u"MUG-1"_s, 10000}});
        ShopRows::order(ws.db(), store, at(QDate(2026, 11, 10)), {{u"MUG-1"_s, 3000}});
        ShopRows::order(ws.db(), store, at(QDate(2026, 11, 14)), {{u"MUG-2"_s, 2000}});
        SalesRollup::rebuild(ws.db()); // as a sync leaves it
    }

    static void job(TestWorkspace& ws, const QString& kind, const QString& state, int attempts, int claims, qint64 at)
    {
        static int n = 0;
        Sql::exec(ws.db(),
            u"INSERT INTO jobs (kind, state, attempts, claims, idempotency_key, created_at, updated_at) VALUES (?, ?, "
            u"?, ?, ?, ?, ?)"_s,
            {kind, state, attempts, claims, u"test-%1"_s.arg(++n), at, at});
    }

private slots:
    void theDailyReportCountsWhatTheDashboardCounts()
    {
        TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        sell(ws);
        const auto [first, last] = ReportData::coverage(ReportData::Period::Daily, today(ws));
        QCOMPARE(first, QDate(2026, 11, 19));
        QCOMPARE(last, first);
        const ReportData::Data d
            = ReportData::gather(ws.db(), ReportData::Period::Daily, first, last, ws.clock().nowMs());
        const SalesReport::Totals expected = SalesReport::totals(ws.db(), SalesReport::Range{first, last, 0});
        QCOMPARE(expected.revenueCents, 7400);
        QCOMPARE(d.current.revenueCents, expected.revenueCents);
        QCOMPARE(d.current.orders, expected.orders);
        QCOMPARE(d.current.profitCents(), expected.profitCents());
        const SalesReport::Totals before
            = SalesReport::totals(ws.db(), SalesReport::Range{first.addDays(-1), first.addDays(-1), 0});
        QCOMPARE(d.previous.revenueCents, before.revenueCents);
        QCOMPARE(d.previous.revenueCents, 10000);
        QCOMPARE(d.current.orders, 2);
        QVERIFY(d.days.size() <= 14);
        QVERIFY(!d.days.isEmpty());
        QCOMPARE(d.days.last().day, last);
        const QString text = ReportDocument::text(d);
        QVERIFY2(text.contains(u"(-26 %)"_s), qPrintable(text)); // 74.00 against 100.00
        QVERIFY2(text.contains(u"  2 order"_s), qPrintable(text));
        // What waits now.
        QCOMPARE(d.waiting, int(ws.count(u"SELECT COUNT(*) FROM action_proposals WHERE status = 'pending'"_s)));
    }

    void theRecoveryRateIsWhatHealedOfWhatFailed()
    {
        TestWorkspace ws;
        const qint64 yesterdayNoon = ws.clock().nowMs() - 24 * 3600'000;
        job(ws, u"publish"_s, u"done"_s, 2, 1, yesterdayNoon);  // failed twice, then done
        job(ws, u"generate"_s, u"done"_s, 0, 2, yesterdayNoon); // its worker died, another finished it
        job(ws, u"generate"_s, u"done"_s, 1, 1, yesterdayNoon);
        job(ws, u"publish"_s, u"dead"_s, 5, 5, yesterdayNoon);      // failed for good
        job(ws, u"generate"_s, u"done"_s, 0, 1, yesterdayNoon);     // never failed: not counted
        job(ws, u"publish"_s, u"dead"_s, 5, 5, ws.clock().nowMs()); // today: another report's
        const auto [first, last] = ReportData::coverage(ReportData::Period::Daily, today(ws));
        const ReportData::Data d
            = ReportData::gather(ws.db(), ReportData::Period::Daily, first, last, ws.clock().nowMs());
        QCOMPARE(d.recovered, 3);
        QCOMPARE(d.failedForGood, 1);
        QCOMPARE(*d.recoveryRate(), 0.75);
        QCOMPARE(d.failedKinds.size(), 1);
        QCOMPARE(d.failedKinds.first().first, u"publish"_s);
        QVERIFY(ReportDocument::text(d).contains(u"3 of 4 jobs that ran into a failure healed by themselves (75 %)"_s));
        // Nothing failed: no rate is invented.
        TestWorkspace quiet;
        QVERIFY(!ReportData::gather(quiet.db(), ReportData::Period::Daily, first, last, quiet.clock().nowMs())
                     .recoveryRate());
    }

    void eachReportIsMadeOnceAndKept()
    {
        TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        sell(ws);
        AutopilotSettings::Set s;
        s.emailTo = u"owner@shop.test"_s;
        s.smtpUrl = u"smtp://127.0.0.1:2525"_s;
        AutopilotSettings::save(ws.db(), s);
        const auto [first, last] = ReportData::coverage(ReportData::Period::Weekly, today(ws));
        QCOMPARE(first, QDate(2026, 11, 9)); // a Monday
        QCOMPARE(last, QDate(2026, 11, 15)); // a Sunday
        const Reports::Made made
            = Reports::make(ws.db(), ReportData::Period::Weekly, first, last, ws.clock().nowMs(), u"Ann"_s);
        QVERIFY2(made.error.isEmpty(), qPrintable(made.error));
        QVERIFY(made.created);
        const QByteArray pdf = Reports::pdf(ws.db(), made.id);
        QVERIFY(pdf.startsWith("%PDF"));
        QVERIFY2(pdf.size() > 20'000, qPrintable(QString::number(pdf.size()))); // with its charts
        const auto stored = Reports::find(ws.db(), made.id);
        QVERIFY(stored);
        QVERIFY2(stored->title.startsWith(u"Weekly report: "_s), qPrintable(stored->title));
        QCOMPARE(stored->createdBy, u"Ann"_s);
        const QString html = Reports::html(ws.db(), made.id);
        QVERIFY(html.contains(u"Revenue"_s));
        QVERIFY(html.contains(u"What needs you"_s));
        const QJsonObject summary = Json::objectFromString(
            Sql::scalar(ws.db(), u"SELECT summary FROM reports WHERE id = ?"_s, {made.id}).toString());
        QCOMPARE(summary.value(u"current"_s).toObject().value(u"revenue_cents"_s).toInteger(), 5000);
        QCOMPARE(summary.value(u"current"_s).toObject().value(u"orders"_s).toInteger(), 2);
        QCOMPARE(Notifications::forReport(ws.db(), made.id).size(), 1);
        QCOMPARE(ws.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'report.made'"_s), 1);

        // Asked again (by a person, or another process): the same report, nothing sent twice.
        const Reports::Made again
            = Reports::make(ws.db(), ReportData::Period::Weekly, first, last, ws.clock().nowMs(), u"Bob"_s);
        QCOMPARE(again.id, made.id);
        QVERIFY(!again.created);
        QCOMPARE(ws.count(u"SELECT COUNT(*) FROM notifications"_s), 1);
        QCOMPARE(Reports::list(ws.db()).size(), 1);
    }

    void theScheduleSaysWhenAReportIsDue()
    {
        TestWorkspace ws;
        AutopilotSettings::Set s;
        s.reportHour = 7;
        s.weeklyDay = 1;
        AutopilotSettings::save(ws.db(), s);
        // Monday 2026-11-23: before seven nothing, from seven yesterday's and last week's.
        const QDate monday(2026, 11, 23);
        QVERIFY(Reports::due(ws.db(), QDateTime(monday, QTime(6, 59))).isEmpty());
        QList<Reports::Due> due = Reports::due(ws.db(), QDateTime(monday, QTime(7, 0)));
        QCOMPARE(due.size(), 2);
        QCOMPARE(due.at(0).period, ReportData::Period::Daily);
        QCOMPARE(due.at(0).first, QDate(2026, 11, 22));
        QCOMPARE(due.at(1).period, ReportData::Period::Weekly);
        QCOMPARE(due.at(1).first, QDate(2026, 11, 16));
        QCOMPARE(due.at(1).last, QDate(2026, 11, 22));
        // Tuesday: the daily only.
        due = Reports::due(ws.db(), QDateTime(monday.addDays(1), QTime(9, 0)));
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().first, monday);
        // Made: no longer due.
        const qint64 at = QDateTime(monday.addDays(1), QTime(9, 0)).toMSecsSinceEpoch();
        QVERIFY(Reports::make(ws.db(), ReportData::Period::Daily, monday, monday, at, u"autopilot"_s).created);
        QVERIFY(Reports::due(ws.db(), QDateTime(monday.addDays(1), QTime(9, 1))).isEmpty());
        // Reports switched off.
        // No daily report: the weekly one still comes, on its day.
        s.reportHour = -1;
        AutopilotSettings::save(ws.db(), s);
        QVERIFY(Reports::due(ws.db(), QDateTime(monday.addDays(2), QTime(9, 0))).isEmpty());
        due = Reports::due(ws.db(), QDateTime(monday.addDays(7), QTime(0, 30)));
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().period, ReportData::Period::Weekly);
    }

    void theChartsAreDrawn()
    {
        TestWorkspace ws;
        sell(ws);
        const auto [first, last] = ReportData::coverage(ReportData::Period::Daily, today(ws));
        const ReportData::Data d
            = ReportData::gather(ws.db(), ReportData::Period::Daily, first, last, ws.clock().nowMs());
        const QImage sales = ReportDocument::salesChart(d, 640);
        QCOMPARE(sales.width(), 640);
        // Bars in the revenue colour are on it.
        int blue = 0;
        for (int y = 0; y < sales.height(); ++y)
            for (int x = 0; x < sales.width(); ++x)
                if (sales.pixelColor(x, y) == QColor(0x25, 0x63, 0xeb))
                    ++blue;
        QVERIFY2(blue > 500, qPrintable(QString::number(blue)));
        if (const QString dir = qEnvironmentVariable("QUORUM_SCREENSHOT_DIR"); !dir.isEmpty()) {
            sales.save(dir + u"/report-sales-chart.png"_s);
            ReportDocument::spendChart(d, 640).save(dir + u"/report-spend-chart.png"_s);
        }
    }
};

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
