#include "LlmTestSupport.h"
#include "llm/ProviderTester.h"

#include <QJsonArray>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace LlmTest;

// "Test provider" says in words what is wrong, per kind of API, against the sandbox speaking each
// API's wire format: it works (and how fast), there is no key (the variable is unset, the keychain
// has no entry, none was given), the key is wrong, the model is unknown (and whether the provider's
// list has it), quota or credit is used up, requests are rate limited, nothing is listening, the name
// cannot be found, TLS failed, no answer in time. The model lists of all four APIs, every page. And
// the test stays outside the pipeline's circuit breakers, both ways.
class TestProviderTester : public QObject
{
    Q_OBJECT

private:
    static constexpr const char* kUnset = "QUORUM_PROVIDER_TESTER_UNSET_KEY";

    static std::pair<bool, QString> test(
        ApiFixture& f, ProviderTester& tester, const ProviderConfig& config, const QString& key = {})
    {
        std::pair<bool, QString> out{false, u"test: no answer"_s};
        bool finished = false;
        tester.test(config, key, f.context(), [&](bool ok, const QString& message) {
            out = {ok, message};
            finished = true;
        });
        if (finished)
            return {false, u"test: answered before test() returned"_s};
        f.runUntil([&] { return finished; }, 60'000);
        return out;
    }

    static std::pair<QStringList, QString> list(
        ApiFixture& f, ProviderTester& tester, const ProviderConfig& config, const QString& key = {})
    {
        std::pair<QStringList, QString> out{{}, u"list: no answer"_s};
        bool finished = false;
        tester.listModels(config, key, f.context(), [&](const QStringList& models, const QString& error) {
            out = {models, error};
            finished = true;
        });
        f.runUntil([&] { return finished; }, 60'000);
        return out;
    }

    static QString chatRoute(const QString& kind)
    {
        return kind == u"openai"   ? u"openai.chat"_s
            : kind == u"anthropic" ? u"anthropic.messages"_s
            : kind == u"gemini"    ? u"gemini.generate"_s
                                   : u"ollama.chat"_s;
    }

    static void inject(ApiFixture& f, const QString& route, const QStringList& sequence, int retryAfter = 1)
    {
        f.sandbox()->setRouteFaults(
            route, QJsonObject{{u"sequence"_s, QJsonArray::fromStringList(sequence)}, {u"retryAfter"_s, retryAfter}});
    }

    // A loopback port nothing listens on: bound a moment ago, then closed.
    static quint16 closedPort()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost))
            return 0;
        const quint16 port = probe.serverPort();
        probe.close();
        return port;
    }

    static void addKeyedKinds()
    {
        QTest::addColumn<QString>("kind");
        for (const QString& kind : {u"openai"_s, u"anthropic"_s, u"gemini"_s})
            QTest::newRow(qPrintable(kind)) << kind;
    }

    static void addAllKinds()
    {
        QTest::addColumn<QString>("kind");
        for (const QString& kind : Llm::kinds())
            QTest::newRow(qPrintable(kind)) << kind;
    }

