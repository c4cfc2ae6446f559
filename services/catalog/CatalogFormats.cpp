#include "CatalogFormats.h"

#include "core/Json.h"
#include "core/Money.h"
#include "pipeline/ContentSpec.h"
#include "sites/SiteRenderer.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace CatalogImport
{

namespace
{

// A column under any of its names (Shopify renamed its columns in 2024; WooCommerce exports in the
// admin's language).
int column(const Csv::Document& csv, const QStringList& names)
{
    for (const QString& n : names) {
        const int c = csv.column(n);
        if (c >= 0)
            return c;
    }
    return -1;
}

QString cell(const Csv::Document& csv, const Csv::Record& r, int c)
{
    return csv.value(r, c).trimmed();
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

Issue issue(int line, const QString& reason, bool skipped = true)
{
    return Issue{line, reason, skipped};
}

// More fields than the header: the row's columns cannot be trusted.
bool rowTooWide(const Csv::Document& csv, const Csv::Record& r, Preview* out)
{
    if (r.fields.size() <= csv.header.size())
        return false;
    out->issues.append(issue(r.line,
        QCoreApplication::translate(
            "CatalogImport", "The row has %1 fields but the header has %2; a quote or delimiter is probably missing.")
            .arg(r.fields.size())
            .arg(csv.header.size())));
    return true;
}

} // namespace

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

bool looksLikeShopify(const Csv::Document& csv)
{
    return column(csv, {u"Handle"_s, u"URL handle"_s}) >= 0 && csv.column(u"Title"_s) >= 0;
}

bool looksLikeWooCommerce(const Csv::Document& csv)
{
    return column(csv, {u"Name"_s, u"Naam"_s}) >= 0
        && column(csv, {u"Regular price"_s, u"Reguliere prijs"_s, u"Normale prijs"_s}) >= 0;
}

Preview readShopify(const Csv::Document& csv, const Options& options)
{
    Preview out;
    out.format = Format::Shopify;
    const int cHandle = column(csv, {u"Handle"_s, u"URL handle"_s});
    const int cTitle = csv.column(u"Title"_s);
    const int cBody = column(csv, {u"Body (HTML)"_s, u"Description"_s});
    const int cVendor = csv.column(u"Vendor"_s);
    const int cCategory = column(csv, {u"Product Category"_s, u"Product category"_s});
    const int cType = column(csv, {u"Type"_s, u"Product type"_s});
    const int cTags = csv.column(u"Tags"_s);
    const int cSku = column(csv, {u"Variant SKU"_s, u"SKU"_s});
    const int cPrice = column(csv, {u"Variant Price"_s, u"Price"_s});
    const int cCost = column(csv, {u"Cost per item"_s});
    const int cImage = column(csv, {u"Image Src"_s, u"Product image URL"_s});
    const int cStatus = csv.column(u"Status"_s);
    int cOptionName[3];
    int cOptionValue[3];
    for (int i = 0; i < 3; ++i) {
        cOptionName[i] = csv.column(u"Option%1 Name"_s.arg(i + 1));
        cOptionValue[i] = csv.column(u"Option%1 Value"_s.arg(i + 1));
    }
    QList<int> materialColumns;
    for (qsizetype i = 0; i < csv.header.size(); ++i) {
        if (isMaterialName(csv.header.at(i)) && static_cast<int>(i) != cBody)
            materialColumns.append(static_cast<int>(i));
    }
    if (cPrice < 0)
        out.warnings.append(QCoreApplication::translate(
            "CatalogImport", "The file has no Variant Price column, so no product in it has a price."));

    struct Group
    {
        int itemIndex = -1;
        QStringList optionNames{QString(), QString(), QString()};
        QHash<QString, QStringList> values;
        QList<qint64> prices;
    };
    QHash<QString, Group> groups;
    QList<const Csv::Record*> rows;
    // First pass: the product rows (the first row with a Title for each Handle).
    for (const Csv::Record& r : csv.records) {
        ++out.rows;
        if (rowTooWide(csv, r, &out))
            continue;
        const QString handle = cell(csv, r, cHandle);
        if (handle.isEmpty()) {
            out.issues.append(issue(r.line,
                QCoreApplication::translate("CatalogImport", "The row has no Handle, so it belongs to no product.")));
            continue;
        }
        Group& g = groups[handle];
        const QString title = cell(csv, r, cTitle);
        if (!title.isEmpty() && g.itemIndex >= 0) {
            out.issues.append(issue(r.line,
                QCoreApplication::translate(
                    "CatalogImport", "A second product row for handle “%1”; the one on line %2 is used.")
                    .arg(handle)
                    .arg(out.items.at(g.itemIndex).line)));
            continue;
        }
        rows.append(&r);
        if (title.isEmpty())
            continue;
        Item item;
        item.line = r.line;
        ProductFacts& f = item.facts;
        f.handle = handle;
        f.name = title;
        f.description = htmlToText(cell(csv, r, cBody));
        f.currency = options.currency;
        f.source = u"shopify-csv"_s;
        setCategory(&f, cell(csv, r, cType), cell(csv, r, cCategory));
        if (!cell(csv, r, cVendor).isEmpty())
            f.attributes.insert(u"brand"_s, cell(csv, r, cVendor));
        if (!cell(csv, r, cTags).isEmpty())
            f.attributes.insert(u"tags"_s, cell(csv, r, cTags));
        if (!cell(csv, r, cStatus).isEmpty())
            f.attributes.insert(u"shopify_status"_s, cell(csv, r, cStatus).toLower());
        for (int c : materialColumns) {
            if (!cell(csv, r, c).isEmpty())
                f.attributes.insert(u"material"_s, cell(csv, r, c));
        }
        for (int i = 0; i < 3; ++i)
            g.optionNames[i] = cell(csv, r, cOptionName[i]);
        const QString cost = cell(csv, r, cCost);
        if (!cost.isEmpty()) {
            if (const auto c = price(cost))
                f.costCents = *c;
            else
                out.issues.append(issue(r.line,
                    QCoreApplication::translate(
                        "CatalogImport", "Cost per item “%1” is not an amount; the cost is left empty.")
                        .arg(cost),
                    false));
        }
        g.itemIndex = static_cast<int>(out.items.size());
        out.items.append(item);
    }
    // Second pass: variant and image columns, which the product row and every continuation row may
    // carry, wherever in the file they are.
    for (const Csv::Record* r : rows) {
        const QString handle = cell(csv, *r, cHandle);
        Group& g = groups[handle];
        if (g.itemIndex < 0) {
            out.issues.append(issue(r->line,
                QCoreApplication::translate(
                    "CatalogImport", "Handle “%1” has no row with a Title, so there is no product to add it to.")
                    .arg(handle)));
            continue;
        }
        ProductFacts& f = out.items[g.itemIndex].facts;
        const QString sku = cell(csv, *r, cSku);
        if (f.sku.isEmpty() && !sku.isEmpty())
            f.sku = sku;
        const QString priceText = cell(csv, *r, cPrice);
        if (!priceText.isEmpty()) {
            if (const auto p = price(priceText)) {
                if (!g.prices.contains(*p))
                    g.prices.append(*p);
            } else {
                out.issues.append(issue(r->line,
                    QCoreApplication::translate("CatalogImport", "Variant Price “%1” is not an amount.")
                        .arg(priceText)));
            }
        }
        for (int i = 0; i < 3; ++i) {
            const QString v = cell(csv, *r, cOptionValue[i]);
            if (!v.isEmpty())
                addOption(&f.attributes, &g.values, g.optionNames.at(i), {v});
        }
        const QString image = cell(csv, *r, cImage);
        if (!image.isEmpty() && !f.images.contains(image))
            f.images.append(image);
    }
    // Products without a usable price cannot be written about truthfully.
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        if (it->itemIndex < 0)
            continue;
        Item& item = out.items[it->itemIndex];
        if (it->prices.isEmpty())
            continue;
        item.facts.priceCents = it->prices.first();
        if (it->prices.size() > 1) {
            QJsonArray prices;
            for (qint64 p : it->prices)
                prices.append(Money::toDecimalString(p));
            item.facts.attributes.insert(u"prices"_s, prices);
        }
    }
    return out;
}

Preview readWooCommerce(const Csv::Document& csv, const Options& options)
{
    Preview out;
    out.format = Format::WooCommerce;
    const int cId = csv.column(u"ID"_s);
    const int cType = csv.column(u"Type"_s);
    const int cSku = csv.column(u"SKU"_s);
    const int cName = column(csv, {u"Name"_s, u"Naam"_s});
    const int cShort = column(csv, {u"Short description"_s, u"Korte beschrijving"_s});
    const int cDescription = column(csv, {u"Description"_s, u"Beschrijving"_s});
    const int cRegular = column(csv, {u"Regular price"_s, u"Reguliere prijs"_s, u"Normale prijs"_s});
    const int cCategories = column(csv, {u"Categories"_s, u"Categorieën"_s, u"Categorieen"_s});
    const int cTags = csv.column(u"Tags"_s);
    const int cImages = column(csv, {u"Images"_s, u"Afbeeldingen"_s});
    const int cParent = column(csv, {u"Parent"_s, u"Hoofdproduct"_s, u"Bovenliggend"_s});
    const int cCost = column(csv, {u"Meta: _wc_cog_cost"_s, u"Meta: _cost"_s, u"Cost"_s});
    QList<std::pair<int, int>> attributeColumns;
    for (int i = 1; i <= 20; ++i) {
        const int name = column(csv, {u"Attribute %1 name"_s.arg(i), u"Eigenschap %1 naam"_s.arg(i)});
        const int value = column(csv, {u"Attribute %1 value(s)"_s.arg(i), u"Eigenschap %1 waarde(n)"_s.arg(i)});
        if (name >= 0 && value >= 0)
            attributeColumns.append({name, value});
    }

    struct Parent
    {
        int itemIndex = -1;
        QHash<QString, QStringList> values;
        QList<qint64> prices;
    };
    QList<Parent> parents;
    QHash<QString, int> parentByRef; // "id:123" and SKU -> index in parents
    QList<const Csv::Record*> variations;

    const auto readAttributes = [&](const Csv::Record& r, ProductFacts* f, QHash<QString, QStringList>* values) {
        for (const auto& [nameCol, valueCol] : attributeColumns) {
            const QString name = cell(csv, r, nameCol);
            const QString value = cell(csv, r, valueCol);
            if (!name.isEmpty() && !value.isEmpty())
                addOption(&f->attributes, values, name, value.split(u',', Qt::SkipEmptyParts));
        }
    };

    for (const Csv::Record& r : csv.records) {
        ++out.rows;
        if (rowTooWide(csv, r, &out))
            continue;
        const QString type = cell(csv, r, cType).toLower();
        if (type.contains(u"variation"_s)) {
            variations.append(&r);
            continue;
        }
        const QString name = cell(csv, r, cName);
        if (name.isEmpty()) {
            out.issues.append(issue(r.line, QCoreApplication::translate("CatalogImport", "The row has no Name.")));
            continue;
        }
        Item item;
        item.line = r.line;
        ProductFacts& f = item.facts;
        f.name = name;
        f.sku = cell(csv, r, cSku);
        if (f.sku.isEmpty())
            f.handle = SiteRenderer::slugify(name);
        const QString longText = htmlToText(cell(csv, r, cDescription));
        const QString shortText = htmlToText(cell(csv, r, cShort));
        f.description
            = shortText.isEmpty() ? longText : (longText.isEmpty() ? shortText : shortText + u"\n\n"_s + longText);
        f.currency = options.currency;
        f.source = u"woocommerce-csv"_s;
        setCategory(&f, QString(), cell(csv, r, cCategories));
        if (!cell(csv, r, cTags).isEmpty())
            f.attributes.insert(u"tags"_s, cell(csv, r, cTags));
        for (const QString& url : cell(csv, r, cImages).split(u',', Qt::SkipEmptyParts))
            addUnique(&f.images, url);
        const QString cost = cell(csv, r, cCost);
        if (const auto c = price(cost))
            f.costCents = *c;
        Parent parent;
        readAttributes(r, &f, &parent.values);
        const QString regular = cell(csv, r, cRegular);
        if (!regular.isEmpty()) {
            if (const auto p = price(regular))
                parent.prices.append(*p);
            else
                out.issues.append(issue(r.line,
                    QCoreApplication::translate("CatalogImport", "Regular price “%1” is not an amount.").arg(regular)));
        }
        parent.itemIndex = static_cast<int>(out.items.size());
        out.items.append(item);
        const int index = static_cast<int>(parents.size());
        parents.append(parent);
        if (!cell(csv, r, cId).isEmpty())
            parentByRef.insert(u"id:"_s + cell(csv, r, cId), index);
        if (!f.sku.isEmpty())
            parentByRef.insert(f.sku, index);
    }
    for (const Csv::Record* r : variations) {
        const QString ref = cell(csv, *r, cParent);
        const auto it = parentByRef.find(ref);
        if (ref.isEmpty() || it == parentByRef.end()) {
            out.issues.append(issue(r->line,
                QCoreApplication::translate("CatalogImport", "A variation of “%1”, which is not in the file.")
                    .arg(ref.isEmpty() ? QCoreApplication::translate("CatalogImport", "no parent") : ref)));
            continue;
        }
        Parent& parent = parents[*it];
        Item& item = out.items[parent.itemIndex];
        readAttributes(*r, &item.facts, &parent.values);
        const QString regular = cell(csv, *r, cRegular);
        if (const auto p = price(regular); p && !parent.prices.contains(*p))
            parent.prices.append(*p);
        for (const QString& url : cell(csv, *r, cImages).split(u',', Qt::SkipEmptyParts))
            addUnique(&item.facts.images, url);
    }
    for (Parent& parent : parents) {
        Item& item = out.items[parent.itemIndex];
        if (parent.prices.isEmpty())
            continue;
        std::sort(parent.prices.begin(), parent.prices.end());
        item.facts.priceCents = parent.prices.first();
        if (parent.prices.size() > 1) {
            QJsonArray prices;
            for (qint64 p : parent.prices)
                prices.append(Money::toDecimalString(p));
            item.facts.attributes.insert(u"prices"_s, prices);
        }
    }
    return out;
}

} // namespace CatalogImport
