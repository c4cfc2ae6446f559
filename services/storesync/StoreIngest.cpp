#include "StoreIngest.h"

#include "SalesRollup.h"
#include "core/HtmlText.h"
#include "storage/Dialect.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace StoreIngest
{

std::optional<qint64> cents(const QString& text)
{
    // Decimal strings as the APIs write them; no grouping, no currency signs.
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    qsizetype i = 0;
    const bool negative = t.startsWith(u'-');
    if (negative || t.startsWith(u'+'))
        ++i;
    qint64 whole = 0;
    bool digits = false;
    for (; i < t.size() && t.at(i).isDigit(); ++i) {
        whole = whole * 10 + t.at(i).digitValue();
        digits = true;
    }
    qint64 fraction = 0;
    int places = 0;
    int roundDigit = 0;
    if (i < t.size() && t.at(i) == u'.') {
        for (++i; i < t.size() && t.at(i).isDigit(); ++i) {
            if (places < 2)
                fraction = fraction * 10 + t.at(i).digitValue();
            else if (places == 2)
                roundDigit = t.at(i).digitValue();
            ++places;
            digits = true;
        }
    }
    if (!digits || i != t.size())
        return std::nullopt;
    for (; places < 2; ++places)
        fraction *= 10;
    qint64 value = whole * 100 + fraction + (roundDigit >= 5 ? 1 : 0);
    return negative ? -value : value;
}

qint64 timestamp(const QString& text)
{
    if (text.isEmpty())
        return 0;
    QDateTime d = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!d.isValid())
        return 0;
    if (d.timeSpec() == Qt::LocalTime)
        d.setTimeSpec(Qt::UTC); // WooCommerce's *_gmt fields carry no zone: they are UTC
    return d.toMSecsSinceEpoch();
}

namespace
{
qint64 amount(const QJsonValue& v)
{
    if (v.isDouble())
        return std::llround(v.toDouble() * 100.0);
    return cents(v.toString()).value_or(0);
}

qint64 bag(const QJsonObject& node, const QString& field, const QString& which)
{
    return amount(node.value(field).toObject().value(which).toObject().value(u"amount"_s));
}

QString lastSegment(const QString& gid)
{
    return gid.section(u'/', -1);
}
} // namespace

