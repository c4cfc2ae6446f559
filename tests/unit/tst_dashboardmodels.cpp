#include "ActivityModel.h"
#include "ClusterHealthModel.h"
#include "KpiModel.h"
#include "ModelChecks.h"
#include "ModelRoles.h"
#include "SampleAgents.h"
#include "StageSummaryModel.h"
#include "TestWorkspace.h"
#include "audit/AuditLog.h"
#include "storage/Sql.h"
#include "storesync/SalesRollup.h"

#include <QSignalSpy>
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

    void aLiveRefreshOfTheLogReadsOnlyWhatJoined()
    {
        TestWorkspace tw(true);
        ActivityModel model(tw.db(), &tw.clock());
        ModelChecks::attachTester(&model);
        model.setActions({u"proposal.auto_executed"_s, u"proposal.approved"_s});
        const int before = model.rowCount();
        const qint64 newest = model.index(0, 0).data(ModelRoles::IdRole).toLongLong();
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        const qint64 now = tw.clock().nowMs();
        const qint64 first = AuditLog::append(tw.db(), now, u"Ann"_s, u"proposal.approved"_s, u"proposal:1"_s, {});
        AuditLog::append(tw.db(), now, u"Ann"_s, u"settings.brand"_s, u"brand"_s, {}); // not this list's
        const qint64 last = AuditLog::append(tw.db(), now, u"Ann"_s, u"proposal.approved"_s, u"proposal:2"_s, {});
        model.refresh();
        // The two new entries join at the top, newest first, as rows inserted; nothing was reset or removed.
        QCOMPARE(model.rowCount(), before + 2);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 1);
        QCOMPARE(model.index(0, 0).data(ModelRoles::IdRole).toLongLong(), last);
        QCOMPARE(model.index(1, 0).data(ModelRoles::IdRole).toLongLong(), first);
        QCOMPARE(model.index(2, 0).data(ModelRoles::IdRole).toLongLong(), newest);
        QCOMPARE(model.rowForId(first), 1);
        model.refresh(); // nothing new: nothing happens
        QCOMPARE(inserted.size(), 1);
        // Oldest first (the time column sorts by the entry's number), a new entry joins at the bottom.
        model.sort(ActivityModel::Time, Qt::AscendingOrder);
        const qint64 third = AuditLog::append(tw.db(), now, u"Ann"_s, u"proposal.approved"_s, u"proposal:3"_s, {});
        model.refresh();
        QCOMPARE(model.rowCount(), before + 3);
        QCOMPARE(model.index(model.rowCount() - 1, 0).data(ModelRoles::IdRole).toLongLong(), third);
        // Sorted by who, the order is not the log's: the whole list is read again and lands in its place.
        model.sort(ActivityModel::Actor, Qt::AscendingOrder);
        AuditLog::append(tw.db(), now, u"Aaron"_s, u"proposal.approved"_s, u"proposal:4"_s, {});
        model.refresh();
        QCOMPARE(model.rowCount(), before + 4);
        QCOMPARE(model.index(0, ActivityModel::Actor).data().toString(), u"Aaron"_s);
    }

    // Every entry the approval gateway and the leads write has its own words in the history.
    void gatewayAndLeadEntriesAreNamed()
    {
        for (const QString& action :
            {u"gateway.proposed"_s, u"gateway.cancelled"_s, u"gateway.receipt"_s, u"gateway.receipt_mismatch"_s,
                u"gateway.decision"_s, u"gateway.acknowledged"_s, u"gateway.connected"_s, u"gateway.disconnected"_s,
                u"gateway.closed"_s, u"gateway.subscribed"_s, u"gateway.refused"_s, u"gateway.request_refused"_s,
                u"gateway.agent_registered"_s, u"gateway.key_issued"_s, u"gateway.key_revoked"_s, u"settings.gateway"_s,
                u"proposal.revoked"_s, u"leads.imported"_s, u"lead.status"_s, u"settings.territory"_s})
            QVERIFY2(ActivityModel::actionDisplayName(action) != u"Recorded change"_s, qPrintable(action));
        QCOMPARE(ActivityModel::actionDisplayName(u"gateway.proposed"_s), u"Proposed through the gateway"_s);
        QCOMPARE(ActivityModel::actionDisplayName(u"something.new"_s), u"Recorded change"_s);
    }

    void autonomousActionsCountOnTheirLocalDay()
    {
        TestWorkspace tw(true);
        Sql::exec(tw.db(), u"UPDATE action_proposals SET status = 'approved' WHERE status = 'auto_approved'"_s);
        const QDate today = QDateTime::fromMSecsSinceEpoch(tw.clock().nowMs()).date();
        const auto decided = [&tw](const QDateTime& at) {
            static int n = 0;
            Sql::exec(tw.db(),
                u"INSERT INTO action_proposals (agent, action_type, title, risk_level, status, decided_at, created_at, "
                u"updated_at) VALUES ('Pricing', 'price_change', ?, 'low', 'auto_approved', ?, ?, ?)"_s,
                {u"Change %1"_s.arg(++n), at.toMSecsSinceEpoch(), at.toMSecsSinceEpoch(), at.toMSecsSinceEpoch()});
        };
        decided(today.startOfDay());                                      // the first instant of today
        decided(QDateTime(today, QTime(11, 0)));                          // today
        decided(today.startOfDay().addMSecs(-1));                         // the last instant of yesterday
        decided(today.addDays(-(KpiModel::SeriesDays - 1)).startOfDay()); // the series' first day
        decided(today.addDays(-KpiModel::SeriesDays).startOfDay());       // before it
        KpiModel model(tw.db(), &tw.clock());
        ModelChecks::attachTester(&model);
        const QList<qint64> series
            = model.index(KpiModel::AutonomousActions).data(KpiModel::SeriesRole).value<QList<qint64>>();
        QCOMPARE(series.size(), KpiModel::SeriesDays);
        QList<qint64> expected(KpiModel::SeriesDays, 0);
        expected[KpiModel::SeriesDays - 1] = 2;
        expected[KpiModel::SeriesDays - 2] = 1;
        expected[0] = 1;
        QCOMPARE(series, expected);
        // The card counts a rolling 24 hours: today's two and yesterday's last instant.
        QCOMPARE(model.value(KpiModel::AutonomousActions), 3);
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
