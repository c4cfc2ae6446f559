#include "ProductFacts.h"

#include "BrandProfile.h"
#include "core/Json.h"
#include "core/Money.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

QStringList ProductFacts::knownCurrencies()
{
    return {u"EUR"_s, u"USD"_s, u"GBP"_s, u"CHF"_s, u"SEK"_s, u"DKK"_s, u"NOK"_s, u"PLN"_s, u"CAD"_s, u"AUD"_s};
}

int ProductFacts::sentenceCount(const QString& text)
{
    static const QRegularExpression end(u"[.!?]+(\\s|$)"_s);
    const QString t = text.trimmed();
    if (t.isEmpty())
        return 0;
    int count = 0;
    for (auto it = end.globalMatch(t); it.hasNext(); it.next())
        ++count;
    // A last sentence without a full stop still counts.
    if (!t.endsWith(u'.') && !t.endsWith(u'!') && !t.endsWith(u'?'))
        ++count;
    return count;
}

QList<ProductFacts::FieldError> ProductFacts::validate(Origin origin) const
{
    QList<FieldError> out;
    const QString n = name.trimmed();
    if (n.isEmpty())
        out.append({u"name"_s, QCoreApplication::translate("ProductFacts", "Give the product a name.")});
    else if (n.size() > 200)
        out.append({u"name"_s,
            QCoreApplication::translate("ProductFacts", "The name is %1 characters; keep it under 200.")
                .arg(n.size())});
    const QString d = description.trimmed();
    // An export may leave the body empty (the name and the variants are facts enough to start from).
    if (d.isEmpty() && origin == Origin::Manual) {
        out.append({u"description"_s,
            QCoreApplication::translate("ProductFacts", "Describe the product in one or two sentences.")});
    } else if (origin == Origin::Manual && sentenceCount(d) > 2) {
        out.append({u"description"_s,
            QCoreApplication::translate("ProductFacts",
                "Keep the description to one or two sentences (it has %1): the facts, not the copy. Quorum writes the "
                "copy.")
                .arg(sentenceCount(d))});
    } else if (d.size() > 20000) {
        out.append({u"description"_s, QCoreApplication::translate("ProductFacts", "The description is too long.")});
    }
    if (priceCents <= 0)
        out.append({u"price"_s, QCoreApplication::translate("ProductFacts", "Enter a price above zero.")});
    if (costCents && *costCents < 0)
        out.append({u"cost"_s, QCoreApplication::translate("ProductFacts", "The cost cannot be negative.")});
    static const QRegularExpression iso(u"^[A-Z]{3}$"_s);
    if (!iso.match(currency).hasMatch())
        out.append({u"currency"_s,
            QCoreApplication::translate("ProductFacts", "Use a three-letter currency code such as EUR.")});
    if (category.trimmed().isEmpty())
        out.append({u"category"_s, QCoreApplication::translate("ProductFacts", "Choose or type a category.")});
    // Images help the writer but are not needed for a draft (an import has none either).
    if (origin == Origin::Manual && images.size() > 3)
        out.append({u"images"_s, QCoreApplication::translate("ProductFacts", "Add at most three images.")});
    for (const QString& url : competitorUrls) {
        const QUrl u(url.trimmed(), QUrl::StrictMode);
        if (!u.isValid() || (u.scheme() != u"http" && u.scheme() != u"https") || u.host().isEmpty()) {
            out.append({u"competitor_urls"_s,
                QCoreApplication::translate("ProductFacts", "“%1” is not a web address (https://…).").arg(url)});
            break;
        }
    }
    if (sku.size() > 64)
        out.append({u"sku"_s, QCoreApplication::translate("ProductFacts", "The SKU is longer than 64 characters.")});
    return out;
}

