#include "EndpointsModel.h"
#include "ModelChecks.h"
#include "TestWorkspace.h"
#include "agents/PipelineAgents.h"
#include "llm/ProviderStore.h"
#include "resilience/ApiRuntime.h"
#include "storage/Sql.h"

#include <QTest>

using namespace Qt::StringLiterals;

// What the Agents pane shows about the pipeline: the endpoints' breakers and limits, and the
// pipeline's own agents with figures from the calls they made.
class TestEndpoints : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void showsBreakersAndLimitsByProviderName()
    {
        TestWorkspace ws;
        ProviderStore::useSandbox(ws.db(), QUrl(u"http://127.0.0.1:9"_s));
        ApiRuntime runtime(&ws.clock());
        const auto writer = *ProviderStore::find(ws.db(), u"sandbox-writer"_s);
        const auto reviewer = *ProviderStore::find(ws.db(), u"sandbox-reviewer"_s);
        CircuitBreaker* breaker = runtime.breakers()->breaker(writer.endpointKey());
        for (int i = 0; i < 5; ++i) {
            QVERIFY(breaker->allow());
            breaker->recordFailure();
        }
        AdaptiveLimiter::Config config;
        config.initial = 12;
        runtime.limiter(reviewer.endpointKey(), config);

        EndpointsModel model(ws.db(), &runtime, &ws.clock());
        ModelChecks::attachTester(&model);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(ModelChecks::columnValues(&model, EndpointsModel::Endpoint),
            (QStringList{u"Sandbox reviewer (Anthropic format)"_s, u"Sandbox writer (OpenAI format)"_s}));
        QCOMPARE(model.index(1, EndpointsModel::Circuit).data(EndpointsModel::CircuitKeyRole).toString(), u"open"_s);
        QVERIFY2(model.index(1, EndpointsModel::Circuit)
                     .data()
                     .toString()
                     .startsWith(u"Paused after failures, calls resume in 30"_s),
            qPrintable(model.index(1, EndpointsModel::Circuit).data().toString()));
        QCOMPARE(model.index(1, EndpointsModel::Failures).data().toString(), u"5 of the last 5"_s);
        QCOMPARE(model.index(0, EndpointsModel::Circuit).data().toString(), u"Calls go through"_s);
        QCOMPARE(model.index(0, EndpointsModel::Concurrency).data().toString(), u"0 / 12"_s);

        ws.clock().advance(30'001);
        model.reload();
        QVERIFY(breaker->allow()); // the half-open probe
        model.reload();
        QCOMPARE(model.index(1, EndpointsModel::Circuit).data().toString(), u"Trying one call"_s);
    }

    void thePipelinesAgentsReportFromTheirCalls()
    {
        TestWorkspace ws;
        const qint64 now = TestWorkspace::fixedNow();
        const auto call = [&](const QString& purpose, const QString& outcome, int latency, int cost, qint64 at) {
            Sql::exec(ws.db(),
                u"INSERT INTO provider_calls (at, purpose, provider, outcome, latency_ms, cost_micros) "
                u"VALUES (?, ?, 'p', ?, ?, ?)"_s,
                {at, purpose, outcome, latency, cost});
        };
        call(u"write:copy"_s, u"ok"_s, 300, 1000, now - 1000);
        call(u"agree:copy"_s, u"ok"_s, 100, 200, now - 1000);
        call(u"write:seo"_s, u"error"_s, 200, 0, now - 1000);
        call(u"review:copy"_s, u"ok"_s, 400, 500, now - 1000);
        call(u"write:copy"_s, u"ok"_s, 999, 99999, now - 25LL * 3600 * 1000); // older than a day
        // Review Desk's reply drafts are its own calls, not the pipeline writer's or reviewer's.
        call(u"write:reply"_s, u"ok"_s, 999, 7000, now - 1000);
        call(u"review:reply"_s, u"ok"_s, 999, 7000, now - 1000);
        QVERIFY(PipelineAgents::refresh(ws.db(), now, 3, 12, false));
        QSqlQuery q = Sql::exec(ws.db(),
            u"SELECT status, load_pct, heartbeat_at, tasks_ok, tasks_failed, avg_latency_ms, cost_micros, cluster FROM "
            u"agents WHERE name = 'Content Writer'"_s);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"running"_s);
        QCOMPARE(q.value(1).toInt(), 25);
        QCOMPARE(q.value(2).toLongLong(), now);
        QCOMPARE(q.value(3).toInt(), 2);
        QCOMPARE(q.value(4).toInt(), 1);
        QCOMPARE(q.value(5).toInt(), 200);
        QCOMPARE(q.value(6).toInt(), 1200);
        QCOMPARE(q.value(7).toString(), u"product"_s);
        QCOMPARE(Sql::scalar(ws.db(), u"SELECT tasks_ok FROM agents WHERE name = 'Quality Reviewer'"_s).toInt(), 1);
        // A stop shows on the agents too.
        PipelineAgents::refresh(ws.db(), now + 5000, 0, 12, true);
        QCOMPARE(
            Sql::scalar(ws.db(), u"SELECT status FROM agents WHERE name = 'Content Writer'"_s).toString(), u"paused"_s);
        QCOMPARE(ws.count(u"SELECT COUNT(*) FROM agents"_s), 2);
    }
};

QTEST_GUILESS_MAIN(TestEndpoints)
#include "tst_endpoints.moc"
