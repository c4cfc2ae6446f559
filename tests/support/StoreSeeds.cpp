#include "StoreSeeds.h"

#include <QJsonArray>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace StoreSeeds
{

QJsonObject shopifyMerino(const Merino& m)
{
    QJsonArray variants;
    const QStringList sizes{u"S"_s, u"M"_s, u"L"_s, u"XL"_s};
    int stock = 3;
    for (const QString& size : sizes) {
        for (const QString& colour : {u"Navy"_s, u"Grey"_s}) {
            if (size == u"XL" && colour == u"Grey")
                continue;
            const QString price = size == u"M" && colour == u"Navy" ? m.mNavyPrice
                : size == u"L" || size == u"XL"                     ? u"95.00"_s
                                                                    : u"89.00"_s;
            variants.append(QJsonObject{{u"sku"_s, u"MER-%1-%2"_s.arg(size, colour.toUpper())}, {u"price"_s, price},
                {u"compareAtPrice"_s, colour == u"Navy" ? QJsonValue(u"110.00"_s) : QJsonValue(QJsonValue::Null)},
                {u"barcode"_s, QJsonValue::Null}, {u"taxable"_s, true},
                {u"inventoryQuantity"_s, m.stock >= 0 ? m.stock : stock++},
                {u"title"_s, QString(size + u" / "_s + colour)},
                {u"selectedOptions"_s,
                    QJsonArray{QJsonObject{{u"name"_s, u"Size"_s}, {u"value"_s, size}},
                        QJsonObject{{u"name"_s, u"Colour"_s}, {u"value"_s, colour}}}},
                {u"inventoryItem"_s, QJsonObject{{u"requiresShipping"_s, true}}}});
        }
    }
    QJsonArray media;
    for (int i = 1; i <= m.images; ++i)
        media.append(QJsonObject{{u"mediaContentType"_s, u"IMAGE"_s}, {u"alt"_s, QString()},
            {u"image"_s, QJsonObject{{u"url"_s, u"https://cdn.example/merino-%1.jpg?v=17"_s.arg(i)}}}});
    const auto values = [](const QStringList& list) {
        QJsonArray out;
        for (const QString& v : list)
            out.append(QJsonObject{{u"name"_s, v}});
        return out;
    };
    QJsonObject product{{u"handle"_s, u"merino-crew"_s}, {u"title"_s, m.title},
        {u"descriptionHtml"_s, m.descriptionHtml}, {u"status"_s, u"ACTIVE"_s}, {u"productType"_s, u"Sweaters"_s},
        {u"vendor"_s, u"Lindenhof"_s}, {u"tags"_s, QJsonArray{u"wool"_s, u"winter"_s}},
        {u"seo"_s, QJsonObject{{u"title"_s, u"Merino crew"_s}, {u"description"_s, u"Soft merino"_s}}},
        {u"options"_s,
            QJsonArray{QJsonObject{{u"id"_s, u"gid://shopify/ProductOption/1"_s}, {u"name"_s, u"Size"_s},
                           {u"position"_s, 1}, {u"optionValues"_s, values(sizes)}},
                QJsonObject{{u"id"_s, u"gid://shopify/ProductOption/2"_s}, {u"name"_s, u"Colour"_s}, {u"position"_s, 2},
                    {u"optionValues"_s, values({u"Navy"_s, u"Grey"_s})}}}},
        {u"variants"_s, QJsonObject{{u"nodes"_s, variants}}}, {u"media"_s, QJsonObject{{u"nodes"_s, media}}}};
    if (m.metafield)
        product.insert(u"metafields"_s,
            QJsonObject{{u"nodes"_s,
                QJsonArray{QJsonObject{{u"namespace"_s, u"custom"_s}, {u"key"_s, u"fit"_s},
                    {u"type"_s, u"single_line_text_field"_s}, {u"value"_s, u"Regular"_s}}}}});
    return product;
}

} // namespace StoreSeeds
