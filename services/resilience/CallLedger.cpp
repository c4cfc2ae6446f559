#include "CallLedger.h"

#include "ApiError.h"
#include "core/Log.h"
#include "storage/Sql.h"

using namespace Qt::StringLiterals;

namespace CallLedger
{

namespace
{
QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}
} // namespace

qint64 open(const QSqlDatabase& db, const Call& call)
{
    if (!db.isValid() || !db.isOpen())
        return 0;
    try {
        return Sql::insert(db,
            u"INSERT INTO provider_calls (at, purpose, provider, model, cost_micros, outcome, product_id, job_id, "
            u"attempt) VALUES (?, ?, ?, ?, ?, 'pending', ?, ?, ?)"_s,
            {call.at, call.purpose, call.provider, call.model, call.reservedMicros, idOrNull(call.productId),
                idOrNull(call.jobId), call.attempt});
    } catch (const SqlError& e) {
        qCWarning(lcResilience) << "cannot record a call before sending it:" << e.message();
        return 0;
    }
}

void settle(const QSqlDatabase& db, qint64 row, const Call& call, int inputTokens, int outputTokens, qint64 costMicros,
    qint64 latencyMs, const ApiError& error)
{
    if (!db.isValid() || !db.isOpen())
        return;
    const QString outcome = error.isError() ? u"error"_s : u"ok"_s;
    const QString errorClass = error.isError() ? error.className() : QString();
    try {
        if (row > 0
            && Sql::update(db,
                   u"UPDATE provider_calls SET input_tokens = ?, output_tokens = ?, cost_micros = ?, latency_ms = ?, "
                   u"outcome = ?, error_class = ? WHERE id = ?"_s,
                   {inputTokens, outputTokens, costMicros, latencyMs, outcome, errorClass, row})
                > 0)
            return;
        Sql::exec(db,
            u"INSERT INTO provider_calls (at, purpose, provider, model, input_tokens, output_tokens, cost_micros, "
            u"latency_ms, outcome, error_class, product_id, job_id, attempt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            u"?, ?)"_s,
            {call.at, call.purpose, call.provider, call.model, inputTokens, outputTokens, costMicros, latencyMs,
                outcome, errorClass, idOrNull(call.productId), idOrNull(call.jobId), call.attempt});
    } catch (const SqlError& e) {
        qCWarning(lcResilience) << "cannot record a provider call:" << e.message();
    }
}

int settleAbandoned(const QSqlDatabase& db)
{
    try {
        const int n = Sql::update(
            db, u"UPDATE provider_calls SET outcome = 'lost', error_class = 'interrupted' WHERE outcome = 'pending'"_s);
        if (n > 0)
            qCInfo(lcResilience) << n
                                 << "call(s) were in flight when Quorum last stopped; counted as spent at "
                                    "their reserved cost";
        return n;
    } catch (const SqlError& e) {
        qCWarning(lcResilience) << "cannot settle the calls left in flight:" << e.message();
        return 0;
    }
}

} // namespace CallLedger
