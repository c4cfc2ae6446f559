#include "SandboxServer.h"

#include "ImageRoutes.h"
#include "LlmRoutes.h"
#include "PlatformRoutes.h"
#include "ShopRoutes.h"
#include "SocialRoutes.h"
#include "StoreDataRoutes.h"
#include "core/Json.h"
#include "core/Log.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

QByteArray SandboxServer::LoggedRequest::header(const QByteArray& name) const
{
    const QByteArray lower = name.toLower();
    for (const auto& h : headers) {
        if (h.first == lower)
            return h.second;
    }
    return {};
}

SandboxServer::SandboxServer(QObject* parent)
    : QObject(parent)
    , m_http(new HttpServer(this))
{
    m_http->setHandler([this](const ServerRequest& r, const Reply& reply) { onRequest(r, reply); });
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::start(const Options& options, QString* error)
{
    m_options = options;
    m_faults.configure(options.faults);
    const auto base = [this] { return url().toString(); };
    m_llm = std::make_unique<LlmRoutes>(&m_options.credentials);
    m_shop = std::make_unique<ShopRoutes>(&m_options.credentials, base);
    m_shop->setRestRouteStyle(options.restRouteStyle);
    m_platforms = std::make_unique<PlatformRoutes>(&m_options.credentials, base);
    m_social = std::make_unique<SocialRoutes>();
    m_storeData = std::make_unique<StoreDataRoutes>(&m_options.credentials, base, m_shop.get());
    if (!m_http->listen(options.port, options.host)) {
        if (error)
            *error = m_http->errorString();
        return false;
    }
    m_port = m_http->port();
    qCInfo(lcSandbox) << "sandbox listening on" << url().toString();
    return true;
}

quint16 SandboxServer::port() const
{
    return m_port;
}

QUrl SandboxServer::url() const
{
    return QUrl(u"http://%1:%2"_s.arg(m_options.host).arg(m_port));
}

void SandboxServer::setFaults(const QJsonObject& config)
{
    m_faults.configure(config);
}

void SandboxServer::setRouteFaults(const QString& route, const QJsonObject& settings)
{
    m_faults.setRoute(route, settings);
}

QList<SandboxServer::LoggedRequest> SandboxServer::requests(const QString& route) const
{
    QMutexLocker lock(&m_logMutex);
    if (route.isEmpty())
        return m_log;
    QList<LoggedRequest> out;
    for (const LoggedRequest& r : m_log) {
        if (r.route == route || r.route.startsWith(route + u'.'))
            out.append(r);
    }
    return out;
}

int SandboxServer::requestCount(const QString& route) const
{
    return static_cast<int>(requests(route).size());
}

qint64 SandboxServer::receivedCount(const QString& route) const
{
    QMutexLocker lock(&m_logMutex);
    return m_received.value(route);
}

qint64 SandboxServer::refusedCount(const QString& route) const
{
    QMutexLocker lock(&m_logMutex);
    return m_refused.value(route);
}

void SandboxServer::clearRequests()
{
    QMutexLocker lock(&m_logMutex);
    m_log.clear();
    m_received.clear();
    m_refused.clear();
}

void SandboxServer::resetState()
{
    QMutexLocker lock(&m_stateMutex);
    m_shop->reset();
    m_platforms->reset();
    m_storeData->reset();
    if (m_social)
        m_social->reset();
}

bool SandboxServer::isSocial(const QString& route)
{
    return route == u"instagram" || route == u"facebook" || route == u"pinterest" || route == u"x"
        || route == u"linkedin" || route == u"tiktok";
}

QJsonArray SandboxServer::socialPosts(const QString& platform) const
{
    QMutexLocker lock(&m_stateMutex);
    return m_social->posts(platform);
}

bool SandboxServer::removeSocialPost(const QString& platform, const QString& id)
{
    QMutexLocker lock(&m_stateMutex);
    return m_social->remove(platform, id);
}

void SandboxServer::restoreSocialPost(const QString& platform, const QString& id, const QString& account,
    const QString& text, const QString& link, qint64 createdAt)
{
    QMutexLocker lock(&m_stateMutex);
    m_social->restore(platform, id, account, text, link, createdAt);
}

void SandboxServer::setSocialMetrics(const QString& id, const QJsonObject& metrics)
{
    QMutexLocker lock(&m_stateMutex);
    m_social->setMetrics(id, metrics);
}

void SandboxServer::setSocialClock(std::function<qint64()> now)
{
    QMutexLocker lock(&m_stateMutex);
    if (m_social)
        m_social->setClock(std::move(now));
}

void SandboxServer::generateShop(const ShopData::Options& options)
{
    auto ledger = ShopData::ShopLedger::generate(options);
    QMutexLocker lock(&m_stateMutex);
    if (m_storeData) // the routes exist once start() ran
        m_storeData->setLedger(std::move(ledger));
}

std::shared_ptr<const ShopData::ShopLedger> SandboxServer::ledger() const
{
    QMutexLocker lock(&m_stateMutex);
    return m_storeData ? m_storeData->ledger() : nullptr;
}

void SandboxServer::setStoreClockSkew(int minutes)
{
    QMutexLocker lock(&m_stateMutex);
    if (m_storeData)
        m_storeData->setClockSkewMinutes(minutes);
}

namespace
{
std::optional<StockBook::Store> stockStore(const QString& key)
{
    if (key == u"woocommerce")
        return StockBook::Store::WooCommerce;
    if (key == u"shopify")
        return StockBook::Store::Shopify;
    return std::nullopt;
}
} // namespace

bool SandboxServer::sellStock(const QString& store, const QString& sku, int quantity)
{
    QMutexLocker lock(&m_stateMutex);
    const auto which = stockStore(store);
    if (!m_storeData || !m_storeData->ledger() || !which)
        return false;
    return m_storeData->stock().sell(*which, sku, quantity, QDateTime::currentSecsSinceEpoch());
}

int SandboxServer::stockOf(const QString& store, const QString& sku) const
{
    QMutexLocker lock(&m_stateMutex);
    const auto which = stockStore(store);
    if (!m_storeData || !m_storeData->ledger() || !which)
        return -1;
    const qint64 v = m_storeData->stock().variantBySku(sku);
    return v < 0 ? -1 : m_storeData->stock().available(*which, static_cast<quint32>(v));
}

QList<QJsonObject> SandboxServer::wooProducts() const
{
    QMutexLocker lock(&m_stateMutex);
    return m_shop->products();
}

QList<QJsonObject> SandboxServer::wooVariations(qint64 productId) const
{
    QMutexLocker lock(&m_stateMutex);
    return m_shop->variations(productId);
}

qint64 SandboxServer::seedWooProduct(const QJsonObject& product, const QJsonArray& variations)
{
    QMutexLocker lock(&m_stateMutex);
    return m_shop->seedProduct(product, variations);
}

QJsonObject SandboxServer::seedShopifyProduct(const QJsonObject& product)
{
    QMutexLocker lock(&m_stateMutex);
    return m_platforms->seedShopifyProduct(product);
}

QList<QJsonObject> SandboxServer::wordpressItems(const QString& collection) const
{
    QMutexLocker lock(&m_stateMutex);
    return m_shop->items(collection);
}

void SandboxServer::setWordPressAdministrator(bool administrator)
{
    QMutexLocker lock(&m_stateMutex);
    m_shop->setAdministrator(administrator);
}

void SandboxServer::setWordPressNetworkSite()
{
    QMutexLocker lock(&m_stateMutex);
    m_shop->setNetworkSite();
}

QList<QJsonObject> SandboxServer::shopifyProducts() const
{
    QMutexLocker lock(&m_stateMutex);
    return m_platforms->shopifyProducts();
}

QJsonObject SandboxServer::adSet(const QString& id) const
{
    QMutexLocker lock(&m_stateMutex);
    return m_platforms->adSet(id);
}

QJsonObject SandboxServer::adNode(const QString& id) const
{
    QMutexLocker lock(&m_stateMutex);
    return m_platforms->adNode(id);
}

QJsonArray SandboxServer::adList(const QString& parent, const QString& edge) const
{
    QMutexLocker lock(&m_stateMutex);
    return m_platforms->adList(parent, edge);
}

bool SandboxServer::updateAdSet(const QString& id, const QUrlQuery& form, QString* why)
{
    QMutexLocker lock(&m_stateMutex);
    return m_platforms->updateAdSet(id, form, why);
}

void SandboxServer::generateAdAccount(const AdAccount::Options& options)
{
    QMutexLocker lock(&m_stateMutex);
    m_platforms->generateAdAccount(options);
}

QString SandboxServer::routeFor(const QString& path, const QString& restRoute)
{
    static const QRegularExpression gemini(u"^/v1beta/models/[^/]+:(generateContent|streamGenerateContent)$"_s);
    static const QRegularExpression shopify(u"^/admin/api/[^/]+/graphql\\.json$"_s);
    static const QRegularExpression meta(u"^/v\\d+\\.\\d+/"_s);
    if (path == u"/v1/chat/completions" || path == u"/chat/completions")
        return u"openai.chat"_s;
    if (path == u"/v1/messages")
        return u"anthropic.messages"_s;
    if (gemini.match(path).hasMatch())
        return u"gemini.generate"_s;
    if (path == u"/api/chat")
        return u"ollama.chat"_s;
    if (path == u"/v1/images/generations")
        return u"openai.images"_s;
    if (path == u"/v2beta/stable-image/generate/core")
        return u"stability.images"_s;
    if (path == u"/v1/embeddings" || path == u"/embeddings")
        return u"openai.embeddings"_s;
    if (path == u"/api/embed")
        return u"ollama.embed"_s;
    // The model lists. OpenAI and Anthropic both answer GET /v1/models; onRequest tells them apart.
    if (path == u"/v1/models" || path == u"/models")
        return u"openai.models"_s;
    if (path == u"/v1beta/models")
        return u"gemini.models"_s;
    if (path == u"/api/tags")
        return u"ollama.models"_s;
    const QString rest = !restRoute.isEmpty() ? restRoute : (path.startsWith(u"/wp-json"_s) ? path.mid(8) : QString());
    if (!rest.isEmpty() || path.startsWith(u"/wp-json"_s))
        return rest.startsWith(u"/wc/"_s) ? u"woo"_s : u"wp"_s;
    if (shopify.match(path).hasMatch())
        return u"shopify"_s;
    if (const QString social = SocialRoutes::routeFor(path); !social.isEmpty())
        return social;
    if (meta.match(path).hasMatch())
        return u"meta"_s;
    if (path == u"/" || path.isEmpty())
        return u"wp.front"_s;
    // A published page's permalink ("/returns/"): the shop's own pages, as a visitor reads them.
    static const QRegularExpression permalink(u"^/[a-z0-9][a-z0-9-]*/?$"_s);
    if (permalink.match(path).hasMatch())
        return u"wp.front"_s;
    return {};
}

void SandboxServer::onRequest(const ServerRequest& request, const Reply& reply)
{
    const QString path = request.path();
    if (path.startsWith(u"/__sandbox/"_s)) {
        admin(request, reply);
        return;
    }
    const QString restRoute = QUrlQuery(request.url).queryItemValue(u"rest_route"_s, QUrl::FullyDecoded);
    QString route = routeFor(path, restRoute);
    // Anthropic's clients send anthropic-version on every request; OpenAI's never do.
    if (route == u"openai.models" && !request.header("anthropic-version").isEmpty())
        route = u"anthropic.models"_s;
    {
        QMutexLocker lock(&m_logMutex);
        m_log.append({route, request.method, path, request.url.query(QUrl::FullyDecoded), request.headers, request.body,
            QDateTime::currentMSecsSinceEpoch()});
        while (m_log.size() > m_options.requestLogSize)
            m_log.removeFirst();
        ++m_received[route];
    }
    if (route.isEmpty()) {
        reply->sendJson(404, R"({"error":{"message":"Unknown sandbox route","type":"invalid_request_error"}})");
        return;
    }
    const FaultPlan::Decision decision = m_faults.decide(route);
    if (!m_faults.tryEnter(route)) {
        // Beyond the provider's concurrency: rejected at once, like a real rate limiter.
        {
            QMutexLocker count(&m_logMutex);
            ++m_refused[route];
        }
        QMutexLocker lock(&m_stateMutex);
        if (route.startsWith(u"meta"_s))
            m_platforms->metaFault(u"429"_s, decision, reply);
        else if (isSocial(route))
            m_social->answerFault(route, u"429"_s, decision, reply);
        else if (!m_llm->answerFault(route, u"429"_s, decision, reply))
            reply->sendJson(429,
                R"({"code":"rest_too_many_requests","message":"Too many requests","data":{"status":429}})",
                {{"Retry-After", QByteArray::number(decision.retryAfterSeconds)}});
        emit requestServed(route);
        return;
    }
    const auto run = [this, route, request, decision, reply] {
        m_faults.leave(route);
        dispatch(route, request, decision, reply);
        emit requestServed(route);
    };
    if (decision.latencyMs > 0)
        QTimer::singleShot(static_cast<int>(decision.latencyMs), this, run);
    else
        run();
}

void SandboxServer::answerTransportFault(const QString& kind, const QString& route, const Reply& reply)
{
    if (kind == u"reset") {
        reply->reset();
    } else if (kind == u"stall") {
        reply->stall();
    } else if (kind == u"truncated") {
        const QByteArray body = route.startsWith(u"woo"_s) || route.startsWith(u"wp"_s)
            ? QByteArray(R"({"id":1,"name":"Truncated product","status":"publish","sku":"TRUNC"})")
            : QByteArray(
                R"({"id":"chatcmpl-sandbox","object":"chat.completion","choices":[{"index":0,"message":{"role":"assistant","content":"truncated"}}]})");
        reply->sendTruncated(200, {{"Content-Type", "application/json"}}, body);
    }
}

void SandboxServer::dispatch(
    const QString& route, const ServerRequest& request, const FaultPlan::Decision& decision, const Reply& reply)
{
    QMutexLocker lock(&m_stateMutex);
    if (m_storeData->claims(route, request)) {
        m_storeData->serve(route, request, decision, reply); // the generated shop's data
        return;
    }
    const QString& kind = decision.kind;
    if (kind == u"reset" || kind == u"stall" || kind == u"truncated") {
        answerTransportFault(kind, route, reply);
        return;
    }
    const QString family = route.section(u'.', 0, 0);
    if (family == u"openai" || family == u"anthropic" || family == u"gemini" || family == u"ollama") {
        if (!kind.isEmpty() && !LlmRoutes::isContentFault(kind) && m_llm->answerFault(route, kind, decision, reply))
            return;
        m_llm->handle(route, request, decision, reply);
        return;
    }
    if (route == u"stability.images") {
        ImageRoutes::stability(request, decision, m_options.credentials.apiKey, reply);
        return;
    }
    if (route == u"meta") {
        if (kind == u"timeout_after_write") {
            // The request is carried out (a write lands); its answer never comes.
            m_platforms->meta(request, decision, std::make_shared<Responder>(nullptr, false, [] {}));
            reply->stall();
            return;
        }
        if (!kind.isEmpty() && m_platforms->metaFault(kind, decision, reply))
            return;
        m_platforms->meta(request, decision, reply);
        return;
    }
    if (isSocial(route)) {
        if (kind == u"timeout_after_create" || kind == u"timeout_after_write") {
            // The post is made; its answer never comes.
            if (request.method == "POST")
                m_social->handle(route, request, decision, std::make_shared<Responder>(nullptr, false, [] {}));
            reply->stall();
            return;
        }
        if (!kind.isEmpty() && m_social->answerFault(route, kind, decision, reply))
            return;
        m_social->handle(route, request, decision, reply);
        return;
    }
    if (route == u"shopify") {
        if (kind == u"500" || kind == u"503" || kind == u"429") {
            reply->sendJson(kind.toInt(), R"({"errors":"Internal error. Looks like something went wrong on our end."})",
                {{"Retry-After", QByteArray::number(decision.retryAfterSeconds)}});
            return;
        }
        m_platforms->shopify(request, decision, reply);
        return;
    }
    // WordPress and WooCommerce.
    if (kind == u"500" || kind == u"503" || kind == u"429" || kind == u"401") {
        reply->sendJson(kind.toInt(),
            Json::canonical(QJsonObject{{u"code"_s, kind == u"401" ? u"rest_not_logged_in"_s : u"sandbox_fault"_s},
                {u"message"_s, u"Injected fault %1"_s.arg(kind)},
                {u"data"_s, QJsonObject{{u"status"_s, kind.toInt()}}}}),
            {{"Retry-After", QByteArray::number(decision.retryAfterSeconds)}});
        return;
    }
    if (kind == u"malformed") {
        reply->send(
            200, {{"Content-Type", "text/html"}}, "<html><body>Checking your browser before accessing…</body></html>");
        return;
    }
    if (route == u"wp.front") {
        m_shop->frontPage(request, reply);
        return;
    }
    const QString restRoute = QUrlQuery(request.url).queryItemValue(u"rest_route"_s, QUrl::FullyDecoded);
    const QString rest = !restRoute.isEmpty() ? restRoute : request.path().mid(8);
    m_shop->handle(rest, request, decision, reply);
}

void SandboxServer::admin(const ServerRequest& request, const Reply& reply)
{
    const QString what = request.path().mid(11);
    if (what == u"health") {
        reply->sendJson(200, Json::canonical(QJsonObject{{u"ok"_s, true}, {u"port"_s, m_port}}));
    } else if (what == u"faults") {
        if (request.method == "GET") {
            reply->sendJson(200, Json::canonical(m_faults.config()));
            return;
        }
        QString error;
        const auto config = Json::parseObject(request.body, &error);
        if (!config) {
            reply->sendJson(400, Json::canonical(QJsonObject{{u"error"_s, error}}));
            return;
        }
        m_faults.configure(*config);
        reply->sendJson(200, Json::canonical(*config));
    } else if (what == u"redirect") {
        // /__sandbox/redirect?to=<path>: a 302 for testing the client's redirect policy.
        reply->send(
            302, {{"Location", QUrlQuery(request.url).queryItemValue(u"to"_s, QUrl::FullyDecoded).toUtf8()}}, {});
    } else if (what == u"reset") {
        resetState();
        clearRequests();
        reply->sendJson(200, R"({"ok":true})");
    } else if (what == u"requests") {
        const QUrlQuery q(request.url);
        const QList<LoggedRequest> log = requests(q.queryItemValue(u"route"_s));
        const int limit = q.queryItemValue(u"limit"_s).toInt() > 0 ? q.queryItemValue(u"limit"_s).toInt() : 50;
        QJsonArray out;
        for (qsizetype i = std::max<qsizetype>(0, log.size() - limit); i < log.size(); ++i) {
            const LoggedRequest& r = log.at(i);
            QJsonArray headers;
            for (const auto& [k, v] : r.headers)
                headers.append(QJsonArray{QString::fromLatin1(k), QString::fromUtf8(v)});
            out.append(QJsonObject{{u"route"_s, r.route}, {u"method"_s, QString::fromLatin1(r.method)},
                {u"path"_s, r.path}, {u"query"_s, r.query}, {u"headers"_s, headers},
                {u"body"_s, QString::fromUtf8(r.body.left(65536))}, {u"at"_s, r.at}});
        }
        reply->sendJson(200, Json::canonical(out));
    } else if (what == u"generate-shop" && request.method == "POST") {
        const QJsonObject in = Json::parseObject(request.body, nullptr).value_or(QJsonObject());
        generateShop(StoreDataRoutes::optionsFromJson(in));
        const auto shop = ledger();
        reply->sendJson(200,
            Json::canonical(QJsonObject{{u"ok"_s, true}, {u"orders"_s, static_cast<qint64>(shop->orders().size())},
                {u"customers"_s, static_cast<qint64>(shop->customers().size())},
                {u"products"_s, static_cast<qint64>(shop->products().size())},
                {u"reviews"_s, static_cast<qint64>(shop->reviews().size())},
                {u"endDate"_s, shop->options().endDate.toString(Qt::ISODate)}}));
    } else if (what == u"sell" && request.method == "POST") {
        const QJsonObject in = Json::parseObject(request.body, nullptr).value_or(QJsonObject());
        const QString store = in.value(u"store"_s).toString();
        const QString sku = in.value(u"sku"_s).toString();
        if (!sellStock(store, sku, in.value(u"quantity"_s).toInt(1))) {
            reply->sendJson(
                400, R"({"error":"give {store: woocommerce|shopify, sku, quantity} for a SKU of the generated shop"})");
            return;
        }
        reply->sendJson(200, Json::canonical(QJsonObject{{u"ok"_s, true}, {u"available"_s, stockOf(store, sku)}}));
    } else if (what == u"stats") {
        QJsonObject counts;
        for (const LoggedRequest& r : requests())
            counts.insert(r.route, counts.value(r.route).toInt() + 1);
        QMutexLocker lock(&m_stateMutex);
        reply->sendJson(200,
            Json::canonical(QJsonObject{{u"requests"_s, counts}, {u"shop"_s, m_shop->snapshot()},
                {u"shopifyProducts"_s, m_platforms->shopifyProducts().size()}}));
    } else {
        reply->sendJson(404,
            R"({"error":"unknown admin endpoint: use health, faults, reset, requests, stats, generate-shop or sell"})");
    }
}

SandboxThread::SandboxThread(const SandboxServer::Options& options)
{
    m_thread.setObjectName(u"quorum-sandbox"_s);
    m_thread.start();
    auto* server = new SandboxServer;
    server->moveToThread(&m_thread);
    bool ok = false;
    QString error;
    // Waiting for another thread to finish setting up is a thread join, not a nested event loop.
    QMetaObject::invokeMethod(
        server, [server, options, &ok, &error] { ok = server->start(options, &error); }, Qt::BlockingQueuedConnection);
    if (!ok) {
        m_error = error.isEmpty() ? u"the sandbox could not start"_s : error;
        QMetaObject::invokeMethod(
            server, [server] { delete server; }, Qt::BlockingQueuedConnection);
        return;
    }
    m_server = server;
    m_url = server->url();
}

SandboxThread::~SandboxThread()
{
    if (m_server)
        QMetaObject::invokeMethod(
            m_server, [s = m_server] { delete s; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}
