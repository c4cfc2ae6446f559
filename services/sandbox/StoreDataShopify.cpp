// The Shopify Admin GraphQL half of StoreDataRoutes: orders, customers and products connections.

#include "GraphQlLite.h"
#include "StoreDataRoutes.h"
#include "core/Json.h"
#include "core/Money.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace ShopData;

namespace
{

constexpr double kMaxQueryCost = 1000;
constexpr qint64 kOrderGid = 5600000000000LL;
constexpr qint64 kCustomerGid = 7400000000000LL;
constexpr qint64 kProductGid = 8100000000000LL;
constexpr qint64 kLineGid = 13000000000000LL;
constexpr qint64 kRefundGid = 910000000000LL;
constexpr qint64 kInventoryGid = 48000000000000LL;

QString gid(const char* type, qint64 n)
{
    return u"gid://shopify/%1/%2"_s.arg(QLatin1StringView(type)).arg(n);
}

QJsonObject graphQlError(const QString& message, const QString& code = {})
{
    QJsonObject e{{u"message"_s, message}};
    if (!code.isEmpty())
        e.insert(u"extensions"_s, QJsonObject{{u"code"_s, code}});
    return e;
}

QString amount(qint64 minor)
{
    return Money::toDecimalString(minor);
}

QJsonObject moneyV2(qint64 minor, const QString& currency)
{
    return QJsonObject{{u"amount"_s, amount(minor)}, {u"currencyCode"_s, currency}};
}

// The node selection of a connection field: `nodes { ... }` or `edges { node { ... } }`.
GraphQlLite::Field nodeSelection(const GraphQlLite::Field* connection)
{
    GraphQlLite::Field node;
    if (!connection)
        return node;
    if (const GraphQlLite::Field* n = connection->child(u"nodes"_s))
        node.children.append(n->children);
    if (const GraphQlLite::Field* e = connection->child(u"edges"_s)) {
        if (const GraphQlLite::Field* n = e->child(u"node"_s))
            node.children.append(n->children);
    }
    return node;
}

// A connection answer from a page of nodes, with both shapes (projection keeps what was asked).
QJsonObject connection(const QJsonArray& nodes, const QStringList& cursors, bool hasNext, bool hasPrevious)
{
    QJsonArray edges;
    for (qsizetype i = 0; i < nodes.size(); ++i)
        edges.append(QJsonObject{{u"cursor"_s, cursors.value(i)}, {u"node"_s, nodes.at(i)}});
    return QJsonObject{{u"nodes"_s, nodes}, {u"edges"_s, edges},
        {u"pageInfo"_s,
            QJsonObject{{u"hasNextPage"_s, hasNext}, {u"hasPreviousPage"_s, hasPrevious},
                {u"startCursor"_s, cursors.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(cursors.first())},
                {u"endCursor"_s, cursors.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(cursors.last())}}}};
}

QString cursorFor(qint64 id, qint64 sortValue)
{
    return QString::fromLatin1(
        Json::canonical(QJsonObject{{u"last_id"_s, id}, {u"last_value"_s, QString::number(sortValue)}}).toBase64());
}

struct Filter
{
    QString field;
    QString op;
    qint64 secs = 0;
};

// Shopify's customer journey: the visit that ended in the order (and, in the sandbox, the same first visit).
QJsonObject journeyOf(const ShopLedger::Attribution& a)
{
    if (a.campaign.isEmpty())
        return QJsonObject{{u"ready"_s, true}, {u"firstVisit"_s, QJsonValue(QJsonValue::Null)},
            {u"lastVisit"_s, QJsonValue(QJsonValue::Null)}};
    const QJsonObject visit{{u"source"_s, a.source},
        {u"utmParameters"_s,
            QJsonObject{{u"source"_s, a.source}, {u"medium"_s, a.medium}, {u"campaign"_s, a.campaign}}}};
    return QJsonObject{{u"ready"_s, true}, {u"firstVisit"_s, visit}, {u"lastVisit"_s, visit}};
}

} // namespace

QString StoreDataRoutes::shopifyDate(qint64 secs) const
{
    return QDateTime::fromSecsSinceEpoch(secs + m_skewSecs, Qt::UTC).toString(u"yyyy-MM-ddTHH:mm:ssZ"_s);
}

