#include "CatalogFormats.h"

#include "core/Json.h"
#include "core/Money.h"
#include "core/SiteRenderer.h"
#include "pipeline/ContentSpec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace CatalogImport
{

namespace
{

// A column under any of its names (Shopify renamed its columns in 2024; WooCommerce exports in the
// admin's language).
int column(const QStringList& header, const QStringList& names)
{
    for (const QString& n : names) {
        const int c = Csv::columnOf(header, n);
        if (c >= 0)
            return c;
    }
    return -1;
}

QString cell(const Csv::Record& r, int c)
{
    return c >= 0 && c < r.fields.size() ? r.fields.at(c).trimmed() : QString();
}

void addUnique(QStringList* list, const QString& value)
{
    const QString v = value.trimmed();
    if (!v.isEmpty() && !list->contains(v, Qt::CaseInsensitive))
        list->append(v);
}

// Options and attributes become facts: sizes, colours, material, and anything else by name.
void addOption(
    QJsonObject* attributes, QHash<QString, QStringList>* values, const QString& name, const QStringList& list)
{
    if (name.isEmpty() || name.compare(u"Title"_s, Qt::CaseInsensitive) == 0)
        return; // Shopify's stand-in option ("Title: Default Title") for products without variants
    QString key = name.trimmed().toLower();
    if (isSizeName(name))
        key = u"sizes"_s;
    else if (isColourName(name))
        key = u"colours"_s;
    else if (isMaterialName(name))
        key = u"material"_s;
    QStringList& into = (*values)[key];
    for (const QString& v : list)
        addUnique(&into, v);
    if (key == u"material")
        attributes->insert(key, into.join(u", "_s));
    else
        attributes->insert(key, Json::fromStringList(into));
}

QString leafCategory(const QString& path)
{
    const QString first = path.section(u',', 0, 0);
    return first.section(u'>', -1).trimmed();
}

QString rootCategory(const QString& path)
{
    return path.section(u',', 0, 0).section(u'>', 0, 0).trimmed();
}

// Category for display and filtering; the whole taxonomy is kept as an attribute for the apparel
// decision and the prompts.
void setCategory(ProductFacts* f, const QString& type, const QString& taxonomy)
{
    f->category = !type.isEmpty() ? type : leafCategory(taxonomy);
    if (!taxonomy.isEmpty()) {
        f->attributes.insert(u"taxonomy"_s, taxonomy);
        if (f->category.isEmpty())
            f->category = rootCategory(taxonomy);
    }
    if (f->category.isEmpty())
        f->category = QCoreApplication::translate("CatalogImport", "Uncategorised");
}

std::optional<qint64> price(const QString& text)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    return Money::parse(text);
}

// The price is the first of the product's prices; when its variants differ, all of them are facts.
void setPrices(ProductFacts* f, const QList<qint64>& prices)
{
    if (prices.isEmpty())
        return;
    f->priceCents = prices.first();
    if (prices.size() > 1) {
        QJsonArray list;
        for (qint64 p : prices)
            list.append(Money::toDecimalString(p));
        f->attributes.insert(u"prices"_s, list);
    }
}

// TRUE/FALSE, yes/no, 1/0 as exports write them; empty keeps the default.
bool flag(const QString& text, bool fallback)
{
    const QString t = text.trimmed().toLower();
    if (t == u"true" || t == u"yes" || t == u"1" || t == u"ja" || t == u"waar")
        return true;
    if (t == u"false" || t == u"no" || t == u"0" || t == u"nee" || t == u"onwaar")
        return false;
    return fallback;
}

std::optional<int> wholeNumber(const QString& text)
{
    bool ok = false;
    const double v = QString(text).replace(u',', u'.').trimmed().toDouble(&ok);
    return ok ? std::optional<int>(static_cast<int>(std::lround(v))) : std::nullopt;
}

// A weight column in the unit its header names ("Weight (kg)", "Weight (lbs)", "Variant Grams").
std::optional<int> grams(const QString& text, const QString& header)
{
    bool ok = false;
    const double v = QString(text).replace(u',', u'.').trimmed().toDouble(&ok);
    if (!ok || text.trimmed().isEmpty())
        return std::nullopt;
    const QString h = header.toLower();
    double factor = 1;
    if (h.contains(u"(kg)"_s))
        factor = 1000;
    else if (h.contains(u"(lbs)"_s) || h.contains(u"(lb)"_s))
        factor = 453.59237;
    else if (h.contains(u"(oz)"_s))
        factor = 28.349523;
    return static_cast<int>(std::lround(v * factor));
}

// "2024-05-01 00:00:00" (the exporter's format, in the shop's time; read as UTC), or 0.
qint64 dateMs(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return 0;
    QDateTime d = QDateTime::fromString(t, u"yyyy-MM-dd HH:mm:ss"_s);
    if (!d.isValid())
        d = QDateTime::fromString(t, Qt::ISODate);
    if (!d.isValid())
        d = QDate::fromString(t, u"yyyy-MM-dd"_s).startOfDay();
    if (!d.isValid())
        return 0;
    d.setTimeSpec(Qt::UTC);
    return d.toMSecsSinceEpoch();
}

// The option values of a product, first seen first, per option.
void collectOptions(ProductFacts* f)
{
    QHash<QString, QStringList> values;
    for (const ProductVariant& v : std::as_const(f->variants)) {
        for (qsizetype i = 0; i < v.options.size() && i < f->optionNames.size(); ++i)
            addOption(&f->attributes, &values, f->optionNames.at(i), {v.options.at(i)});
    }
}

Issue issue(int line, const QString& reason, bool skipped = true)
{
    return Issue{line, 1, reason, skipped};
}

// A row whose number of fields differs from the header's: its columns cannot be trusted, in either
// direction (one field short shifts every later value into the wrong column: the compare-at price
// becomes the price).
bool rowMisaligned(const QStringList& header, const Csv::Record& r, Preview* out)
{
    if (r.fields.size() == header.size())
        return false;
    out->issues.append(issue(r.line,
        r.fields.size() > header.size()
            ? QCoreApplication::translate("CatalogImport",
                "The row has %1 fields but the header has %2; a quote or delimiter is probably missing.")
                  .arg(r.fields.size())
                  .arg(header.size())
            : QCoreApplication::translate("CatalogImport",
                "The row has %1 fields but the header has %2; a field or delimiter is probably missing, so its "
                "values would land in the wrong columns.")
                  .arg(r.fields.size())
                  .arg(header.size())));
    return true;
}

} // namespace

