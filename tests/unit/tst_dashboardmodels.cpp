#include "ActivityModel.h"
#include "ClusterHealthModel.h"
#include "KpiModel.h"
#include "ModelChecks.h"
#include "ModelRoles.h"
#include "SampleAgents.h"
#include "StageSummaryModel.h"
#include "TestWorkspace.h"
#include "storage/Sql.h"
#include "storesync/SalesRollup.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The dashboard's models: today's figures, recent autonomous actions, cluster health, stages.
class TestDashboardModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void figuresTodayAgainstYesterday()
    {
        TestWorkspace tw(true);
        KpiModel model(tw.db(), &tw.clock());
        ModelChecks::attachTester(&model);
        QCOMPARE(model.rowCount(), int(KpiModel::KpiCount));
        // The demo's orders come from its store's sync at start; here, two of today's and one of yesterday's
        // for a demo product (its cost known).
        const QVariantList product
            = {tw.count(u"SELECT id FROM products WHERE cost_cents IS NOT NULL AND sku <> '' ORDER BY id LIMIT 1"_s)};
        const QString sku = Sql::scalar(tw.db(), u"SELECT sku FROM products WHERE id = ?"_s, product).toString();
        const qint64 cost = tw.count(u"SELECT cost_cents FROM products WHERE id = ?"_s, product);
        const auto order = [&tw, &sku](int id, int day, qint64 total, int quantity) {
            const qint64 created = QDateTime(QDate(2026, 11, day), QTime(9, 0)).toMSecsSinceEpoch();
            Sql::exec(tw.db(),
                u"INSERT INTO orders (id, source, remote_id, paid, currency, total_cents, shop_currency, "
                u"shop_total_cents, created_at, updated_at, synced_at) VALUES (?, 'woocommerce', ?, 1, 'EUR', ?, "
                u"'EUR', "
                u"?, ?, ?, 0)"_s,
                {id, QString::number(id), total, total, created, created});
            Sql::exec(tw.db(),
                u"INSERT INTO order_lines (order_id, sku, quantity, unit_price_cents, total_cents) VALUES (?, ?, ?, 0, "
                u"?)"_s,
                {id, sku, quantity, total});
        };
        order(1, 20, 12000, 2);
        order(2, 20, 6000, 1);
        order(3, 19, 9000, 1);
        SalesRollup::rebuild(tw.db()); // written by hand, not by the store's writer
        model.reload();
        const qint64 revenue = 18000;
        QCOMPARE(model.value(KpiModel::RevenueToday), revenue);
        QCOMPARE(model.value(KpiModel::ProfitToday), revenue - 3 * cost);
        QCOMPARE(model.value(KpiModel::PendingApprovals), 4); // the demo's seeded proposals
        QCOMPARE(model.value(KpiModel::AutonomousActions),
            tw.count(u"SELECT COUNT(*) FROM action_proposals WHERE status = 'auto_approved' AND decided_at > ?"_s,
                {tw.clock().nowMs() - 86'400'000}));
        const QModelIndex rev = model.index(KpiModel::RevenueToday);
        QVERIFY(rev.data(KpiModel::ValueTextRole).toString().startsWith(u"€"_s));
        QVERIFY(rev.data(KpiModel::DeltaTextRole).toString().contains(u"vs yesterday"_s));
        const qint64 previous = rev.data(KpiModel::PreviousValueRole).toLongLong();
        QCOMPARE(rev.data(KpiModel::TrendRole).toInt(), revenue > previous ? 1 : (revenue < previous ? -1 : 0));
    }

    void recentAutonomousActionsNewestFirst()
    {
        TestWorkspace tw(true);
        ActivityModel model(tw.db(), &tw.clock());
        ModelChecks::attachTester(&model);
        QCOMPARE(model.rowCount(), int(tw.count(u"SELECT COUNT(*) FROM audit_log"_s)));
        model.setActions({u"proposal.auto_executed"_s});
        QCOMPARE(model.rowCount(),
            int(tw.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'proposal.auto_executed'"_s)));
        const QList<qint64> seq = ModelChecks::columnAs<qint64>(&model, 0, ModelRoles::IdRole);
        QVERIFY(std::is_sorted(seq.rbegin(), seq.rend()));
        // The demo's history: two price changes of six and seven weeks ago, the newer first.
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ActivityModel::Actor).data().toString(), u"Demo example"_s);
        QVERIFY(model.index(0, ActivityModel::Subject).data().toString().contains(u"Rosehip"_s));
        QCOMPARE(model.index(0, ActivityModel::Risk).data(ModelRoles::RiskKeyRole).toString(), u"medium"_s);
        model.setTextFilter(u"Steel Bottle"_s);
        QCOMPARE(model.rowCount(), 1);
    }

    void clusterHealth()
    {
        TestWorkspace tw;
        SampleAgents::insert(tw.db(), tw.clock().nowMs());
        ClusterHealthModel model(tw.db(), &tw.clock());
        ModelChecks::attachTester(&model);
        QCOMPARE(model.rowCount(), 5);
        const QModelIndex product = model.index(1);
        QCOMPARE(product.data(ClusterHealthModel::KeyRole).toString(), u"product"_s);
        QCOMPARE(product.data(ClusterHealthModel::HealthyRole).toInt(), 6);
        QCOMPARE(product.data(ClusterHealthModel::TotalRole).toInt(), 7);
        QCOMPARE(product.data(ClusterHealthModel::StatusKeyRole).toString(), u"degraded"_s);
        tw.clock().advance(3'600'000);
        model.reload();
        QCOMPARE(product.data(ClusterHealthModel::HealthyRole).toInt(), 0);
        QCOMPARE(product.data(ClusterHealthModel::StatusKeyRole).toString(), u"down"_s);
    }

    void stagesAddUp()
    {
        TestWorkspace tw(true);
        StageSummaryModel model(tw.db());
        ModelChecks::attachTester(&model);
        QCOMPARE(model.total(), int(tw.count(u"SELECT COUNT(*) FROM products"_s)));
        const QModelIndex waiting = model.index(0);
        QCOMPARE(waiting.data(StageSummaryModel::CountRole).toInt(),
            int(tw.count(
                u"SELECT COUNT(*) FROM products WHERE stage IN ('needs_review', 'awaiting_approval', 'escalated')"_s)));
        // A product whose run waits out a failure is not "being written": it has its own group.
        const qint64 writing = tw.count(u"SELECT COUNT(*) FROM products WHERE stage IN ('enhancing', 'validating')"_s);
        QVERIFY(writing > 0);
        const qint64 id = tw.count(u"SELECT MIN(id) FROM products WHERE stage = 'enhancing'"_s);
        Sql::exec(tw.db(),
            u"INSERT INTO jobs (kind, subject_id, state, attempts, run_after, idempotency_key, created_at, updated_at) "
            u"VALUES ('generate', ?, 'queued', 0, 0, 'waiting-test', 0, 0)"_s,
            {id});
        Sql::exec(tw.db(), u"UPDATE jobs SET waiting_since = 1 WHERE idempotency_key = 'waiting-test'"_s);
        model.reload();
        QCOMPARE(model.index(1).data(StageSummaryModel::CountRole).toLongLong(), writing - 1);
        QCOMPARE(model.index(2).data(StageSummaryModel::CountRole).toInt(), 1);
        QVERIFY(model.index(2).data(StageSummaryModel::WaitingRole).toBool());
        QCOMPARE(model.total(), int(tw.count(u"SELECT COUNT(*) FROM products"_s)));
        Sql::exec(tw.db(), u"UPDATE products SET stage = 'failed'"_s);
        model.reload();
        QCOMPARE(model.index(model.rowCount() - 1).data(StageSummaryModel::ShareRole).toInt(), 100);
    }
};

QTEST_GUILESS_MAIN(TestDashboardModels)
#include "tst_dashboardmodels.moc"
