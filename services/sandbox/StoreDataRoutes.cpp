#include "StoreDataRoutes.h"

#include "GraphQlLite.h"
#include "ShopRoutes.h"
#include "core/Json.h"
#include "core/Money.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace ShopData;

namespace
{

QByteArray json(const QJsonValue& v)
{
    return v.isArray() ? Json::canonical(v.toArray()) : Json::canonical(v.toObject());
}

QJsonObject wpError(const QString& code, const QString& message, int status, QJsonObject data = {})
{
    data.insert(u"status"_s, status);
    return QJsonObject{{u"code"_s, code}, {u"message"_s, message}, {u"data"_s, data}};
}

// WordPress's answer to a parameter outside its schema's bounds.
QJsonObject invalidParam(const QString& param, const QString& why)
{
    return wpError(u"rest_invalid_param"_s, u"Invalid parameter(s): %1"_s.arg(param), 400,
        QJsonObject{{u"params"_s, QJsonObject{{param, why}}},
            {u"details"_s,
                QJsonObject{{param,
                    QJsonObject{
                        {u"code"_s, u"rest_out_of_bounds"_s}, {u"message"_s, why}, {u"data"_s, QJsonValue::Null}}}}}});
}

const QRegularExpression& productPath()
{
    static const QRegularExpression re(u"^/wc/v3/products/(\\d+)(/variations(?:/(\\d+))?)?/?$"_s);
    return re;
}

QString decimal(qint64 minor)
{
    return Money::toDecimalString(minor);
}

} // namespace

StoreDataRoutes::StoreDataRoutes(
    const SandboxCredentials* credentials, std::function<QString()> baseUrl, ShopRoutes* shop)
    : m_credentials(credentials)
    , m_baseUrl(std::move(baseUrl))
    , m_shop(shop)
{ }

void StoreDataRoutes::setLedger(std::shared_ptr<const ShopLedger> ledger)
{
    m_ledger = std::move(ledger);
    m_stock.reset(m_ledger);
    if (m_ledger) {
        m_skewSecs = static_cast<qint64>(m_ledger->options().clockSkewMinutes) * 60;
        m_bucket = m_ledger->options().throttleMaximum;
        m_bucketAt = 0;
    }
}

void StoreDataRoutes::reset()
{
    m_bucket = m_ledger ? m_ledger->options().throttleMaximum : 1000;
    m_bucketAt = 0;
}

ShopData::Options StoreDataRoutes::optionsFromJson(const QJsonObject& in)
{
    Options o;
    o.seed = static_cast<quint32>(in.value(u"seed"_s).toInteger(o.seed));
    o.products = in.value(u"products"_s).toInt(o.products);
    o.orders = in.value(u"orders"_s).toInt(o.orders);
    o.customers = in.value(u"customers"_s).toInt(o.customers);
    if (in.contains(u"endDate"_s))
        o.endDate = QDate::fromString(in.value(u"endDate"_s).toString(), Qt::ISODate);
    if (in.value(u"currencies"_s).isArray())
        o.currencies = Json::toStringList(in.value(u"currencies"_s).toArray());
    o.reviewShare = in.value(u"reviewShare"_s).toDouble(o.reviewShare);
    o.clockSkewMinutes = in.value(u"clockSkewMinutes"_s).toInt(o.clockSkewMinutes);
    o.throttleMaximum = in.value(u"throttleMaximum"_s).toDouble(o.throttleMaximum);
    o.throttleRestoreRate = in.value(u"throttleRestoreRate"_s).toDouble(o.throttleRestoreRate);
    return o;
}

QString StoreDataRoutes::restRoute(const ServerRequest& request)
{
    const QString fromQuery = QUrlQuery(request.url).queryItemValue(u"rest_route"_s, QUrl::FullyDecoded);
    return !fromQuery.isEmpty() ? fromQuery : request.path().mid(8); // after /wp-json
}

bool StoreDataRoutes::claims(const QString& route, const ServerRequest& request) const
{
    if (!m_ledger)
        return false;
    if (route == u"shopify") {
        const auto body = Json::parseObject(request.body, nullptr);
        if (!body)
            return false;
        const QList<GraphQlLite::Field> top
            = GraphQlLite::parse(body->value(u"query"_s).toString(), body->value(u"variables"_s).toObject(), nullptr);
        return std::any_of(top.begin(), top.end(), [](const GraphQlLite::Field& f) {
            return f.name == u"orders" || f.name == u"customers" || f.name == u"products"
                || f.name == u"inventorySetQuantities";
        });
    }
    if (route != u"woo")
        return false;
    const QString rest = restRoute(request);
    if (request.method != "GET") {
        // Stock written to a generated product or variation; every other write goes to ShopRoutes.
        const auto m = productPath().match(rest);
        return (request.method == "PUT" || request.method == "POST") && m.hasMatch()
            && m_ledger->product(m.captured(1).toLongLong()) != nullptr
            && (m.captured(2).isEmpty() || !m.captured(3).isEmpty());
    }
    if (rest.startsWith(u"/wc/v3/orders"_s) || rest.startsWith(u"/wc/v3/customers"_s)
        || rest.startsWith(u"/wc/v3/products/reviews"_s) || rest == u"/wc/v3/products" || rest == u"/wc/v3/products/")
        return true;
    const auto m = productPath().match(rest);
    return m.hasMatch() && m_ledger->product(m.captured(1).toLongLong()) != nullptr;
}

