#include "GatewayTestSupport.h"
#include "TestWorkspace.h"
#include "approvals/ApprovalDesk.h"
#include "approvals/ApprovalRules.h"
#include "approvals/ExternalProposals.h"
#include "core/EventBus.h"
#include "gateway/GatewayProtocol.h"
#include "gateway/GatewayServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using namespace Qt::StringLiterals;
using namespace GatewayTest;

namespace
{
// An agent's end of a WebSocket: what it received, and how it was closed.
class AgentSocket : public QObject
{
public:
    QWebSocket socket;
    QList<QJsonObject> received;
    bool closed = false;
    int closeCode = 0;

    explicit AgentSocket(quint16 port, const QString& key = {})
    {
        connect(&socket, &QWebSocket::textMessageReceived, this,
            [this](const QString& text) { received.append(QJsonDocument::fromJson(text.toUtf8()).object()); });
        connect(&socket, &QWebSocket::disconnected, this, [this] {
            closed = true;
            closeCode = socket.closeCode();
        });
        QNetworkRequest request(QUrl(u"ws://127.0.0.1:%1/v1/ws"_s.arg(port)));
        if (!key.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
        socket.open(request);
    }
    void send(const QJsonObject& m) { socket.sendTextMessage(QString::fromUtf8(QJsonDocument(m).toJson())); }
    // The first message received of the type (after `from`), or an empty object.
    QJsonObject find(const QString& type, qsizetype from = 0) const
    {
        for (qsizetype i = from; i < received.size(); ++i) {
            if (received.at(i).value(u"type"_s).toString() == type)
                return received.at(i);
        }
        return {};
    }
    int count(const QString& type) const
    {
        return int(std::count_if(received.begin(), received.end(),
            [&type](const QJsonObject& m) { return m.value(u"type"_s).toString() == type; }));
    }
};

struct HttpAnswer
{
    int status = 0;
    QJsonObject body;
    QByteArray retryAfter;
    QByteArray authenticate;
};
} // namespace

// The gateway's server over real sockets: the WebSocket endpoint and its HTTP mirror on one port, keys
// (a bad one refused, a revoked one closed at once), bad frames answered, floods limited per key, the
// decision pushed when it is written and again after a reconnect until acknowledged, the bounded
// long-poll, a thousand reconnects, and decisions made while the server was down delivered after it.
class TestGatewayServer : public QObject
{
    Q_OBJECT

    static std::unique_ptr<GatewayServer> serve(TestWorkspace& tw, EventBus* bus, GatewayServer::Config config = {})
    {
        config.databasePath = tw.workspace().databasePath();
        config.machine = u"test-host"_s;
        config.clock = &tw.clock();
        config.bus = bus;
        auto server = std::make_unique<GatewayServer>(config);
        QString error;
        if (!server->start(&error))
            qFatal("the gateway did not start: %s", qPrintable(error));
        return server;
    }

    static HttpAnswer http(QNetworkAccessManager& net, const QByteArray& verb, quint16 port, const QString& path,
        const QString& key, const QByteArray& body = {}, const QByteArray& idempotency = {})
    {
        QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(port).arg(path)));
        if (!key.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
        if (!idempotency.isEmpty())
            request.setRawHeader("Idempotency-Key", idempotency);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply* reply = net.sendCustomRequest(request, verb, body);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 20'000))
            return {};
        HttpAnswer a{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            QJsonDocument::fromJson(reply->readAll()).object(), reply->rawHeader("Retry-After"),
            reply->rawHeader("WWW-Authenticate")};
        reply->deleteLater();
        return a;
    }

