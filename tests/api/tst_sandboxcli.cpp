#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

// The sandbox starts from one command, and a real curl against it gets what the real API would send.
class TestSandboxCli : public QObject
{
    Q_OBJECT

private:
    QProcess m_sandbox;
    QString m_base;

    QByteArray curl(const QStringList& args, QString* headers = nullptr)
    {
        QProcess p;
        QStringList all{u"-sS"_s, u"--max-time"_s, u"10"_s};
        if (headers)
            all << u"-D"_s << u"-"_s;
        p.start(u"curl"_s, all + args);
        if (!p.waitForFinished(15'000))
            return {};
        QByteArray out = p.readAllStandardOutput();
        if (headers) {
            const qsizetype split = out.indexOf("\r\n\r\n");
            *headers = QString::fromLatin1(out.left(split));
            out = out.mid(split + 4);
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        const QString binary = QDir(qEnvironmentVariable("QUORUM_BINARY_DIR")).filePath(u"bin/quorum-sandbox"_s);
        m_sandbox.start(binary,
            {u"--port"_s, u"0"_s, u"--api-key"_s, u"sk-cli-test"_s, u"--latency"_s, u"openai.chat=20"_s, u"--fault"_s,
                u"anthropic.messages=529:1.0"_s});
        QVERIFY2(m_sandbox.waitForReadyRead(15'000), "the sandbox did not start");
        const QString line = QString::fromUtf8(m_sandbox.readLine()).trimmed();
        const auto match = QRegularExpression(u"listening on (http://\\S+)"_s).match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        m_base = match.captured(1);
    }

    void cleanupTestCase()
    {
        m_sandbox.terminate();
        QVERIFY(m_sandbox.waitForFinished(10'000));
        QCOMPARE(m_sandbox.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_sandbox.exitCode(), 0);
    }

    void chatCompletionLooksLikeOpenAi()
    {
        const QByteArray out = curl({m_base + u"/v1/chat/completions"_s, u"-H"_s,
            u"Authorization: Bearer sk-cli-test"_s, u"-H"_s, u"Content-Type: application/json"_s, u"-d"_s,
            uR"({"model":"gpt-4o-mini","messages":[{"role":"user","content":"Say hi"}]})"_s});
        const QJsonObject o = QJsonDocument::fromJson(out).object();
        QCOMPARE(o.value(u"object"_s).toString(), u"chat.completion"_s);
        QCOMPARE(o.value(u"model"_s).toString(), u"gpt-4o-mini"_s);
        const QJsonObject choice = o.value(u"choices"_s).toArray().first().toObject();
        QCOMPARE(choice.value(u"finish_reason"_s).toString(), u"stop"_s);
        QCOMPARE(choice.value(u"message"_s).toObject().value(u"role"_s).toString(), u"assistant"_s);
        QVERIFY(!choice.value(u"message"_s).toObject().value(u"content"_s).toString().isEmpty());
        QVERIFY(o.value(u"usage"_s).toObject().value(u"total_tokens"_s).toInt() > 0);
    }

    void wrongKeyGetsOpenAisErrorBody()
    {
        QString headers;
        const QByteArray out = curl({m_base + u"/v1/chat/completions"_s, u"-H"_s, u"Authorization: Bearer nope"_s,
                                        u"-d"_s, uR"({"model":"m","messages":[]})"_s},
            &headers);
        QVERIFY(headers.startsWith(u"HTTP/1.1 401"_s));
        const QJsonObject err = QJsonDocument::fromJson(out).object().value(u"error"_s).toObject();
        QCOMPARE(err.value(u"type"_s).toString(), u"invalid_api_key"_s);
        QVERIFY(err.contains(u"param"_s));
    }

    void overloadedAnthropicSaysRetry()
    {
        QString headers;
        const QByteArray out
            = curl({m_base + u"/v1/messages"_s, u"-H"_s, u"x-api-key: sk-cli-test"_s, u"-H"_s,
                       u"anthropic-version: 2023-06-01"_s, u"-d"_s,
                       uR"({"model":"claude","max_tokens":10,"messages":[{"role":"user","content":"hi"}]})"_s},
                &headers);
        QVERIFY2(headers.startsWith(u"HTTP/1.1 529"_s), qPrintable(headers));
        QVERIFY(headers.contains(u"x-should-retry: true"_s, Qt::CaseInsensitive));
        QCOMPARE(QJsonDocument::fromJson(out).object().value(u"error"_s).toObject().value(u"type"_s).toString(),
            u"overloaded_error"_s);
    }

    void streamIsServerSentEvents()
    {
        QString headers;
        const QByteArray out
            = curl({u"-N"_s, m_base + u"/v1/chat/completions"_s, u"-H"_s, u"Authorization: Bearer sk-cli-test"_s,
                       u"-d"_s, uR"({"model":"m","stream":true,"messages":[{"role":"user","content":"hi"}]})"_s},
                &headers);
        QVERIFY(headers.contains(u"text/event-stream"_s));
        QVERIFY(out.startsWith("data: {"));
        QVERIFY(out.trimmed().endsWith("data: [DONE]"));
    }

    void adminEndpointChangesFaults()
    {
        const QByteArray set = curl({u"-X"_s, u"PUT"_s, m_base + u"/__sandbox/faults"_s, u"-d"_s,
            uR"({"routes":{"woo":{"sequence":["503"]}}})"_s});
        QVERIFY(set.contains("woo"));
        QString headers;
        curl({m_base + u"/wp-json/wc/v3/products"_s}, &headers);
        QVERIFY2(headers.startsWith(u"HTTP/1.1 503"_s), qPrintable(headers));
        const QJsonObject stats = QJsonDocument::fromJson(curl({m_base + u"/__sandbox/stats"_s})).object();
        QVERIFY(stats.value(u"requests"_s).toObject().value(u"woo"_s).toInt() >= 1);
    }

    void generatedShopIsServedAsWooCommerceAndShopify()
    {
        // A sandbox of its own: the shop replaces what the shared one's other tests look at.
        QProcess shop;
        const QString binary = QDir(qEnvironmentVariable("QUORUM_BINARY_DIR")).filePath(u"bin/quorum-sandbox"_s);
        shop.start(binary, {u"--port"_s, u"0"_s, u"--generate-shop"_s, u"5,3000"_s});
        QVERIFY2(shop.waitForReadyRead(30'000), "the sandbox did not start");
        const auto match
            = QRegularExpression(u"listening on (http://\\S+)"_s).match(QString::fromUtf8(shop.readLine()));
        QVERIFY(match.hasMatch());
        const QString base = match.captured(1);

        QString headers;
        const QJsonArray orders
            = QJsonDocument::fromJson(curl({base + u"/wp-json/wc/v3/orders?per_page=5&page=2"_s}, &headers)).array();
        QCOMPARE(orders.size(), 5);
        QVERIFY2(headers.contains(u"X-WP-Total: 3000"_s), qPrintable(headers));
        QVERIFY2(headers.contains(u"page=3>; rel=\"next\""_s), qPrintable(headers));
        const QJsonObject graphql
            = QJsonDocument::fromJson(curl({base + u"/admin/api/2025-01/graphql.json"_s, u"-d"_s,
                                          uR"({"query":"{ orders(first: 2) { nodes { id } } }"})"_s}))
                  .object();
        QCOMPARE(
            graphql.value(u"data"_s).toObject().value(u"orders"_s).toObject().value(u"nodes"_s).toArray().size(), 2);
        QVERIFY(graphql.value(u"extensions"_s).toObject().contains(u"cost"_s));

        // The admin endpoint makes another shop.
        const QJsonObject made
            = QJsonDocument::fromJson(curl({u"-X"_s, u"POST"_s, base + u"/__sandbox/generate-shop"_s, u"-d"_s,
                                          uR"({"seed":9,"orders":400,"products":30,"endDate":"2026-06-30"})"_s}))
                  .object();
        QCOMPARE(made.value(u"orders"_s).toInt(), 400);
        curl({base + u"/wp-json/wc/v3/orders?per_page=1"_s}, &headers);
        QVERIFY2(headers.contains(u"X-WP-Total: 400"_s), qPrintable(headers));

        shop.terminate();
        QVERIFY(shop.waitForFinished(10'000));
    }
};

QTEST_GUILESS_MAIN(TestSandboxCli)
#include "tst_sandboxcli.moc"
