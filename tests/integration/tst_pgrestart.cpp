#include "PipelineFixture.h"
#include "QuorumProcess.h"
#include "storage/Sql.h"

#include <QFile>
#include <QJsonObject>
#include <QProcess>
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

    bool restartServer(QString* output)
    {
        const QString pgCtl = m_env.value(u"QUORUM_TEST_PG_BIN"_s) + u"/pg_ctl"_s;
        const QStringList args{u"-D"_s, m_env.value(u"QUORUM_TEST_PG_DATA"_s), u"-m"_s, u"fast"_s, u"-w"_s, u"-t"_s,
            u"60"_s, u"restart"_s};
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
};

QTEST_GUILESS_MAIN(TestPgRestart)
#include "tst_pgrestart.moc"