void StoreDataRoutes::serve(
    const QString& route, const ServerRequest& request, const FaultPlan::Decision& fault, const Reply& reply)
{
    const QString& kind = fault.kind;
    if (kind == u"reset") {
        reply->reset();
        return;
    }
    if (kind == u"stall") {
        reply->stall();
        return;
    }
    const bool shopify = route == u"shopify";
    Answer a;
    if (kind == u"500" || kind == u"503" || kind == u"429" || (kind == u"401" && !shopify)) {
        a.status = kind.toInt();
        a.headers.append({"Retry-After", QByteArray::number(fault.retryAfterSeconds)});
        a.body = shopify ? QByteArray(R"({"errors":"Internal error. Looks like something went wrong on our end."})")
                         : json(QJsonObject{{u"code"_s, kind == u"401" ? u"rest_not_logged_in"_s : u"sandbox_fault"_s},
                             {u"message"_s, u"Injected fault %1"_s.arg(kind)},
                             {u"data"_s, QJsonObject{{u"status"_s, kind.toInt()}}}});
    } else if (kind == u"malformed" && !shopify) {
        reply->send(
            200, {{"Content-Type", "text/html"}}, "<html><body>Checking your browser before accessing…</body></html>");
        return;
    } else {
        a = shopify ? this->shopify(request, fault) : woo(restRoute(request), request, fault);
        if (kind == u"timeout_after_write") {
            reply->stall(); // the write (if it was one) happened; the answer never comes
            return;
        }
    }
    if (kind == u"truncated") {
        // The real page, cut off halfway: the client must see an error, never a short page.
        a.headers.prepend({"Content-Type", "application/json; charset=UTF-8"});
        reply->sendTruncated(a.status, a.headers, a.body);
        return;
    }
    reply->sendJson(a.status, a.body, a.headers);
}

// --- WooCommerce -----------------------------------------------------------------------------

QString StoreDataRoutes::wooDate(qint64 secs) const
{
    // The sandbox site's timezone is UTC, so date_created and date_created_gmt agree.
    return QDateTime::fromSecsSinceEpoch(secs + m_skewSecs, Qt::UTC).toString(u"yyyy-MM-ddTHH:mm:ss"_s);
}

bool StoreDataRoutes::storeTime(const QString& text, qint64* secs) const
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return false;
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC); // no offset: the site's time, UTC here
    *secs = t.toSecsSinceEpoch() - m_skewSecs;
    return true;
}

StoreDataRoutes::Answer StoreDataRoutes::woo(
    const QString& rest, const ServerRequest& r, const FaultPlan::Decision& fault)
{
    QString why;
    if (!m_shop->authorizeWoo(r, &why))
        return {401, json(wpError(u"woocommerce_rest_authentication_error"_s, why, 401)), {}};
    const QUrlQuery q(r.url);
    const auto notFound = [](const QString& code) {
        return Answer{404, json(wpError(code, u"Invalid ID."_s, 404)), {}};
    };
    if (rest == u"/wc/v3/orders" || rest == u"/wc/v3/orders/")
        return wooOrders(r, q, fault);
    if (rest.startsWith(u"/wc/v3/orders/"_s)) {
        const Order* o = m_ledger->order(rest.mid(14).section(u'/', 0, 0).toLongLong());
        return o ? Answer{200, json(wooOrder(*o)), {}} : notFound(u"woocommerce_rest_shop_order_invalid_id"_s);
    }
    if (rest == u"/wc/v3/customers" || rest == u"/wc/v3/customers/")
        return wooCustomers(r, q, fault);
    if (rest.startsWith(u"/wc/v3/customers/"_s)) {
        const Customer* c = m_ledger->customer(rest.mid(17).section(u'/', 0, 0).toLongLong());
        return c ? Answer{200, json(wooCustomer(*c)), {}} : notFound(u"woocommerce_rest_invalid_id"_s);
    }
    if (rest.startsWith(u"/wc/v3/products/reviews"_s))
        return wooReviews(r, q, fault);
    if (rest == u"/wc/v3/products" || rest == u"/wc/v3/products/")
        return wooProducts(r, q, fault);
    const auto m = productPath().match(rest);
    const Product* p = m.hasMatch() ? m_ledger->product(m.captured(1).toLongLong()) : nullptr;
    if (!p)
        return notFound(u"woocommerce_rest_product_invalid_id"_s);
    if (r.method != "GET") {
        const Variant* v = m.captured(3).isEmpty() ? nullptr : m_ledger->variationById(m.captured(3).toLongLong());
        if (!m.captured(3).isEmpty() && (!v || v->deleted || &m_ledger->products()[v->product] != p))
            return notFound(u"woocommerce_rest_product_variation_invalid_id"_s);
        return wooStockWrite(*p, v, r);
    }
    if (m.captured(2).isEmpty())
        return {200, json(wooProduct(*p)), {}};
    if (m.captured(3).isEmpty())
        return wooVariations(r, q, *p, fault);
    const Variant* v = m_ledger->variationById(m.captured(3).toLongLong());
    if (!v || v->deleted || &m_ledger->products()[v->product] != p)
        return notFound(u"woocommerce_rest_product_variation_invalid_id"_s);
    return {200, json(wooVariation(*v)), {}};
}

