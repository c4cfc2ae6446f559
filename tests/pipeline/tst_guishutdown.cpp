#include "PipelineFixture.h"
#include "QuorumProcess.h"
#include "storage/Sql.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace Qt::StringLiterals;

// The window (a real `quorum` process, offscreen) is asked to stop by SIGTERM, SIGINT or SIGHUP
// while its workers hold jobs whose calls are on the wire: it stops at a safe point like the
// headless run — exit code 0, every job given back to the queue (none left leased to the dead
// process, none counted as a failed attempt), the window's state saved — and the next start
// finishes the work.
class TestGuiShutdown : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    QProcess* spawn(const QString& workspace)
    {
        return startQuorum(this, m_home, {u"--workspace"_s, workspace, u"--log-level"_s, u"info"_s},
            {{u"QT_QPA_PLATFORM"_s, u"offscreen"_s}, {u"QUORUM_USER"_s, u"Ann"_s}});
    }

private slots:
    void stopsAtASafePointOnEachSignal_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
        QTest::newRow("SIGHUP") << int(SIGHUP);
    }

    void stopsAtASafePointOnEachSignal()
    {
        QFETCH(int, signal);
        PipelineFixture f;
        // Every call takes 3 s, so the workers are certain to hold jobs when the signal comes.
        f.sandbox()->setFaults(QJsonObject{
            {u"routes"_s, QJsonObject{{u"*"_s, QJsonObject{{u"latency"_s, QJsonObject{{u"ms"_s, 3000}}}}}}}});
        QList<qint64> ids;
        for (int i = 0; i < 4; ++i)
            ids.append(f.addProduct(PipelineFixture::facts(u"Mug %1"_s.arg(i))));
        f.run(ids);

        QProcess* p = spawn(f.ws().path());
        QVERIFY(p->waitForStarted(10'000));
        // Wait (on the workspace itself) until the window's workers have claimed work.
        QTRY_VERIFY_WITH_TIMEOUT(
            f.count(u"SELECT COUNT(*) FROM jobs WHERE state = 'running' AND lease_owner IS NOT NULL"_s) > 0, 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(f.sandbox()->requestCount() > 0, 30'000); // calls are on the wire
        const qint64 attemptsBefore = f.count(u"SELECT COALESCE(SUM(attempts), 0) FROM jobs"_s);

        QCOMPARE(::kill(static_cast<pid_t>(p->processId()), signal), 0);
        QVERIFY2(p->waitForFinished(20'000), "the window did not stop");
        const QString output = QString::fromUtf8(p->readAll());
        QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0, qPrintable(output));
        QVERIFY2(output.contains(u"stopping at a safe point"_s) && output.contains(u"stopped cleanly"_s),
            qPrintable(output));
        delete p;

        // Nothing is left leased to the stopped process; nothing was charged as a failed attempt.
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM jobs WHERE state = 'running' OR lease_owner IS NOT NULL"_s), 0);
        QCOMPARE(f.count(u"SELECT COALESCE(SUM(attempts), 0) FROM jobs"_s), attemptsBefore);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM jobs WHERE last_error LIKE '%interrupted%'"_s), 0);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM products WHERE stage = 'failed'"_s), 0);
        QCOMPARE(Sql::scalar(f.db(), u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        // The window kept its state, as a Quit from the menu does.
        QVERIFY(QFile::exists(m_home.filePath(u"config/Quorum/Quorum.conf"_s)));
    }
};

QTEST_GUILESS_MAIN(TestGuiShutdown)
#include "tst_guishutdown.moc"
