#include "TestWorkspace.h"
#include "jobs/JobQueue.h"
#include "jobs/ProcessRegistry.h"
#include "jobs/RunControl.h"
#include "server/ServerStatus.h"
#include "storage/Sql.h"

#include <QTest>

using namespace Qt::StringLiterals;

// What `quorum status` (and serve's health check) finds, on both engines: each problem it names, and that
// it names none when all is well.
class TestServerStatus : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 kMinute = 60'000;

    static ServerStatus::Report read(TestWorkspace& ws)
    {
        return ServerStatus::read(ws.db(), ws.path(), ws.clock().nowMs());
    }

    static bool names(const ServerStatus::Report& r, const QString& words)
    {
        return std::any_of(r.problems.begin(), r.problems.end(), [&](const QString& p) { return p.contains(words); });
    }

    static void beat(TestWorkspace& ws, const QString& owner, int workers, const QStringList& breakers = {})
    {
        ProcessRegistry::Entry e;
        e.owner = owner;
        e.role = u"serve"_s;
        e.host = u"server-1"_s;
        e.pid = 42;
        e.startedAt = ws.clock().nowMs();
        e.beatMs = 10'000;
        e.workers = workers;
        e.openBreakers = breakers;
        ProcessRegistry::beat(ws.db(), e, ws.clock().nowMs());
    }

    static void enqueue(TestWorkspace& ws, const QString& key, qint64 now)
    {
        JobQueue::enqueue(ws.db(), {JobKind(QLatin1StringView("generate")), 1, key, {}, 0, 5, 0, {}}, now);
    }

    // Jobs of a kind that ended in the window: done and failed for good.
    static void ended(TestWorkspace& ws, const QString& kind, int done, int dead)
    {
        const qint64 now = ws.clock().nowMs();
        for (int i = 0; i < done + dead; ++i)
            Sql::exec(ws.db(),
                u"INSERT INTO jobs (kind, state, idempotency_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?)"_s,
                {kind, i < done ? u"done"_s : u"dead"_s, u"%1-%2-%3"_s.arg(kind).arg(i).arg(now), now, now});
    }

private slots:
    void aQuietWorkspaceIsWell()
    {
        TestWorkspace ws;
        const ServerStatus::Report r = read(ws);
        QVERIFY2(r.ok(), qPrintable(r.problems.join(u'\n')));
        QVERIFY(ServerStatus::format(r, ws.clock().nowMs()).contains(u"All is well."_s));
    }

    void jobsWaitingWithNobodyToDoThem()
    {
        TestWorkspace ws;
        enqueue(ws, u"a"_s, ws.clock().nowMs());
        QVERIFY(names(read(ws), u"no worker runs"_s));
        beat(ws, u"server-1:42"_s, 2);
        QVERIFY2(read(ws).ok(), qPrintable(read(ws).problems.join(u'\n')));
        // Three beats without a word: it is gone, and the jobs have nobody again.
        ws.clock().advance(31'000);
        const ServerStatus::Report r = read(ws);
        QVERIFY(names(r, u"no worker runs"_s));
        QVERIFY(ServerStatus::format(r, ws.clock().nowMs()).join(u'\n').contains(u"stopped without a word"_s));
        // A clean stop is said as such.
        ProcessRegistry::stopped(ws.db(), u"server-1:42"_s, ws.clock().nowMs());
        QVERIFY(ServerStatus::format(read(ws), ws.clock().nowMs()).join(u'\n').contains(u"stopped 0 s ago"_s));
    }

    void aQueueStuckWhileWorkersRun()
    {
        TestWorkspace ws;
        enqueue(ws, u"old"_s, ws.clock().nowMs() - 20 * kMinute);
        beat(ws, u"server-1:42"_s, 2);
        const ServerStatus::Report r = read(ws);
        QVERIFY(names(r, u"The queue is stuck"_s));
        QVERIFY(!names(r, u"no worker runs"_s));
        QCOMPARE(r.due, 1);
    }

    void anEmergencyStopAndAnOpenBreaker()
    {
        TestWorkspace ws;
        RunControl::setState(ws.db(), RunControl::State::Stopped, u"Ann"_s, ws.clock().nowMs());
        beat(ws, u"server-1:42"_s, 2, {u"api.openai.com"_s});
        const ServerStatus::Report r = read(ws);
        QVERIFY(names(r, u"emergency stop"_s));
        QVERIFY(names(r, u"api.openai.com does not answer"_s));
    }

    void aSyncFailingOrLate()
    {
        TestWorkspace ws;
        const qint64 now = ws.clock().nowMs();
        const qint64 shop = Sql::insert(ws.db(),
            u"INSERT INTO connections (kind, name, url, created_at, updated_at) VALUES ('woocommerce', 'Shop', "
            u"'https://shop.example', ?, ?)"_s,
            {now, now});
        Sql::exec(ws.db(),
            u"INSERT INTO sync_state (connection_id, resource, rows, last_error, updated_at) VALUES (?, 'orders', 10, "
            u"'', ?), (?, 'reviews', 0, 'HTTP 401: the key was refused', ?)"_s,
            {shop, now - 3 * 60 * kMinute, shop, now});
        const ServerStatus::Report r = read(ws);
        QVERIFY(names(r, u"Shop (orders): last synced 3 h ago"_s));
        QVERIFY(names(r, u"the key was refused"_s));
    }

    void failureRatesAboveTheirLimits()
    {
        TestWorkspace ws;
        ended(ws, u"publish"_s, 1, 3);   // 75 %: more than 50 %
        ended(ws, u"ads.apply"_s, 2, 1); // 33 % but only three ended: not judged yet
        const qint64 now = ws.clock().nowMs();
        for (int i = 0; i < 10; ++i)
            Sql::exec(ws.db(),
                u"INSERT INTO agent_runs (agent, started_at, finished_at, outcome) VALUES ('Scout', ?, ?, ?)"_s,
                {now, now, i == 0 ? u"failed"_s : (i < 5 ? u"needs"_s : u"ok"_s)});
        const ServerStatus::Report r = read(ws);
        QVERIFY2(names(r, u"publishing: 3 of 4 failed in the last day (75 %; more than 50 %)"_s),
            qPrintable(r.problems.join(u'\n')));
        QVERIFY(!names(r, u"campaigns"_s));
        QVERIFY2(names(r, u"agents: 1 of 10 failed"_s), qPrintable(r.problems.join(u'\n'))); // 10 %: more than 5 %
        QVERIFY(ServerStatus::format(r, now).join(u'\n').contains(u"campaigns 1 of 3 failed"_s));
        // A day later they are out of the window.
        ws.clock().advance(25 * 60 * kMinute);
        QVERIFY(!names(read(ws), u"failed in the last day"_s));
    }
};

QTEST_GUILESS_MAIN(TestServerStatus)
#include "tst_serverstatus.moc"