std::optional<Order> wooOrder(const QJsonObject& o, QString* error)
{
    Order out;
    out.remoteId = QString::number(o.value(u"id"_s).toInteger());
    if (o.value(u"id"_s).toInteger() <= 0) {
        *error = QCoreApplication::translate("StoreIngest", "An order without an id.");
        return std::nullopt;
    }
    out.number = o.value(u"number"_s).toString();
    out.storeStatus = o.value(u"status"_s).toString();
    static const QStringList paid{u"completed"_s, u"processing"_s, u"on-hold"_s, u"refunded"_s};
    out.paid = paid.contains(out.storeStatus);
    out.currency = o.value(u"currency"_s).toString();
    const auto total = cents(o.value(u"total"_s).toString());
    if (!total || out.currency.size() != 3) {
        *error
            = QCoreApplication::translate("StoreIngest", "Order %1 has no readable total or currency.").arg(out.number);
        return std::nullopt;
    }
    out.totalCents = *total;
    out.taxCents = amount(o.value(u"total_tax"_s));
    out.shippingCents = amount(o.value(u"shipping_total"_s));
    out.discountCents = amount(o.value(u"discount_total"_s));
    // A multi-currency store (WooPayments) notes the shop's currency and the rate to the order's.
    out.shopCurrency = out.currency;
    double rate = 1;
    for (const QJsonValue& m : o.value(u"meta_data"_s).toArray()) {
        const QString key = m.toObject().value(u"key"_s).toString();
        if (key == u"_wcpay_multi_currency_order_default_currency")
            out.shopCurrency = m.toObject().value(u"value"_s).toString();
        else if (key == u"_wcpay_multi_currency_order_exchange_rate")
            rate = m.toObject().value(u"value"_s).toVariant().toDouble();
        // WooCommerce's order attribution (8.5 and later): the visit's UTM parameters.
        else if (key == u"_wc_order_attribution_utm_source")
            out.utmSource = m.toObject().value(u"value"_s).toString().trimmed();
        else if (key == u"_wc_order_attribution_utm_medium")
            out.utmMedium = m.toObject().value(u"value"_s).toString().trimmed();
        else if (key == u"_wc_order_attribution_utm_campaign")
            out.utmCampaign = m.toObject().value(u"value"_s).toString().trimmed();
    }
    if (rate <= 0)
        rate = 1;
    const auto toShop = [&](qint64 c) {
        return out.shopCurrency == out.currency ? c : static_cast<qint64>(std::llround(static_cast<double>(c) / rate));
    };
    out.shopTotalCents = toShop(out.totalCents);
    out.customerRemoteId = o.value(u"customer_id"_s).toInteger() > 0
        ? QString::number(o.value(u"customer_id"_s).toInteger())
        : QString();
    const QJsonObject billing = o.value(u"billing"_s).toObject();
    out.name = QString(billing.value(u"first_name"_s).toString() + u' ' + billing.value(u"last_name"_s).toString())
                   .trimmed();
    out.email = billing.value(u"email"_s).toString();
    out.country = billing.value(u"country"_s).toString();
    out.shippingCountry = o.value(u"shipping"_s).toObject().value(u"country"_s).toString();
    out.createdAt = timestamp(o.value(u"date_created_gmt"_s).toString());
    out.updatedAt = timestamp(o.value(u"date_modified_gmt"_s).toString());
    if (out.createdAt == 0) {
        *error = QCoreApplication::translate("StoreIngest", "Order %1 has no readable date.").arg(out.number);
        return std::nullopt;
    }
    for (const QJsonValue& v : o.value(u"line_items"_s).toArray()) {
        const QJsonObject l = v.toObject();
        Line line;
        line.remoteId = QString::number(l.value(u"id"_s).toInteger());
        line.productRemoteId = QString::number(l.value(u"product_id"_s).toInteger());
        const qint64 variation = l.value(u"variation_id"_s).toInteger();
        line.variantRemoteId = variation > 0 ? QString::number(variation) : line.productRemoteId;
        line.sku = l.value(u"sku"_s).toString();
        line.name = l.value(u"name"_s).toString();
        line.quantity = l.value(u"quantity"_s).toInt();
        line.totalCents = amount(l.value(u"total"_s));
        line.taxCents = amount(l.value(u"total_tax"_s));
        const qint64 subtotal = amount(l.value(u"subtotal"_s));
        line.unitPriceCents = line.quantity > 0 ? subtotal / line.quantity : subtotal;
        out.lines.append(line);
    }
    // WooCommerce lists refunds without their dates; a refund counts from the order's last change.
    for (const QJsonValue& v : o.value(u"refunds"_s).toArray()) {
        const QJsonObject r = v.toObject();
        Refund refund;
        refund.remoteId = QString::number(r.value(u"id"_s).toInteger());
        refund.amountCents = std::abs(amount(r.value(u"total"_s)));
        refund.shopCents = toShop(refund.amountCents);
        refund.createdAt = out.updatedAt;
        refund.reason = r.value(u"reason"_s).toString();
        out.refundedCents += refund.amountCents;
        out.refunds.append(refund);
    }
    return out;
}

