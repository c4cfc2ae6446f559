#include "core/Clock.h"
#include "resilience/CircuitBreaker.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// Desktop-volume thresholds: 5 consecutive failures or half of the last 20 (after 10); open 30 s;
// one half-open probe.
class TestCircuitBreaker : public QObject
{
    Q_OBJECT

private slots:
    void opensAfterFiveConsecutiveFailures()
    {
        ManualClock clock;
        CircuitBreaker b(u"api"_s, &clock);
        for (int i = 0; i < 4; ++i) {
            QVERIFY(b.allow());
            b.recordFailure();
        }
        QCOMPARE(b.state(), CircuitBreaker::State::Closed);
        QVERIFY(b.allow());
        b.recordFailure();
        QCOMPARE(b.state(), CircuitBreaker::State::Open);
        QVERIFY(!b.allow());
    }

    void opensWhenHalfOfTheWindowFails()
    {
        ManualClock clock;
        CircuitBreaker b(u"api"_s, &clock);
        // Alternating success and failure never makes 5 in a row, but is 50 % of the window.
        for (int i = 0; i < 9; ++i) {
            (i % 2 == 0) ? b.recordSuccess() : b.recordFailure();
            QCOMPARE(b.state(), CircuitBreaker::State::Closed);
        }
        b.recordFailure(); // 10 calls, 5 failures
        QCOMPARE(b.state(), CircuitBreaker::State::Open);
    }

    void staysClosedBelowTheRate()
    {
        ManualClock clock;
        CircuitBreaker b(u"api"_s, &clock);
        for (int i = 0; i < 40; ++i)
            (i % 3 == 0) ? b.recordFailure() : b.recordSuccess();
        QCOMPARE(b.state(), CircuitBreaker::State::Closed);
    }

    void halfOpenLetsOneProbeThrough()
    {
        ManualClock clock;
        CircuitBreaker b(u"api"_s, &clock);
        for (int i = 0; i < 5; ++i)
            b.recordFailure();
        clock.advance(29'999);
        QVERIFY(!b.allow());
        clock.advance(1);
        QCOMPARE(b.state(), CircuitBreaker::State::HalfOpen);
        QVERIFY(b.allow());
        QVERIFY(!b.allow()); // only one probe
        b.recordFailure();   // probe failed: open for another 30 s
        QCOMPARE(b.state(), CircuitBreaker::State::Open);
        QCOMPARE(b.openUntilMs(), clock.nowMs() + 30'000);
        clock.advance(30'000);
        QVERIFY(b.allow());
        b.recordSuccess(); // probe succeeded: closed with a clean window
        QCOMPARE(b.state(), CircuitBreaker::State::Closed);
        QCOMPARE(b.recentCalls(), 0);
        QVERIFY(b.allow());
        QVERIFY(b.allow());
    }

    void abandonedProbeFreesTheSlot()
    {
        ManualClock clock;
        CircuitBreaker b(u"api"_s, &clock);
        for (int i = 0; i < 5; ++i)
            b.recordFailure();
        clock.advance(30'000);
        QVERIFY(b.allow());
        b.recordAbandoned();
        QVERIFY(b.allow());
    }

    void registryIsObservable()
    {
        ManualClock clock;
        BreakerRegistry registry(&clock);
        QSignalSpy spy(&registry, &BreakerRegistry::stateChanged);
        CircuitBreaker* b = registry.breaker(u"openai"_s);
        QCOMPARE(registry.breaker(u"openai"_s), b);
        for (int i = 0; i < 5; ++i)
            b->recordFailure();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().at(0).toString(), u"openai"_s);
        QCOMPARE(spy.first().at(1).toInt(), int(CircuitBreaker::State::Open));
        const auto snap = registry.snapshot();
        QCOMPARE(snap.size(), 1);
        QCOMPARE(snap.first().state, CircuitBreaker::State::Open);
    }
};

QTEST_GUILESS_MAIN(TestCircuitBreaker)
#include "tst_circuitbreaker.moc"
