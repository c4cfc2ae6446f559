#include "WooCommerceClient.h"

#include "OAuth1.h"
#include "core/Clock.h"
#include "core/Json.h"
#include "resilience/ApiRuntime.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

WooCommerceClient::WooCommerceClient(ApiCaller* caller, ApiRuntime* runtime, const Config& config, QObject* parent)
    : RestClient(caller, runtime, u"WooCommerce"_s, parent)
    , m_config(config)
{ }

HttpRequest WooCommerceClient::request(const QByteArray& method, const QString& path,
    const QList<std::pair<QString, QString>>& query, const QJsonObject& body) const
{
    QString base = m_config.storeUrl.toString();
    while (base.endsWith(u'/'))
        base.chop(1);
    QUrl url(base + u"/wp-json/wc/v3"_s + path);
    QUrlQuery q;
    for (const auto& [k, v] : query)
        q.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    url.setQuery(q);
    HttpRequest h;
    h.method = method;
    h.setHeader("Accept", "application/json");
    if (!body.isEmpty()) {
        h.setHeader("Content-Type", "application/json");
        h.body = Json::canonical(body);
    }
    if (url.scheme() == u"https" && !m_config.keysInQuery) {
        h.setHeader(
            "Authorization", "Basic " + (m_config.consumerKey + u':' + m_config.consumerSecret).toUtf8().toBase64());
    } else if (url.scheme() == u"https") {
        QUrlQuery withKeys(url);
        withKeys.addQueryItem(u"consumer_key"_s, m_config.consumerKey);
        withKeys.addQueryItem(u"consumer_secret"_s, m_config.consumerSecret);
        url.setQuery(withKeys);
    } else {
        // Plain HTTP: OAuth 1.0a, a fresh nonce and timestamp for every attempt.
        const QByteArray nonce = QByteArray::number(QRandomGenerator::global()->generate64(), 36)
            + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
        url = OAuth1::signedUrl(method, url, m_config.consumerKey, m_config.consumerSecret,
            m_runtime->clock()->nowMs() / 1000, nonce.left(32));
    }
    h.url = url;
    return h;
}

ApiError WooCommerceClient::classify(const HttpResponse& r) const
{
    ApiError e = classifyRest(r);
    if (!e.isError())
        return e;
    if (e.code == u"product_invalid_sku" || e.code == u"woocommerce_rest_product_sku_already_exists")
        e.cls = ErrorClass::Conflict;
    else if (e.code == u"woocommerce_rest_product_not_created" && e.message.contains(u"under processing"_s))
        e.cls = ErrorClass::RateLimited; // a concurrent insert of the same SKU is still running: back off, re-check
    else if (e.code == u"woocommerce_rest_authentication_error" || e.code == u"woocommerce_rest_cannot_view"
        || e.code == u"woocommerce_rest_cannot_create" || e.code == u"woocommerce_rest_cannot_edit")
        e.cls = r.status == 403 ? ErrorClass::Permission : ErrorClass::Auth;
    else if (e.code == u"rest_no_route")
        e.message += u' '
            + QCoreApplication::translate("WooCommerceClient",
                "(the address does not serve the WooCommerce REST API: check the store URL and that WooCommerce is "
                "active)");
    return e;
}

qint64 WooCommerceClient::duplicateResourceId(const ApiError& error)
{
    return error.cls == ErrorClass::Conflict ? error.details.value(u"resource_id"_s).toInteger() : 0;
}

void WooCommerceClient::findBySku(const QString& sku, QObject* context, ProductCallback done)
{
    run(
        u"woo.find_sku"_s,
        [this, sku] {
            return request("GET", u"/products"_s, {{u"sku"_s, sku}, {u"status"_s, u"any"_s}});
        },
        true, context,
        [done](const ApiError& e, const QJsonDocument& doc, const HttpResponse&) {
            done(e, e.isError() ? QJsonObject() : doc.array().first().toObject());
        },
        [this](const HttpResponse& r) { return classify(r); });
}

void WooCommerceClient::getProduct(qint64 id, QObject* context, ProductCallback done)
{
    run(
        u"woo.get"_s, [this, id] { return request("GET", u"/products/%1"_s.arg(id), {}); }, true, context,
        [done](const ApiError& e, const QJsonDocument& doc, const HttpResponse&) { done(e, doc.object()); },
        [this](const HttpResponse& r) { return classify(r); });
}

void WooCommerceClient::createProduct(const QJsonObject& product, QObject* context, ProductCallback done)
{
    run(
        u"woo.create"_s, [this, product] { return request("POST", u"/products"_s, {}, product); }, false, context,
        [done](const ApiError& e, const QJsonDocument& doc, const HttpResponse&) { done(e, doc.object()); },
        [this](const HttpResponse& r) { return classify(r); });
}

