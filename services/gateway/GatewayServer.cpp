#include "GatewayServer.h"

#include "AgentKeys.h"
#include "GatewayProtocol.h"
#include "audit/AuditLog.h"
#include "core/Clock.h"
#include "core/Log.h"
#include "storage/Connection.h"
#include "storage/Dialect.h"
#include "storage/Sql.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpSocket>
#include <QWebSocket>

using namespace Qt::StringLiterals;

struct GatewayServer::Client
{
    std::unique_ptr<QWebSocket> socket;
    std::optional<ExternalProposals::Caller> caller;
    QString address;
    qint64 connectedAt = 0;
    qint64 lastSeen = 0;
    qint64 sentSeq = 0;    // the decisions up to here were sent to it (pushed in order, or in an answer)
    QSet<qint64> inAnswer; // decisions after sentSeq it already got in an answer (approved at once)
    bool lagging = false;  // pushes held back while it does not read
    bool closed = false;
    QSet<QString> events; // what it subscribed to
};

namespace
{
constexpr int kCloseNormal = 1000;
constexpr int kClosePolicy = 1008;
constexpr qsizetype kBatch = 256;              // requests answered in one transaction at most
constexpr qsizetype kMaxUnauthenticated = 256; // connections that have not said hello yet

QByteArray jsonBytes(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString addressOf(const QHostAddress& a, quint16 port)
{
    return u"%1:%2"_s.arg(a.toString()).arg(port);
}
} // namespace

GatewayServer::GatewayServer(Config config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
{ }

GatewayServer::~GatewayServer()
{
    for (auto& c : m_clients) {
        if (c->socket) {
            c->socket->disconnect(this);
            c->socket->close(QWebSocketProtocol::CloseCodeGoingAway, u"Quorum is closing"_s);
        }
    }
    m_waiters.clear();
    m_clients.clear();
    if (m_connection && m_connection->isOpen()) {
        QSet<QString> all = m_onlineBefore;
        writeHeartbeats({}, all);
    }
}

bool GatewayServer::start(QString* error)
{
    m_connection = std::make_unique<Connection>(m_config.databasePath, u"gateway"_s);
    if (!m_connection->isOpen()) {
        *error = m_connection->errorString();
        return false;
    }
    m_http = std::make_unique<QHttpServer>();
    if (!m_config.certificatePath.isEmpty()) {
        QFile certFile(m_config.certificatePath);
        QFile keyFile(m_config.privateKeyPath);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            *error = tr("The certificate or its private key cannot be read (%1, %2).")
                         .arg(m_config.certificatePath, m_config.privateKeyPath);
            return false;
        }
        // The certificate with its chain (intermediates after it in the file); an RSA or an EC key.
        const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
        const QByteArray keyBytes = keyFile.readAll();
        QSslKey key(keyBytes, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyBytes, QSsl::Ec, QSsl::Pem);
        if (chain.isEmpty() || key.isNull()) {
            *error = tr("The certificate or its private key is not in PEM form.");
            return false;
        }
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setLocalCertificateChain(chain);
        ssl.setPrivateKey(key);
        m_http->sslSetup(ssl);
        m_secure = true;
    }
    routeHttp();
    connect(m_http.get(), &QHttpServer::newWebSocketConnection, this, &GatewayServer::onWebSocket);
    m_port = m_http->listen(m_config.address, m_config.port);
    if (m_port == 0) {
        *error = tr("The gateway cannot listen on %1 port %2: it is in use, or not allowed.")
                     .arg(m_config.address.toString())
                     .arg(m_config.port);
        return false;
    }
    const QSqlDatabase db = m_connection->db();
    m_lastDecision = ExternalProposals::lastDecision(db);
    m_lastEvent = GatewayEvents::last(db);
    if (m_config.bus) {
        connect(m_config.bus, &EventBus::changed, this, [this](EventBus::Topic topic) {
            if (topic == EventBus::Topic::Agents || topic == EventBus::Topic::Settings)
                checkKeys();
            schedulePush();
        });
    }
    m_lastTick = m_config.clock->nowMs();
    m_config.clock->callAfter(m_config.pingMs, this, [this] { tick(); });
    qCInfo(lcAgents) << "gateway listening on" << m_config.address.toString() << m_port << (m_secure ? "(TLS)" : "");
    return true;
}

int GatewayServer::clientCount() const
{
    return static_cast<int>(std::count_if(
        m_clients.begin(), m_clients.end(), [](const auto& c) { return !c->closed && c->caller.has_value(); }));
}

// --- WebSocket -----------------------------------------------------------------------------------------

void GatewayServer::onWebSocket()
{
    while (m_http->hasPendingWebSocketConnections()) {
        auto client = std::make_shared<Client>();
        client->socket = m_http->nextPendingWebSocketConnection();
        if (!client->socket)
            continue;
        Client* c = client.get();
        QWebSocket* s = c->socket.get();
        const auto anonymous
            = std::count_if(m_clients.begin(), m_clients.end(), [](const auto& x) { return !x->closed && !x->caller; });
        if (anonymous >= kMaxUnauthenticated) {
            // Connections that have not said who they are: bounded, so that nobody can hold the port open.
            s->close(QWebSocketProtocol::CloseCodePolicyViolated, u"too many connections without a key"_s);
            client->socket.release()->deleteLater();
            continue;
        }
        s->setMaxAllowedIncomingMessageSize(GatewayProtocol::MaxMessageBytes);
        s->setMaxAllowedIncomingFrameSize(GatewayProtocol::MaxMessageBytes);
        c->address = addressOf(s->peerAddress(), s->peerPort());
        c->connectedAt = c->lastSeen = m_config.clock->nowMs();
        m_clients.push_back(std::move(client));
        connect(s, &QWebSocket::textMessageReceived, this, [this, c](const QString& text) { onText(c, text); });
        connect(s, &QWebSocket::binaryMessageReceived, this, [this, c](const QByteArray&) {
            send(c, GatewayProtocol::error(u"bad_request"_s, u"messages are JSON text frames"_s));
        });
        connect(s, &QWebSocket::pong, this, [this, c] { c->lastSeen = m_config.clock->nowMs(); });
        connect(s, &QWebSocket::bytesWritten, this, [this, c] {
            if (c->lagging && c->socket->bytesToWrite() < m_config.maxBufferedBytes / 2)
                catchUp(c);
        });
        connect(s, &QWebSocket::disconnected, this, [this, c] {
            if (c->caller)
                audit(u"gateway.disconnected"_s, *c->caller);
            c->closed = true;
            QMetaObject::invokeMethod(this, &GatewayServer::removeClosed, Qt::QueuedConnection);
        });
        // The key in the handshake's Authorization header, or a "hello" message within helloMs.
        const QByteArray header = s->request().rawHeader("Authorization");
        if (header.startsWith("Bearer ")) {
            QString why;
            const auto caller
                = AgentKeys::verify(m_connection->db(), QString::fromUtf8(header.mid(7)).trimmed(), c->address, &why);
            if (!caller) {
                refused(c->address, why);
                send(c, GatewayProtocol::error(u"unauthorized"_s, why));
                drop(c, kClosePolicy, why);
                continue;
            }
            welcome(c, *caller);
        } else {
            m_config.clock->callAfter(m_config.helloMs, this, [this, weak = std::weak_ptr<Client>(m_clients.back())] {
                if (const auto waiting = weak.lock(); waiting && !waiting->caller && !waiting->closed)
                    drop(waiting.get(), kClosePolicy, u"no hello with a key"_s);
            });
        }
    }
}

void GatewayServer::welcome(Client* c, const ExternalProposals::Caller& caller)
{
    c->caller = caller;
    const QSqlDatabase db = m_connection->db();
    const qint64 now = m_config.clock->nowMs();
    AgentKeys::touch(db, caller.keyId, c->address, now);
    audit(u"gateway.connected"_s, caller);
    c->sentSeq = ExternalProposals::acknowledged(db, caller.agent);
    send(c,
        QJsonObject{{u"type"_s, u"welcome"_s}, {u"v"_s, GatewayProtocol::Version}, {u"agent"_s, caller.agent},
            {u"acknowledged"_s, c->sentSeq}, {u"may_propose"_s, QJsonArray::fromStringList(caller.mayPropose)}});
    catchUp(c);
    writeHeartbeats({{caller.agent, -1}}, {});
    emit clientsChanged(clientCount());
}

void GatewayServer::onText(Client* c, const QString& text)
{
    if (c->closed)
        return;
    c->lastSeen = m_config.clock->nowMs();
    const GatewayProtocol::Parsed parsed = GatewayProtocol::parse(text.toUtf8());
    if (parsed.error.isError()) {
        send(c, parsed.error.toJson());
        return;
    }
    onRequest(c, parsed.message);
}

void GatewayServer::onRequest(Client* c, const QJsonObject& m)
{
    const QString type = m.value(u"type"_s).toString();
    auto replyTo = [&m](QJsonObject reply) {
        if (m.contains(u"id"_s))
            reply.insert(u"in_reply_to"_s, m.value(u"id"_s));
        return reply;
    };
    if (type == u"hello") {
        if (c->caller) {
            send(c, replyTo(GatewayProtocol::error(u"bad_request"_s, u"this connection said hello already"_s)));
            return;
        }
        QString why;
        const auto caller = AgentKeys::verify(m_connection->db(), m.value(u"key"_s).toString(), c->address, &why);
        if (!caller) {
            refused(c->address, why);
            send(c, replyTo(GatewayProtocol::error(u"unauthorized"_s, why, u"key"_s)));
            drop(c, kClosePolicy, why);
            return;
        }
        welcome(c, *caller);
        return;
    }
    if (!c->caller) {
        send(c,
            replyTo(GatewayProtocol::error(
                u"unauthorized"_s, u"say hello with your key first: {\"type\": \"hello\", \"key\": \"qk_…\"}"_s)));
        return;
    }
    ++m_messages[c->caller->agent];
    qint64 retryAfter = 0;
    if (!allow(c->caller->keyId, &retryAfter)) {
        QJsonObject e = GatewayProtocol::error(u"rate_limited"_s,
            u"more than %1 messages a second from this key; send it again after %2 ms"_s.arg(m_config.ratePerSecond)
                .arg(retryAfter));
        e.insert(u"retry_after_ms"_s, retryAfter);
        send(c, replyTo(e));
        return;
    }
    // Answered in order, several in one transaction (one durable commit for a burst: GatewayServer.h).
    m_batch.push_back({shared(c), m});
    if (!m_batchScheduled) {
        m_batchScheduled = true;
        QMetaObject::invokeMethod(this, &GatewayServer::runBatch, Qt::QueuedConnection);
    }
}

std::shared_ptr<GatewayServer::Client> GatewayServer::shared(Client* c) const
{
    for (const auto& client : m_clients) {
        if (client.get() == c)
            return client;
    }
    return {};
}

void GatewayServer::runBatch()
{
    m_batchScheduled = false;
    const qsizetype n = std::min<qsizetype>(qsizetype(m_batch.size()), kBatch);
    std::vector<std::pair<std::shared_ptr<Client>, QJsonObject>> batch(
        std::make_move_iterator(m_batch.begin()), std::make_move_iterator(m_batch.begin() + n));
    m_batch.erase(m_batch.begin(), m_batch.begin() + n);
    if (!m_batch.empty()) {
        m_batchScheduled = true;
        QMetaObject::invokeMethod(this, &GatewayServer::runBatch, Qt::QueuedConnection);
    }
    QList<QJsonObject> replies;
    replies.reserve(n);
    const QSqlDatabase db = m_connection->db();
    QList<qint64> revoked;
    const bool postgres = Dialect::isPostgres(db);
    try {
        Transaction tx(db, Transaction::Durable);
        // A key revoked since its connection said hello gets nothing more through (checked in the batch's
        // transaction: the revoke either committed before it or waits for it).
        QSet<qint64> keys;
        for (const auto& [client, m] : batch)
            if (client && client->caller)
                keys.insert(client->caller->keyId);
        for (qint64 key : std::as_const(keys))
            if (!AgentKeys::isValid(db, key))
                revoked.append(key);
        for (const auto& [client, m] : batch) {
            if (!client || client->closed) {
                replies.append(QJsonObject()); // gone: it sends again (the idempotency key makes that safe)
                continue;
            }
            if (revoked.contains(client->caller->keyId)) {
                replies.append(GatewayProtocol::error(u"unauthorized"_s, u"this key was revoked"_s));
                continue;
            }
            // On PostgreSQL each request in a savepoint of its own: a failed statement would otherwise spoil
            // the whole transaction. (SQLite goes on after one; the requests' own writes are savepoints.)
            std::optional<Transaction> item;
            if (postgres)
                item.emplace(db);
            QJsonObject reply = answer(client.get(), m);
            if (item && reply.value(u"code"_s).toString() != u"unavailable")
                item->commit();
            replies.append(reply);
        }
        tx.commit();
    } catch (const SqlError& e) {
        // Nothing of the batch was kept: each is told to send it again (the same idempotency key is safe).
        replies.clear();
        for (const auto& [client, m] : batch) {
            QJsonObject r = GatewayProtocol::error(
                u"unavailable"_s, u"the workspace could not be written (%1); send it again"_s.arg(e.message()));
            if (m.contains(u"id"_s))
                r.insert(u"in_reply_to"_s, m.value(u"id"_s));
            replies.append(r);
        }
    }
    bool changed = false;
    for (qsizetype i = 0; i < n; ++i) {
        const auto& [client, m] = batch.at(i);
        if (!client)
            continue;
        const QJsonObject& reply = replies.at(i);
        if (reply.isEmpty())
            continue;
        const QString type = m.value(u"type"_s).toString();
        // A decision in the answer (approved at once) is not pushed again; earlier ones still are.
        if (const QJsonObject d = reply.value(u"decision"_s).toObject(); !d.isEmpty()) {
            if (const qint64 seq = qint64(d.value(u"seq"_s).toDouble()); seq > client->sentSeq)
                client->inAnswer.insert(seq);
        }
        send(client.get(), reply);
        if (type == u"receipt")
            announce(EventBus::Topic::Agents); // its success rate and latency
        changed = changed || type == u"propose" || type == u"cancel" || type == u"receipt";
    }
    if (changed) {
        announce(EventBus::Topic::Proposals);
        schedulePush();
    }
    for (qint64 key : std::as_const(revoked))
        closeKey(key);
}

QJsonObject GatewayServer::answer(Client* c, const QJsonObject& m)
{
    const QString type = m.value(u"type"_s).toString();
    auto replyTo = [&m](QJsonObject reply) {
        if (m.contains(u"id"_s))
            reply.insert(u"in_reply_to"_s, m.value(u"id"_s));
        return reply;
    };
    if (type == u"ping")
        return replyTo(QJsonObject{{u"type"_s, u"pong"_s}});
    if (type == u"subscribe") {
        QSet<QString> wanted;
        const QStringList known = GatewayEvents::names();
        for (const QJsonValue& v : m.value(u"events"_s).toArray()) {
            if (!known.contains(v.toString()))
                return replyTo(GatewayProtocol::error(u"invalid"_s,
                    u"\"%1\" is not an event; the events are: %2"_s.arg(v.toString().left(40), known.join(u", "_s)),
                    u"events"_s));
            wanted.insert(v.toString());
        }
        c->events = wanted.isEmpty() ? QSet<QString>(known.begin(), known.end()) : wanted;
        QStringList list(c->events.begin(), c->events.end());
        list.sort();
        audit(u"gateway.subscribed"_s, *c->caller, QJsonObject{{u"events"_s, QJsonArray::fromStringList(list)}});
        return replyTo(QJsonObject{{u"type"_s, u"subscribed"_s}, {u"events"_s, QJsonArray::fromStringList(list)}});
    }
    return GatewayProtocol::handle(m_connection->db(), *c->caller, m, m_config.machine, m_config.clock->nowMs());
}

void GatewayServer::send(Client* c, const QJsonObject& message, bool push)
{
    if (c->closed || !c->socket)
        return;
    const qint64 buffered = c->socket->bytesToWrite();
    if (buffered > 4 * m_config.maxBufferedBytes) {
        drop(c, kClosePolicy,
            u"too slow: it does not read what it is sent; its decisions wait for its next connection"_s);
        return;
    }
    if (push && buffered > m_config.maxBufferedBytes) {
        c->lagging = true;
        return;
    }
    c->socket->sendTextMessage(QString::fromUtf8(jsonBytes(message)));
}

void GatewayServer::catchUp(Client* c)
{
    if (!c->caller || c->closed)
        return;
    c->lagging = false;
    constexpr int kPage = 500;
    for (;;) {
        const auto page = ExternalProposals::decisionsAfter(m_connection->db(), c->caller->agent, c->sentSeq, kPage);
        for (const QJsonObject& d : page) {
            if (!deliver(c, d))
                return;
        }
        if (page.size() < kPage)
            return;
    }
}

bool GatewayServer::deliver(Client* c, const QJsonObject& decision)
{
    const qint64 seq = qint64(decision.value(u"seq"_s).toDouble());
    if (seq <= c->sentSeq)
        return true;
    if (!c->inAnswer.remove(seq)) {
        send(c, decision, true);
        if (c->lagging || c->closed)
            return false; // not sent: catchUp sends it when the reader has room, or the next connection does
    }
    c->sentSeq = seq;
    return true;
}

void GatewayServer::drop(Client* c, int code, const QString& reason)
{
    if (c->closed)
        return;
    c->closed = true;
    if (c->caller)
        audit(u"gateway.closed"_s, *c->caller, QJsonObject{{u"reason"_s, reason}});
    c->socket->close(static_cast<QWebSocketProtocol::CloseCode>(code), reason.left(120));
    QMetaObject::invokeMethod(this, &GatewayServer::removeClosed, Qt::QueuedConnection);
}

void GatewayServer::removeClosed()
{
    QSet<QString> gone;
    for (auto it = m_clients.begin(); it != m_clients.end();) {
        Client* c = it->get();
        if (!c->closed) {
            ++it;
            continue;
        }
        if (c->caller)
            gone.insert(c->caller->agent);
        c->socket->disconnect(this);
        c->socket.release()->deleteLater();
        it = m_clients.erase(it);
    }
    if (gone.isEmpty())
        return;
    for (const auto& c : m_clients) {
        if (c->caller)
            gone.remove(c->caller->agent);
    }
    writeHeartbeats({}, gone);
    emit clientsChanged(clientCount());
}

// --- Pushes ---------------------------------------------------------------------------------------------

void GatewayServer::schedulePush()
{
    if (m_pushScheduled)
        return;
    m_pushScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_pushScheduled = false;
            pushDecisions();
            pushEvents();
        },
        Qt::QueuedConnection);
}

