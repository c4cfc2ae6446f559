#include "StoreMerge.h"

#include "core/HtmlText.h"
#include "core/Json.h"
#include "core/Money.h"

#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace StoreMerge
{

namespace
{

QString plainOr(const QJsonValue& value, const QString& fallback)
{
    const QString text = HtmlText::plain(value.toString());
    return text.isEmpty() ? HtmlText::plain(fallback) : text;
}

// Amounts as the stores write them ("89", "89.0", "89.00") compare by value.
bool sameAmount(const QString& a, const QString& b)
{
    if (a.trimmed().isEmpty() || b.trimmed().isEmpty())
        return a.trimmed().isEmpty() == b.trimmed().isEmpty();
    return Money::parse(a) == Money::parse(b);
}

QString amount(const std::optional<qint64>& cents)
{
    return cents ? Money::toDecimalString(*cents) : QString();
}

QString imageKey(const QString& url)
{
    // A CDN adds a version query (?v=1712345678) that does not make it another image.
    QUrl u(url);
    u.setQuery(QString());
    return u.toString().toLower();
}

bool sameOptions(const QStringList& a, const QStringList& b)
{
    if (a.size() != b.size() || a.isEmpty())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).trimmed().compare(b.at(i).trimmed(), Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

// What Quorum sells: its variants, or the product itself as its one variant.
QList<ProductVariant> quorumVariants(const ProductFacts& facts)
{
    if (!facts.variants.isEmpty())
        return facts.variants;
    ProductVariant v;
    v.sku = PublishPayloads::sku(facts);
    v.priceCents = facts.priceCents;
    return {v};
}

// The store variant that is this Quorum variant: by SKU, else by option values; a product's only
// variant is its only variant.
int matchVariant(const ProductVariant& v, const QList<Variant>& store, const QSet<int>& used, bool onlyOne)
{
    for (qsizetype i = 0; i < store.size(); ++i) {
        if (!used.contains(static_cast<int>(i)) && !v.sku.isEmpty() && store.at(i).sku == v.sku)
            return static_cast<int>(i);
    }
    for (qsizetype i = 0; i < store.size(); ++i) {
        if (!used.contains(static_cast<int>(i)) && sameOptions(v.options, store.at(i).options)
            && (v.sku.isEmpty() || store.at(i).sku.isEmpty()))
            return static_cast<int>(i);
    }
    if (onlyOne && store.size() == 1 && store.first().options.isEmpty() && used.isEmpty())
        return 0;
    return -1;
}

QStringList tagUnion(const QStringList& store, const QStringList& quorum, QStringList* added)
{
    QStringList out = store;
    for (const QString& t : quorum) {
        if (!t.isEmpty() && !out.contains(t, Qt::CaseInsensitive)) {
            out.append(t);
            added->append(t);
        }
    }
    return out;
}

QStringList plainTags(const QStringList& tags, bool escaped)
{
    QStringList out;
    for (const QString& t : tags) {
        const QString text = escaped ? HtmlText::escapedPlain(t) : HtmlText::plain(t);
        if (!text.isEmpty())
            out.append(text);
    }
    return out;
}

void compare(Plan* plan, const QString& field, const QString& before, const QString& after, const QString& variant = {})
{
    plan->changes.append(Change{field, variant, before, after});
}

// A field Quorum writes only where the store has something else.
void setIfChanged(Plan* plan, QJsonObject* write, const QString& key, const QString& field, const QString& before,
    const QString& after)
{
    if (before == after)
        return;
    write->insert(key, after);
    compare(plan, field, before, after);
}

} // namespace

QJsonObject Change::toJson() const
{
    QJsonObject o{{u"field"_s, field}, {u"before"_s, before}, {u"after"_s, after}};
    if (!variant.isEmpty())
        o.insert(u"variant"_s, variant);
    return o;
}

Change Change::fromJson(const QJsonObject& o)
{
    return Change{o.value(u"field"_s).toString(), o.value(u"variant"_s).toString(), o.value(u"before"_s).toString(),
        o.value(u"after"_s).toString()};
}

QJsonObject Plan::toJson() const
{
    QJsonArray list;
    for (const Change& c : changes)
        list.append(c.toJson());
    return QJsonObject{{u"exists"_s, !create}, {u"changes"_s, list},
        {u"kept"_s,
            QJsonObject{{u"store_only_variants"_s, storeOnlyVariants}, {u"quorum_only_variants"_s, quorumOnlyVariants},
                {u"store_only_images"_s, storeOnlyImages}}}};
}

QString shopifyStatus(const QString& status)
{
    if (status == u"draft")
        return u"DRAFT"_s;
    if (status == u"archived" || status == u"private")
        return u"ARCHIVED"_s; // Shopify has no private product: hidden from the shop
    return u"ACTIVE"_s;
}

QString wooStatus(const QString& status)
{
    if (status == u"draft" || status == u"archived")
        return u"draft"_s;
    if (status == u"private")
        return u"private"_s;
    return u"publish"_s;
}

Product fromShopify(const QJsonObject& p)
{
    Product out;
    out.id = p.value(u"id"_s).toString();
    out.handle = p.value(u"handle"_s).toString();
    out.title = p.value(u"title"_s).toString();
    out.descriptionHtml = p.value(u"descriptionHtml"_s).toString();
    const QString status = p.value(u"status"_s).toString().toLower();
    out.status = status == u"unlisted" ? u"private"_s : status;
    out.seoTitle = p.value(u"seo"_s).toObject().value(u"title"_s).toString();
    out.seoDescription = p.value(u"seo"_s).toObject().value(u"description"_s).toString();
    out.productType = p.value(u"productType"_s).toString();
    out.tags = Json::toStringList(p.value(u"tags"_s).toArray());
    for (const QJsonValue& o : p.value(u"options"_s).toArray()) {
        const QString name = o.toObject().value(u"name"_s).toString();
        if (name == u"Title" && p.value(u"options"_s).toArray().size() == 1)
            continue; // Shopify's stand-in option of a product without variants
        out.optionNames.append(name);
        QStringList values;
        for (const QJsonValue& v : o.toObject().value(u"optionValues"_s).toArray())
            values.append(v.toObject().value(u"name"_s).toString());
        out.optionValues.append(values);
    }
    for (const QJsonValue& n : p.value(u"variants"_s).toObject().value(u"nodes"_s).toArray()) {
        const QJsonObject v = n.toObject();
        Variant variant{v.value(u"id"_s).toString(), v.value(u"sku"_s).toString(), {}, v.value(u"price"_s).toString(),
            v.value(u"compareAtPrice"_s).toString(), {}};
        for (const QString& name : std::as_const(out.optionNames)) {
            QString value;
            for (const QJsonValue& s : v.value(u"selectedOptions"_s).toArray()) {
                if (s.toObject().value(u"name"_s).toString() == name)
                    value = s.toObject().value(u"value"_s).toString();
            }
            variant.options.append(value);
        }
        out.variants.append(variant);
    }
    for (const QJsonValue& n : p.value(u"media"_s).toObject().value(u"nodes"_s).toArray())
        out.images.append({n.toObject().value(u"id"_s).toString(),
            n.toObject().value(u"image"_s).toObject().value(u"url"_s).toString()});
    return out;
}

Product fromWoo(const QJsonObject& p, const QList<QJsonObject>& variations)
{
    Product out;
    if (p.value(u"id"_s).toInteger() <= 0)
        return out;
    out.id = QString::number(p.value(u"id"_s).toInteger());
    out.handle = p.value(u"slug"_s).toString();
    out.type = p.value(u"type"_s).toString(u"simple"_s);
    out.title = p.value(u"name"_s).toString();
    out.descriptionHtml = p.value(u"description"_s).toString();
    out.shortDescription = p.value(u"short_description"_s).toString();
    const QString status = p.value(u"status"_s).toString();
    out.status = status == u"publish" ? u"active"_s : (status == u"private" ? u"private"_s : u"draft"_s);
    for (const QJsonValue& m : p.value(u"meta_data"_s).toArray()) {
        const QString key = m.toObject().value(u"key"_s).toString();
        if (key == u"_yoast_wpseo_title")
            out.seoTitle = m.toObject().value(u"value"_s).toString();
        else if (key == u"_yoast_wpseo_metadesc")
            out.seoDescription = m.toObject().value(u"value"_s).toString();
    }
    for (const QJsonValue& t : p.value(u"tags"_s).toArray())
        out.tags.append(t.toObject().value(u"name"_s).toString());
    for (const QJsonValue& c : p.value(u"categories"_s).toArray())
        out.categoryIds.append(c.toObject().value(u"id"_s).toInteger());
    for (const QJsonValue& a : p.value(u"attributes"_s).toArray()) {
        if (!a.toObject().value(u"variation"_s).toBool())
            continue;
        out.optionNames.append(a.toObject().value(u"name"_s).toString());
        out.optionValues.append(Json::toStringList(a.toObject().value(u"options"_s).toArray()));
    }
    for (const QJsonValue& i : p.value(u"images"_s).toArray())
        out.images.append(
            {QString::number(i.toObject().value(u"id"_s).toInteger()), i.toObject().value(u"src"_s).toString()});
    if (out.type == u"variable") {
        for (const QJsonObject& v : variations) {
            Variant variant{QString::number(v.value(u"id"_s).toInteger()), v.value(u"sku"_s).toString(), {},
                v.value(u"regular_price"_s).toString(), {}, v.value(u"sale_price"_s).toString()};
            for (const QString& name : std::as_const(out.optionNames)) {
                QString value;
                for (const QJsonValue& a : v.value(u"attributes"_s).toArray()) {
                    if (a.toObject().value(u"name"_s).toString().compare(name, Qt::CaseInsensitive) == 0)
                        value = a.toObject().value(u"option"_s).toString();
                }
                variant.options.append(value);
            }
            out.variants.append(variant);
        }
    } else {
        // A simple product is its own variant (no id of its own).
        out.variants.append(Variant{QString(), p.value(u"sku"_s).toString(), {}, p.value(u"regular_price"_s).toString(),
            {}, p.value(u"sale_price"_s).toString()});
    }
    return out;
}

Plan shopify(
    const Product& store, const ProductFacts& facts, const PublishPayloads::Content& content, const QString& handle)
{
    Plan plan;
    const QString title = plainOr(content.description.value(u"headline"_s), facts.name);
    const QString description = PublishPayloads::descriptionHtml(content);
    const QString seoTitle = plainOr(content.seo.value(u"seo_title"_s), facts.listing.seoTitle);
    const QString seoDescription = plainOr(content.seo.value(u"meta_description"_s), facts.listing.seoDescription);
    const QStringList tags = plainTags(content.tags, false);
    const QList<ProductVariant> variants = quorumVariants(facts);
    QStringList images;
    for (const QString& image : facts.images) {
        if (image.startsWith(u"http://"_s) || image.startsWith(u"https://"_s))
            images.append(image);
    }

    if (!store.exists()) {
        plan.create = true;
        QJsonObject input{{u"handle"_s, handle}, {u"title"_s, title}, {u"descriptionHtml"_s, description},
            {u"status"_s, shopifyStatus(facts.listing.status)}, {u"productType"_s, HtmlText::plain(facts.category)},
            {u"tags"_s, Json::fromStringList(tags)},
            {u"seo"_s, QJsonObject{{u"title"_s, seoTitle}, {u"description"_s, seoDescription}}}};
        if (!facts.listing.vendor.isEmpty())
            input.insert(u"vendor"_s, HtmlText::plain(facts.listing.vendor));
        if (facts.listing.giftCard)
            input.insert(u"giftCard"_s, true);
        const QStringList names = facts.optionNames.isEmpty() ? QStringList{u"Title"_s} : facts.optionNames;
        QJsonArray options;
        for (qsizetype i = 0; i < names.size(); ++i) {
            QStringList values;
            for (const ProductVariant& v : variants) {
                const QString value = facts.optionNames.isEmpty() ? u"Default Title"_s : v.options.value(i);
                if (!values.contains(value))
                    values.append(value);
            }
            QJsonArray list;
            for (const QString& value : std::as_const(values))
                list.append(QJsonObject{{u"name"_s, value}});
            options.append(QJsonObject{{u"name"_s, names.at(i)}, {u"values"_s, list}});
        }
        QJsonArray list;
        for (const ProductVariant& v : variants) {
            QJsonArray optionValues;
            for (qsizetype i = 0; i < names.size(); ++i)
                optionValues.append(QJsonObject{{u"optionName"_s, names.at(i)},
                    {u"name"_s, facts.optionNames.isEmpty() ? u"Default Title"_s : v.options.value(i)}});
            QJsonObject variant{{u"optionValues"_s, optionValues}, {u"price"_s, Money::toDecimalString(v.priceCents)},
                {u"sku"_s,
                    HtmlText::plain(v.sku.isEmpty() && variants.size() == 1 ? PublishPayloads::sku(facts) : v.sku)},
                {u"taxable"_s, v.taxable},
                {u"inventoryItem"_s, QJsonObject{{u"requiresShipping"_s, v.requiresShipping}}}};
            if (v.compareAtCents)
                variant.insert(u"compareAtPrice"_s, Money::toDecimalString(*v.compareAtCents));
            if (!v.barcode.isEmpty())
                variant.insert(u"barcode"_s, v.barcode);
            list.append(variant);
        }
        input.insert(u"productOptions"_s, options);
        input.insert(u"variants"_s, list);
        QJsonArray files;
        for (const QString& image : std::as_const(images))
            files.append(QJsonObject{
                {u"originalSource"_s, image}, {u"contentType"_s, u"IMAGE"_s}, {u"alt"_s, HtmlText::plain(facts.name)}});
        if (!files.isEmpty())
            input.insert(u"files"_s, files);
        plan.product = input;
        compare(&plan, u"title"_s, {}, title);
        compare(&plan, u"status"_s, {}, facts.listing.status);
        for (const ProductVariant& v : variants)
            compare(&plan, u"price"_s, {}, Money::toDecimalString(v.priceCents), v.title());
        return plan;
    }

    QJsonObject input;
    setIfChanged(&plan, &input, u"title"_s, u"title"_s, store.title, title);
    setIfChanged(&plan, &input, u"descriptionHtml"_s, u"description"_s, store.descriptionHtml, description);
    if (seoTitle != store.seoTitle || seoDescription != store.seoDescription) {
        input.insert(u"seo"_s, QJsonObject{{u"title"_s, seoTitle}, {u"description"_s, seoDescription}});
        if (seoTitle != store.seoTitle)
            compare(&plan, u"seo_title"_s, store.seoTitle, seoTitle);
        if (seoDescription != store.seoDescription)
            compare(&plan, u"seo_description"_s, store.seoDescription, seoDescription);
    }
    if (facts.listing.status != store.status) {
        input.insert(u"status"_s, shopifyStatus(facts.listing.status));
        compare(&plan, u"status"_s, store.status, facts.listing.status);
    }
    QStringList added;
    const QStringList allTags = tagUnion(store.tags, tags, &added);
    if (!added.isEmpty()) {
        input.insert(u"tags"_s, Json::fromStringList(allTags));
        compare(&plan, u"tags"_s, store.tags.join(u", "_s), allTags.join(u", "_s));
    }
    // Images: the store's stay (by id); Quorum's that the store lacks are added.
    QSet<QString> storeImages;
    for (const Image& i : store.images)
        storeImages.insert(imageKey(i.src));
    QJsonArray newFiles;
    QSet<QString> quorumImages;
    for (const QString& image : std::as_const(images)) {
        quorumImages.insert(imageKey(image));
        if (!storeImages.contains(imageKey(image)))
            newFiles.append(QJsonObject{
                {u"originalSource"_s, image}, {u"contentType"_s, u"IMAGE"_s}, {u"alt"_s, HtmlText::plain(facts.name)}});
    }
    for (const Image& i : store.images)
        plan.storeOnlyImages += quorumImages.contains(imageKey(i.src)) ? 0 : 1;
    if (!newFiles.isEmpty()) {
        QJsonArray files;
        for (const Image& i : store.images)
            files.append(QJsonObject{{u"id"_s, i.id}});
        for (const QJsonValue& f : std::as_const(newFiles))
            files.append(f);
        input.insert(u"files"_s, files);
        compare(&plan, u"images"_s, QString::number(store.images.size()), QString::number(files.size()));
    }
    // Variants: the prices of the ones Quorum knows; productSet replaces the list, so every variant
    // the store has goes back with its id and its own values.
    QSet<int> used;
    QHash<int, const ProductVariant*> byStore;
    for (const ProductVariant& v : variants) {
        const int i = matchVariant(v, store.variants, used, variants.size() == 1);
        if (i < 0) {
            ++plan.quorumOnlyVariants;
            continue;
        }
        used.insert(i);
        byStore.insert(i, &v);
        if (v.id > 0)
            plan.links.append({v.id, store.variants.at(i).id});
    }
    plan.storeOnlyVariants = static_cast<int>(store.variants.size() - used.size());
    bool variantChanged = false;
    QJsonArray list;
    for (qsizetype i = 0; i < store.variants.size(); ++i) {
        const Variant& s = store.variants.at(i);
        QString price = s.price;
        QString compareAt = s.compareAt;
        if (const ProductVariant* q = byStore.value(static_cast<int>(i))) {
            const QString wantPrice = Money::toDecimalString(q->priceCents);
            if (!sameAmount(wantPrice, s.price)) {
                compare(&plan, u"price"_s, s.price, wantPrice, s.title());
                price = wantPrice;
                variantChanged = true;
            }
            const QString wantCompare = amount(q->compareAtCents);
            if (!wantCompare.isEmpty() && !sameAmount(wantCompare, s.compareAt)) {
                compare(&plan, u"compare_at"_s, s.compareAt, wantCompare, s.title());
                compareAt = wantCompare;
                variantChanged = true;
            }
        }
        QJsonArray optionValues;
        const QStringList names = store.optionNames.isEmpty() ? QStringList{u"Title"_s} : store.optionNames;
        for (qsizetype o = 0; o < names.size(); ++o)
            optionValues.append(QJsonObject{{u"optionName"_s, names.at(o)},
                {u"name"_s, store.optionNames.isEmpty() ? u"Default Title"_s : s.options.value(o)}});
        list.append(QJsonObject{{u"id"_s, s.id}, {u"optionValues"_s, optionValues}, {u"price"_s, price},
            {u"compareAtPrice"_s, compareAt.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(compareAt)}});
    }
    if (variantChanged) {
        QJsonArray options;
        const QStringList names = store.optionNames.isEmpty() ? QStringList{u"Title"_s} : store.optionNames;
        for (qsizetype o = 0; o < names.size(); ++o) {
            QJsonArray values;
            const QStringList valueList
                = store.optionNames.isEmpty() ? QStringList{u"Default Title"_s} : store.optionValues.value(o);
            for (const QString& v : valueList)
                values.append(QJsonObject{{u"name"_s, v}});
            options.append(QJsonObject{{u"name"_s, names.at(o)}, {u"values"_s, values}});
        }
        input.insert(u"productOptions"_s, options);
        input.insert(u"variants"_s, list);
    }
    plan.product = input;
    return plan;
}

Plan woo(const Product& store, const ProductFacts& facts, const PublishPayloads::Content& content, qint64 categoryId,
    const QList<qint64>& mediaIds)
{
    Plan plan;
    const QString name = HtmlText::escape(plainOr(content.description.value(u"headline"_s), facts.name));
    const QString description = PublishPayloads::descriptionHtml(content);
    const QString shortDescription = HtmlText::escapedPlain(content.seo.value(u"meta_description"_s).toString());
    const QString seoTitle = plainOr(content.seo.value(u"seo_title"_s), facts.listing.seoTitle);
    const QString seoDescription = plainOr(content.seo.value(u"meta_description"_s), facts.listing.seoDescription);
    const QStringList tags = plainTags(content.tags, true);
    const QList<ProductVariant> variants = quorumVariants(facts);
    const bool variable = !facts.optionNames.isEmpty();

    if (!store.exists()) {
        plan.create = true;
        QJsonObject p = PublishPayloads::wooProduct(facts, content, categoryId, mediaIds);
        p.insert(u"status"_s, wooStatus(facts.listing.status));
        if (facts.listing.type == u"external" && !facts.listing.externalUrl.isEmpty()) {
            p.insert(u"type"_s, u"external"_s);
            p.insert(u"external_url"_s, facts.listing.externalUrl);
            p.insert(u"button_text"_s, HtmlText::escapedPlain(facts.listing.buttonText));
        }
        if (variable) {
            p.insert(u"type"_s, u"variable"_s);
            p.remove(u"regular_price"_s);
            QJsonArray attributes;
            for (qsizetype i = 0; i < facts.optionNames.size(); ++i) {
                QStringList values;
                for (const ProductVariant& v : variants) {
                    if (!values.contains(v.options.value(i)))
                        values.append(v.options.value(i));
                }
                attributes.append(QJsonObject{{u"name"_s, HtmlText::escapedPlain(facts.optionNames.at(i))},
                    {u"options"_s, Json::fromStringList(values)}, {u"variation"_s, true}, {u"visible"_s, true}});
            }
            p.insert(u"attributes"_s, attributes);
            for (const ProductVariant& v : variants) {
                QJsonArray attrs;
                for (qsizetype i = 0; i < facts.optionNames.size(); ++i)
                    attrs.append(QJsonObject{{u"name"_s, HtmlText::escapedPlain(facts.optionNames.at(i))},
                        {u"option"_s, v.options.value(i)}});
                QJsonObject variation{
                    {u"regular_price"_s, Money::toDecimalString(v.priceCents)}, {u"attributes"_s, attrs}};
                if (!v.sku.isEmpty())
                    variation.insert(u"sku"_s, HtmlText::plain(v.sku));
                if (v.salePriceCents)
                    variation.insert(u"sale_price"_s, Money::toDecimalString(*v.salePriceCents));
                plan.variationsCreate.append(variation);
                compare(&plan, u"price"_s, {}, Money::toDecimalString(v.priceCents), v.title());
            }
        } else {
            const ProductVariant& v = variants.first();
            p.insert(u"regular_price"_s, Money::toDecimalString(v.priceCents));
            if (v.salePriceCents)
                p.insert(u"sale_price"_s, Money::toDecimalString(*v.salePriceCents));
            compare(&plan, u"price"_s, {}, Money::toDecimalString(v.priceCents));
        }
        plan.product = p;
        plan.changes.prepend(Change{u"status"_s, {}, {}, facts.listing.status});
        plan.changes.prepend(Change{u"title"_s, {}, {}, name});
        return plan;
    }

    QJsonObject p;
    setIfChanged(&plan, &p, u"name"_s, u"title"_s, store.title, name);
    setIfChanged(&plan, &p, u"description"_s, u"description"_s, store.descriptionHtml, description);
    setIfChanged(&plan, &p, u"short_description"_s, u"short_description"_s, store.shortDescription, shortDescription);
    if (wooStatus(facts.listing.status) != wooStatus(store.status)) {
        p.insert(u"status"_s, wooStatus(facts.listing.status));
        compare(&plan, u"status"_s, store.status, facts.listing.status);
    }
    // Only the SEO keys that change: meta_data entries are updated by key, the others stay.
    QJsonArray meta;
    if (seoTitle != store.seoTitle) {
        meta.append(QJsonObject{{u"key"_s, u"_yoast_wpseo_title"_s}, {u"value"_s, seoTitle}});
        compare(&plan, u"seo_title"_s, store.seoTitle, seoTitle);
    }
    if (seoDescription != store.seoDescription) {
        meta.append(QJsonObject{{u"key"_s, u"_yoast_wpseo_metadesc"_s}, {u"value"_s, seoDescription}});
        compare(&plan, u"seo_description"_s, store.seoDescription, seoDescription);
    }
    if (!meta.isEmpty())
        p.insert(u"meta_data"_s, meta);
    QStringList added;
    const QStringList allTags = tagUnion(store.tags, tags, &added);
    if (!added.isEmpty()) {
        QJsonArray list;
        for (const QString& t : allTags)
            list.append(QJsonObject{{u"name"_s, t}});
        p.insert(u"tags"_s, list);
        compare(&plan, u"tags"_s, store.tags.join(u", "_s), allTags.join(u", "_s));
    }
    if (categoryId > 0 && !store.categoryIds.contains(categoryId)) {
        QJsonArray list;
        for (qint64 id : store.categoryIds)
            list.append(QJsonObject{{u"id"_s, id}});
        list.append(QJsonObject{{u"id"_s, categoryId}});
        p.insert(u"categories"_s, list);
        compare(&plan, u"category"_s, QString::number(store.categoryIds.size()), QString::number(list.size()));
    }
    // Images: WooCommerce replaces the gallery with the list it gets, so the store's go back first.
    QList<qint64> storeImageIds;
    for (const Image& i : store.images)
        storeImageIds.append(i.id.toLongLong());
    QList<qint64> newImages;
    for (qint64 id : mediaIds) {
        if (!storeImageIds.contains(id))
            newImages.append(id);
    }
    for (qint64 id : std::as_const(storeImageIds))
        plan.storeOnlyImages += mediaIds.contains(id) ? 0 : 1;
    if (!newImages.isEmpty()) {
        QJsonArray list;
        for (qint64 id : std::as_const(storeImageIds))
            list.append(QJsonObject{{u"id"_s, id}});
        for (qint64 id : std::as_const(newImages))
            list.append(QJsonObject{{u"id"_s, id}});
        p.insert(u"images"_s, list);
        compare(&plan, u"images"_s, QString::number(storeImageIds.size()), QString::number(list.size()));
    }
    QSet<int> used;
    for (const ProductVariant& v : variants) {
        const int i = matchVariant(v, store.variants, used, variants.size() == 1);
        if (i < 0) {
            ++plan.quorumOnlyVariants;
            continue;
        }
        used.insert(i);
        const Variant& s = store.variants.at(i);
        if (v.id > 0 && !s.id.isEmpty())
            plan.links.append({v.id, s.id});
        const QString wantPrice = Money::toDecimalString(v.priceCents);
        const QString wantSale = amount(v.salePriceCents);
        QJsonObject change;
        if (!sameAmount(wantPrice, s.price)) {
            change.insert(u"regular_price"_s, wantPrice);
            compare(&plan, u"price"_s, s.price, wantPrice, s.title());
        }
        if (!wantSale.isEmpty() && !sameAmount(wantSale, s.salePrice)) {
            change.insert(u"sale_price"_s, wantSale);
            compare(&plan, u"sale_price"_s, s.salePrice, wantSale, s.title());
        }
        if (change.isEmpty())
            continue;
        if (s.id.isEmpty()) { // a simple product's price is the product's
            for (auto it = change.begin(); it != change.end(); ++it)
                p.insert(it.key(), it.value());
        } else {
            change.insert(u"id"_s, s.id.toLongLong());
            plan.variationsUpdate.append(change);
        }
    }
    plan.storeOnlyVariants = static_cast<int>(store.variants.size() - used.size());
    plan.product = p;
    return plan;
}

} // namespace StoreMerge