StoreDataRoutes::Answer StoreDataRoutes::wooPage(const ServerRequest& r, const QUrlQuery& q, qsizetype total,
    const std::function<QJsonValue(qsizetype)>& item, const FaultPlan::Decision& fault, int defaultPerPage,
    const std::function<QByteArray(qsizetype)>& rendered)
{
    int perPage = defaultPerPage;
    if (q.hasQueryItem(u"per_page"_s)) {
        bool ok = false;
        perPage = q.queryItemValue(u"per_page"_s).toInt(&ok);
        if (!ok || perPage < 1 || perPage > 100)
            return {400,
                json(invalidParam(u"per_page"_s, u"per_page must be between 1 (inclusive) and 100 (inclusive)"_s)), {}};
    }
    int page = 1;
    if (q.hasQueryItem(u"page"_s)) {
        bool ok = false;
        page = q.queryItemValue(u"page"_s).toInt(&ok);
        if (!ok || page < 1)
            return {400, json(invalidParam(u"page"_s, u"page must be greater than or equal to 1"_s)), {}};
    }
    // A host capping page sizes (the pageSize fault) answers shorter pages, and says so in its totals.
    if (fault.pageSize > 0)
        perPage = std::min(perPage, fault.pageSize);
    const qsizetype totalPages = (total + perPage - 1) / perPage;
    QJsonArray items;
    QByteArray body = "[";
    const qsizetype from = static_cast<qsizetype>(page - 1) * perPage;
    for (qsizetype i = from; i < std::min(total, from + perPage); ++i) {
        if (!rendered) {
            items.append(item(i));
            continue;
        }
        if (i > from)
            body += ',';
        body += rendered(i); // what Json::canonical(items) would write, item by item
    }
    body += ']';

    Headers headers{{"X-WP-Total", QByteArray::number(total)}, {"X-WP-TotalPages", QByteArray::number(totalPages)}};
    // Link as WordPress builds it: the request's own parameters with another page number.
    QUrlQuery linkQuery;
    for (const auto& [k, v] : q.queryItems(QUrl::FullyDecoded)) {
        if (k != u"page" && !k.startsWith(u"oauth_"_s) && !k.startsWith(u"consumer_"_s))
            linkQuery.addQueryItem(k, v);
    }
    const auto link = [&](int p, const char* rel) -> QByteArray {
        QUrlQuery lq = linkQuery;
        lq.addQueryItem(u"page"_s, QString::number(p));
        QUrl u(m_baseUrl() + r.path());
        u.setQuery(lq);
        return "<" + u.toEncoded() + ">; rel=\"" + rel + "\"";
    };
    QList<QByteArray> links;
    if (page > 1 && page <= totalPages + 1)
        links.append(link(page - 1, "prev"));
    if (page < totalPages)
        links.append(link(page + 1, "next"));
    if (!links.isEmpty())
        headers.append({"Link", links.join(", ")});
    return {200, rendered ? body : json(items), headers};
}

StoreDataRoutes::Answer StoreDataRoutes::wooOrders(
    const ServerRequest& r, const QUrlQuery& q, const FaultPlan::Decision& fault)
{
    const auto& orders = m_ledger->orders();
    qint64 after = std::numeric_limits<qint64>::min();
    qint64 before = std::numeric_limits<qint64>::max();
    qint64 modifiedAfter = after;
    qint64 modifiedBefore = before;
    for (const auto& [param, target] : {std::pair{u"after"_s, &after}, std::pair{u"before"_s, &before},
             std::pair{u"modified_after"_s, &modifiedAfter}, std::pair{u"modified_before"_s, &modifiedBefore}}) {
        if (q.hasQueryItem(param) && !storeTime(q.queryItemValue(param, QUrl::FullyDecoded), target))
            return {400, json(invalidParam(param, u"Invalid date."_s)), {}};
    }
    const QString orderby = q.queryItemValue(u"orderby"_s).isEmpty() ? u"date"_s : q.queryItemValue(u"orderby"_s);
    if (!QStringList{u"date"_s, u"id"_s, u"modified"_s, u"include"_s, u"title"_s, u"slug"_s}.contains(orderby))
        return {400,
            json(invalidParam(u"orderby"_s, u"orderby is not one of date, id, include, title, slug, and modified."_s)),
            {}};
    const bool ascending = q.queryItemValue(u"order"_s) == u"asc";
    QStringList statuses = q.queryItemValue(u"status"_s).split(u',', Qt::SkipEmptyParts);
    const bool anyStatus = statuses.isEmpty() || statuses.contains(u"any"_s);
    const qint64 customer = q.hasQueryItem(u"customer"_s) ? q.queryItemValue(u"customer"_s).toLongLong() : -1;

    std::vector<quint32> match;
    const auto consider = [&](quint32 i) {
        const Order& o = orders[i];
        if (o.createdSecs <= after || o.createdSecs >= before || o.updatedSecs <= modifiedAfter
            || o.updatedSecs >= modifiedBefore)
            return;
        if (!anyStatus && !statuses.contains(wooStatus(o.status)))
            return;
        if (customer >= 0) {
            const Customer* c = m_ledger->customerOf(o);
            if ((c ? c->id : 0) != customer)
                return;
        }
        match.push_back(i);
    };
    if (orderby == u"modified") {
        for (quint32 i : m_ledger->ordersByUpdate())
            consider(i);
    } else {
        for (quint32 i = 0; i < orders.size(); ++i)
            consider(i);
    }
    if (!ascending)
        std::reverse(match.begin(), match.end());
    return wooPage(
        r, q, static_cast<qsizetype>(match.size()),
        [&](qsizetype i) { return wooOrder(orders[match[static_cast<size_t>(i)]]); }, fault, 10,
        [&](qsizetype i) { return wooOrderJson(match[static_cast<size_t>(i)]); });
}

