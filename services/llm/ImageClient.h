#pragma once

#include "LlmTypes.h"
#include "resilience/Retry.h"

#include <QObject>
#include <QSqlDatabase>

class ApiCaller;
class ApiRuntime;

// Generates one image and saves it as a PNG in the workspace, from OpenAI Images (kind "openai":
// /images/generations, b64_json) or Stability AI's Stable Image Core (kind "stability":
// /v2beta/stable-image/generate/core, a multipart form, the image as base64 JSON). Same accounting as text calls:
// budget reserved first, a provider_calls row per attempt. An answer that holds no picture, or one smaller than the
// smallest side asked for, is an error in words (retried, then the next provider in the chain).
class ImageClient final : public QObject
{
    Q_OBJECT
public:
    ImageClient(ApiCaller* caller, ApiRuntime* runtime, QObject* parent = nullptr);
    void setCallLog(const QSqlDatabase& db) { m_db = db; }
    void setRetryPolicy(const RetryPolicy& policy) { m_policy = policy; }
    // The smallest side a usable picture has (0: any).
    void setMinimumSide(int pixels) { m_minSide = pixels; }

    // done(path of the saved PNG, error).
    void generate(const ProviderConfig& config, const QString& prompt, const QString& size, const QString& outputDir,
        const QString& baseName, QObject* context,
        std::function<void(const QString& path, const ApiError& error)> done);

private:
    ApiCaller* m_caller;
    ApiRuntime* m_runtime;
    QSqlDatabase m_db;
    RetryPolicy m_policy;
    int m_minSide = 0;
};