void GatewayServer::pushDecisions()
{
    if (!m_connection)
        return;
    const auto decisions = ExternalProposals::allDecisionsAfter(m_connection->db(), m_lastDecision);
    for (const auto& [agent, body] : decisions) {
        const qint64 seq = qint64(body.value(u"seq"_s).toDouble());
        m_lastDecision = std::max(m_lastDecision, seq);
        for (const auto& c : m_clients) {
            if (c->closed || !c->caller || c->caller->agent != agent || c->sentSeq >= seq || c->lagging)
                continue; // a lagging reader gets it from catchUp when it has room
            deliver(c.get(), body);
        }
        const qint64 proposal = qint64(body.value(u"proposal_id"_s).toDouble());
        for (auto it = m_waiters.begin(); it != m_waiters.end();) {
            auto next = std::next(it);
            if (it->proposalId == proposal)
                answerWaiter(it);
            it = next;
        }
    }
    if (decisions.size() >= 1000)
        schedulePush(); // more than one page
}

void GatewayServer::pushEvents()
{
    const bool anyone = std::any_of(
        m_clients.begin(), m_clients.end(), [](const auto& c) { return !c->closed && !c->events.isEmpty(); });
    if (!anyone) {
        m_lastEvent = GatewayEvents::last(m_connection->db());
        return;
    }
    const auto events = GatewayEvents::after(m_connection->db(), m_lastEvent);
    for (const GatewayEvents::Event& e : events) {
        m_lastEvent = std::max(m_lastEvent, e.seq);
        const QJsonObject message{{u"type"_s, u"event"_s}, {u"event"_s, e.name}, {u"agent"_s, e.agent},
            {u"payload"_s, e.payload}, {u"event_seq"_s, e.seq}};
        for (const auto& c : m_clients) {
            if (c->closed || !c->caller || !c->events.contains(e.name))
                continue;
            // A key sees its own agent's events, its cluster's, and the CEO's decisions.
            const QString mine = m_clusterOf.value(c->caller->agent);
            const bool visible = e.agent == c->caller->agent || e.name == u"ceo:decision"
                || (!mine.isEmpty() && m_clusterOf.value(e.agent) == mine);
            if (visible)
                send(c.get(), message, true);
        }
    }
    if (events.size() >= 500)
        schedulePush();
}

