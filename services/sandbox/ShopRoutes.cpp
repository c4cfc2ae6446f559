#include "ShopRoutes.h"

#include "commerce/OAuth1.h"
#include "core/Json.h"
#include "core/Money.h"
#include "core/SiteRenderer.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace
{

QByteArray json(const QJsonValue& v)
{
    return v.isArray() ? Json::canonical(v.toArray()) : Json::canonical(v.toObject());
}

QString rawText(const QJsonValue& v)
{
    return v.isObject() ? v.toObject().value(u"raw"_s).toString() : v.toString();
}

QJsonObject textField(const QString& raw)
{
    return QJsonObject{{u"raw"_s, raw}, {u"rendered"_s, raw.isEmpty() ? QString() : u"<p>"_s + raw + u"</p>\n"_s}};
}

qint64 idFrom(const QString& route, const QString& prefix)
{
    return route.mid(prefix.size()).section(u'/', 0, 0).toLongLong();
}

} // namespace

ShopRoutes::ShopRoutes(const SandboxCredentials* credentials, std::function<QString()> baseUrl)
    : m_credentials(credentials)
    , m_baseUrl(std::move(baseUrl))
{ }

void ShopRoutes::reset()
{
    m_products.clear();
    m_variations.clear();
    m_categories.clear();
    m_items.clear();
    m_nonces.clear();
    m_nextProduct = 100;
    m_nextTerm = 20;
    m_nextItem = 1000;
    m_administrator = true;
    m_keepsScripts = true;
}

QJsonObject ShopRoutes::snapshot() const
{
    return QJsonObject{{u"products"_s, m_products.size()}, {u"categories"_s, m_categories.size()},
        {u"posts"_s, m_items.value(u"posts"_s).size()}, {u"pages"_s, m_items.value(u"pages"_s).size()},
        {u"media"_s, m_items.value(u"media"_s).size()}};
}

QList<QJsonObject> ShopRoutes::products() const
{
    return m_products.values();
}

QList<QJsonObject> ShopRoutes::items(const QString& collection) const
{
    return m_items.value(collection).values();
}

QJsonObject ShopRoutes::wpError(const QString& code, const QString& message, int status, QJsonObject data)
{
    data.insert(u"status"_s, status);
    return QJsonObject{{u"code"_s, code}, {u"message"_s, message}, {u"data"_s, data}};
}

void ShopRoutes::frontPage(const ServerRequest& request, const Reply& reply)
{
    const QString root = m_queryStyle ? base() + u"/?rest_route=/"_s : base() + u"/wp-json/"_s;
    // A page by its id (a draft's preview link) or its slug (a published page's permalink), with the menu, header
    // and footer every page of a theme repeats around its own words.
    const qint64 pageId = QUrlQuery(request.url).queryItemValue(u"page_id"_s).toLongLong();
    const QString slug = request.path().mid(1).remove(u'/');
    if (pageId > 0 || !slug.isEmpty()) {
        const QMap<qint64, QJsonObject>& pages = m_items[u"pages"_s];
        const auto found = std::find_if(pages.cbegin(), pages.cend(), [&](const QJsonObject& p) {
            return pageId > 0 ? p.value(u"id"_s).toInteger() == pageId
                              : p.value(u"slug"_s).toString() == slug && p.value(u"status"_s).toString() == u"publish";
        });
        if (found == pages.cend()) {
            reply->send(404, {{"Content-Type", "text/html; charset=UTF-8"}},
                "<!doctype html><html><head><title>Page not found</title></head><body><h1>Nothing here</h1></body>"
                "</html>");
            return;
        }
        const QString title = found->value(u"title"_s).toObject().value(u"rendered"_s).toString();
        const QString html = u"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%1 – Sandbox "
                             u"shop</title><style>body{font-family:sans-serif}</style><script>window.dataLayer=[];"
                             u"</script></head><body><header><nav><a href=\"/\">Home</a> <a href=\"/shop/\">Shop</a> "
                             u"<a href=\"/cart/\">Cart</a></nav></header><main><h1>%1</h1>%2</main><footer>© Sandbox "
                             u"shop · <a href=\"/privacy/\">Privacy</a></footer></body></html>"_s.arg(
                                 QString(title).remove(u"<p>"_s).remove(u"</p>"_s).trimmed(),
                                 found->value(u"content"_s).toObject().value(u"rendered"_s).toString());
        reply->send(200, {{"Content-Type", "text/html; charset=UTF-8"}}, html.toUtf8());
        return;
    }
    SiteRenderer::Page page;
    page.shop = u"Sandbox shop"_s;
    page.title = u"Sandbox shop"_s;
    page.tagline = u"A WordPress site with WooCommerce, simulated by quorum-sandbox"_s;
    reply->send(200,
        {{"Content-Type", "text/html; charset=UTF-8"}, {"Link", "<" + root.toUtf8() + ">; rel=\"https://api.w.org/\""}},
        SiteRenderer::render(page).toUtf8());
}

