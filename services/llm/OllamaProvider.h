#pragma once

#include "LlmProvider.h"

// Ollama's native /api/chat: format (a JSON schema), options.num_predict, NDJSON streaming whose
// last line carries done:true and the token counts.
class OllamaProvider final : public LlmProvider
{
public:
    QString kind() const override { return QStringLiteral("ollama"); }
    QString displayName() const override { return QStringLiteral("Ollama"); }
    HttpRequest build(
        const ProviderConfig& config, const QString& apiKey, const LlmRequest& request, bool stream) const override;
    ApiError classify(const HttpResponse& response, qint64 nowMs) const override;
    bool parse(const QByteArray& body, LlmResult* result) const override;
    std::unique_ptr<StreamDecoder> streamDecoder() const override;
    HttpRequest buildModelList(
        const ProviderConfig& config, const QString& apiKey, const QString& pageToken) const override;
    bool parseModelList(const QByteArray& body, QStringList* models, QString* nextPageToken) const override;
};
