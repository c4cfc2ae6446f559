#include "StructuredData.h"

#include "core/HtmlText.h"
#include "core/Money.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace StructuredData
{

QJsonObject product(const ProductFacts& facts, const QString& name, const QString& description, const QString& url,
    const std::optional<Rating>& rating)
{
    QJsonObject p{{u"@context"_s, u"https://schema.org"_s}, {u"@type"_s, u"Product"_s},
        {u"name"_s, HtmlText::plain(name.isEmpty() ? facts.name : name)}};
    if (!description.trimmed().isEmpty())
        p.insert(u"description"_s, HtmlText::plain(description));
    if (!facts.sku.isEmpty())
        p.insert(u"sku"_s, HtmlText::plain(facts.sku));
    const QString brand
        = facts.listing.vendor.isEmpty() ? facts.attributes.value(u"brand"_s).toString() : facts.listing.vendor;
    if (!brand.isEmpty())
        p.insert(u"brand"_s, QJsonObject{{u"@type"_s, u"Brand"_s}, {u"name"_s, HtmlText::plain(brand)}});
    QJsonArray images;
    for (const QString& image : facts.images) {
        if (image.startsWith(u"https://"_s) || image.startsWith(u"http://"_s))
            images.append(image);
    }
    if (!images.isEmpty())
        p.insert(u"image"_s, images);
    // One offer per variant, at the price a customer pays now (the sale price where there is one).
    QList<ProductVariant> variants = facts.variants;
    if (variants.isEmpty()) {
        ProductVariant only;
        only.sku = facts.sku;
        only.priceCents = facts.priceCents;
        variants.append(only);
    }
    QJsonArray offers;
    for (const ProductVariant& v : std::as_const(variants)) {
        QJsonObject offer{{u"@type"_s, u"Offer"_s},
            {u"price"_s, Money::toDecimalString(v.salePriceCents.value_or(v.priceCents))},
            {u"priceCurrency"_s, facts.currency},
            {u"availability"_s,
                v.stock && *v.stock <= 0 ? u"https://schema.org/OutOfStock"_s : u"https://schema.org/InStock"_s}};
        if (!v.sku.isEmpty())
            offer.insert(u"sku"_s, HtmlText::plain(v.sku));
        if (!v.options.isEmpty())
            offer.insert(u"name"_s, HtmlText::plain(v.title()));
        if (!url.isEmpty())
            offer.insert(u"url"_s, url);
        offers.append(offer);
    }
    p.insert(u"offers"_s, offers.size() == 1 ? QJsonValue(offers.first()) : QJsonValue(offers));
    if (rating && rating->count > 0)
        p.insert(u"aggregateRating"_s,
            QJsonObject{{u"@type"_s, u"AggregateRating"_s},
                {u"ratingValue"_s, QString::number(rating->average, 'f', 1)}, {u"reviewCount"_s, rating->count}});
    return p;
}

std::optional<Rating> rating(const QSqlDatabase& db, const ProductFacts& facts)
{
    // The reviews of the product the export came from, and of the one Quorum published, per store.
    QSqlQuery q = Sql::exec(db,
        u"SELECT AVG(r.rating), COUNT(*) FROM product_reviews r JOIN connections c ON c.id = r.connection_id WHERE "
        u"c.kind = 'woocommerce' AND (r.product_remote_id = ? OR r.product_remote_id IN (SELECT external_id FROM "
        u"publications WHERE product_id = ? AND connection_id = r.connection_id AND target = 'product'))"_s,
        {facts.listing.storePlatform == u"woocommerce" ? facts.listing.storeId : QString(u"-"_s), facts.id});
    if (!q.next() || q.value(1).toInt() == 0)
        return std::nullopt;
    return Rating{q.value(0).toDouble(), q.value(1).toInt()};
}

QString scriptTag(const QJsonObject& jsonLd)
{
    QString json = QString::fromUtf8(QJsonDocument(jsonLd).toJson(QJsonDocument::Compact));
    json.replace(u'<', u"\\u003c"_s);
    return u"<script type=\"application/ld+json\">"_s + json + u"</script>"_s;
}

} // namespace StructuredData
