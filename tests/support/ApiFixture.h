#pragma once

#include "core/Clock.h"
#include "llm/LlmTypes.h"
#include "net/HttpClient.h"
#include "resilience/ApiCaller.h"
#include "resilience/ApiRuntime.h"
#include "sandbox/SandboxServer.h"

#include <QTest>

#include <memory>

// A sandbox on its own thread plus what a worker thread would own: an HttpClient, an ApiCaller and
// a shared ApiRuntime. With a ManualClock, retry waits and breaker timeouts pass on demand.
class ApiFixture
{
public:
    explicit ApiFixture(bool manualClock = false, SandboxServer::Options options = {});

    const Clock* clock() const { return m_manual ? static_cast<const Clock*>(m_manual.get()) : Clock::system(); }
    ManualClock* manualClock() const { return m_manual.get(); }
    SandboxServer* sandbox() const { return m_sandbox->server(); }
    QUrl url() const { return m_sandbox->url(); }
    ApiRuntime& runtime() { return *m_runtime; }
    HttpClient& http() { return *m_http; }
    ApiCaller& caller() { return *m_caller; }
    QObject* context() { return &m_context; }

    // A provider of the given kind pointing at the sandbox.
    ProviderConfig provider(const QString& kind, const QString& id = {}) const;

    // Processes events (and, with a ManualClock, moves time to each pending timer) until done()
    // returns true. Fails the test after timeoutMs of real time.
    bool runUntil(const std::function<bool()>& done, int timeoutMs = 15'000);
    // Starts a call that answers (error, item) through the callback it is given, and waits for the
    // answer; one that never comes is a Timeout error.
    template <typename Call> QPair<ApiError, QJsonObject> item(Call call, int timeoutMs = 15'000)
    {
        QPair<ApiError, QJsonObject> out;
        bool done = false;
        call([&](const ApiError& e, const QJsonObject& o) {
            out = {e, o};
            done = true;
        });
        if (!runUntil([&] { return done; }, timeoutMs))
            out.first = ApiError::make(ErrorClass::Timeout, QStringLiteral("test: no answer"));
        return out;
    }

private:
    std::unique_ptr<ManualClock> m_manual;
    std::unique_ptr<SandboxThread> m_sandbox;
    std::unique_ptr<ApiRuntime> m_runtime;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<ApiCaller> m_caller;
    QObject m_context;
};
