#include "ShopifyClient.h"

#include "core/Json.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace
{

const QString kProductSet
    = uR"(mutation QuorumProductSet($identifier: ProductSetIdentifiers, $input: ProductSetInput!, $synchronous: Boolean!) {
  productSet(identifier: $identifier, input: $input, synchronous: $synchronous) {
    product {
      id handle title status onlineStoreUrl options { name optionValues { name } }
      variants(first: 250) { nodes { id sku selectedOptions { name value } } }
    }
    userErrors { field message code }
  }
})"_s;

// Everything publishing compares and keeps: the fields Quorum writes, and the lists productSet
// replaces (options, variants, media), which go back complete.
const QString kForMerge = uR"(query QuorumProductForMerge($identifier: ProductIdentifierInput!) {
  productByIdentifier(identifier: $identifier) {
    id handle title descriptionHtml status productType vendor tags onlineStoreUrl updatedAt
    seo { title description }
    options { id name position optionValues { name } }
    variants(first: 250) { nodes { id title sku price compareAtPrice barcode taxable inventoryQuantity selectedOptions { name value } } }
    media(first: 100) { nodes { id mediaContentType alt ... on MediaImage { image { url } } } }
  }
})"_s;

const QString kByHandle = uR"(query QuorumProductByHandle($identifier: ProductIdentifierInput!) {
  productByIdentifier(identifier: $identifier) { id handle title status onlineStoreUrl }
})"_s;

const QString kSetStatus = uR"(mutation QuorumProductStatus($input: ProductUpdateInput!) {
  productUpdate(product: $input) {
    product { id handle title status onlineStoreUrl }
    userErrors { field message }
  }
})"_s;

const QString kShop = u"query QuorumShop { shop { name myshopifyDomain } }"_s;

const QString kOrdersPage = uR"(query QuorumOrdersPage($first: Int!, $after: String, $query: String) {
  orders(first: $first, after: $after, query: $query, sortKey: UPDATED_AT) {
    pageInfo { hasNextPage endCursor }
    nodes {
      id name email createdAt updatedAt cancelledAt displayFinancialStatus currencyCode presentmentCurrencyCode
      customer { id }
      billingAddress { countryCodeV2 }
      shippingAddress { countryCodeV2 }
      customerJourneySummary { lastVisit { utmParameters { source medium campaign } } }
      totalPriceSet { ...Bag }
      currentTotalPriceSet { ...Bag }
      totalRefundedSet { ...Bag }
      totalTaxSet { ...Bag }
      totalShippingPriceSet { ...Bag }
      totalDiscountsSet { ...Bag }
      lineItems(first: 10) {
        nodes {
          id sku quantity variant { id } product { id }
          originalUnitPriceSet { ...Bag }
          discountedTotalSet { ...Bag }
        }
      }
      refunds { id createdAt totalRefundedSet { ...Bag } }
    }
  }
}
fragment Bag on MoneyBag {
  shopMoney { amount currencyCode }
  presentmentMoney { amount currencyCode }
})"_s;

const QString kCustomersPage = uR"(query QuorumCustomersPage($first: Int!, $after: String, $query: String) {
  customers(first: $first, after: $after, query: $query, sortKey: UPDATED_AT) {
    pageInfo { hasNextPage endCursor }
    nodes {
      id firstName lastName email createdAt updatedAt numberOfOrders
      amountSpent { amount currencyCode }
      defaultAddress { countryCodeV2 }
    }
  }
})"_s;

const QString kProductsPage = uR"(query QuorumProductsPage($first: Int!, $after: String, $query: String) {
  products(first: $first, after: $after, query: $query, sortKey: UPDATED_AT) {
    pageInfo { hasNextPage endCursor }
    nodes {
      id title handle status productType createdAt updatedAt
      variants(first: 12) {
        nodes {
          id sku title price compareAtPrice inventoryQuantity
          selectedOptions { name value }
          inventoryItem {
            id
            unitCost { amount currencyCode }
            inventoryLevels(first: 3) {
              nodes { location { id name } quantities(names: ["available"]) { name quantity } }
            }
          }
        }
      }
    }
  }
})"_s;

} // namespace

ShopifyClient::ShopifyClient(ApiCaller* caller, ApiRuntime* runtime, const Config& config, QObject* parent)
    : RestClient(caller, runtime, u"Shopify"_s, parent)
    , m_config(config)
{ }

QUrl ShopifyClient::graphqlUrl() const
{
    if (m_config.endpoint.isValid() && !m_config.endpoint.isEmpty())
        return m_config.endpoint;
    return QUrl(u"https://%1/admin/api/%2/graphql.json"_s.arg(m_config.shopDomain, m_config.apiVersion));
}

