#include "ApprovalsModel.h"
#include "ModelChecks.h"
#include "ModelRoles.h"
#include "TestWorkspace.h"
#include "agents/AgentRuns.h"
#include "shopagents/ShopAgents.h"
#include "storage/Sql.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestApprovalsModel : public QObject
{
    Q_OBJECT

private slots:
    void queueOrderedByPriorityThenDeadline()
    {
        TestWorkspace tw(true);
        ApprovalsModel model(tw.db(), &tw.clock());
        ModelChecks::attachTester(&model);
        QCOMPARE(model.rowCount(), 4); // the demo's two content reviews and its two examples
        QList<qint64> expected;
        QSqlQuery q = Sql::exec(tw.db(),
            u"SELECT id FROM action_proposals WHERE status = 'pending' ORDER BY priority DESC, deadline ASC, id"_s);
        while (q.next())
            expected.append(q.value(0).toLongLong());
        QCOMPARE(ModelChecks::columnAs<qint64>(&model, 0, ModelRoles::IdRole), expected);
        QCOMPARE(model.index(0, ApprovalsModel::Priority).data().toString(), u"High"_s);
    }

    void filtersByClusterAgentRiskTypeAndText()
    {
        TestWorkspace tw(true);
        // The demo's waiting proposals are all high: a medium one, held for a person by its rule.
        Sql::exec(tw.db(),
            u"INSERT INTO action_proposals (agent, action_type, title, confidence, parameters, risk_level, verdict, "
            u"rule_version, priority, status, proposed_by, currency, created_at, updated_at) VALUES ('Pricing', "
            u"'price_change', 'A medium one', 0.7, '{}', 'medium', '', 1, 1, 'pending', 'Pricing', 'EUR', 0, 0)"_s);
        ApprovalsModel model(tw.db(), &tw.clock());
        ModelChecks::attachTester(&model);
        model.setRiskFilter(u"high"_s);
        QCOMPARE(model.rowCount(),
            int(tw.count(u"SELECT COUNT(*) FROM action_proposals WHERE status='pending' AND risk_level='high'"_s)));
        QVERIFY(model.rowCount() > 0);
        model.setRiskFilter(u"medium"_s);
        QCOMPARE(model.rowCount(), 1);
        model.setRiskFilter(QString());
        // Proposals belong to the cluster of their agent on the roster.
        AgentRuns::install(tw.db(), *ShopAgents::roster(), tw.clock().nowMs());
        model.reload();
        model.setClusterFilter(u"product"_s);
        QCOMPARE(model.rowCount(),
            int(tw.count(
                u"SELECT COUNT(*) FROM action_proposals p JOIN agents a ON a.name = p.agent WHERE p.status='pending' AND a.cluster='product'"_s)));
        QVERIFY(model.rowCount() > 0);
        model.setClusterFilter(u"finance"_s);
        QCOMPARE(model.rowCount(), 0);
        model.setClusterFilter(QString());
        model.setAgentFilter(u"Quality Reviewer"_s);
        QVERIFY(model.rowCount() > 0);
        for (const QString& a : ModelChecks::columnValues(&model, ApprovalsModel::Agent))
            QCOMPARE(a, u"Quality Reviewer"_s);
        model.setAgentFilter(QString());
        model.setActionTypeFilter(u"refund"_s);
        QCOMPARE(model.rowCount(), 1);
        model.setActionTypeFilter(QString());
        model.setTextFilter(u"Winter"_s);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.summaryAt(model.index(0, 0)).title.contains(u"Winter Layers"_s));
        model.setTextFilter(QString());
        model.setStatusFilter(u"auto_approved"_s);
        QCOMPARE(
            model.rowCount(), int(tw.count(u"SELECT COUNT(*) FROM action_proposals WHERE status='auto_approved'"_s)));
        QVERIFY(model.agents().contains(u"Fraud Detection"_s));
    }

    void countdownFollowsTheClock()
    {
        TestWorkspace tw(true);
        ApprovalsModel model(tw.db(), &tw.clock());
        model.sort(ApprovalsModel::Deadline, Qt::AscendingOrder);
        const QModelIndex first = model.index(0, ApprovalsModel::Deadline);
        const qint64 deadline = first.data(ModelRoles::DeadlineRole).toLongLong();
        tw.clock().setNow(deadline - 90 * 60'000);
        QCOMPARE(first.data().toString(), u"in 1 h 30 min"_s);
        tw.clock().setNow(deadline + 5 * 60'000);
        QCOMPARE(first.data().toString(), u"overdue by 5 min"_s);
        QVERIFY(first.data(Qt::ForegroundRole).isValid());
    }

    void sortsByEveryColumn()
    {
        TestWorkspace tw(true);
        // The demo's waiting proposals are all high; a medium and a low one (held for a person by their rule).
        for (const QString& risk : {u"medium"_s, u"low"_s})
            Sql::exec(tw.db(),
                u"INSERT INTO action_proposals (agent, action_type, title, confidence, parameters, risk_level, "
                u"verdict, "
                u"rule_version, priority, status, proposed_by, currency, created_at, updated_at) VALUES ('Pricing', "
                u"'price_change', ?, 0.7, '{}', ?, '', 1, 1, 'pending', 'Pricing', 'EUR', 0, 0)"_s,
                {u"A %1 one"_s.arg(risk), risk});
        ApprovalsModel model(tw.db(), &tw.clock());
        ModelChecks::attachTester(&model);
        model.sort(ApprovalsModel::Confidence, Qt::DescendingOrder);
        const QList<double> conf
            = ModelChecks::columnAs<double>(&model, ApprovalsModel::Confidence, ModelRoles::RawValueRole);
        QVERIFY(std::is_sorted(conf.rbegin(), conf.rend()));
        model.sort(ApprovalsModel::Risk, Qt::DescendingOrder);
        QCOMPARE(model.index(0, ApprovalsModel::Risk).data(ModelRoles::RiskKeyRole).toString(), u"high"_s);
        QCOMPARE(
            model.index(model.rowCount() - 1, ApprovalsModel::Risk).data(ModelRoles::RiskKeyRole).toString(), u"low"_s);
        // Back to the queue's natural order.
        model.sort(-1);
        QCOMPARE(model.index(0, ApprovalsModel::Priority).data().toString(), u"High"_s);
    }
};

QTEST_GUILESS_MAIN(TestApprovalsModel)
#include "tst_approvalsmodel.moc"
