#pragma once

#include "AdAccount.h"
#include "SandboxTypes.h"
#include "ShopifyCatalog.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QMap>

// Shopify Admin GraphQL (productSet upsert by handle or id with Shopify's list-replacing rules (see
// ShopifyCatalog), productByIdentifier, productUpdate, shop; a
// leaky-bucket cost limit that throttles with HTTP 200 and THROTTLED) and the Meta Marketing API
// (insights with string numbers and paging, ad set updates with budgets in minor units, error codes
// in the body).
class PlatformRoutes
{
public:
    PlatformRoutes(const SandboxCredentials* credentials, std::function<QString()> baseUrl);

    void shopify(const ServerRequest& request, const FaultPlan::Decision& fault, const Reply& reply);
    void meta(const ServerRequest& request, const FaultPlan::Decision& fault, const Reply& reply);
    bool metaFault(const QString& kind, const FaultPlan::Decision& fault, const Reply& reply);
    void reset();
    QList<QJsonObject> shopifyProducts() const { return m_catalog.products(); }
    QJsonObject seedShopifyProduct(const QJsonObject& product);
    QJsonObject adSet(const QString& id) const
    {
        return m_adAccount.adSet(id).isEmpty() ? m_adSets.value(id) : m_adAccount.adSet(id);
    }
    bool updateAdSet(const QString& id, const QUrlQuery& form, QString* why)
    {
        return m_adAccount.update(id, form, why);
    }
    QJsonObject adNode(const QString& id) const { return m_adAccount.node(id); }
    QJsonArray adList(const QString& parent, const QString& edge) const { return m_adAccount.list(parent, edge, {}); }
    // An ad account with its history; the account's edges then answer from it.
    void generateAdAccount(const AdAccount::Options& options) { m_adAccount.generate(options); }

private:
    QJsonObject cost(double requested, double actual) const;
    void refill();

    const SandboxCredentials* m_credentials;
    std::function<QString()> m_baseUrl;
    ShopifyCatalog m_catalog;
    double m_bucket = 1000;
    qint64 m_bucketAt = 0;
    // The generated ad account's edges; false when the request is not one of them.
    bool adAccount(const ServerRequest& request, const QStringList& parts, int pageSize, const Reply& reply);
    void sendPage(const ServerRequest& request, const QJsonArray& all, int pageSize, const Reply& reply);
    QHash<QString, QJsonObject> m_adSets;
    AdAccount m_adAccount;
};