ApiError ShopifyClient::classify(const HttpResponse& r, const QString& payloadField) const
{
    QString parseError;
    const auto doc = Json::parseObject(r.body, &parseError);
    if (r.status < 200 || r.status >= 300) {
        // Non-GraphQL failures: bad token (401, errors as a plain string), wrong shop or version (404).
        QString message = doc ? (doc->value(u"errors"_s).isString() ? doc->value(u"errors"_s).toString()
                                                                    : Json::compact(doc->value(u"errors"_s).toArray()))
                              : QString::fromUtf8(r.body.left(200)).simplified();
        if (r.status == 404)
            message = QCoreApplication::translate(
                "ShopifyClient", "no Admin API at this address (check the shop domain and API version)");
        ApiError e = errorFor(classForStatus(r.status), r.status, QString(), message);
        e.retryAfterMs = Retry::retryAfterMs(r, 0);
        return e;
    }
    if (!doc)
        return errorFor(ErrorClass::Transient, r.status, QString(),
            QCoreApplication::translate("ShopifyClient", "the answer could not be read: %1").arg(parseError));
    const QJsonArray errors = doc->value(u"errors"_s).toArray();
    if (!errors.isEmpty()) {
        const QJsonObject first = errors.first().toObject();
        const QString code = first.value(u"extensions"_s).toObject().value(u"code"_s).toString();
        if (code == u"THROTTLED") {
            // Throttled arrives as HTTP 200. Wait until the bucket holds the query's cost.
            const QJsonObject cost = doc->value(u"extensions"_s).toObject().value(u"cost"_s).toObject();
            const QJsonObject throttle = cost.value(u"throttleStatus"_s).toObject();
            const double needed
                = cost.value(u"requestedQueryCost"_s).toDouble(50) - throttle.value(u"currentlyAvailable"_s).toDouble();
            const double rate = std::max(1.0, throttle.value(u"restoreRate"_s).toDouble(50));
            ApiError e = errorFor(ErrorClass::RateLimited, r.status, code,
                QCoreApplication::translate(
                    "ShopifyClient", "throttled by the store's API rate limit; Quorum waits and retries"));
            e.retryAfterMs = static_cast<qint64>(std::ceil(std::max(needed, 1.0) / rate * 1000.0));
            return e;
        }
        return errorFor(code == u"ACCESS_DENIED" ? ErrorClass::Permission : ErrorClass::InvalidRequest, r.status, code,
            first.value(u"message"_s).toString());
    }
    if (!payloadField.isEmpty()) {
        const QJsonObject payload = doc->value(u"data"_s).toObject().value(payloadField).toObject();
        const QJsonArray userErrors = payload.value(u"userErrors"_s).toArray();
        if (!userErrors.isEmpty()) {
            QStringList lines;
            for (const QJsonValue& v : userErrors) {
                const QJsonObject ue = v.toObject();
                QStringList field;
                for (const QJsonValue& f : ue.value(u"field"_s).toArray())
                    field.append(f.toString());
                lines.append(
                    (field.isEmpty() ? QString() : field.join(u'.') + u": "_s) + ue.value(u"message"_s).toString());
            }
            ApiError e = errorFor(ErrorClass::InvalidRequest, r.status,
                userErrors.first().toObject().value(u"code"_s).toString(), lines.join(u"; "_s));
            e.details = QJsonObject{{u"userErrors"_s, userErrors}};
            return e;
        }
    }
    return {};
}

void ShopifyClient::query(const QString& purpose, const QString& document, const QJsonObject& variables,
    const QString& payloadField, bool idempotent, QObject* context,
    std::function<void(const ApiError&, const QJsonObject&)> done)
{
    run(
        purpose,
        [this, document, variables] {
            HttpRequest h;
            h.method = "POST";
            h.url = graphqlUrl();
            h.setHeader("Content-Type", "application/json");
            h.setHeader("Accept", "application/json");
            h.setHeader("X-Shopify-Access-Token", m_config.accessToken.toUtf8());
            h.body = Json::canonical(QJsonObject{{u"query"_s, document}, {u"variables"_s, variables}});
            return h;
        },
        idempotent, context,
        [done](const ApiError& e, const QJsonDocument& doc, const HttpResponse&) {
            done(e, doc.object().value(u"data"_s).toObject());
        },
        [this, payloadField](const HttpResponse& r) { return classify(r, payloadField); });
}

void ShopifyClient::productSet(const QString& handle, const QJsonObject& input, QObject* context, ProductCallback done)
{
    QJsonObject withHandle = input;
    withHandle.insert(u"handle"_s, handle);
    productSet(QJsonObject{{u"handle"_s, handle}}, withHandle, context, std::move(done));
}

void ShopifyClient::productForMerge(const QJsonObject& identifier, QObject* context, ProductCallback done)
{
    query(u"shopify.read_product"_s, kForMerge, QJsonObject{{u"identifier"_s, identifier}}, QString(), true, context,
        [done](
            const ApiError& e, const QJsonObject& data) { done(e, data.value(u"productByIdentifier"_s).toObject()); });
}

