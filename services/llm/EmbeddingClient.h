#pragma once

#include "LlmTypes.h"
#include "net/HttpTypes.h"
#include "resilience/Retry.h"

#include <QObject>
#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

#include <functional>

class ApiCaller;
class ApiRuntime;

// Turns texts into embedding vectors, for the knowledge base's meaning search: the OpenAI-compatible
// POST /embeddings (OpenAI, and Ollama, vLLM or LM Studio behind /v1) and Ollama's own POST /api/embed.
// Anthropic has no embeddings API and Gemini's is not spoken here: supports() says which kinds can.
// Same accounting as text calls: the cost reserved against the daily budget first, a provider_calls row
// per attempt (purpose "embed"), the shared attempt loop (breaker, backoff, Retry-After).
class EmbeddingClient final : public QObject
{
    Q_OBJECT
public:
    // At most this many texts go in one request (OpenAI takes 2,048; a smaller batch fails less at once).
    static constexpr int kMaxBatch = 64;
    // The length asked of OpenAI's text-embedding-3 models (which may be shortened; others answer their own).
    static constexpr int kShortenedDims = 512;

    EmbeddingClient(ApiCaller* caller, ApiRuntime* runtime, QObject* parent = nullptr);
    void setCallLog(const QSqlDatabase& db) { m_db = db; }
    void setRetryPolicy(const RetryPolicy& policy) { m_policy = policy; }

    static bool supports(const QString& providerKind);
    // The model a provider of the kind embeds with unless the owner names another.
    static QString defaultModel(const QString& providerKind);

    // done(one vector per text, in order; error) on the context's thread (at once when nothing was sent: no key,
    // the budget, an open circuit). model: the embedding model (not the provider's chat model). At most kMaxBatch
    // texts. maxAttempts: fewer attempts than the retry policy's (0: the policy's).
    void embed(const ProviderConfig& config, const QString& model, const QStringList& texts, QObject* context,
        std::function<void(const QList<QVector<float>>& vectors, const ApiError& error)> done, int maxAttempts = 0);

    // The request and the reading of its answer, per API (public for the tests).
    static HttpRequest build(
        const ProviderConfig& config, const QString& apiKey, const QString& model, const QStringList& texts);
    // False with *error when the body is not one vector of the same length per text.
    static bool parse(const QString& providerKind, const QByteArray& body, qsizetype texts,
        QList<QVector<float>>* vectors, int* inputTokens, QString* error);

private:
    ApiCaller* m_caller;
    ApiRuntime* m_runtime;
    QSqlDatabase m_db;
    RetryPolicy m_policy;
};