int ShopRoutes::wpAuth(const ServerRequest& r) const
{
    const QByteArray header = r.header("authorization");
    if (!header.startsWith("Basic "))
        return 0;
    const QByteArray decoded = QByteArray::fromBase64(header.mid(6));
    const QString user = QString::fromUtf8(decoded.left(decoded.indexOf(':')));
    const QString password = QString::fromUtf8(decoded.mid(decoded.indexOf(':') + 1)).remove(u' ');
    if (m_credentials->wpUser.isEmpty())
        return 1;
    return user == m_credentials->wpUser && password == QString(m_credentials->wpPassword).remove(u' ') ? 1 : -1;
}

bool ShopRoutes::wooAuthorized(const ServerRequest& r, QString* why)
{
    if (m_credentials->wooKey.isEmpty())
        return true;
    const QUrlQuery q(r.url);
    if (r.header("authorization").startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(r.header("authorization").mid(6));
        const bool ok = decoded == (m_credentials->wooKey + u':' + m_credentials->wooSecret).toUtf8();
        *why = u"Consumer key is invalid."_s;
        return ok;
    }
    if (q.hasQueryItem(u"consumer_key"_s)) {
        *why = u"Consumer key is invalid."_s;
        return q.queryItemValue(u"consumer_key"_s) == m_credentials->wooKey
            && q.queryItemValue(u"consumer_secret"_s) == m_credentials->wooSecret;
    }
    if (q.hasQueryItem(u"oauth_signature"_s)) {
        if (q.queryItemValue(u"oauth_consumer_key"_s) != m_credentials->wooKey) {
            *why = u"Consumer key is invalid."_s;
            return false;
        }
        const qint64 ts = q.queryItemValue(u"oauth_timestamp"_s).toLongLong();
        if (std::abs(QDateTime::currentSecsSinceEpoch() - ts) > 15 * 60) {
            *why = u"Invalid timestamp."_s;
            return false;
        }
        const QByteArray nonce = q.queryItemValue(u"oauth_nonce"_s).toUtf8();
        if (m_nonces.contains(nonce)) {
            *why = u"Invalid nonce - nonce has already been used."_s;
            return false;
        }
        QUrl full(base() + r.url.path());
        full.setQuery(r.url.query(QUrl::FullyEncoded), QUrl::StrictMode);
        if (!OAuth1::verify(r.method, full, m_credentials->wooSecret)) {
            *why = u"Invalid signature - provided signature does not match."_s;
            return false;
        }
        m_nonces.insert(nonce);
        return true;
    }
    *why = u"Consumer key is missing."_s;
    return false;
}

QString ShopRoutes::uniqueSlug(const QString& wanted, const QString& collection) const
{
    const QString baseSlug = SiteRenderer::slugify(wanted);
    const auto taken = [&](const QString& s) {
        if (collection == u"products") {
            return std::any_of(m_products.begin(), m_products.end(),
                [&](const QJsonObject& p) { return p.value(u"slug"_s).toString() == s; });
        }
        const auto& items = m_items.value(collection);
        return std::any_of(
            items.begin(), items.end(), [&](const QJsonObject& p) { return p.value(u"slug"_s).toString() == s; });
    };
    QString slug = baseSlug;
    for (int n = 2; taken(slug); ++n)
        slug = baseSlug + u'-' + QString::number(n);
    return slug;
}

void ShopRoutes::handle(
    const QString& route, const ServerRequest& request, const FaultPlan::Decision& fault, const Reply& reply)
{
    const bool stallAfterWrite = fault.kind == u"timeout_after_create";
    if (route.startsWith(u"/wc/v3"_s))
        woo(route.mid(6), request, stallAfterWrite, reply);
    else if (route.startsWith(u"/wp/v2"_s))
        wp(route.mid(6), request, stallAfterWrite, reply);
    else if (route == u"/" || route.isEmpty())
        reply->sendJson(200,
            json(QJsonObject{{u"name"_s, u"Sandbox shop"_s}, {u"url"_s, base()}, {u"home"_s, base()},
                {u"namespaces"_s, QJsonArray{u"wp/v2"_s, u"wc/v3"_s}},
                {u"authentication"_s,
                    QJsonObject{{u"application-passwords"_s,
                        QJsonObject{{u"endpoints"_s,
                            QJsonObject{{u"authorization"_s,
                                QString(base() + u"/wp-admin/authorize-application.php"_s)}}}}}}}}),
            {{"Link", "<" + base().toUtf8() + "/wp-json/>; rel=\"https://api.w.org/\""}});
    else
        reply->sendJson(
            404, json(wpError(u"rest_no_route"_s, u"No route was found matching the URL and request method."_s, 404)));
}

