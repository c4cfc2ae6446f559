#include "TestWorkspace.h"
#include "jobs/JobQueue.h"
#include "pipeline/PipelineJobs.h"
#include "publishing/PublishJobs.h"
#include "storage/Connection.h"
#include "storage/Sql.h"

#include <QSet>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;

// The durable job queue: idempotent enqueue, atomic claims with leases, expiry and fencing, attempts
// with backoff, release, poison jobs, orphans of dead processes, and concurrent claimers.
class TestJobQueue : public QObject
{
    Q_OBJECT

private:
    static JobQueue::NewJob job(const QString& key, int priority = 0, qint64 runAfter = 0, int maxAttempts = 3)
    {
        JobQueue::NewJob j;
        j.kind = PipelineJobs::Generate;
        j.subjectId = 1;
        j.idempotencyKey = key;
        j.priority = priority;
        j.runAfter = runAfter;
        j.maxAttempts = maxAttempts;
        return j;
    }
    static QString state(TestWorkspace& ws, qint64 id)
    {
        return Sql::scalar(ws.db(), u"SELECT state FROM jobs WHERE id = ?"_s, {id}).toString();
    }

private slots:
    void enqueueIsIdempotent()
    {
        TestWorkspace ws;
        const auto [a, createdA] = JobQueue::enqueue(ws.db(), job(u"k1"_s), 1);
        const auto [b, createdB] = JobQueue::enqueue(ws.db(), job(u"k1"_s), 2);
        QVERIFY(createdA);
        QVERIFY(!createdB);
        QCOMPARE(a, b);
        QCOMPARE(ws.count(u"SELECT COUNT(*) FROM jobs"_s), 1);
    }

