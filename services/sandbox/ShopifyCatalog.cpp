#include "ShopifyCatalog.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace
{
QJsonArray nodes(const QJsonObject& product, const QString& field)
{
    return product.value(field).toObject().value(u"nodes"_s).toArray();
}

QJsonObject connection(const QJsonArray& list)
{
    return QJsonObject{{u"nodes"_s, list}};
}

// {"optionName": "Size", "name": "M"} (input) -> {"name": "Size", "value": "M"} (answer).
QJsonArray selectedOptions(const QJsonArray& optionValues)
{
    QJsonArray out;
    for (const QJsonValue& v : optionValues)
        out.append(
            QJsonObject{{u"name"_s, v.toObject().value(u"optionName"_s)}, {u"value"_s, v.toObject().value(u"name"_s)}});
    return out;
}
} // namespace

ShopifyCatalog::ShopifyCatalog(QString shopUrl)
    : m_shopUrl(std::move(shopUrl))
{ }

void ShopifyCatalog::clear()
{
    m_products.clear();
    m_next = 8000000001;
}

QString ShopifyCatalog::gid(const QString& type)
{
    return u"gid://shopify/%1/%2"_s.arg(type).arg(m_next++);
}

QJsonObject ShopifyCatalog::find(const QJsonObject& identifier) const
{
    if (identifier.contains(u"handle"_s))
        return m_products.value(identifier.value(u"handle"_s).toString());
    const QString id = identifier.value(u"id"_s).toString();
    for (const QJsonObject& p : m_products) {
        if (p.value(u"id"_s).toString() == id)
            return p;
    }
    return {};
}

