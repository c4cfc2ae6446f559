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

private:
    std::unique_ptr<ManualClock> m_manual;
    std::unique_ptr<SandboxThread> m_sandbox;
    std::unique_ptr<ApiRuntime> m_runtime;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<ApiCaller> m_caller;
    QObject m_context;
};
