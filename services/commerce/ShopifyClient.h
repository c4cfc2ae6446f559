#pragma once

#include "RestClient.h"

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
    void shopInfo(QObject* context, std::function<void(const ApiError& error, const QJsonObject& shop)> done);

    // Public for tests: the error in a GraphQL answer (THROTTLED, top-level errors, userErrors).
    ApiError classify(const HttpResponse& response, const QString& payloadField) const;

private:
    void query(const QString& purpose, const QString& document, const QJsonObject& variables,
        const QString& payloadField, bool idempotent, QObject* context,
        std::function<void(const ApiError&, const QJsonObject& data)> done);
    Config m_config;
};
