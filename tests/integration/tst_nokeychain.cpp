#include "TestWorkspace.h"
#include "audit/AuditAnchor.h"
#include "audit/AuditCheckpoints.h"
#include "secrets/SecretCache.h"
#include "secrets/SecretStore.h"
#include "storage/Sql.h"

#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;

// Where no keychain exists (here: no D-Bus session at all), the user is told plainly, retries run on
// the injectable clock, nothing is written anywhere, and a read can be supplied through the
// environment variable the message names.
class TestNoKeychain : public QObject
{
    Q_OBJECT

private:
    // Drives the retries on the manual clock until the answer comes.
    static QString finish(ManualClock& clock, bool& finished, const QString& error)
    {
        const bool ok = QTest::qWaitFor(
            [&] {
                clock.advance(1000);
                return finished;
            },
            15000);
        return ok ? error : u"timed out"_s;
    }

private slots:
    void initTestCase() { qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/quorum-no-bus"); }

    void writeIsRefusedWithAPlainMessage()
    {
        TestWorkspace tw;
        SecretCache cache;
        SecretStore store(tw.db(), &cache, &tw.clock());
        store.setRetry(3, 1000);
        bool finished = false;
        QString error;
        store.write(u"connection/7/access_token"_s, u"shpat_secret_value"_s, 0, this, [&](const QString& e) {
            error = e;
            finished = true;
        });
        error = finish(tw.clock(), finished, error);
        QVERIFY2(error.contains(u"No keychain is available"_s), qPrintable(error));
        QVERIFY2(error.contains(u"QUORUM_SECRET_CONNECTION_7_ACCESS_TOKEN"_s), qPrintable(error));
        QVERIFY(!store.keychainAvailable());
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM secret_index"_s), 0);
        QVERIFY(!cache.contains(u"connection/7/access_token"_s));
    }

    void readFallsBackToTheNamedVariable()
    {
        TestWorkspace tw;
        SecretCache cache;
        SecretStore store(tw.db(), &cache, &tw.clock());
        store.setRetry(2, 1000);
        const QString key = u"connection/9/consumer_secret"_s;
        bool finished = false;
        QString error;
        store.read(key, this, [&](const QString& e, const QString&) {
            error = e;
            finished = true;
        });
        error = finish(tw.clock(), finished, error);
        QVERIFY2(error.contains(SecretStore::environmentName(key)), qPrintable(error));

        qputenv(SecretStore::environmentName(key).toLatin1().constData(), "cs_from_the_environment");
        finished = false;
        QString value;
        store.read(key, this, [&](const QString& e, const QString& v) {
            error = e;
            value = v;
            finished = true;
        });
        error = finish(tw.clock(), finished, error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(value, u"cs_from_the_environment"_s);
        QVERIFY(cache.contains(key));
        qunsetenv(SecretStore::environmentName(key).toLatin1().constData());
    }

    // Without a keychain the audit trail cannot be anchored, and Verify says so instead of claiming it:
    // no unsigned checkpoint is written, and the chain's own check still runs.
    void theAuditTrailSaysItIsNotAnchored()
    {
        TestWorkspace tw;
        SecretCache cache;
        SecretStore store(tw.db(), &cache, &tw.clock());
        store.setRetry(2, 1000);
        {
            Transaction tx(tw.db());
            AuditLog::append(tw.db(), 1, u"tester"_s, u"proposal.approved"_s, u"proposal:1"_s, {});
            tx.commit();
        }
        AuditCheckpoints checkpoints(tw.db(), tw.path(), AuditCheckpoints::keychainOf(&store), &tw.clock());
        checkpoints.start();
        QVERIFY(QTest::qWaitFor(
            [&] {
                tw.clock().advance(1000);
                return checkpoints.isSettled();
            },
            15000));
        QVERIFY(!checkpoints.checkpointNow());
        QVERIFY(!QFileInfo::exists(AuditAnchor::filePath(tw.path())));
        const auto v = AuditAnchor::verify(tw.db(), tw.path(), checkpoints.key(), tw.clock().nowMs());
        QVERIFY2(v.ok, qPrintable(v.reason));
        QCOMPARE(v.anchor, AuditLog::Verification::Anchor::NotAnchored);
        QCOMPARE(v.anchorNote, u"not anchored: no keychain"_s);
    }
};

QTEST_GUILESS_MAIN(TestNoKeychain)
#include "tst_nokeychain.moc"
