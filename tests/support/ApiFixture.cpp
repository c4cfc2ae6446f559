#include "ApiFixture.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>

using namespace Qt::StringLiterals;

ApiFixture::ApiFixture(bool manualClock, SandboxServer::Options options)
{
    // A manual clock starts at the real time: signatures with timestamps (OAuth 1.0a) stay valid.
    if (manualClock)
        m_manual = std::make_unique<ManualClock>(QDateTime::currentMSecsSinceEpoch());
    m_sandbox = std::make_unique<SandboxThread>(options);
    m_runtime = std::make_unique<ApiRuntime>(clock());
    HttpClient::Options http;
    http.deadlineMs = 20'000;
    http.stallTimeoutMs = 5'000;
    m_http = std::make_unique<HttpClient>(http);
    m_caller = std::make_unique<ApiCaller>(m_http.get(), clock());
    m_caller->setSeed(42);
}

ProviderConfig ApiFixture::provider(const QString& kind, const QString& id) const
{
    ProviderConfig c;
    c.kind = kind;
    c.id = id.isEmpty() ? u"test-"_s + kind : id;
    c.name = c.id;
    c.model = u"sandbox-"_s + kind;
    c.secretRef = kind == u"ollama" ? QString() : u"env:QUORUM_TEST_KEY"_s; // a local Ollama needs no key
    c.baseUrl = kind == u"openai" ? QUrl(url().toString() + u"/v1"_s) : url();
    c.maxConcurrency = 16;
    c.initialConcurrency = 4;
    c.deadlineMs = 20'000;
    return c;
}

bool ApiFixture::runUntil(const std::function<bool()>& done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        // Waiting on real network events; with a manual clock, jump to the next scheduled callback
        // when nothing else is left to do.
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QCoreApplication::sendPostedEvents();
        if (m_manual && m_manual->pendingCount() > 0 && m_http->inFlight() == 0) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            if (!done() && m_http->inFlight() == 0 && m_manual->pendingCount() > 0)
                m_manual->setNow(std::max(m_manual->nowMs(), m_manual->nextDueMs()));
        }
    }
    return true;
}