QString quoted(const QString& value)
{
    constexpr int kMax = 60;
    if (value.size() <= kMax)
        return value;
    return QCoreApplication::translate("CatalogImport", "%1…, %2 characters")
        .arg(value.left(kMax - 1).trimmed())
        .arg(QLocale().toString(value.size()));
}

bool isSizeName(const QString& name)
{
    static const QStringList names{
        u"size"_s, u"sizes"_s, u"maat"_s, u"maten"_s, u"größe"_s, u"taille"_s, u"shoe size"_s};
    return names.contains(name.trimmed().toLower()) || name.trimmed().toLower().startsWith(u"size"_s);
}

bool isColourName(const QString& name)
{
    static const QStringList names{
        u"color"_s, u"colour"_s, u"colors"_s, u"colours"_s, u"kleur"_s, u"farbe"_s, u"couleur"_s};
    return names.contains(name.trimmed().toLower());
}

bool isMaterialName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    return n.contains(u"material"_s) || n.contains(u"materiaal"_s) || n.contains(u"fabric"_s) || n.contains(u"stof"_s);
}

bool looksLikeShopify(const QStringList& header)
{
    return column(header, {u"Handle"_s, u"URL handle"_s}) >= 0 && Csv::columnOf(header, u"Title"_s) >= 0;
}

bool looksLikeWooCommerce(const QStringList& header)
{
    return column(header, {u"Name"_s, u"Naam"_s}) >= 0
        && column(header, {u"Regular price"_s, u"Reguliere prijs"_s, u"Normale prijs"_s}) >= 0;
}