void ShopifyClient::productSet(
    const QJsonObject& identifier, const QJsonObject& input, QObject* context, ProductCallback done)
{
    const QJsonObject variables{{u"identifier"_s, identifier}, {u"input"_s, input}, {u"synchronous"_s, true}};
    // An upsert keyed by handle: repeating it is safe, so it is retried like a read.
    query(u"shopify.product_set"_s, kProductSet, variables, u"productSet"_s, true, context,
        [done](const ApiError& e, const QJsonObject& data) {
            done(e, data.value(u"productSet"_s).toObject().value(u"product"_s).toObject());
        });
}

void ShopifyClient::productByHandle(const QString& handle, QObject* context, ProductCallback done)
{
    query(u"shopify.by_handle"_s, kByHandle, QJsonObject{{u"identifier"_s, QJsonObject{{u"handle"_s, handle}}}},
        QString(), true, context, [done](const ApiError& e, const QJsonObject& data) {
            done(e, data.value(u"productByIdentifier"_s).toObject());
        });
}

void ShopifyClient::setStatus(const QString& productId, const QString& status, QObject* context, ProductCallback done)
{
    query(u"shopify.status"_s, kSetStatus,
        QJsonObject{{u"input"_s, QJsonObject{{u"id"_s, productId}, {u"status"_s, status}}}}, u"productUpdate"_s, true,
        context, [done](const ApiError& e, const QJsonObject& data) {
            done(e, data.value(u"productUpdate"_s).toObject().value(u"product"_s).toObject());
        });
}

void ShopifyClient::setAvailable(const QString& inventoryItemId, const QString& locationId, int quantity,
    int compareQuantity, QObject* context, std::function<void(const ApiError& error)> done)
{
    static const QString document = uR"(mutation QuorumSetAvailable($input: InventorySetQuantitiesInput!) {
  inventorySetQuantities(input: $input) {
    inventoryAdjustmentGroup { reason changes { name delta quantityAfterChange } }
    userErrors { code field message }
  }
})"_s;
    const QJsonObject input{{u"name"_s, u"available"_s}, {u"reason"_s, u"correction"_s},
        {u"referenceDocumentUri"_s, u"quorum://stock"_s},
        {u"quantities"_s,
            QJsonArray{QJsonObject{{u"inventoryItemId"_s, QString(u"gid://shopify/InventoryItem/"_s + inventoryItemId)},
                {u"locationId"_s, QString(u"gid://shopify/Location/"_s + locationId)}, {u"quantity"_s, quantity},
                {u"compareQuantity"_s, compareQuantity}}}}};
    // With compareQuantity a repeat cannot apply twice: retried like a read.
    query(u"shopify.inventory"_s, document, QJsonObject{{u"input"_s, input}}, u"inventorySetQuantities"_s, true,
        context, [done](const ApiError& e, const QJsonObject&) { done(e); });
}

void ShopifyClient::shopInfo(QObject* context, std::function<void(const ApiError&, const QJsonObject&)> done)
{
    query(u"shopify.shop"_s, kShop, {}, QString(), true, context,
        [done](const ApiError& e, const QJsonObject& data) { done(e, data.value(u"shop"_s).toObject()); });
}

void ShopifyClient::page(const QString& purpose, const QString& document, const QString& field, const QString& cursor,
    const QDateTime& updatedSince, int first, QObject* context, PageCallback done)
{
    QJsonObject variables{{u"first"_s, first}};
    if (!cursor.isEmpty())
        variables.insert(u"after"_s, cursor);
    if (updatedSince.isValid())
        variables.insert(
            u"query"_s, u"updated_at:>'%1'"_s.arg(updatedSince.toUTC().toString(u"yyyy-MM-ddTHH:mm:ssZ"_s)));
    query(purpose, document, variables, QString(), true, context,
        [done, field](const ApiError& e, const QJsonObject& data) {
            if (e.isError()) {
                done(e, {}, {});
                return;
            }
            const QJsonObject connection = data.value(field).toObject();
            const QJsonObject info = connection.value(u"pageInfo"_s).toObject();
            done({}, connection.value(u"nodes"_s).toArray(),
                PageInfo{info.value(u"hasNextPage"_s).toBool(), info.value(u"endCursor"_s).toString()});
        });
}

void ShopifyClient::ordersPage(
    const QString& cursor, const QDateTime& updatedSince, int first, QObject* context, PageCallback done)
{
    page(u"shopify.orders"_s, kOrdersPage, u"orders"_s, cursor, updatedSince, std::clamp(first, 1, 24), context,
        std::move(done));
}

void ShopifyClient::customersPage(
    const QString& cursor, const QDateTime& updatedSince, int first, QObject* context, PageCallback done)
{
    page(u"shopify.customers"_s, kCustomersPage, u"customers"_s, cursor, updatedSince, std::clamp(first, 1, 250),
        context, std::move(done));
}

void ShopifyClient::productsPage(
    const QString& cursor, const QDateTime& updatedSince, int first, QObject* context, PageCallback done)
{
    page(u"shopify.products"_s, kProductsPage, u"products"_s, cursor, updatedSince, std::clamp(first, 1, 10), context,
        std::move(done));
}
