#pragma once

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

struct BrandProfile;

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
    QJsonObject attributes; // material, sizes, colour, ...
    QString source;         // manual, shopify-csv, woocommerce-csv, demo

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

    // True when the facts an import would write equal the stored ones.
    bool sameFactsAs(const ProductFacts& other) const;

    static int sentenceCount(const QString& text);
    static QStringList knownCurrencies();
};