Preview readShopify(const QStringList& header, const NextRow& next, const Options& options)
{
    Preview out;
    out.format = Format::Shopify;
    ProductSink sink(&out);
    const int cHandle = column(header, {u"Handle"_s, u"URL handle"_s});
    const int cTitle = Csv::columnOf(header, u"Title"_s);
    const int cBody = column(header, {u"Body (HTML)"_s, u"Description"_s});
    const int cVendor = Csv::columnOf(header, u"Vendor"_s);
    const int cCategory = column(header, {u"Product Category"_s, u"Product category"_s});
    const int cType = column(header, {u"Type"_s, u"Product type"_s});
    const int cTags = Csv::columnOf(header, u"Tags"_s);
    const int cSku = column(header, {u"Variant SKU"_s, u"SKU"_s});
    const int cPrice = column(header, {u"Variant Price"_s, u"Price"_s});
    const int cCost = column(header, {u"Cost per item"_s});
    const int cImage = column(header, {u"Image Src"_s, u"Product image URL"_s});
    const int cStatus = Csv::columnOf(header, u"Status"_s);
    const int cPublished = column(header, {u"Published"_s, u"Published on online store"_s});
    const int cCompareAt = column(header, {u"Variant Compare At Price"_s, u"Compare-at price"_s});
    const int cStock = column(header, {u"Variant Inventory Qty"_s, u"Inventory quantity"_s});
    const int cGrams = column(header, {u"Variant Grams"_s, u"Weight value (grams)"_s});
    const int cVariantImage = column(header, {u"Variant Image"_s, u"Variant image URL"_s});
    const int cBarcode = column(header, {u"Variant Barcode"_s, u"Barcode"_s});
    const int cShipping = column(header, {u"Variant Requires Shipping"_s, u"Requires shipping"_s});
    const int cTaxable = column(header, {u"Variant Taxable"_s, u"Charge tax"_s});
    const int cGiftCard = column(header, {u"Gift Card"_s});
    const int cSeoTitle = column(header, {u"SEO Title"_s});
    const int cSeoDescription = column(header, {u"SEO Description"_s});
    int cOptionName[3];
    int cOptionValue[3];
    for (int i = 0; i < 3; ++i) {
        cOptionName[i] = Csv::columnOf(header, u"Option%1 Name"_s.arg(i + 1));
        cOptionValue[i] = Csv::columnOf(header, u"Option%1 Value"_s.arg(i + 1));
    }
    QList<int> materialColumns;
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (isMaterialName(header.at(i)) && static_cast<int>(i) != cBody)
            materialColumns.append(static_cast<int>(i));
    }
    if (cPrice < 0)
        out.warnings.append(QCoreApplication::translate(
            "CatalogImport", "The file has no Variant Price column, so no product in it has a price."));

    // The rows of one handle, as Shopify exports them: together, the product row first (the rows
    // before a product row, if any, are kept for it). A product is complete when the next handle
    // starts, so only one is open at a time.
    struct Group
    {
        QString handle;
        bool hasProduct = false;
        int productLine = 0;
        ProductFacts facts;
        QList<int> lines;
        QStringList optionNames{QString(), QString(), QString()};
        QList<qint64> prices;
        QStringList skus;
        QStringList images;
    };
    Group g;
    QHash<QString, int> finished; // handle -> the line its product started on
    const auto close = [&] {
        if (g.handle.isEmpty())
            return;
        finished.insert(g.handle, g.hasProduct ? g.productLine : g.lines.value(0));
        if (!g.hasProduct) {
            for (int line : std::as_const(g.lines))
                out.issues.append(issue(line,
                    QCoreApplication::translate(
                        "CatalogImport", "Handle “%1” has no row with a Title, so there is no product to add it to.")
                        .arg(quoted(g.handle))));
            g = Group{};
            return;
        }
        ProductFacts& f = g.facts;
        if (!g.skus.isEmpty())
            f.sku = g.skus.first();
        // The options that name variants; Shopify's stand-in ("Title: Default Title") names none.
        QList<int> used;
        for (int i = 0; i < 3; ++i) {
            const QString name = g.optionNames.at(i);
            if (!name.isEmpty() && name.compare(u"Title"_s, Qt::CaseInsensitive) != 0) {
                f.optionNames.append(name);
                used.append(i);
            }
        }
        for (ProductVariant& v : f.variants) {
            QStringList ordered;
            for (int i : std::as_const(used))
                ordered.append(v.options.value(i));
            v.options = ordered;
        }
        if (f.variants.size() > 1 || !f.optionNames.isEmpty())
            f.listing.type = u"variable"_s;
        collectOptions(&f);
        if (!f.costCents && !f.variants.isEmpty())
            f.costCents = f.variants.first().costCents;
        f.images = g.images;
        // Products without a usable price cannot be written about truthfully (validate() says so).
        setPrices(&f, g.prices);
        sink.add(f, g.productLine, static_cast<int>(g.lines.size()));
        g = Group{};
    };

    Csv::Record r;
    while (next(&r)) {
        ++out.rows;
        if (rowMisaligned(header, r, &out))
            continue;
        const QString handle = cell(r, cHandle);
        if (handle.isEmpty()) {
            out.issues.append(issue(r.line,
                QCoreApplication::translate("CatalogImport", "The row has no Handle, so it belongs to no product.")));
            continue;
        }
        if (handle != g.handle) {
            close();
            if (const auto done = finished.constFind(handle); done != finished.cend()) {
                out.issues.append(issue(r.line,
                    QCoreApplication::translate("CatalogImport",
                        "This row belongs to “%1”, whose rows start on line %2 and ended before. Keep a product's "
                        "rows together, as Shopify exports them, and import the file again.")
                        .arg(quoted(handle))
                        .arg(*done)));
                continue;
            }
            g.handle = handle;
        }
        const QString title = cell(r, cTitle);
        if (!title.isEmpty() && g.hasProduct) {
            out.issues.append(issue(r.line,
                QCoreApplication::translate(
                    "CatalogImport", "A second product row for handle “%1”; the one on line %2 is used.")
                    .arg(quoted(handle))
                    .arg(g.productLine)));
            continue;
        }
        g.lines.append(r.line);
        if (!title.isEmpty()) {
            g.hasProduct = true;
            g.productLine = r.line;
            ProductFacts& f = g.facts;
            f.handle = handle;
            f.name = title;
            f.description = htmlToText(cell(r, cBody));
            f.currency = options.currency;
            f.source = u"shopify-csv"_s;
            setCategory(&f, cell(r, cType), cell(r, cCategory));
            if (!cell(r, cVendor).isEmpty())
                f.attributes.insert(u"brand"_s, cell(r, cVendor));
            if (!cell(r, cTags).isEmpty())
                f.attributes.insert(u"tags"_s, cell(r, cTags));
            f.listing.storePlatform = u"shopify"_s;
            f.listing.vendor = cell(r, cVendor);
            f.listing.seoTitle = cell(r, cSeoTitle);
            f.listing.seoDescription = cell(r, cSeoDescription);
            f.listing.giftCard = flag(cell(r, cGiftCard), false);
            // Status (active, draft, archived); older exports say only whether it is published.
            const QString status = cell(r, cStatus).toLower();
            if (status == u"active" || status == u"draft" || status == u"archived")
                f.listing.status = status;
            else if (!flag(cell(r, cPublished), true))
                f.listing.status = u"draft"_s;
            for (int c : std::as_const(materialColumns)) {
                if (!cell(r, c).isEmpty())
                    f.attributes.insert(u"material"_s, cell(r, c));
            }
            for (int i = 0; i < 3; ++i)
                g.optionNames[i] = cell(r, cOptionName[i]);
            const QString cost = cell(r, cCost);
            if (!cost.isEmpty()) {
                if (const auto c = price(cost))
                    f.costCents = *c;
                else
                    out.issues.append(issue(r.line,
                        QCoreApplication::translate(
                            "CatalogImport", "Cost per item “%1” is not an amount; the cost is left empty.")
                            .arg(quoted(cost)),
                        false));
            }
        }
        // Variant and image columns, which the product row and every continuation row may carry. A
        // row with an option value, a SKU or a price is a variant; one with only an image is not.
        const QString sku = cell(r, cSku);
        if (!sku.isEmpty())
            g.skus.append(sku);
        const QString priceText = cell(r, cPrice);
        ProductVariant variant;
        bool isVariant = !sku.isEmpty() || !priceText.isEmpty();
        for (int i = 0; i < 3; ++i) {
            variant.options.append(cell(r, cOptionValue[i]));
            isVariant = isVariant || !variant.options.last().isEmpty();
        }
        if (!priceText.isEmpty()) {
            if (const auto p = price(priceText)) {
                variant.priceCents = *p;
                if (!g.prices.contains(*p))
                    g.prices.append(*p);
            } else {
                out.issues.append(issue(r.line,
                    QCoreApplication::translate(
                        "CatalogImport", "Variant Price “%1” is not an amount; this row's price is left out.")
                        .arg(quoted(priceText)),
                    false));
                isVariant = false;
            }
        }
        if (isVariant) {
            variant.sku = sku;
            variant.compareAtCents = price(cell(r, cCompareAt));
            variant.costCents = price(cell(r, cCost));
            variant.stock = wholeNumber(cell(r, cStock));
            if (cGrams >= 0)
                variant.weightGrams = grams(cell(r, cGrams), u"(g)"_s);
            variant.image = cell(r, cVariantImage);
            variant.barcode = cell(r, cBarcode);
            variant.requiresShipping = flag(cell(r, cShipping), true);
            variant.taxable = flag(cell(r, cTaxable), true);
            g.facts.variants.append(variant);
        }
        const QString image = cell(r, cImage);
        if (!image.isEmpty() && !g.images.contains(image))
            g.images.append(image);
    }
    close();
    return out;
}

