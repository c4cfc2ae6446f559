#pragma once

#include "ApiError.h"
#include "net/HttpTypes.h"

#include <QRandomGenerator>

// Retry rules shared by every client: exponential backoff with full jitter (sleep = random(0,
// min(cap, base * 2^attempt))), and the server's own wishes (Retry-After in seconds or as an HTTP
// date, retry-after-ms) taking precedence.
struct RetryPolicy
{
    int maxAttempts = 4; // first try included
    qint64 baseDelayMs = 500;
    qint64 maxDelayMs = 30'000;
    // A server asking us to wait longer than this is treated as "not now": the call fails (and a
    // fallback may take over) instead of blocking a worker for minutes.
    qint64 maxRetryAfterMs = 120'000;
};

namespace Retry
{

// Delay before attempt number `attempt` (1 = the first retry).
qint64 fullJitter(int attempt, const RetryPolicy& policy, QRandomGenerator& rng);
// The delay the server asked for: retry-after-ms, then Retry-After as seconds, then as an HTTP date.
// -1 when there is none.
qint64 retryAfterMs(const HttpResponse& response, qint64 nowMs);
// "37s", "1.5s", "250ms" (Gemini RetryInfo.retryDelay and similar) to milliseconds; -1 when unreadable.
qint64 parseDuration(const QString& text);
// The wait before the next attempt: the server's wish when it gave one, otherwise full jitter.
qint64 delayFor(int attempt, const ApiError& error, const RetryPolicy& policy, QRandomGenerator& rng);

} // namespace Retry
