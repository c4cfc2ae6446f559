#include "PipelineFixture.h"
#include "QuorumProcess.h"
#include "approvals/ApprovalActions.h"
#include "approvals/DecisionOutbox.h"
#include "storage/Connection.h"
#include "storage/Sql.h"
#include "users/Users.h"

#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

// PostgreSQL restarted while a team works: a private cluster of this test's own (the shared one serves
// the other tests), a real `quorum worker` running the pipeline on it, and the server restarted halfway.
// The worker and this process (the desk) make their connections again by themselves; every product ends
// where it should, no step is done twice, nothing is left in the queue, and the worker still stops cleanly.
class TestPgRestart : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QTemporaryDir m_cluster;
    QHash<QString, QString> m_env; // what pg-up.sh wrote

    static QString scripts() { return QStringLiteral(QUORUM_PG_SCRIPTS); }

    bool run(const QString& program, const QStringList& args, QString* output)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(program, args);
        const bool ok = p.waitForFinished(120'000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        *output = QString::fromUtf8(p.readAll());
        return ok;
    }

    bool restartServer(QString* output) { return pgCtl(u"restart"_s, output); }

    bool pgCtl(const QString& command, QString* output)
    {
        const QString pgCtl = m_env.value(u"QUORUM_TEST_PG_BIN"_s) + u"/pg_ctl"_s;
        const QStringList args{
            u"-D"_s, m_env.value(u"QUORUM_TEST_PG_DATA"_s), u"-m"_s, u"fast"_s, u"-w"_s, u"-t"_s, u"60"_s, command};
        if (::geteuid() == 0)
            return run(u"runuser"_s, QStringList{u"-u"_s, u"postgres"_s, u"--"_s, pgCtl} + args, output);
        return run(pgCtl, args, output);
    }

