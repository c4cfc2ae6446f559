#pragma once

#include "LlmProvider.h"

// Google Gemini generateContent: x-goog-api-key, systemInstruction/contents/parts,
// generationConfig.responseMimeType + responseSchema, usageMetadata, SSE with alt=sse; errors are
// google.rpc statuses with RetryInfo.retryDelay.
class GeminiProvider final : public LlmProvider
{
public:
    QString kind() const override { return QStringLiteral("gemini"); }
    QString displayName() const override { return QStringLiteral("Gemini"); }
    HttpRequest build(
        const ProviderConfig& config, const QString& apiKey, const LlmRequest& request, bool stream) const override;
    ApiError classify(const HttpResponse& response, qint64 nowMs) const override;
    bool parse(const QByteArray& body, LlmResult* result) const override;
    std::unique_ptr<StreamDecoder> streamDecoder() const override;
    HttpRequest buildModelList(
        const ProviderConfig& config, const QString& apiKey, const QString& pageToken) const override;
    bool parseModelList(const QByteArray& body, QStringList* models, QString* nextPageToken) const override;
    // Reads one GenerateContentResponse into result (text appended); false when it carries no answer.
    static bool readResponse(const QJsonObject& obj, LlmResult* result, QString* text);
};
