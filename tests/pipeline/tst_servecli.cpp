#include "PipelineFixture.h"
#include "QuorumProcess.h"
#include "core/Clock.h"
#include "gateway/AgentKeys.h"
#include "gateway/GatewaySettings.h"
#include "jobs/RunControl.h"
#include "storage/Sql.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <csignal>

using namespace Qt::StringLiterals;

// `quorum worker`, `quorum serve` and `quorum status` as real child processes on one workspace (SQLite,
// and the team's PostgreSQL in the _pg twin): two workers share the queue and do every job once; one
// killed with -9 mid-job has its jobs claimed again after their lease; SIGTERM stops the other at a
// safe point; status says what runs and exits 1 when jobs wait with nobody to do them.
class TestServeCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    struct Status
    {
        int code = -1;
        QString text;
    };
    Status status(const QString& workspace)
    {
        std::unique_ptr<QProcess> p(startQuorum(this, m_home, {u"status"_s, u"--workspace"_s, workspace}));
        if (!p->waitForFinished(60'000))
            return {};
        return {p->exitCode(), QString::fromUtf8(p->readAll())};
    }

    static bool waitFor(const std::function<bool()>& condition, int timeoutMs)
    {
        return QTest::qWaitFor(condition, timeoutMs);
    }

private slots:
    void aFolderThatIsNoWorkspaceIsRefused()
    {
        QTemporaryDir empty;
        for (const QString& command : {u"status"_s, u"worker"_s, u"serve"_s}) {
            std::unique_ptr<QProcess> p(
                startQuorum(this, m_home, {command, u"--workspace"_s, empty.filePath(u"none"_s)}));
            QVERIFY(p->waitForFinished(30'000));
            const QString out = QString::fromUtf8(p->readAll());
            QCOMPARE(p->exitCode(), 3);
            QVERIFY2(out.contains(u"is not a Quorum workspace"_s), qPrintable(out));
            QVERIFY(!QFileInfo::exists(empty.filePath(u"none"_s))); // nothing was created
        }
    }

    void twoWorkersShareTheQueueAndAKilledOnesJobsAreClaimedAgain()
    {
        PipelineFixture f;
        f.setSetting(u"pipeline.lease_ms"_s, u"2000"_s);
        f.setSetting(u"pipeline.poll_ms"_s, u"100"_s);
        f.setSetting(u"pipeline.jobs_per_worker"_s, u"2"_s);
        f.setSetting(u"pipeline.workers"_s, u"2"_s);
        f.setSetting(u"pipeline.beat_ms"_s, u"300"_s);
        f.sandbox()->setFaults(QJsonObject{{u"seed"_s, 5},
            {u"routes"_s,
                QJsonObject{{u"*"_s,
                    QJsonObject{
                        {u"latency"_s, QJsonObject{{u"kind"_s, u"uniform"_s}, {u"min"_s, 150}, {u"max"_s, 400}}}}}}}});
        QList<qint64> ids;
        for (int i = 0; i < 30; ++i)
            ids.append(f.addProduct(PipelineFixture::facts(u"Lamp %1"_s.arg(i), u"Home"_s, 2500 + i * 100)));

        // Nothing runs yet: the jobs wait with nobody to do them, and status says so.
        f.run(ids);
        Status idle = status(f.ws().path());
        QCOMPARE(idle.code, 1);
        QVERIFY2(idle.text.contains(u"no worker runs"_s), qPrintable(idle.text));

        std::unique_ptr<QProcess> a(startQuorum(this, m_home, {u"worker"_s, u"--workspace"_s, f.ws().path()}));
        std::unique_ptr<QProcess> b(startQuorum(this, m_home, {u"worker"_s, u"--workspace"_s, f.ws().path()}));
        QVERIFY(a->waitForStarted(10'000) && b->waitForStarted(10'000));
        // Both work: each is seen holding jobs, and status lists two workers beating.
        QSet<QString> seen;
        QString saidA, saidB; // what they printed, for a failure's message
        connect(a.get(), &QProcess::readyRead, this, [&] { saidA += QString::fromUtf8(a->readAll()); });
        connect(b.get(), &QProcess::readyRead, this, [&] { saidB += QString::fromUtf8(b->readAll()); });
        QVERIFY2(waitFor(
                     [&] {
                         QSqlQuery q = Sql::exec(f.db(),
                             u"SELECT DISTINCT substr(lease_owner, 1, length(lease_owner) - 9) FROM jobs WHERE state "
                             u"= 'running'"_s);
                         while (q.next())
                             seen.insert(q.value(0).toString());
                         return seen.size() >= 2;
                     },
                     60'000),
            qPrintable(u"the two workers were not both seen holding jobs: "_s + QStringList(seen.values()).join(u", "_s)
                + u"\n"_s + saidA.right(1500) + u"\n---\n"_s + saidB.right(1500)));
        // Their beats come every 300 ms: status lists both once each has beaten.
        Status busy;
        QVERIFY2(waitFor(
                     [&] {
                         busy = status(f.ws().path());
                         return busy.text.count(u"worker "_s) >= 2 && busy.text.count(u"running for"_s) >= 2;
                     },
                     30'000),
            qPrintable(busy.text));

        // kill -9 one of them while it holds jobs: they are claimed again after their lease.
        const qint64 pidA = a->processId();
        const QString ownerA = u"%:"_s + QString::number(pidA) + u":%"_s;
        QVERIFY(waitFor(
            [&] {
                return f.count(u"SELECT COUNT(*) FROM jobs WHERE state = 'running' AND lease_owner LIKE ?"_s, {ownerA})
                    > 0;
            },
            60'000));
        a->kill();
        QVERIFY(a->waitForFinished(10'000));
        QCOMPARE(a->exitStatus(), QProcess::CrashExit);

        // The other finishes everything, the killed one's jobs too.
        QVERIFY2(
            waitFor([&] { return f.count(u"SELECT COUNT(*) FROM jobs WHERE state IN ('queued', 'running')"_s) == 0; },
                240'000),
            qPrintable(saidB.right(3000)));
        for (qint64 id : std::as_const(ids)) {
            const QString stage = f.stageOf(id);
            QVERIFY2(stage == u"ready" || stage == u"needs_review", qPrintable(u"%1: %2"_s.arg(id).arg(stage)));
        }
        // Every job once: one version per (piece, run, attempt), and every accepted piece reviewed.
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM (SELECT 1 FROM content_versions WHERE attempt IS NOT NULL GROUP BY "
                         u"piece_id, run_no, attempt HAVING COUNT(*) > 1) AS d"_s),
            0);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM jobs WHERE state = 'dead'"_s), 0);

        // status: the killed worker is named as gone without a word, the other one runs.
        QVERIFY(waitFor([&] { return status(f.ws().path()).text.contains(u"stopped without a word"_s); }, 30'000));
        Status after = status(f.ws().path());
        QCOMPARE(after.code, 0);
        QVERIFY2(after.text.contains(u"All is well."_s), qPrintable(after.text));

        // SIGTERM: the other stops at a safe point, says so, and status shows it stopped.
        ::kill(static_cast<pid_t>(b->processId()), SIGTERM);
        QVERIFY(b->waitForFinished(30'000));
        saidB += QString::fromUtf8(b->readAll());
        const QString out = saidB;
        QCOMPARE(b->exitStatus(), QProcess::NormalExit);
        QVERIFY2(b->exitCode() == 0, qPrintable(out));
        QVERIFY2(out.contains(u"SIGTERM received"_s) && out.contains(u"Stopped."_s), qPrintable(out));
        QVERIFY2(status(f.ws().path()).text.contains(u"stopped "_s), "status does not show the clean stop");
    }

    // serve checks the workspace's health on its own (server.health_ms) and logs what newly needs attention,
    // and what no longer does, to the console (the journal under systemd).
    void serveLogsWhatNeedsAttentionAndWhatIsResolved()
    {
        PipelineFixture f;
        f.setSetting(u"server.health_ms"_s, u"200"_s);
        RunControl::setState(f.db(), RunControl::State::Stopped, u"Ann"_s, Clock::system()->nowMs());
        std::unique_ptr<QProcess> s(startQuorum(this, m_home, {u"serve"_s, u"--workspace"_s, f.ws().path()}));
        QString said;
        connect(s.get(), &QProcess::readyRead, this, [&] { said += QString::fromUtf8(s->readAll()); });
        QVERIFY(s->waitForStarted(10'000));
        QVERIFY2(waitFor([&] { return said.contains(u"needs attention: The pipeline is under an emergency stop"_s); },
                     60'000),
            qPrintable(said));
        RunControl::setState(f.db(), RunControl::State::Running, u"Ann"_s, Clock::system()->nowMs());
        QVERIFY2(waitFor([&] { return said.contains(u"resolved: The pipeline is under an emergency stop"_s); }, 60'000),
            qPrintable(said));
        QCOMPARE(said.count(u"needs attention: The pipeline is under an emergency stop"_s), 1); // said once
        ::kill(static_cast<pid_t>(s->processId()), SIGTERM);
        QVERIFY(s->waitForFinished(30'000));
        QCOMPARE(s->exitCode(), 0);
    }

    // `quorum serve` hosts the approval gateway when the workspace's setting says so: an external agent
    // connects with its key and proposes; SIGTERM closes its connection and the proposal stays.
    void serveHostsTheApprovalGatewayWhenSwitchedOn()
    {
        PipelineFixture f;
        const QSqlDatabase db = f.db();
        QString key;
        {
            Transaction tx(db);
            key = AgentKeys::registerAgent(
                db, {u"Price Scout"_s, u"finance"_s, {u"price_change"_s}, 100}, u"Ann"_s, Clock::system()->nowMs());
            GatewaySettings::Set gateway;
            gateway.enabled = true;
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost, 0);
            gateway.port = probe.serverPort();
            GatewaySettings::save(db, gateway);
            tx.commit();
        }
        const int port = GatewaySettings::load(db).port;
        std::unique_ptr<QProcess> s(startQuorum(this, m_home, {u"serve"_s, u"--workspace"_s, f.ws().path()}));
        QVERIFY(s->waitForStarted(10'000));
        QWebSocket agent;
        QStringList received;
        connect(&agent, &QWebSocket::textMessageReceived, this, [&received](const QString& t) { received.append(t); });
        QNetworkRequest request(QUrl(u"ws://127.0.0.1:%1/v1/ws"_s.arg(port)));
        request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
        // serve needs a moment to listen: the agent tries again, as a real one would.
        QVERIFY2(waitFor(
                     [&] {
                         if (agent.state() == QAbstractSocket::UnconnectedState)
                             agent.open(request);
                         return !received.isEmpty();
                     },
                     60'000),
            "no welcome from the gateway of quorum serve");
        QVERIFY(received.first().contains(u"\"welcome\""_s));
        agent.sendTextMessage(
            u"{\"type\": \"propose\", \"id\": 1, \"action_type\": \"price_change\", \"title\": "
            u"\"MUG-1 to 26.00\", \"idempotency_key\": \"serve-1\", \"parameters\": {\"sku\": "
            u"\"MUG-1\", \"old_price\": \"20.00\", \"new_price\": \"26.00\", \"currency\": \"EUR\"}}"_s);
        QVERIFY2(waitFor([&] { return received.size() >= 2; }, 30'000), qPrintable(received.join(u'\n')));
        QVERIFY2(received.at(1).contains(u"\"state\":\"pending\""_s), qPrintable(received.at(1)));
        ::kill(static_cast<pid_t>(s->processId()), SIGTERM);
        QVERIFY(s->waitForFinished(30'000));
        QCOMPARE(s->exitCode(), 0);
        QVERIFY(waitFor([&] { return agent.state() == QAbstractSocket::UnconnectedState; }, 10'000));
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM external_proposals"_s), 1);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM agents WHERE name = 'Price Scout' AND status = 'offline'"_s), 1);
    }

    void serveGivesBackWhatItHoldsOnSigterm()
    {
        PipelineFixture f;
        f.setSetting(u"pipeline.lease_ms"_s, u"60000"_s); // long: only the clean stop can give them back soon
        f.setSetting(u"pipeline.poll_ms"_s, u"100"_s);
        f.setSetting(u"pipeline.beat_ms"_s, u"300"_s);
        f.sandbox()->setFaults(QJsonObject{{u"routes"_s,
            QJsonObject{
                {u"*"_s, QJsonObject{{u"latency"_s, QJsonObject{{u"kind"_s, u"fixed"_s}, {u"ms"_s, 1500}}}}}}}});
        QList<qint64> ids;
        for (int i = 0; i < 6; ++i)
            ids.append(f.addProduct(PipelineFixture::facts(u"Vase %1"_s.arg(i), u"Home"_s, 3000 + i)));
        f.run(ids);
        std::unique_ptr<QProcess> s(startQuorum(this, m_home, {u"serve"_s, u"--workspace"_s, f.ws().path()}));
        QVERIFY(s->waitForStarted(10'000));
        QVERIFY(waitFor([&] { return f.count(u"SELECT COUNT(*) FROM jobs WHERE state = 'running'"_s) > 0; }, 60'000));
        QVERIFY2(status(f.ws().path()).text.contains(u"server "_s), "status does not list the server");
        ::kill(static_cast<pid_t>(s->processId()), SIGTERM);
        QVERIFY(s->waitForFinished(30'000));
        const QString out = QString::fromUtf8(s->readAll());
        QVERIFY2(s->exitStatus() == QProcess::NormalExit && s->exitCode() == 0, qPrintable(out));
        // Nothing is left running under its name: the jobs in hand are waiting again, at once.
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM jobs WHERE state = 'running'"_s), 0);
        QVERIFY(f.count(u"SELECT COUNT(*) FROM jobs WHERE state = 'queued'"_s) > 0);
    }
};

QTEST_GUILESS_MAIN(TestServeCli)
#include "tst_servecli.moc"
