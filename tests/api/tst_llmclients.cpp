#include "LlmTestSupport.h"
#include "TestWorkspace.h"
#include "llm/ImageClient.h"
#include "storage/Sql.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace LlmTest;

// Each LLM client against the sandbox: answers (whole and streamed) parsed and checked against
// the schema, the request bytes that matter (auth headers, paths, bodies), and every error shape.
class TestLlmClients : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("QUORUM_TEST_KEY", kKey); }

    void answersWithValidatedJson_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("stream");
        for (const QString& kind : Llm::kinds()) {
            QTest::newRow(qPrintable(kind)) << kind << false;
            QTest::newRow(qPrintable(kind + u" streamed"_s)) << kind << true;
        }
    }

    void answersWithValidatedJson()
    {
        QFETCH(QString, kind);
        QFETCH(bool, stream);
        ApiFixture f(false, withKey());
        LlmClient client(&f.caller(), &f.runtime());
        LlmRequest request = titleRequest(stream);
        QString streamed;
        if (stream)
            request.onText = [&streamed](const QString& delta) { streamed += delta; };
        const LlmResult r = complete(f, client, {f.provider(kind)}, request);
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        const QJsonObject answer = r.json.toObject();
        QVERIFY(answer.value(u"seo_title"_s).toString().contains(u"Merino"_s));
        QVERIFY(answer.value(u"seo_title"_s).toString().size() <= 60);
        QVERIFY(answer.value(u"tags"_s).toArray().size() >= 10);
        QVERIFY(r.inputTokens > 0);
        QVERIFY(r.outputTokens > 0);
        QCOMPARE(r.attempts, 1);
        QCOMPARE(r.provider, f.provider(kind).id);
        QVERIFY(!r.finishReason.isEmpty());
        if (kind == u"ollama")
            QCOMPARE(r.costMicros, 0); // local models cost nothing
        else
            QVERIFY(r.costMicros > 0);
        if (stream)
            QCOMPARE(streamed, r.text);
    }

    void requestBytesMatchTheRealApis()
    {
        ApiFixture f(false, withKey());
        LlmClient client(&f.caller(), &f.runtime());
        for (const QString& kind : Llm::kinds())
            QVERIFY(complete(f, client, {f.provider(kind)}, titleRequest()).ok());

        const auto body
            = [](const SandboxServer::LoggedRequest& r) { return QJsonDocument::fromJson(r.body).object(); };
        const auto openai = f.sandbox()->requests(u"openai.chat"_s).first();
        QCOMPARE(openai.method, QByteArray("POST"));
        QCOMPARE(openai.path, u"/v1/chat/completions"_s);
        QCOMPARE(openai.header("authorization"), QByteArray("Bearer ") + kKey);
        QCOMPARE(body(openai).value(u"response_format"_s).toObject().value(u"type"_s).toString(), u"json_schema"_s);
        const QJsonObject js = body(openai).value(u"response_format"_s).toObject().value(u"json_schema"_s).toObject();
        QCOMPARE(js.value(u"name"_s).toString(), u"seo"_s);
        QCOMPARE(js.value(u"schema"_s).toObject(), titleSchema());
        QCOMPARE(
            body(openai).value(u"messages"_s).toArray().first().toObject().value(u"role"_s).toString(), u"system"_s);
        QCOMPARE(body(openai).value(u"max_tokens"_s).toInt(), 400);

        const auto anthropic = f.sandbox()->requests(u"anthropic.messages"_s).first();
        QCOMPARE(anthropic.path, u"/v1/messages"_s);
        QCOMPARE(anthropic.header("x-api-key"), QByteArray(kKey));
        QCOMPARE(anthropic.header("anthropic-version"), QByteArray("2023-06-01"));
        QVERIFY(anthropic.header("authorization").isEmpty());
        QCOMPARE(body(anthropic).value(u"system"_s).toString(), titleRequest().system);
        QCOMPARE(body(anthropic).value(u"max_tokens"_s).toInt(), 400);
        QCOMPARE(body(anthropic)
                     .value(u"output_config"_s)
                     .toObject()
                     .value(u"format"_s)
                     .toObject()
                     .value(u"type"_s)
                     .toString(),
            u"json_schema"_s);

        const auto gemini = f.sandbox()->requests(u"gemini.generate"_s).first();
        QCOMPARE(gemini.path, u"/v1beta/models/sandbox-gemini:generateContent"_s);
        QCOMPARE(gemini.header("x-goog-api-key"), QByteArray(kKey));
        const QJsonObject generation = body(gemini).value(u"generationConfig"_s).toObject();
        QCOMPARE(generation.value(u"responseMimeType"_s).toString(), u"application/json"_s);
        QCOMPARE(generation.value(u"responseSchema"_s).toObject().value(u"type"_s).toString(), u"OBJECT"_s);
        QCOMPARE(generation.value(u"maxOutputTokens"_s).toInt(), 400);
        QVERIFY(body(gemini).contains(u"systemInstruction"_s));

        const auto ollama = f.sandbox()->requests(u"ollama.chat"_s).first();
        QCOMPARE(ollama.path, u"/api/chat"_s);
        QVERIFY(ollama.header("authorization").isEmpty());
        QCOMPARE(body(ollama).value(u"stream"_s).toBool(true), false);
        QCOMPARE(body(ollama).value(u"format"_s).toObject(), titleSchema());
        QCOMPARE(body(ollama).value(u"options"_s).toObject().value(u"num_predict"_s).toInt(), 400);
    }

    void errorShapes_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("sequence");
        QTest::addColumn<int>("cls");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<QString>("message");
        const int none = int(ErrorClass::None);
        QTest::newRow("openai 401") << u"openai"_s << QStringList{u"401"_s} << int(ErrorClass::Auth) << 1
                                    << u"API key"_s;
        QTest::newRow("openai quota") << u"openai"_s << QStringList{u"insufficient_quota"_s}
                                      << int(ErrorClass::QuotaExhausted) << 1 << u"quota"_s;
        QTest::newRow("openai 429 then ok") << u"openai"_s << QStringList{u"429"_s, u"ok"_s} << none << 2 << QString();
        QTest::newRow("openai 500 x4") << u"openai"_s << QStringList{u"500"_s, u"500"_s, u"500"_s, u"500"_s}
                                       << int(ErrorClass::Transient) << 4 << u"gave up after 4 attempt"_s;
        QTest::newRow("openai malformed then ok")
            << u"openai"_s << QStringList{u"malformed"_s, u"ok"_s} << none << 2 << QString();
        QTest::newRow("openai truncated then ok")
            << u"openai"_s << QStringList{u"truncated"_s, u"ok"_s} << none << 2 << QString();
        QTest::newRow("openai schema violation")
            << u"openai"_s << QStringList{u"schema_violation"_s} << int(ErrorClass::SchemaMismatch) << 1
            << u"$.seo_title: is required but missing"_s;
        QTest::newRow("anthropic 529 then ok")
            << u"anthropic"_s << QStringList{u"529"_s, u"ok"_s} << none << 2 << QString();
        QTest::newRow("anthropic credit") << u"anthropic"_s << QStringList{u"insufficient_quota"_s}
                                          << int(ErrorClass::QuotaExhausted) << 1 << u"credit balance"_s;
        QTest::newRow("anthropic 400") << u"anthropic"_s << QStringList{u"400"_s} << int(ErrorClass::InvalidRequest)
                                       << 1 << u"Invalid request"_s;
        QTest::newRow("gemini 429 then ok") << u"gemini"_s << QStringList{u"429"_s, u"ok"_s} << none << 2 << QString();
        QTest::newRow("gemini daily quota") << u"gemini"_s << QStringList{u"insufficient_quota"_s}
                                            << int(ErrorClass::QuotaExhausted) << 1 << u"for the day"_s;
        QTest::newRow("gemini 503 then ok") << u"gemini"_s << QStringList{u"503"_s, u"ok"_s} << none << 2 << QString();
        QTest::newRow("ollama 500 then ok") << u"ollama"_s << QStringList{u"500"_s, u"ok"_s} << none << 2 << QString();
        QTest::newRow("ollama 400") << u"ollama"_s << QStringList{u"400"_s} << int(ErrorClass::InvalidRequest) << 1
                                    << u"Ollama"_s;
    }

    void errorShapes()
    {
        QFETCH(QString, kind);
        QFETCH(QStringList, sequence);
        QFETCH(int, cls);
        QFETCH(int, attempts);
        QFETCH(QString, message);
        ApiFixture f(true, withKey()); // manual clock: backoff waits pass instantly
        const ProviderConfig p = f.provider(kind);
        f.sandbox()->setRouteFaults(SandboxServer::routeFor(kind == u"openai" ? u"/v1/chat/completions"_s
                                            : kind == u"anthropic"            ? u"/v1/messages"_s
                                            : kind == u"gemini"               ? u"/v1beta/models/m:generateContent"_s
                                                                              : u"/api/chat"_s,
                                        QString()),
            QJsonObject{{u"sequence"_s, QJsonArray::fromStringList(sequence)}, {u"retryAfter"_s, 2}});
        LlmClient client(&f.caller(), &f.runtime());
        const qint64 before = f.manualClock()->nowMs();
        const LlmResult r = complete(f, client, {p}, titleRequest());
        QCOMPARE(int(r.error.cls), cls);
        QCOMPARE(r.attempts, attempts);
        if (!message.isEmpty())
            QVERIFY2(r.error.message.contains(message), qPrintable(r.error.message));
        // Rate limits wait what the server asked (2 s) before the retry.
        if (sequence.first() == u"429")
            QCOMPARE(f.manualClock()->nowMs() - before, 2000);
    }

    void imagesAreSavedAsPng()
    {
        TestWorkspace tw;
        ApiFixture f(false, withKey());
        ImageClient images(&f.caller(), &f.runtime());
        images.setCallLog(tw.db());
        ProviderConfig p = f.provider(u"openai"_s);
        p.model = u"sandbox-image-1"_s;
        QString path;
        ApiError error;
        bool done = false;
        images.generate(p, u"A merino sweater on a wooden chair"_s, u"1024x1024"_s, tw.workspace().imagesDir(),
            u"apl-001"_s, f.context(), [&](const QString& saved, const ApiError& e) {
                path = saved;
                error = e;
                done = true;
            });
        QVERIFY(f.runUntil([&] { return done; }));
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QFile png(path);
        QVERIFY(png.open(QIODevice::ReadOnly));
        QVERIFY(png.read(8) == QByteArray("\x89PNG\r\n\x1a\n", 8));
        QVERIFY(path.startsWith(tw.workspace().imagesDir()));
        QCOMPARE(
            tw.count(
                u"SELECT COUNT(*) FROM provider_calls WHERE purpose = 'image' AND outcome = 'ok' AND cost_micros > 0"_s),
            1);
        const auto req = f.sandbox()->requests(u"openai.images"_s).first();
        QCOMPARE(QJsonDocument::fromJson(req.body).object().value(u"response_format"_s).toString(), u"b64_json"_s);
    }
};

QTEST_GUILESS_MAIN(TestLlmClients)
#include "tst_llmclients.moc"