namespace
{
QJsonValue optionalAmount(const std::optional<qint64>& v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

std::optional<qint64> amountFrom(const QJsonValue& v)
{
    return v.isDouble() ? std::optional<qint64>(v.toInteger()) : std::nullopt;
}
} // namespace

QString ProductVariant::title() const
{
    return options.join(u" / "_s);
}

QJsonObject ProductVariant::toJson() const
{
    QJsonObject o{{u"sku"_s, sku}, {u"options"_s, Json::fromStringList(options)}, {u"price"_s, priceCents}};
    const auto put = [&o](const QString& key, const QJsonValue& v) {
        if (!v.isUndefined() && !v.isNull())
            o.insert(key, v);
    };
    put(u"compare_at"_s, optionalAmount(compareAtCents));
    put(u"sale_price"_s, optionalAmount(salePriceCents));
    if (saleFrom > 0)
        o.insert(u"sale_from"_s, saleFrom);
    if (saleTo > 0)
        o.insert(u"sale_to"_s, saleTo);
    put(u"cost"_s, optionalAmount(costCents));
    if (stock)
        o.insert(u"stock"_s, *stock);
    if (weightGrams)
        o.insert(u"weight_grams"_s, *weightGrams);
    if (!image.isEmpty())
        o.insert(u"image"_s, image);
    if (!barcode.isEmpty())
        o.insert(u"barcode"_s, barcode);
    if (!requiresShipping)
        o.insert(u"requires_shipping"_s, false);
    if (!taxable)
        o.insert(u"taxable"_s, false);
    if (!storeId.isEmpty())
        o.insert(u"store_id"_s, storeId);
    return o;
}

ProductVariant ProductVariant::fromJson(const QJsonObject& o)
{
    ProductVariant v;
    v.sku = o.value(u"sku"_s).toString();
    v.options = Json::toStringList(o.value(u"options"_s).toArray());
    v.priceCents = o.value(u"price"_s).toInteger();
    v.compareAtCents = amountFrom(o.value(u"compare_at"_s));
    v.salePriceCents = amountFrom(o.value(u"sale_price"_s));
    v.saleFrom = o.value(u"sale_from"_s).toInteger();
    v.saleTo = o.value(u"sale_to"_s).toInteger();
    v.costCents = amountFrom(o.value(u"cost"_s));
    if (o.value(u"stock"_s).isDouble())
        v.stock = o.value(u"stock"_s).toInt();
    if (o.value(u"weight_grams"_s).isDouble())
        v.weightGrams = o.value(u"weight_grams"_s).toInt();
    v.image = o.value(u"image"_s).toString();
    v.barcode = o.value(u"barcode"_s).toString();
    v.requiresShipping = o.value(u"requires_shipping"_s).toBool(true);
    v.taxable = o.value(u"taxable"_s).toBool(true);
    v.storeId = o.value(u"store_id"_s).toString();
    return v;
}

bool ProductVariant::operator==(const ProductVariant& o) const
{
    return toJson() == o.toJson();
}

QJsonObject ProductListing::toJson() const
{
    QJsonObject o;
    const auto put = [&o](const QString& key, const QString& v) {
        if (!v.isEmpty())
            o.insert(key, v);
    };
    put(u"seo_title"_s, seoTitle);
    put(u"seo_description"_s, seoDescription);
    put(u"external_url"_s, externalUrl);
    put(u"button_text"_s, buttonText);
    put(u"vendor"_s, vendor);
    put(u"store_platform"_s, storePlatform);
    put(u"store_id"_s, storeId);
    if (giftCard)
        o.insert(u"gift_card"_s, true);
    return o;
}

ProductListing ProductListing::fromJson(const QJsonObject& o, const QString& status, const QString& type)
{
    ProductListing l;
    l.status = status.isEmpty() ? u"active"_s : status;
    l.type = type.isEmpty() ? u"simple"_s : type;
    l.seoTitle = o.value(u"seo_title"_s).toString();
    l.seoDescription = o.value(u"seo_description"_s).toString();
    l.externalUrl = o.value(u"external_url"_s).toString();
    l.buttonText = o.value(u"button_text"_s).toString();
    l.vendor = o.value(u"vendor"_s).toString();
    l.storePlatform = o.value(u"store_platform"_s).toString();
    l.storeId = o.value(u"store_id"_s).toString();
    l.giftCard = o.value(u"gift_card"_s).toBool();
    return l;
}

bool ProductListing::operator==(const ProductListing& o) const
{
    return status == o.status && type == o.type && toJson() == o.toJson();
}

int ProductListing::visibility(const QString& status)
{
    return status == u"active" ? 2 : (status == u"private" ? 1 : 0);
}

std::optional<ProductFacts> ProductFacts::load(const QSqlDatabase& db, qint64 id)
{
    QSqlQuery q = Sql::exec(db,
        u"SELECT sku, handle, name, description, price_cents, cost_cents, currency, category, images, audience_hint, "
        u"competitor_urls, brand_voice, attributes, source, status, product_type, listing FROM products WHERE id = ?"_s,
        {id});
    if (!q.next())
        return std::nullopt;
    ProductFacts f;
    f.id = id;
    f.sku = q.value(0).toString();
    f.handle = q.value(1).toString();
    f.name = q.value(2).toString();
    f.description = q.value(3).toString();
    f.priceCents = q.value(4).toLongLong();
    if (!q.value(5).isNull())
        f.costCents = q.value(5).toLongLong();
    f.currency = q.value(6).toString();
    f.category = q.value(7).toString();
    f.images = Json::toStringList(Json::arrayFromString(q.value(8).toString()));
    f.audience = q.value(9).toString();
    f.competitorUrls = Json::toStringList(Json::arrayFromString(q.value(10).toString()));
    f.brandVoice = q.value(11).toString();
    f.attributes = Json::objectFromString(q.value(12).toString());
    f.source = q.value(13).toString();
    const QJsonObject listing = Json::objectFromString(q.value(16).toString());
    f.listing = ProductListing::fromJson(listing, q.value(14).toString(), q.value(15).toString());
    f.optionNames = Json::toStringList(listing.value(u"option_names"_s).toArray());
    QSqlQuery v = Sql::exec(db,
        u"SELECT id, sku, options, price_cents, compare_at_cents, sale_price_cents, sale_from, sale_to, cost_cents, "
        u"stock, weight_grams, image, barcode, requires_shipping, taxable, store_id FROM product_variants "
        u"WHERE product_id = ? ORDER BY position"_s,
        {id});
    const auto amount
        = [&v](int c) { return v.value(c).isNull() ? std::nullopt : std::optional<qint64>(v.value(c).toLongLong()); };
    while (v.next()) {
        ProductVariant pv;
        pv.id = v.value(0).toLongLong();
        pv.sku = v.value(1).toString();
        pv.options = Json::toStringList(Json::arrayFromString(v.value(2).toString()));
        pv.priceCents = v.value(3).toLongLong();
        pv.compareAtCents = amount(4);
        pv.salePriceCents = amount(5);
        pv.saleFrom = v.value(6).toLongLong();
        pv.saleTo = v.value(7).toLongLong();
        pv.costCents = amount(8);
        if (!v.value(9).isNull())
            pv.stock = v.value(9).toInt();
        if (!v.value(10).isNull())
            pv.weightGrams = v.value(10).toInt();
        pv.image = v.value(11).toString();
        pv.barcode = v.value(12).toString();
        pv.requiresShipping = v.value(13).toBool();
        pv.taxable = v.value(14).toBool();
        pv.storeId = v.value(15).toString();
        f.variants.append(pv);
    }
    return f;
}

QJsonArray ProductFacts::promptVariants() const
{
    QJsonArray out;
    for (const ProductVariant& v : variants) {
        QJsonObject o{{u"price"_s, Money::toDecimalString(v.priceCents)}};
        if (!v.options.isEmpty()) {
            QJsonObject options;
            for (qsizetype i = 0; i < v.options.size() && i < optionNames.size(); ++i)
                options.insert(optionNames.at(i), v.options.at(i));
            o.insert(u"options"_s, options);
        }
        if (v.compareAtCents && *v.compareAtCents > v.priceCents)
            o.insert(u"compare_at_price"_s, Money::toDecimalString(*v.compareAtCents));
        if (v.salePriceCents)
            o.insert(u"sale_price"_s, Money::toDecimalString(*v.salePriceCents));
        if (!v.sku.isEmpty())
            o.insert(u"sku"_s, v.sku);
        out.append(o);
    }
    return out;
}

QString ProductFacts::material() const
{
    return attributes.value(u"material"_s).toString();
}

QStringList ProductFacts::sizes() const
{
    const QJsonValue v = attributes.value(u"sizes"_s);
    if (v.isArray())
        return Json::toStringList(v.toArray());
    return v.toString().split(u',', Qt::SkipEmptyParts);
}

QJsonObject ProductFacts::promptFacts(const BrandProfile& brand) const
{
    QJsonObject o{{u"name"_s, name}, {u"description"_s, description}, {u"category"_s, category}};
    // No price is no price (a lead's business the site factory writes about), never "0.00".
    if (priceCents > 0) {
        o.insert(u"price"_s, Money::toDecimalString(priceCents));
        o.insert(
            u"price_text"_s, Money::format(priceCents, currency, QLocale(QLocale::English, QLocale::UnitedKingdom)));
    }
    // Several products' facts (a collection's page) have no one price, only their variants' prices.
    if (priceCents > 0 || !variants.isEmpty())
        o.insert(u"currency"_s, currency);
    if (!attributes.isEmpty())
        o.insert(u"attributes"_s, attributes);
    if (!audience.isEmpty())
        o.insert(u"audience"_s, audience);
    o.insert(u"brand_voice"_s, brandVoice.isEmpty() ? brand.voice : brandVoice);
    if (!brand.bannedWords.isEmpty())
        o.insert(u"banned_words"_s, Json::fromStringList(brand.bannedWords));
    if (!brand.requiredPhrases.isEmpty())
        o.insert(u"required_phrases"_s, Json::fromStringList(brand.requiredPhrases));
    // The only certifications a piece may claim besides those the facts state; competitors it must not name.
    if (!brand.certifications.isEmpty())
        o.insert(u"certifications_held"_s, Json::fromStringList(brand.certifications));
    if (!brand.competitors.isEmpty())
        o.insert(u"never_name"_s, Json::fromStringList(brand.competitors));
    if (!sku.isEmpty())
        o.insert(u"sku"_s, sku);
    // The variants that exist, each with its price: the only sizes, colours and prices the copy may name.
    if (variants.size() > 1 || (variants.size() == 1 && !variants.first().options.isEmpty())) {
        o.insert(u"options"_s, Json::fromStringList(optionNames));
        o.insert(u"variants"_s, promptVariants());
    }
    if (!listing.seoTitle.isEmpty() || !listing.seoDescription.isEmpty())
        o.insert(
            u"store_seo"_s, QJsonObject{{u"title"_s, listing.seoTitle}, {u"description"_s, listing.seoDescription}});
    return o;
}

QString ProductFacts::promptBlock(const BrandProfile& brand) const
{
    return u"<facts>\n"_s + QString::fromUtf8(QJsonDocument(promptFacts(brand)).toJson(QJsonDocument::Indented))
        + u"</facts>"_s;
}

QString ProductFacts::factText() const
{
    QStringList parts{name, description, category, audience};
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        parts.append(it.key());
        parts.append(it.value().isArray() ? Json::toStringList(it.value().toArray()).join(u", "_s)
                                          : it.value().toVariant().toString());
    }
    for (const ProductVariant& v : variants) {
        parts.append(v.options.join(u", "_s));
        parts.append(Money::toDecimalString(v.priceCents));
        if (v.compareAtCents)
            parts.append(Money::toDecimalString(*v.compareAtCents));
        if (v.salePriceCents)
            parts.append(Money::toDecimalString(*v.salePriceCents));
    }
    return parts.join(u'\n').toLower();
}

bool ProductFacts::sameFactsAs(const ProductFacts& o) const
{
    return name == o.name && description == o.description && priceCents == o.priceCents && costCents == o.costCents
        && currency == o.currency && category == o.category && images == o.images && attributes == o.attributes
        && (o.sku.isEmpty() || sku == o.sku) && (o.handle.isEmpty() || handle == o.handle)
        && optionNames == o.optionNames && variants == o.variants && listing == o.listing;
}