QByteArray StoreDataRoutes::wooOrderJson(quint32 index)
{
    const QString base = m_baseUrl();
    if (m_rendered.ledger != m_ledger.get() || m_rendered.skewSecs != m_skewSecs || m_rendered.baseUrl != base) {
        m_rendered = {m_ledger.get(), m_skewSecs, base, {}};
        m_rendered.json.resize(m_ledger->orders().size());
    }
    QByteArray& json = m_rendered.json[index];
    if (json.isEmpty())
        json = Json::canonical(wooOrder(m_ledger->orders()[index]));
    return json;
}

StoreDataRoutes::Answer StoreDataRoutes::wooCustomers(
    const ServerRequest& r, const QUrlQuery& q, const FaultPlan::Decision& fault)
{
    const auto& customers = m_ledger->customers();
    const QString email = q.queryItemValue(u"email"_s, QUrl::FullyDecoded);
    const QString orderby = q.queryItemValue(u"orderby"_s).isEmpty() ? u"name"_s : q.queryItemValue(u"orderby"_s);
    // WooCommerce's default order is by display name; id and registered_date are creation order here.
    std::vector<quint32> match;
    if (orderby == u"name") {
        for (quint32 i : m_ledger->customersByName()) {
            if (email.isEmpty() || m_ledger->email(customers[i]).compare(email, Qt::CaseInsensitive) == 0)
                match.push_back(i);
        }
    } else {
        for (quint32 i = 0; i < customers.size(); ++i) {
            if (email.isEmpty() || m_ledger->email(customers[i]).compare(email, Qt::CaseInsensitive) == 0)
                match.push_back(i);
        }
    }
    if (q.queryItemValue(u"order"_s) == u"desc")
        std::reverse(match.begin(), match.end());
    return wooPage(
        r, q, static_cast<qsizetype>(match.size()),
        [&](qsizetype i) { return wooCustomer(customers[match[static_cast<size_t>(i)]]); }, fault);
}

StoreDataRoutes::Answer StoreDataRoutes::wooReviews(
    const ServerRequest& r, const QUrlQuery& q, const FaultPlan::Decision& fault)
{
    const auto& reviews = m_ledger->reviews();
    QSet<qint64> products;
    for (const QString& id : q.queryItemValue(u"product"_s).split(u',', Qt::SkipEmptyParts))
        products.insert(id.toLongLong());
    qint64 after = std::numeric_limits<qint64>::min();
    if (q.hasQueryItem(u"after"_s) && !storeTime(q.queryItemValue(u"after"_s, QUrl::FullyDecoded), &after))
        return {400, json(invalidParam(u"after"_s, u"Invalid date."_s)), {}};
    std::vector<quint32> match;
    for (quint32 i = 0; i < reviews.size(); ++i) {
        const Review& rv = reviews[i];
        if (rv.createdSecs <= after)
            continue;
        if (!products.isEmpty() && !products.contains(m_ledger->products()[rv.product].id))
            continue;
        match.push_back(i);
    }
    if (q.queryItemValue(u"order"_s) != u"asc")
        std::reverse(match.begin(), match.end()); // newest first, as WooCommerce does
    return wooPage(
        r, q, static_cast<qsizetype>(match.size()),
        [&](qsizetype i) { return wooReview(reviews[match[static_cast<size_t>(i)]]); }, fault);
}

StoreDataRoutes::Answer StoreDataRoutes::wooProducts(
    const ServerRequest& r, const QUrlQuery& q, const FaultPlan::Decision& fault)
{
    // Published (ShopRoutes) products first, then the generated catalogue; both filtered alike.
    const QString sku = q.queryItemValue(u"sku"_s, QUrl::FullyDecoded);
    const QString status = q.queryItemValue(u"status"_s);
    qint64 modifiedAfter = std::numeric_limits<qint64>::min();
    if (q.hasQueryItem(u"modified_after"_s)
        && !storeTime(q.queryItemValue(u"modified_after"_s, QUrl::FullyDecoded), &modifiedAfter))
        return {400, json(invalidParam(u"modified_after"_s, u"Invalid date."_s)), {}};
    QList<QJsonObject> published;
    for (const QJsonObject& p : m_shop->products()) {
        if (!sku.isEmpty() && p.value(u"sku"_s).toString() != sku)
            continue;
        if (status != u"any" && p.value(u"status"_s).toString() == u"trash")
            continue;
        published.append(p);
    }
    std::vector<quint32> generated;
    const auto& products = m_ledger->products();
    for (quint32 i = 0; i < products.size(); ++i) {
        const Product& p = products[i];
        if (m_stock.updatedSecs(StockBook::Store::WooCommerce, i) <= modifiedAfter)
            continue;
        if (!sku.isEmpty()) {
            bool hit = false;
            for (quint32 v = 0; v < p.variantCount && !hit; ++v)
                hit = m_ledger->sku(m_ledger->variants()[p.firstVariant + v]) == sku;
            if (!hit && u"QS-%1"_s.arg(p.id - kFirstProductId + 1, 5, 10, QChar(u'0')) != sku)
                continue;
        }
        generated.push_back(i);
    }
    const qsizetype total = published.size() + static_cast<qsizetype>(generated.size());
    return wooPage(
        r, q, total,
        [&](qsizetype i) -> QJsonValue {
            if (i < published.size())
                return published.at(i);
            return wooProduct(products[generated[static_cast<size_t>(i - published.size())]]);
        },
        fault);
}

