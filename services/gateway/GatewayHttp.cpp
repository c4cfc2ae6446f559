// The HTTP mirror of the gateway's WebSocket protocol (GatewayServer's routes): the same requests, one
// per call, with the key as a bearer token.
#include "AgentKeys.h"
#include "GatewayProtocol.h"
#include "GatewayServer.h"
#include "core/Clock.h"
#include "storage/Connection.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace
{
using Method = QHttpServerRequest::Method;

void reply(QHttpServerResponder& responder, const QJsonObject& body, qint64 retryAfterMs = 0)
{
    const QString code = body.value(u"type"_s).toString() == u"error" ? body.value(u"code"_s).toString() : QString();
    const int status = code.isEmpty() ? 200 : GatewayProtocol::httpStatus(code);
    const auto statusCode = static_cast<QHttpServerResponder::StatusCode>(status);
    if (status == 401) {
        responder.write(QJsonDocument(body), {{"WWW-Authenticate", "Bearer"}}, statusCode);
    } else if (retryAfterMs > 0) {
        responder.write(QJsonDocument(body),
            {{"Retry-After", QByteArray::number(std::max<qint64>(1, (retryAfterMs + 999) / 1000))}}, statusCode);
    } else {
        responder.write(QJsonDocument(body), statusCode);
    }
}

// The request's JSON body (an empty body is an empty object), or the error to answer.
std::optional<QJsonObject> bodyOf(const QHttpServerRequest& request, QJsonObject* error)
{
    const QByteArray body = request.body();
    if (body.trimmed().isEmpty())
        return QJsonObject();
    if (body.size() > GatewayProtocol::MaxMessageBytes) {
        *error = GatewayProtocol::error(
            u"too_large"_s, u"a request body may be at most %1 bytes"_s.arg(GatewayProtocol::MaxMessageBytes));
        return std::nullopt;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = GatewayProtocol::error(u"bad_json"_s,
            pe.error != QJsonParseError::NoError ? u"not JSON: %1 at byte %2"_s.arg(pe.errorString()).arg(pe.offset)
                                                 : u"the body is a JSON object"_s);
        return std::nullopt;
    }
    return doc.object();
}
} // namespace

void GatewayServer::routeHttp()
{
    // Each route: the body (when it has one) becomes the request of that type.
    auto post = [this](const QString& path, const QString& type) {
        m_http->route(
            path, Method::Post, [this, type](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                QJsonObject error;
                auto body = bodyOf(request, &error);
                if (!body)
                    return reply(responder, error);
                body->insert(u"type"_s, type);
                if (type == u"propose" && !body->contains(u"idempotency_key"_s)
                    && !request.value("Idempotency-Key").isEmpty())
                    body->insert(u"idempotency_key"_s, QString::fromUtf8(request.value("Idempotency-Key")));
                httpRequest(request, responder, *body);
            });
    };
    auto postOnProposal = [this](const QString& path, const QString& type) {
        m_http->route(path, Method::Post,
            [this, type](qint64 id, const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                QJsonObject error;
                auto body = bodyOf(request, &error);
                if (!body)
                    return reply(responder, error);
                body->insert(u"type"_s, type);
                body->insert(u"proposal_id"_s, id);
                httpRequest(request, responder, *body);
            });
    };
    // The WebSocket endpoint: Qt 6.4 hands an upgrade request to the WebSocket server only when a route
    // takes it and writes nothing back (qabstracthttpserver.cpp); a plain GET is told what it is.
    m_http->route(u"/v1/ws"_s, [](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        if (request.value("Upgrade").compare("websocket", Qt::CaseInsensitive) == 0)
            return;
        responder.write(QJsonDocument(GatewayProtocol::error(u"bad_request"_s,
                            u"this endpoint speaks WebSocket; the HTTP mirror is under /v1/proposals"_s)),
            QHttpServerResponder::StatusCode::UpgradeRequired);
    });
    post(u"/v1/proposals"_s, u"propose"_s);
    post(u"/v1/decisions/ack"_s, u"ack"_s);
    postOnProposal(u"/v1/proposals/<arg>/receipt"_s, u"receipt"_s);
    postOnProposal(u"/v1/proposals/<arg>/cancel"_s, u"cancel"_s);
    m_http->route(u"/v1/proposals/<arg>"_s, Method::Get,
        [this](qint64 id, const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            httpStatus(id, request, std::move(responder));
        });
    m_http->route(
        u"/v1/decisions"_s, Method::Get, [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            QJsonObject m{{u"type"_s, u"decisions"_s}};
            if (const QString after = request.query().queryItemValue(u"after"_s); !after.isEmpty())
                m.insert(u"after"_s, after.toLongLong());
            httpRequest(request, responder, m);
        });
}

