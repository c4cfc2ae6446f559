#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <functional>

// One HTTP call as every client describes it. Transport details (which QNetworkAccessManager,
// timeouts, size limits, redirects) are the HttpClient's business.
struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // Whole-call deadline; 0 uses the client's default.
    int deadlineMs = 0;
    // Longest silence allowed while data is expected (a stalled stream); 0 uses the default.
    int stallTimeoutMs = 0;
    // Responses larger than this are aborted; 0 uses the default.
    qint64 maxResponseBytes = 0;
    // Called with each chunk as it arrives (streaming). The full body is still collected.
    std::function<void(const QByteArray& chunk)> onData;

    void setHeader(const QByteArray& name, const QByteArray& value);
    QByteArray header(const QByteArray& name) const;
    // "POST https://host/path" with the query's secrets masked, for logs.
    QString describe() const;
};

enum class TransportError
{
    None,
    Timeout,           // the deadline passed
    Stalled,           // no data for longer than the stall timeout
    ConnectionRefused, // nothing listens there
    HostNotFound,      // DNS failure
    ConnectionReset,   // the peer dropped the connection
    Tls,               // certificate or handshake problem
    TooLarge,          // the response exceeded the size limit
    TooManyRedirects,
    Canceled,
    Other,
};

struct HttpResponse
{
    int status = 0;                                   // 0 when the request never got an HTTP answer
    QList<std::pair<QByteArray, QByteArray>> headers; // names lower-case
    QByteArray body;
    TransportError error = TransportError::None;
    QString errorString; // readable, redacted
    qint64 elapsedMs = 0;
    QUrl finalUrl;

    bool ok() const { return error == TransportError::None && status >= 200 && status < 300; }
    bool hasHttpStatus() const { return status > 0; }
    QByteArray header(const QByteArray& name) const; // case-insensitive
    QList<QByteArray> headerValues(const QByteArray& name) const;
};

QString transportErrorName(TransportError error);

Q_DECLARE_METATYPE(HttpResponse)