QJsonObject StoreDataRoutes::money(qint64 presentmentMinor, const Order& o) const
{
    return QJsonObject{{u"shopMoney"_s, moneyV2(m_ledger->toShop(o, presentmentMinor), m_ledger->shopCurrency())},
        {u"presentmentMoney"_s, moneyV2(presentmentMinor, m_ledger->currency(o))}};
}

void StoreDataRoutes::refill()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const double maximum = m_ledger->options().throttleMaximum;
    if (m_bucketAt > 0)
        m_bucket = std::min(maximum,
            m_bucket + static_cast<double>(now - m_bucketAt) * m_ledger->options().throttleRestoreRate / 1000.0);
    m_bucketAt = now;
}

StoreDataRoutes::Answer StoreDataRoutes::shopify(const ServerRequest& r, const FaultPlan::Decision& fault)
{
    if (!m_credentials->shopifyToken.isEmpty()
        && r.header("x-shopify-access-token") != m_credentials->shopifyToken.toUtf8())
        return {401,
            Json::canonical(QJsonObject{
                {u"errors"_s, u"[API] Invalid API key or access token (unrecognized login or wrong password)"_s}}),
            {}};
    const auto body = Json::parseObject(r.body, nullptr);
    if (!body)
        return {400, Json::canonical(QJsonObject{{u"errors"_s, QJsonArray{graphQlError(u"Parse error"_s)}}}), {}};
    QString error;
    const QList<GraphQlLite::Field> fields
        = GraphQlLite::parse(body->value(u"query"_s).toString(), body->value(u"variables"_s).toObject(), &error);
    if (!error.isEmpty())
        return {200, Json::canonical(QJsonObject{{u"errors"_s, QJsonArray{graphQlError(error)}}}), {}};

    if (fields.size() == 1 && fields.first().name == u"inventorySetQuantities")
        return shopifySetQuantities(fields.first());
    double requested = 0;
    for (const GraphQlLite::Field& f : fields)
        requested += GraphQlLite::cost(f);
    const Options& options = m_ledger->options();
    const auto costExtension = [&](const QJsonValue& actual) {
        return QJsonObject{{u"cost"_s,
            QJsonObject{{u"requestedQueryCost"_s, requested}, {u"actualQueryCost"_s, actual},
                {u"throttleStatus"_s,
                    QJsonObject{{u"maximumAvailable"_s, options.throttleMaximum},
                        {u"currentlyAvailable"_s, std::floor(m_bucket)},
                        {u"restoreRate"_s, options.throttleRestoreRate}}}}}};
    };
    if (requested > kMaxQueryCost) {
        QJsonObject e = graphQlError(
            u"Query cost is %1, which exceeds the single query max cost limit (%2).\n\nSee https://shopify.dev/concepts/about-apis/rate-limits for more information on how the\ncost of a query is calculated.\n\nTo query larger amounts of data with fewer limits, bulk operations should be used instead.\nSee https://shopify.dev/tutorials/perform-bulk-operations-with-admin-api for usage details.\n"_s
                .arg(requested)
                .arg(kMaxQueryCost),
            u"MAX_COST_EXCEEDED"_s);
        QJsonObject ext = e.value(u"extensions"_s).toObject();
        ext.insert(u"cost"_s, requested);
        ext.insert(u"maxCost"_s, kMaxQueryCost);
        e.insert(u"extensions"_s, ext);
        return {200, Json::canonical(QJsonObject{{u"errors"_s, QJsonArray{e}}}), {}};
    }
    refill();
    if (fault.kind == u"shopify_throttled" || m_bucket < requested) {
        QJsonObject throttled = graphQlError(u"Throttled"_s, u"THROTTLED"_s);
        QJsonObject ext = throttled.value(u"extensions"_s).toObject();
        ext.insert(u"documentation"_s, u"https://shopify.dev/api/usage/rate-limits"_s);
        throttled.insert(u"extensions"_s, ext);
        return {200,
            Json::canonical(QJsonObject{
                {u"errors"_s, QJsonArray{throttled}}, {u"extensions"_s, costExtension(QJsonValue(QJsonValue::Null))}}),
            {}};
    }
    m_bucket -= requested;
    QJsonObject data;
    QJsonArray errors;
    double actual = 0;
    for (const GraphQlLite::Field& f : fields) {
        QString why;
        const QJsonValue full = shopifyConnection(f, fault, &why);
        if (!why.isEmpty()) {
            errors.append(QJsonObject{{u"message"_s, why}, {u"path"_s, QJsonArray{f.key()}}});
            data.insert(f.key(), QJsonValue::Null);
            continue;
        }
        const QJsonValue projected = GraphQlLite::project(full, f);
        actual += GraphQlLite::cost(f, &projected);
        data.insert(f.key(), projected);
    }
    // Shopify charges what the answer actually held and gives the rest back.
    m_bucket = std::min(options.throttleMaximum, m_bucket + requested - actual);
    QJsonObject out{{u"data"_s, data}, {u"extensions"_s, costExtension(actual)}};
    if (!errors.isEmpty())
        out.insert(u"errors"_s, errors);
    return {200, Json::canonical(out), {}};
}

