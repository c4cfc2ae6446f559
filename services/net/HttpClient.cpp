#include "HttpClient.h"

#include "core/Log.h"
#include "core/Origin.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace
{

qint64 nowNs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.nsecsElapsed();
}

TransportError mapNetworkError(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::ConnectionRefusedError:
        return TransportError::ConnectionRefused;
    case QNetworkReply::HostNotFoundError:
        return TransportError::HostNotFound;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ProxyConnectionClosedError:
        return TransportError::ConnectionReset;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
        return TransportError::Timeout;
    case QNetworkReply::SslHandshakeFailedError:
        return TransportError::Tls;
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return TransportError::TooManyRedirects;
    case QNetworkReply::OperationCanceledError:
        return TransportError::Canceled;
    default:
        return TransportError::Other;
    }
}

bool isHttpLevelError(QNetworkReply::NetworkError e)
{
    // Errors Qt derives from the HTTP status (4xx/5xx) rather than from the transport.
    return e >= QNetworkReply::ContentAccessDenied && e <= QNetworkReply::UnknownServerError
        && e != QNetworkReply::UnknownNetworkError;
}

QString describeTransport(TransportError e, const QString& qtMessage)
{
    switch (e) {
    case TransportError::Timeout:
        return QCoreApplication::translate("HttpClient", "the request took longer than its deadline");
    case TransportError::Stalled:
        return QCoreApplication::translate("HttpClient", "the server stopped sending data");
    case TransportError::ConnectionRefused:
        return QCoreApplication::translate(
            "HttpClient", "the connection was refused: nothing is listening at that address");
    case TransportError::HostNotFound:
        return QCoreApplication::translate("HttpClient", "the host name could not be found (DNS)");
    case TransportError::ConnectionReset:
        return QCoreApplication::translate(
            "HttpClient", "the server closed the connection before the answer was complete");
    case TransportError::Tls:
        return QCoreApplication::translate("HttpClient", "the secure connection failed: %1").arg(qtMessage);
    case TransportError::TooLarge:
        return QCoreApplication::translate("HttpClient", "the answer was larger than allowed");
    case TransportError::TooManyRedirects:
        return QCoreApplication::translate("HttpClient", "too many or unsafe redirects");
    case TransportError::Canceled:
        return QCoreApplication::translate("HttpClient", "the request was canceled");
    case TransportError::Other:
        return qtMessage;
    case TransportError::None:
        break;
    }
    return {};
}

} // namespace

HttpClient::HttpClient(QObject* parent)
    : HttpClient(Options{}, parent)
{ }

HttpClient::HttpClient(const Options& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
{
    qRegisterMetaType<HttpResponse>();
}

HttpClient::~HttpClient()
{
    // Callers are not told about calls that die with the client: their contexts die with it too.
    const QList<quint64> ids = m_calls.keys();
    for (quint64 id : ids) {
        Call& c = m_calls[id];
        c.done = nullptr;
        if (c.reply) {
            c.reply->disconnect(this);
            c.reply->abort();
            c.reply->deleteLater();
        }
    }
    m_calls.clear();
}

int HttpClient::pickShard(const QString& hostKey)
{
    int best = -1;
    int bestLoad = std::numeric_limits<int>::max();
    for (int i = 0; i < m_shards.size(); ++i) {
        const int load = m_shards.at(i).perHost.value(hostKey);
        if (load < bestLoad) {
            best = i;
            bestLoad = load;
        }
    }
    if (best >= 0 && (bestLoad < m_options.connectionsPerHost || m_shards.size() >= m_options.maxShards))
        return best;
    Shard shard;
    shard.manager = new QNetworkAccessManager(this);
    shard.manager->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    m_shards.append(shard);
    if (m_shards.size() > 1)
        qCDebug(lcNet) << "opened connection shard" << m_shards.size() << "for" << hostKey;
    return static_cast<int>(m_shards.size()) - 1;
}

quint64 HttpClient::send(HttpRequest request, QObject* context, std::function<void(const HttpResponse&)> done)
{
    const quint64 id = m_nextId++;
    Call call;
    call.id = id;
    call.context = context;
    call.done = std::move(done);
    call.request = std::move(request);
    call.startedNs = nowNs();
    const QUrl& url = call.request.url;
    call.hostKey = originOf(url);

    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")) {
        // Refuse anything but http(s): no file://, no custom schemes reaching the network stack.
        HttpResponse r;
        r.error = TransportError::Other;
        r.errorString = QCoreApplication::translate("HttpClient", "not an http(s) address: %1").arg(url.toString());
        QMetaObject::invokeMethod(
            context, [done = call.done, r] { done(r); }, Qt::QueuedConnection);
        return id;
    }

    QNetworkRequest req(url);
    for (const auto& [name, value] : std::as_const(call.request.headers))
        req.setRawHeader(name, value);
    if (call.request.header("User-Agent").isEmpty())
        req.setRawHeader("User-Agent", m_options.userAgent);
    req.setMaximumRedirectsAllowed(m_options.maxRedirects);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);

    call.shard = pickShard(call.hostKey);
    Shard& shard = m_shards[call.shard];
    shard.perHost[call.hostKey] += 1;
    QNetworkReply* reply = shard.manager->sendCustomRequest(req, call.request.method, call.request.body);
    call.reply = reply;

    call.deadline = new QTimer(reply);
    call.deadline->setSingleShot(true);
    call.deadline->setInterval(call.request.deadlineMs > 0 ? call.request.deadlineMs : m_options.deadlineMs);
    connect(call.deadline, &QTimer::timeout, this, [this, id] { abortCall(id, TransportError::Timeout); });
    call.deadline->start();
    call.stall = new QTimer(reply);
    call.stall->setSingleShot(true);
    call.stall->setInterval(call.request.stallTimeoutMs > 0 ? call.request.stallTimeoutMs : m_options.stallTimeoutMs);
    connect(call.stall, &QTimer::timeout, this, [this, id] { abortCall(id, TransportError::Stalled); });
    call.stall->start();

    connect(reply, &QNetworkReply::readyRead, this, [this, id] { onReadyRead(id); });
    connect(reply, &QNetworkReply::uploadProgress, this, [this, id] {
        auto it = m_calls.find(id);
        if (it != m_calls.end())
            it->stall->start();
    });
    connect(reply, &QNetworkReply::finished, this, [this, id] { onFinished(id); });
    m_calls.insert(id, std::move(call));
    qCDebug(lcNet) << "->" << m_calls.value(id).request.describe();
    return id;
}

