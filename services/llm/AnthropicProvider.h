#pragma once

#include "LlmProvider.h"

// Anthropic Messages: x-api-key and anthropic-version headers, content blocks, stop_reason,
// output_config.format json_schema, SSE with named events; 529 overloaded and x-should-retry.
class AnthropicProvider final : public LlmProvider
{
public:
    QString kind() const override { return QStringLiteral("anthropic"); }
    QString displayName() const override { return QStringLiteral("Anthropic"); }
    HttpRequest build(
        const ProviderConfig& config, const QString& apiKey, const LlmRequest& request, bool stream) const override;
    ApiError classify(const HttpResponse& response, qint64 nowMs) const override;
    bool parse(const QByteArray& body, LlmResult* result) const override;
    std::unique_ptr<StreamDecoder> streamDecoder() const override;
    HttpRequest buildModelList(
        const ProviderConfig& config, const QString& apiKey, const QString& pageToken) const override;
    bool parseModelList(const QByteArray& body, QStringList* models, QString* nextPageToken) const override;
    static constexpr const char* DefaultVersion = "2023-06-01";
};
