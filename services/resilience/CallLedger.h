#pragma once

#include <QSqlDatabase>
#include <QString>

struct ApiError;

// The durable record of every paid call (provider_calls). A call is written before it is sent,
// carrying its reserved worst-case cost, and settled with the real figures after; so a process
// killed with calls in flight leaves them "pending", and the next start counts them as spent at their
// reservation ("lost"). The ledger therefore never holds less than the provider billed: at most one
// reservation more per call that was in flight.
namespace CallLedger
{

struct Call
{
    qint64 at = 0;
    QString purpose;
    QString provider;
    QString model;
    qint64 reservedMicros = 0;
    qint64 productId = 0;
    qint64 jobId = 0;
    int attempt = 1;
};

// Before sending. Returns the row, or 0 when it could not be written (the call still goes: a full
// disk must not stop the work, and it is logged).
qint64 open(const QSqlDatabase& db, const Call& call);
// After the attempt: tokens, real cost, latency and outcome. Without a row (open failed), inserts.
void settle(const QSqlDatabase& db, qint64 row, const Call& call, int inputTokens, int outputTokens, qint64 costMicros,
    qint64 latencyMs, const ApiError& error);
// At start, before any worker runs: every row still pending was left by a process that died with the
// call in flight. It counts as spent at its reservation. Returns how many.
int settleAbandoned(const QSqlDatabase& db);

} // namespace CallLedger