Preview readWooCommerce(const QStringList& header, const NextRow& next, const Options& options)
{
    Preview out;
    out.format = Format::WooCommerce;
    ProductSink sink(&out);
    const int cId = Csv::columnOf(header, u"ID"_s);
    const int cType = Csv::columnOf(header, u"Type"_s);
    const int cSku = Csv::columnOf(header, u"SKU"_s);
    const int cName = column(header, {u"Name"_s, u"Naam"_s});
    const int cShort = column(header, {u"Short description"_s, u"Korte beschrijving"_s});
    const int cDescription = column(header, {u"Description"_s, u"Beschrijving"_s});
    const int cRegular = column(header, {u"Regular price"_s, u"Reguliere prijs"_s, u"Normale prijs"_s});
    const int cCategories = column(header, {u"Categories"_s, u"Categorieën"_s, u"Categorieen"_s});
    const int cTags = Csv::columnOf(header, u"Tags"_s);
    const int cImages = column(header, {u"Images"_s, u"Afbeeldingen"_s});
    const int cParent = column(header, {u"Parent"_s, u"Hoofdproduct"_s, u"Bovenliggend"_s});
    const int cCost = column(header, {u"Meta: _wc_cog_cost"_s, u"Meta: _cost"_s, u"Cost"_s});
    const int cPublished = column(header, {u"Published"_s, u"Gepubliceerd"_s});
    const int cSale = column(header, {u"Sale price"_s, u"Actieprijs"_s, u"Uitverkoopprijs"_s});
    const int cSaleFrom = column(header, {u"Date sale price starts"_s, u"Startdatum actieprijs"_s});
    const int cSaleTo = column(header, {u"Date sale price ends"_s, u"Einddatum actieprijs"_s});
    const int cStock = column(header, {u"Stock"_s, u"Voorraad"_s});
    const int cTaxStatus = column(header, {u"Tax status"_s, u"Belastingstatus"_s});
    const int cExternalUrl = column(header, {u"External URL"_s, u"Externe URL"_s});
    const int cButton = column(header, {u"Button text"_s, u"Knoptekst"_s});
    int cWeight = -1;
    for (qsizetype i = 0; i < header.size() && cWeight < 0; ++i) {
        const QString h = header.at(i).trimmed().toLower();
        if (h.startsWith(u"weight"_s) || h.startsWith(u"gewicht"_s))
            cWeight = static_cast<int>(i);
    }
    const QString weightHeader = cWeight >= 0 ? header.at(cWeight) : QString();
    // What a product or a variation row says about the one thing it sells.
    const auto variantOf = [&](const Csv::Record& r, const QString& type) {
        ProductVariant v;
        v.sku = cell(r, cSku);
        v.storeId = cell(r, cId);
        v.priceCents = price(cell(r, cRegular)).value_or(0);
        v.salePriceCents = price(cell(r, cSale));
        v.saleFrom = dateMs(cell(r, cSaleFrom));
        v.saleTo = dateMs(cell(r, cSaleTo));
        v.costCents = price(cell(r, cCost));
        v.stock = wholeNumber(cell(r, cStock));
        v.weightGrams = grams(cell(r, cWeight), weightHeader);
        v.requiresShipping = !type.contains(u"virtual"_s);
        v.taxable = cell(r, cTaxStatus).toLower() != u"none";
        v.image = cell(r, cImages).section(u',', 0, 0).trimmed();
        return v;
    };
    const auto statusOf = [&](const Csv::Record& r) {
        const QString published = cell(r, cPublished);
        return published == u"-1" ? u"private"_s : (published == u"0" ? u"draft"_s : u"active"_s);
    };
    QList<std::pair<int, int>> attributeColumns;
    for (int i = 1; i <= 20; ++i) {
        const int name = column(header, {u"Attribute %1 name"_s.arg(i), u"Eigenschap %1 naam"_s.arg(i)});
        const int value = column(header, {u"Attribute %1 value(s)"_s.arg(i), u"Eigenschap %1 waarde(n)"_s.arg(i)});
        if (name >= 0 && value >= 0)
            attributeColumns.append({name, value});
    }

    // A product row, packed until the end of the file: its variations may come anywhere after it.
    struct Parent
    {
        Item item;
        QHash<QString, QStringList> values;
        QList<qint64> prices;
        QList<int> variations; // indexes in the list below
    };
    // What a variation adds to its parent (variations may come before the parent row).
    struct Variation
    {
        int line = 0;
        QString parent;
        QList<std::pair<QString, QString>> attributes;
        QString regular;
        QString images;
        ProductVariant variant;
    };
    QList<Parent> parents;
    QHash<QString, int> parentByRef; // "id:123" and SKU -> index in parents
    QList<Variation> variations;

    const auto attributesOf = [&](const Csv::Record& r) {
        QList<std::pair<QString, QString>> list;
        for (const auto& [nameCol, valueCol] : attributeColumns) {
            const QString name = cell(r, nameCol);
            const QString value = cell(r, valueCol);
            if (!name.isEmpty() && !value.isEmpty())
                list.append({name, value});
        }
        return list;
    };
    const auto addAttributes
        = [](ProductFacts* f, QHash<QString, QStringList>* values, const QList<std::pair<QString, QString>>& list) {
              for (const auto& [name, value] : list)
                  addOption(&f->attributes, values, name, value.split(u',', Qt::SkipEmptyParts));
          };

    Csv::Record r;
    while (next(&r)) {
        ++out.rows;
        if (rowMisaligned(header, r, &out))
            continue;
        const QString type = cell(r, cType).toLower();
        if (type.contains(u"variation"_s)) {
            variations.append(
                {r.line, cell(r, cParent), attributesOf(r), cell(r, cRegular), cell(r, cImages), variantOf(r, type)});
            continue;
        }
        const QString name = cell(r, cName);
        if (name.isEmpty()) {
            out.issues.append(issue(r.line, QCoreApplication::translate("CatalogImport", "The row has no Name.")));
            continue;
        }
        ProductFacts f;
        f.name = name;
        f.sku = cell(r, cSku);
        if (f.sku.isEmpty())
            f.handle = SiteRenderer::slugify(name);
        const QString longText = htmlToText(cell(r, cDescription));
        const QString shortText = htmlToText(cell(r, cShort));
        f.description
            = shortText.isEmpty() ? longText : (longText.isEmpty() ? shortText : shortText + u"\n\n"_s + longText);
        f.currency = options.currency;
        f.source = u"woocommerce-csv"_s;
        f.listing.storePlatform = u"woocommerce"_s;
        f.listing.storeId = cell(r, cId);
        f.listing.status = statusOf(r);
        for (const QString& t : {u"variable"_s, u"external"_s, u"grouped"_s}) {
            if (type.contains(t))
                f.listing.type = t;
        }
        f.listing.externalUrl = cell(r, cExternalUrl);
        f.listing.buttonText = cell(r, cButton);
        // A simple or external product sells one thing: its own SKU, prices and stock.
        if (f.listing.type == u"simple" || f.listing.type == u"external") {
            ProductVariant v = variantOf(r, type);
            v.image.clear(); // the product's images are the product's
            v.storeId.clear();
            f.variants.append(v);
        }
        setCategory(&f, QString(), cell(r, cCategories));
        if (!cell(r, cTags).isEmpty())
            f.attributes.insert(u"tags"_s, cell(r, cTags));
        for (const QString& url : cell(r, cImages).split(u',', Qt::SkipEmptyParts))
            addUnique(&f.images, url);
        const QString cost = cell(r, cCost);
        if (const auto c = price(cost))
            f.costCents = *c;
        Parent parent;
        addAttributes(&f, &parent.values, attributesOf(r));
        const QString regular = cell(r, cRegular);
        if (!regular.isEmpty()) {
            if (const auto p = price(regular))
                parent.prices.append(*p);
            else
                out.issues.append(issue(r.line,
                    QCoreApplication::translate(
                        "CatalogImport", "Regular price “%1” is not an amount; this row's price is left out.")
                        .arg(quoted(regular)),
                    false));
        }
        parent.item.line = r.line;
        parent.item.setFacts(f);
        const int index = static_cast<int>(parents.size());
        parents.append(parent);
        if (!cell(r, cId).isEmpty())
            parentByRef.insert(u"id:"_s + cell(r, cId), index);
        if (!f.sku.isEmpty())
            parentByRef.insert(f.sku, index);
    }
    for (qsizetype i = 0; i < variations.size(); ++i) {
        const Variation& v = variations.at(i);
        const auto it = parentByRef.find(v.parent);
        if (v.parent.isEmpty() || it == parentByRef.end()) {
            out.issues.append(issue(v.line,
                QCoreApplication::translate("CatalogImport", "A variation of “%1”, which is not in the file.")
                    .arg(v.parent.isEmpty() ? QCoreApplication::translate("CatalogImport", "no parent")
                                            : quoted(v.parent))));
            continue;
        }
        parents[*it].variations.append(static_cast<int>(i));
    }
    for (Parent& parent : parents) {
        ProductFacts f = parent.item.facts();
        // The variation attributes in the parent's order: the option names.
        for (int i : std::as_const(parent.variations)) {
            for (const auto& [name, value] : variations.at(i).attributes) {
                if (!f.optionNames.contains(name, Qt::CaseInsensitive))
                    f.optionNames.append(name);
            }
        }
        for (int i : std::as_const(parent.variations)) {
            const Variation& v = variations.at(i);
            ProductVariant variant = v.variant;
            for (const QString& name : std::as_const(f.optionNames)) {
                QString value;
                for (const auto& [n, val] : v.attributes) {
                    if (n.compare(name, Qt::CaseInsensitive) == 0)
                        value = val;
                }
                variant.options.append(value);
            }
            f.variants.append(variant);
            addAttributes(&f, &parent.values, v.attributes);
            if (const auto p = price(v.regular); p && !parent.prices.contains(*p))
                parent.prices.append(*p);
            for (const QString& url : v.images.split(u',', Qt::SkipEmptyParts))
                addUnique(&f.images, url);
        }
        std::sort(parent.prices.begin(), parent.prices.end());
        setPrices(&f, parent.prices);
        sink.add(f, parent.item.line, 1 + static_cast<int>(parent.variations.size()));
    }
    return out;
}

} // namespace CatalogImport
