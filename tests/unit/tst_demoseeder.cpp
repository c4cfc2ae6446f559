#include "TestWorkspace.h"
#include "audit/AuditLog.h"
#include "demo/DemoSeeder.h"
#include "storage/Sql.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

// The demo workspace holds what the walking skeleton promises: 40+ products in 5 categories in
// varied stages, 12 pending approvals of all risk levels, agents in the four clusters with heartbeats,
// 6 campaigns with 60 days of metrics ending today, 4 generated sites.
class TestDemoSeeder : public QObject
{
    Q_OBJECT

private slots:
    void seedsEverythingTheDemoPromises()
    {
        TestWorkspace tw(true);
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        QVERIFY(tw.workspace().isDemo());
        QVERIFY(tw.count(u"SELECT COUNT(*) FROM products"_s) >= 40);
        QCOMPARE(tw.count(u"SELECT COUNT(DISTINCT category) FROM products"_s), 5);
        QVERIFY(tw.count(u"SELECT COUNT(DISTINCT stage) FROM products"_s) >= 10);
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM action_proposals WHERE status = 'pending'"_s), 12);
        QCOMPARE(tw.count(u"SELECT COUNT(DISTINCT risk_level) FROM action_proposals WHERE status = 'pending'"_s), 3);
        QCOMPARE(tw.count(u"SELECT COUNT(DISTINCT cluster) FROM agents WHERE cluster <> 'executive'"_s), 4);
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM agents WHERE heartbeat_at IS NULL"_s), 0);
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM campaigns"_s), 6);
        QCOMPARE(
            tw.count(u"SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM campaign_metrics GROUP BY campaign_id)"_s), 60);
        QCOMPARE(Sql::scalar(tw.db(), u"SELECT MAX(day) FROM campaign_metrics"_s).toString(), u"2026-11-20"_s);
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM sites"_s), 4);
        QSqlQuery sites = Sql::exec(tw.db(), u"SELECT html_path FROM sites"_s);
        while (sites.next()) {
            QFile page(QDir(tw.workspace().sitesDir()).filePath(sites.value(0).toString()));
            QVERIFY2(page.open(QIODevice::ReadOnly), qPrintable(page.fileName()));
            const QString html = QString::fromUtf8(page.readAll());
            QVERIFY(html.contains(u"<h1>"_s));
            QVERIFY(!html.contains(u"{{"_s));
        }
        // Every stage change is in the activity log and the audit trail verifies.
        QVERIFY(tw.count(u"SELECT COUNT(*) FROM product_events"_s) > 40);
        QVERIFY(AuditLog::verify(tw.db()).ok);
        QCOMPARE(DemoSeeder::seededOn(tw.workspace()), u"2026-11-20"_s);
    }

    void refusesAWorkspaceWithProducts()
    {
        TestWorkspace tw(true);
        QString error;
        QVERIFY(!DemoSeeder::seed(tw.workspace(), tw.clock(), &error));
        QVERIFY(error.contains(u"already holds products"_s));
    }

    void refreshesHeartbeatsOnlyInDemoWorkspaces()
    {
        TestWorkspace demo(true);
        demo.clock().advance(3'600'000);
        QVERIFY(DemoSeeder::refreshHeartbeats(demo.workspace(), demo.clock()) > 0);
        QCOMPARE(demo.count(u"SELECT COUNT(*) FROM agents WHERE status = 'running' AND heartbeat_at < ?"_s,
                     {demo.clock().nowMs() - 60'000}),
            0);
        TestWorkspace real;
        QCOMPARE(DemoSeeder::refreshHeartbeats(real.workspace(), real.clock()), 0);
    }

    void resetRefusesARealWorkspace()
    {
        TestWorkspace real;
        Sql::exec(
            real.db(), u"INSERT INTO products (name, price_cents, created_at, updated_at) VALUES ('x', 1, 0, 0)"_s);
        QString error;
        QVERIFY(!DemoSeeder::reset(real.path(), &error));
        QVERIFY(error.contains(u"real workspace"_s));
        QCOMPARE(real.count(u"SELECT COUNT(*) FROM products"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestDemoSeeder)
#include "tst_demoseeder.moc"