StoreDataRoutes::Answer StoreDataRoutes::wooVariations(
    const ServerRequest& r, const QUrlQuery& q, const Product& p, const FaultPlan::Decision& fault)
{
    std::vector<quint32> live;
    if (p.variantCount > 1) {
        for (quint32 v = p.firstVariant; v < p.firstVariant + p.variantCount; ++v) {
            if (!m_ledger->variants()[v].deleted)
                live.push_back(v);
        }
    }
    return wooPage(
        r, q, static_cast<qsizetype>(live.size()),
        [&](qsizetype i) { return wooVariation(m_ledger->variants()[live[static_cast<size_t>(i)]]); }, fault);
}

QJsonObject StoreDataRoutes::wooOrder(const Order& o) const
{
    const Customer* c = m_ledger->customerOf(o);
    const QString currency = m_ledger->currency(o);
    const QString first = m_ledger->firstName(c ? c->firstName : o.guestFirst);
    const QString last = m_ledger->lastName(c ? c->lastName : o.guestLast);
    const QString email = c ? m_ledger->email(*c) : ShopLedger::mailbox(first, last) + u"@guest.example.com"_s;
    const QJsonObject address{{u"first_name"_s, first}, {u"last_name"_s, last}, {u"company"_s, QString()},
        {u"address_1"_s, u"Sandboxstraat %1"_s.arg(o.id % 200 + 1)}, {u"address_2"_s, QString()},
        {u"city"_s, u"Sandbox"_s}, {u"state"_s, QString()}, {u"postcode"_s, u"1011 AB"_s},
        {u"country"_s, m_ledger->countryCode(o.shipCountry)}};
    QJsonObject billing = address;
    billing.insert(u"country"_s, m_ledger->countryCode(o.country));
    billing.insert(u"email"_s, email);
    billing.insert(u"phone"_s, QString());
    QJsonArray lines;
    for (quint32 i = 0; i < o.lineCount; ++i) {
        const LineItem& l = m_ledger->lineItems()[o.firstLine + i];
        const Variant& v = m_ledger->variants()[l.variant];
        const Product& p = m_ledger->products()[v.product];
        lines.append(QJsonObject{{u"id"_s, l.id},
            {u"name"_s,
                p.variantCount > 1 ? QString(m_ledger->productName(p) + u" - "_s + m_ledger->variantTitle(v))
                                   : m_ledger->productName(p)},
            {u"product_id"_s, p.id}, {u"variation_id"_s, v.id}, {u"quantity"_s, l.quantity},
            {u"tax_class"_s, QString()}, {u"subtotal"_s, decimal(l.subtotalMinor())},
            {u"subtotal_tax"_s,
                decimal(l.discountMinor ? l.taxMinor * l.subtotalMinor() / std::max<qint64>(1, l.totalMinor())
                                        : l.taxMinor)},
            {u"total"_s, decimal(l.totalMinor())}, {u"total_tax"_s, decimal(l.taxMinor)},
            {u"taxes"_s,
                QJsonArray{QJsonObject{
                    {u"id"_s, 1}, {u"total"_s, decimal(l.taxMinor)}, {u"subtotal"_s, decimal(l.taxMinor)}}}},
            {u"meta_data"_s, QJsonArray{}}, {u"sku"_s, m_ledger->sku(v)},
            {u"price"_s, static_cast<double>(l.totalMinor()) / 100.0 / l.quantity},
            {u"parent_name"_s,
                p.variantCount > 1 ? QJsonValue(m_ledger->productName(p)) : QJsonValue(QJsonValue::Null)}});
    }
    QJsonArray refunds;
    for (quint32 i = 0; i < o.refundCount; ++i) {
        const Refund& rf = m_ledger->refunds()[o.firstRefund + i];
        refunds.append(QJsonObject{
            {u"id"_s, rf.id}, {u"reason"_s, m_ledger->refundReason(rf)}, {u"total"_s, decimal(-rf.amountMinor)}});
    }
    const bool paid = isPaid(o.status) && o.status != OrderStatus::OnHold;
    const QJsonValue paidAt = paid ? QJsonValue(wooDate(o.createdSecs + 5)) : QJsonValue(QJsonValue::Null);
    const bool completed = o.status == OrderStatus::Completed || o.status == OrderStatus::Refunded;
    QJsonArray meta;
    if (currency != m_ledger->shopCurrency()) {
        // WooPayments' multi-currency keeps the rate from the store's currency to the order's.
        meta.append(QJsonObject{{u"id"_s, o.id * 10 + 1}, {u"key"_s, u"_wcpay_multi_currency_order_exchange_rate"_s},
            {u"value"_s, QString::number(1.0 / o.rate, 'f', 6)}});
        meta.append(QJsonObject{{u"id"_s, o.id * 10 + 2}, {u"key"_s, u"_wcpay_multi_currency_order_default_currency"_s},
            {u"value"_s, m_ledger->shopCurrency()}});
    }
    // WooCommerce's order attribution: where the visit that ended in the order came from.
    if (const ShopLedger::Attribution a = m_ledger->attribution(o); !a.campaign.isEmpty()) {
        const std::pair<const char*, QString> keys[]
            = {{"_wc_order_attribution_source_type", u"utm"_s}, {"_wc_order_attribution_utm_source", a.source},
                {"_wc_order_attribution_utm_medium", a.medium}, {"_wc_order_attribution_utm_campaign", a.campaign}};
        qint64 n = 3;
        for (const auto& [key, value] : keys)
            meta.append(
                QJsonObject{{u"id"_s, o.id * 10 + n++}, {u"key"_s, QString::fromLatin1(key)}, {u"value"_s, value}});
    }
    return QJsonObject{{u"id"_s, o.id}, {u"parent_id"_s, 0}, {u"number"_s, QString::number(o.id)},
        {u"order_key"_s, u"wc_order_%1"_s.arg(QString::number(o.id * 7919, 36))}, {u"created_via"_s, u"checkout"_s},
        {u"version"_s, u"9.4.2"_s}, {u"status"_s, wooStatus(o.status)}, {u"currency"_s, currency},
        {u"currency_symbol"_s, Money::symbol(currency)}, {u"date_created"_s, wooDate(o.createdSecs)},
        {u"date_created_gmt"_s, wooDate(o.createdSecs)}, {u"date_modified"_s, wooDate(o.updatedSecs)},
        {u"date_modified_gmt"_s, wooDate(o.updatedSecs)}, {u"discount_total"_s, decimal(o.discountMinor)},
        {u"discount_tax"_s, u"0.00"_s}, {u"shipping_total"_s, decimal(o.shippingMinor)}, {u"shipping_tax"_s, u"0.00"_s},
        {u"cart_tax"_s, decimal(o.taxMinor)}, {u"total"_s, decimal(o.totalMinor)},
        {u"total_tax"_s, decimal(o.taxMinor)}, {u"prices_include_tax"_s, false}, {u"customer_id"_s, c ? c->id : 0},
        {u"customer_note"_s, QString()}, {u"billing"_s, billing}, {u"shipping"_s, address},
        {u"payment_method"_s, u"stripe"_s}, {u"payment_method_title"_s, u"Credit card"_s},
        {u"transaction_id"_s, paid ? u"ch_%1"_s.arg(o.id) : QString()}, {u"date_paid"_s, paidAt},
        {u"date_paid_gmt"_s, paidAt},
        {u"date_completed"_s, completed ? QJsonValue(wooDate(o.updatedSecs)) : QJsonValue(QJsonValue::Null)},
        {u"date_completed_gmt"_s, completed ? QJsonValue(wooDate(o.updatedSecs)) : QJsonValue(QJsonValue::Null)},
        {u"meta_data"_s, meta}, {u"line_items"_s, lines},
        {u"shipping_lines"_s,
            QJsonArray{
                QJsonObject{{u"id"_s, o.id * 10}, {u"method_title"_s, u"Flat rate"_s}, {u"method_id"_s, u"flat_rate"_s},
                    {u"total"_s, decimal(o.shippingMinor)}, {u"total_tax"_s, u"0.00"_s}}}},
        {u"fee_lines"_s, QJsonArray{}}, {u"coupon_lines"_s, QJsonArray{}}, {u"refunds"_s, refunds},
        {u"_links"_s,
            QJsonObject{{u"self"_s,
                            QJsonArray{QJsonObject{{u"href"_s,
                                QString(m_baseUrl() + u"/wp-json/wc/v3/orders/"_s + QString::number(o.id))}}}},
                {u"collection"_s,
                    QJsonArray{QJsonObject{{u"href"_s, QString(m_baseUrl() + u"/wp-json/wc/v3/orders"_s)}}}}}}};
}

