#include "ProductPnl.h"

#include "DailySales.h"
#include "storage/Sql.h"
#include "storesync/SalesRollup.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ProductPnl
{
namespace
{

// The order lines of paid orders, summed per store variant (and per day when asked).
struct Group
{
    QDate day;
    qint64 connectionId = 0;
    QString productRemoteId;
    QString variantRemoteId;
    QString sku;
    QString shopCurrency;
    QString name;
    qint64 units = 0;
    double netShop = 0;    // in the shop's currency
    double refundShop = 0; // the group's share of its orders' refunds, in the shop's currency
};

// Lines with any of these SKUs, store products or store variants (all lines when every list is empty).
struct Filter
{
    QStringList skus;
    QStringList productIds;
    QStringList variantIds;
    bool isEmpty() const { return skus.isEmpty() && productIds.isEmpty() && variantIds.isEmpty(); }
};

QList<Group> groups(const QSqlDatabase& db, const QDate& first, const QDate& last, bool perDay, const Filter& only = {})
{
    // From the sales rollup (SalesRollup): each store variant's units, net sales in the shop's currency
    // at its orders' own rates, and its share of its orders' refunds (by value), per day.
    SalesRollup::ensureCurrent(db);
    QVariantList binds{first.toJulianDay(), last.toJulianDay()};
    QString filter;
    if (!only.isEmpty()) {
        QStringList parts;
        const auto in = [&](const QString& column, const QStringList& values) {
            if (values.isEmpty())
                return;
            parts << u"%1 IN (%2)"_s.arg(column, Sql::placeholders(values.size()));
            for (const QString& v : values)
                binds << v;
        };
        in(u"k.sku"_s, only.skus);
        in(u"k.product_remote_id"_s, only.productIds);
        in(u"k.variant_remote_id"_s, only.variantIds);
        filter = u" WHERE ("_s + parts.join(u" OR "_s) + u')';
    }
    // The store variants of one connection, currency and SKU are one group, as their lines always were.
    const QString columns = u"k.connection, MIN(k.product_remote_id), k.variant_remote_id, k.sku, k.shop_currency, "
                            u"MIN(k.name)"_s;
    const QString group = u"k.connection, k.variant_remote_id, k.sku, k.shop_currency"_s;
    QSqlQuery q = Sql::exec(db,
        perDay ? u"SELECT s.day, "_s + columns
                + u", SUM(s.units), SUM(s.net_micro), SUM(s.refund_micro) FROM sales_keys k JOIN sales_lines_daily s "
                  u"ON "
                  u"s.key_id = k.id AND s.day BETWEEN ? AND ?"_s
                + filter + u" GROUP BY s.day, "_s + group
               : u"SELECT 0, "_s + columns
                + u", SUM(s.units), SUM(s.net), SUM(s.refund) FROM (SELECT key_id, SUM(units) AS units, SUM(net_micro) "
                  u"AS net, SUM(refund_micro) AS refund FROM sales_lines_daily WHERE day BETWEEN ? AND ? GROUP BY "
                  u"key_id) s JOIN sales_keys k ON k.id = s.key_id"_s
                + filter + u" GROUP BY "_s + group,
        binds);
    QList<Group> out;
    while (q.next()) {
        Group g;
        if (perDay)
            g.day = QDate::fromJulianDay(q.value(0).toLongLong());
        g.connectionId = q.value(1).toLongLong();
        g.productRemoteId = q.value(2).toString();
        g.variantRemoteId = q.value(3).toString();
        g.sku = q.value(4).toString();
        g.shopCurrency = q.value(5).toString();
        g.name = q.value(6).toString();
        g.units = q.value(7).toLongLong();
        g.netShop = static_cast<double>(q.value(8).toLongLong()) / 1e6;
        g.refundShop = static_cast<double>(q.value(9).toLongLong()) / 1e6;
        out.append(g);
    }
    return out;
}

// Which product a store variant is, and what one unit of it cost.
class Resolver
{
public:
    explicit Resolver(const QSqlDatabase& db)
    {
        QSqlQuery p = Sql::exec(db, u"SELECT id, name, cost_cents, currency, COALESCE(sku, '') FROM products"_s);
        while (p.next()) {
            const qint64 id = p.value(0).toLongLong();
            m_products.insert(id, {p.value(1).toString(), cost(p.value(2)), p.value(3).toString()});
            if (const QString sku = p.value(4).toString(); !sku.isEmpty())
                m_productSkus.insert(sku, id);
        }
        QSqlQuery v = Sql::exec(db, u"SELECT id, product_id, sku, cost_cents FROM product_variants"_s);
        while (v.next()) {
            const Variant variant{v.value(1).toLongLong(), cost(v.value(3))};
            m_variants.insert(v.value(0).toLongLong(), variant);
            if (const QString sku = v.value(2).toString(); !sku.isEmpty())
                m_variantSkus.insert(sku, variant);
        }
        QSqlQuery l = Sql::exec(db, u"SELECT connection_id, remote_id, variant_id FROM variant_links"_s);
        while (l.next())
            m_links.insert(
                remote(l.value(0).toLongLong(), l.value(1).toString()), m_variants.value(l.value(2).toLongLong()));
        QSqlQuery pub = Sql::exec(db,
            u"SELECT connection_id, external_id, product_id FROM publications WHERE target = 'product' AND "
            u"product_id IS NOT NULL AND external_id <> ''"_s);
        while (pub.next())
            m_published.insert(remote(pub.value(0).toLongLong(), pub.value(1).toString()), pub.value(2).toLongLong());
    }

    struct Owner
    {
        QString key;
        qint64 productId = 0;
        QString name;
        std::optional<qint64> unitCost;
        QString costCurrency;
    };

    Owner owner(const Group& g) const
    {
        Variant variant;
        if (!g.variantRemoteId.isEmpty())
            variant = m_links.value(remote(g.connectionId, g.variantRemoteId));
        if (variant.productId == 0 && !g.sku.isEmpty())
            variant = m_variantSkus.value(g.sku);
        qint64 productId = variant.productId;
        if (productId == 0 && !g.productRemoteId.isEmpty())
            productId = m_published.value(remote(g.connectionId, g.productRemoteId));
        if (productId == 0 && !g.sku.isEmpty())
            productId = m_productSkus.value(g.sku);
        Owner o;
        if (productId == 0 || !m_products.contains(productId)) {
            o.key = u"s:%1:%2"_s.arg(g.connectionId).arg(g.productRemoteId.isEmpty() ? g.name : g.productRemoteId);
            // A variant's line is named "Product - S / Navy" by both stores: the row is the product.
            const qsizetype dash = g.name.lastIndexOf(u" - "_s);
            o.name = !g.variantRemoteId.isEmpty() && g.variantRemoteId != g.productRemoteId && dash > 0
                ? g.name.left(dash)
                : g.name;
            return o;
        }
        const Product& p = m_products[productId];
        o.key = u"p:%1"_s.arg(productId);
        o.productId = productId;
        o.name = p.name;
        o.unitCost = variant.cost ? variant.cost : p.cost;
        o.costCurrency = p.currency;
        return o;
    }

private:
    struct Product
    {
        QString name;
        std::optional<qint64> cost;
        QString currency;
    };
    struct Variant
    {
        qint64 productId = 0;
        std::optional<qint64> cost;
    };
    static std::optional<qint64> cost(const QVariant& v)
    {
        return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
    }
    static QString remote(qint64 connectionId, const QString& id) { return u"%1/%2"_s.arg(connectionId).arg(id); }

    QHash<qint64, Product> m_products;
    QHash<QString, qint64> m_productSkus;
    QHash<qint64, Variant> m_variants;
    QHash<QString, Variant> m_variantSkus;
    QHash<QString, Variant> m_links;
    QHash<QString, qint64> m_published;
};

// Amounts into the reporting currency, each currency's rate looked up once.
class Converter
{
public:
    explicit Converter(const QSqlDatabase& db)
        : m_db(db)
    { }
    std::optional<qint64> operator()(const QString& currency, double amount)
    {
        auto it = m_rates.find(currency);
        if (it == m_rates.end())
            it = m_rates.insert(currency, DailySales::rate(m_db, currency));
        if (!*it) {
            if (!unconverted.contains(currency))
                unconverted.append(currency);
            return std::nullopt;
        }
        return std::llround(amount * **it);
    }
    QStringList unconverted;

private:
    QSqlDatabase m_db;
    QHash<QString, std::optional<double>> m_rates;
};

// A group's figures added to a row: its units always, its money when its currency has a rate (false
// when not).
bool add(Row& row, const Group& g, const Resolver::Owner& owner, Converter& convert)
{
    row.units += g.units;
    const auto net = convert(g.shopCurrency, g.netShop);
    const auto refund = convert(g.shopCurrency, g.refundShop);
    if (!net || !refund)
        return false;
    row.netSalesCents += *net;
    row.refundCents += *refund;
    if (owner.unitCost) {
        if (const auto c = convert(owner.costCurrency, static_cast<double>(*owner.unitCost * g.units))) {
            row.goodsCostCents += *c;
            row.costedUnits += g.units;
        }
    }
    return true;
}

} // namespace

Figures between(const QSqlDatabase& db, const QDate& first, const QDate& last)
{
    Figures out;
    out.currency = DailySales::reportingCurrency(db);
    const Resolver resolver(db);
    Converter convert(db);
    QHash<QString, Row> rows;
    for (const Group& g : groups(db, first, last, false)) {
        const Resolver::Owner owner = resolver.owner(g);
        Row& row = rows[owner.key];
        if (row.key.isEmpty()) {
            row.key = owner.key;
            row.productId = owner.productId;
            row.name = owner.name;
        }
        add(row, g, owner, convert);
    }
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        if (it->units > 0 || it->netSalesCents != 0)
            out.rows.append(*it);
    }
    std::sort(out.rows.begin(), out.rows.end(), [](const Row& a, const Row& b) {
        return a.netSalesCents != b.netSalesCents ? a.netSalesCents > b.netSalesCents : a.name < b.name;
    });
    out.unconverted = convert.unconverted;
    return out;
}