std::optional<Order> shopifyOrder(const QJsonObject& n, QString* error)
{
    Order out;
    out.remoteId = lastSegment(n.value(u"id"_s).toString());
    if (out.remoteId.isEmpty()) {
        *error = QCoreApplication::translate("StoreIngest", "An order without an id.");
        return std::nullopt;
    }
    out.number = n.value(u"name"_s).toString();
    out.storeStatus = n.value(u"displayFinancialStatus"_s).toString();
    static const QStringList paid{
        u"PAID"_s, u"PARTIALLY_REFUNDED"_s, u"REFUNDED"_s, u"AUTHORIZED"_s, u"PARTIALLY_PAID"_s};
    out.paid = paid.contains(out.storeStatus) && n.value(u"cancelledAt"_s).isNull();
    out.currency = n.value(u"presentmentCurrencyCode"_s).toString(n.value(u"currencyCode"_s).toString());
    out.shopCurrency = n.value(u"currencyCode"_s).toString();
    const QJsonObject total = n.value(u"totalPriceSet"_s).toObject();
    if (total.isEmpty() || out.shopCurrency.size() != 3) {
        *error
            = QCoreApplication::translate("StoreIngest", "Order %1 has no readable total or currency.").arg(out.number);
        return std::nullopt;
    }
    out.totalCents = bag(n, u"totalPriceSet"_s, u"presentmentMoney"_s);
    out.shopTotalCents = bag(n, u"totalPriceSet"_s, u"shopMoney"_s);
    out.taxCents = bag(n, u"totalTaxSet"_s, u"presentmentMoney"_s);
    out.shippingCents = bag(n, u"totalShippingPriceSet"_s, u"presentmentMoney"_s);
    out.discountCents = bag(n, u"totalDiscountsSet"_s, u"presentmentMoney"_s);
    out.customerRemoteId = lastSegment(n.value(u"customer"_s).toObject().value(u"id"_s).toString());
    out.email = n.value(u"email"_s).toString();
    out.country = n.value(u"billingAddress"_s).toObject().value(u"countryCodeV2"_s).toString();
    out.shippingCountry = n.value(u"shippingAddress"_s).toObject().value(u"countryCodeV2"_s).toString();
    // The customer's journey: the UTM parameters of the last visit before the order (the last click).
    const QJsonObject utm = n.value(u"customerJourneySummary"_s)
                                .toObject()
                                .value(u"lastVisit"_s)
                                .toObject()
                                .value(u"utmParameters"_s)
                                .toObject();
    out.utmSource = utm.value(u"source"_s).toString().trimmed();
    out.utmMedium = utm.value(u"medium"_s).toString().trimmed();
    out.utmCampaign = utm.value(u"campaign"_s).toString().trimmed();
    out.createdAt = timestamp(n.value(u"createdAt"_s).toString());
    out.updatedAt = timestamp(n.value(u"updatedAt"_s).toString());
    if (out.createdAt == 0) {
        *error = QCoreApplication::translate("StoreIngest", "Order %1 has no readable date.").arg(out.number);
        return std::nullopt;
    }
    for (const QJsonValue& v : n.value(u"lineItems"_s).toObject().value(u"nodes"_s).toArray()) {
        const QJsonObject l = v.toObject();
        Line line;
        line.remoteId = lastSegment(l.value(u"id"_s).toString());
        line.productRemoteId = lastSegment(l.value(u"product"_s).toObject().value(u"id"_s).toString());
        line.variantRemoteId = lastSegment(l.value(u"variant"_s).toObject().value(u"id"_s).toString());
        line.sku = l.value(u"sku"_s).toString();
        line.name = l.value(u"name"_s).toString();
        line.quantity = l.value(u"quantity"_s).toInt();
        line.unitPriceCents = bag(l, u"originalUnitPriceSet"_s, u"presentmentMoney"_s);
        line.totalCents = bag(l, u"discountedTotalSet"_s, u"presentmentMoney"_s);
        out.lines.append(line);
    }
    for (const QJsonValue& v : n.value(u"refunds"_s).toArray()) {
        const QJsonObject r = v.toObject();
        Refund refund;
        refund.remoteId = lastSegment(r.value(u"id"_s).toString());
        refund.amountCents = bag(r, u"totalRefundedSet"_s, u"presentmentMoney"_s);
        refund.shopCents = bag(r, u"totalRefundedSet"_s, u"shopMoney"_s);
        refund.createdAt = timestamp(r.value(u"createdAt"_s).toString());
        refund.reason = r.value(u"note"_s).toString();
        out.refundedCents += refund.amountCents;
        out.refunds.append(refund);
    }
    return out;
}

Customer wooCustomer(const QJsonObject& c)
{
    Customer out;
    out.remoteId = QString::number(c.value(u"id"_s).toInteger());
    out.name = QString(c.value(u"first_name"_s).toString() + u' ' + c.value(u"last_name"_s).toString()).trimmed();
    out.email = c.value(u"email"_s).toString();
    out.country = c.value(u"billing"_s).toObject().value(u"country"_s).toString();
    out.createdAt = timestamp(c.value(u"date_created_gmt"_s).toString());
    out.updatedAt = timestamp(c.value(u"date_modified_gmt"_s).toString());
    return out;
}

Customer shopifyCustomer(const QJsonObject& c)
{
    Customer out;
    out.remoteId = lastSegment(c.value(u"id"_s).toString());
    out.name = QString(c.value(u"firstName"_s).toString() + u' ' + c.value(u"lastName"_s).toString()).trimmed();
    out.email = c.value(u"email"_s).toString();
    out.country = c.value(u"defaultAddress"_s).toObject().value(u"countryCodeV2"_s).toString();
    out.createdAt = timestamp(c.value(u"createdAt"_s).toString());
    out.updatedAt = timestamp(c.value(u"updatedAt"_s).toString());
    return out;
}

