#pragma once

#include "RestClient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

// Shopify Admin GraphQL. productSet with a handle identifier is an upsert, so a retried publish
// updates instead of duplicating. Throttling arrives as HTTP 200 with errors[].extensions.code
// THROTTLED; the wait is computed from the cost extension's throttle status.
class ShopifyClient final : public RestClient
{
    Q_OBJECT
public:
    struct Config
    {
        QString shopDomain; // my-shop.myshopify.com
        QString accessToken;
        QString apiVersion = QStringLiteral("2025-01");
        QUrl endpoint; // optional override (the sandbox); default https://<shop>/admin/api/<version>/graphql.json
    };
    using ProductCallback = std::function<void(const ApiError& error, const QJsonObject& product)>;

    ShopifyClient(ApiCaller* caller, ApiRuntime* runtime, const Config& config, QObject* parent = nullptr);

    QUrl graphqlUrl() const;
    // Upserts by handle; answers {id, handle, title, status, onlineStoreUrl}.
    void productSet(const QString& handle, const QJsonObject& input, QObject* context, ProductCallback done);
    // The same with {"id": gid} (update that product) or {"handle": …} (upsert); input as given.
    void productSet(const QJsonObject& identifier, const QJsonObject& input, QObject* context, ProductCallback done);
    // The product by {"id"} or {"handle"} with what a merge needs: SEO, tags, options, every
    // variant with its prices, media. Empty when there is none.
    void productForMerge(const QJsonObject& identifier, QObject* context, ProductCallback done);
    // The product with this handle, or an empty object.
    void productByHandle(const QString& handle, QObject* context, ProductCallback done);
    // Sets a product's status (ACTIVE, DRAFT, ARCHIVED).
    void setStatus(const QString& productId, const QString& status, QObject* context, ProductCallback done);
    // inventorySetQuantities: the "available" quantity of an inventory item at a location, written only
    // if the location still holds compareQuantity (else the error's code is COMPARE_QUANTITY_STALE).
    void setAvailable(const QString& inventoryItemId, const QString& locationId, int quantity, int compareQuantity,
        QObject* context, std::function<void(const ApiError& error)> done);
    void shopInfo(QObject* context, std::function<void(const ApiError& error, const QJsonObject& shop)> done);

    struct PageInfo
    {
        bool hasNextPage = false;
        QString endCursor; // pass as `cursor` for the next page
    };
    using PageCallback = std::function<void(const ApiError& error, const QJsonArray& nodes, const PageInfo& pageInfo)>;
    // Pages of the store's data, oldest update first (sortKey UPDATED_AT), only what changed after
    // updatedSince when it is valid. Empty cursor: the first page. A page is one query, retried on
    // THROTTLED after the wait the cost extension implies.
    // Orders carry their MoneyBags (shop and presentment money), customer id, refunds and up to 10
    // line items; `first` is at most 24 so the query stays under Shopify's 1,000-point query limit.
    void ordersPage(
        const QString& cursor, const QDateTime& updatedSince, int first, QObject* context, PageCallback done);
    void customersPage(
        const QString& cursor, const QDateTime& updatedSince, int first, QObject* context, PageCallback done);
    // Products with up to 12 variants each and their stock at up to 3 locations; `first` is at most 10.
    void productsPage(
        const QString& cursor, const QDateTime& updatedSince, int first, QObject* context, PageCallback done);

    // Public for tests: the error in a GraphQL answer (THROTTLED, top-level errors, userErrors).
    ApiError classify(const HttpResponse& response, const QString& payloadField) const;

private:
    void page(const QString& purpose, const QString& document, const QString& field, const QString& cursor,
        const QDateTime& updatedSince, int first, QObject* context, PageCallback done);
    void query(const QString& purpose, const QString& document, const QJsonObject& variables,
        const QString& payloadField, bool idempotent, QObject* context,
        std::function<void(const ApiError&, const QJsonObject& data)> done);
    Config m_config;
};
