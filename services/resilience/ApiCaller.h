#pragma once

#include "ApiError.h"
#include "Retry.h"
#include "net/HttpTypes.h"

#include <QObject>
#include <QRandomGenerator>

class Clock;
class CircuitBreaker;
class HttpClient;
class AdaptiveLimiter;
class TokenBucket;

// The attempt loop every client shares: circuit breaker -> adaptive concurrency slot -> token bucket
// -> send -> classify -> retry with backoff (honouring the server's Retry-After) or give up with a
// readable error. Never retries what cannot succeed. Lives in one thread, like its HttpClient.
class ApiCaller final : public QObject
{
    Q_OBJECT
public:
    struct Attempt
    {
        int number = 0;
        HttpResponse response;
        ApiError error;
        qint64 latencyMs = 0;
        qint64 nextDelayMs = -1; // the wait before the next attempt, -1 when none follows
    };

    struct Spec
    {
        QString purpose;
        QString endpoint; // for logs
        CircuitBreaker* breaker = nullptr;
        AdaptiveLimiter* limiter = nullptr;
        TokenBucket* bucket = nullptr;
        RetryPolicy policy;
        // A call that creates something is not repeated after an ambiguous failure (a timeout or a
        // dropped connection may come after the server acted); only refusals that prove nothing
        // happened (429, 503, 529, connection refused) are retried. The caller reconciles the rest.
        bool idempotent = true;
        std::function<HttpRequest()> build;
        // Maps a response to an error (ErrorClass::None on success).
        std::function<ApiError(const HttpResponse&)> classify;
        // Told about every attempt (provider_calls rows, tests observing delays).
        std::function<void(const Attempt&)> onAttempt;
    };

    struct Outcome
    {
        HttpResponse response;
        ApiError error;
        int attempts = 0;
    };

    ApiCaller(HttpClient* http, const Clock* clock, QObject* parent = nullptr);

    void call(Spec spec, QObject* context, std::function<void(const Outcome&)> done);
    void setSeed(quint32 seed) { m_rng.seed(seed); }
    HttpClient* http() const { return m_http; }
    const Clock* clock() const { return m_clock; }

    // Maps a transport failure (no HTTP answer) to an error class and message.
    static ApiError transportError(const HttpResponse& response);

private:
    static ApiError transportErrorOf(const HttpResponse& response);
    struct Run;
    void attempt(std::shared_ptr<Run> run);
    void send(std::shared_ptr<Run> run);
    void abandon(const Run& run);
    void finish(std::shared_ptr<Run> run, const HttpResponse& response, const ApiError& error);

    HttpClient* m_http;
    const Clock* m_clock;
    QRandomGenerator m_rng;
};
