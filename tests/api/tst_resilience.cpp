#include "LlmTestSupport.h"
#include "resilience/Pricing.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace LlmTest;

// Every fault class meets the expected behaviour: retry counts and delays (on the injected clock),
// the breaker opens and recovers, the fallback takes over, non-retryable errors fail fast, the budget
// refuses before anything is sent, and the adaptive limiter finds a provider's concurrency limit.
class TestResilience : public QObject
{
    Q_OBJECT

private:
    static void faults(ApiFixture& f, const QString& route, const QJsonObject& settings)
    {
        f.sandbox()->setFaults(QJsonObject{{u"routes"_s, QJsonObject{{route, settings}}}});
    }

private slots:
    void initTestCase() { qputenv("QUORUM_TEST_KEY", kKey); }

    void aStallIsJudgedByTheProvidersOwnPace()
    {
        ApiRuntime runtime(Clock::system());
        // Too few answers seen: the HTTP client's own timeout applies.
        for (int i = 0; i < 7; ++i)
            runtime.recordLatency(u"fast"_s, 1'000);
        QCOMPARE(runtime.stallTimeoutFor(u"fast"_s), 0);
        // A provider that answers in about 3 s: abandoned after 4 x its p95, not a fixed minute.
        for (int i = 0; i < 60; ++i)
            runtime.recordLatency(u"fast"_s, 2'500 + (i % 10) * 60);
        QCOMPARE(runtime.stallTimeoutFor(u"fast"_s), 4 * 3'040);
        // Never below the floor, never above the ceiling (a slow local model is not cut off early).
        for (int i = 0; i < 64; ++i) {
            runtime.recordLatency(u"instant"_s, 50);
            runtime.recordLatency(u"slow"_s, 40'000);
        }
        QCOMPARE(runtime.stallTimeoutFor(u"instant"_s), 10'000);
        QCOMPARE(runtime.stallTimeoutFor(u"slow"_s), 60'000);
        runtime.setStallBounds(2'000, 30'000);
        QCOMPARE(runtime.stallTimeoutFor(u"instant"_s), 2'000);
        QCOMPARE(runtime.stallTimeoutFor(u"slow"_s), 30'000);
    }

    void backoffDelaysUseFullJitterOnTheInjectedClock()
    {
        ApiFixture f(true);
        faults(f, u"wp"_s, QJsonObject{{u"sequence"_s, QJsonArray{u"500"_s, u"500"_s, u"500"_s, u"ok"_s}}});
        QList<qint64> delays;
        QList<qint64> startedAt;
        ApiCaller::Spec spec;
        spec.endpoint = u"wp"_s;
        spec.policy.maxAttempts = 5;
        spec.policy.baseDelayMs = 1000;
        spec.policy.maxDelayMs = 60'000;
        spec.build = [&f, &startedAt] {
            startedAt.append(f.manualClock()->nowMs());
            HttpRequest h;
            h.url = QUrl(f.url().toString() + u"/wp-json/"_s);
            return h;
        };
        spec.classify = [](const HttpResponse& r) {
            return r.status >= 500 ? ApiError::make(ErrorClass::Transient, u"server error"_s, r.status) : ApiError();
        };
        spec.onAttempt = [&delays](const ApiCaller::Attempt& a) {
            if (a.nextDelayMs >= 0)
                delays.append(a.nextDelayMs);
        };
        ApiCaller::Outcome outcome;
        bool done = false;
        f.caller().call(spec, f.context(), [&](const ApiCaller::Outcome& o) {
            outcome = o;
            done = true;
        });
        QVERIFY(f.runUntil([&] { return done; }));
        QVERIFY(!outcome.error.isError());
        QCOMPARE(outcome.attempts, 4);
        QCOMPARE(delays.size(), 3);
        for (int i = 0; i < delays.size(); ++i) {
            QVERIFY2(delays.at(i) >= 0 && delays.at(i) <= (1000LL << i), qPrintable(QString::number(delays.at(i))));
            // Each retry starts exactly when its delay has passed.
            QCOMPARE(startedAt.at(i + 1) - startedAt.at(i), delays.at(i));
        }
    }

    void anAnswerForACallerThatIsGoneIsNotRead()
    {
        // A store sync that fails with requests still out is deleted with its clients; their answers,
        // arriving later, must not be classified by what no longer exists.
        ApiFixture f(true);
        auto* context = new QObject;
        bool classified = false;
        bool done = false;
        ApiCaller::Spec spec;
        spec.endpoint = u"wp"_s;
        spec.build = [&f] {
            HttpRequest h;
            h.url = QUrl(f.url().toString() + u"/wp-json/"_s);
            return h;
        };
        spec.classify = [&classified](const HttpResponse&) {
            classified = true;
            return ApiError();
        };
        f.caller().call(spec, context, [&done](const ApiCaller::Outcome&) { done = true; });
        QCOMPARE(f.http().inFlight(), 1);
        delete context;
        QVERIFY(f.runUntil([&] { return f.http().inFlight() == 0; }));
        QCOMPARE(f.sandbox()->requestCount(u"wp"_s), 1); // it was answered
        QVERIFY(!classified);
        QVERIFY(!done);
    }

    void nonRetryableErrorsFailFast()
    {
        ApiFixture f(true, withKey());
        faults(f, u"openai.chat"_s, QJsonObject{{u"sequence"_s, QJsonArray{u"401"_s}}});
        LlmClient client(&f.caller(), &f.runtime());
        const LlmResult r = complete(f, client, {f.provider(u"openai"_s)}, titleRequest());
        QCOMPARE(r.error.cls, ErrorClass::Auth);
        QCOMPARE(r.attempts, 1);
        QCOMPARE(f.sandbox()->requestCount(u"openai"_s), 1);
        QVERIFY(r.error.message.contains(u"Settings → Providers"_s));
    }

    void breakerOpensAndRecovers()
    {
        ApiFixture f(true, withKey());
        faults(f, u"openai.chat"_s,
            QJsonObject{{u"errors"_s, QJsonArray{QJsonObject{{u"kind"_s, u"503"_s}, {u"rate"_s, 1.0}}}}});
        LlmClient client(&f.caller(), &f.runtime());
        RetryPolicy once;
        once.maxAttempts = 1;
        client.setRetryPolicy(once);
        const ProviderConfig p = f.provider(u"openai"_s);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(complete(f, client, {p}, titleRequest()).error.cls, ErrorClass::Overloaded);
        CircuitBreaker* breaker = f.runtime().breakers()->breaker(p.endpointKey());
        QCOMPARE(breaker->state(), CircuitBreaker::State::Open);
        // While open, nothing reaches the provider.
        LlmResult r = complete(f, client, {p}, titleRequest());
        QCOMPARE(r.error.cls, ErrorClass::CircuitOpen);
        QCOMPARE(f.sandbox()->requestCount(u"openai"_s), 5);
        // 30 s later one probe goes out; the provider has recovered, so the breaker closes.
        f.sandbox()->setFaults({});
        f.manualClock()->advance(30'000);
        r = complete(f, client, {p}, titleRequest());
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(breaker->state(), CircuitBreaker::State::Closed);
        QCOMPARE(f.sandbox()->requestCount(u"openai"_s), 6);
    }

    void fallbackTakesOver()
    {
        ApiFixture f(true, withKey());
        faults(f, u"openai.chat"_s,
            QJsonObject{{u"errors"_s, QJsonArray{QJsonObject{{u"kind"_s, u"500"_s}, {u"rate"_s, 1.0}}}}});
        LlmClient client(&f.caller(), &f.runtime());
        const LlmResult r = complete(f, client, {f.provider(u"openai"_s), f.provider(u"anthropic"_s)}, titleRequest());
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.provider, f.provider(u"anthropic"_s).id);
        QCOMPARE(r.providersTried, (QStringList{f.provider(u"openai"_s).id, f.provider(u"anthropic"_s).id}));
        QCOMPARE(r.attempts, 4 + 1);
    }

    void missingKeyFallsBackWithAReadableMessage()
    {
        ApiFixture f(true, withKey());
        LlmClient client(&f.caller(), &f.runtime());
        ProviderConfig keyless = f.provider(u"openai"_s);
        keyless.secretRef = u"env:QUORUM_NO_SUCH_KEY"_s;
        LlmResult r = complete(f, client, {keyless}, titleRequest());
        QCOMPARE(r.error.cls, ErrorClass::Auth);
        QVERIFY(r.error.message.contains(u"QUORUM_NO_SUCH_KEY is not set"_s));
        r = complete(f, client, {keyless, f.provider(u"gemini"_s)}, titleRequest());
        QVERIFY(r.ok());
    }

    void budgetRefusesBeforeSending()
    {
        ApiFixture f(true, withKey());
        f.runtime().spend()->setDailyBudget(10); // ten micro-dollars
        LlmClient client(&f.caller(), &f.runtime());
        const LlmResult r = complete(f, client, {f.provider(u"openai"_s), f.provider(u"anthropic"_s)}, titleRequest());
        QCOMPARE(r.error.cls, ErrorClass::BudgetExceeded);
        QVERIFY(r.error.message.contains(u"budget"_s));
        QCOMPARE(f.sandbox()->requestCount(), 0); // nothing was sent, and no fallback spent it either
    }

    void budgetHoldsAcrossConcurrentCalls()
    {
        ApiFixture f(false, withKey());
        const PriceTable prices = f.runtime().prices();
        const LlmRequest request = titleRequest();
        const qint64 worstCase
            = prices.cost(u"openai"_s, u"sandbox-openai"_s, request.estimatedInputTokens(), request.maxTokens);
        f.runtime().spend()->setDailyBudget(worstCase * 2 + worstCase / 2); // room for two calls in flight
        LlmClient client(&f.caller(), &f.runtime());
        int ok = 0;
        int refused = 0;
        for (int i = 0; i < 5; ++i)
            client.complete({f.provider(u"openai"_s)}, request, f.context(),
                [&](const LlmResult& r) { (r.ok() ? ok : refused) += 1; });
        QVERIFY(f.runUntil([&] { return ok + refused == 5; }));
        QCOMPARE(ok, 2);
        QCOMPARE(refused, 3);
        QVERIFY(f.runtime().spend()->spentToday() <= f.runtime().spend()->dailyBudget());
        QCOMPARE(f.runtime().spend()->reserved(), 0);
    }

    // A provider that allows 4 concurrent calls and answers 429 beyond: starting at 16, the limiter
    // settles near 4 by itself and every call completes.
    void limiterFindsTheProvidersConcurrency()
    {
        ApiFixture f(false, withKey());
        faults(f, u"openai.chat"_s, QJsonObject{{u"maxConcurrency"_s, 4}, {u"retryAfter"_s, 0}, {u"latency"_s, 40}});
        LlmClient client(&f.caller(), &f.runtime());
        RetryPolicy patient;
        patient.maxAttempts = 20;
        patient.baseDelayMs = 10;
        client.setRetryPolicy(patient);
        ProviderConfig p = f.provider(u"openai"_s);
        p.initialConcurrency = 16;
        p.maxConcurrency = 32;
        int done = 0;
        int failed = 0;
        for (int i = 0; i < 60; ++i)
            client.complete({p}, titleRequest(), f.context(), [&](const LlmResult& r) {
                ++done;
                failed += r.ok() ? 0 : 1;
            });
        QVERIFY(f.runUntil([&] { return done == 60; }, 60'000));
        QCOMPARE(failed, 0);
        AdaptiveLimiter* limiter = f.runtime().limiter(p.endpointKey(), {});
        QVERIFY2(limiter->limit() >= 3 && limiter->limit() <= 6, qPrintable(QString::number(limiter->limit())));
        QVERIFY(limiter->decreases() >= 1);
        // The first burst bounces (16 sent, 4 fit); after that about one probe above the limit per
        // window of 4 successes (additive increase), each costing one rejected call: well under one
        // rejection per call, where a fixed concurrency of 16 would bounce three calls in four.
        const int rejected = f.sandbox()->requestCount(u"openai"_s) - 60;
        QVERIFY2(rejected <= 36, qPrintable(u"%1 calls were rejected"_s.arg(rejected)));
    }
};

QTEST_GUILESS_MAIN(TestResilience)
#include "tst_resilience.moc"
