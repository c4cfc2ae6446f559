#pragma once

#include "LlmTypes.h"
#include "resilience/Retry.h"

#include <QObject>
#include <QSqlDatabase>

class ApiCaller;
class ApiRuntime;

// OpenAI Images (/v1/images/generations, b64_json): generates one image and saves it as a PNG in the
// workspace. Same accounting as text calls: budget reserved first, a provider_calls row per attempt.
class ImageClient final : public QObject
{
    Q_OBJECT
public:
    ImageClient(ApiCaller* caller, ApiRuntime* runtime, QObject* parent = nullptr);
    void setCallLog(const QSqlDatabase& db) { m_db = db; }
    void setRetryPolicy(const RetryPolicy& policy) { m_policy = policy; }

    // done(path of the saved PNG, error).
    void generate(const ProviderConfig& config, const QString& prompt, const QString& size, const QString& outputDir,
        const QString& baseName, QObject* context,
        std::function<void(const QString& path, const ApiError& error)> done);

private:
    ApiCaller* m_caller;
    ApiRuntime* m_runtime;
    QSqlDatabase m_db;
    RetryPolicy m_policy;
};