// --- Keys, limits, heartbeats -----------------------------------------------------------------------------

void GatewayServer::checkKeys()
{
    QList<qint64> ids;
    for (const auto& c : m_clients) {
        if (c->caller && !c->closed)
            ids.append(c->caller->keyId);
    }
    const QSqlDatabase db = m_connection->db();
    for (qint64 id : AgentKeys::invalid(db, ids))
        closeKey(id);
    m_clusterOf.clear();
    QSqlQuery q = Sql::exec(db, u"SELECT name, cluster FROM agents"_s);
    while (q.next())
        m_clusterOf.insert(q.value(0).toString(), q.value(1).toString());
}

void GatewayServer::closeKey(qint64 keyId)
{
    for (const auto& c : m_clients) {
        if (c->caller && c->caller->keyId == keyId && !c->closed) {
            send(c.get(), GatewayProtocol::error(u"unauthorized"_s, u"this key was revoked"_s));
            drop(c.get(), kClosePolicy, u"the key was revoked"_s);
        }
    }
    // Its long-polls answer now: refused.
    for (auto it = m_waiters.begin(); it != m_waiters.end();) {
        auto next = std::next(it);
        if (it->keyId == keyId)
            answerWaiter(it, GatewayProtocol::error(u"unauthorized"_s, u"this key was revoked"_s));
        it = next;
    }
    schedulePush();
}