Review wooReview(const QJsonObject& r)
{
    return Review{QString::number(r.value(u"id"_s).toInteger()), QString::number(r.value(u"product_id"_s).toInteger()),
        r.value(u"rating"_s).toInt(), r.value(u"reviewer"_s).toString(),
        HtmlText::plain(r.value(u"review"_s).toString()), timestamp(r.value(u"date_created_gmt"_s).toString())};
}

QList<Stock> wooStock(const QJsonObject& p, qint64 parentId)
{
    Stock s;
    s.productRemoteId = QString::number(parentId > 0 ? parentId : p.value(u"id"_s).toInteger());
    s.variantRemoteId = QString::number(p.value(u"id"_s).toInteger());
    s.sku = p.value(u"sku"_s).toString();
    if (p.value(u"manage_stock"_s).toBool() && p.value(u"stock_quantity"_s).isDouble())
        s.available = p.value(u"stock_quantity"_s).toInt();
    return {s};
}

QList<Stock> shopifyStock(const QJsonObject& product)
{
    QList<Stock> out;
    for (const QJsonValue& v : product.value(u"variants"_s).toObject().value(u"nodes"_s).toArray()) {
        const QJsonObject variant = v.toObject();
        const QJsonArray levels = variant.value(u"inventoryItem"_s)
                                      .toObject()
                                      .value(u"inventoryLevels"_s)
                                      .toObject()
                                      .value(u"nodes"_s)
                                      .toArray();
        for (const QJsonValue& l : levels) {
            Stock s;
            s.productRemoteId = lastSegment(product.value(u"id"_s).toString());
            s.itemRemoteId = lastSegment(variant.value(u"inventoryItem"_s).toObject().value(u"id"_s).toString());
            s.variantRemoteId = lastSegment(variant.value(u"id"_s).toString());
            s.sku = variant.value(u"sku"_s).toString();
            const QJsonObject location = l.toObject().value(u"location"_s).toObject();
            s.locationId = lastSegment(location.value(u"id"_s).toString());
            s.locationName = location.value(u"name"_s).toString();
            for (const QJsonValue& q : l.toObject().value(u"quantities"_s).toArray()) {
                if (q.toObject().value(u"name"_s).toString() == u"available")
                    s.available = q.toObject().value(u"quantity"_s).toInt();
            }
            out.append(s);
        }
    }
    return out;
}