    static QByteArray json(const QJsonObject& o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

private slots:
    void aDecisionIsPushedAndSentAgainUntilAcknowledged()
    {
        TestWorkspace tw;
        EventBus bus;
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        ApprovalRules::ensureDefaults(db, now);
        const QString key = registerScout(db, now);
        auto server = serve(tw, &bus);

        AgentSocket agent(server->port(), key);
        QTRY_VERIFY(!agent.find(u"welcome"_s).isEmpty());
        QCOMPARE(agent.find(u"welcome"_s).value(u"agent"_s).toString(), u"Price Scout"_s);
        QTRY_COMPARE(
            Sql::scalar(db, u"SELECT status FROM agents WHERE name = 'Price Scout'"_s).toString(), u"online"_s);
        QJsonObject m = priceChange(u"ws-1"_s);
        m.insert(u"id"_s, u"a1"_s);
        agent.send(m);
        QTRY_VERIFY(!agent.find(u"proposal"_s).isEmpty());
        const QJsonObject proposal = agent.find(u"proposal"_s);
        QCOMPARE(proposal.value(u"in_reply_to"_s).toString(), u"a1"_s);
        QCOMPARE(proposal.value(u"state"_s).toString(), u"pending"_s);
        const qint64 id = proposal.value(u"id"_s).toInteger();

        // A person approves; when its job has run the decision is pushed, without asking.
        const Users::User ann = Users::signIn(db, u"Ann"_s, now);
        QVERIFY(ApprovalDesk::approve(db, id, ann, {}, u"desk"_s, now + 1).ok);
        runApprovalJobs(db, tw.clock());
        bus.publishChanged(EventBus::Topic::Jobs);
        QTRY_VERIFY(!agent.find(u"decision"_s).isEmpty());
        const QJsonObject decision = agent.find(u"decision"_s);
        QCOMPARE(decision.value(u"state"_s).toString(), u"approved"_s);
        QCOMPARE(decision.value(u"proposal_id"_s).toInteger(), id);
        bus.publishChanged(EventBus::Topic::Jobs);
        QTest::qWait(50); // nothing new to push: the decision is not sent twice on one connection
        QCOMPARE(agent.count(u"decision"_s), 1);

        // Not acknowledged: a new connection gets it again; acknowledged: never again.
        agent.socket.close();
        QTRY_VERIFY(agent.closed);
        AgentSocket again(server->port(), key);
        QTRY_COMPARE(again.count(u"decision"_s), 1);
        again.send({{u"type"_s, u"ack"_s}, {u"seq"_s, decision.value(u"seq"_s)}, {u"id"_s, 2}});
        QTRY_VERIFY(!again.find(u"acked"_s).isEmpty());
        again.socket.close();
        QTRY_VERIFY(again.closed);
        AgentSocket third(server->port(), key);
        QTRY_VERIFY(!third.find(u"welcome"_s).isEmpty());
        third.send({{u"type"_s, u"ping"_s}, {u"id"_s, 3}});
        QTRY_VERIFY(!third.find(u"pong"_s).isEmpty());
        QCOMPARE(third.count(u"decision"_s), 0);
        // Every connection is in the audit trail with the key and the address.
        QVERIFY(tw.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'gateway.connected' AND payload LIKE "
                         u"'%127.0.0.1%'"_s)
            >= 3);
    }

