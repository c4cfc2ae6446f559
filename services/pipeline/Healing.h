#pragma once

#include "resilience/ApiError.h"

#include <QSqlDatabase>
#include <QStringList>

// What a bad hour at the providers does to a product's work: it waits, and says for what. A failure
// heals by itself when the provider is the problem (5xx, overloaded, timeouts, unreachable, rate
// limits, an open circuit); the work then waits without spending its attempts, and fails only after
// a long, configurable time (pipeline.give_up_after_hours, 6 hours by default). Everything else — a
// wrong key, a refused request, an exhausted quota, content that failed the gate — needs a person.
namespace Healing
{

bool heals(const ApiError& error);
// How long to wait before the next try: exponential from baseMs, at most two minutes, and never
// sooner than the provider (Retry-After) or its circuit breaker allows.
qint64 delayMs(int waits, const ApiError& error, double random01, qint64 baseMs);
qint64 giveUpAfterMs(const QSqlDatabase& db);
// "Waiting for OpenAI: 12 calls failed since 14:02 (server errors). Next try 14:10; nothing to do."
// From the ledger: what the providers tried answered since the wait began.
QString waitingReason(
    const QSqlDatabase& db, const QStringList& providers, const ApiError& error, qint64 since, qint64 nextTry);
// "Gave up after waiting 6 hours for OpenAI: … Retry the product when it is back."
QString gaveUpReason(
    const QSqlDatabase& db, const QStringList& providers, const ApiError& error, qint64 since, qint64 now);

} // namespace Healing