void WooCommerceClient::updateProduct(qint64 id, const QJsonObject& changes, QObject* context, ProductCallback done)
{
    // An update sets fields to values: repeating it is harmless, so it may be retried.
    run(
        u"woo.update"_s, [this, id, changes] { return request("PUT", u"/products/%1"_s.arg(id), {}, changes); }, true,
        context, [done](const ApiError& e, const QJsonDocument& doc, const HttpResponse&) { done(e, doc.object()); },
        [this](const HttpResponse& r) { return classify(r); });
}

namespace
{
QString stockPath(qint64 productId, qint64 variationId)
{
    return variationId > 0 ? u"/products/%1/variations/%2"_s.arg(productId).arg(variationId)
                           : u"/products/%1"_s.arg(productId);
}
} // namespace

void WooCommerceClient::getStockItem(qint64 productId, qint64 variationId, QObject* context, ProductCallback done)
{
    const QString path = stockPath(productId, variationId);
    run(
        u"woo.get"_s, [this, path] { return request("GET", path, {}); }, true, context,
        [done](const ApiError& e, const QJsonDocument& doc, const HttpResponse&) { done(e, doc.object()); },
        [this](const HttpResponse& r) { return classify(r); });
}

void WooCommerceClient::setStock(
    qint64 productId, qint64 variationId, int quantity, QObject* context, ProductCallback done)
{
    // Setting a number is idempotent: a retry after an ambiguous failure writes the same number.
    const QString path = stockPath(productId, variationId);
    const QJsonObject body{{u"manage_stock"_s, true}, {u"stock_quantity"_s, quantity}};
    run(
        u"woo.stock"_s, [this, path, body] { return request("PUT", path, {}, body); }, true, context,
        [done](const ApiError& e, const QJsonDocument& doc, const HttpResponse&) { done(e, doc.object()); },
        [this](const HttpResponse& r) { return classify(r); });
}

void WooCommerceClient::variations(
    qint64 productId, QObject* context, std::function<void(const ApiError&, const QList<QJsonObject>&)> done)
{
    variationsFrom(productId, 1, {}, context, std::move(done));
}

void WooCommerceClient::variationsFrom(qint64 productId, int page, QList<QJsonObject> sofar, QObject* context,
    std::function<void(const ApiError&, const QList<QJsonObject>&)> done)
{
    run(
        u"woo.variations"_s,
        [this, productId, page] {
            return request("GET", u"/products/%1/variations"_s.arg(productId),
                {{u"per_page"_s, u"100"_s}, {u"page"_s, QString::number(page)}});
        },
        true, context,
        [this, productId, page, sofar, context, done](
            const ApiError& e, const QJsonDocument& doc, const HttpResponse& r) mutable {
            if (e.isError()) {
                done(e, {});
                return;
            }
            for (const QJsonValue& v : doc.array())
                sofar.append(v.toObject());
            const int pages = r.header("x-wp-totalpages").toInt();
            if (page < pages && !doc.array().isEmpty())
                variationsFrom(productId, page + 1, sofar, context, done);
            else
                done({}, sofar);
        },
        [this](const HttpResponse& r) { return classify(r); });
}

void WooCommerceClient::batchVariations(qint64 productId, const QJsonArray& create, const QJsonArray& update,
    QObject* context, std::function<void(const ApiError& error, const BatchResult& result)> done)
{
    batchAt(u"/products/%1/variations/batch"_s.arg(productId), create, update, {}, context, std::move(done));
}

void WooCommerceClient::batch(const QJsonArray& create, const QJsonArray& update, const QList<qint64>& remove,
    QObject* context, std::function<void(const ApiError&, const BatchResult&)> done)
{
    batchAt(u"/products/batch"_s, create, update, remove, context, std::move(done));
}

