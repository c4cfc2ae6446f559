#include "TestWorkspace.h"
#include "autopilot/Alerts.h"
#include "autopilot/Autopilot.h"
#include "autopilot/AutopilotSettings.h"
#include "autopilot/Notifications.h"
#include "jobs/JobQueue.h"
#include "jobs/ProcessRegistry.h"
#include "storage/Sql.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The autopilot's alerts on both engines: what raises one (and when: a breaker after an hour, a failing
// sync after half an hour, the rest at once), that it is raised and its messages queued exactly once,
// that it resolves when its condition goes, and that the next time is a new alert.
class TestAlerts : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 kMinute = 60'000;

    static void beat(TestWorkspace& ws, const QStringList& breakers)
    {
        ProcessRegistry::Entry e;
        e.owner = u"server-1:42"_s;
        e.role = u"serve"_s;
        e.host = u"server-1"_s;
        e.pid = 42;
        e.startedAt = ws.clock().nowMs();
        e.beatMs = 10'000;
        e.workers = 2;
        e.openBreakers = breakers;
        ProcessRegistry::beat(ws.db(), e, ws.clock().nowMs());
    }

    static Alerts::Outcome judge(TestWorkspace& ws)
    {
        const ServerStatus::Report r = ServerStatus::read(ws.db(), ws.path(), ws.clock().nowMs());
        QList<Alerts::Condition> c = Alerts::fromStatus(r);
        c.append(Alerts::fromFinance(FinanceAlerts::open(ws.db())));
        return Alerts::judge(ws.db(), c, Alerts::statusKinds() + Alerts::financeKinds(), ws.clock().nowMs());
    }

    static void tellOwner(TestWorkspace& ws)
    {
        AutopilotSettings::Set s;
        s.emailTo = u"owner@shop.test"_s;
        s.smtpUrl = u"smtp://127.0.0.1:2525"_s;
        s.webhookUrl = u"https://hooks.shop.test/quorum"_s;
        AutopilotSettings::save(ws.db(), s);
    }

