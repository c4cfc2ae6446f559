#pragma once

#include "LlmTypes.h"
#include "resilience/CallLedger.h"
#include "resilience/Retry.h"

#include <QObject>
#include <QSqlDatabase>

#include <memory>

class ApiCaller;
class ApiRuntime;

// Asks a language model through a fallback chain of providers. Per provider: resolve its key,
// reserve the worst-case cost against the daily budget (refused before sending when it would
// overspend), run the shared attempt loop (breaker, adaptive concurrency, token bucket, backoff),
// decode the answer (whole or streamed), check it against the JSON schema on our side, and record
// one provider_calls row per attempt. When a provider fails, the next in the chain takes over.
// Lives in one worker thread, with that thread's ApiCaller and database connection.
class LlmClient final : public QObject
{
    Q_OBJECT
public:
    LlmClient(ApiCaller* caller, ApiRuntime* runtime, QObject* parent = nullptr);

    // The thread's own connection for provider_calls rows; without one nothing is recorded.
    void setCallLog(const QSqlDatabase& db) { m_db = db; }
    void setRetryPolicy(const RetryPolicy& policy) { m_policy = policy; }

    void complete(const QList<ProviderConfig>& chain, const LlmRequest& request, QObject* context,
        std::function<void(const LlmResult&)> done);

    // Whether a failure of one provider lets the next one try. The budget and cancelation stop the
    // chain; a wrong answer (schema) is for the caller to regenerate.
    static bool fallbackAllowed(const ApiError& error);

private:
    struct Job;
    void tryProvider(std::shared_ptr<Job> job);
    void finish(std::shared_ptr<Job> job);
    CallLedger::Call ledgerCall(
        const ProviderConfig& config, const LlmRequest& request, int attempt, qint64 reservedMicros) const;

    ApiCaller* m_caller;
    ApiRuntime* m_runtime;
    QSqlDatabase m_db;
    RetryPolicy m_policy;
};
