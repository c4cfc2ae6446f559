#pragma once

#include "HttpTypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QVector>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

// The one HTTP layer every client uses. Lives in one thread (a worker's), with its own
// QNetworkAccessManagers; answers come back on that thread through the context-guarded callback.
//
// QNetworkAccessManager runs at most 6 HTTP/1.1 connections per host:port and queues the rest, so a
// worker that needs more concurrency to one host would silently wait. HttpClient shards: when every
// manager it has is at that limit for the request's host, it opens another (up to maxShards), so
// the concurrency the caller asks for is the concurrency on the wire. (Over HTTPS with HTTP/2 one
// connection multiplexes and a single shard suffices; the sandbox speaks plain HTTP/1.1.)
class HttpClient final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int deadlineMs = 120'000;
        int stallTimeoutMs = 60'000;
        qint64 maxResponseBytes = 32 * 1024 * 1024;
        int maxRedirects = 5;
        int connectionsPerHost = 6; // QNAM's per-host limit for HTTP/1.1
        int maxShards = 16;
        QByteArray userAgent = QByteArrayLiteral("Quorum/" QUORUM_VERSION);
    };

    explicit HttpClient(QObject* parent = nullptr);
    explicit HttpClient(const Options& options, QObject* parent = nullptr);
    ~HttpClient() override;

    // Starts the call; done runs exactly once, on this thread, unless context is gone by then.
    // Returns an id for cancel().
    quint64 send(HttpRequest request, QObject* context, std::function<void(const HttpResponse&)> done);
    void cancel(quint64 id);

    int inFlight() const { return static_cast<int>(m_calls.size()); }
    int shardCount() const { return static_cast<int>(m_shards.size()); }
    const Options& options() const { return m_options; }

private:
    struct Shard
    {
        QNetworkAccessManager* manager = nullptr;
        QHash<QString, int> perHost;
    };
    struct Call
    {
        quint64 id = 0;
        HttpRequest request;
        QPointer<QObject> context;
        std::function<void(const HttpResponse&)> done;
        QNetworkReply* reply = nullptr;
        int shard = -1;
        QString hostKey;
        QTimer* deadline = nullptr;
        QTimer* stall = nullptr;
        HttpResponse response;
        qint64 startedNs = 0;
        TransportError abortReason = TransportError::None;
    };

    int pickShard(const QString& hostKey);
    void onReadyRead(quint64 id);
    void onFinished(quint64 id);
    void abortCall(quint64 id, TransportError reason);

    Options m_options;
    QVector<Shard> m_shards;
    QHash<quint64, Call> m_calls;
    quint64 m_nextId = 1;
};