QJsonValue StoreDataRoutes::shopifyConnection(
    const GraphQlLite::Field& f, const FaultPlan::Decision& fault, QString* error)
{
    if (f.name != u"orders" && f.name != u"customers" && f.name != u"products") {
        *error = u"Field '%1' doesn't exist on type 'QueryRoot'"_s.arg(f.name);
        return {};
    }
    if (!f.args.contains(u"first"_s)) {
        *error = u"you must provide one of first or last"_s;
        return {};
    }
    int first = f.arg(u"first"_s).toInt();
    if (first < 0 || first > 250) {
        *error = u"The page size must be between 0 and 250 (inclusive)."_s;
        return {};
    }
    if (fault.pageSize > 0)
        first = std::min(first, fault.pageSize);
    const QString sortKey = f.arg(u"sortKey"_s, u"ID"_s).toString();
    const bool reverse = f.arg(u"reverse"_s, false).toBool();

    // Search syntax: `updated_at:>'2025-01-01T00:00:00Z' created_at:<=2025-06-01`; other terms are ignored.
    QList<Filter> filters;
    static const QRegularExpression term(
        u"(updated_at|created_at):(<=|>=|<|>|=)?\\s*(?:'([^']*)'|\"([^\"]*)\"|(\\S+))"_s);
    auto it = term.globalMatch(f.arg(u"query"_s).toString());
    while (it.hasNext()) {
        const auto m = it.next();
        Filter filter{m.captured(1), m.captured(2).isEmpty() ? u"="_s : m.captured(2), 0};
        const QString value = m.captured(3) + m.captured(4) + m.captured(5);
        if (!storeTime(value, &filter.secs)) {
            *error = u"Invalid search query: %1"_s.arg(m.captured(0));
            return {};
        }
        filters.append(filter);
    }
    const auto passes = [&](qint64 created, qint64 updated) {
        for (const Filter& x : std::as_const(filters)) {
            const qint64 v = x.field == u"created_at" ? created : updated;
            if ((x.op == u">" && !(v > x.secs)) || (x.op == u">=" && !(v >= x.secs)) || (x.op == u"<" && !(v < x.secs))
                || (x.op == u"<=" && !(v <= x.secs)) || (x.op == u"=" && v != x.secs))
                return false;
        }
        return true;
    };

    // (sort value, id, index) in the order asked for.
    struct Entry
    {
        qint64 key;
        qint64 id;
        quint32 index;
    };
    std::vector<Entry> entries;
    const bool byUpdate = sortKey == u"UPDATED_AT";
    const bool byCreation = sortKey == u"CREATED_AT" || sortKey == u"PROCESSED_AT";
    if (f.name == u"orders") {
        const auto& orders = m_ledger->orders();
        if (byUpdate) {
            for (quint32 i : m_ledger->ordersByUpdate()) {
                if (passes(orders[i].createdSecs, orders[i].updatedSecs))
                    entries.push_back({orders[i].updatedSecs, orders[i].id, i});
            }
        } else {
            for (quint32 i = 0; i < orders.size(); ++i) {
                if (passes(orders[i].createdSecs, orders[i].updatedSecs))
                    entries.push_back({byCreation ? orders[i].createdSecs : orders[i].id, orders[i].id, i});
            }
        }
    } else if (f.name == u"customers") {
        const auto& customers = m_ledger->customers();
        if (byUpdate) {
            for (quint32 i : m_ledger->customersByUpdate()) {
                if (passes(customers[i].createdSecs, customers[i].updatedSecs))
                    entries.push_back({customers[i].updatedSecs, customers[i].id, i});
            }
        } else {
            for (quint32 i = 0; i < customers.size(); ++i) {
                if (passes(customers[i].createdSecs, customers[i].updatedSecs))
                    entries.push_back({byCreation ? customers[i].createdSecs : customers[i].id, customers[i].id, i});
            }
        }
    } else {
        const auto& products = m_ledger->products();
        for (quint32 i = 0; i < products.size(); ++i) {
            const qint64 updated = m_stock.updatedSecs(StockBook::Store::Shopify, i);
            if (passes(products[i].createdSecs, updated))
                entries.push_back(
                    {byUpdate ? updated : (byCreation ? products[i].createdSecs : products[i].id), products[i].id, i});
        }
        std::sort(entries.begin(), entries.end(),
            [](const Entry& a, const Entry& b) { return a.key != b.key ? a.key < b.key : a.id < b.id; });
    }
    if (reverse)
        std::reverse(entries.begin(), entries.end());

    size_t start = 0;
    const QString after = f.arg(u"after"_s).toString();
    if (!after.isEmpty()) {
        const auto cursor = Json::parseObject(QByteArray::fromBase64(after.toLatin1()), nullptr);
        if (!cursor || !cursor->contains(u"last_id"_s)) {
            *error = u"Invalid cursor for current pagination sort."_s;
            return {};
        }
        const qint64 lastId = cursor->value(u"last_id"_s).toInteger();
        const qint64 lastValue = cursor->value(u"last_value"_s).toString().toLongLong();
        const auto beyond = [&](const Entry& e) {
            const bool greater = e.key != lastValue ? e.key > lastValue : e.id > lastId;
            return reverse ? (e.key != lastValue ? e.key < lastValue : e.id < lastId) : greater;
        };
        while (start < entries.size() && !beyond(entries[start]))
            ++start;
    }
    const size_t end = std::min(entries.size(), start + static_cast<size_t>(first));
    const GraphQlLite::Field node = nodeSelection(&f);
    QJsonArray nodes;
    QStringList cursors;
    for (size_t i = start; i < end; ++i) {
        const Entry& e = entries[i];
        if (f.name == u"orders")
            nodes.append(shopifyOrder(m_ledger->orders()[e.index], node));
        else if (f.name == u"customers")
            nodes.append(shopifyCustomer(m_ledger->customers()[e.index]));
        else
            nodes.append(shopifyProduct(m_ledger->products()[e.index], node));
        cursors.append(cursorFor(e.id, e.key));
    }
    return connection(nodes, cursors, end<entries.size(), start> 0);
}