bool GatewayServer::allow(qint64 keyId, qint64* retryAfterMs)
{
    const qint64 now = m_config.clock->nowMs();
    auto it = m_buckets.find(keyId);
    if (it == m_buckets.end())
        it = m_buckets.insert(keyId, Bucket{double(m_config.burst), now});
    it->tokens = std::min<double>(m_config.burst, it->tokens + (now - it->at) * m_config.ratePerSecond / 1000.0);
    it->at = now;
    if (it->tokens >= 1) {
        it->tokens -= 1;
        return true;
    }
    *retryAfterMs = qint64(std::ceil((1 - it->tokens) * 1000.0 / m_config.ratePerSecond));
    return false;
}

void GatewayServer::tick()
{
    const qint64 now = m_config.clock->nowMs();
    const double seconds = std::max<qint64>(1, now - m_lastTick) / 1000.0;
    m_lastTick = now;
    QHash<QString, int> online;
    for (const auto& c : m_clients) {
        if (c->closed)
            continue;
        if (now - c->lastSeen > m_config.idleMs) {
            drop(c.get(), kCloseNormal, u"no answer to pings"_s);
            continue;
        }
        c->socket->ping();
        if (c->caller)
            online.insert(c->caller->agent,
                std::min(100,
                    int(std::lround(100.0 * m_messages.value(c->caller->agent) / (m_config.ratePerSecond * seconds)))));
    }
    QSet<QString> offline;
    for (auto it = m_httpSeen.begin(); it != m_httpSeen.end(); ++it) {
        const QString& agent = it.key();
        if (!online.contains(agent))
            online.insert(agent,
                std::min(100, int(std::lround(100.0 * m_messages.value(agent) / (m_config.ratePerSecond * seconds)))));
    }
    // An agent that only uses the HTTP mirror is offline once a whole tick passes without a request.
    for (const QString& agent : std::as_const(m_httpOnline)) {
        if (!online.contains(agent))
            offline.insert(agent);
    }
    m_httpOnline.clear();
    for (auto it = m_httpSeen.begin(); it != m_httpSeen.end(); ++it)
        m_httpOnline.insert(it.key());
    try {
        const QSqlDatabase db = m_connection->db();
        Transaction tx(db);
        for (auto it = m_httpSeen.begin(); it != m_httpSeen.end(); ++it)
            AgentKeys::touch(db, it->first, it->second, now);
        tx.commit();
    } catch (const SqlError& e) {
        qCWarning(lcAgents) << "gateway: cannot record the keys' last use:" << e.message();
    }
    m_httpSeen.clear();
    m_messages.clear();
    for (auto it = m_refusals.begin(); it != m_refusals.end();)
        it = now - it->auditedAt >= 60'000 && it->count == 0 ? m_refusals.erase(it) : std::next(it);
    writeHeartbeats(online, offline);
    m_config.clock->callAfter(m_config.pingMs, this, [this] { tick(); });
}

