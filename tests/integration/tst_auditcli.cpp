#include "TestWorkspace.h"
#include "audit/AuditAnchor.h"
#include "audit/AuditCheckpoints.h"
#include "secrets/SecretCache.h"
#include "secrets/SecretStore.h"
#include "storage/Sql.h"

#include <QDir>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

// `quorum audit verify --workspace DIR` as a script runs it: the real binary, against a workspace
// anchored in a real keyring (tests/support/with-keyring.sh; the binary's own keychain service).
// Exit code 0 when the trail is intact and anchored, 1 with the problem named when it is not.
class TestAuditCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList& args)
    {
        QProcess p;
        p.start(QDir(qEnvironmentVariable("QUORUM_BINARY_DIR")).filePath(u"bin/quorum"_s), args);
        if (!p.waitForFinished(60'000))
            p.kill();
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    static void append(const QSqlDatabase& db, int n)
    {
        Transaction tx(db, Transaction::Durable);
        for (int i = 0; i < n; ++i)
            AuditLog::append(db, 1000 + i, u"tester"_s, u"proposal.approved"_s, u"proposal:%1"_s.arg(i), {});
        tx.commit();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "run through with-keyring.sh");
    }

    void verifiesAndNamesTheDroppedEntries()
    {
        TestWorkspace tw;
        SecretCache cache;
        SecretStore store(tw.db(), &cache, &tw.clock());
        AuditCheckpoints checkpoints(tw.db(), tw.path(), AuditCheckpoints::keychainOf(&store), &tw.clock());
        append(tw.db(), 30);
        checkpoints.start();
        QVERIFY(QTest::qWaitFor([&] { return checkpoints.isSettled(); }, 15000));
        QVERIFY2(checkpoints.key().whyNoKey.isEmpty(), qPrintable(checkpoints.key().whyNoKey));
        QCOMPARE(checkpoints.checkpointsWritten(), 1);

        Run r = run({u"audit"_s, u"verify"_s, u"--workspace"_s, tw.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"intact"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"Anchored: the last checkpoint"_s), qPrintable(r.out));

        Sql::exec(tw.db(), u"DROP TRIGGER audit_log_no_delete"_s);
        Sql::exec(tw.db(), u"DELETE FROM audit_log WHERE seq > 25"_s);
        r = run({u"audit"_s, u"verify"_s, u"--workspace"_s, tw.path()});
        QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"entries after 25 are missing; the last checkpoint at"_s), qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"saw 30"_s), qPrintable(r.out));
    }

    void refusesAFolderWithoutAWorkspace()
    {
        QTemporaryDir empty;
        const Run r = run({u"audit"_s, u"verify"_s, u"--workspace"_s, empty.filePath(u"nothing-here"_s)});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(u"quorum.db"_s), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(empty.filePath(u"nothing-here"_s)));
    }
};

QTEST_GUILESS_MAIN(TestAuditCli)
#include "tst_auditcli.moc"