QJsonObject StoreDataRoutes::shopifyOrder(const Order& o, const GraphQlLite::Field& node) const
{
    const Customer* c = m_ledger->customerOf(o);
    QString financial = u"PAID"_s;
    switch (o.status) {
    case OrderStatus::Pending:
        financial = u"PENDING"_s;
        break;
    case OrderStatus::OnHold:
        financial = u"AUTHORIZED"_s;
        break;
    case OrderStatus::Failed:
    case OrderStatus::Cancelled:
        financial = u"VOIDED"_s;
        break;
    case OrderStatus::Refunded:
        financial = u"REFUNDED"_s;
        break;
    default:
        financial = o.refundedMinor > 0 ? u"PARTIALLY_REFUNDED"_s : u"PAID"_s;
    }
    const GraphQlLite::Field* lineField = node.child(u"lineItems"_s);
    const int lineLimit = lineField ? lineField->arg(u"first"_s, 250).toInt() : 0;
    QJsonArray lines;
    QStringList lineCursors;
    for (quint32 i = 0; i < o.lineCount && static_cast<int>(i) < lineLimit; ++i) {
        const LineItem& l = m_ledger->lineItems()[o.firstLine + i];
        const Variant& v = m_ledger->variants()[l.variant];
        const Product& p = m_ledger->products()[v.product];
        lines.append(QJsonObject{{u"id"_s, gid("LineItem", kLineGid + l.id)}, {u"name"_s, m_ledger->productName(p)},
            {u"title"_s, m_ledger->productName(p)}, {u"variantTitle"_s, m_ledger->variantTitle(v)},
            {u"sku"_s, m_ledger->sku(v)}, {u"quantity"_s, l.quantity},
            {u"currentQuantity"_s, o.status == OrderStatus::Refunded ? 0 : l.quantity},
            // A variant deleted since the sale answers null, as Shopify does.
            {u"variant"_s,
                v.deleted ? QJsonValue(QJsonValue::Null)
                          : QJsonValue(QJsonObject{{u"id"_s, gid("ProductVariant", v.gid)},
                              {u"sku"_s, m_ledger->sku(v)}, {u"title"_s, m_ledger->variantTitle(v)}})},
            {u"product"_s, QJsonObject{{u"id"_s, gid("Product", kProductGid + p.id)}}},
            {u"originalUnitPriceSet"_s, money(l.unitPriceMinor, o)},
            {u"discountedUnitPriceSet"_s, money(l.totalMinor() / l.quantity, o)},
            {u"originalTotalSet"_s, money(l.subtotalMinor(), o)}, {u"discountedTotalSet"_s, money(l.totalMinor(), o)},
            {u"totalDiscountSet"_s, money(l.discountMinor, o)},
            {u"taxLines"_s, QJsonArray{QJsonObject{{u"title"_s, u"VAT"_s}, {u"priceSet"_s, money(l.taxMinor, o)}}}}});
        lineCursors.append(cursorFor(l.id, l.id));
    }
    QJsonArray refunds;
    for (quint32 i = 0; i < o.refundCount; ++i) {
        const Refund& rf = m_ledger->refunds()[o.firstRefund + i];
        refunds.append(
            QJsonObject{{u"id"_s, gid("Refund", kRefundGid + rf.id)}, {u"createdAt"_s, shopifyDate(rf.createdSecs)},
                {u"note"_s,
                    m_ledger->refundReason(rf).isEmpty() ? QJsonValue(QJsonValue::Null)
                                                         : QJsonValue(m_ledger->refundReason(rf))},
                {u"totalRefundedSet"_s, money(rf.amountMinor, o)}});
    }
    const bool cancelled = o.cancelledSecs > 0;
    const QString first = m_ledger->firstName(c ? c->firstName : o.guestFirst);
    const QString last = m_ledger->lastName(c ? c->lastName : o.guestLast);
    return QJsonObject{{u"__typename"_s, u"Order"_s}, {u"id"_s, gid("Order", kOrderGid + o.id)},
        {u"legacyResourceId"_s, QString::number(kOrderGid + o.id)}, {u"name"_s, u"#%1"_s.arg(o.id)},
        {u"createdAt"_s, shopifyDate(o.createdSecs)}, {u"updatedAt"_s, shopifyDate(o.updatedSecs)},
        {u"processedAt"_s, shopifyDate(o.createdSecs)},
        {u"cancelledAt"_s, cancelled ? QJsonValue(shopifyDate(o.cancelledSecs)) : QJsonValue(QJsonValue::Null)},
        {u"cancelReason"_s, cancelled ? QJsonValue(u"CUSTOMER"_s) : QJsonValue(QJsonValue::Null)},
        {u"currencyCode"_s, m_ledger->shopCurrency()}, {u"presentmentCurrencyCode"_s, m_ledger->currency(o)},
        {u"displayFinancialStatus"_s, financial},
        {u"displayFulfillmentStatus"_s,
            o.status == OrderStatus::Completed || o.status == OrderStatus::Refunded ? u"FULFILLED"_s
                                                                                    : u"UNFULFILLED"_s},
        {u"test"_s, false}, {u"email"_s, c ? m_ledger->email(*c) : QJsonValue(QJsonValue::Null)},
        {u"customer"_s,
            c ? QJsonValue(QJsonObject{{u"id"_s, gid("Customer", kCustomerGid + c->id)},
                {u"email"_s, m_ledger->email(*c)}, {u"firstName"_s, first}, {u"lastName"_s, last}})
              : QJsonValue(QJsonValue::Null)},
        {u"billingAddress"_s,
            QJsonObject{{u"firstName"_s, first}, {u"lastName"_s, last},
                {u"countryCodeV2"_s, m_ledger->countryCode(o.country)}}},
        {u"shippingAddress"_s,
            QJsonObject{{u"firstName"_s, first}, {u"lastName"_s, last},
                {u"countryCodeV2"_s, m_ledger->countryCode(o.shipCountry)}}},
        {u"totalPriceSet"_s, money(o.totalMinor, o)}, {u"subtotalPriceSet"_s, money(o.subtotalMinor(), o)},
        {u"totalTaxSet"_s, money(o.taxMinor, o)}, {u"totalShippingPriceSet"_s, money(o.shippingMinor, o)},
        {u"totalDiscountsSet"_s, money(o.discountMinor, o)}, {u"totalRefundedSet"_s, money(o.refundedMinor, o)},
        {u"currentTotalPriceSet"_s, money(o.totalMinor - o.refundedMinor, o)},
        {u"customerJourneySummary"_s, journeyOf(m_ledger->attribution(o))},
        {u"lineItems"_s, connection(lines, lineCursors, o.lineCount > lines.size(), false)}, {u"refunds"_s, refunds}};
}