    void keysAreCheckedAndARevokedKeyIsClosedAtOnce()
    {
        TestWorkspace tw;
        EventBus bus;
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        const QString key = registerScout(db, now);
        GatewayServer::Config config;
        config.helloMs = 5'000;
        auto server = serve(tw, &bus, config);

        AgentSocket wrong(server->port(), u"qk_wrong"_s);
        QTRY_VERIFY(wrong.closed);
        QCOMPARE(wrong.find(u"error"_s).value(u"code"_s).toString(), u"unauthorized"_s);
        // In the audit trail with the address, once a minute per address however often it tries.
        AgentSocket again(server->port(), u"qk_wrong"_s);
        QTRY_VERIFY(again.closed);
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'gateway.refused' AND payload LIKE "
                          u"'%127.0.0.1%'"_s),
            1);

        // Without a header: a request before hello is refused, a hello with the key opens it.
        AgentSocket later(server->port());
        QTRY_COMPARE(later.socket.state(), QAbstractSocket::ConnectedState);
        later.send({{u"type"_s, u"status"_s}, {u"proposal_id"_s, 1}});
        QTRY_COMPARE(later.find(u"error"_s).value(u"code"_s).toString(), u"unauthorized"_s);
        QVERIFY(!later.closed);
        later.send({{u"type"_s, u"hello"_s}, {u"key"_s, key}});
        QTRY_VERIFY(!later.find(u"welcome"_s).isEmpty());

        // No hello in time: closed.
        AgentSocket silent(server->port());
        QTRY_COMPARE(silent.socket.state(), QAbstractSocket::ConnectedState);
        tw.clock().advance(5'001);
        QTRY_VERIFY(silent.closed);
        QVERIFY(!later.closed);

        // The owner revokes the key (another process may have: the bus says the agents changed).
        {
            Transaction tx(db);
            QVERIFY(AgentKeys::revoke(db, caller(db, key).keyId, u"Ann"_s, u"desk"_s, now + 1));
            tx.commit();
        }
        bus.publishChanged(EventBus::Topic::Agents);
        QTRY_VERIFY(later.closed);
        QCOMPARE(later.closeCode, 1008);
        AgentSocket refused(server->port(), key);
        QTRY_VERIFY(refused.closed);
        QVERIFY(refused.find(u"error"_s).value(u"message"_s).toString().contains(u"revoked"_s));
    }

    void badFramesAreAnsweredAndFloodsLimited()
    {
        TestWorkspace tw;
        EventBus bus;
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        const QString key = registerScout(db, now);
        GatewayServer::Config config;
        config.ratePerSecond = 20;
        config.burst = 50;
        auto server = serve(tw, &bus, config);
        AgentSocket agent(server->port(), key);
        QTRY_VERIFY(!agent.find(u"welcome"_s).isEmpty());

        agent.socket.sendTextMessage(u"{\"type\": \"propose\", "_s);
        agent.socket.sendBinaryMessage("\x01\x02");
        agent.socket.sendTextMessage(u"[1, 2]"_s);
        agent.socket.sendTextMessage(u"{\"type\": \"teleport\"}"_s);
        agent.socket.sendTextMessage(u"{\"type\": \"ping\", \"v\": 2}"_s);
        QTRY_COMPARE(agent.count(u"error"_s), 5);
        QStringList codes;
        for (const QJsonObject& m : std::as_const(agent.received))
            if (m.value(u"type"_s).toString() == u"error")
                codes.append(m.value(u"code"_s).toString());
        QCOMPARE(
            codes, (QStringList{u"bad_json"_s, u"bad_request"_s, u"bad_request"_s, u"bad_request"_s, u"version"_s}));
        // A proposal the schema refuses is answered with the path, and is in the audit trail with who sent it.
        agent.received.clear();
        agent.send({{u"type"_s, u"propose"_s}, {u"id"_s, 7}, {u"idempotency_key"_s, u"bad-1"_s},
            {u"action_type"_s, u"teleport_stock"_s}, {u"title"_s, u"Move it"_s}, {u"parameters"_s, QJsonObject{}}});
        QTRY_COMPARE(agent.count(u"error"_s), 1);
        QCOMPARE(agent.find(u"error"_s).value(u"code"_s).toString(), u"unknown_action"_s);
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'gateway.request_refused' AND actor = "
                          u"'Price Scout' AND json_extract(payload, '$.details.code') = 'unknown_action' AND "
                          u"json_extract(payload, '$.details.key_id') IS NOT NULL AND "
                          u"json_extract(payload, '$.details.address') IS NOT NULL"_s),
            1);

        // A flood: the burst is answered, the rest told when to retry; time refills the bucket.
        tw.clock().advance(1'000); // the bucket full again after the requests above
        agent.received.clear();
        for (int i = 0; i < 60; ++i)
            agent.send({{u"type"_s, u"ping"_s}, {u"id"_s, i}});
        QTRY_COMPARE(agent.received.size(), 60);
        QCOMPARE(agent.count(u"pong"_s), 50);
        const QJsonObject limited = agent.find(u"error"_s);
        QCOMPARE(limited.value(u"code"_s).toString(), u"rate_limited"_s);
        QVERIFY(limited.value(u"retry_after_ms"_s).toInt() > 0);
        tw.clock().advance(1'000);
        agent.received.clear();
        agent.send({{u"type"_s, u"ping"_s}, {u"id"_s, 100}});
        QTRY_VERIFY(!agent.find(u"pong"_s).isEmpty());

        // A message over the limit closes the connection (the WebSocket "too big" code).
        agent.socket.sendTextMessage(QString(GatewayProtocol::MaxMessageBytes + 10, u'x'));
        QTRY_VERIFY(agent.closed);
        QCOMPARE(agent.closeCode, 1009);
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM action_proposals"_s), 0);
    }

    void theHttpMirrorAndItsBoundedLongPoll()
    {
        TestWorkspace tw;
        EventBus bus;
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        ApprovalRules::ensureDefaults(db, now);
        const QString key = registerScout(db, now);
        auto server = serve(tw, &bus);
        const quint16 port = server->port();
        QNetworkAccessManager net;

        QJsonObject body = priceChange({});
        body.remove(u"idempotency_key"_s);
        body.remove(u"type"_s);
        const HttpAnswer made = http(net, "POST", port, u"/v1/proposals"_s, key, json(body), "http-1");
        QCOMPARE(made.status, 200);
        QCOMPARE(made.body.value(u"state"_s).toString(), u"pending"_s);
        const qint64 id = made.body.value(u"id"_s).toInteger();
        const HttpAnswer twice = http(net, "POST", port, u"/v1/proposals"_s, key, json(body), "http-1");
        QCOMPARE(twice.body.value(u"id"_s).toInteger(), id);
        QVERIFY(twice.body.value(u"duplicate"_s).toBool());

        const HttpAnswer anonymous = http(net, "POST", port, u"/v1/proposals"_s, {}, json(body), "http-2");
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(anonymous.authenticate, QByteArray("Bearer"));
        QCOMPARE(http(net, "POST", port, u"/v1/proposals"_s, key, "{oops", "http-3").status, 400);
        QJsonObject bad = body;
        bad.insert(u"action_type"_s, u"budget_change"_s);
        const HttpAnswer forbidden = http(net, "POST", port, u"/v1/proposals"_s, key, json(bad), "http-4");
        QCOMPARE(forbidden.status, 403);
        QCOMPARE(forbidden.body.value(u"path"_s).toString(), u"action_type"_s);
        QCOMPARE(http(net, "GET", port, u"/v1/proposals/999999"_s, key).status, 404);
        QCOMPARE(http(net, "GET", port, u"/v1/proposals/%1?wait=56"_s.arg(id), key).status, 422);
        QCOMPARE(http(net, "GET", port, u"/v1/proposals/%1?wait=0"_s.arg(id), key).body.value(u"state"_s).toString(),
            u"pending"_s);
        // A GET decides nothing.
        QCOMPARE(ApprovalDesk::load(db, id)->status, u"pending"_s);

        // The long-poll is answered by the decision as soon as it is written.
        QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/v1/proposals/%2?wait=55"_s.arg(port).arg(id)));
        request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
        QNetworkReply* waiting = net.get(request);
        QTest::qWait(100);
        QVERIFY(!waiting->isFinished());
        const Users::User ann = Users::signIn(db, u"Ann"_s, now);
        QVERIFY(ApprovalDesk::reject(db, id, ann, u"Not before the sale"_s, u"desk"_s, now + 1).ok);
        runApprovalJobs(db, tw.clock());
        bus.publishChanged(EventBus::Topic::Jobs);
        QTRY_VERIFY(waiting->isFinished());
        const QJsonObject decided = QJsonDocument::fromJson(waiting->readAll()).object();
        QCOMPARE(decided.value(u"state"_s).toString(), u"rejected"_s);
        QCOMPARE(decided.value(u"decision"_s).toObject().value(u"reason"_s).toString(), u"Not before the sale"_s);
        waiting->deleteLater();

        // Undecided, the long-poll ends at its bound with the proposal as it is.
        body.insert(u"title"_s, u"second"_s);
        const qint64 second
            = http(net, "POST", port, u"/v1/proposals"_s, key, json(body), "http-5").body.value(u"id"_s).toInteger();
        QNetworkRequest again(QUrl(u"http://127.0.0.1:%1/v1/proposals/%2?wait=30"_s.arg(port).arg(second)));
        again.setRawHeader("Authorization", "Bearer " + key.toUtf8());
        QNetworkReply* bounded = net.get(again);
        QTest::qWait(100);
        QVERIFY(!bounded->isFinished());
        tw.clock().advance(30'000);
        QTRY_VERIFY(bounded->isFinished());
        QCOMPARE(QJsonDocument::fromJson(bounded->readAll()).object().value(u"state"_s).toString(), u"pending"_s);
        bounded->deleteLater();

        // Cancel, missed decisions, acknowledge.
        QCOMPARE(http(net, "POST", port, u"/v1/proposals/%1/cancel"_s.arg(second), key, "{\"reason\":\"stale\"}")
                     .body.value(u"state"_s)
                     .toString(),
            u"cancelled"_s);
        const HttpAnswer missed = http(net, "GET", port, u"/v1/decisions"_s, key);
        QCOMPARE(missed.body.value(u"decisions"_s).toArray().size(), 2);
        const qint64 last = missed.body.value(u"decisions"_s).toArray().last().toObject().value(u"seq"_s).toInteger();
        QCOMPARE(http(net, "POST", port, u"/v1/decisions/ack"_s, key, json({{u"seq"_s, last}})).status, 200);
        QCOMPARE(http(net, "GET", port, u"/v1/decisions"_s, key).body.value(u"decisions"_s).toArray().size(), 0);
        QCOMPARE(http(net, "POST", port, u"/v1/proposals/%1/receipt"_s.arg(id), key,
                     json({{u"outcome"_s, u"executed"_s}, {u"parameters_sha256"_s, QString(64, u'a')}}))
                     .status,
            409); // rejected: nothing to report
    }

    void aReaderThatDoesNotReadIsCutOffNotBuffered()
    {
        // A client that sends requests and never reads the answers: the server stops at four times its
        // buffer limit and closes it, instead of holding everything in memory.
        TestWorkspace tw;
        EventBus bus;
        const QSqlDatabase db = tw.db();
        const QString key = registerScout(db, tw.clock().nowMs());
        GatewayServer::Config config;
        config.maxBufferedBytes = 64 * 1024;
        config.burst = 1000;
        auto server = serve(tw, &bus, config);
        QTcpSocket raw;
        raw.connectToHost(QHostAddress::LocalHost, server->port());
        QVERIFY(raw.waitForConnected(5'000));
        raw.write("GET /v1/ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                  "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nAuthorization: Bearer "
            + key.toUtf8() + "\r\n\r\n");
        QByteArray got;
        QTRY_VERIFY((got += raw.readAll()).contains("welcome"));
        QVERIFY(got.startsWith("HTTP/1.1 101"));
        QTRY_COMPARE(server->clientCount(), 1);
        raw.setReadBufferSize(1); // from here on it reads nothing
        // Pings whose id (echoed in each answer) is 60 KB: 200 answers are 12 MB.
        const QByteArray ping = "{\"type\":\"ping\",\"id\":\"" + QByteArray(60'000, 'x') + "\"}";
        QByteArray frame;
        frame.append(char(0x81));
        frame.append(char(0x80 | 126));
        frame.append(char((ping.size() >> 8) & 0xff));
        frame.append(char(ping.size() & 0xff));
        const quint32 mask = QRandomGenerator::global()->generate();
        const char m[4] = {char(mask >> 24), char(mask >> 16), char(mask >> 8), char(mask)};
        frame.append(m, 4);
        for (qsizetype i = 0; i < ping.size(); ++i)
            frame.append(char(ping.at(i) ^ m[i % 4]));
        for (int i = 0; i < 200 && server->clientCount() == 1; ++i) {
            raw.write(frame);
            QTest::qWait(5); // lets the server read and answer (it cannot send: nobody reads)
        }
        QTRY_COMPARE_WITH_TIMEOUT(server->clientCount(), 0, 20'000);
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'gateway.closed' AND payload LIKE "
                          u"'%too slow%'"_s),
            1);
    }

    void withACertificateItSpeaksTlsOnly()
    {
        TestWorkspace tw;
        EventBus bus;
        const QString key = registerScout(tw.db(), tw.clock().nowMs());
        QTemporaryDir dir;
        const QString cert = dir.filePath(u"cert.pem"_s);
        const QString privateKey = dir.filePath(u"key.pem"_s);
        QProcess openssl;
        openssl.start(u"openssl"_s,
            {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, privateKey, u"-out"_s, cert,
                u"-days"_s, u"1"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s});
        QVERIFY(openssl.waitForFinished(60'000));
        QCOMPARE(openssl.exitCode(), 0);
        GatewayServer::Config config;
        config.certificatePath = cert;
        config.privateKeyPath = privateKey;
        auto server = serve(tw, &bus, config);
        QVERIFY(server->isSecure());

        // The agent trusts the certificate (here: as its own authority) and connects over wss://.
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromPath(cert));
        QWebSocket secure;
        secure.setSslConfiguration(ssl);
        QList<QJsonObject> received;
        connect(&secure, &QWebSocket::textMessageReceived, this,
            [&received](const QString& t) { received.append(QJsonDocument::fromJson(t.toUtf8()).object()); });
        QNetworkRequest request(QUrl(u"wss://127.0.0.1:%1/v1/ws"_s.arg(server->port())));
        request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
        secure.open(request);
        QTRY_VERIFY(!received.isEmpty());
        QCOMPARE(received.first().value(u"type"_s).toString(), u"welcome"_s);

        // The HTTP mirror too; in the clear nothing is answered.
        QNetworkAccessManager net;
        QNetworkRequest get(QUrl(u"https://127.0.0.1:%1/v1/decisions"_s.arg(server->port())));
        get.setRawHeader("Authorization", "Bearer " + key.toUtf8());
        get.setSslConfiguration(ssl);
        QNetworkReply* reply = net.get(get);
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
        AgentSocket plain(server->port(), key);
        QTRY_VERIFY_WITH_TIMEOUT(plain.closed || plain.socket.error() != QAbstractSocket::UnknownSocketError, 10'000);
        QVERIFY(plain.find(u"welcome"_s).isEmpty());
    }

    void subscribersGetOnlyTheEventsTheirKeyMaySee()
    {
        TestWorkspace tw;
        EventBus bus;
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        ApprovalRules::ensureDefaults(db, now);
        const QString key = registerScout(db, now); // finance
        QString otherKey;
        {
            Transaction tx(db);
            otherKey
                = AgentKeys::registerAgent(db, {u"Ad Helper"_s, u"marketing"_s, {u"price_change"_s}, 0}, u"Ann"_s, now);
            tx.commit();
        }
        auto server = serve(tw, &bus);
        AgentSocket agent(server->port(), key);
        QTRY_VERIFY(!agent.find(u"welcome"_s).isEmpty());
        agent.send({{u"type"_s, u"subscribe"_s}, {u"events"_s, QJsonArray{u"teleport"_s}}, {u"id"_s, 1}});
        QTRY_COMPARE(agent.find(u"error"_s).value(u"path"_s).toString(), u"events"_s);
        agent.send({{u"type"_s, u"subscribe"_s},
            {u"events"_s, QJsonArray{u"approval:required"_s, u"approval:decided"_s}}, {u"id"_s, 2}});
        QTRY_VERIFY(!agent.find(u"subscribed"_s).isEmpty());

        // Its own proposal waits: approval:required. Another cluster's agent's proposal: not its business.
        agent.send(priceChange(u"ev-1"_s));
        QTRY_VERIFY(!agent.find(u"proposal"_s).isEmpty());
        const qint64 id = agent.find(u"proposal"_s).value(u"id"_s).toInteger();
        Transaction tx(db);
        ExternalProposals::propose(
            db, caller(db, otherKey), priceChange(u"other-1"_s, u"27.00"_s, u"MUG-9"_s), {}, now);
        tx.commit();
        bus.publishChanged(EventBus::Topic::Proposals);
        auto events = [&agent](const QString& name) {
            QList<QJsonObject> out;
            for (const QJsonObject& m : std::as_const(agent.received))
                if (m.value(u"type"_s).toString() == u"event" && m.value(u"event"_s).toString() == name)
                    out.append(m);
            return out;
        };
        QTRY_COMPARE(events(u"approval:required"_s).size(), 1);
        QCOMPARE(events(u"approval:required"_s).first().value(u"payload"_s).toObject().value(u"subject"_s).toString(),
            u"proposal:%1"_s.arg(id));

        // A person rejects it: approval:decided, for its own proposal only.
        const Users::User ann = Users::signIn(db, u"Ann"_s, now);
        QVERIFY(ApprovalDesk::reject(db, id, ann, u"No"_s, u"desk"_s, now + 1).ok);
        runApprovalJobs(db, tw.clock());
        bus.publishChanged(EventBus::Topic::Jobs);
        QTRY_VERIFY(!events(u"approval:decided"_s).isEmpty());
        for (const QJsonObject& m : std::as_const(agent.received))
            if (m.value(u"type"_s).toString() == u"event")
                QCOMPARE(m.value(u"agent"_s).toString(), u"Price Scout"_s);
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'gateway.subscribed'"_s), 1);
    }

    void aThousandReconnects()
    {
        TestWorkspace tw;
        EventBus bus;
        const QSqlDatabase db = tw.db();
        const QString key = registerScout(db, tw.clock().nowMs());
        auto server = serve(tw, &bus);
        for (int i = 0; i < 1'000; ++i) {
            AgentSocket agent(server->port(), key);
            QTRY_VERIFY_WITH_TIMEOUT(!agent.find(u"welcome"_s).isEmpty(), 10'000);
            agent.socket.close();
            QTRY_VERIFY_WITH_TIMEOUT(agent.closed, 10'000);
        }
        QTRY_COMPARE(server->clientCount(), 0);
        QTRY_COMPARE(
            Sql::scalar(db, u"SELECT status FROM agents WHERE name = 'Price Scout'"_s).toString(), u"offline"_s);
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'gateway.connected'"_s), 1'000);
    }

    void aDecisionMadeWhileTheGatewayWasDownArrivesAfterIt()
    {
        TestWorkspace tw;
        EventBus bus;
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        ApprovalRules::ensureDefaults(db, now);
        const QString key = registerScout(db, now);
        qint64 id = 0;
        {
            auto server = serve(tw, &bus);
            AgentSocket agent(server->port(), key);
            QTRY_VERIFY(!agent.find(u"welcome"_s).isEmpty());
            agent.send(priceChange(u"down-1"_s));
            QTRY_VERIFY(!agent.find(u"proposal"_s).isEmpty());
            id = agent.find(u"proposal"_s).value(u"id"_s).toInteger();
            server.reset(); // Quorum quits with the agent waiting
            QTRY_VERIFY(agent.closed);
        }
        const Users::User ann = Users::signIn(db, u"Ann"_s, now);
        QJsonObject edited = ApprovalDesk::load(db, id)->parameters;
        edited.insert(u"new_price"_s, u"22.00"_s);
        QVERIFY(ApprovalDesk::modify(db, id, ann, edited, {}, u"desk"_s, now + 1).ok);
        runApprovalJobs(db, tw.clock());
        auto server = serve(tw, &bus);
        AgentSocket back(server->port(), key);
        QTRY_VERIFY(!back.find(u"decision"_s).isEmpty());
        const QJsonObject d = back.find(u"decision"_s);
        QCOMPARE(d.value(u"state"_s).toString(), u"modified"_s);
        QCOMPARE(d.value(u"parameters"_s).toObject().value(u"new_price"_s).toString(), u"22.00"_s);
    }
};

QTEST_GUILESS_MAIN(TestGatewayServer)
#include "tst_gatewayserver.moc"