void WooCommerceClient::batchAt(const QString& path, const QJsonArray& create, const QJsonArray& update,
    const QList<qint64>& remove, QObject* context, std::function<void(const ApiError&, const BatchResult&)> done)
{
    QJsonObject body;
    if (!create.isEmpty())
        body.insert(u"create"_s, create);
    if (!update.isEmpty())
        body.insert(u"update"_s, update);
    if (!remove.isEmpty()) {
        QJsonArray ids;
        for (qint64 id : remove)
            ids.append(id);
        body.insert(u"delete"_s, ids);
    }
    run(
        u"woo.batch"_s, [this, path, body] { return request("POST", path, {}, body); }, create.isEmpty(), context,
        [this, done](const ApiError& e, const QJsonDocument& doc, const HttpResponse&) {
            BatchResult result;
            if (!e.isError()) {
                const QJsonObject obj = doc.object();
                result.created = obj.value(u"create"_s).toArray();
                result.updated = obj.value(u"update"_s).toArray();
                result.deleted = obj.value(u"delete"_s).toArray();
                // The batch answers 200 even when single items failed: each carries its own error.
                for (const auto& [section, items] : {std::pair{u"create"_s, result.created},
                         std::pair{u"update"_s, result.updated}, std::pair{u"delete"_s, result.deleted}}) {
                    for (qsizetype i = 0; i < items.size(); ++i) {
                        const QJsonObject item = items.at(i).toObject();
                        if (!item.contains(u"error"_s))
                            continue;
                        const QJsonObject err = item.value(u"error"_s).toObject();
                        const int status = err.value(u"data"_s).toObject().value(u"status"_s).toInt(400);
                        ApiError itemError = errorFor(classForStatus(status), status, err.value(u"code"_s).toString(),
                            err.value(u"message"_s).toString());
                        if (itemError.code == u"product_invalid_sku")
                            itemError.cls = ErrorClass::Conflict;
                        itemError.details = err.value(u"data"_s).toObject();
                        result.itemErrors.append({section, static_cast<int>(i), itemError});
                    }
                }
            }
            done(e, result);
        },
        [this](const HttpResponse& r) { return classify(r); });
}

void WooCommerceClient::ensureCategory(
    const QString& name, QObject* context, std::function<void(const ApiError&, qint64)> done)
{
    run(
        u"woo.categories"_s,
        [this, name] {
            return request("GET", u"/products/categories"_s, {{u"search"_s, name}, {u"per_page"_s, u"100"_s}});
        },
        true, context,
        [this, name, context, done](const ApiError& e, const QJsonDocument& doc, const HttpResponse&) {
            if (e.isError()) {
                done(e, 0);
                return;
            }
            for (const QJsonValue& v : doc.array()) {
                if (v.toObject().value(u"name"_s).toString().compare(name, Qt::CaseInsensitive) == 0) {
                    done({}, v.toObject().value(u"id"_s).toInteger());
                    return;
                }
            }
            run(
                u"woo.category_create"_s,
                [this, name] {
                    return request("POST", u"/products/categories"_s, {}, QJsonObject{{u"name"_s, name}});
                },
                false, context,
                [done](const ApiError& ce, const QJsonDocument& created, const HttpResponse&) {
                    // Created meanwhile by someone else: WooCommerce names the existing term.
                    if (ce.code == u"term_exists") {
                        done({}, ce.details.value(u"resource_id"_s).toInteger());
                        return;
                    }
                    done(ce, created.object().value(u"id"_s).toInteger());
                },
                [this](const HttpResponse& r) { return classify(r); });
        },
        [this](const HttpResponse& r) { return classify(r); });
}

void WooCommerceClient::testConnection(QObject* context, std::function<void(const ApiError&)> done)
{
    run(
        u"woo.test"_s,
        [this] {
            return request("GET", u"/products"_s, {{u"per_page"_s, u"1"_s}});
        },
        true, context, [done](const ApiError& e, const QJsonDocument&, const HttpResponse&) { done(e); },
        [this](const HttpResponse& r) { return classify(r); });
}

void WooCommerceClient::listPage(const QString& path, const QList<std::pair<QString, QString>>& query, int page,
    int perPage, QObject* context, PageCallback done, std::function<void()> answered)
{
    QList<std::pair<QString, QString>> params = query;
    params.append({u"page"_s, QString::number(std::max(1, page))});
    params.append({u"per_page"_s, QString::number(perPage)});
    runJudged(
        u"woo.list"_s, [this, path, params] { return request("GET", path, params); }, true, context,
        [done](const ApiError& e, const QJsonDocument& doc, const HttpResponse& response) {
            if (e.isError()) {
                done(e, {}, 0, 0);
                return;
            }
            const int total = response.header("X-WP-Total").toInt();
            const int totalPages = response.header("X-WP-TotalPages").toInt();
            done({}, doc.array(), total, totalPages);
        },
        [this](const HttpResponse& r) { return classify(r); },
        [this](const HttpResponse& r, const QJsonDocument& doc) {
            // A list answers with an array; anything else (an object, a body cut short) is not a page.
            if (doc.isArray())
                return ApiError::none();
            return errorFor(ErrorClass::Transient, r.status, QString(),
                QCoreApplication::translate("WooCommerceClient", "the list answer is not a JSON array"));
        },
        std::move(answered));
}
