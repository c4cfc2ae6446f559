#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

struct BrandProfile;

// One variant of a product as its store knows it: the option values that name it (in the order of
// the product's option names), its own SKU, prices, stock and image. A product imported without
// variants has none; its price and SKU are the product's.
struct ProductVariant
{
    qint64 id = 0; // Quorum's row (0 until stored)
    QString sku;
    QStringList options; // "M", "Navy": the values of ProductFacts::optionNames, in order
    qint64 priceCents = 0;
    std::optional<qint64> compareAtCents; // Shopify's compare-at ("was") price
    std::optional<qint64> salePriceCents; // WooCommerce's sale price, with its dates (UTC ms; 0: open)
    qint64 saleFrom = 0;
    qint64 saleTo = 0;
    std::optional<qint64> costCents;
    std::optional<int> stock; // as the export had it; empty: the store does not track it
    std::optional<int> weightGrams;
    QString image;
    QString barcode;
    bool requiresShipping = true;
    bool taxable = true;
    QString storeId; // its id in the store the export came from (a WooCommerce variation ID)

    QString title() const; // "M / Navy", or empty for a product's only variant
    QJsonObject toJson() const;
    static ProductVariant fromJson(const QJsonObject& o);
    bool operator==(const ProductVariant& o) const;
};

// How a product is listed in its store, kept from the export so publishing gives it back as it was.
struct ProductListing
{
    QString status = QStringLiteral("active"); // active, draft, private, archived
    QString type = QStringLiteral("simple");   // simple, variable, external, grouped
    QString seoTitle;
    QString seoDescription;
    QString externalUrl; // an external/affiliate product's link and its button
    QString buttonText;
    QString vendor;
    bool giftCard = false;
    QString storePlatform; // shopify, woocommerce: the store the export came from
    QString storeId;       // the product's id there (WooCommerce ID); Shopify's is its handle

    QJsonObject toJson() const; // status and type are columns of their own
    static ProductListing fromJson(const QJsonObject& o, const QString& status, const QString& type);
    bool operator==(const ProductListing& o) const;
    // Whether a status lets customers see the product (active) or not (draft, private, archived).
    static int visibility(const QString& status);
};

// What a shop owner tells Quorum about a product: the facts every generated piece must agree with.
// Entered in the Add product dialog or read from a store's CSV export.
struct ProductFacts
{
    enum class Origin
    {
        Manual, // the Add product dialog: a short description; up to 3 images
        Import  // a CSV export: descriptions may be long, images are addresses
    };

    qint64 id = 0;
    QString sku;
    QString handle;
    QString name;
    QString description;
    qint64 priceCents = 0;
    std::optional<qint64> costCents;
    QString currency = QStringLiteral("EUR");
    QString category;
    QStringList images; // workspace-relative paths (images/...) or addresses from an import
    QString audience;
    QStringList competitorUrls;
    QString brandVoice;
    QJsonObject attributes;         // material, sizes, colour, ...
    QString source;                 // manual, shopify-csv, woocommerce-csv, demo
    QStringList optionNames;        // Size, Colour ... (at most three on Shopify)
    QList<ProductVariant> variants; // empty: a simple product priced by priceCents
    ProductListing listing;

    struct FieldError
    {
        QString field; // name, description, price, cost, currency, category, images, competitor_urls, sku
        QString message;
    };
    QList<FieldError> validate(Origin origin) const;

    static std::optional<ProductFacts> load(const QSqlDatabase& db, qint64 id);

    // The facts as the prompts carry them (between <facts> tags), with the brand's rules.
    QJsonObject promptFacts(const BrandProfile& brand) const;
    QString promptBlock(const BrandProfile& brand) const;
    // Everything the facts state, lower case, for the fact checks.
    QString factText() const;
    QString material() const;
    QStringList sizes() const;
    // The variants as the prompts and the fact checks see them: option values and price, no stock.
    QJsonArray promptVariants() const;

    // True when the facts an import would write equal the stored ones.
    bool sameFactsAs(const ProductFacts& other) const;

    static int sentenceCount(const QString& text);
    static QStringList knownCurrencies();
};