void GatewayServer::writeHeartbeats(const QHash<QString, int>& online, const QSet<QString>& offline)
{
    if (online.isEmpty() && offline.isEmpty())
        return;
    const qint64 now = m_config.clock->nowMs();
    try {
        const QSqlDatabase db = m_connection->db();
        Transaction tx(db);
        for (auto it = online.begin(); it != online.end(); ++it)
            Sql::exec(db,
                u"UPDATE agents SET heartbeat_at = ?, status = CASE WHEN paused = 1 THEN 'paused' ELSE 'online' END, "
                u"load_pct = CASE WHEN ? < 0 THEN load_pct ELSE ? END, updated_at = ? WHERE name = ? AND kind = "
                u"'external'"_s,
                {now, it.value(), it.value(), now, it.key()});
        for (const QString& agent : offline)
            Sql::exec(db,
                u"UPDATE agents SET status = CASE WHEN paused = 1 THEN 'paused' ELSE 'offline' END, load_pct = 0, "
                u"updated_at = ? WHERE name = ? AND kind = 'external'"_s,
                {now, agent});
        tx.commit();
        for (auto it = online.begin(); it != online.end(); ++it)
            m_onlineBefore.insert(it.key());
        m_onlineBefore -= offline;
        announce(EventBus::Topic::Agents);
    } catch (const SqlError& e) {
        qCWarning(lcAgents) << "gateway: cannot write the agents' heartbeats:" << e.message();
    }
}

