#include "TestWorkspace.h"
#include "audit/AuditAnchor.h"
#include "audit/AuditCheckpoints.h"
#include "core/Json.h"
#include "secrets/SecretCache.h"
#include "secrets/SecretStore.h"
#include "storage/Settings.h"
#include "storage/Sql.h"

#include <QFile>
#include <QLocale>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

// The audit trail anchored outside the database, against a real Secret Service (gnome-keyring in a
// private D-Bus session, tests/support/with-keyring.sh). Someone with the database file rewrites the
// chain and recomputes every hash after the change, deletes an entry and renumbers the rest, or drops
// the newest entries: the chain alone still verifies (each test proves that first), the checkpoints
// do not, and the message says what is missing or changed and which checkpoint saw it.
class TestAuditAnchor : public QObject
{
    Q_OBJECT

private:
    struct Anchored
    {
        TestWorkspace tw;
        SecretCache cache;
        SecretStore store{tw.db(), &cache, &tw.clock(), nullptr, u"QuorumTest"_s};
        std::unique_ptr<AuditCheckpoints> checkpoints;

        Anchored() { checkpoints = make(); }
        std::unique_ptr<AuditCheckpoints> make()
        {
            return std::make_unique<AuditCheckpoints>(
                tw.db(), tw.workspace().root(), AuditCheckpoints::keychainOf(&store), &tw.clock());
        }
        // Waits on the event loop for the keychain's answer (D-Bus), never by sleeping.
        bool start()
        {
            checkpoints->start();
            return QTest::qWaitFor([this] { return checkpoints->isSettled(); }, 15000);
        }
        AuditLog::Verification verify()
        {
            return AuditAnchor::verify(tw.db(), root(), checkpoints->key(), tw.clock().nowMs());
        }
        QString root() const { return tw.path(); }
        QString anchorFile() const { return AuditAnchor::filePath(root()); }
        QStringList anchorLines() const
        {
            QFile f(anchorFile());
            if (!f.open(QIODevice::ReadOnly))
                return {};
            return QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
        }
    };

    static void append(const QSqlDatabase& db, int n)
    {
        Transaction tx(db, Transaction::Durable);
        const qint64 first = Sql::scalar(db, u"SELECT COUNT(*) FROM audit_log"_s).toLongLong() + 1;
        for (qint64 i = first; i < first + n; ++i) {
            const QJsonObject details{{u"title"_s, u"Entry %1"_s.arg(i)}, {u"amount"_s, i * 10}};
            AuditLog::append(db, 1000 + i, u"tester"_s, u"proposal.approved"_s, u"proposal:%1"_s.arg(i), details);
        }
        tx.commit();
    }

    // What an attacker with the database file does: take the append-only triggers away, change or
    // drop entries, and write the chain again from the start with AuditLog's own hashing, so every
    // seq is contiguous and every hash matches its content.
    static void rewrite(const QSqlDatabase& db, const std::function<bool(AuditLog::Entry&)>& edit)
    {
        QList<AuditLog::Entry> entries;
        QSqlQuery q = Sql::exec(db, u"SELECT seq, at, actor, action, subject, payload FROM audit_log ORDER BY seq"_s);
        while (q.next()) {
            AuditLog::Entry e;
            e.seq = q.value(0).toLongLong();
            e.at = q.value(1).toLongLong();
            e.actor = q.value(2).toString();
            e.action = q.value(3).toString();
            e.subject = q.value(4).toString();
            e.details = Json::objectFromString(q.value(5).toString()).value(u"details"_s).toObject();
            if (edit(e))
                entries.append(e);
        }
        q.finish();
        Sql::exec(db, u"DROP TRIGGER IF EXISTS audit_log_no_update"_s);
        Sql::exec(db, u"DROP TRIGGER IF EXISTS audit_log_no_delete"_s);
        Transaction tx(db, Transaction::Durable);
        Sql::exec(db, u"DELETE FROM audit_log"_s);
        for (const AuditLog::Entry& e : std::as_const(entries))
            AuditLog::append(db, e.at, e.actor, e.action, e.subject, e.details);
        tx.commit();
    }

    static QString at(qint64 ms) { return AuditAnchor::when(ms, ms); }

