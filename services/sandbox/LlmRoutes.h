#pragma once

#include "ContentGenerator.h"
#include "SandboxTypes.h"

// The sandbox's language-model APIs, each in its real wire format: OpenAI chat completions,
// images and embeddings (and Ollama's /api/embed), Anthropic messages, Gemini generateContent, Ollama /api/chat (whole
// and streamed answers, the APIs' own error bodies and rate-limit headers), and each API's list of models (OpenAI and
// Anthropic GET /v1/models, Gemini GET /v1beta/models, Ollama GET /api/tags; paged where the API pages).
class LlmRoutes
{
public:
    explicit LlmRoutes(const SandboxCredentials* credentials);

    // route: openai.chat | anthropic.messages | gemini.generate | ollama.chat | openai.images | openai.embeddings |
    // ollama.embed |
    // openai.models | anthropic.models | gemini.models | ollama.models
    void handle(
        const QString& route, const ServerRequest& request, const FaultPlan::Decision& fault, const Reply& reply);
    // Answers a fault in the route's own error format; false when the kind is not an error answer.
    bool answerFault(const QString& route, const QString& kind, const FaultPlan::Decision& fault, const Reply& reply);
    // Faults that depend on what was asked rather than on the transport (handled by handle()):
    // schema_violation, model_not_found (the API's 404 naming the requested model).
    static bool isContentFault(const QString& kind);

private:
    struct Parsed
    {
        QString system;
        QString user;
        QJsonObject schema;
        bool stream = false;
        QString model;
        int maxTokens = 1024;
    };
    // Answers a missing or wrong key as the API does (true), or lets the request through (false).
    bool refuseKey(const QString& route, const ServerRequest& request, const Reply& reply) const;
    static void modelNotFound(const QString& route, const QString& model, const Reply& reply);
    static void models(
        const QString& route, const ServerRequest& request, const FaultPlan::Decision& fault, const Reply& reply);
    static Parsed parse(const QString& route, const QJsonObject& body, const ServerRequest& request);
    QString answer(const Parsed& parsed, const FaultPlan::Decision& fault, const QByteArray& rawBody);

    void openAi(const Parsed& p, const QString& text, const Reply& reply);
    void anthropic(const Parsed& p, const QString& text, const Reply& reply);
    void gemini(const Parsed& p, const QString& text, const Reply& reply);
    void ollama(const Parsed& p, const QString& text, const Reply& reply);
    // POST /v1/embeddings (OpenAI) and /api/embed (Ollama), with MeaningVectors.
    static void embeddings(
        const QString& route, const QJsonObject& body, const FaultPlan::Decision& fault, const Reply& reply);

    const SandboxCredentials* m_credentials;
    ContentGenerator m_generator;
    QMutex m_mutex;
};