QJsonObject ShopRoutes::createProduct(QJsonObject in, QJsonObject* error)
{
    const QString sku = in.value(u"sku"_s).toString();
    if (!sku.isEmpty()) {
        for (const QJsonObject& p : std::as_const(m_products)) {
            if (p.value(u"sku"_s).toString() == sku) {
                *error = wpError(u"product_invalid_sku"_s, u"Invalid or duplicated SKU."_s, 400,
                    QJsonObject{{u"resource_id"_s, p.value(u"id"_s)}, {u"unique_sku"_s, QString(sku + u"-1"_s)}});
                return {};
            }
        }
    }
    const qint64 id = m_nextProduct++;
    in.insert(u"id"_s, id);
    in.insert(u"type"_s, in.value(u"type"_s).toString(u"simple"_s));
    in.insert(u"status"_s, in.value(u"status"_s).toString(u"publish"_s));
    in.insert(
        u"slug"_s, uniqueSlug(in.value(u"slug"_s).toString(in.value(u"name"_s).toString(u"product"_s)), u"products"_s));
    in.insert(u"date_created"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return updateProduct(id, in, error).isEmpty() ? QJsonObject() : m_products.value(id);
}

QJsonObject ShopRoutes::updateProduct(qint64 id, const QJsonObject& in, QJsonObject* error)
{
    QJsonObject p = m_products.value(id, in);
    if (in.contains(u"sku"_s) && !in.value(u"sku"_s).toString().isEmpty()) {
        for (const QJsonObject& other : std::as_const(m_products)) {
            if (other.value(u"id"_s).toInteger() != id
                && other.value(u"sku"_s).toString() == in.value(u"sku"_s).toString()) {
                *error = wpError(u"product_invalid_sku"_s, u"Invalid or duplicated SKU."_s, 400,
                    QJsonObject{{u"resource_id"_s, other.value(u"id"_s)}});
                return {};
            }
        }
    }
    for (auto it = in.begin(); it != in.end(); ++it) {
        if (it.key() == u"meta_data" && m_products.contains(id))
            p.insert(it.key(), mergedMeta(p.value(u"meta_data"_s).toArray(), it.value().toArray()));
        else if (it.key() != u"variations" && it.key() != u"date_modified")
            p.insert(it.key(), it.value());
    }
    p.insert(u"id"_s, id);
    p.insert(u"price"_s,
        p.value(u"sale_price"_s).toString().isEmpty() ? p.value(u"regular_price"_s) : p.value(u"sale_price"_s));
    QJsonArray categories;
    for (const QJsonValue& c : p.value(u"categories"_s).toArray()) {
        const qint64 cid = c.toObject().value(u"id"_s).toInteger();
        const QJsonObject term = m_categories.value(cid);
        categories.append(
            QJsonObject{{u"id"_s, cid}, {u"name"_s, term.value(u"name"_s)}, {u"slug"_s, term.value(u"slug"_s)}});
    }
    p.insert(u"categories"_s, categories);
    QJsonArray images;
    for (const QJsonValue& i : p.value(u"images"_s).toArray()) {
        QJsonObject img = i.toObject();
        const qint64 mid = img.value(u"id"_s).toInteger();
        if (mid > 0 && m_items.value(u"media"_s).contains(mid))
            img.insert(u"src"_s, m_items.value(u"media"_s).value(mid).value(u"source_url"_s));
        images.append(img);
    }
    p.insert(u"images"_s, images);
    p.insert(u"permalink"_s, QString(base() + u"/product/"_s + p.value(u"slug"_s).toString() + u'/'));
    QJsonArray variationIds;
    for (auto it = m_variations.value(id).cbegin(); it != m_variations.value(id).cend(); ++it)
        variationIds.append(it.key());
    p.insert(u"variations"_s, variationIds);
    // WooCommerce saves only what changed; date_modified moves only then.
    const QJsonObject before = m_products.value(id);
    QJsonObject comparable = p;
    comparable.insert(u"date_modified"_s, before.value(u"date_modified"_s));
    if (comparable == before)
        return before;
    p.insert(u"date_modified"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    m_products.insert(id, p);
    return p;
}

QJsonArray ShopRoutes::mergedMeta(QJsonArray meta, const QJsonArray& changes)
{
    // meta_data entries are updated by id, else by key; new keys are added; the rest stay.
    for (const QJsonValue& v : changes) {
        const QJsonObject change = v.toObject();
        bool found = false;
        for (qsizetype i = 0; i < meta.size() && !found; ++i) {
            QJsonObject m = meta.at(i).toObject();
            const bool match = change.contains(u"id"_s) ? m.value(u"id"_s) == change.value(u"id"_s)
                                                        : m.value(u"key"_s) == change.value(u"key"_s);
            if (match) {
                m.insert(u"value"_s, change.value(u"value"_s));
                meta.replace(i, m);
                found = true;
            }
        }
        if (!found) {
            QJsonObject m = change;
            m.insert(u"id"_s, m_nextItem++);
            meta.append(m);
        }
    }
    return meta;
}

QJsonObject ShopRoutes::writeVariation(qint64 productId, qint64 id, const QJsonObject& in)
{
    QJsonObject v = m_variations.value(productId).value(id);
    const QJsonObject before = v;
    for (auto it = in.begin(); it != in.end(); ++it) {
        if (it.key() == u"meta_data")
            v.insert(it.key(), mergedMeta(v.value(u"meta_data"_s).toArray(), it.value().toArray()));
        else if (it.key() != u"date_modified")
            v.insert(it.key(), it.value());
    }
    v.insert(u"id"_s, id);
    v.insert(u"parent_id"_s, productId);
    if (!v.contains(u"status"_s))
        v.insert(u"status"_s, u"publish"_s);
    v.insert(u"price"_s,
        v.value(u"sale_price"_s).toString().isEmpty() ? v.value(u"regular_price"_s) : v.value(u"sale_price"_s));
    v.insert(u"permalink"_s,
        QString(m_products.value(productId).value(u"permalink"_s).toString() + u"?variation="_s + QString::number(id)));
    QJsonObject comparable = v;
    comparable.insert(u"date_modified"_s, before.value(u"date_modified"_s));
    if (comparable == before)
        return before;
    v.insert(u"date_modified"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    m_variations[productId].insert(id, v);
    // The parent lists its variations.
    QJsonObject parent = m_products.value(productId);
    QJsonArray ids;
    for (auto it = m_variations.value(productId).cbegin(); it != m_variations.value(productId).cend(); ++it)
        ids.append(it.key());
    parent.insert(u"variations"_s, ids);
    m_products.insert(productId, parent);
    return v;
}

qint64 ShopRoutes::seedProduct(const QJsonObject& product, const QJsonArray& variations)
{
    QJsonObject error;
    const QJsonObject created = createProduct(product, &error);
    const qint64 id = created.value(u"id"_s).toInteger();
    for (const QJsonValue& v : variations)
        writeVariation(id, m_nextProduct++, v.toObject());
    return id;
}

QList<QJsonObject> ShopRoutes::variations(qint64 productId) const
{
    return m_variations.value(productId).values();
}

void ShopRoutes::variationRoutes(qint64 productId, const QString& rest, const ServerRequest& r, const QJsonObject& body,
    bool stallAfterWrite, const Reply& reply)
{
    const QByteArray& m = r.method;
    const auto finishWrite = [&](int status, const QJsonValue& v) {
        if (stallAfterWrite)
            reply->stall();
        else
            reply->sendJson(status, json(v));
    };
    const auto invalid = [&](qint64 id) {
        return QJsonObject{{u"id"_s, id},
            {u"error"_s, wpError(u"woocommerce_rest_product_variation_invalid_id"_s, u"Invalid ID."_s, 400)}};
    };
    if (rest.isEmpty() && m == "GET") {
        const QUrlQuery q(r.url);
        const QList<QJsonObject> all = m_variations.value(productId).values();
        const int perPage = std::clamp(
            q.queryItemValue(u"per_page"_s).toInt() > 0 ? q.queryItemValue(u"per_page"_s).toInt() : 10, 1, 100);
        const int page = std::max(1, q.queryItemValue(u"page"_s).toInt());
        QJsonArray out;
        for (qsizetype i = static_cast<qsizetype>(page - 1) * perPage; i < all.size() && out.size() < perPage; ++i)
            out.append(all.at(i));
        reply->sendJson(200, json(out),
            {{"X-WP-Total", QByteArray::number(all.size())},
                {"X-WP-TotalPages", QByteArray::number((all.size() + perPage - 1) / perPage)}});
        return;
    }
    if (rest.isEmpty() && m == "POST") {
        finishWrite(201, writeVariation(productId, m_nextProduct++, body));
        return;
    }
    if (rest == u"batch" && m == "POST") {
        QJsonObject out;
        QJsonArray created;
        for (const QJsonValue& v : body.value(u"create"_s).toArray())
            created.append(writeVariation(productId, m_nextProduct++, v.toObject()));
        QJsonArray updated;
        for (const QJsonValue& v : body.value(u"update"_s).toArray()) {
            const qint64 id = v.toObject().value(u"id"_s).toInteger();
            updated.append(
                m_variations.value(productId).contains(id) ? writeVariation(productId, id, v.toObject()) : invalid(id));
        }
        QJsonArray deleted;
        for (const QJsonValue& v : body.value(u"delete"_s).toArray()) {
            const qint64 id = v.toInteger();
            deleted.append(m_variations[productId].contains(id) ? m_variations[productId].take(id) : invalid(id));
        }
        if (!created.isEmpty())
            out.insert(u"create"_s, created);
        if (!updated.isEmpty())
            out.insert(u"update"_s, updated);
        if (!deleted.isEmpty())
            out.insert(u"delete"_s, deleted);
        finishWrite(200, out);
        return;
    }
    const qint64 id = rest.section(u'/', 0, 0).toLongLong();
    if (!m_variations.value(productId).contains(id)) {
        reply->sendJson(404, json(wpError(u"woocommerce_rest_product_variation_invalid_id"_s, u"Invalid ID."_s, 404)));
        return;
    }
    if (m == "GET")
        reply->sendJson(200, json(m_variations.value(productId).value(id)));
    else if (m == "DELETE")
        reply->sendJson(200, json(m_variations[productId].take(id)));
    else
        finishWrite(200, writeVariation(productId, id, body));
}

void ShopRoutes::woo(const QString& route, const ServerRequest& r, bool stallAfterWrite, const Reply& reply)
{
    QString why;
    if (!wooAuthorized(r, &why)) {
        reply->sendJson(401, json(wpError(u"woocommerce_rest_authentication_error"_s, why, 401)));
        return;
    }
    const QUrlQuery q(r.url);
    const QByteArray& m = r.method;
    QString parseError;
    const QJsonObject body
        = r.body.isEmpty() ? QJsonObject() : Json::parseObject(r.body, &parseError).value_or(QJsonObject());
    const auto finishWrite = [&](int status, const QJsonValue& v) {
        if (stallAfterWrite)
            reply->stall(); // the write happened; the answer never comes
        else
            reply->sendJson(status, json(v));
    };

    if ((route.isEmpty() || route == u"/") && m == "GET") {
        reply->sendJson(200,
            json(QJsonObject{
                {u"namespace"_s, u"wc/v3"_s}, {u"routes"_s, QJsonObject{{u"/wc/v3/products"_s, QJsonObject{}}}}}));
        return;
    }
    // A store without a generated shop has no orders, customers or reviews yet: empty lists, as a new
    // WooCommerce store answers.
    if ((route == u"/orders" || route == u"/customers" || route == u"/products/reviews") && m == "GET") {
        reply->sendJson(200, json(QJsonArray{}), {{"X-WP-Total", "0"}, {"X-WP-TotalPages", "0"}});
        return;
    }
    if (route == u"/products" && m == "GET") {
        QJsonArray out;
        const QString sku = q.queryItemValue(u"sku"_s);
        const QString status = q.queryItemValue(u"status"_s);
        for (const QJsonObject& p : std::as_const(m_products)) {
            if (!sku.isEmpty() && p.value(u"sku"_s).toString() != sku)
                continue;
            if (status != u"any" && p.value(u"status"_s).toString() == u"trash")
                continue;
            out.append(p);
        }
        const qsizetype perPage
            = std::max(1, q.queryItemValue(u"per_page"_s).toInt() > 0 ? q.queryItemValue(u"per_page"_s).toInt() : 10);
        QJsonArray page;
        for (qsizetype i = 0; i < std::min<qsizetype>(perPage, out.size()); ++i)
            page.append(out.at(i));
        reply->sendJson(200, json(page),
            {{"X-WP-Total", QByteArray::number(out.size())},
                {"X-WP-TotalPages", QByteArray::number((out.size() + perPage - 1) / perPage)}});
        return;
    }
    if (route == u"/products" && m == "POST") {
        QJsonObject error;
        const QJsonObject created = createProduct(body, &error);
        if (created.isEmpty())
            reply->sendJson(400, json(error));
        else
            finishWrite(201, created);
        return;
    }
    if (route == u"/products/batch" && m == "POST") {
        QJsonObject out;
        QJsonArray created;
        for (const QJsonValue& v : body.value(u"create"_s).toArray()) {
            QJsonObject error;
            const QJsonObject p = createProduct(v.toObject(), &error);
            created.append(p.isEmpty() ? QJsonObject{{u"id"_s, 0}, {u"error"_s, error}} : p);
        }
        QJsonArray updated;
        for (const QJsonValue& v : body.value(u"update"_s).toArray()) {
            const qint64 id = v.toObject().value(u"id"_s).toInteger();
            QJsonObject error;
            if (!m_products.contains(id)) {
                updated.append(QJsonObject{{u"id"_s, id},
                    {u"error"_s, wpError(u"woocommerce_rest_product_invalid_id"_s, u"Invalid ID."_s, 400)}});
                continue;
            }
            const QJsonObject p = updateProduct(id, v.toObject(), &error);
            updated.append(p.isEmpty() ? QJsonObject{{u"id"_s, id}, {u"error"_s, error}} : p);
        }
        QJsonArray deleted;
        for (const QJsonValue& v : body.value(u"delete"_s).toArray()) {
            const qint64 id = v.toInteger();
            if (m_products.contains(id))
                deleted.append(m_products.take(id));
            else
                deleted.append(QJsonObject{{u"id"_s, id},
                    {u"error"_s, wpError(u"woocommerce_rest_product_invalid_id"_s, u"Invalid ID."_s, 404)}});
        }
        if (!created.isEmpty())
            out.insert(u"create"_s, created);
        if (!updated.isEmpty())
            out.insert(u"update"_s, updated);
        if (!deleted.isEmpty())
            out.insert(u"delete"_s, deleted);
        finishWrite(200, out);
        return;
    }
    if (route.startsWith(u"/products/categories"_s)) {
        if (m == "GET") {
            const QString search = q.queryItemValue(u"search"_s, QUrl::FullyDecoded);
            QJsonArray out;
            for (const QJsonObject& c : std::as_const(m_categories)) {
                if (search.isEmpty() || c.value(u"name"_s).toString().contains(search, Qt::CaseInsensitive))
                    out.append(c);
            }
            reply->sendJson(200, json(out));
            return;
        }
        const QString name = body.value(u"name"_s).toString();
        for (const QJsonObject& c : std::as_const(m_categories)) {
            if (c.value(u"name"_s).toString().compare(name, Qt::CaseInsensitive) == 0) {
                reply->sendJson(400,
                    json(wpError(u"term_exists"_s, u"A term with the name provided already exists with this parent."_s,
                        400, QJsonObject{{u"resource_id"_s, c.value(u"id"_s)}})));
                return;
            }
        }
        const qint64 id = m_nextTerm++;
        const QJsonObject term{
            {u"id"_s, id}, {u"name"_s, name}, {u"slug"_s, SiteRenderer::slugify(name)}, {u"count"_s, 0}};
        m_categories.insert(id, term);
        finishWrite(201, term);
        return;
    }
    if (route.startsWith(u"/products/"_s)) {
        const qint64 id = idFrom(route, u"/products/"_s);
        if (m_products.contains(id) && route.section(u'/', 3, 3) == u"variations") {
            variationRoutes(id, route.section(u'/', 4), r, body, stallAfterWrite, reply);
            return;
        }
        if (!m_products.contains(id)) {
            reply->sendJson(404, json(wpError(u"woocommerce_rest_product_invalid_id"_s, u"Invalid ID."_s, 404)));
            return;
        }
        if (m == "GET") {
            reply->sendJson(200, json(m_products.value(id)));
        } else if (m == "PUT" || m == "POST" || m == "PATCH") {
            QJsonObject error;
            const QJsonObject p = updateProduct(id, body, &error);
            if (p.isEmpty())
                reply->sendJson(400, json(error));
            else
                finishWrite(200, p);
        } else if (m == "DELETE") {
            QJsonObject p = m_products.value(id);
            if (q.queryItemValue(u"force"_s) == u"true") {
                m_products.remove(id);
            } else {
                p.insert(u"status"_s, u"trash"_s);
                m_products.insert(id, p);
            }
            reply->sendJson(200, json(p));
        }
        return;
    }
    reply->sendJson(
        404, json(wpError(u"rest_no_route"_s, u"No route was found matching the URL and request method."_s, 404)));
}

QJsonObject ShopRoutes::createItem(const QString& collection, const QJsonObject& in)
{
    const qint64 id = m_nextItem++;
    QJsonObject item{{u"id"_s, id}, {u"type"_s, collection == u"pages" ? u"page"_s : u"post"_s},
        {u"date"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}, {u"status"_s, u"draft"_s}, {u"author"_s, 1},
        {u"featured_media"_s, 0}, {u"categories"_s, QJsonArray{1}}, {u"tags"_s, QJsonArray{}}};
    const QString title = rawText(in.value(u"title"_s));
    item.insert(u"slug"_s, uniqueSlug(in.value(u"slug"_s).toString(title.isEmpty() ? u"item"_s : title), collection));
    m_items[collection].insert(id, item);
    return updateItem(collection, id, in);
}

QJsonObject ShopRoutes::updateItem(const QString& collection, qint64 id, const QJsonObject& in)
{
    QJsonObject item = m_items[collection].value(id);
    for (const QString& key : {u"title"_s, u"content"_s, u"excerpt"_s}) {
        if (!in.contains(key))
            continue;
        QString raw = rawText(in.value(key));
        if (!m_keepsScripts) {
            // kses, as WordPress applies it to users without unfiltered_html: the tags go, their text stays.
            static const QRegularExpression scriptTag(u"</?script[^>]*>"_s, QRegularExpression::CaseInsensitiveOption);
            raw.remove(scriptTag);
        }
        item.insert(key, textField(raw));
    }
    for (const QString& key : {u"status"_s, u"featured_media"_s, u"categories"_s, u"tags"_s, u"meta"_s}) {
        if (in.contains(key))
            item.insert(key, in.value(key));
    }
    if (in.contains(u"slug"_s) && in.value(u"slug"_s).toString() != item.value(u"slug"_s).toString())
        item.insert(u"slug"_s, uniqueSlug(in.value(u"slug"_s).toString(), collection));
    const bool published = item.value(u"status"_s).toString() == u"publish";
    item.insert(u"link"_s,
        published ? QString(base() + u'/' + item.value(u"slug"_s).toString() + u'/')
                  : QString(base() + (collection == u"pages" ? u"/?page_id="_s : u"/?p="_s) + QString::number(id)));
    item.insert(u"modified"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    m_items[collection].insert(id, item);
    return item;
}

QJsonObject ShopRoutes::createMedia(const ServerRequest& r, QJsonObject* error)
{
    if (r.body.isEmpty()) {
        *error = wpError(u"rest_upload_no_data"_s, u"No data supplied."_s, 400);
        return {};
    }
    if (r.header("content-type").isEmpty()) {
        *error = wpError(u"rest_upload_no_content_type"_s, u"No Content-Type supplied."_s, 400);
        return {};
    }
    const QByteArray disposition = r.header("content-disposition");
    if (disposition.isEmpty()) {
        *error = wpError(u"rest_upload_no_content_disposition"_s, u"No Content-Disposition supplied."_s, 400);
        return {};
    }
    static const QRegularExpression fileRe(u"filename=\"?([^\";]+)\"?"_s);
    const auto match = fileRe.match(QString::fromUtf8(disposition));
    if (!match.hasMatch()) {
        *error = wpError(u"rest_upload_invalid_disposition"_s,
            u"Invalid Content-Disposition supplied. Content-Disposition needs to be formatted as `attachment; filename=\"image.png\"` or similar."_s,
            400);
        return {};
    }
    const QString file = match.captured(1);
    const qint64 id = m_nextItem++;
    const QString slug = uniqueSlug(file.section(u'.', 0, 0), u"media"_s);
    QJsonObject media{{u"id"_s, id}, {u"slug"_s, slug}, {u"type"_s, u"attachment"_s}, {u"status"_s, u"inherit"_s},
        {u"media_type"_s, r.header("content-type").startsWith("image/") ? u"image"_s : u"file"_s},
        {u"mime_type"_s, QString::fromLatin1(r.header("content-type"))},
        {u"source_url"_s, QString(base() + u"/wp-content/uploads/2026/11/"_s + file)},
        {u"link"_s, QString(base() + u"/?attachment_id="_s + QString::number(id))}, {u"title"_s, textField(slug)},
        {u"alt_text"_s, QString()},
        {u"media_details"_s, QJsonObject{{u"filesize"_s, static_cast<qint64>(r.body.size())}}}};
    m_items[u"media"_s].insert(id, media);
    return media;
}

void ShopRoutes::wp(const QString& route, const ServerRequest& r, bool stallAfterWrite, const Reply& reply)
{
    const int auth = wpAuth(r);
    if (auth < 0) {
        reply->sendJson(401,
            json(
                wpError(u"incorrect_password"_s, u"The provided password is an invalid application password."_s, 401)));
        return;
    }
    const QUrlQuery q(r.url);
    const QByteArray& m = r.method;
    QString parseError;
    const QJsonObject body = r.body.isEmpty() || !r.header("content-type").startsWith("application/json")
        ? QJsonObject()
        : Json::parseObject(r.body, &parseError).value_or(QJsonObject());
    const QString collection = route.section(u'/', 1, 1);

    if (collection == u"users" && route.endsWith(u"/me"_s)) {
        if (auth == 0) {
            reply->sendJson(401, json(wpError(u"rest_not_logged_in"_s, u"You are not currently logged in."_s, 401)));
            return;
        }
        reply->sendJson(200,
            json(QJsonObject{{u"id"_s, 1},
                {u"name"_s, m_credentials->wpUser.isEmpty() ? u"admin"_s : m_credentials->wpUser},
                {u"slug"_s, m_credentials->wpUser},
                {u"roles"_s, QJsonArray{m_administrator ? u"administrator"_s : u"editor"_s}},
                {u"capabilities"_s,
                    QJsonObject{{u"publish_posts"_s, true}, {u"upload_files"_s, true},
                        {u"unfiltered_html"_s, m_administrator}}}}));
        return;
    }
    if (collection != u"posts" && collection != u"pages" && collection != u"media") {
        reply->sendJson(
            404, json(wpError(u"rest_no_route"_s, u"No route was found matching the URL and request method."_s, 404)));
        return;
    }
    const bool writes = m == "POST" || m == "PUT" || m == "PATCH" || m == "DELETE";
    if (writes && auth == 0) {
        reply->sendJson(401,
            json(wpError(u"rest_cannot_create"_s,
                u"Sorry, you are not allowed to create %1 as this user."_s.arg(collection), 401)));
        return;
    }
    const QString rest = route.section(u'/', 2);
    if (rest.isEmpty() && m == "GET") {
        const QString slug = q.queryItemValue(u"slug"_s, QUrl::FullyDecoded);
        const QStringList statuses = q.queryItemValue(u"status"_s, QUrl::FullyDecoded).split(u',', Qt::SkipEmptyParts);
        QJsonArray out;
        for (const QJsonObject& item : m_items.value(collection)) {
            if (!slug.isEmpty() && item.value(u"slug"_s).toString() != slug)
                continue;
            const QString status = item.value(u"status"_s).toString();
            const bool visible = collection == u"media"
                || (statuses.isEmpty() ? status == u"publish"
                                       : statuses.contains(status) || statuses.contains(u"any"_s));
            if (!visible || (status != u"publish" && collection != u"media" && auth != 1))
                continue;
            out.append(item);
        }
        reply->sendJson(200, json(out), {{"X-WP-Total", QByteArray::number(out.size())}, {"X-WP-TotalPages", "1"}});
        return;
    }
    if (rest.isEmpty() && m == "POST") {
        QJsonObject error;
        const QJsonObject item = collection == u"media" ? createMedia(r, &error) : createItem(collection, body);
        if (item.isEmpty()) {
            reply->sendJson(error.value(u"data"_s).toObject().value(u"status"_s).toInt(400), json(error));
            return;
        }
        if (stallAfterWrite) {
            reply->stall();
            return;
        }
        reply->sendJson(201, json(item),
            {{"Location",
                (base() + u"/wp-json/wp/v2/"_s + collection + u'/' + QString::number(item.value(u"id"_s).toInteger()))
                    .toUtf8()}});
        return;
    }
    const qint64 id = rest.section(u'/', 0, 0).toLongLong();
    if (!m_items.value(collection).contains(id)) {
        reply->sendJson(404, json(wpError(u"rest_post_invalid_id"_s, u"Invalid post ID."_s, 404)));
        return;
    }
    if (m == "GET") {
        reply->sendJson(200, json(m_items.value(collection).value(id)));
    } else if (m == "DELETE") {
        const QJsonObject item = m_items[collection].take(id);
        reply->sendJson(200, json(QJsonObject{{u"deleted"_s, true}, {u"previous"_s, item}}));
    } else {
        const QJsonObject item
            = collection == u"media" ? m_items[collection].value(id) : updateItem(collection, id, body);
        if (collection == u"media") {
            QJsonObject media = item;
            for (auto it = body.begin(); it != body.end(); ++it)
                media.insert(it.key(), it.value());
            m_items[collection].insert(id, media);
        }
        if (stallAfterWrite)
            reply->stall();
        else
            reply->sendJson(200, json(m_items[collection].value(id)));
    }
}