QJsonObject StoreDataRoutes::shopifyCustomer(const Customer& c) const
{
    const QString first = m_ledger->firstName(c.firstName);
    const QString last = m_ledger->lastName(c.lastName);
    return QJsonObject{{u"__typename"_s, u"Customer"_s}, {u"id"_s, gid("Customer", kCustomerGid + c.id)},
        {u"legacyResourceId"_s, QString::number(kCustomerGid + c.id)}, {u"firstName"_s, first}, {u"lastName"_s, last},
        {u"displayName"_s, QString(first + u' ' + last)}, {u"email"_s, m_ledger->email(c)},
        {u"defaultEmailAddress"_s, QJsonObject{{u"emailAddress"_s, m_ledger->email(c)}}},
        {u"createdAt"_s, shopifyDate(c.createdSecs)}, {u"updatedAt"_s, shopifyDate(c.updatedSecs)},
        {u"numberOfOrders"_s, QString::number(c.orderCount)},
        {u"amountSpent"_s, moneyV2(c.spentShopMinor, m_ledger->shopCurrency())}, {u"state"_s, u"ENABLED"_s},
        {u"verifiedEmail"_s, true}, {u"tags"_s, QJsonArray{}},
        {u"defaultAddress"_s, QJsonObject{{u"countryCodeV2"_s, m_ledger->countryCode(c.country)}}}};
}

