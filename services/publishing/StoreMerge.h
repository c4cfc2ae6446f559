#pragma once

#include "PublishPayloads.h"
#include "pipeline/ProductFacts.h"

#include <QJsonArray>
#include <QJsonObject>

// Publishing to a product that exists in a store reads it first and writes only what Quorum has new
// to say: the fields it manages (name, description, SEO, status, its tags, its images, the prices of
// the variants it knows) where they differ from the store. Everything else stays as the store has it:
// variants Quorum does not know, stock, images and tags added in the store, metafields, other
// plugins' meta. A product equal to what Quorum would write is not written at all, so a re-publish
// with nothing new leaves the store byte for byte as it was. The same plan is what an approver sees
// as the diff against the store. Pure functions of their inputs.
namespace StoreMerge
{

struct Variant
{
    QString id;
    QString sku;
    QStringList options; // values in the product's option order
    QString price;       // decimal strings, as the stores write them
    QString compareAt;   // Shopify
    QString salePrice;   // WooCommerce
    QString title() const { return options.join(QStringLiteral(" / ")); }
};

struct Image
{
    QString id;
    QString src;
};

// A product in terms both stores share.
struct Product
{
    QString id;
    QString handle;
    QString type; // WooCommerce: simple, variable, external, grouped
    QString title;
    QString descriptionHtml;
    QString shortDescription; // WooCommerce
    QString status;           // active, draft, private, archived
    QString seoTitle;
    QString seoDescription;
    QString productType; // Shopify's product type
    QStringList tags;
    QList<qint64> categoryIds; // WooCommerce
    QStringList optionNames;
    QList<QStringList> optionValues; // per option, as the store lists them
    QList<Variant> variants;
    QList<Image> images;
    bool exists() const { return !id.isEmpty(); }
};

Product fromShopify(const QJsonObject& product);
Product fromWoo(const QJsonObject& product, const QList<QJsonObject>& variations);

// One field that would change: "title", "description", "short_description", "status", "seo_title",
// "seo_description", "product_type", "tags", "category", "images", "price", "compare_at",
// "sale_price" (with the variant's title where it is a variant's).
struct Change
{
    QString field;
    QString variant;
    QString before;
    QString after;
    QJsonObject toJson() const;
    static Change fromJson(const QJsonObject& o);
};

struct Plan
{
    bool create = false; // the store has no such product: everything is new
    QList<Change> changes;
    QJsonObject product;                     // the fields to write (empty: nothing to write)
    QJsonArray variationsCreate;             // WooCommerce variations to create (a new variable product)
    QJsonArray variationsUpdate;             // WooCommerce variation changes ({id, regular_price, sale_price})
    QList<std::pair<qint64, QString>> links; // Quorum variant id -> store variant id
    int storeOnlyVariants = 0;               // variants the store has and Quorum does not know: left alone
    int quorumOnlyVariants = 0; // variants Quorum has and the store does not: not added to an existing product
    int storeOnlyImages = 0;

    bool writes() const { return create || !product.isEmpty() || !variationsUpdate.isEmpty(); }
    QJsonObject toJson() const; // what the approver sees: changes and what is kept
};

// Quorum's status as each store spells it, and back.
QString shopifyStatus(const QString& status);
QString wooStatus(const QString& status);

// Shopify: the productSet input that creates the product, or the one that changes only what differs
// (list fields, which productSet replaces, are sent complete: every variant the store has, by id).
Plan shopify(
    const Product& store, const ProductFacts& facts, const PublishPayloads::Content& content, const QString& handle);
// WooCommerce: the product (and variations) to create, or the fields and variation prices to update.
Plan woo(const Product& store, const ProductFacts& facts, const PublishPayloads::Content& content, qint64 categoryId,
    const QList<qint64>& mediaIds);

} // namespace StoreMerge