namespace
{
// The buckets of a chart from first to last, every one present (a bucket without sales is 0): calendar
// months for 30, else runs of bucketDays from first.
class Buckets
{
public:
    Buckets(const QDate& first, const QDate& last, int bucketDays)
        : m_first(first)
        , m_days(bucketDays)
    {
        for (QDate d = of(first); d <= last;
             d = m_days >= 30 ? QDate(d.year(), d.month(), 1).addMonths(1) : d.addDays(m_days))
            m_points[d].start = d;
    }
    Point& at(const QDate& day) { return m_points[of(day)]; }
    QList<Point> points() const { return m_points.values(); }

private:
    QDate of(const QDate& d) const
    {
        if (m_days >= 30)
            return std::max(m_first, QDate(d.year(), d.month(), 1));
        return m_first.addDays((m_first.daysTo(d) / m_days) * m_days);
    }
    QDate m_first;
    int m_days;
    QMap<QDate, Point> m_points;
};
} // namespace

QList<Point> shopSeries(const QList<DailySales::Day>& days, const QDate& first, const QDate& last, int bucketDays)
{
    Buckets buckets(first, last, bucketDays);
    for (const DailySales::Day& d : days) {
        if (d.day < first || d.day > last)
            continue;
        Point& p = buckets.at(d.day);
        p.netSalesCents += d.revenueCents;
        p.profitCents += d.profitCents();
    }
    return buckets.points();
}