private slots:
    void initTestCase()
    {
        qputenv("QUORUM_TEST_KEY", kKey);
        qunsetenv(kUnset);
    }

    void works_data() { addAllKinds(); }
    void works()
    {
        QFETCH(QString, kind);
        ApiFixture f(false, withKey());
        ProviderTester tester(&f.runtime());
        const auto [ok, message] = test(f, tester, f.provider(kind));
        QVERIFY2(ok, qPrintable(message));
        QVERIFY2(message.startsWith(u"Works: sandbox-%1 answered in "_s.arg(kind)), qPrintable(message));
        QVERIFY2(message.endsWith(u" ms."_s), qPrintable(message));
        // One tiny request, in the API's own format.
        const auto sent = f.sandbox()->requests(chatRoute(kind));
        QCOMPARE(sent.size(), 1);
        QVERIFY(sent.first().body.size() < 400);
    }

    void noKeyIsNamed_data() { addKeyedKinds(); }
    void noKeyIsNamed()
    {
        QFETCH(QString, kind);
        ApiFixture f(false, withKey());
        ProviderTester tester(&f.runtime());
        ProviderConfig config = f.provider(kind);

        // The environment variable the key should come from is not set: named, and nothing is sent.
        config.secretRef = u"env:"_s + QString::fromLatin1(kUnset);
        auto [ok, message] = test(f, tester, config);
        QVERIFY(!ok);
        QVERIFY2(message.contains(u"the environment variable %1 is not set"_s.arg(QString::fromLatin1(kUnset))),
            qPrintable(message));
        // A key pasted in the form is used instead.
        std::tie(ok, message) = test(f, tester, config, QString::fromLatin1(kKey));
        QVERIFY2(ok, qPrintable(message));

        // The keychain has no entry for the provider.
        config.secretRef = u"keychain:provider/"_s + config.id;
        std::tie(ok, message) = test(f, tester, config);
        QVERIFY(!ok);
        QVERIFY2(
            message.contains(u"the system keychain has no entry provider/%1"_s.arg(config.id)), qPrintable(message));
        QCOMPARE(f.sandbox()->requestCount(chatRoute(kind)), 1); // only the one with the pasted key

        // No key at all: sent as typed, and the provider's refusal is read as "it wants a key".
        config.secretRef.clear();
        std::tie(ok, message) = test(f, tester, config);
        QVERIFY(!ok);
        QVERIFY2(message.contains(u"asks for an API key, and this provider has none"_s), qPrintable(message));
    }

    void wrongKeyIsSaid_data() { addKeyedKinds(); }
    void wrongKeyIsSaid()
    {
        QFETCH(QString, kind);
        ApiFixture f(false, withKey());
        ProviderTester tester(&f.runtime());
        const auto [ok, message] = test(f, tester, f.provider(kind), u"sk-wrong-0123456789"_s);
        QVERIFY(!ok);
        QVERIFY2(message.contains(u"refused the API key"_s) && message.contains(u"wrong, revoked or expired"_s),
            qPrintable(message));
        // Gemini answers a wrong key with 400 API_KEY_INVALID, the others with 401.
        QVERIFY2(message.contains(kind == u"gemini" ? u"(HTTP 400)"_s : u"(HTTP 401)"_s), qPrintable(message));
    }

    void unknownModelIsNamed_data() { addAllKinds(); }
    void unknownModelIsNamed()
    {
        QFETCH(QString, kind);
        ApiFixture f(false, withKey());
        ProviderTester tester(&f.runtime());
        ProviderConfig config = f.provider(kind);
        config.model = u"sandbox-nope"_s;
        inject(f, chatRoute(kind), {u"model_not_found"_s});
        auto [ok, message] = test(f, tester, config);
        QVERIFY(!ok);
        if (kind == u"ollama")
            QVERIFY2(
                message.startsWith(
                    u"Ollama does not have the model “sandbox-nope”. Download it with `ollama pull sandbox-nope`."_s),
                qPrintable(message));
        else
            QVERIFY2(message.contains(u"does not know the model “sandbox-nope”"_s), qPrintable(message));
        // The provider's list was asked, and says it is not there; the closest names are offered.
        const QString examples = message.section(u"for example: "_s, 1);
        QVERIFY2(message.contains(u"It is not among the "_s) && examples.contains(u"sandbox-%1"_s.arg(kind)),
            qPrintable(message));
        QCOMPARE(f.sandbox()->requestCount(kind + u".models"_s), 1);

        // A model the list has, still refused: the key may not use it (Ollama has no keys).
        if (kind == u"ollama")
            return;
        config.model = u"sandbox-%1"_s.arg(kind);
        inject(f, chatRoute(kind), {u"model_not_found"_s});
        std::tie(ok, message) = test(f, tester, config);
        QVERIFY(!ok);
        QVERIFY2(
            message.contains(u"It is in the list of models %1 offers, so this key may not have access to it."_s.arg(
                kind == u"anthropic"    ? u"Anthropic"_s
                    : kind == u"gemini" ? u"Gemini"_s
                                        : f.url().authority())),
            qPrintable(message));
    }

    void quotaIsNotARateLimit_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("openai-compatible")
            << u"openai"_s << u"accepts the key, but the account's quota or credit is used up"_s;
        QTest::newRow("anthropic") << u"anthropic"_s << u"the account's credit balance is too low"_s;
        QTest::newRow("gemini") << u"gemini"_s << u"its quota for today is used up"_s;
    }
    void quotaIsNotARateLimit()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        ApiFixture f(false, withKey());
        ProviderTester tester(&f.runtime());
        inject(f, chatRoute(kind), {u"insufficient_quota"_s});
        auto [ok, message] = test(f, tester, f.provider(kind));
        QVERIFY(!ok);
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY2(!message.contains(u"(rate limit)"_s) && !message.contains(u"Try again"_s), qPrintable(message));

        inject(f, chatRoute(kind), {u"429"_s}, 3);
        std::tie(ok, message) = test(f, tester, f.provider(kind));
        QVERIFY(!ok);
        QVERIFY2(message.contains(u"too many requests were sent to it just now (rate limit). Try again in 3 second"_s),
            qPrintable(message));
        QVERIFY2(!message.contains(u"quota"_s) && !message.contains(u"credit"_s), qPrintable(message));
        // Once, as it came: a test does not wait and retry.
        QCOMPARE(f.sandbox()->requestCount(chatRoute(kind)), 2);
    }

    void officialOpenAiQuotaSaysWhereToPay()
    {
        ProviderConfig openai;
        openai.kind = u"openai"_s;
        openai.baseUrl = QUrl(u"https://api.openai.com/v1"_s);
        openai.model = u"gpt-4o-mini"_s;
        const ApiError quota
            = ApiError::make(ErrorClass::QuotaExhausted, u"OpenAI-compatible: quota"_s, 429, u"insufficient_quota"_s);
        const QString message = ProviderTester::explain(quota, openai);
        QVERIFY2(
            message.startsWith(u"OpenAI accepts the key, but the account has no quota left (insufficient_quota)"_s),
            qPrintable(message));
        QVERIFY(message.contains(u"platform.openai.com"_s));
    }

    void nothingListeningIsSaid()
    {
        ApiFixture f(false, withKey());
        ProviderTester tester(&f.runtime());
        const quint16 port = closedPort();
        QVERIFY(port != 0);
        ProviderConfig ollama = f.provider(u"ollama"_s);
        ollama.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
        auto [ok, message] = test(f, tester, ollama);
        QVERIFY(!ok);
        QCOMPARE(message,
            u"Nothing is listening at 127.0.0.1:%1. Is Ollama running? Start it with `ollama serve`."_s.arg(port));

        // An OpenAI-compatible server on this computer (LM Studio, vLLM, llama.cpp).
        ProviderConfig local = f.provider(u"openai"_s);
        local.baseUrl = QUrl(u"http://127.0.0.1:%1/v1"_s.arg(port));
        std::tie(ok, message) = test(f, tester, local);
        QVERIFY(!ok);
        QCOMPARE(message,
            u"Nothing is listening at 127.0.0.1:%1. Is the model server on this computer running?"_s.arg(port));

        // The model list says the same.
        const auto [models, error] = list(f, tester, ollama);
        QVERIFY(models.isEmpty());
        QVERIFY2(error.startsWith(u"Nothing is listening at 127.0.0.1:%1."_s.arg(port)), qPrintable(error));
    }

    void dnsTlsAndTimeoutAreSaid()
    {
        ApiFixture f(false, withKey());
        ProviderTester tester(&f.runtime());
        // DNS: .invalid is reserved for names that cannot exist.
        ProviderConfig config = f.provider(u"anthropic"_s);
        config.baseUrl = QUrl(u"https://no-such-provider.invalid/v1"_s);
        auto [ok, message] = test(f, tester, config, u"sk-any"_s);
        QVERIFY(!ok);
        QVERIFY2(
            message.contains(u"The address no-such-provider.invalid cannot be found (DNS)"_s), qPrintable(message));

        // TLS: https to a server that answers in plain text.
        QTcpServer plain;
        QVERIFY(plain.listen(QHostAddress::LocalHost));
        QObject::connect(&plain, &QTcpServer::newConnection, &plain, [&plain] {
            while (QTcpSocket* s = plain.nextPendingConnection()) {
                s->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
                s->disconnectFromHost();
            }
        });
        config.baseUrl = QUrl(u"https://127.0.0.1:%1/v1"_s.arg(plain.serverPort()));
        std::tie(ok, message) = test(f, tester, config, u"sk-any"_s);
        QVERIFY(!ok);
        QVERIFY2(message.startsWith(u"The secure connection to 127.0.0.1 failed (TLS)."_s), qPrintable(message));

        // No answer within the provider's deadline.
        ProviderConfig slow = f.provider(u"gemini"_s);
        slow.deadlineMs = 1000;
        inject(f, u"gemini.generate"_s, {u"stall"_s});
        std::tie(ok, message) = test(f, tester, slow);
        QVERIFY(!ok);
        QVERIFY2(message.startsWith(u"Gemini did not answer within 1 second"_s), qPrintable(message));
    }

    void wrongAddressIsNotAnUnknownModel()
    {
        ApiFixture f(false, withKey());
        ProviderTester tester(&f.runtime());
        ProviderConfig config = f.provider(u"openai"_s);
        config.baseUrl = QUrl(f.url().toString() + u"/api/v2"_s);
        const auto [ok, message] = test(f, tester, config);
        QVERIFY(!ok);
        QVERIFY2(
            message.startsWith(u"There is no OpenAI-compatible API at %1 (HTTP 404)"_s.arg(config.baseUrl.toString())),
            qPrintable(message));
    }

    void listsModels_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("keyHeader");
        QTest::newRow("openai") << u"openai"_s
                                << QStringList{u"gpt-4.1-mini"_s, u"gpt-4o"_s, u"gpt-4o-mini"_s, u"sandbox-image-1"_s,
                                       u"sandbox-openai"_s, u"text-embedding-3-small"_s}
                                << u"/v1/models"_s << QByteArray("authorization");
        QTest::newRow("anthropic") << u"anthropic"_s
                                   << QStringList{u"claude-sonnet-4-20250514"_s, u"claude-3-7-sonnet-20250219"_s,
                                          u"claude-3-5-haiku-20241022"_s, u"sandbox-anthropic"_s}
                                   << u"/v1/models"_s << QByteArray("x-api-key");
        // Only the models that write, without "models/".
        QTest::newRow("gemini") << u"gemini"_s
                                << QStringList{u"gemini-2.5-pro"_s, u"gemini-2.0-flash"_s, u"gemini-2.0-flash-lite"_s,
                                       u"sandbox-gemini"_s}
                                << u"/v1beta/models"_s << QByteArray("x-goog-api-key");
        QTest::newRow("ollama") << u"ollama"_s
                                << QStringList{u"llama3.1:latest"_s, u"qwen2.5:7b"_s, u"sandbox-ollama:latest"_s}
                                << u"/api/tags"_s << QByteArray();
    }
    void listsModels()
    {
        QFETCH(QString, kind);
        QFETCH(QStringList, expected);
        QFETCH(QString, path);
        QFETCH(QByteArray, keyHeader);
        ApiFixture f(false, withKey());
        ProviderTester tester(&f.runtime());
        const QString route = kind + u".models"_s;
        auto [models, error] = list(f, tester, f.provider(kind));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(models, expected);
        const auto sent = f.sandbox()->requests(route);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().method, QByteArray("GET"));
        QCOMPARE(sent.first().path, path);
        if (!keyHeader.isEmpty())
            QVERIFY(sent.first().header(keyHeader).contains(kKey));
        if (kind == u"anthropic")
            QCOMPARE(sent.first().header("anthropic-version"), QByteArray("2023-06-01"));

        // Every page of a paged list (Anthropic after_id, Gemini pageToken).
        f.sandbox()->setRouteFaults(route, QJsonObject{{u"pageSize"_s, 1}});
        std::tie(models, error) = list(f, tester, f.provider(kind));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(models, expected);
        if (kind == u"anthropic" || kind == u"gemini")
            QVERIFY2(
                f.sandbox()->requestCount(route) > 3, qPrintable(QString::number(f.sandbox()->requestCount(route))));

        // Refusals are said as the test says them.
        if (kind != u"ollama") {
            std::tie(models, error) = list(f, tester, f.provider(kind), u"sk-wrong-0123456789"_s);
            QVERIFY(models.isEmpty());
            QVERIFY2(error.contains(u"refused the API key"_s), qPrintable(error));
            ProviderConfig unset = f.provider(kind);
            unset.secretRef = u"env:"_s + QString::fromLatin1(kUnset);
            std::tie(models, error) = list(f, tester, unset);
            QVERIFY2(error.contains(QString::fromLatin1(kUnset)), qPrintable(error));
        }
    }

    void aTestDoesNotTripThePipelinesBreaker()
    {
        ApiFixture f(false, withKey());
        ProviderTester tester(&f.runtime());
        const ProviderConfig config = f.provider(u"openai"_s);
        // More failures in a row than open a breaker (5), each explained.
        inject(f, u"openai.chat"_s, {u"500"_s, u"500"_s, u"500"_s, u"500"_s, u"500"_s, u"500"_s});
        for (int i = 0; i < 6; ++i) {
            const auto [ok, message] = test(f, tester, config);
            QVERIFY(!ok);
            QVERIFY2(message.startsWith(u"%1 had trouble answering: The server had an error while processing your "
                                        u"request. Try again in a moment"_s.arg(f.url().authority())),
                qPrintable(message));
        }
        QCOMPARE(f.sandbox()->requestCount(u"openai.chat"_s), 6);
        for (const BreakerRegistry::Snapshot& s : f.runtime().breakers()->snapshot())
            QVERIFY2(s.recentCalls == 0, qPrintable(s.endpoint));
        // The pipeline's next call goes out and succeeds.
        LlmClient client(&f.caller(), &f.runtime());
        const LlmResult r = complete(f, client, {config}, titleRequest());
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(f.runtime().breakers()->breaker(config.endpointKey())->state(), CircuitBreaker::State::Closed);
    }

    void anOpenBreakerDoesNotMakeTheTestLie()
    {
        ApiFixture f(false, withKey());
        ProviderTester tester(&f.runtime());
        const ProviderConfig config = f.provider(u"anthropic"_s);
        CircuitBreaker* breaker = f.runtime().breakers()->breaker(config.endpointKey());
        for (int i = 0; i < 5; ++i)
            breaker->recordFailure();
        QCOMPARE(breaker->state(), CircuitBreaker::State::Open);
        LlmClient client(&f.caller(), &f.runtime());
        QCOMPARE(complete(f, client, {config}, titleRequest()).error.cls, ErrorClass::CircuitOpen);

        const auto [ok, message] = test(f, tester, config);
        QVERIFY2(ok, qPrintable(message));
        QCOMPARE(f.sandbox()->requestCount(u"anthropic.messages"_s), 1);
        QCOMPARE(breaker->state(), CircuitBreaker::State::Open); // the pipeline's pause is its own
    }

    void incompleteFormIsSaid()
    {
        ApiFixture f(false, withKey());
        ProviderTester tester(&f.runtime());
        ProviderConfig config = f.provider(u"openai"_s);
        config.model.clear();
        const auto [ok, message] = test(f, tester, config);
        QVERIFY(!ok);
        QVERIFY2(message.contains(u"fill in its address and the model"_s), qPrintable(message));
        QCOMPARE(f.sandbox()->requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestProviderTester)
#include "tst_providertester.moc"
