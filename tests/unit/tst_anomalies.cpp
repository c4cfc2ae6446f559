#include "AnomaliesModel.h"
#include "TestWorkspace.h"
#include "campaigns/Anomalies.h"
#include "storage/Sql.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;

// Unusual campaign days by a robust z-score, weekday by weekday, checked against figures computed by
// hand; and the days it must not judge.
class TestAnomalies : public QObject
{
    Q_OBJECT

    // 28 days before `day` with spend m ± delta: every weekday has m − delta, m, m, m + delta (so its
    // median is m and no weekday factor), and the deviations are 0 (14 times) and delta (14 times),
    // so the MAD is delta / 2.
    static QMap<QDate, Anomalies::Day> flat(QDate day, qint64 m, qint64 delta, qint64 weekend = 0)
    {
        QMap<QDate, Anomalies::Day> days;
        for (int i = 1; i <= 28; ++i) {
            const QDate d = day.addDays(-i);
            const int week = (i - 1) / 7;
            const qint64 offset = week == 0 ? -delta : week == 3 ? delta : 0;
            const qint64 level = d.dayOfWeek() >= 6 && weekend > 0 ? weekend : m;
            days.insert(d, Anomalies::Day{level + offset * level / m, 0, 0, 0, 0});
        }
        return days;
    }

private slots:
    void aSpikeIsJudgedAsComputedByHand()
    {
        const QDate day(2026, 11, 25); // a Wednesday
        auto days = flat(day, 10000, 1000);
        // MAD = 500; z = 0.6745 · 3000 / 500 = 4.047: flagged.
        days.insert(day, Anomalies::Day{13000, 0, 0, 0, 0});
        const auto f = Anomalies::judge(days, day, Anomalies::Metric::Spend);
        QVERIFY(f);
        QVERIFY2(qAbs(f->z - 4.047) < 0.001, qPrintable(QString::number(f->z)));
        QCOMPARE(f->usual, 10000.0);
        QCOMPARE(f->value, 13000.0);
        // 2500 above: z = 3.37, within the cut-off.
        days.insert(day, Anomalies::Day{12500, 0, 0, 0, 0});
        QVERIFY(!Anomalies::judge(days, day, Anomalies::Metric::Spend));
        // A drop as far below is flagged too, negative.
        days.insert(day, Anomalies::Day{7000, 0, 0, 0, 0});
        const auto drop = Anomalies::judge(days, day, Anomalies::Metric::Spend);
        QVERIFY(drop && drop->z < -4);
    }

    void aBusyWeekendIsNotNews()
    {
        // Saturdays and Sundays spend half as much again: a Saturday at that level is usual, the same
        // amount on a Wednesday is not.
        const QDate saturday(2026, 11, 28);
        auto days = flat(saturday, 10000, 1000, 15000);
        days.insert(saturday, Anomalies::Day{15500, 0, 0, 0, 0});
        QVERIFY(!Anomalies::judge(days, saturday, Anomalies::Metric::Spend));
        const QDate wednesday(2026, 11, 25);
        auto weekdays = flat(wednesday, 10000, 1000, 15000);
        weekdays.insert(wednesday, Anomalies::Day{15500, 0, 0, 0, 0});
        const auto f = Anomalies::judge(weekdays, wednesday, Anomalies::Metric::Spend);
        QVERIFY(f);
        QCOMPARE(f->usual, 10000.0);
    }

    void whatCannotBeJudgedIsNot()
    {
        const QDate day(2026, 11, 25);
        // Thirteen earlier days are too few.
        QMap<QDate, Anomalies::Day> few;
        for (int i = 1; i <= 13; ++i)
            few.insert(day.addDays(-i), Anomalies::Day{10000 + i * 10, 0, 0, 0, 0});
        few.insert(day, Anomalies::Day{90000, 0, 0, 0, 0});
        QVERIFY(!Anomalies::judge(few, day, Anomalies::Metric::Spend));
        // Every day the same: no spread to measure against.
        QMap<QDate, Anomalies::Day> same;
        for (int i = 1; i <= 28; ++i)
            same.insert(day.addDays(-i), Anomalies::Day{10000, 0, 0, 0, 0});
        same.insert(day, Anomalies::Day{90000, 0, 0, 0, 0});
        QVERIFY(!Anomalies::judge(same, day, Anomalies::Metric::Spend));
        // No purchase: no CPA; under 100 impressions: no CTR; a missing day: nothing.
        QVERIFY(!Anomalies::value(Anomalies::Day{5000, 0, 0, 10, 500}, Anomalies::Metric::Cpa));
        QVERIFY(!Anomalies::value(Anomalies::Day{5000, 0, 1, 10, 99}, Anomalies::Metric::Ctr));
        QVERIFY(!Anomalies::judge(same, day.addDays(1), Anomalies::Metric::Spend));
    }