QJsonObject StoreDataRoutes::shopifyProduct(const Product& p, const GraphQlLite::Field& node) const
{
    static const std::array<std::pair<qint64, QLatin1StringView>, StockBook::kLocations> locations{
        std::pair{StockBook::kLocationIds[0], "Warehouse Rotterdam"_L1},
        std::pair{StockBook::kLocationIds[1], "Shop Amsterdam"_L1}};
    const GraphQlLite::Field* variantField = node.child(u"variants"_s);
    const int variantLimit = variantField ? variantField->arg(u"first"_s, 250).toInt() : 0;
    const GraphQlLite::Field variantNode = nodeSelection(variantField);
    const GraphQlLite::Field* item = variantNode.child(u"inventoryItem"_s);
    const GraphQlLite::Field* levelsField = item ? item->child(u"inventoryLevels"_s) : nullptr;
    const int levelLimit = levelsField ? levelsField->arg(u"first"_s, 250).toInt() : 0;
    QStringList quantityNames{u"available"_s};
    if (levelsField) {
        const GraphQlLite::Field levelNode = nodeSelection(levelsField);
        if (const GraphQlLite::Field* q = levelNode.child(u"quantities"_s))
            quantityNames = Json::toStringList(q->arg(u"names"_s, QJsonArray{u"available"_s}).toArray());
    }
    const QString shop = m_ledger->shopCurrency();
    QJsonArray variants;
    QStringList variantCursors;
    int live = 0;
    int inventory = 0;
    for (quint32 i = p.firstVariant; i < p.firstVariant + p.variantCount; ++i) {
        const Variant& v = m_ledger->variants()[i];
        if (v.deleted)
            continue;
        const int stock = m_stock.available(StockBook::Store::Shopify, i);
        inventory += stock;
        if (live++ >= variantLimit)
            continue;
        QJsonArray selected;
        if (p.sizes > 1)
            selected.append(QJsonObject{{u"name"_s, u"Size"_s}, {u"value"_s, m_ledger->sizeName(v.size)}});
        if (p.colours > 1)
            selected.append(QJsonObject{{u"name"_s, u"Colour"_s}, {u"value"_s, m_ledger->colourName(v.colour)}});
        if (selected.isEmpty())
            selected.append(QJsonObject{{u"name"_s, u"Title"_s}, {u"value"_s, u"Default Title"_s}});
        QJsonArray levels;
        QStringList levelCursors;
        // Stock at two locations: most in the warehouse.
        const std::array<int, 2> split{m_stock.atLocation(i, 0), m_stock.atLocation(i, 1)};
        for (size_t l = 0; l < locations.size() && static_cast<int>(l) < levelLimit; ++l) {
            QJsonArray quantities;
            for (const QString& name : std::as_const(quantityNames))
                quantities.append(QJsonObject{
                    {u"name"_s, name}, {u"quantity"_s, name == u"available" || name == u"on_hand" ? split[l] : 0}});
            levels.append(
                QJsonObject{{u"id"_s,
                                u"gid://shopify/InventoryLevel/%1?inventory_item_id=%2"_s.arg(locations[l].first)
                                    .arg(kInventoryGid + v.gid % 1000000000)},
                    {u"location"_s,
                        QJsonObject{
                            {u"id"_s, gid("Location", locations[l].first)}, {u"name"_s, QString(locations[l].second)}}},
                    {u"quantities"_s, quantities}});
            levelCursors.append(cursorFor(locations[l].first, locations[l].first));
        }
        const qint64 itemId = kInventoryGid + v.gid % 1000000000;
        variants.append(QJsonObject{{u"id"_s, gid("ProductVariant", v.gid)},
            {u"legacyResourceId"_s, QString::number(v.gid)}, {u"sku"_s, m_ledger->sku(v)},
            {u"title"_s, m_ledger->variantTitle(v)}, {u"price"_s, amount(v.priceMinor)},
            {u"compareAtPrice"_s,
                v.compareAtMinor > 0 ? QJsonValue(amount(v.compareAtMinor)) : QJsonValue(QJsonValue::Null)},
            {u"inventoryQuantity"_s, stock}, {u"selectedOptions"_s, selected},
            {u"inventoryItem"_s,
                QJsonObject{{u"id"_s, gid("InventoryItem", itemId)}, {u"sku"_s, m_ledger->sku(v)}, {u"tracked"_s, true},
                    {u"unitCost"_s, moneyV2(v.costMinor, shop)},
                    {u"measurement"_s,
                        QJsonObject{{u"weight"_s, QJsonObject{{u"unit"_s, u"GRAMS"_s}, {u"value"_s, v.weightGrams}}}}},
                    {u"inventoryLevels"_s,
                        connection(levels, levelCursors, static_cast<int>(locations.size()) > levelLimit, false)}}}});
        variantCursors.append(cursorFor(v.gid, v.gid));
    }
    QJsonArray options;
    QStringList sizes;
    QStringList colours;
    for (quint32 i = p.firstVariant; i < p.firstVariant + p.variantCount; ++i) {
        const Variant& v = m_ledger->variants()[i];
        if (p.sizes > 1 && !sizes.contains(m_ledger->sizeName(v.size)))
            sizes.append(m_ledger->sizeName(v.size));
        if (p.colours > 1 && !colours.contains(m_ledger->colourName(v.colour)))
            colours.append(m_ledger->colourName(v.colour));
    }
    if (!sizes.isEmpty())
        options.append(
            QJsonObject{{u"name"_s, u"Size"_s}, {u"position"_s, 1}, {u"values"_s, QJsonArray::fromStringList(sizes)}});
    if (!colours.isEmpty())
        options.append(QJsonObject{{u"name"_s, u"Colour"_s}, {u"position"_s, options.size() + 1},
            {u"values"_s, QJsonArray::fromStringList(colours)}});
    if (options.isEmpty())
        options.append(
            QJsonObject{{u"name"_s, u"Title"_s}, {u"position"_s, 1}, {u"values"_s, QJsonArray{u"Default Title"_s}}});
    return QJsonObject{{u"__typename"_s, u"Product"_s}, {u"id"_s, gid("Product", kProductGid + p.id)},
        {u"legacyResourceId"_s, QString::number(kProductGid + p.id)}, {u"title"_s, m_ledger->productName(p)},
        {u"handle"_s, m_ledger->productHandle(p)}, {u"status"_s, u"ACTIVE"_s}, {u"vendor"_s, u"Sandbox Supply Co."_s},
        {u"productType"_s, m_ledger->categoryName(p.category)}, {u"createdAt"_s, shopifyDate(p.createdSecs)},
        {u"updatedAt"_s,
            shopifyDate(m_stock.updatedSecs(
                StockBook::Store::Shopify, static_cast<quint32>(&p - m_ledger->products().data())))},
        {u"totalInventory"_s, inventory}, {u"options"_s, options},
        {u"variants"_s, connection(variants, variantCursors, live > variantLimit, false)}};
}

