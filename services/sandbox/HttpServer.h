#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

class QTcpServer;
class QTcpSocket;

// A small HTTP/1.1 server for the sandbox, written on QTcpServer so faults can be injected at the
// byte level: a connection reset, a body cut short, a stall, chunked streaming. Keep-alive
// connections serve requests one after another (no pipelining, as QNetworkAccessManager and curl use it).
struct ServerRequest
{
    QByteArray method;
    QByteArray target;                                // path and query as sent
    QUrl url;                                         // parsed target (path + query)
    QList<std::pair<QByteArray, QByteArray>> headers; // names lower-case
    QByteArray body;
    QByteArray header(const QByteArray& name) const;
    QString path() const { return url.path(); }
};

class Responder
{
public:
    // onFinished runs when the answer is complete, so the connection's next request can be read.
    Responder(QTcpSocket* socket, bool keepAlive, std::function<void()> onFinished);
    bool isOpen() const;

    void send(int status, const QList<std::pair<QByteArray, QByteArray>>& headers, const QByteArray& body);
    void sendJson(int status, const QByteArray& json, QList<std::pair<QByteArray, QByteArray>> headers = {});
    // Streaming with Transfer-Encoding: chunked.
    void beginChunked(int status, const QList<std::pair<QByteArray, QByteArray>>& headers);
    void writeChunk(const QByteArray& data);
    void endChunked();
    // Faults.
    void sendTruncated(int status, const QList<std::pair<QByteArray, QByteArray>>& headers, const QByteArray& body);
    void reset(); // drop the connection with a TCP reset
    void stall(); // keep the connection open and never answer

    static QByteArray reason(int status);

private:
    void writeHead(int status, QList<std::pair<QByteArray, QByteArray>> headers);
    void finish();
    QPointer<QTcpSocket> m_socket;
    bool m_keepAlive;
    std::function<void()> m_onFinished;
};

class HttpServer final : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const ServerRequest&, std::shared_ptr<Responder>)>;

    explicit HttpServer(QObject* parent = nullptr);
    ~HttpServer() override;

    bool listen(quint16 port, const QString& host = QStringLiteral("127.0.0.1"));
    quint16 port() const;
    QString errorString() const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void closeAll();

private:
    struct Connection
    {
        QByteArray buffer;
        bool busy = false;
    };
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);

    QTcpServer* m_server;
    Handler m_handler;
    QHash<QTcpSocket*, Connection> m_connections;
};
