#pragma once

#include "resilience/ApiError.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>

struct ChatMessage
{
    QString role; // "user" or "assistant"
    QString content;
};

// One request to a language model, the same for every provider.
struct LlmRequest
{
    QString purpose; // what the call is for ("write:description", "review:faq"), recorded per call
    QString system;
    QList<ChatMessage> messages;
    QJsonObject schema; // optional JSON schema the answer must satisfy
    QString schemaName; // a name for it ("product_description")
    double temperature = 0.7;
    int maxTokens = 2048;
    // Set to stream: called with text as it arrives. onRestart is called when a failed stream is
    // retried, so the listener can drop what it showed.
    std::function<void(const QString& delta)> onText;
    std::function<void()> onRestart;
    qint64 productId = 0;
    qint64 jobId = 0;

    void addUser(const QString& text) { messages.append({QStringLiteral("user"), text}); }
    int estimatedInputTokens() const;
};

struct LlmResult
{
    QString provider; // provider id
    QString model;
    QString text;
    QJsonValue json; // the parsed answer when a schema was given (validated)
    QString finishReason;
    int inputTokens = 0;
    int outputTokens = 0;
    qint64 costMicros = 0;
    qint64 latencyMs = 0;
    int attempts = 0;
    QStringList providersTried;
    // One line per provider that failed before the one that answered: "OpenAI: the key is not set".
    // A fallback is shown where it happens, never silent.
    QStringList fallbacks;
    ApiError error;

    bool ok() const { return !error.isError(); }
};

// Where and how to reach one model. Secrets are never stored here, only a reference.
struct ProviderConfig
{
    QString id;   // "openai-main"
    QString name; // shown to people
    QString kind; // openai | anthropic | gemini | ollama
    QUrl baseUrl; // e.g. https://api.openai.com/v1, http://localhost:11434/v1 (Ollama's OpenAI API)
    QString model;
    QString secretRef;       // "env:OPENAI_API_KEY", "keychain:provider/openai-main", or empty (no key)
    int maxConcurrency = 16; // ceiling for the adaptive limiter
    int initialConcurrency = 4;
    double requestsPerSecond = 0; // token bucket; 0 = no rate limit of our own
    int deadlineMs = 180'000;
    QJsonObject options; // provider-specific extras (anthropic_version, ...)

    QString endpointKey() const { return kind + u':' + baseUrl.toString(QUrl::RemoveUserInfo) + u'/' + model; }
    bool isValid() const { return !id.isEmpty() && !kind.isEmpty() && baseUrl.isValid() && !model.isEmpty(); }
};

namespace Llm
{
QStringList kinds();
QString kindDisplayName(const QString& kind);
// What a new provider of the kind starts with: the public API's address, a small current model, and
// where its key usually lives (empty for a local Ollama, which needs none).
struct KindDefaults
{
    QString baseUrl;
    QString model;
    QString keyRef;
};
KindDefaults defaultsFor(const QString& kind);
// Extracts the JSON a model returned, tolerating a ```json fence around it.
QByteArray extractJson(const QString& text);
} // namespace Llm