private slots:
    void initTestCase()
    {
        QString output;
        if (!run(scripts() + u"/pg-up.sh"_s, {m_cluster.path(), u"8767"_s}, &output))
            QSKIP(qPrintable(u"no PostgreSQL to start here: "_s + output));
        QFile env(m_cluster.filePath(u"postgres.env"_s));
        QVERIFY(env.open(QIODevice::ReadOnly));
        for (const QByteArray& line : env.readAll().split('\n'))
            if (const qsizetype eq = line.indexOf('='); eq > 0)
                m_env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
        // Every workspace of this test lives on the private cluster.
        qputenv("QUORUM_TEST_ENGINE", "postgresql");
        qputenv("QUORUM_TEST_PG", m_env.value(u"QUORUM_TEST_PG"_s).toUtf8());
    }

    void cleanupTestCase()
    {
        QString output;
        run(scripts() + u"/pg-down.sh"_s, {m_cluster.path()}, &output);
    }

    void theWorkAndTheDeskResumeAfterTheServerRestarts()
    {
        PipelineFixture f;
        f.setSetting(u"pipeline.lease_ms"_s, u"3000"_s);
        f.setSetting(u"pipeline.poll_ms"_s, u"200"_s);
        f.setSetting(u"pipeline.beat_ms"_s, u"500"_s);
        f.sandbox()->setFaults(QJsonObject{{u"seed"_s, 11},
            {u"routes"_s,
                QJsonObject{{u"*"_s,
                    QJsonObject{
                        {u"latency"_s, QJsonObject{{u"kind"_s, u"uniform"_s}, {u"min"_s, 60}, {u"max"_s, 200}}}}}}}});
        QList<qint64> ids;
        for (int i = 0; i < 40; ++i)
            ids.append(f.addProduct(PipelineFixture::facts(u"Bowl %1"_s.arg(i), u"Home"_s, 1800 + i * 50)));
        f.run(ids);
        std::unique_ptr<QProcess> worker(startQuorum(this, m_home, {u"worker"_s, u"--workspace"_s, f.ws().path()}));
        QString said; // everything the worker printed
        connect(worker.get(), &QProcess::readyRead, this, [&] { said += QString::fromUtf8(worker->readAll()); });
        QVERIFY(worker->waitForStarted(10'000));
        const auto finished
            = [&] { return f.count(u"SELECT COUNT(*) FROM products WHERE stage IN ('ready', 'needs_review')"_s); };
        QVERIFY2(QTest::qWaitFor([&] { return finished() >= 5; }, 120'000), qPrintable(said));
        QVERIFY2(finished() < ids.size(), "the work ended before the restart: nothing tested");

        // The restart: every connection (the worker's, its doorbell's, this desk's) is cut.
        QString output;
        QVERIFY2(restartServer(&output), qPrintable(output));
        QCOMPARE(worker->state(), QProcess::Running); // it did not fall over

        // This desk's own connection comes back by itself at its next statement; the worker's too.
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         try {
                             return f.count(u"SELECT COUNT(*) FROM jobs WHERE state IN ('queued', 'running')"_s) == 0;
                         } catch (const SqlError&) {
                             return false; // the server is still starting
                         }
                     },
                     240'000),
            qPrintable(said));
        for (qint64 id : std::as_const(ids)) {
            const QString stage = f.stageOf(id);
            QVERIFY2(stage == u"ready" || stage == u"needs_review", qPrintable(u"%1: %2"_s.arg(id).arg(stage)));
        }
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM (SELECT 1 FROM content_versions WHERE attempt IS NOT NULL GROUP BY "
                         u"piece_id, run_no, attempt HAVING COUNT(*) > 1) AS d"_s),
            0);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM jobs WHERE state = 'dead'"_s), 0);
        ::kill(static_cast<pid_t>(worker->processId()), SIGTERM);
        QVERIFY(worker->waitForFinished(30'000));
        said += QString::fromUtf8(worker->readAll());
        QVERIFY2(worker->exitStatus() == QProcess::NormalExit && worker->exitCode() == 0, qPrintable(said));
        QVERIFY2(said.contains(u"made again"_s), qPrintable(said)); // it did reconnect, it was not spared
    }

    // The desk's connection lost a write, but its doorbell never lost the server (nothing tells the desk
    // that the server is back): the kept decision is tried again on its own and applied once.
    void aLostWriteIsTriedAgainWhileTheDoorbellHearsTheServer()
    {
        TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        const QSqlDatabase db = ws.db();
        const Users::User bob = TestWorkspace::person(db, u"Bob"_s, Users::Role::Approver);
        const qint64 id
            = ApprovalDesk::propose(db, TestWorkspace::budgetProposal(u"Merino"_s), u"agents"_s, ws.clock().nowMs());
        UserSession bobsDesk(bob, u"desk-bob"_s);
        ApprovalActions actions(db, &ws.clock(), nullptr, nullptr, &bobsDesk);
        QTemporaryDir local;
        DecisionOutbox outbox(local.filePath(u"outbox.json"_s));
        actions.setOutbox(&outbox);
        QVERIFY(actions.proposal(id));

        QString output;
        QVERIFY2(pgCtl(u"stop"_s, &output), qPrintable(output));
        const ApprovalDesk::Outcome out = actions.approve(id, u"Fine"_s);
        QVERIFY2(out.ok, qPrintable(out.error));
        QCOMPARE(out.status, u"kept_offline"_s);
        // Still away at the first try: kept, and tried again later.
        QSignalSpy applied(&actions, &ApprovalActions::outboxApplied);
        ws.clock().advance(ApprovalActions::RetryMs);
        QVERIFY(actions.isOffline());
        QCOMPARE(actions.waitingOffline(), 1);

        QVERIFY2(run(scripts() + u"/pg-up.sh"_s, {m_cluster.path(), u"8767"_s}, &output), qPrintable(output));
        ws.clock().advance(ApprovalActions::RetryMs);
        QVERIFY(!actions.isOffline());
        QCOMPARE(actions.waitingOffline(), 0);
        QCOMPARE(applied.size(), 1);
        QCOMPARE(ws.count(u"SELECT COUNT(*) FROM action_proposals WHERE id = ? AND status = 'approved' AND decided_by "
                          u"= 'Bob'"_s,
                     {id}),
            1);
        // Nothing more to try: the clock going on changes nothing.
        ws.clock().advance(ApprovalActions::RetryMs);
        QCOMPARE(applied.size(), 1);
    }

    // A desk whose server is gone decides from what it read last: its approvals and rejections are kept on
    // this computer (a new desk process finds them), one is taken back, and when the server answers they
    // are applied once each — the one another desk decided meanwhile is not, and the person is told who
    // did. A desk that stopped before forgetting what it sent applies nothing twice.
    void aDeskOfflineDecidesAndItAppliesOnceWhenBack()
    {
        TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        const QSqlDatabase db = ws.db();
        const Users::User ann = TestWorkspace::person(db, u"Ann"_s, Users::Role::Owner);
        const Users::User bob = TestWorkspace::person(db, u"Bob"_s, Users::Role::Approver);
        const qint64 now = ws.clock().nowMs();
        QList<qint64> ids;
        for (int i = 0; i < 3; ++i)
            ids.append(
                ApprovalDesk::propose(db, TestWorkspace::budgetProposal(u"Merino %1"_s.arg(i)), u"agents"_s, now));
        UserSession bobsDesk(bob, u"desk-bob"_s);
        ApprovalActions actions(db, &ws.clock(), nullptr, nullptr, &bobsDesk);
        QTemporaryDir local;
        DecisionOutbox outbox(local.filePath(u"outbox.json"_s));
        actions.setOutbox(&outbox);
        for (qint64 id : std::as_const(ids))
            QVERIFY(actions.proposal(id)); // the desk shows them

        QString output;
        QVERIFY2(pgCtl(u"stop"_s, &output), qPrintable(output));
        // Shown from what was read last, decided all the same.
        const auto shown = actions.proposal(ids.at(0));
        QVERIFY(shown);
        QCOMPARE(shown->status, u"pending"_s);
        ApprovalDesk::Outcome out = actions.approve(ids.at(0), u"Fine"_s);
        QVERIFY2(out.ok, qPrintable(out.error));
        QCOMPARE(out.status, u"kept_offline"_s);
        QVERIFY(actions.isOffline());
        QVERIFY(actions.reject(ids.at(1), u"Too much before the sale"_s).ok);
        QVERIFY(actions.approve(ids.at(2), {}).ok);
        QCOMPARE(actions.waitingOffline(), 3);
        QVERIFY(!actions.reject(ids.at(2), {}).ok); // a rejection still needs its reason
        // Taken back while offline: it never reaches the team.
        QCOMPARE(actions.undo({ids.at(2)}).done, QList<qint64>{ids.at(2)});
        QCOMPARE(actions.waitingOffline(), 2);
        // Kept on disk: a desk started again finds them.
        QCOMPARE(DecisionOutbox(outbox.file()).size(), 2);
        QVERIFY(QFile::copy(outbox.file(), local.filePath(u"before-sending.json"_s)));

        // Started again as the test cluster was (pg-up.sh reuses its data).
        QVERIFY2(run(scripts() + u"/pg-up.sh"_s, {m_cluster.path(), u"8767"_s}, &output), qPrintable(output));
        // Meanwhile Ann, at her desk, rejected the second one.
        {
            Connection annsDesk(ws.workspace().databasePath(), u"desk-ann"_s);
            QVERIFY(ApprovalDesk::reject(annsDesk.db(), ids.at(1), ann, u"Not now"_s, u"desk-ann"_s, now).ok);
        }
        QSignalSpy applied(&actions, &ApprovalActions::outboxApplied);
        actions.setServerReachable(true);
        QCOMPARE(applied.size(), 1);
        const auto results = applied.first().first().value<QList<DecisionOutbox::Applied>>();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0).result, DecisionOutbox::Result::Applied);
        QCOMPARE(results.at(1).result, DecisionOutbox::Result::Superseded);
        QVERIFY2(results.at(1).message.contains(u"Ann"_s), qPrintable(results.at(1).message));
        QCOMPARE(actions.waitingOffline(), 0);
        QCOMPARE(ws.count(u"SELECT COUNT(*) FROM action_proposals WHERE id = ? AND status = 'approved' AND decided_by "
                          u"= 'Bob'"_s,
                     {ids.at(0)}),
            1);
        QCOMPARE(
            ws.count(u"SELECT COUNT(*) FROM action_proposals WHERE id = ? AND decided_by = 'Ann'"_s, {ids.at(1)}), 1);
        QCOMPARE(
            ws.count(u"SELECT COUNT(*) FROM action_proposals WHERE id = ? AND status = 'pending'"_s, {ids.at(2)}), 1);
        QCOMPARE(ws.count(u"SELECT COUNT(*) FROM applied_decisions"_s), 2);
        const qint64 approvals = ws.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'proposal.approved'"_s);
        QCOMPARE(approvals, 1);

        // The desk had stopped before it forgot them: the same decisions again change nothing.
        DecisionOutbox stale(local.filePath(u"before-sending.json"_s));
        actions.setOutbox(&stale);
        applied.clear();
        actions.setServerReachable(true);
        const auto again = applied.first().first().value<QList<DecisionOutbox::Applied>>();
        QCOMPARE(again.size(), 2);
        for (const DecisionOutbox::Applied& a : again)
            QCOMPARE(a.result, DecisionOutbox::Result::AlreadyApplied);
        QCOMPARE(ws.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'proposal.approved'"_s), approvals);
        QCOMPARE(ws.count(u"SELECT COUNT(*) FROM applied_decisions"_s), 2);
        QCOMPARE(stale.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPgRestart)
#include "tst_pgrestart.moc"