QJsonObject StoreDataRoutes::wooCustomer(const Customer& c) const
{
    const QJsonObject address{{u"first_name"_s, m_ledger->firstName(c.firstName)},
        {u"last_name"_s, m_ledger->lastName(c.lastName)}, {u"company"_s, QString()},
        {u"address_1"_s, u"Sandboxstraat %1"_s.arg(c.id % 200 + 1)}, {u"address_2"_s, QString()},
        {u"city"_s, u"Sandbox"_s}, {u"state"_s, QString()}, {u"postcode"_s, u"1011 AB"_s},
        {u"country"_s, m_ledger->countryCode(c.country)}};
    QJsonObject billing = address;
    billing.insert(u"email"_s, m_ledger->email(c));
    billing.insert(u"phone"_s, QString());
    return QJsonObject{{u"id"_s, c.id}, {u"date_created"_s, wooDate(c.createdSecs)},
        {u"date_created_gmt"_s, wooDate(c.createdSecs)}, {u"date_modified"_s, wooDate(c.updatedSecs)},
        {u"date_modified_gmt"_s, wooDate(c.updatedSecs)}, {u"email"_s, m_ledger->email(c)},
        {u"first_name"_s, m_ledger->firstName(c.firstName)}, {u"last_name"_s, m_ledger->lastName(c.lastName)},
        {u"role"_s, u"customer"_s}, {u"username"_s, m_ledger->email(c).section(u'@', 0, 0)}, {u"billing"_s, billing},
        {u"shipping"_s, address}, {u"is_paying_customer"_s, c.orderCount > 0},
        {u"avatar_url"_s, u"https://secure.gravatar.com/avatar/?s=96&d=mm&r=g"_s}, {u"meta_data"_s, QJsonArray{}}};
}

