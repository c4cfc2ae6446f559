#include "core/Clock.h"
#include "resilience/RateControl.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRateControl : public QObject
{
    Q_OBJECT

    // Asks for n slots; the tickets granted are appended.
    static void acquire(AdaptiveLimiter& limiter, QObject& context, QList<quint64>& tickets, int n)
    {
        for (int i = 0; i < n; ++i)
            limiter.acquire(&context, [&tickets](quint64 t) { tickets.append(t); });
        QCoreApplication::processEvents();
    }

private slots:
    void tokenBucketRefillsAtItsRate()
    {
        ManualClock clock;
        TokenBucket bucket(2.0, 3.0, &clock); // 2 per second, bursts of 3
        QCOMPARE(bucket.take(), 0);
        QCOMPARE(bucket.take(), 0);
        QCOMPARE(bucket.take(), 0);
        QCOMPARE(bucket.take(), 500); // empty: the next token comes in 500 ms
        clock.advance(499);
        QVERIFY(bucket.take() > 0);
        clock.advance(1);
        QCOMPARE(bucket.take(), 0);
        clock.advance(10'000);
        QCOMPARE(bucket.available(), 3.0); // never above capacity
    }

    void limiterGrantsUpToItsLimit()
    {
        ManualClock clock;
        AdaptiveLimiter::Config config;
        config.initial = 2;
        AdaptiveLimiter limiter(u"p"_s, &clock, config);
        QObject context;
        int granted = 0;
        for (int i = 0; i < 5; ++i)
            limiter.acquire(&context, [&granted](quint64) { ++granted; });
        QCoreApplication::processEvents();
        QCOMPARE(granted, 2);
        QCOMPARE(limiter.waiting(), 3);
        limiter.release(AdaptiveLimiter::Outcome::Success, 1);
        QCoreApplication::processEvents();
        // The freed slot is granted, and (slow start) the success at the limit added one more.
        QCOMPARE(granted, 4);
        QCOMPARE(limiter.limit(), 3.0);
    }

    void additiveIncreaseMultiplicativeDecrease()
    {
        ManualClock clock;
        AdaptiveLimiter::Config config;
        config.initial = 4;
        config.maximum = 64;
        config.decrease = 0.5;
        AdaptiveLimiter limiter(u"p"_s, &clock, config);
        QObject context;
        QList<quint64> tickets;
        const auto grab = [&](int n) { acquire(limiter, context, tickets, n); };
        // Slow start: until the first 429 every success at the limit adds one (doubling per round trip).
        grab(4);
        for (quint64 t : tickets)
            limiter.release(AdaptiveLimiter::Outcome::Success, t);
        QCOMPARE(limiter.limit(), 8.0);
        // Successes below the limit do not grow it.
        tickets.clear();
        grab(1);
        limiter.release(AdaptiveLimiter::Outcome::Success, tickets.takeFirst());
        QCOMPARE(limiter.limit(), 8.0);
        // Eight in flight, the sixth rejected while five earlier ones run: the provider takes five.
        grab(8);
        limiter.release(AdaptiveLimiter::Outcome::RateLimited, tickets.takeAt(5));
        QCOMPARE(limiter.limit(), 4.0); // and never less than the multiplicative step: min(8 x 0.5, 5)
        while (!tickets.isEmpty())
            limiter.release(AdaptiveLimiter::Outcome::Success, tickets.takeFirst());
        // After the first 429, additive increase: one per full window of successes at the limit.
        grab(4);
        for (int i = 0; i < 4; ++i)
            limiter.release(AdaptiveLimiter::Outcome::Success, tickets.takeFirst());
        QCOMPARE(limiter.limit(), 5.0);
        // Five in flight, the fourth is rejected while the first three still run: the provider accepted
        // three, and the limit never drops by less than the multiplicative factor (5 x 0.5).
        grab(5);
        QCOMPARE(limiter.inFlight(), 5);
        limiter.release(AdaptiveLimiter::Outcome::RateLimited, tickets.takeAt(3));
        QCOMPARE(limiter.limit(), 2.0);
        // More 429s from the same burst (granted before the decrease) change nothing.
        limiter.release(AdaptiveLimiter::Outcome::RateLimited, tickets.takeFirst());
        QCOMPARE(limiter.limit(), 2.0);
        QCOMPARE(limiter.decreases(), 2);
        while (!tickets.isEmpty())
            limiter.release(AdaptiveLimiter::Outcome::Success, tickets.takeFirst());
        // A 429 for a call granted after the decrease: still too many, down again.
        grab(1);
        limiter.release(AdaptiveLimiter::Outcome::RateLimited, tickets.takeFirst());
        QCOMPARE(limiter.limit(), 1.0); // never below the minimum
        QCOMPARE(limiter.decreases(), 3);
    }

    // Two processes of a team share the provider: after the first 429 each grows half as fast, so that
    // together they pass the provider's limit as seldom as one would.
    void peersGrowMoreSlowlyTogether()
    {
        ManualClock clock;
        AdaptiveLimiter::Config config;
        config.initial = 4;
        config.maximum = 64;
        AdaptiveLimiter limiter(u"p"_s, &clock, config);
        limiter.setPeers(2);
        QObject context;
        QList<quint64> tickets;
        const auto grab = [&](int n) { acquire(limiter, context, tickets, n); };
        grab(4);
        limiter.release(AdaptiveLimiter::Outcome::RateLimited, tickets.takeAt(3)); // the provider took three
        QCOMPARE(limiter.limit(), 3.0);
        // The three that ran are one window of successes at the limit: alone that is +1, with a peer half.
        while (!tickets.isEmpty())
            limiter.release(AdaptiveLimiter::Outcome::Success, tickets.takeFirst());
        QCOMPARE(limiter.limit(), 3.0);
        grab(3);
        while (!tickets.isEmpty())
            limiter.release(AdaptiveLimiter::Outcome::Success, tickets.takeFirst());
        QCOMPARE(limiter.limit(), 4.0);
        // The peer stopped: back to one window per step.
        limiter.setPeers(1);
        grab(4);
        while (!tickets.isEmpty())
            limiter.release(AdaptiveLimiter::Outcome::Success, tickets.takeFirst());
        QCOMPARE(limiter.limit(), 5.0);
    }

    void aGrantToADeadContextIsGivenBack()
    {
        ManualClock clock;
        AdaptiveLimiter::Config config;
        config.initial = 1;
        AdaptiveLimiter limiter(u"p"_s, &clock, config);
        auto* doomed = new QObject;
        QObject survivor;
        bool ran = false;
        limiter.acquire(doomed, [](quint64) {});
        limiter.acquire(&survivor, [&ran](quint64) { ran = true; });
        delete doomed; // its queued grant is dropped
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QVERIFY(ran);
        QCOMPARE(limiter.inFlight(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRateControl)
#include "tst_ratecontrol.moc"