Writer::Writer(const QSqlDatabase& db, qint64 connectionId, const QString& source)
    : m_db(db)
    , m_connectionId(connectionId)
    , m_source(source)
    , m_orderRows(db,
          u"INSERT INTO orders (number, store_status, paid, currency, total_cents, tax_cents, shipping_cents, "
          u"discount_cents, refunded_cents, shop_currency, shop_total_cents, customer_remote_id, name, email, "
          u"country, shipping_country, created_at, updated_at, utm_source, utm_medium, utm_campaign, synced_at, id, "
          u"source, connection_id, remote_id) VALUES "_s,
          u"(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)
    , m_lineRows(db,
          u"INSERT INTO order_lines (order_id, remote_id, product_remote_id, variant_remote_id, sku, name, quantity, "
          u"unit_price_cents, total_cents, tax_cents) VALUES "_s,
          u"(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)
    , m_refundRows(db,
          u"INSERT INTO order_refunds (order_id, remote_id, amount_cents, shop_cents, created_at, reason) VALUES "_s,
          u"(?, ?, ?, ?, ?, ?)"_s)
    , m_updateOrder(db,
          u"UPDATE orders SET number = ?, store_status = ?, paid = ?, currency = ?, total_cents = ?, tax_cents = ?, "
          u"shipping_cents = ?, discount_cents = ?, refunded_cents = ?, shop_currency = ?, shop_total_cents = ?, "
          u"customer_remote_id = ?, name = ?, email = ?, country = ?, shipping_country = ?, created_at = ?, updated_at "
          u"= "
          u"?, utm_source = ?, utm_medium = ?, utm_campaign = ?, synced_at = ? WHERE id = ?"_s)
    , m_deleteLines(db, u"DELETE FROM order_lines WHERE order_id = ?"_s)
    , m_deleteRefunds(db, u"DELETE FROM order_refunds WHERE order_id = ?"_s)
    , m_customer(db,
          u"INSERT INTO customers (connection_id, remote_id, name, email, country, created_at, updated_at) VALUES (?, "
          u"?, ?, ?, ?, ?, ?) ON CONFLICT (connection_id, remote_id) DO UPDATE SET name = CASE WHEN "
          u"customers.erased_at IS NULL THEN excluded.name ELSE '' END, email = CASE WHEN customers.erased_at IS "
          u"NULL THEN excluded.email ELSE '' END, country = excluded.country, created_at = excluded.created_at, "
          u"updated_at = excluded.updated_at"_s)
    , m_stock(db,
          u"INSERT INTO inventory_levels (connection_id, variant_remote_id, location_id, location_name, sku, "
          u"available, updated_at, product_remote_id, item_remote_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON "
          u"CONFLICT (connection_id, variant_remote_id, location_id) DO UPDATE SET location_name = "
          u"excluded.location_name, sku = excluded.sku, available = excluded.available, updated_at = "
          u"excluded.updated_at, product_remote_id = excluded.product_remote_id, item_remote_id = "
          u"excluded.item_remote_id"_s)
    , m_review(db,
          u"INSERT INTO product_reviews (connection_id, remote_id, product_remote_id, rating, reviewer, body, "
          u"created_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (connection_id, remote_id) DO UPDATE SET rating = "
          u"excluded.rating, body = excluded.body"_s)
    , m_erased(db, connectionId)
    , m_rollup(std::make_unique<SalesRollup::Writer>(db))
{
    // Pages of orders commit one after another, each dirtying index pages all over the file: SQLite's
    // automatic checkpoint after every 1,000 pages of log then copies (and syncs) the same pages again
    // every few commits. While this writer lives its connection lets the log grow to 8,000 pages
    // (32 MB) first.
    // (PostgreSQL checkpoints on its own schedule.)
    if (Dialect::isPostgres(m_db))
        return;
    m_checkpointPages = Sql::scalar(m_db, u"PRAGMA wal_autocheckpoint"_s, {}, 1000).toInt();
    if (m_checkpointPages > 0 && m_checkpointPages < kCheckpointPages)
        Sql::exec(m_db, u"PRAGMA wal_autocheckpoint = %1"_s.arg(kCheckpointPages));
}

Writer::~Writer()
{
    if (m_checkpointPages > 0 && m_checkpointPages < kCheckpointPages) {
        try {
            Sql::exec(m_db, u"PRAGMA wal_autocheckpoint = %1"_s.arg(m_checkpointPages));
        } catch (const SqlError&) {
            // The connection is closing; the setting goes with it.
        }
    }
}

QList<Order> Writer::storedFigures(const QList<qint64>& ids) const
{
    QHash<qint64, qsizetype> at;
    QList<Order> out;
    const QString in = Sql::idList(ids);
    QSqlQuery o = Sql::exec(m_db,
        u"SELECT id, currency, total_cents, shop_currency, shop_total_cents, created_at FROM orders WHERE paid = 1 "
        u"AND id IN (%1)"_s.arg(in));
    while (o.next()) {
        Order order;
        order.paid = true;
        order.currency = o.value(1).toString();
        order.totalCents = o.value(2).toLongLong();
        order.shopCurrency = o.value(3).toString();
        order.shopTotalCents = o.value(4).toLongLong();
        order.createdAt = o.value(5).toLongLong();
        at.insert(o.value(0).toLongLong(), out.size());
        out.append(order);
    }
    if (out.isEmpty())
        return out;
    QSqlQuery l = Sql::exec(m_db,
        u"SELECT order_id, product_remote_id, variant_remote_id, sku, name, quantity, total_cents FROM order_lines "
        u"WHERE order_id IN (%1)"_s.arg(in));
    while (l.next()) {
        if (const auto it = at.constFind(l.value(0).toLongLong()); it != at.cend()) {
            Line line;
            line.productRemoteId = l.value(1).toString();
            line.variantRemoteId = l.value(2).toString();
            line.sku = l.value(3).toString();
            line.name = l.value(4).toString();
            line.quantity = l.value(5).toInt();
            line.totalCents = l.value(6).toLongLong();
            out[*it].lines.append(line);
        }
    }
    QSqlQuery r = Sql::exec(
        m_db, u"SELECT order_id, shop_cents, created_at FROM order_refunds WHERE order_id IN (%1)"_s.arg(in));
    while (r.next()) {
        if (const auto it = at.constFind(r.value(0).toLongLong()); it != at.cend()) {
            Refund refund;
            refund.shopCents = r.value(1).toLongLong();
            refund.createdAt = r.value(2).toLongLong();
            out[*it].refunds.append(refund);
        }
    }
    return out;
}

void Writer::orders(const QList<Order>& page, qint64 now)
{
    if (page.isEmpty())
        return;
    QVariantList ids;
    for (const Order& o : page)
        ids.append(o.remoteId);
    QHash<QString, qint64> stored;
    QSqlQuery q = Sql::exec(m_db,
        u"SELECT remote_id, id FROM orders WHERE source = ? AND COALESCE(connection_id, 0) = ? AND remote_id IN (%1)"_s
            .arg(Sql::placeholders(ids.size())),
        QVariantList{m_source, m_connectionId} + ids);
    while (q.next())
        stored.insert(q.value(0).toString(), q.value(1).toLongLong());
    // The rollup: what the stored orders counted comes out, what the page says goes in.
    SalesRollup::Delta delta(m_connectionId);
    if (!stored.isEmpty()) {
        for (const Order& old : storedFigures(stored.values()))
            delta.add(old, -1);
    }
    // New orders get their ids here (the caller's write transaction holds the lock), so that they go
    // in with multi-row statements like their lines.
    qint64 nextId = 0;
    if (stored.size() < page.size())
        nextId = Sql::scalar(m_db, u"SELECT COALESCE(MAX(id), 0) FROM orders"_s).toLongLong() + 1;
    QVariantList added;
    QVariantList lines;
    QVariantList refunds;
    for (const Order& o : page) {
        delta.add(o, 1);
        const qint64 existing = stored.value(o.remoteId, 0);
        const qint64 id = existing > 0 ? existing : nextId++;
        writeOrder(o, existing, now, existing > 0 ? nullptr : &added);
        if (existing == 0)
            added << id << m_source << (m_connectionId > 0 ? QVariant(m_connectionId) : QVariant()) << o.remoteId;
        for (const Line& l : o.lines)
            lines << id << l.remoteId << l.productRemoteId << l.variantRemoteId << l.sku << l.name << l.quantity
                  << l.unitPriceCents << l.totalCents << l.taxCents;
        for (const Refund& r : o.refunds)
            refunds << id << r.remoteId << r.amountCents << r.shopCents << r.createdAt << r.reason;
    }
    if (!added.isEmpty())
        m_orderRows.insert(added);
    if (!lines.isEmpty())
        m_lineRows.insert(lines);
    if (!refunds.isEmpty())
        m_refundRows.insert(refunds);
    m_rollup->write(delta);
}

void Writer::writeOrder(const Order& o, qint64 existing, qint64 now, QVariantList* added)
{
    // A customer the owner erased stays erased, however often the store sends their name again.
    const bool erased = !m_erased.isEmpty() && m_erased.erased(o.customerRemoteId, o.email);
    QVariantList binds{o.number, o.storeStatus, o.paid, o.currency, o.totalCents, o.taxCents, o.shippingCents,
        o.discountCents, o.refundedCents, o.shopCurrency, o.shopTotalCents, o.customerRemoteId,
        erased ? QString() : o.name, erased ? QString() : o.email, o.country, o.shippingCountry, o.createdAt,
        o.updatedAt, o.utmSource, o.utmMedium, o.utmCampaign, now};
    if (existing > 0) {
        binds << existing;
        m_updateOrder.exec(binds);
        m_deleteLines.exec({existing});
        m_deleteRefunds.exec({existing});
        return;
    }
    *added << binds; // the row's id, source, connection and remote id follow
}

void Writer::customer(const Customer& c, qint64 now)
{
    Q_UNUSED(now)
    const bool erased = !m_erased.isEmpty() && m_erased.erased(c.remoteId, c.email);
    m_customer.exec({m_connectionId, c.remoteId, erased ? QString() : c.name, erased ? QString() : c.email, c.country,
        c.createdAt, c.updatedAt});
}

void Writer::stock(const Stock& s, qint64 now)
{
    m_stock.exec({m_connectionId, s.variantRemoteId, s.locationId, s.locationName, s.sku,
        s.available ? QVariant(*s.available) : QVariant(), now, s.productRemoteId, s.itemRemoteId});
}

void Writer::review(const Review& r)
{
    m_review.exec({m_connectionId, r.remoteId, r.productRemoteId, r.rating, r.reviewer, r.body, r.createdAt});
}

} // namespace StoreIngest