QJsonObject StoreDataRoutes::wooReview(const Review& rv) const
{
    const Product& p = m_ledger->products()[rv.product];
    const QString name = m_ledger->firstName(rv.firstName) + u' ' + m_ledger->lastName(rv.lastName);
    return QJsonObject{{u"id"_s, rv.id}, {u"date_created"_s, wooDate(rv.createdSecs)},
        {u"date_created_gmt"_s, wooDate(rv.createdSecs)}, {u"product_id"_s, p.id},
        {u"product_name"_s, m_ledger->productName(p)},
        {u"product_permalink"_s, QString(m_baseUrl() + u"/product/"_s + m_ledger->productHandle(p) + u'/')},
        {u"status"_s, u"approved"_s}, {u"reviewer"_s, name},
        {u"reviewer_email"_s,
            QString(ShopLedger::mailbox(m_ledger->firstName(rv.firstName), m_ledger->lastName(rv.lastName))
                + u"@example.com"_s)},
        {u"review"_s, QString(u"<p>"_s + m_ledger->reviewText(rv).toHtmlEscaped() + u"</p>\n"_s)},
        {u"rating"_s, rv.rating}, {u"verified"_s, rv.verified}};
}

QJsonObject StoreDataRoutes::wooProduct(const Product& p) const
{
    const auto& variants = m_ledger->variants();
    const Variant& firstVariant = variants[p.firstVariant];
    const bool variable = p.variantCount > 1;
    const auto index = static_cast<quint32>(&p - m_ledger->products().data());
    const qint64 modified = m_stock.updatedSecs(StockBook::Store::WooCommerce, index);
    QJsonArray attributes;
    QJsonArray variationIds;
    qint64 minPrice = std::numeric_limits<qint64>::max();
    int stock = 0;
    QStringList sizes;
    QStringList colours;
    for (quint32 i = p.firstVariant; i < p.firstVariant + p.variantCount; ++i) {
        const Variant& v = variants[i];
        if (v.deleted)
            continue;
        minPrice = std::min(minPrice, v.priceMinor);
        stock += m_stock.available(StockBook::Store::WooCommerce, i);
        if (variable)
            variationIds.append(v.id);
        if (p.sizes > 1 && !sizes.contains(m_ledger->sizeName(v.size)))
            sizes.append(m_ledger->sizeName(v.size));
        if (p.colours > 1 && !colours.contains(m_ledger->colourName(v.colour)))
            colours.append(m_ledger->colourName(v.colour));
    }
    if (!sizes.isEmpty())
        attributes.append(QJsonObject{{u"id"_s, 0}, {u"name"_s, u"Size"_s}, {u"position"_s, 0}, {u"visible"_s, true},
            {u"variation"_s, true}, {u"options"_s, QJsonArray::fromStringList(sizes)}});
    if (!colours.isEmpty())
        attributes.append(QJsonObject{{u"id"_s, 0}, {u"name"_s, u"Colour"_s}, {u"position"_s, 1}, {u"visible"_s, true},
            {u"variation"_s, true}, {u"options"_s, QJsonArray::fromStringList(colours)}});
    const bool onSale = !variable && firstVariant.compareAtMinor > firstVariant.priceMinor;
    QJsonObject out{{u"id"_s, p.id}, {u"name"_s, m_ledger->productName(p)}, {u"slug"_s, m_ledger->productHandle(p)},
        {u"permalink"_s, QString(m_baseUrl() + u"/product/"_s + m_ledger->productHandle(p) + u'/')},
        {u"date_created"_s, wooDate(p.createdSecs)}, {u"date_created_gmt"_s, wooDate(p.createdSecs)},
        {u"date_modified"_s, wooDate(modified)}, {u"date_modified_gmt"_s, wooDate(modified)},
        {u"type"_s, variable ? u"variable"_s : u"simple"_s}, {u"status"_s, u"publish"_s},
        {u"sku"_s,
            variable ? u"QS-%1"_s.arg(p.id - kFirstProductId + 1, 5, 10, QChar(u'0')) : m_ledger->sku(firstVariant)},
        {u"price"_s, decimal(minPrice)},
        {u"regular_price"_s,
            variable ? QString() : decimal(onSale ? firstVariant.compareAtMinor : firstVariant.priceMinor)},
        {u"sale_price"_s, onSale ? decimal(firstVariant.priceMinor) : QString()}, {u"on_sale"_s, onSale},
        {u"manage_stock"_s, !variable},
        {u"stock_quantity"_s, variable ? QJsonValue(QJsonValue::Null) : QJsonValue(stock)},
        {u"stock_status"_s, stock > 0 ? u"instock"_s : u"outofstock"_s},
        {u"weight"_s, variable ? QString() : QString::number(firstVariant.weightGrams / 1000.0, 'f', 3)},
        {u"categories"_s,
            QJsonArray{QJsonObject{{u"id"_s, 9000 + p.category}, {u"name"_s, m_ledger->categoryName(p.category)},
                {u"slug"_s, m_ledger->categoryName(p.category).toLower()}}}},
        {u"attributes"_s, attributes}, {u"variations"_s, variationIds}, {u"images"_s, QJsonArray{}},
        {u"meta_data"_s,
            variable ? QJsonArray{}
                     : QJsonArray{QJsonObject{{u"id"_s, p.id * 10}, {u"key"_s, u"_wc_cog_cost"_s},
                         {u"value"_s, decimal(firstVariant.costMinor)}}}}};
    return out;
}

