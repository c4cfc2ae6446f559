#include "AgentsModel.h"
#include "ModelChecks.h"
#include "ModelRoles.h"
#include "SampleAgents.h"
#include "TestWorkspace.h"
#include "jobs/RunControl.h"
#include "storage/Sql.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestAgentsModel : public QObject
{
    Q_OBJECT

private slots:
    void treeOfClustersAndAgents()
    {
        TestWorkspace tw;
        SampleAgents::insert(tw.db(), tw.clock().nowMs());
        AgentsModel model(tw.db(), &tw.clock());
        ModelChecks::attachTester(&model);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.agentCount(), int(tw.count(u"SELECT COUNT(*) FROM agents"_s)));
        QCOMPARE(ModelChecks::columnValues(&model, AgentsModel::Name),
            (QStringList{u"Executive"_s, u"Product"_s, u"Marketing"_s, u"Customer service"_s, u"Finance"_s}));
        const QModelIndex product = model.index(1, 0);
        QVERIFY(model.isCluster(product));
        QCOMPARE(model.clusterKeyAt(product), u"product"_s);
        QCOMPARE(model.rowCount(product), int(tw.count(u"SELECT COUNT(*) FROM agents WHERE cluster = 'product'"_s)));
        const QModelIndex child = model.index(0, 0, product);
        QCOMPARE(model.parent(child), product);
        QVERIFY(!model.isCluster(child));
        QCOMPARE(model.agentAt(child).cluster, u"product"_s);
        QCOMPARE(child.data(ModelRoles::IsClusterRole).toBool(), false);
    }

    void clusterRowsRollUpHealth()
    {
        TestWorkspace tw;
        SampleAgents::insert(tw.db(), tw.clock().nowMs());
        AgentsModel model(tw.db(), &tw.clock());
        // Product has one agent in error with a stale heartbeat: 6 of 7 healthy.
        const QModelIndex product = model.index(1, AgentsModel::Status);
        QCOMPARE(product.data().toString(), u"6 of 7 healthy"_s);
        QCOMPARE(product.data(ModelRoles::StatusKeyRole).toString(), u"degraded"_s);
        // Time passes without heartbeats: nobody is healthy any more.
        tw.clock().advance(10 * 60'000);
        QCOMPARE(product.data().toString(), u"0 of 7 healthy"_s);
    }

    // Health says what happened: failing calls make an agent unhealthy whatever its heartbeat; paused
    // on purpose is not a fault and is left out of the count; the emergency stop shows on every agent.
    void healthIsWhatHappened()
    {
        TestWorkspace tw;
        SampleAgents::insert(tw.db(), tw.clock().nowMs());
        const qint64 now = tw.clock().nowMs();
        Sql::exec(tw.db(),
            u"UPDATE agents SET status = 'running', paused = 0, heartbeat_at = ?, tasks_ok = 10, tasks_failed = 0 "
            u"WHERE cluster = 'product'"_s,
            {now});
        Sql::exec(tw.db(), u"UPDATE agents SET tasks_ok = 0, tasks_failed = 5 WHERE name = 'Product Scout'"_s);
        Sql::exec(tw.db(), u"UPDATE agents SET paused = 1, status = 'paused' WHERE name = 'Supplier Vetting'"_s);
        AgentsModel model(tw.db(), &tw.clock());
        ModelChecks::attachTester(&model);
        const int total = int(tw.count(u"SELECT COUNT(*) FROM agents WHERE cluster = 'product'"_s));
        const QModelIndex product = model.index(1, 0);
        QCOMPARE(model.index(1, AgentsModel::Status).data().toString(),
            u"%1 of %2 healthy · 1 paused"_s.arg(total - 2).arg(total - 1));
        QModelIndex scout;
        QModelIndex vetter;
        for (int r = 0; r < model.rowCount(product); ++r) {
            const QString name = model.agentAt(model.index(r, 0, product)).name;
            if (name == u"Product Scout")
                scout = model.index(r, AgentsModel::Status, product);
            if (name == u"Supplier Vetting")
                vetter = model.index(r, AgentsModel::Status, product);
        }
        QVERIFY(scout.isValid() && vetter.isValid());
        QCOMPARE(scout.data().toString(), u"Failing: 0 of 5 calls succeeded today"_s);
        QCOMPARE(scout.data(ModelRoles::StatusKeyRole).toString(), u"error"_s);
        QCOMPARE(vetter.data().toString(), u"Paused"_s);
        QCOMPARE(vetter.data(ModelRoles::StatusKeyRole).toString(), u"paused"_s);
        QVERIFY(!vetter.data(Qt::ToolTipRole).toString().isEmpty());

        RunControl::setState(tw.db(), RunControl::State::Stopped, u"test"_s, now);
        model.reload();
        QCOMPARE(scout.data().toString(), u"Stopped (emergency stop)"_s);
        QCOMPARE(model.index(1, AgentsModel::Status).data().toString(), u"All stopped (emergency stop)"_s);
        RunControl::setState(tw.db(), RunControl::State::Paused, u"test"_s, now);
        model.reload();
        QCOMPARE(scout.data().toString(), u"Paused (pipeline paused)"_s);
    }

    // An agent that runs on events and has had none is neither healthy nor a fault: nothing has shown either.
    void anEventAgentNotRunYetIsNotCountedHealthy()
    {
        TestWorkspace tw;
        const qint64 now = tw.clock().nowMs();
        Sql::exec(tw.db(),
            u"INSERT INTO agents (name, cluster, kind, interval_ms, status, updated_at) VALUES ('Ad Rules', "
            u"'marketing', 'internal', 0, 'idle', ?), ('SEO', 'marketing', 'internal', 86400000, 'idle', ?)"_s,
            {now, now});
        Sql::exec(tw.db(), u"UPDATE agents SET last_run_at = ?, last_outcome = 'ok', tasks_ok = 1 WHERE name = 'SEO'"_s,
            {now});
        AgentsModel model(tw.db(), &tw.clock());
        ModelChecks::attachTester(&model);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex marketing = model.index(0, 0);
        QModelIndex rules;
        for (int r = 0; r < model.rowCount(marketing); ++r)
            if (model.agentAt(model.index(r, 0, marketing)).name == u"Ad Rules")
                rules = model.index(r, AgentsModel::Status, marketing);
        QVERIFY(rules.isValid());
        QCOMPARE(rules.data().toString(), u"Not run yet"_s);
        QCOMPARE(rules.data(ModelRoles::StatusKeyRole).toString(), u"idle"_s);
        QCOMPARE(model.index(0, AgentsModel::Status).data().toString(), u"1 of 1 healthy · 1 not run yet"_s);
        // Its first run shows how it went.
        Sql::exec(tw.db(),
            u"UPDATE agents SET last_run_at = ?, last_outcome = 'ok', tasks_ok = 1 WHERE name = "
            u"'Ad Rules'"_s,
            {now});
        model.reload();
        QCOMPARE(model.index(0, AgentsModel::Status).data().toString(), u"2 of 2 healthy"_s);
    }

    void sortsWithinClustersAndFilters()
    {
        TestWorkspace tw;
        SampleAgents::insert(tw.db(), tw.clock().nowMs());
        AgentsModel model(tw.db(), &tw.clock());
        ModelChecks::attachTester(&model);
        model.sort(AgentsModel::Load, Qt::DescendingOrder);
        const QModelIndex product = model.index(1, 0);
        const QList<int> loads
            = ModelChecks::columnAs<int>(&model, AgentsModel::Load, ModelRoles::RawValueRole, product);
        QVERIFY(std::is_sorted(loads.rbegin(), loads.rend()));
        model.setTextFilter(u"Fraud"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.agentCount(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), u"Finance"_s);
        model.setTextFilter(u"nobody-by-that-name"_s);
        QCOMPARE(model.rowCount(), 0);
    }

    void reloadKeepsShapeAsDataChanged()
    {
        TestWorkspace tw;
        SampleAgents::insert(tw.db(), tw.clock().nowMs());
        AgentsModel model(tw.db(), &tw.clock());
        ModelChecks::attachTester(&model);
        Sql::exec(tw.db(), u"UPDATE agents SET load_pct = 99 WHERE name = 'Product Scout'"_s);
        model.reload();
        bool found = false;
        const QModelIndex product = model.index(1, 0);
        for (int r = 0; r < model.rowCount(product); ++r) {
            if (model.agentAt(model.index(r, 0, product)).name == u"Product Scout")
                found = model.index(r, AgentsModel::Load, product).data().toString() == u"99 %";
        }
        QVERIFY(found);
        Sql::exec(tw.db(),
            u"INSERT INTO agents (name, cluster, status, heartbeat_at, updated_at) VALUES ('New Agent', 'finance', 'idle', ?, 0)"_s,
            {tw.clock().nowMs()});
        model.reload();
        QCOMPARE(model.agentCount(), int(tw.count(u"SELECT COUNT(*) FROM agents"_s)));
    }
};

QTEST_GUILESS_MAIN(TestAgentsModel)
#include "tst_agentsmodel.moc"