    // In a workspace: spend and CTR on yesterday, ROAS and CPA only on a day old enough for late
    // purchases; the model lists them, the largest first.
    void theWorkspaceJudgesSettledDays()
    {
        TestWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        const QDate today = QDateTime::fromMSecsSinceEpoch(tw.clock().nowMs()).date();
        const qint64 campaign = Sql::insert(tw.db(),
            u"INSERT INTO campaigns (name, platform, status, daily_budget_cents, currency, created_at, updated_at) "
            u"VALUES ('Winter', 'meta', 'active', 10000, 'EUR', 0, 0)"_s);
        for (int i = 1; i <= 40; ++i) {
            const QDate d = today.addDays(-i);
            const qint64 wobble = (i % 4) * 100;
            qint64 spend = 10000 + wobble;
            qint64 revenue = 30000 + (i % 3) * 600;
            if (i == 1) {
                spend = 30000;  // yesterday: three times the spend
                revenue = 3000; // and almost no purchases yet: not judged, they come late
            }
            if (i == kRoasDay)
                revenue = 2000; // a settled day whose ROAS collapsed
            Sql::exec(tw.db(),
                u"INSERT INTO campaign_metrics (campaign_id, day, spend_cents, revenue_cents, impressions, clicks, "
                u"conversions) VALUES (?, ?, ?, ?, 10000, 100, 5)"_s,
                {campaign, d.toString(Qt::ISODate), spend, revenue});
        }
        const QList<Anomalies::Finding> found = Anomalies::find(tw.db(), today);
        QStringList seen;
        for (const auto& f : found)
            seen.append(u"%1 %2"_s.arg(Anomalies::metricName(f.metric), f.day.toString(Qt::ISODate)));
        QVERIFY2(
            seen.contains(u"Spend %1"_s.arg(today.addDays(-1).toString(Qt::ISODate))), qPrintable(seen.join(u", "_s)));
        QVERIFY2(seen.contains(u"ROAS %1"_s.arg(today.addDays(-kRoasDay).toString(Qt::ISODate))),
            qPrintable(seen.join(u", "_s)));
        QVERIFY2(
            !seen.contains(u"ROAS %1"_s.arg(today.addDays(-1).toString(Qt::ISODate))), qPrintable(seen.join(u", "_s)));
        // Synced from an ad account whose last complete day was three days ago: yesterday was read only in
        // part, and is not news.
        const qint64 account = Sql::insert(tw.db(),
            u"INSERT INTO connections (kind, name, url, account, created_at, updated_at) VALUES ('meta_ads', 'Ads', "
            u"'', '1234567890', 0, 0)"_s);
        Sql::exec(tw.db(),
            u"INSERT INTO ad_accounts (connection_id, currency, time_zone, synced_through, updated_at) VALUES (?, "
            u"'EUR', 'Europe/Amsterdam', ?, 0)"_s,
            {account, today.addDays(-3).toString(Qt::ISODate)});
        Sql::exec(tw.db(), u"UPDATE campaigns SET connection_id = ? WHERE id = ?"_s, {account, campaign});
        QStringList partly;
        for (const auto& f : Anomalies::find(tw.db(), today))
            partly.append(u"%1 %2"_s.arg(Anomalies::metricName(f.metric), f.day.toString(Qt::ISODate)));
        QVERIFY2(!partly.contains(u"Spend %1"_s.arg(today.addDays(-1).toString(Qt::ISODate))),
            qPrintable(partly.join(u", "_s)));
        Sql::exec(tw.db(), u"UPDATE campaigns SET connection_id = NULL WHERE id = ?"_s, {campaign});

        AnomaliesModel model(tw.db(), &tw.clock());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), found.size());
        QCOMPARE(model.index(0, AnomaliesModel::Campaign).data().toString(), u"Winter"_s);
        QVERIFY(model.lines(5).first().startsWith(u"Winter: "_s));
    }

private:
    static constexpr int kRoasDay = Anomalies::kSettleDays;
};

QTEST_GUILESS_MAIN(TestAnomalies)
#include "tst_anomalies.moc"