StoreDataRoutes::Answer StoreDataRoutes::wooStockWrite(
    const Product& p, const Variant* variation, const ServerRequest& r)
{
    const QJsonObject body = Json::parseObject(r.body, nullptr).value_or(QJsonObject());
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != u"stock_quantity" && it.key() != u"manage_stock")
            return {400,
                json(wpError(u"sandbox_read_only"_s,
                    u"The generated shop's products take stock writes only (stock_quantity), not %1."_s.arg(it.key()),
                    400)),
                {}};
    }
    if (!variation && p.variantCount > 1)
        return {400,
            json(invalidParam(u"stock_quantity"_s, u"A variable product keeps its stock on its variations."_s)), {}};
    const Variant& v = variation ? *variation : m_ledger->variants()[p.firstVariant];
    const auto index = static_cast<quint32>(&v - m_ledger->variants().data());
    if (body.contains(u"stock_quantity"_s)) {
        if (!body.value(u"stock_quantity"_s).isDouble())
            return {400, json(invalidParam(u"stock_quantity"_s, u"stock_quantity is not of type integer."_s)), {}};
        m_stock.setWoo(index, body.value(u"stock_quantity"_s).toInt(), QDateTime::currentSecsSinceEpoch());
    }
    return {200, json(variation ? wooVariation(v) : wooProduct(p)), {}};
}

QJsonObject StoreDataRoutes::wooVariation(const Variant& v) const
{
    const Product& p = m_ledger->products()[v.product];
    const auto index = static_cast<quint32>(&v - m_ledger->variants().data());
    const int stock = m_stock.available(StockBook::Store::WooCommerce, index);
    const qint64 modified = m_stock.updatedSecs(StockBook::Store::WooCommerce, v.product);
    QJsonArray attributes;
    if (p.sizes > 1)
        attributes.append(QJsonObject{{u"id"_s, 0}, {u"name"_s, u"Size"_s}, {u"option"_s, m_ledger->sizeName(v.size)}});
    if (p.colours > 1)
        attributes.append(
            QJsonObject{{u"id"_s, 0}, {u"name"_s, u"Colour"_s}, {u"option"_s, m_ledger->colourName(v.colour)}});
    const bool onSale = v.compareAtMinor > v.priceMinor;
    return QJsonObject{{u"id"_s, v.id}, {u"date_created"_s, wooDate(p.createdSecs)},
        {u"date_created_gmt"_s, wooDate(p.createdSecs)}, {u"date_modified"_s, wooDate(modified)},
        {u"date_modified_gmt"_s, wooDate(modified)}, {u"description"_s, QString()},
        {u"permalink"_s,
            QString(m_baseUrl() + u"/product/"_s + m_ledger->productHandle(p) + u"/?variation_id="_s
                + QString::number(v.id))},
        {u"sku"_s, m_ledger->sku(v)}, {u"price"_s, decimal(v.priceMinor)},
        {u"regular_price"_s, decimal(onSale ? v.compareAtMinor : v.priceMinor)},
        {u"sale_price"_s, onSale ? decimal(v.priceMinor) : QString()}, {u"on_sale"_s, onSale},
        {u"status"_s, u"publish"_s}, {u"purchasable"_s, true}, {u"virtual"_s, false}, {u"manage_stock"_s, true},
        {u"stock_quantity"_s, stock}, {u"stock_status"_s, stock > 0 ? u"instock"_s : u"outofstock"_s},
        {u"weight"_s, QString::number(v.weightGrams / 1000.0, 'f', 3)}, {u"attributes"_s, attributes},
        {u"menu_order"_s, static_cast<qint64>(&v - m_ledger->variants().data()) - p.firstVariant},
        {u"meta_data"_s,
            QJsonArray{
                QJsonObject{{u"id"_s, v.id * 10}, {u"key"_s, u"_wc_cog_cost"_s}, {u"value"_s, decimal(v.costMinor)}}}}};
}
