#include "PipelineFixture.h"
#include "QuorumProcess.h"
#include "storage/Dialect.h"
#include "storage/Sql.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// kill -9 at random moments of `quorum run-pipeline` (a real child process), many times, then one
// run to the end: every product ends where it should, no content version is duplicated, nothing
// stored is asked for again, the queue is empty and the database is intact.
class TestKillRecovery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    QProcess* spawn(const QString& workspace)
    {
        return startQuorum(this, m_home, {u"run-pipeline"_s, u"--workspace"_s, workspace});
    }

    // What must hold after any crash.
    static void checkInvariants(PipelineFixture& f, int iteration)
    {
        const QString at = u" (after kill %1)"_s.arg(iteration);
        // (PostgreSQL keeps its own files whole; SQLite's are checked.)
        if (!Dialect::isPostgres(f.db())) {
            QCOMPARE(Sql::scalar(f.db(), u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
            QCOMPARE(Sql::scalar(f.db(), u"PRAGMA foreign_key_check"_s).toString(), QString());
        }
        // One version per (piece, run, attempt), numbered without repeats.
        QVERIFY2(f.count(u"SELECT COUNT(*) FROM (SELECT 1 FROM content_versions WHERE attempt IS NOT NULL "
                         u"GROUP BY piece_id, run_no, attempt HAVING COUNT(*) > 1) AS d"_s)
                == 0,
            qPrintable(u"duplicate version"_s + at));
        QVERIFY2(f.count(u"SELECT COUNT(*) FROM (SELECT 1 FROM content_versions GROUP BY piece_id, version_no "
                         u"HAVING COUNT(*) > 1) AS d"_s)
                == 0,
            qPrintable(u"duplicate version number"_s + at));
        // Attempts within a run have no gaps: attempt n exists only when n - 1 does.
        QVERIFY2(f.count(u"SELECT COUNT(*) FROM content_versions v WHERE v.attempt > 1 AND NOT EXISTS (SELECT 1 FROM "
                         u"content_versions w WHERE w.piece_id = v.piece_id AND w.run_no = v.run_no AND w.attempt = "
                         u"v.attempt - 1)"_s)
                == 0,
            qPrintable(u"attempt gap"_s + at));
        // Nothing is written for a piece after it was accepted.
        QVERIFY2(
            f.count(u"SELECT COUNT(*) FROM content_pieces p JOIN content_versions a ON a.id = p.accepted_version_id "
                    u"JOIN content_versions v ON v.piece_id = p.id AND v.version_no > a.version_no"_s)
                == 0,
            qPrintable(u"version after acceptance"_s + at));
        // An accepted piece has the verdicts that accept it.
        QVERIFY2(f.count(u"SELECT COUNT(*) FROM content_pieces p WHERE p.state = 'accepted' AND NOT EXISTS (SELECT 1 "
                         u"FROM validations v WHERE v.version_id = p.accepted_version_id AND v.stage = 'review' AND "
                         u"v.passed = 1)"_s)
                == 0,
            qPrintable(u"accepted without a review"_s + at));
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM jobs WHERE state = 'dead'"_s), 0);
    }

private slots:
    void killNineAtRandomMomentsLosesNothing()
    {
        PipelineFixture f;
        f.setSetting(u"pipeline.lease_ms"_s, u"2000"_s);
        f.setSetting(u"pipeline.poll_ms"_s, u"100"_s);
        f.setSetting(u"pipeline.jobs_per_worker"_s, u"2"_s);
        // Slow enough that a kill lands in every phase, with regenerations along the way.
        f.sandbox()->setFaults(QJsonObject{{u"seed"_s, 3},
            {u"routes"_s,
                QJsonObject{{u"*"_s,
                                QJsonObject{{u"latency"_s,
                                    QJsonObject{{u"kind"_s, u"uniform"_s}, {u"min"_s, 50}, {u"max"_s, 250}}}}},
                    {u"openai.chat"_s, QJsonObject{{u"wrongFacts"_s, 0.1}}},
                    {u"anthropic.messages"_s, QJsonObject{{u"reviewReject"_s, 0.15}}}}}});
        QList<qint64> ids;
        for (int i = 0; i < 60; ++i) {
            const bool apparel = i % 3 == 0;
            ids.append(f.addProduct(PipelineFixture::facts(u"Product %1"_s.arg(i), apparel ? u"Apparel"_s : u"Home"_s,
                1900 + i * 250, apparel ? u"cotton"_s : u"stoneware"_s,
                apparel ? QStringList{u"S"_s, u"M"_s, u"L"_s} : QStringList{})));
        }

        QRandomGenerator rng(20261121);
        int kills = 0;
        for (int i = 0; i < 25; ++i) {
            QProcess* p = spawn(f.ws().path());
            QVERIFY(p->waitForStarted(10'000));
            const int after = 100 + static_cast<int>(rng.bounded(600u));
            if (p->waitForFinished(after)) {
                // It finished before the kill: everything is done.
                QVERIFY2(p->exitCode() == 0, p->readAll().constData());
                delete p;
                break;
            }
            p->kill(); // SIGKILL
            QVERIFY(p->waitForFinished(10'000));
            QCOMPARE(p->exitStatus(), QProcess::CrashExit);
            delete p;
            ++kills;
            checkInvariants(f, i + 1);
        }
        QVERIFY2(kills >= 15, qPrintable(QString::number(kills)));

        // The last run goes to the end and redoes nothing that was stored.
        const qint64 lastStart = QDateTime::currentMSecsSinceEpoch();
        QProcess* p = spawn(f.ws().path());
        QVERIFY(p->waitForFinished(180'000));
        const QString output = QString::fromUtf8(p->readAll());
        QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0, qPrintable(output));
        delete p;
        checkInvariants(f, kills + 1);
        for (qint64 id : ids) {
            const QString stage = f.stageOf(id);
            QVERIFY2(stage == u"ready" || stage == u"needs_review", qPrintable(u"%1: %2"_s.arg(id).arg(stage)));
        }
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM jobs WHERE state IN ('queued', 'running')"_s), 0);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM content_pieces WHERE state NOT IN ('accepted', 'rejected')"_s), 0);
        const qint64 writes = f.count(
            u"SELECT COUNT(*) FROM provider_calls WHERE purpose LIKE 'write:%' AND outcome = 'ok' AND at >= ?"_s,
            {lastStart});
        const qint64 newVersions
            = f.count(u"SELECT COUNT(*) FROM content_versions WHERE created_at >= ?"_s, {lastStart});
        QCOMPARE(writes, newVersions);
        const qint64 reviews = f.count(
            u"SELECT COUNT(*) FROM provider_calls WHERE purpose LIKE 'review:%' AND outcome = 'ok' AND at >= ?"_s,
            {lastStart});
        const qint64 newReviews
            = f.count(u"SELECT COUNT(*) FROM validations WHERE stage = 'review' AND created_at >= ?"_s, {lastStart});
        QCOMPARE(reviews, newReviews);
        // The ledger never holds less than the provider answered: every call is written before it is
        // sent, and what a killed process left in flight is counted at its reservation at the next start.
        // It holds at most one row more per call that was in flight at a kill (2 workers x 6 products).
        const qint64 received
            = f.sandbox()->receivedCount(u"openai.chat"_s) + f.sandbox()->receivedCount(u"anthropic.messages"_s);
        const qint64 ledger = f.count(u"SELECT COUNT(*) FROM provider_calls"_s);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM provider_calls WHERE outcome = 'pending'"_s), 0);
        QVERIFY2(ledger >= received, qPrintable(u"ledger %1 < provider %2"_s.arg(ledger).arg(received)));
        QVERIFY2(ledger - received <= static_cast<qint64>(kills) * 12,
            qPrintable(u"ledger %1, provider %2, kills %3"_s.arg(ledger).arg(received).arg(kills)));
        // Every lost call is counted at a cost above zero (its reservation).
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM provider_calls WHERE outcome = 'lost' AND cost_micros <= 0"_s), 0);
        qInfo("killed %d times; the last run wrote %lld versions and %lld reviews; the provider received %lld calls, "
              "the ledger holds %lld (%lld lost in kills)",
            kills, newVersions, newReviews, received, ledger,
            f.count(u"SELECT COUNT(*) FROM provider_calls WHERE outcome = 'lost'"_s));
    }
};

QTEST_GUILESS_MAIN(TestKillRecovery)
#include "tst_killrecovery.moc"
