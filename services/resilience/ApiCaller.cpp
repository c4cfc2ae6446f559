#include "ApiCaller.h"

#include "CircuitBreaker.h"
#include "RateControl.h"
#include "core/Clock.h"
#include "core/Log.h"
#include "net/HttpClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;

struct ApiCaller::Run
{
    Spec spec;
    QPointer<QObject> context;
    std::function<void(const Outcome&)> done;
    int attempts = 0;
    quint64 ticket = 0;
    QElapsedTimer attemptTimer;
};

ApiCaller::ApiCaller(HttpClient* http, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_http(http)
    , m_clock(clock)
    , m_rng(QRandomGenerator::global()->generate())
{
    qRegisterMetaType<ApiError>();
}

ApiError ApiCaller::transportError(const HttpResponse& r)
{
    ApiError e = transportErrorOf(r);
    // Which transport failure it was (host_not_found, tls, ...), for messages that say what to fix.
    if (e.isError() && e.code.isEmpty())
        e.code = transportErrorName(r.error);
    return e;
}

ApiError ApiCaller::transportErrorOf(const HttpResponse& r)
{
    switch (r.error) {
    case TransportError::None:
        return {};
    case TransportError::Timeout:
    case TransportError::Stalled:
        return ApiError::make(ErrorClass::Timeout, r.errorString, r.status);
    case TransportError::ConnectionRefused:
    case TransportError::HostNotFound:
        return ApiError::make(ErrorClass::Unreachable, r.errorString, r.status);
    case TransportError::ConnectionReset:
        return ApiError::make(ErrorClass::Transient, r.errorString, r.status);
    case TransportError::Tls:
        return ApiError::make(ErrorClass::Unreachable, r.errorString, r.status);
    case TransportError::TooLarge:
    case TransportError::TooManyRedirects:
        return ApiError::make(ErrorClass::InvalidRequest, r.errorString, r.status);
    case TransportError::Canceled:
        return ApiError::make(ErrorClass::Canceled, r.errorString, r.status);
    case TransportError::Other:
        return ApiError::make(ErrorClass::Transient, r.errorString, r.status);
    }
    return ApiError::make(ErrorClass::Transient, r.errorString, r.status);
}

void ApiCaller::call(Spec spec, QObject* context, std::function<void(const Outcome&)> done)
{
    auto run = std::make_shared<Run>();
    run->spec = std::move(spec);
    run->context = context;
    run->done = std::move(done);
    attempt(run);
}

void ApiCaller::attempt(std::shared_ptr<Run> run)
{
    if (!run->context)
        return;
    if (run->spec.breaker && !run->spec.breaker->allow()) {
        HttpResponse none;
        ApiError e = ApiError::make(ErrorClass::CircuitOpen,
            QCoreApplication::translate(
                "ApiCaller", "%1 is failing repeatedly; calls are paused for a moment (circuit open)")
                .arg(run->spec.endpoint));
        // Retrying before the breaker lets a probe through would only be refused again.
        e.retryAfterMs = std::max<qint64>(0, run->spec.breaker->openUntilMs() - m_clock->nowMs());
        Outcome out{none, e, run->attempts};
        run->done(out);
        return;
    }
    if (run->spec.limiter)
        run->spec.limiter->acquire(this, [this, run](quint64 ticket) {
            run->ticket = ticket;
            send(run);
        });
    else
        send(run);
}

void ApiCaller::abandon(const Run& run)
{
    // A call whose caller is gone: its concurrency slot and any half-open probe are given back.
    if (run.spec.limiter)
        run.spec.limiter->release(AdaptiveLimiter::Outcome::Abandoned, run.ticket);
    if (run.spec.breaker)
        run.spec.breaker->recordAbandoned();
}

void ApiCaller::send(std::shared_ptr<Run> run)
{
    if (!run->context) {
        abandon(*run);
        return;
    }
    if (run->spec.bucket) {
        const qint64 wait = run->spec.bucket->take();
        if (wait > 0) {
            // Hold the concurrency slot while waiting for a token: the call is committed to go out.
            m_clock->callAfter(wait, this, [this, run] { send(run); });
            return;
        }
    }
    ++run->attempts;
    run->attemptTimer.start();
    m_http->send(run->spec.build(), this, [this, run](const HttpResponse& r) {
        if (!run->context) {
            // The caller is gone, and with it, often, the client whose classify would read the answer.
            abandon(*run);
            return;
        }
        ApiError error = r.error != TransportError::None ? transportError(r) : run->spec.classify(r);
        if (error.cls == ErrorClass::None && r.error != TransportError::None)
            error = transportError(r);
        finish(run, r, error);
    });
}

void ApiCaller::finish(std::shared_ptr<Run> run, const HttpResponse& response, const ApiError& error)
{
    if (run->spec.limiter) {
        const auto outcome = error.cls == ErrorClass::None ? AdaptiveLimiter::Outcome::Success
            : error.cls == ErrorClass::RateLimited         ? AdaptiveLimiter::Outcome::RateLimited
                                                           : AdaptiveLimiter::Outcome::Failure;
        run->spec.limiter->release(outcome, run->ticket);
    }
    if (run->spec.breaker) {
        if (error.cls == ErrorClass::None)
            run->spec.breaker->recordSuccess();
        else if (error.countsAsEndpointFailure())
            run->spec.breaker->recordFailure();
        else if (error.cls == ErrorClass::RateLimited || error.cls == ErrorClass::Canceled)
            run->spec.breaker->recordAbandoned(); // neither healthy nor failing; frees a half-open probe
        else
            run->spec.breaker->recordSuccess(); // the endpoint answered; the request was the problem
    }

    Attempt record;
    record.number = run->attempts;
    record.response = response;
    record.error = error;
    record.latencyMs = run->attemptTimer.elapsed();

    const bool provenUnprocessed = error.cls == ErrorClass::RateLimited || error.cls == ErrorClass::Overloaded
        || error.cls == ErrorClass::Unreachable || error.httpStatus == 503;
    const bool retry = error.isError() && error.retryable() && (run->spec.idempotent || provenUnprocessed)
        && run->attempts < run->spec.policy.maxAttempts
        && (error.retryAfterMs < 0 || error.retryAfterMs <= run->spec.policy.maxRetryAfterMs);
    if (retry)
        record.nextDelayMs = Retry::delayFor(run->attempts, error, run->spec.policy, m_rng);
    if (run->spec.onAttempt)
        run->spec.onAttempt(record);
    if (!run->context)
        return;

    if (retry) {
        qCInfo(lcResilience) << run->spec.endpoint << run->spec.purpose << "attempt" << run->attempts << "failed ("
                             << error.className() << error.httpStatus << "); retrying in" << record.nextDelayMs << "ms";
        m_clock->callAfter(record.nextDelayMs, this, [this, run] { attempt(run); });
        return;
    }
    ApiError final = error;
    if (error.isError() && error.retryable() && error.retryAfterMs > run->spec.policy.maxRetryAfterMs)
        final.message
            = QCoreApplication::translate("ApiCaller", "%1; the server asks to wait %2 s, longer than Quorum waits")
                  .arg(error.message)
                  .arg(error.retryAfterMs / 1000);
    else if (error.isError() && error.retryable())
        final.message
            = QCoreApplication::translate("ApiCaller", "%1 (gave up after %n attempt(s))", nullptr, run->attempts)
                  .arg(error.message);
    run->done(Outcome{response, final, run->attempts});
}
