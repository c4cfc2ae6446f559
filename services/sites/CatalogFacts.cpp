#include "CatalogFacts.h"

#include "publishing/Publications.h"
#include "storage/Settings.h"
#include "storage/Sql.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace CatalogFacts
{

namespace
{
// The products a page may show: in the range and for sale in the store (not drafts, private or grouped ones).
constexpr QLatin1StringView kOnSale{"p.archived_at IS NULL AND p.status = 'active' AND p.product_type <> 'grouped'"};

// The products a page of the collection may show, best sellers first: units in the shop's paid orders whose line
// names the product's SKU or one of its variants' (an order line keeps the SKU it was sold under).
QList<qint64> chosen(const QSqlDatabase& db, const QString& collection)
{
    QString sql = u"SELECT p.id FROM products p WHERE "_s + QString(kOnSale);
    QVariantList binds;
    if (!collection.isEmpty()) {
        sql += u" AND p.category = ?"_s;
        binds << collection;
    }
    sql += u" ORDER BY (SELECT COALESCE(SUM(l.quantity), 0) FROM order_lines l JOIN orders o ON o.id = l.order_id AND "
           u"o.paid = 1 WHERE l.sku <> '' AND (l.sku = p.sku "
           u"OR l.sku IN (SELECT v.sku FROM product_variants v WHERE v.product_id = p.id AND v.sku <> ''))) DESC, "
           u"p.name, p.id LIMIT "_s
        + QString::number(kMaxProducts);
    QList<qint64> out;
    QSqlQuery q = Sql::exec(db, sql, binds);
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

QString firstSentence(const QString& text)
{
    static const QRegularExpression end(u"(?<=[.!?])\\s"_s);
    const QString t = text.simplified();
    const qsizetype i = t.indexOf(end);
    return (i > 0 ? t.left(i) : t).left(200);
}

// The attributes of all the products, each key with the values they give (distinct, in product order): a
// material the page names must be one of the products'.
QJsonObject mergedAttributes(const QList<ProductFacts>& products)
{
    QHash<QString, QStringList> values;
    QStringList keys;
    for (const ProductFacts& p : products) {
        for (auto it = p.attributes.begin(); it != p.attributes.end(); ++it) {
            const QString value = it.value().isArray() ? it.value().toVariant().toStringList().join(u", "_s)
                                                       : it.value().toVariant().toString();
            if (value.trimmed().isEmpty())
                continue;
            if (!keys.contains(it.key()))
                keys.append(it.key());
            if (!values[it.key()].contains(value))
                values[it.key()].append(value);
        }
    }
    QJsonObject out;
    for (const QString& k : std::as_const(keys))
        out.insert(k, values.value(k).join(u", "_s));
    return out;
}
} // namespace

std::optional<SiteChecks::Facts> load(const QSqlDatabase& db, const QString& collection)
{
    QList<ProductFacts> products;
    for (const qint64 id : chosen(db, collection)) {
        if (auto p = ProductFacts::load(db, id))
            products.append(*p);
    }
    if (products.isEmpty())
        return std::nullopt;
    // One currency on a page: the one most of its products are priced in (the others are left out).
    QHash<QString, int> currencies;
    for (const ProductFacts& p : std::as_const(products))
        ++currencies[p.currency];
    QString currency = products.first().currency;
    for (auto it = currencies.cbegin(); it != currencies.cend(); ++it) {
        if (it.value() > currencies.value(currency))
            currency = it.key();
    }
    products.removeIf([&](const ProductFacts& p) { return p.currency != currency; });

    SiteChecks::Facts f;
    ProductFacts& all = f.product;
    const QString shop = Settings::value(db, u"workspace.name"_s);
    all.name = collection.isEmpty() ? (shop.isEmpty() ? u"The shop"_s : shop) : collection;
    all.category = collection;
    all.currency = currency;
    all.priceCents = 0; // no one price: each product's is its variant's
    all.optionNames = {QString(ProductOption)};
    const int total = productCount(db, collection);
    const QString opening = collection.isEmpty() ? u"The whole shop%1 has %2 products; the page shows these %3:"_s
                                                 : u"The collection \"%1\" has %2 products; the page shows these %3:"_s;
    QStringList said{opening.arg(collection.isEmpty() ? (shop.isEmpty() ? QString() : u" (" + shop + u')') : collection,
        QString::number(total), QString::number(products.size()))};
    // Every product keeps at least one price: the variants are shared out, not cut off at the end.
    const qsizetype share = std::max<qsizetype>(1, kMaxVariants / products.size());
    for (const ProductFacts& p : std::as_const(products)) {
        // What belongs to this product, on its own line: its page, its picture, its reviews' average.
        QStringList own;
        const QString url = Publications::storeUrl(db, p.id);
        if (!url.isEmpty()) {
            own << u"its page: "_s + url;
            f.links.append(url);
        }
        const auto image
            = std::find_if(p.images.cbegin(), p.images.cend(), [](const QString& i) { return !i.isEmpty(); });
        if (image != p.images.cend()) {
            // The first picture of each product (a page of twelve does not need every angle).
            own << u"its photo: "_s + *image;
            f.images.append(*image);
        }
        QSqlQuery q = Sql::exec(db,
            u"SELECT r.rating, r.body FROM review_insights i JOIN product_reviews r ON r.id = i.review_id "
            u"WHERE i.product_id = ? ORDER BY r.created_at DESC"_s,
            {p.id});
        int reviews = 0;
        int stars = 0;
        while (q.next()) {
            f.reviews.append({q.value(0).toInt(), q.value(1).toString()});
            ++reviews;
            stars += q.value(0).toInt();
        }
        if (reviews > 0) {
            const double average = double(stars) / reviews;
            f.ratings.append(average);
            own << u"its reviews: %1 of 5 from %2"_s.arg(QString::number(std::round(average * 10.0) / 10.0, 'f', 1))
                       .arg(reviews);
        }
        said << u"- %1: %2"_s.arg(p.name, firstSentence(p.description))
                + (own.isEmpty() ? QString() : u" ["_s + own.join(u"; "_s) + u']');
        const QList<ProductVariant> variants
            = p.variants.isEmpty() ? QList<ProductVariant>{ProductVariant{}} : p.variants.mid(0, share);
        for (const ProductVariant& source : variants) {
            ProductVariant v = source;
            if (p.variants.isEmpty()) {
                v.priceCents = p.priceCents;
                v.sku = p.sku;
            }
            const QString title = source.title();
            v.options = {title.isEmpty() ? p.name : u"%1 (%2)"_s.arg(p.name, title)};
            all.variants.append(v);
        }
    }
    all.description = said.join(u'\n');
    f.subject = collection.isEmpty()
        ? u"the whole shop (the page shows several of its products; each is a variant in the facts, named by its "
          u"product, with its own price)"_s
        : u"a collection of the shop's products (the page shows several of them; each is a variant in the facts, "
          u"named by its product, with its own price)"_s;
    all.attributes = mergedAttributes(products);
    all.images = f.images;
    f.brand = BrandProfile::load(db);
    // The call to action opens the shop itself when one is connected, else the page's own order section.
    f.ctaUrl = Sql::scalar(
        db, u"SELECT url FROM connections WHERE kind IN ('woocommerce', 'shopify') AND url <> '' ORDER BY id LIMIT 1"_s)
                   .toString();
    if (f.ctaUrl.isEmpty())
        f.ctaUrl = u"#cta"_s;
    else if (!f.ctaUrl.startsWith(u"http"_s))
        f.ctaUrl.prepend(u"https://"_s); // Shopify's is the shop's domain
    return f;
}

QList<Collection> collections(const QSqlDatabase& db)
{
    QList<Collection> out;
    QSqlQuery q = Sql::exec(db,
        u"SELECT p.category, COUNT(*) FROM products p WHERE "_s + QString(kOnSale)
            + u" AND p.category <> '' GROUP BY p.category ORDER BY p.category"_s);
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toInt()});
    return out;
}

int productCount(const QSqlDatabase& db, const QString& collection)
{
    return collection.isEmpty()
        ? Sql::scalar(db, u"SELECT COUNT(*) FROM products p WHERE "_s + QString(kOnSale)).toInt()
        : Sql::scalar(
            db, u"SELECT COUNT(*) FROM products p WHERE "_s + QString(kOnSale) + u" AND p.category = ?"_s, {collection})
              .toInt();
}

} // namespace CatalogFacts
