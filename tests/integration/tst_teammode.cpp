#include "TestDatabase.h"
#include "TestWorkspace.h"
#include "approvals/ApprovalDesk.h"
#include "approvals/ApprovalTypes.h"
#include "audit/AuditLog.h"
#include "jobs/JobQueue.h"
#include "storage/Connection.h"
#include "storage/Dialect.h"
#include "storage/Sql.h"
#include "users/Users.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

#include <atomic>
#include <mutex>

using namespace Qt::StringLiterals;

// A team workspace on the real PostgreSQL: several sessions (the desktops and workers of a team, each
// with its own connection) work one queue and one approvals list at the same time. Every job is done
// once, every proposal decided once, and whoever loses a race is told who won.
class TestTeamMode : public QObject
{
    Q_OBJECT

private:
    static Users::User user(const QSqlDatabase& db, const QString& name, Users::Role role)
    {
        return TestWorkspace::person(db, name, role);
    }

private slots:
    void initTestCase()
    {
        if (!TestDatabase::usePostgres())
            QSKIP("team mode runs on PostgreSQL (ctest runs this test on the private cluster)");
    }

    void everyJobIsDoneOnceByFourSessions()
    {
        TestWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        QVERIFY(Dialect::isPostgres(tw.db()));
        constexpr int kJobs = 2000;
        QList<JobQueue::NewJob> jobs;
        for (int i = 0; i < kJobs; ++i)
            jobs.append({JobKind(QLatin1StringView("noop")), 0, u"noop:%1"_s.arg(i), QJsonObject{}, 0, 3, 0});
        {
            Transaction tx(tw.db());
            QCOMPARE(JobQueue::enqueueMany(tw.db(), jobs, 0), kJobs);
            tx.commit();
        }
        const QString location = tw.workspace().databasePath();
        std::mutex mutex;
        QHash<qint64, int> done; // job -> times completed
        std::atomic<int> errors = 0;
        QList<QThread*> threads;
        QElapsedTimer timer;
        timer.start();
        for (int w = 0; w < 4; ++w) {
            threads.append(QThread::create([&, w] {
                Connection c(location, u"team-worker-%1"_s.arg(w));
                if (!c.isOpen()) {
                    ++errors;
                    return;
                }
                const QString owner = u"host:%1:worker"_s.arg(w);
                for (;;) {
                    try {
                        const auto job = JobQueue::claim(c.db(), owner, 1, 60'000);
                        if (!job)
                            return;
                        if (!JobQueue::complete(c.db(), job->id, owner, {}, 2))
                            ++errors;
                        const std::lock_guard lock(mutex);
                        done[job->id] += 1;
                    } catch (const SqlError& e) {
                        qWarning() << e.message();
                        ++errors;
                        return;
                    }
                }
            }));
            threads.last()->start();
        }
        for (QThread* t : threads) {
            QVERIFY(t->wait(120'000));
            delete t;
        }
        const double seconds = timer.elapsed() / 1000.0;
        QCOMPARE(errors.load(), 0);
        QCOMPARE(done.size(), kJobs);
        for (auto it = done.cbegin(); it != done.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(u"job %1 done %2 times"_s.arg(it.key()).arg(it.value())));
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM jobs WHERE state = 'done'"_s), qint64(kJobs));
        qInfo("%d jobs claimed and completed by 4 sessions in %.2f s (%.0f jobs/s)", kJobs, seconds, kJobs / seconds);
    }

    // The queue's statements are prepared once per connection on the server: they give the same answers as
    // when sent whole, are prepared again when the server forgot them, and a statement the server cannot
    // prepare (a parameter of no known type) is simply sent whole.
    void statementsPreparedOnTheServerAnswerAsSentWhole()
    {
        TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        const QSqlDatabase db = ws.db();
        Sql::exec(db, u"INSERT INTO settings (key, value) VALUES ('a', 'one'), ('b', 'two'), ('c', 'it''s')"_s);
        const QString sql = u"SELECT value FROM settings WHERE key = ? OR value LIKE ?"_s;
        const auto values = [&](const QVariantList& binds) {
            QStringList out;
            QSqlQuery q = Sql::execCached(db, sql, binds);
            while (q.next())
                out.append(q.value(0).toString());
            out.sort();
            return out;
        };
        QCOMPARE(values({u"a"_s, u"TWO"_s}), (QStringList{u"one"_s, u"two"_s})); // LIKE ignores case
        QCOMPARE(values({u"c"_s, u"none"_s}), QStringList{u"it's"_s});
        QCOMPARE(Sql::scalar(db, u"SELECT COUNT(*) FROM pg_prepared_statements"_s).toInt(), 1);
        Sql::exec(db, u"DEALLOCATE ALL"_s); // as after the server lost the session
        QCOMPARE(values({u"b"_s, u"x"_s}), QStringList{u"two"_s});
        QCOMPARE(Sql::scalar(db, u"SELECT COUNT(*) FROM pg_prepared_statements"_s).toInt(), 1);
        QCOMPARE(Sql::execCached(db, u"SELECT ? || 'x'"_s, {u"a"_s}).next(), true); // not preparable: sent whole
        QCOMPARE(
            Sql::execCached(db, u"UPDATE settings SET value = ? WHERE key = ?"_s, {u"uno"_s, u"a"_s}).numRowsAffected(),
            1);
    }

    // Writes for one product (the pipeline's) hold that product's lock and share the workspace's: other
    // products' writes go on beside them, the same product's wait, a workspace-wide write waits for all of
    // them, and the audit chain's appends take turns on their own lock.
    void subjectWritesRunSideBySideAndWorkspaceWritesAlone()
    {
        TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        const QString location = ws.workspace().databasePath();
        Connection a(location, u"subject-a"_s), b(location, u"subject-b"_s), c(location, u"subject-c"_s);
        QVERIFY(a.isOpen() && b.isOpen() && c.isOpen());
        for (const Connection* conn : {&a, &b, &c})
            Sql::exec(conn->db(), u"SET lock_timeout = 300"_s); // waiting shows as an error, not a hang
        const auto product = [](qint64 id) { return Transaction::Subject{Transaction::Subject::Product, id}; };
        const auto lockTimedOut = [](const std::function<void()>& f) {
            try {
                f();
            } catch (const SqlError& e) {
                return e.nativeCode() == u"55P03"_s; // lock_not_available
            }
            return false;
        };

        auto first = std::make_unique<Transaction>(a.db(), product(1));
        AuditLog::append(a.db(), 1, u"pipeline"_s, u"test.one"_s, u"product:1"_s, {});
        {
            Transaction second(b.db(), product(2)); // another product: no wait
            // The audit chain is a single line: its append waits for the first one's commit.
            QVERIFY(
                lockTimedOut([&] { AuditLog::append(b.db(), 2, u"pipeline"_s, u"test.two"_s, u"product:2"_s, {}); }));
        }
        QVERIFY(lockTimedOut([&] { Transaction same(c.db(), product(1)); }));
        QVERIFY(lockTimedOut([&] { Transaction workspaceWide(c.db()); }));
        first->commit();
        first.reset();

        {
            Transaction second(b.db(), product(2));
            AuditLog::append(b.db(), 2, u"pipeline"_s, u"test.two"_s, u"product:2"_s, {});
            second.commit();
        }
        {
            Transaction workspaceWide(c.db());
            QVERIFY(lockTimedOut([&] { Transaction subject(a.db(), product(3)); }));
            workspaceWide.commit();
        }
        const AuditLog::Verification v = AuditLog::verify(ws.db());
        QVERIFY2(v.ok, qPrintable(v.reason));
        QCOMPARE(Sql::scalar(ws.db(), u"SELECT COUNT(*) FROM audit_log WHERE action LIKE 'test.%'"_s).toInt(), 2);
    }

    void aProposalIsDecidedOnceFromTwoDesks()
    {
        TestWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        const QSqlDatabase db = tw.db();
        const Users::User bob = user(db, u"Bob"_s, Users::Role::Approver);
        const Users::User cleo = user(db, u"Cleo"_s, Users::Role::Approver);
        const qint64 now = tw.clock().nowMs();
        constexpr int kProposals = 40;
        QList<qint64> ids;
        for (int i = 0; i < kProposals; ++i)
            ids.append(
                ApprovalDesk::propose(db, TestWorkspace::budgetProposal(u"Merino %1"_s.arg(i)), u"agent-host"_s, now));
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM action_proposals WHERE status = 'pending'"_s), qint64(kProposals));
        // Two desks, each its own session: Bob approves every proposal while Cleo rejects every one.
        const QString location = tw.workspace().databasePath();
        std::mutex mutex;
        QHash<qint64, QStringList> wins;
        QHash<qint64, QString> lostBecause;
        auto desk = [&](const Users::User& who, bool approve) {
            return QThread::create([&, who, approve] {
                Connection c(location, u"desk-"_s + who.name);
                for (qint64 id : ids) {
                    const auto out = approve
                        ? ApprovalDesk::approve(c.db(), id, who, {}, u"desk-"_s + who.name, now)
                        : ApprovalDesk::reject(c.db(), id, who, u"Too much"_s, u"desk-"_s + who.name, now);
                    const std::lock_guard lock(mutex);
                    if (out.ok)
                        wins[id].append(who.name);
                    else
                        lostBecause[id] = out.error;
                }
            });
        };
        QThread* a = desk(bob, true);
        QThread* b = desk(cleo, false);
        a->start();
        b->start();
        QVERIFY(a->wait(60'000) && b->wait(60'000));
        delete a;
        delete b;
        for (qint64 id : ids) {
            QCOMPARE(wins.value(id).size(), 1);
            const QString winner = wins.value(id).first();
            // The loser is told who decided.
            QVERIFY2(lostBecause.value(id).contains(winner), qPrintable(lostBecause.value(id)));
            const QString status
                = Sql::scalar(db, u"SELECT status || ':' || decided_by FROM action_proposals WHERE id = ?"_s, {id})
                      .toString();
            QCOMPARE(status, (winner == u"Bob" ? u"approved:"_s : u"rejected:"_s) + winner);
        }
        // One decision each in the audit trail.
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM audit_log WHERE action IN ('proposal.approved', "
                          u"'proposal.rejected')"_s),
            qint64(kProposals));
    }

    // A bulk approval at one desk that includes proposals another desk rejected meanwhile: the rest is
    // approved, and those are reported one by one with who decided them and how.
    void aBulkDecisionNamesWhatAnotherDeskDecidedMeanwhile()
    {
        TestWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        const QSqlDatabase db = tw.db();
        const Users::User bob = user(db, u"Bob"_s, Users::Role::Approver);
        const Users::User cleo = user(db, u"Cleo"_s, Users::Role::Approver);
        const qint64 now = tw.clock().nowMs();
        QList<qint64> ids;
        for (int i = 0; i < 6; ++i)
            ids.append(
                ApprovalDesk::propose(db, TestWorkspace::budgetProposal(u"Merino %1"_s.arg(i)), u"agent-host"_s, now));
        // Bob has the six selected; Cleo, at her own desk, rejects two of them first.
        {
            Connection cleosDesk(tw.workspace().databasePath(), u"desk-cleo"_s);
            for (qint64 id : {ids.at(1), ids.at(4)})
                QVERIFY(ApprovalDesk::reject(cleosDesk.db(), id, cleo, u"Not now"_s, u"desk-cleo"_s, now).ok);
        }
        const ApprovalDesk::Bulk bulk = ApprovalDesk::approveMany(db, ids, bob, {}, u"desk-bob"_s, now);
        QCOMPARE(bulk.done, (QList<qint64>{ids.at(0), ids.at(2), ids.at(3), ids.at(5)}));
        QCOMPARE(bulk.failed.size(), 2);
        for (const auto& [id, why] : bulk.failed) {
            QVERIFY(id == ids.at(1) || id == ids.at(4));
            QVERIFY2(why.contains(u"Cleo"_s) && why.contains(u"rejected"_s), qPrintable(why));
        }
        QCOMPARE(
            tw.count(u"SELECT COUNT(*) FROM action_proposals WHERE status = 'rejected' AND decided_by = 'Cleo'"_s), 2);
    }
};

QTEST_GUILESS_MAIN(TestTeamMode)
#include "tst_teammode.moc"