QList<Point> series(const QSqlDatabase& db, const QString& key, const QDate& first, const QDate& last, int bucketDays)
{
    // The whole shop: what the dashboard counts (orders' revenue, refunds on their day, goods).
    if (key.isEmpty())
        return shopSeries(DailySales::between(db, first, last).days, first, last, bucketDays);
    Buckets points(first, last, bucketDays);
    // Only the lines that can be the product's: its SKUs and its store products, then resolved.
    const Resolver resolver(db);
    Converter convert(db);
    Filter only;
    if (key.startsWith(u"p:"_s)) {
        const qint64 productId = key.mid(2).toLongLong();
        const auto column = [&](const QString& sql, QStringList* into) {
            QSqlQuery q = Sql::exec(db, sql, QVariantList(sql.count(u'?'), productId));
            while (q.next())
                into->append(q.value(0).toString());
        };
        column(u"SELECT sku FROM product_variants WHERE product_id = ? AND sku <> '' UNION SELECT sku FROM products "
               u"WHERE id = ? AND COALESCE(sku, '') <> ''"_s,
            &only.skus);
        column(u"SELECT external_id FROM publications WHERE product_id = ? AND target = 'product' AND "
               u"external_id <> ''"_s,
            &only.productIds);
        column(u"SELECT l.remote_id FROM variant_links l JOIN product_variants v ON v.id = l.variant_id WHERE "
               u"v.product_id = ?"_s,
            &only.variantIds);
    } else {
        only.productIds << key.section(u':', 2);
    }
    if (only.isEmpty())
        return points.points();
    for (const Group& g : groups(db, first, last, true, only)) {
        const Resolver::Owner owner = resolver.owner(g);
        if (owner.key != key)
            continue;
        Row row;
        if (!add(row, g, owner, convert))
            continue;
        Point& p = points.at(g.day);
        p.netSalesCents += row.netSalesCents;
        p.profitCents += row.profitCents();
    }
    return points.points();
}

} // namespace ProductPnl
