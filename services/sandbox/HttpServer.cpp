#include "HttpServer.h"

#include "core/Log.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

QByteArray ServerRequest::header(const QByteArray& name) const
{
    const QByteArray lower = name.toLower();
    for (const auto& h : headers) {
        if (h.first == lower)
            return h.second;
    }
    return {};
}

Responder::Responder(QTcpSocket* socket, bool keepAlive, std::function<void()> onFinished)
    : m_socket(socket)
    , m_keepAlive(keepAlive)
    , m_onFinished(std::move(onFinished))
{ }

bool Responder::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

QByteArray Responder::reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 412:
        return "Precondition Failed";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 529:
        return "Overloaded";
    default:
        return "Status";
    }
}

void Responder::writeHead(int status, QList<std::pair<QByteArray, QByteArray>> headers)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    headers.append(std::pair<QByteArray, QByteArray>("Connection", m_keepAlive ? "keep-alive" : "close"));
    headers.append(std::pair<QByteArray, QByteArray>("Server", "quorum-sandbox"));
    for (const auto& [k, v] : headers)
        head += k + ": " + v + "\r\n";
    head += "\r\n";
    m_socket->write(head);
}

void Responder::finish()
{
    if (!m_socket)
        return;
    m_socket->setProperty("busy", false);
    if (!m_keepAlive)
        m_socket->disconnectFromHost();
    else if (m_onFinished)
        m_onFinished();
}

void Responder::send(int status, const QList<std::pair<QByteArray, QByteArray>>& headers, const QByteArray& body)
{
    if (!isOpen())
        return;
    auto h = headers;
    h.append({"Content-Length", QByteArray::number(body.size())});
    writeHead(status, h);
    m_socket->write(body);
    m_socket->flush();
    finish();
}

void Responder::sendJson(int status, const QByteArray& json, QList<std::pair<QByteArray, QByteArray>> headers)
{
    headers.prepend({"Content-Type", "application/json; charset=UTF-8"});
    send(status, headers, json);
}

void Responder::beginChunked(int status, const QList<std::pair<QByteArray, QByteArray>>& headers)
{
    if (!isOpen())
        return;
    auto h = headers;
    h.append(std::pair<QByteArray, QByteArray>("Transfer-Encoding", "chunked"));
    h.append(std::pair<QByteArray, QByteArray>("Cache-Control", "no-cache"));
    writeHead(status, h);
}

void Responder::writeChunk(const QByteArray& data)
{
    if (!isOpen() || data.isEmpty())
        return;
    m_socket->write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
}

void Responder::endChunked()
{
    if (!isOpen())
        return;
    m_socket->write("0\r\n\r\n");
    finish();
}

void Responder::sendTruncated(
    int status, const QList<std::pair<QByteArray, QByteArray>>& headers, const QByteArray& body)
{
    if (!isOpen())
        return;
    auto h = headers;
    h.append({"Content-Length", QByteArray::number(body.size())});
    writeHead(status, h);
    m_socket->write(body.left(body.size() / 2));
    m_socket->flush();
    m_socket->disconnectFromHost();
}

void Responder::reset()
{
    if (!m_socket)
        return;
    // SO_LINGER with a zero timeout makes close() send RST instead of FIN.
    const qintptr fd = m_socket->socketDescriptor();
    if (fd >= 0) {
        struct linger l
        {
            1, 0
        };
        ::setsockopt(static_cast<int>(fd), SOL_SOCKET, SO_LINGER, &l, sizeof(l));
    }
    m_socket->abort();
}

void Responder::stall()
{
    // Nothing is written; the socket stays open until the client gives up.
}

HttpServer::HttpServer(QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    m_server->setMaxPendingConnections(1024);
    connect(m_server, &QTcpServer::newConnection, this, &HttpServer::onNewConnection);
}

HttpServer::~HttpServer()
{
    closeAll();
}

bool HttpServer::listen(quint16 port, const QString& host)
{
    return m_server->listen(QHostAddress(host), port);
}

quint16 HttpServer::port() const
{
    return m_server->serverPort();
}

QString HttpServer::errorString() const
{
    return m_server->errorString();
}

void HttpServer::closeAll()
{
    m_server->close();
    const auto sockets = m_connections.keys();
    for (QTcpSocket* s : sockets)
        s->abort();
}

void HttpServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        // An answer leaves whole and at once, as from a real server: no waiting for the client's
        // acknowledgement of an earlier segment (Nagle), and written out before the event loop turns.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_connections.insert(socket, {});
        socket->setProperty("busy", false);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
    }
}

void HttpServer::onReadyRead(QTcpSocket* socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->buffer.append(socket->readAll());
    if (socket->property("busy").toBool())
        return; // the previous request on this connection is still being answered
    const qsizetype headerEnd = it->buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (it->buffer.size() > 64 * 1024)
            socket->abort();
        return;
    }
    const QList<QByteArray> lines = it->buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() < 3) {
        socket->abort();
        return;
    }
    ServerRequest req;
    req.method = requestLine.at(0);
    req.target = requestLine.at(1);
    req.url = QUrl::fromEncoded(req.target);
    qint64 contentLength = 0;
    bool keepAlive = !requestLine.at(2).startsWith("HTTP/1.0");
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        req.headers.append({name, value});
        if (name == "content-length")
            contentLength = value.toLongLong();
        if (name == "connection")
            keepAlive = value.toLower() != "close";
    }
    const qsizetype total = headerEnd + 4 + contentLength;
    if (it->buffer.size() < total)
        return; // wait for the rest of the body
    req.body = it->buffer.mid(headerEnd + 4, contentLength);
    it->buffer.remove(0, total);
    socket->setProperty("busy", true);
    QPointer<QTcpSocket> guard(socket);
    auto responder = std::make_shared<Responder>(socket, keepAlive, [this, guard] {
        // A request may already be waiting in the buffer; read it on the next turn of the loop.
        QMetaObject::invokeMethod(
            this,
            [this, guard] {
                if (guard)
                    onReadyRead(guard);
            },
            Qt::QueuedConnection);
    });
    if (m_handler)
        m_handler(req, responder);
    else
        responder->send(500, {}, "no handler");
}