void GatewayServer::refused(const QString& address, const QString& why)
{
    // In the audit trail once a minute per address, with how many were refused since: a client with a
    // wrong key retrying in a loop must not flood it.
    const QString host = address.section(u':', 0, -2);
    const qint64 now = m_config.clock->nowMs();
    Refusals& r = m_refusals[host.isEmpty() ? address : host];
    ++r.count;
    if (r.auditedAt > 0 && now - r.auditedAt < 60'000)
        return;
    try {
        const QSqlDatabase db = m_connection->db();
        Transaction tx(db);
        AuditLog::append(db, now, u"gateway"_s, u"gateway.refused"_s, u"address:%1"_s.arg(host),
            QJsonObject{{u"address"_s, address}, {u"reason"_s, why}, {u"attempts"_s, r.count}});
        tx.commit();
        r = Refusals{now, 0};
    } catch (const SqlError& e) {
        qCWarning(lcAgents) << "gateway: cannot write the audit entry of a refused key:" << e.message();
    }
}

void GatewayServer::announce(EventBus::Topic topic)
{
    if (!m_config.bus)
        return;
    const bool scheduled = !m_announce.isEmpty();
    m_announce.insert(topic);
    if (scheduled)
        return;
    m_config.clock->callAfter(m_config.announceMs, this, [this] {
        const QSet<EventBus::Topic> topics = std::exchange(m_announce, {});
        for (EventBus::Topic t : topics)
            m_config.bus->publishChanged(t, {}, true);
    });
}

void GatewayServer::audit(const QString& action, const ExternalProposals::Caller& caller, const QJsonObject& details)
{
    QJsonObject d{{u"agent"_s, caller.agent}, {u"key_id"_s, caller.keyId}, {u"address"_s, caller.address}};
    for (auto it = details.begin(); it != details.end(); ++it)
        d.insert(it.key(), it.value());
    try {
        const QSqlDatabase db = m_connection->db();
        Transaction tx(db);
        AuditLog::append(db, m_config.clock->nowMs(), caller.agent, action, u"agent:%1"_s.arg(caller.agent), d);
        tx.commit();
    } catch (const SqlError& e) {
        qCWarning(lcAgents) << "gateway: cannot write the audit entry" << action << e.message();
    }
}
