#pragma once

#include "RestClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

// WooCommerce REST v3 products. Over HTTPS the consumer key and secret go as HTTP Basic auth; over
// plain HTTP the request is signed with OAuth 1.0a (one-legged), as WooCommerce requires.
class WooCommerceClient final : public RestClient
{
    Q_OBJECT
public:
    struct Config
    {
        QUrl storeUrl; // https://shop.example (the WordPress site)
        QString consumerKey;
        QString consumerSecret;
        // Some hosts strip the Authorization header; WooCommerce then accepts the keys in the query.
        bool keysInQuery = false;
    };
    struct BatchResult
    {
        QJsonArray created;
        QJsonArray updated;
        QJsonArray deleted;
        // Items WooCommerce rejected while the batch as a whole answered 200: (section, index, error).
        QList<std::tuple<QString, int, ApiError>> itemErrors;
    };
    using ProductCallback = std::function<void(const ApiError& error, const QJsonObject& product)>;

    WooCommerceClient(ApiCaller* caller, ApiRuntime* runtime, const Config& config, QObject* parent = nullptr);

    // The product with this SKU, or an empty object when there is none.
    void findBySku(const QString& sku, QObject* context, ProductCallback done);
    void getProduct(qint64 id, QObject* context, ProductCallback done);
    // Not retried after an ambiguous failure: the caller looks the SKU up and reconciles instead.
    void createProduct(const QJsonObject& product, QObject* context, ProductCallback done);
    void updateProduct(qint64 id, const QJsonObject& changes, QObject* context, ProductCallback done);
    void batch(const QJsonArray& create, const QJsonArray& update, const QList<qint64>& remove, QObject* context,
        std::function<void(const ApiError& error, const BatchResult& result)> done);
    // A simple product's stock (variationId 0) or a variation's: the item as the store answers it, and
    // stock_quantity set (with manage_stock on).
    void getStockItem(qint64 productId, qint64 variationId, QObject* context, ProductCallback done);
    void setStock(qint64 productId, qint64 variationId, int quantity, QObject* context, ProductCallback done);
    // Every variation of a variable product (all pages).
    void variations(
        qint64 productId, QObject* context, std::function<void(const ApiError&, const QList<QJsonObject>&)> done);
    void batchVariations(qint64 productId, const QJsonArray& create, const QJsonArray& update, QObject* context,
        std::function<void(const ApiError& error, const BatchResult& result)> done);
    // Categories by exact name (created when missing); answers the category's id.
    void ensureCategory(const QString& name, QObject* context, std::function<void(const ApiError&, qint64 id)> done);
    // GET /wp-json/wc/v3 with the credentials: confirms the address is a WooCommerce store and the keys work.
    void testConnection(QObject* context, std::function<void(const ApiError& error)> done);

    using PageCallback = std::function<void(const ApiError& error, const QJsonArray& items, int total, int totalPages)>;
    // One page of a wc/v3 list ("/orders", "/customers", "/products/reviews", "/products/12/variations"):
    // the items and the totals WooCommerce announces (X-WP-Total, X-WP-TotalPages). perPage is 1-100.
    // A page that is not a JSON array (cut off, a firewall's page) is an error, never a short page.
    // answered, when given, is called once as soon as the store has answered with a success status,
    // before the body is parsed: the caller may use the store's place for its next request meanwhile
    // (should the page then prove not whole, it is asked for again at once, beyond the caller's count;
    // a store that refuses that answers 429, which is waited out and retried like any).
    void listPage(const QString& path, const QList<std::pair<QString, QString>>& query, int page, int perPage,
        QObject* context, PageCallback done, std::function<void()> answered = {});

    // The product id a duplicate-SKU error points at (product_invalid_sku's data.resource_id), or 0.
    static qint64 duplicateResourceId(const ApiError& error);

private:
    void variationsFrom(qint64 productId, int page, QList<QJsonObject> sofar, QObject* context,
        std::function<void(const ApiError&, const QList<QJsonObject>&)> done);
    void batchAt(const QString& path, const QJsonArray& create, const QJsonArray& update, const QList<qint64>& remove,
        QObject* context, std::function<void(const ApiError& error, const BatchResult& result)> done);
    HttpRequest request(const QByteArray& method, const QString& path, const QList<std::pair<QString, QString>>& query,
        const QJsonObject& body = {}) const;
    ApiError classify(const HttpResponse& response) const;

    Config m_config;
};
