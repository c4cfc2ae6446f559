#pragma once

#include "LlmTypes.h"
#include "resilience/ApiError.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class ApiCaller;
class ApiRuntime;
class HttpClient;
class LlmProvider;

// "Test provider" and the model list in Settings → Providers: tries a provider as it is typed (saved
// or not) and answers in words a shop owner can act on: there is no key (the environment variable
// is not set, the keychain has no entry), the key is wrong, the model does not exist (and whether the
// provider's list has it), nothing is listening at the address, it cannot be found (DNS), the secure
// connection failed (TLS), the account is out of quota or credit, requests are rate limited, or no
// answer came in time; or that it works and how fast.
//
// The call goes straight out, outside the pipeline's machinery: no circuit breaker (a failing test
// must not pause the pipeline, and a paused pipeline must not make the test fail), no concurrency
// limiter or token bucket, no retries (the first answer is the one that is explained), no spend guard
// and no provider_calls row (a test is a few tokens that an owner asks for, and its failures are not
// the pipeline's). Lives in one thread, like its HttpClient; done runs on the context's thread,
// always after test() or listModels() returned, and not at all once the context is gone.
class ProviderTester final : public QObject
{
    Q_OBJECT
public:
    explicit ProviderTester(ApiRuntime* runtime, QObject* parent = nullptr);
    ~ProviderTester() override;

    // Sends one real, tiny request (a few tokens) to the provider as typed (saved or not). key: a key
    // pasted in the form and not yet stored; when empty, config.secretRef is resolved (env:VAR or
    // keychain:provider/<id>, through SecretCache::resolveFor as LlmClient uses it). done(ok, message)
    // on the context's thread: message in words a shop owner can act on.
    void test(const ProviderConfig& config, const QString& key, QObject* context,
        std::function<void(bool ok, const QString& message)> done);
    // The models the provider offers, where its API lists them (OpenAI GET /models, Anthropic GET
    // /v1/models, Gemini GET /v1beta/models, Ollama GET /api/tags), every page of them: the names the
    // model field takes (Gemini's without "models/", only those that write; OpenAI's sorted; the
    // others in the API's order). done(models, error): error empty on success, else said as test() would.
    void listModels(const ProviderConfig& config, const QString& key, QObject* context,
        std::function<void(const QStringList& models, const QString& error)> done);

    // What a failed call to the provider means, and what to do about it.
    static QString explain(const ApiError& error, const ProviderConfig& config);

private:
    using ListDone = std::function<void(const QStringList& models, const ApiError& error)>;
    // The key to send: the typed one, else the one the reference resolves to; nullopt and why not.
    std::optional<QString> resolveKey(const ProviderConfig& config, const QString& typed, QString* why) const;
    void fetchModels(const ProviderConfig& config, const QString& key, ListDone done);
    void fetchPage(std::shared_ptr<LlmProvider> provider, const ProviderConfig& config, const QString& key,
        const QString& pageToken, int page, std::shared_ptr<QStringList> models, ListDone done);

    ApiRuntime* m_runtime;
    HttpClient* m_http;
    ApiCaller* m_caller;
};