void HttpClient::onReadyRead(quint64 id)
{
    auto it = m_calls.find(id);
    if (it == m_calls.end() || !it->reply)
        return;
    const QByteArray chunk = it->reply->readAll();
    if (chunk.isEmpty())
        return;
    it->stall->start();
    const qint64 limit = it->request.maxResponseBytes > 0 ? it->request.maxResponseBytes : m_options.maxResponseBytes;
    if (it->response.body.size() + chunk.size() > limit) {
        abortCall(id, TransportError::TooLarge);
        return;
    }
    it->response.body.append(chunk);
    if (it->request.onData)
        it->request.onData(chunk);
}

void HttpClient::abortCall(quint64 id, TransportError reason)
{
    auto it = m_calls.find(id);
    if (it == m_calls.end() || !it->reply)
        return;
    it->abortReason = reason;
    it->reply->abort(); // finished() follows synchronously with OperationCanceledError
}

void HttpClient::cancel(quint64 id)
{
    abortCall(id, TransportError::Canceled);
}

void HttpClient::onFinished(quint64 id)
{
    auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    Call call = std::move(it.value());
    m_calls.erase(it);
    QNetworkReply* reply = call.reply;
    if (call.shard >= 0 && call.shard < m_shards.size())
        m_shards[call.shard].perHost[call.hostKey] -= 1;

    HttpResponse& r = call.response;
    if (reply->bytesAvailable() > 0 && call.abortReason == TransportError::None)
        r.body.append(reply->readAll());
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto& [name, value] : reply->rawHeaderPairs())
        r.headers.append({name.toLower(), value});
    r.finalUrl = reply->url();
    r.elapsedMs = (nowNs() - call.startedNs) / 1'000'000;

    const QNetworkReply::NetworkError e = reply->error();
    if (call.abortReason != TransportError::None) {
        r.error = call.abortReason;
    } else if (e != QNetworkReply::NoError && !(r.status > 0 && isHttpLevelError(e))) {
        r.error = mapNetworkError(e);
        // A status followed by a dropped connection means the body was cut off.
        if (r.status > 0 && r.error == TransportError::Other)
            r.error = TransportError::ConnectionReset;
    }
    if (r.error != TransportError::None)
        r.errorString = describeTransport(r.error, reply->errorString());

    if (r.error != TransportError::None)
        qCInfo(lcNet) << "<-" << call.request.describe() << "failed after" << r.elapsedMs << "ms:" << r.errorString;
    else
        qCDebug(lcNet) << "<-" << call.request.describe() << r.status << r.body.size() << "bytes" << r.elapsedMs
                       << "ms";

    reply->disconnect(this);
    reply->deleteLater();
    if (call.done && call.context)
        call.done(r);
}
