#pragma once

#include "LlmProvider.h"

// OpenAI chat completions, and every server that speaks it (Ollama /v1, vLLM, LM Studio,
// llama.cpp server): Bearer auth, response_format json_schema, SSE streaming ending in [DONE].
class OpenAiChatProvider final : public LlmProvider
{
public:
    QString kind() const override { return QStringLiteral("openai"); }
    QString displayName() const override { return QStringLiteral("OpenAI-compatible"); }
    HttpRequest build(
        const ProviderConfig& config, const QString& apiKey, const LlmRequest& request, bool stream) const override;
    ApiError classify(const HttpResponse& response, qint64 nowMs) const override;
    bool parse(const QByteArray& body, LlmResult* result) const override;
    std::unique_ptr<StreamDecoder> streamDecoder() const override;
    HttpRequest buildModelList(
        const ProviderConfig& config, const QString& apiKey, const QString& pageToken) const override;
    bool parseModelList(const QByteArray& body, QStringList* models, QString* nextPageToken) const override;
};
