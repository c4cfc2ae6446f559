#pragma once

#include "SandboxTypes.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSet>

// One sandbox WordPress site with WooCommerce: the front page announces the REST root in a Link
// header; wp/v2 posts, pages, media and users/me; wc/v3 products (SKU uniqueness with
// product_invalid_sku and resource_id, batch with per-item errors; meta_data merged by key; a write
// that changes nothing leaves date_modified alone), variations (list, single, batch), categories. State is in memory.
class ShopRoutes
{
public:
    ShopRoutes(const SandboxCredentials* credentials, std::function<QString()> baseUrl);

    // The site answers ?rest_route= instead of /wp-json/ (both always work; this picks what the
    // Link header announces).
    void setRestRouteStyle(bool queryStyle) { m_queryStyle = queryStyle; }
    // false: the WordPress user is an editor without unfiltered_html (scripts are stripped).
    void setAdministrator(bool administrator) { m_administrator = m_keepsScripts = administrator; }
    // A network site: the role still lists unfiltered_html, but WordPress strips scripts all the same.
    void setNetworkSite() { m_keepsScripts = false; }
    void frontPage(const ServerRequest& request, const Reply& reply);
    // route: the REST route after the root, e.g. "/wc/v3/products/12" or "/wp/v2/posts".
    void handle(
        const QString& route, const ServerRequest& request, const FaultPlan::Decision& fault, const Reply& reply);
    void reset();
    // The wc/v3 key check, for StoreDataRoutes' generated-shop endpoints.
    bool authorizeWoo(const ServerRequest& r, QString* why) { return wooAuthorized(r, why); }
    QJsonObject snapshot() const;
    QList<QJsonObject> products() const;
    QList<QJsonObject> items(const QString& collection) const;
    QList<QJsonObject> variations(qint64 productId) const;
    // A product as the shop owner made it in the store (tests): returns its id.
    qint64 seedProduct(const QJsonObject& product, const QJsonArray& variations);

private:
    void woo(const QString& route, const ServerRequest& r, bool stallAfterWrite, const Reply& reply);
    void wp(const QString& route, const ServerRequest& r, bool stallAfterWrite, const Reply& reply);
    bool wooAuthorized(const ServerRequest& r, QString* why);
    // 0: no credentials; 1: valid; -1: wrong.
    int wpAuth(const ServerRequest& r) const;
    QJsonObject createProduct(QJsonObject in, QJsonObject* error);
    QJsonObject updateProduct(qint64 id, const QJsonObject& in, QJsonObject* error);
    QJsonObject writeVariation(qint64 productId, qint64 id, const QJsonObject& in);
    void variationRoutes(qint64 productId, const QString& rest, const ServerRequest& r, const QJsonObject& body,
        bool stallAfterWrite, const Reply& reply);
    QJsonArray mergedMeta(QJsonArray meta, const QJsonArray& changes);
    QJsonObject createItem(const QString& collection, const QJsonObject& in);
    QJsonObject updateItem(const QString& collection, qint64 id, const QJsonObject& in);
    QJsonObject createMedia(const ServerRequest& r, QJsonObject* error);
    QString uniqueSlug(const QString& wanted, const QString& collection) const;
    QString base() const { return m_baseUrl(); }
    static QJsonObject wpError(const QString& code, const QString& message, int status, QJsonObject data = {});

    const SandboxCredentials* m_credentials;
    std::function<QString()> m_baseUrl;
    bool m_queryStyle = false;
    bool m_administrator = true;
    bool m_keepsScripts = true;
    QMap<qint64, QJsonObject> m_products;
    QMap<qint64, QMap<qint64, QJsonObject>> m_variations; // by product
    QMap<qint64, QJsonObject> m_categories;
    QHash<QString, QMap<qint64, QJsonObject>> m_items; // posts, pages, media
    QSet<QByteArray> m_nonces;
    qint64 m_nextProduct = 100;
    qint64 m_nextTerm = 20;
    qint64 m_nextItem = 1000;
};
