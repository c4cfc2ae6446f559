#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

// The sandbox Shopify store's products, kept in the shape the Admin GraphQL API answers with
// (options, variants and media as connections with nodes). productSet follows Shopify's rules: the
// fields given are set, the ones left out stay; the list fields given (productOptions, variants,
// files, metafields) replace what is there, so a variant left out of the list is deleted; a variant
// with an id is updated in place and keeps what the input does not mention (its inventory). A write
// that changes nothing leaves updatedAt alone.
class ShopifyCatalog
{
public:
    explicit ShopifyCatalog(QString shopUrl = {});
    void setShopUrl(const QString& url) { m_shopUrl = url; }
    void clear();

    // The product by {"id"} or {"handle"}, or an empty object.
    QJsonObject find(const QJsonObject& identifier) const;
    // Upsert; userErrors as productSet answers them (empty on success).
    QJsonObject productSet(const QJsonObject& identifier, const QJsonObject& input, QJsonArray* userErrors);
    // productUpdate: scalar fields only.
    QJsonObject update(const QJsonObject& input, QJsonArray* userErrors);
    // A product as the shop owner made it (tests), in the answer's shape; ids are assigned when missing.
    QJsonObject seed(QJsonObject product);
    QList<QJsonObject> products() const { return m_products.values(); }

private:
    QJsonArray variantsFrom(const QJsonObject& product, const QJsonArray& input, QJsonArray* userErrors);
    QJsonArray mediaFrom(const QJsonObject& product, const QJsonArray& files);
    QString gid(const QString& type);
    QJsonObject store(QJsonObject product, const QJsonObject& before);

    QString m_shopUrl;
    QMap<QString, QJsonObject> m_products; // by handle
    qint64 m_next = 8000000001;
};