    void lanesRunOneAtATimeInOrder()
    {
        TestWorkspace ws;
        const auto laneJob = [](const QString& key, const QString& lane) {
            return JobQueue::NewJob{PublishJobs::Publish, 1, key, QJsonObject{{u"lane"_s, lane}}};
        };
        const qint64 a1 = JobQueue::enqueue(ws.db(), laneJob(u"a1"_s, u"shop"_s), 0).first;
        const qint64 a2 = JobQueue::enqueue(ws.db(), laneJob(u"a2"_s, u"shop"_s), 0).first;
        const qint64 b1 = JobQueue::enqueue(ws.db(), laneJob(u"b1"_s, u"blog"_s), 0).first;
        QCOMPARE(JobQueue::claim(ws.db(), u"w1"_s, 100, 60'000)->id, a1);
        // The shop's next job waits for the first; the blog's lane is free.
        QCOMPARE(JobQueue::claim(ws.db(), u"w2"_s, 100, 60'000)->id, b1);
        QVERIFY(!JobQueue::claim(ws.db(), u"w2"_s, 100, 60'000));
        QVERIFY(JobQueue::complete(ws.db(), a1, u"w1"_s, {}, 200));
        QCOMPARE(JobQueue::claim(ws.db(), u"w2"_s, 200, 60'000)->id, a2);
        // A lane whose holder died (lease expired) is free again.
        const qint64 a3 = JobQueue::enqueue(ws.db(), laneJob(u"a3"_s, u"shop"_s), 0).first;
        QVERIFY(!JobQueue::claim(ws.db(), u"w3"_s, 300, 60'000));
        const auto again = JobQueue::claim(ws.db(), u"w3"_s, 70'000, 60'000);
        QVERIFY(again && (again->id == a2 || again->id == a3));
    }

    void claimsByPriorityThenAgeAndOnlyWhenDue()
    {
        TestWorkspace ws;
        const qint64 low = JobQueue::enqueue(ws.db(), job(u"low"_s), 0).first;
        const qint64 high = JobQueue::enqueue(ws.db(), job(u"high"_s, 5), 0).first;
        const qint64 later = JobQueue::enqueue(ws.db(), job(u"later"_s, 9, 1000), 0).first;
        QCOMPARE(JobQueue::claim(ws.db(), u"w1"_s, 100, 60'000)->id, high);
        const auto second = JobQueue::claim(ws.db(), u"w1"_s, 100, 60'000);
        QCOMPARE(second->id, low);
        QCOMPARE(second->leaseOwner, u"w1"_s);
        QCOMPARE(second->leaseExpires, 60'100);
        QCOMPARE(second->claims, 1);
        QVERIFY(!JobQueue::claim(ws.db(), u"w1"_s, 100, 60'000)); // "later" is not due yet
        QCOMPARE(JobQueue::nextWakeAt(ws.db()), 1000);
        QCOMPARE(JobQueue::claim(ws.db(), u"w2"_s, 1000, 60'000)->id, later);
        QCOMPARE(JobQueue::counts(ws.db()).running, 3);
    }

    void anExpiredLeaseIsClaimedAgainAndTheOldOwnerIsFencedOff()
    {
        TestWorkspace ws;
        const qint64 id = JobQueue::enqueue(ws.db(), job(u"k"_s), 0).first;
        QVERIFY(JobQueue::claim(ws.db(), u"crashed"_s, 0, 1000));
        QVERIFY(!JobQueue::claim(ws.db(), u"other"_s, 999, 1000));      // still leased
        QVERIFY(JobQueue::renew(ws.db(), id, u"crashed"_s, 500, 1000)); // renewed to 1500
        QVERIFY(!JobQueue::claim(ws.db(), u"other"_s, 1400, 1000));
        const auto reclaimed = JobQueue::claim(ws.db(), u"other"_s, 1501, 1000);
        QVERIFY(reclaimed);
        QCOMPARE(reclaimed->claims, 2);
        // The first owner wakes up: it can neither renew, complete, fail nor release.
        QVERIFY(!JobQueue::renew(ws.db(), id, u"crashed"_s, 1600, 1000));
        QVERIFY(!JobQueue::complete(ws.db(), id, u"crashed"_s, {}, 1600));
        QCOMPARE(JobQueue::fail(ws.db(), id, u"crashed"_s, u"x"_s, true, 10, 1600), JobQueue::FailOutcome::LostLease);
        QVERIFY(!JobQueue::release(ws.db(), id, u"crashed"_s, 1600));
        QVERIFY(JobQueue::complete(ws.db(), id, u"other"_s, QJsonObject{{u"ok"_s, true}}, 1700));
        QCOMPARE(state(ws, id), u"done"_s);
    }

    void failuresBackOffUntilTheAttemptsRunOut()
    {
        TestWorkspace ws;
        const qint64 id = JobQueue::enqueue(ws.db(), job(u"k"_s, 0, 0, 3), 0).first;
        qint64 now = 0;
        for (int attempt = 1; attempt <= 2; ++attempt) {
            QVERIFY(JobQueue::claim(ws.db(), u"w"_s, now, 1000));
            QCOMPARE(JobQueue::fail(ws.db(), id, u"w"_s, u"503 from the provider"_s, true, 5000, now),
                JobQueue::FailOutcome::Retrying);
            QCOMPARE(state(ws, id), u"queued"_s);
            QVERIFY(!JobQueue::claim(ws.db(), u"w"_s, now + 4999, 1000));
            now += 5000;
        }
        QVERIFY(JobQueue::claim(ws.db(), u"w"_s, now, 1000));
        QCOMPARE(JobQueue::fail(ws.db(), id, u"w"_s, u"503 again"_s, true, 5000, now), JobQueue::FailOutcome::Dead);
        QCOMPARE(state(ws, id), u"dead"_s);
        QCOMPARE(
            Sql::scalar(ws.db(), u"SELECT attempts || ':' || last_error FROM jobs"_s).toString(), u"3:503 again"_s);
        QCOMPARE(JobQueue::counts(ws.db()).dead, 1);
    }

    void aFailureThatCannotSucceedEndsAtOnce()
    {
        TestWorkspace ws;
        const qint64 id = JobQueue::enqueue(ws.db(), job(u"k"_s, 0, 0, 5), 0).first;
        QVERIFY(JobQueue::claim(ws.db(), u"w"_s, 0, 1000));
        QCOMPARE(JobQueue::fail(ws.db(), id, u"w"_s, u"budget"_s, false, 5000, 0), JobQueue::FailOutcome::Dead);
    }

    // Run again: a dead job is queued as if new (attempts, claims and a provider wait forgotten), due at
    // once; a job that is not dead is left alone.
    void aDeadJobRevivesAsNew()
    {
        TestWorkspace ws;
        const qint64 id = JobQueue::enqueue(ws.db(), job(u"k"_s, 0, 0, 5), 0).first;
        QVERIFY(JobQueue::claim(ws.db(), u"w"_s, 0, 1000));
        QCOMPARE(JobQueue::fail(ws.db(), id, u"w"_s, u"token revoked"_s, false, 5000, 0), JobQueue::FailOutcome::Dead);
        Sql::exec(ws.db(), u"UPDATE jobs SET waits = 3, waiting_since = 1 WHERE id = ?"_s, {id});
        QVERIFY(!JobQueue::claim(ws.db(), u"w"_s, 10, 1000));
        QVERIFY(JobQueue::revive(ws.db(), id, 500));
        QCOMPARE(Sql::scalar(ws.db(),
                     u"SELECT state || attempts || claims || waits || COALESCE(CAST(waiting_since AS TEXT), '-') || "
                     u"run_after FROM "
                     u"jobs"_s)
                     .toString(),
            u"queued000-500"_s);
        QVERIFY(!JobQueue::revive(ws.db(), id, 600)); // not dead
        QCOMPARE(JobQueue::claim(ws.db(), u"w"_s, 500, 1000)->id, id);
    }

    void aReleaseCountsNothing()
    {
        TestWorkspace ws;
        const qint64 id = JobQueue::enqueue(ws.db(), job(u"k"_s), 0).first;
        QVERIFY(JobQueue::claim(ws.db(), u"w"_s, 0, 1000));
        QVERIFY(JobQueue::release(ws.db(), id, u"w"_s, 1));
        QCOMPARE(Sql::scalar(ws.db(), u"SELECT state || attempts || claims FROM jobs"_s).toString(), u"queued00"_s);
        QCOMPARE(JobQueue::claim(ws.db(), u"w"_s, 2, 1000)->id, id);
    }

    void aJobThatKeepsDyingIsStopped()
    {
        TestWorkspace ws;
        const qint64 id = JobQueue::enqueue(ws.db(), job(u"k"_s), 0).first;
        qint64 now = 0;
        for (int i = 0; i < 3; ++i) {
            QVERIFY(JobQueue::claim(ws.db(), u"w"_s, now, 10, 3));
            now += 20; // the lease runs out: the process died
        }
        QVERIFY(!JobQueue::claim(ws.db(), u"w"_s, now, 10, 3));
        QCOMPARE(state(ws, id), u"dead"_s);
        QVERIFY(Sql::scalar(ws.db(), u"SELECT last_error FROM jobs"_s).toString().contains(u"3 interrupted runs"_s));
    }

    // One that carried an approved proposal out says so on the proposal instead of leaving it "running".
    void aStoppedJobFailsItsProposal()
    {
        TestWorkspace ws;
        const qint64 proposal = Sql::insert(ws.db(),
            u"INSERT INTO action_proposals (agent, action_type, title, risk_level, status, execution_state, "
            u"created_at, updated_at) VALUES ('Ad rules', 'ad_set_change', 'Pause', 'low', 'auto_approved', "
            u"'running', 0, 0)"_s);
        JobQueue::NewJob j = job(u"p"_s);
        j.payload = QJsonObject{{u"proposal"_s, proposal}};
        JobQueue::enqueue(ws.db(), j, 0);
        qint64 now = 0;
        for (int i = 0; i < 3; ++i) {
            QVERIFY(JobQueue::claim(ws.db(), u"w"_s, now, 10, 3));
            now += 20;
        }
        QVERIFY(!JobQueue::claim(ws.db(), u"w"_s, now, 10, 3));
        QCOMPARE(Sql::scalar(ws.db(), u"SELECT execution_state FROM action_proposals"_s).toString(), u"failed"_s);
        QVERIFY(Sql::scalar(ws.db(), u"SELECT execution_error FROM action_proposals"_s)
                    .toString()
                    .contains(u"3 interrupted runs"_s));
    }

    void jobsOfDeadProcessesGoBackAtOnce()
    {
        TestWorkspace ws;
        for (const QString& key : {u"a"_s, u"b"_s, u"c"_s})
            JobQueue::enqueue(ws.db(), job(key), 0);
        QVERIFY(JobQueue::claim(ws.db(), JobQueue::ownerName(u"desk"_s, 111, u"worker-1"_s), 0, 60'000));
        QVERIFY(JobQueue::claim(ws.db(), JobQueue::ownerName(u"desk"_s, 222, u"worker-1"_s), 0, 60'000));
        QVERIFY(JobQueue::claim(ws.db(), JobQueue::ownerName(u"server"_s, 111, u"worker-1"_s), 0, 60'000));
        const int recovered = JobQueue::recoverOrphans(
            ws.db(), u"desk"_s, [](qint64 pid) { return pid == 222; }, 5);
        QCOMPARE(recovered, 1);
        QCOMPARE(ws.count(u"SELECT COUNT(*) FROM jobs WHERE state = 'queued'"_s), 1);
        // Another machine's jobs are left to their leases.
        QCOMPARE(ws.count(u"SELECT COUNT(*) FROM jobs WHERE state = 'running' AND lease_owner LIKE 'server:%'"_s), 1);
    }

    void backoffGrowsAndIsCapped()
    {
        QCOMPARE(JobQueue::backoffMs(1, 1.0, 15'000, 600'000), 15'000);
        QCOMPARE(JobQueue::backoffMs(3, 1.0, 15'000, 600'000), 60'000);
        QCOMPARE(JobQueue::backoffMs(20, 1.0, 15'000, 600'000), 600'000);
        QCOMPARE(JobQueue::backoffMs(3, 0.0, 15'000, 600'000), 1000); // never a spin
        QCOMPARE(JobQueue::backoffMs(2, 0.5, 15'000, 600'000), 15'000);
    }

    void concurrentClaimersNeverShareAJob()
    {
        TestWorkspace ws;
        constexpr int kJobs = 300;
        {
            Transaction tx(ws.db());
            for (int i = 0; i < kJobs; ++i)
                JobQueue::enqueue(ws.db(), job(u"job-%1"_s.arg(i)), 0);
            tx.commit();
        }
        const QString path = ws.workspace().databasePath();
        QMutex mutex;
        QList<qint64> claimed;
        std::atomic<int> errors{0};
        QList<QThread*> threads;
        for (int t = 0; t < 4; ++t) {
            threads.append(QThread::create([&, t] {
                Connection c(path, u"claimer-%1"_s.arg(t));
                const QString owner = u"w%1"_s.arg(t);
                try {
                    while (auto j = JobQueue::claim(c.db(), owner, 1, 60'000)) {
                        Transaction tx(c.db());
                        if (!JobQueue::complete(c.db(), j->id, owner, {}, 2))
                            ++errors;
                        tx.commit();
                        QMutexLocker lock(&mutex);
                        claimed.append(j->id);
                    }
                } catch (const SqlError&) {
                    ++errors;
                }
            }));
            threads.last()->start();
        }
        for (QThread* t : threads) {
            QVERIFY(t->wait(60'000));
            delete t;
        }
        QCOMPARE(errors.load(), 0);
        QCOMPARE(claimed.size(), kJobs);
        QCOMPARE(QSet<qint64>(claimed.begin(), claimed.end()).size(), kJobs);
        QCOMPARE(JobQueue::counts(ws.db()).done, kJobs);
    }
};

QTEST_GUILESS_MAIN(TestJobQueue)
#include "tst_jobqueue.moc"
