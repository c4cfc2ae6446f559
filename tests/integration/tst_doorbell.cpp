#include "TestDatabase.h"
#include "TestWorkspace.h"
#include "core/Clock.h"
#include "core/EventBus.h"
#include "storage/Doorbell.h"
#include "storage/Workspace.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// The doorbell between the processes of a team workspace, on the real PostgreSQL: two doorbells (two
// desks, each with its bus) on one database. A change on one is rung to the other once the debounce has
// passed, a burst rings once, nothing rings back and forth, and after the server dropped their
// connections both come back and publish every topic (the catch-up).
class TestDoorbell : public QObject
{
    Q_OBJECT

private:
    using Topics = QList<EventBus::Topic>;
    static Topics topicsIn(const QSignalSpy& spy)
    {
        Topics out;
        for (const QList<QVariant>& call : spy)
            out.append(call.at(0).value<EventBus::Topic>());
        return out;
    }

private slots:
    void initTestCase()
    {
        if (!TestDatabase::usePostgres())
            QSKIP("the doorbell is PostgreSQL's (tst_doorbell_pg)");
    }

    void aChangeRingsTheOtherDeskOnceAndNeverBack()
    {
        TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        const QString location = ws.workspace().databasePath();
        ManualClock clock;
        EventBus busA, busB;
        Doorbell a(location, &busA, &clock), b(location, &busB, &clock);
        a.start();
        b.start();
        QVERIFY(a.isListening() && b.isListening());
        QSignalSpy onA(&busA, &EventBus::changed);
        QSignalSpy onB(&busB, &EventBus::changed);
        QSignalSpy rangB(&b, &Doorbell::rang);

        // A burst on desk A: nothing goes before the debounce, then one ring with both topics.
        for (int i = 0; i < 50; ++i)
            busA.publishChanged(i % 2 ? EventBus::Topic::Proposals : EventBus::Topic::Jobs, {i});
        QCOMPARE(onA.count(), 50);
        QTest::qWait(200); // a ring sent too early would arrive in this time
        QCOMPARE(onB.count(), 0);
        clock.advance(Doorbell::DebounceMs);
        QTRY_COMPARE(rangB.count(), 1);
        const Topics got = topicsIn(onB);
        QCOMPARE(got.size(), 2);
        QVERIFY(got.contains(EventBus::Topic::Proposals) && got.contains(EventBus::Topic::Jobs));
        QVERIFY(onB.at(0).at(2).toBool()); // read again: rows may have come or gone

        // B published what A rang; it does not ring it back (no ping-pong between desks).
        clock.advance(Doorbell::DebounceMs);
        QTest::qWait(300);
        QCOMPARE(onA.count(), 50);
        QCOMPARE(rangB.count(), 1);
    }

    void afterTheServerDroppedThemBothComeBackAndReadEverything()
    {
        TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        const QString location = ws.workspace().databasePath();
        ManualClock clock;
        EventBus busA, busB;
        Doorbell a(location, &busA, &clock), b(location, &busB, &clock);
        a.start();
        b.start();
        QSignalSpy lostA(&a, &Doorbell::listeningChanged);
        QSignalSpy onB(&busB, &EventBus::changed);
        QString error;
        const QString db = location.section(u'/', -1);
        QVERIFY2(TestDatabase::admin(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1' "
                                     u"AND application_name = 'quorum-doorbell'"_s.arg(db),
                     &error),
            qPrintable(error));
        clock.advance(Doorbell::CheckMs); // the check finds the connection gone
        QTRY_VERIFY(!a.isListening() && !b.isListening());
        QCOMPARE(lostA.count(), 1);
        onB.clear();
        clock.advance(Doorbell::CheckMs); // and makes it again
        QTRY_VERIFY(a.isListening() && b.isListening());
        QCOMPARE(lostA.count(), 2);
        // The catch-up: every topic, as nothing rung meanwhile was kept.
        QCOMPARE(onB.count(), QMetaEnum::fromType<EventBus::Topic>().keyCount());
        onB.clear();
        busA.publishChanged(EventBus::Topic::Products);
        clock.advance(Doorbell::DebounceMs);
        QTRY_COMPARE(onB.count(), 1);
        QCOMPARE(onB.at(0).at(0).value<EventBus::Topic>(), EventBus::Topic::Products);
    }

    void onSqliteItDoesNothing()
    {
        ManualClock clock;
        EventBus bus;
        Doorbell d(u"/tmp/quorum.db"_s, &bus, &clock);
        d.start();
        QVERIFY(!d.isListening());
        bus.publishChanged(EventBus::Topic::Products);
        QCOMPARE(clock.pendingCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDoorbell)
#include "tst_doorbell.moc"