QJsonObject ShopifyCatalog::store(QJsonObject product, const QJsonObject& before)
{
    const QString handle = product.value(u"handle"_s).toString();
    product.insert(u"onlineStoreUrl"_s,
        product.value(u"status"_s).toString() == u"ACTIVE" ? QJsonValue(m_shopUrl + u"/products/"_s + handle)
                                                           : QJsonValue(QJsonValue::Null));
    QJsonObject comparable = product;
    comparable.insert(u"updatedAt"_s, before.value(u"updatedAt"_s));
    if (!before.isEmpty() && comparable == before)
        return before;
    product.insert(u"updatedAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (before.value(u"handle"_s).toString() != handle)
        m_products.remove(before.value(u"handle"_s).toString());
    m_products.insert(handle, product);
    return product;
}

QJsonArray ShopifyCatalog::variantsFrom(const QJsonObject& product, const QJsonArray& input, QJsonArray* userErrors)
{
    QHash<QString, QJsonObject> existing;
    for (const QJsonValue& v : nodes(product, u"variants"_s))
        existing.insert(v.toObject().value(u"id"_s).toString(), v.toObject());
    QJsonArray out;
    for (qsizetype i = 0; i < input.size(); ++i) {
        const QJsonObject in = input.at(i).toObject();
        QJsonObject v;
        if (in.contains(u"id"_s)) {
            const QString id = in.value(u"id"_s).toString();
            if (!existing.contains(id)) {
                userErrors->append(QJsonObject{{u"field"_s, QJsonArray{u"input"_s, u"variants"_s, i, u"id"_s}},
                    {u"message"_s, u"Product variant does not exist"_s},
                    {u"code"_s, u"PRODUCT_VARIANT_DOES_NOT_EXIST"_s}});
                continue;
            }
            v = existing.value(id);
        } else {
            v = QJsonObject{{u"id"_s, gid(u"ProductVariant"_s)}, {u"inventoryQuantity"_s, 0},
                {u"compareAtPrice"_s, QJsonValue::Null}, {u"barcode"_s, QJsonValue::Null}, {u"taxable"_s, true},
                {u"sku"_s, QString()}, {u"inventoryItem"_s, QJsonObject{{u"requiresShipping"_s, true}}}};
        }
        for (const QString& key : {u"price"_s, u"compareAtPrice"_s, u"barcode"_s, u"taxable"_s, u"sku"_s}) {
            if (in.contains(key))
                v.insert(key, in.value(key));
        }
        if (in.contains(u"optionValues"_s))
            v.insert(u"selectedOptions"_s, selectedOptions(in.value(u"optionValues"_s).toArray()));
        const QJsonObject item = in.value(u"inventoryItem"_s).toObject();
        if (!item.isEmpty()) {
            QJsonObject stored = v.value(u"inventoryItem"_s).toObject();
            if (item.contains(u"sku"_s))
                v.insert(u"sku"_s, item.value(u"sku"_s));
            for (auto it = item.begin(); it != item.end(); ++it) {
                if (it.key() != u"sku")
                    stored.insert(it.key(), it.value());
            }
            v.insert(u"inventoryItem"_s, stored);
        }
        QStringList title;
        for (const QJsonValue& o : v.value(u"selectedOptions"_s).toArray())
            title.append(o.toObject().value(u"value"_s).toString());
        v.insert(u"title"_s, title.join(u" / "_s));
        out.append(v);
    }
    return out;
}

QJsonArray ShopifyCatalog::mediaFrom(const QJsonObject& product, const QJsonArray& files)
{
    QHash<QString, QJsonObject> existing;
    for (const QJsonValue& m : nodes(product, u"media"_s))
        existing.insert(m.toObject().value(u"id"_s).toString(), m.toObject());
    QJsonArray out;
    for (const QJsonValue& f : files) {
        const QJsonObject in = f.toObject();
        if (in.contains(u"id"_s)) {
            if (existing.contains(in.value(u"id"_s).toString()))
                out.append(existing.value(in.value(u"id"_s).toString()));
            continue;
        }
        out.append(QJsonObject{{u"id"_s, gid(u"MediaImage"_s)}, {u"mediaContentType"_s, u"IMAGE"_s},
            {u"alt"_s, in.value(u"alt"_s).toString()},
            {u"image"_s, QJsonObject{{u"url"_s, in.value(u"originalSource"_s)}}}});
    }
    return out;
}

QJsonObject ShopifyCatalog::productSet(const QJsonObject& identifier, const QJsonObject& input, QJsonArray* userErrors)
{
    QJsonObject before = find(identifier);
    if (before.isEmpty() && identifier.contains(u"id"_s)) {
        userErrors->append(QJsonObject{{u"field"_s, QJsonArray{u"identifier"_s, u"id"_s}},
            {u"message"_s, u"Product does not exist"_s}, {u"code"_s, u"PRODUCT_DOES_NOT_EXIST"_s}});
        return {};
    }
    if (before.isEmpty() && input.value(u"title"_s).toString().trimmed().isEmpty()) {
        userErrors->append(QJsonObject{{u"field"_s, QJsonArray{u"input"_s, u"title"_s}},
            {u"message"_s, u"Title can't be blank"_s}, {u"code"_s, u"BLANK"_s}});
        return {};
    }
    QJsonObject p = before;
    if (p.isEmpty())
        p = QJsonObject{{u"id"_s, gid(u"Product"_s)}, {u"status"_s, u"ACTIVE"_s}, {u"tags"_s, QJsonArray{}},
            {u"descriptionHtml"_s, QString()}, {u"productType"_s, QString()}, {u"vendor"_s, u"Sandbox"_s},
            {u"seo"_s, QJsonObject{{u"title"_s, QJsonValue::Null}, {u"description"_s, QJsonValue::Null}}},
            {u"options"_s, QJsonArray{}}, {u"variants"_s, connection({})}, {u"media"_s, connection({})},
            {u"metafields"_s, connection({})}};
    for (const QString& key :
        {u"title"_s, u"descriptionHtml"_s, u"productType"_s, u"vendor"_s, u"tags"_s, u"status"_s, u"giftCard"_s}) {
        if (input.contains(key))
            p.insert(key, input.value(key));
    }
    if (input.contains(u"seo"_s)) {
        QJsonObject seo = p.value(u"seo"_s).toObject();
        const QJsonObject in = input.value(u"seo"_s).toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            seo.insert(it.key(), it.value());
        p.insert(u"seo"_s, seo);
    }
    p.insert(u"handle"_s,
        input.value(u"handle"_s)
            .toString(
                identifier.value(u"handle"_s).toString(p.value(u"handle"_s).toString(p.value(u"title"_s).toString()))));
    if (input.contains(u"productOptions"_s)) {
        QJsonArray options;
        int position = 1;
        for (const QJsonValue& o : input.value(u"productOptions"_s).toArray()) {
            QJsonArray values;
            for (const QJsonValue& v : o.toObject().value(u"values"_s).toArray())
                values.append(QJsonObject{{u"name"_s, v.toObject().value(u"name"_s)}});
            options.append(QJsonObject{{u"id"_s, gid(u"ProductOption"_s)}, {u"name"_s, o.toObject().value(u"name"_s)},
                {u"position"_s, position++}, {u"optionValues"_s, values}});
        }
        p.insert(u"options"_s, options);
    }
    if (input.contains(u"variants"_s)) {
        const QJsonArray variants = variantsFrom(p, input.value(u"variants"_s).toArray(), userErrors);
        if (!userErrors->isEmpty())
            return {};
        p.insert(u"variants"_s, connection(variants));
    }
    if (input.contains(u"files"_s))
        p.insert(u"media"_s, connection(mediaFrom(p, input.value(u"files"_s).toArray())));
    if (input.contains(u"metafields"_s))
        p.insert(u"metafields"_s, connection(input.value(u"metafields"_s).toArray()));
    return store(p, before);
}

QJsonObject ShopifyCatalog::update(const QJsonObject& input, QJsonArray* userErrors)
{
    const QJsonObject before = find(QJsonObject{{u"id"_s, input.value(u"id"_s)}});
    if (before.isEmpty()) {
        userErrors->append(QJsonObject{{u"field"_s, QJsonArray{u"id"_s}}, {u"message"_s, u"Product does not exist"_s}});
        return {};
    }
    QJsonObject p = before;
    for (auto it = input.begin(); it != input.end(); ++it)
        p.insert(it.key(), it.value());
    return store(p, before);
}

QJsonObject ShopifyCatalog::seed(QJsonObject product)
{
    if (!product.contains(u"id"_s))
        product.insert(u"id"_s, gid(u"Product"_s));
    QJsonArray variants;
    for (const QJsonValue& v : nodes(product, u"variants"_s)) {
        QJsonObject o = v.toObject();
        if (!o.contains(u"id"_s))
            o.insert(u"id"_s, gid(u"ProductVariant"_s));
        variants.append(o);
    }
    product.insert(u"variants"_s, connection(variants));
    QJsonArray media;
    for (const QJsonValue& m : nodes(product, u"media"_s)) {
        QJsonObject o = m.toObject();
        if (!o.contains(u"id"_s))
            o.insert(u"id"_s, gid(u"MediaImage"_s));
        media.append(o);
    }
    product.insert(u"media"_s, connection(media));
    return store(product, {});
}