    // Two checkpoints (after entry 5 and after entry 20), then five entries no checkpoint saw yet.
    // (anIntactTrailIsAnchored checks that they were written; the attacks check what Verify says.)
    static void twoCheckpoints(Anchored& a)
    {
        append(a.tw.db(), 5);
        QVERIFY(a.start());
        QVERIFY2(a.checkpoints->key().whyNoKey.isEmpty(), qPrintable(a.checkpoints->key().whyNoKey));
        a.tw.clock().advance(60'000);
        append(a.tw.db(), 15);
        a.checkpoints->checkpointNow();
        append(a.tw.db(), 5);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "run through with-keyring.sh");
        // Numbers and times as the application writes them in English.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void anIntactTrailIsAnchored()
    {
        Anchored a;
        twoCheckpoints(a);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(a.anchorLines().size(), 2);
        const auto v = a.verify();
        QVERIFY2(v.ok, qPrintable(v.reason));
        QCOMPARE(v.checked, 25);
        QCOMPARE(v.anchor, AuditLog::Verification::Anchor::Anchored);
        QVERIFY2(v.anchorNote.contains(u"20"_s), qPrintable(v.anchorNote));
        // The key is in the keychain, not in the workspace nor the anchor file.
        const QString key = QString::fromLatin1(a.checkpoints->key().key.toBase64());
        QVERIFY(!a.checkpoints->key().key.isEmpty());
        QVERIFY(!TestWorkspace::everyValue(a.tw.db()).join(u'\n').contains(key));
        QVERIFY(!a.anchorLines().join(u'\n').contains(key));
    }

    void aRewriteWithRecomputedHashesIsNamed()
    {
        Anchored a;
        twoCheckpoints(a);
        if (QTest::currentTestFailed())
            return;
        const qint64 secondAt = a.tw.clock().nowMs();
        rewrite(a.tw.db(), [](AuditLog::Entry& e) {
            if (e.seq == 7)
                e.details.insert(u"amount"_s, 7000);
            return true;
        });
        QVERIFY2(AuditLog::verify(a.tw.db()).ok, "the attack must defeat the chain on its own");
        const auto v = a.verify();
        QVERIFY(!v.ok);
        QCOMPARE(v.anchor, AuditLog::Verification::Anchor::Broken);
        // The checkpoint after entry 5 still holds; the one after entry 20 does not.
        QCOMPARE(v.firstBrokenSeq, 6);
        QVERIFY2(v.reason.contains(u"6–20"_s), qPrintable(v.reason));
        QVERIFY2(v.reason.contains(at(secondAt)), qPrintable(v.reason));
    }

    void aDeletionWithRenumberingIsNamed()
    {
        Anchored a;
        twoCheckpoints(a);
        if (QTest::currentTestFailed())
            return;
        rewrite(a.tw.db(), [](const AuditLog::Entry& e) { return e.seq != 12; });
        QVERIFY2(AuditLog::verify(a.tw.db()).ok, "the attack must defeat the chain on its own");
        QCOMPARE(a.tw.count(u"SELECT MAX(seq) FROM audit_log"_s), 24);
        const auto v = a.verify();
        QVERIFY(!v.ok);
        QCOMPARE(v.anchor, AuditLog::Verification::Anchor::Broken);
        QCOMPARE(v.firstBrokenSeq, 6);
        QVERIFY2(v.reason.contains(u"entry 20"_s), qPrintable(v.reason));
    }

    void droppingTheLastEntriesIsNamed()
    {
        Anchored a;
        append(a.tw.db(), 10'000);
        QVERIFY(a.start());
        // The last checkpoint is written at 14:02 and sees all 10,519 entries.
        a.tw.clock().setNow(TestWorkspace::fixedNow() + (2 * 60 + 2) * 60'000);
        append(a.tw.db(), 519);
        a.checkpoints->checkpointNow();
        Sql::exec(a.tw.db(), u"DROP TRIGGER audit_log_no_delete"_s);
        // Entries 10,483 to 10,519 are dropped.
        Sql::exec(a.tw.db(), u"DELETE FROM audit_log WHERE seq > 10482"_s);
        QVERIFY2(AuditLog::verify(a.tw.db()).ok, "the attack must defeat the chain on its own");
        const auto v = a.verify();
        QVERIFY(!v.ok);
        QCOMPARE(v.anchor, AuditLog::Verification::Anchor::Broken);
        QCOMPARE(v.firstBrokenSeq, 10'483);
        QCOMPARE(v.reason, u"entries after 10,482 are missing; the last checkpoint at 14:02 saw 10,519"_s);
    }

    void aChangedCheckpointIsNamed()
    {
        Anchored a;
        twoCheckpoints(a);
        if (QTest::currentTestFailed())
            return;
        // Someone with the anchor file, but not the key, moves the second checkpoint back to entry 5.
        QStringList lines = a.anchorLines();
        QCOMPARE(lines.size(), 2);
        lines[1].replace(u"\"count\":20"_s, u"\"count\":5"_s);
        QFile f(a.anchorFile());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write((lines.join(u'\n') + u'\n').toUtf8());
        f.close();
        const auto v = a.verify();
        QVERIFY(!v.ok);
        QCOMPARE(v.anchor, AuditLog::Verification::Anchor::Broken);
        QVERIFY2(v.reason.contains(u"line 2"_s), qPrintable(v.reason));
        QVERIFY2(v.reason.contains(AuditAnchor::FileName), qPrintable(v.reason));
    }

    void aDeletedOrShortenedAnchorFileIsNamed()
    {
        Anchored a;
        twoCheckpoints(a);
        if (QTest::currentTestFailed())
            return;
        QStringList lines = a.anchorLines();
        QCOMPARE(lines.size(), 2);
        QFile f(a.anchorFile());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write((lines.first() + u'\n').toUtf8());
        f.close();
        auto v = a.verify();
        QVERIFY(!v.ok);
        QCOMPARE(v.anchor, AuditLog::Verification::Anchor::Broken);
        QVERIFY2(v.reason.contains(u"checkpoint 1 of 2"_s), qPrintable(v.reason));

        QVERIFY(QFile::remove(a.anchorFile()));
        v = a.verify();
        QVERIFY(!v.ok);
        QCOMPARE(v.anchor, AuditLog::Verification::Anchor::Broken);
        QVERIFY2(v.reason.contains(u"missing"_s), qPrintable(v.reason));
        QVERIFY2(v.reason.contains(AuditAnchor::FileName), qPrintable(v.reason));
    }

    void checkpointsAreWrittenAsTheChainGrows()
    {
        Anchored a;
        append(a.tw.db(), 3);
        QVERIFY(a.start());
        QCOMPARE(a.anchorLines().size(), 1);
        QCOMPARE(Settings::intValue(a.tw.db(), AuditAnchor::CountSetting, 0), 1);
        // Nothing new: nothing written, however much time passes.
        QVERIFY(!a.checkpoints->checkpointNow());
        a.tw.clock().advance(AuditCheckpoints::EveryMs);
        QCOMPARE(a.anchorLines().size(), 1);
        // Many entries: at the next look.
        append(a.tw.db(), int(AuditCheckpoints::EveryEntries));
        a.tw.clock().advance(AuditCheckpoints::TickMs);
        QCOMPARE(a.anchorLines().size(), 2);
        // A few entries: once EveryMs has passed since the last checkpoint.
        append(a.tw.db(), 2);
        a.tw.clock().advance(AuditCheckpoints::TickMs);
        QCOMPARE(a.anchorLines().size(), 2);
        a.tw.clock().advance(AuditCheckpoints::EveryMs);
        QCOMPARE(a.anchorLines().size(), 3);
        // At a clean close, whatever was added since.
        append(a.tw.db(), 1);
        a.checkpoints->finish();
        QCOMPARE(a.anchorLines().size(), 4);
        QCOMPARE(Settings::intValue(a.tw.db(), AuditAnchor::CountSetting, 0), 4);
        QVERIFY(a.verify().ok);
    }

    void aNewSessionFindsItsKeyAgain()
    {
        Anchored a;
        twoCheckpoints(a);
        if (QTest::currentTestFailed())
            return;
        const AuditAnchor::Key first = a.checkpoints->key();
        a.checkpoints = a.make();
        QVERIFY(a.start());
        QCOMPARE(a.checkpoints->key().anchorId, first.anchorId);
        QCOMPARE(a.checkpoints->key().key, first.key);
        // It carries on the same file: the five newer entries get the third checkpoint.
        QCOMPARE(a.anchorLines().size(), 3);
        const auto v = a.verify();
        QVERIFY2(v.ok, qPrintable(v.reason));
        QCOMPARE(v.anchor, AuditLog::Verification::Anchor::Anchored);
    }

    void theChainIsNotCheckpointedOnceItDisagrees()
    {
        Anchored a;
        twoCheckpoints(a);
        if (QTest::currentTestFailed())
            return;
        rewrite(a.tw.db(), [](const AuditLog::Entry& e) { return e.seq != 3; });
        append(a.tw.db(), 5);
        // A checkpoint now would vouch for the rewritten chain: none is written.
        QVERIFY(!a.checkpoints->checkpointNow());
        QCOMPARE(a.anchorLines().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestAuditAnchor)
#include "tst_auditanchor.moc"