std::optional<ExternalProposals::Caller> GatewayServer::httpCaller(
    const QHttpServerRequest& request, QJsonObject* error)
{
    const QByteArray header = request.value("Authorization");
    if (!header.startsWith("Bearer ")) {
        *error = GatewayProtocol::error(u"unauthorized"_s, u"send your key as Authorization: Bearer qk_…"_s);
        return std::nullopt;
    }
    QString why;
    const QString address = request.remoteAddress().toString();
    auto caller = AgentKeys::verify(m_connection->db(), QString::fromUtf8(header.mid(7)).trimmed(), address, &why);
    if (!caller) {
        refused(address, why);
        *error = GatewayProtocol::error(u"unauthorized"_s, why);
        return std::nullopt;
    }
    return caller;
}

void GatewayServer::httpRequest(const QHttpServerRequest& request, QHttpServerResponder& responder, QJsonObject message)
{
    QJsonObject error;
    const auto caller = httpCaller(request, &error);
    if (!caller)
        return reply(responder, error);
    ++m_messages[caller->agent];
    m_httpSeen.insert(caller->agent, {caller->keyId, caller->address});
    qint64 retryAfter = 0;
    if (!allow(caller->keyId, &retryAfter)) {
        QJsonObject e = GatewayProtocol::error(u"rate_limited"_s,
            u"more than %1 requests a second from this key; send it again after %2 ms"_s.arg(m_config.ratePerSecond)
                .arg(retryAfter));
        e.insert(u"retry_after_ms"_s, retryAfter);
        return reply(responder, e, retryAfter);
    }
    const QJsonObject answer
        = GatewayProtocol::handle(m_connection->db(), *caller, message, m_config.machine, m_config.clock->nowMs());
    reply(responder, answer);
    const QString type = message.value(u"type"_s).toString();
    if (type == u"propose" || type == u"cancel" || type == u"receipt")
        announce(EventBus::Topic::Proposals);
    schedulePush();
}

void GatewayServer::httpStatus(qint64 id, const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    QJsonObject error;
    const auto caller = httpCaller(request, &error);
    if (!caller)
        return reply(responder, error);
    ++m_messages[caller->agent];
    m_httpSeen.insert(caller->agent, {caller->keyId, caller->address});
    qint64 retryAfter = 0;
    if (!allow(caller->keyId, &retryAfter)) {
        QJsonObject e = GatewayProtocol::error(u"rate_limited"_s, u"too many requests from this key"_s);
        e.insert(u"retry_after_ms"_s, retryAfter);
        return reply(responder, e, retryAfter);
    }
    const QString waitText = request.query().queryItemValue(u"wait"_s);
    bool ok = true;
    const int wait = waitText.isEmpty() ? 0 : waitText.toInt(&ok);
    if (!ok || wait < 0 || wait > m_config.maxWaitSeconds)
        return reply(responder,
            GatewayProtocol::error(u"invalid"_s,
                u"wait is a number of seconds from 0 to %1 (under common 60 s client timeouts)"_s.arg(
                    m_config.maxWaitSeconds),
                u"wait"_s));
    const auto now = ExternalProposals::describe(m_connection->db(), caller->agent, id);
    const bool decided = now.body.contains(u"decision"_s);
    if (now.error.isError() || decided || wait == 0)
        return reply(responder, now.error.isError() ? now.error.toJson() : now.body);
    // Waits for the decision (pushDecisions answers it), at most `wait` seconds; a client that hangs up
    // is forgotten (its socket is gone).
    Waiter w;
    w.serial = ++m_waiterSerial;
    w.proposalId = id;
    w.agent = caller->agent;
    w.keyId = caller->keyId;
    w.responder = std::make_unique<QHttpServerResponder>(std::move(responder));
    w.socket = w.responder->socket();
    const qint64 serial = w.serial;
    m_waiters.push_back(std::move(w));
    connect(m_waiters.back().socket.data(), &QTcpSocket::disconnected, this,
        [this, serial] { m_waiters.remove_if([serial](const Waiter& x) { return x.serial == serial; }); });
    m_config.clock->callAfter(qint64(wait) * 1000, this, [this, serial] {
        auto it = std::find_if(
            m_waiters.begin(), m_waiters.end(), [serial](const Waiter& x) { return x.serial == serial; });
        if (it != m_waiters.end())
            answerWaiter(it);
    });
}

void GatewayServer::answerWaiter(std::list<Waiter>::iterator it, const QJsonObject& error)
{
    if (it->socket) {
        it->socket->disconnect(this);
        if (!error.isEmpty()) {
            reply(*it->responder, error);
        } else {
            const auto answer = ExternalProposals::describe(m_connection->db(), it->agent, it->proposalId);
            reply(*it->responder, answer.error.isError() ? answer.error.toJson() : answer.body);
        }
    }
    m_waiters.erase(it);
}