private slots:
    void aBreakerOpenForAnHourIsRaisedOnce()
    {
        TestWorkspace ws;
        tellOwner(ws);
        beat(ws, {u"api.openai.com"_s});
        Alerts::Outcome o = judge(ws);
        QVERIFY(o.raised.isEmpty());
        QList<Alerts::Alert> open = Alerts::open(ws.db());
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().kind, u"breaker_open"_s);
        QCOMPARE(open.first().subject, u"api.openai.com"_s);
        QCOMPARE(open.first().raisedAt, 0); // holding: nobody told yet
        QCOMPARE(ws.count(u"SELECT COUNT(*) FROM notifications"_s), 0);

        ws.clock().advance(59 * kMinute);
        beat(ws, {u"api.openai.com"_s});
        QVERIFY(judge(ws).raised.isEmpty());

        ws.clock().advance(2 * kMinute);
        beat(ws, {u"api.openai.com"_s});
        o = judge(ws);
        QCOMPARE(o.raised.size(), 1);
        QVERIFY2(o.raised.first().title.contains(u"api.openai.com"_s), qPrintable(o.raised.first().title));
        QCOMPARE(ws.count(u"SELECT COUNT(*) FROM notifications WHERE alert_id = ?"_s, {o.raised.first().id}), 2);
        QCOMPARE(ws.count(u"SELECT COUNT(*) FROM jobs WHERE kind = ?"_s, {Notifications::Send.key()}), 2);
        const QList<Notifications::State> states = Notifications::forAlert(ws.db(), o.raised.first().id);
        QCOMPARE(states.size(), 2);
        QCOMPARE(states.at(0).channel, u"email"_s);
        QCOMPARE(states.at(0).target, u"owner@shop.test"_s);
        QCOMPARE(states.at(1).channel, u"webhook"_s);
        QCOMPARE(states.at(1).state, u"pending"_s);

        // Judged again (this process or another): told once.
        ws.clock().advance(15 * kMinute);
        beat(ws, {u"api.openai.com"_s});
        QVERIFY(judge(ws).raised.isEmpty());
        QCOMPARE(ws.count(u"SELECT COUNT(*) FROM notifications"_s), 2);
        QCOMPARE(ws.count(u"SELECT COUNT(*) FROM alerts"_s), 1);

        // The breaker closes: resolved. It opens again: a new alert, holding again.
        beat(ws, {});
        o = judge(ws);
        QCOMPARE(o.resolved.size(), 1);
        QVERIFY(Alerts::open(ws.db()).isEmpty());
        beat(ws, {u"api.openai.com"_s});
        judge(ws);
        QCOMPARE(ws.count(u"SELECT COUNT(*) FROM alerts"_s), 2);
        QCOMPARE(Alerts::open(ws.db()).first().raisedAt, 0);
    }

    void aShortOutageIsNoAlert()
    {
        TestWorkspace ws;
        tellOwner(ws);
        beat(ws, {u"api.anthropic.com"_s});
        judge(ws);
        ws.clock().advance(20 * kMinute);
        beat(ws, {});
        const Alerts::Outcome o = judge(ws);
        QCOMPARE(o.resolved.size(), 1);
        QCOMPARE(o.resolved.first().raisedAt, 0);
        QCOMPARE(ws.count(u"SELECT COUNT(*) FROM notifications"_s), 0);
    }

    void aStuckQueueIsRaisedAtOnce()
    {
        TestWorkspace ws;
        tellOwner(ws);
        JobQueue::enqueue(
            ws.db(), {JobKind(QLatin1StringView("generate")), 1, u"a"_s, {}, 0, 5, 0, {}}, ws.clock().nowMs());
        // Nobody works: the queue does not move.
        const Alerts::Outcome o = judge(ws);
        QCOMPARE(o.raised.size(), 1);
        QCOMPARE(o.raised.first().kind, u"queue_stuck"_s);
        QVERIFY2(o.raised.first().title.contains(u"no worker runs"_s), qPrintable(o.raised.first().title));
        // A worker comes, the job is done: resolved.
        Sql::exec(ws.db(), u"UPDATE jobs SET state = 'done'"_s);
        QCOMPARE(judge(ws).resolved.size(), 1);
    }

    void aFailingSyncAfterHalfAnHour()
    {
        TestWorkspace ws;
        tellOwner(ws);
        const qint64 now = ws.clock().nowMs();
        Sql::exec(ws.db(),
            u"INSERT INTO connections (id, kind, name, url, created_at, updated_at) VALUES (7, 'woocommerce', 'Main "
            u"shop', 'https://shop.test', ?, ?)"_s,
            {now, now});
        Sql::exec(ws.db(),
            u"INSERT INTO sync_state (connection_id, resource, updated_at, last_error) VALUES (7, 'orders', ?, 'HTTP "
            u"401: the key was revoked')"_s,
            {now});
        QVERIFY(judge(ws).raised.isEmpty());
        ws.clock().advance(31 * kMinute);
        const Alerts::Outcome o = judge(ws);
        QCOMPARE(o.raised.size(), 1);
        QCOMPARE(o.raised.first().kind, u"sync_failing"_s);
        QCOMPARE(o.raised.first().subject, u"Main shop / orders"_s);
        QVERIFY2(o.raised.first().title.contains(u"HTTP 401"_s), qPrintable(o.raised.first().title));
    }

    void financeAlertsAreRaisedAtOnce()
    {
        TestWorkspace ws;
        const qint64 now = ws.clock().nowMs();
        Sql::exec(ws.db(),
            u"INSERT INTO finance_alerts (kind, subject, day, figures, raised_at, updated_at) VALUES ('revenue_drop', "
            u"'', '2026-11-19', ?, ?, ?)"_s,
            {u"{\"revenue_cents\": 40000, \"before_cents\": 100000, \"orders_before\": 12, \"currency\": \"EUR\"}"_s,
                now, now});
        Alerts::Outcome o = judge(ws);
        QCOMPARE(o.raised.size(), 1);
        QCOMPARE(o.raised.first().kind, u"revenue_drop"_s);
        QVERIFY(!o.raised.first().title.isEmpty());
        // Nobody set where to tell: shown on the desktops only, no message queued.
        QCOMPARE(ws.count(u"SELECT COUNT(*) FROM notifications"_s), 0);
        Sql::exec(ws.db(), u"UPDATE finance_alerts SET resolved_at = ?"_s, {now});
        o = judge(ws);
        QCOMPARE(o.resolved.size(), 1);
        QCOMPARE(Alerts::raisedAfter(ws.db(), 0).size(), 1);
        QCOMPARE(Alerts::lastRaisedId(ws.db()), o.resolved.first().id);
    }

    // While the team server is away the scheduled cycle waits instead of trying (a desk would wait in its
    // window's thread for each statement); when it answers again the cycle that waited runs at once, and
    // only one. A cycle asked for runs all the same.
    void theCycleWaitsWhileTheServerIsAway()
    {
        TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        Autopilot pilot(ws.db(), ws.workspace().root(), &ws.clock(), nullptr);
        pilot.start();
        ws.clock().advance(0);
        QCOMPARE(pilot.cycles(), 1);
        pilot.setServerReachable(false);
        ws.clock().advance(pilot.periodMs());
        ws.clock().advance(pilot.periodMs());
        QCOMPARE(pilot.cycles(), 1);
        pilot.setServerReachable(true);
        ws.clock().advance(0);
        QCOMPARE(pilot.cycles(), 2);
        pilot.setServerReachable(true); // nothing waited since
        ws.clock().advance(0);
        QCOMPARE(pilot.cycles(), 2);
        ws.clock().advance(pilot.periodMs()); // and the schedule goes on
        QCOMPARE(pilot.cycles(), 3);
        pilot.setServerReachable(false);
        pilot.cycle();
        QCOMPARE(pilot.cycles(), 4);
    }

    void settingsAreChecked()
    {
        AutopilotSettings::Set s;
        QVERIFY(AutopilotSettings::validate(s).isEmpty());
        s.emailTo = u"owner@shop.test, not-an-address"_s;
        s.smtpUrl = u"smtp://mail.shop.test:587"_s;
        QVERIFY(AutopilotSettings::validate(s).contains(u"not-an-address"_s));
        s.emailTo = u"owner@shop.test"_s;
        s.smtpUrl = u"mail.shop.test"_s;
        QVERIFY(AutopilotSettings::validate(s).contains(u"smtp://"_s));
        s.smtpUrl.clear();
        QVERIFY(!AutopilotSettings::validate(s).isEmpty()); // an address and no server
        s.smtpUrl = u"smtps://mail.shop.test:465"_s;
        s.webhookUrl = u"ftp://hooks"_s;
        QVERIFY(!AutopilotSettings::validate(s).isEmpty());
        s.webhookUrl = u"https://hooks.shop.test/x"_s;
        QVERIFY(AutopilotSettings::validate(s).isEmpty());
        QCOMPARE(s.sender(), u"quorum@mail.shop.test"_s);
        const AutopilotSettings::Set back = AutopilotSettings::fromJson(AutopilotSettings::toJson(s));
        QCOMPARE(back.emailTo, s.emailTo);
        QCOMPARE(back.smtpUrl, s.smtpUrl);
        QCOMPARE(back.webhookUrl, s.webhookUrl);
        QCOMPARE(back.reportHour, 7);
    }
};

QTEST_GUILESS_MAIN(TestAlerts)
#include "tst_alerts.moc"