// inventorySetQuantities: sets the "available" quantity of inventory items at locations. With a
// compareQuantity (unless ignoreCompareQuantity), the write happens only when the quantity there is
// still the one the caller read; otherwise COMPARE_QUANTITY_STALE and nothing changes.
StoreDataRoutes::Answer StoreDataRoutes::shopifySetQuantities(const GraphQlLite::Field& field)
{
    const QJsonObject input = field.arg(u"input"_s).toObject();
    QJsonArray userErrors;
    QJsonArray changes;
    const bool ignoreCompare = input.value(u"ignoreCompareQuantity"_s).toBool();
    if (input.value(u"name"_s).toString() != u"available" && input.value(u"name"_s).toString() != u"on_hand")
        userErrors.append(QJsonObject{{u"code"_s, u"INVALID_NAME"_s}, {u"field"_s, QJsonArray{u"input"_s, u"name"_s}},
            {u"message"_s, u"The quantity name must be either 'available' or 'on_hand'."_s}});
    const QJsonArray quantities = input.value(u"quantities"_s).toArray();
    struct Change
    {
        quint32 variant;
        int location;
        int quantity;
        std::optional<int> compare;
    };
    QList<Change> planned;
    for (qsizetype i = 0; i < quantities.size() && userErrors.isEmpty(); ++i) {
        const QJsonObject q = quantities.at(i).toObject();
        const qint64 item = q.value(u"inventoryItemId"_s).toString().section(u'/', -1).toLongLong();
        const qint64 location = q.value(u"locationId"_s).toString().section(u'/', -1).toLongLong();
        const QJsonArray path{u"input"_s, u"quantities"_s, QString::number(i)};
        qint64 variant = -1;
        const auto& variants = m_ledger->variants();
        for (quint32 v = 0; v < variants.size() && variant < 0; ++v) {
            if (kInventoryGid + variants[v].gid % 1000000000 == item)
                variant = v;
        }
        const auto at = std::find(StockBook::kLocationIds.begin(), StockBook::kLocationIds.end(), location);
        if (variant < 0 || at == StockBook::kLocationIds.end()) {
            userErrors.append(QJsonObject{{u"code"_s, u"INVALID_INVENTORY_ITEM"_s}, {u"field"_s, path},
                {u"message"_s, u"The specified inventory item could not be found at the location."_s}});
            break;
        }
        Change c{static_cast<quint32>(variant), static_cast<int>(at - StockBook::kLocationIds.begin()),
            q.value(u"quantity"_s).toInt(), std::nullopt};
        if (!ignoreCompare) {
            if (!q.value(u"compareQuantity"_s).isDouble()) {
                userErrors.append(QJsonObject{{u"code"_s, u"COMPARE_QUANTITY_REQUIRED"_s}, {u"field"_s, path},
                    {u"message"_s,
                        u"The compareQuantity argument must be given to each quantity or ignored using "
                        u"ignoreCompareQuantity."_s}});
                break;
            }
            c.compare = q.value(u"compareQuantity"_s).toInt();
            if (*c.compare != m_stock.atLocation(c.variant, c.location)) {
                userErrors.append(QJsonObject{{u"code"_s, u"COMPARE_QUANTITY_STALE"_s}, {u"field"_s, path},
                    {u"message"_s, u"The compareQuantity argument no longer matches the persisted quantity."_s}});
                break;
            }
        }
        planned.append(c);
    }
    if (userErrors.isEmpty()) {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        for (const Change& c : std::as_const(planned)) {
            const int before = m_stock.atLocation(c.variant, c.location);
            m_stock.setShopify(c.variant, c.location, c.quantity, c.compare, now);
            changes.append(QJsonObject{{u"name"_s, input.value(u"name"_s)}, {u"delta"_s, c.quantity - before},
                {u"quantityAfterChange"_s, c.quantity}});
        }
    }
    const QJsonObject group{{u"reason"_s, input.value(u"reason"_s)}, {u"changes"_s, changes}};
    QJsonObject answer{{u"userErrors"_s, userErrors},
        {u"inventoryAdjustmentGroup"_s, userErrors.isEmpty() ? QJsonValue(group) : QJsonValue(QJsonValue::Null)}};
    const QJsonObject cost{{u"requestedQueryCost"_s, 10}, {u"actualQueryCost"_s, 10}};
    const QJsonObject data{{field.key(), GraphQlLite::project(answer, field)}};
    return {
        200, Json::canonical(QJsonObject{{u"data"_s, data}, {u"extensions"_s, QJsonObject{{u"cost"_s, cost}}}}), {}};
}
