#include "Reorders.h"

#include "StockPool.h"
#include "approvals/ApprovalDesk.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Reorders
{

namespace
{
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
} // namespace

std::optional<Owner> ownerOf(const QSqlDatabase& db, const QString& sku)
{
    QSqlQuery q = Sql::exec(db,
        u"SELECT p.id, p.name, v.options FROM product_variants v JOIN products p ON p.id = v.product_id WHERE v.sku "
        u"= ? UNION ALL SELECT id, name, '[]' FROM products WHERE sku = ? LIMIT 1"_s,
        {sku, sku});
    if (!q.next()) {
        // Not a product of Quorum's (its store's products were never imported): named as its store
        // names it on the order lines.
        q.finish();
        const QVariant name = Sql::scalar(
            db, u"SELECT name FROM sales_keys WHERE sku = ? AND name <> '' ORDER BY id DESC LIMIT 1"_s, {sku});
        if (!name.isValid())
            return std::nullopt;
        return Owner{0, name.toString(), {}};
    }
    Owner o{q.value(0).toLongLong(), q.value(1).toString(), {}};
    QStringList values;
    for (const QString& part : q.value(2).toString().remove(u'[').remove(u']').split(u',', Qt::SkipEmptyParts))
        values.append(part.trimmed().remove(u'"'));
    o.variant = values.join(u" / "_s);
    return o;
}

bool pending(const QSqlDatabase& db, const QString& sku, int leadDays, qint64 now)
{
    // Waiting for a person, or approved less than a delivery time ago (the goods are on their way).
    return Sql::scalar(db,
        u"SELECT EXISTS (SELECT 1 FROM action_proposals WHERE action_type = 'reorder' AND json_extract(parameters, "
        u"'$.sku') = ? AND (status = 'pending' OR (status IN ('approved', 'auto_approved') AND decided_at >= ?)))"_s,
        {sku, now - qint64(std::max(leadDays, 1)) * kDayMs})
        .toBool();
}

QString Owner::label() const
{
    return variant.isEmpty() ? name : u"%1 — %2"_s.arg(name, variant);
}

std::optional<Rule> rule(const QSqlDatabase& db, qint64 productId)
{
    QSqlQuery q = Sql::exec(
        db, u"SELECT threshold, lead_days, cover_days FROM reorder_rules WHERE product_id = ?"_s, {productId});
    if (!q.next())
        return std::nullopt;
    return Rule{productId, q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt()};
}

void save(const QSqlDatabase& db, const Rule& r, qint64 now)
{
    Sql::exec(db,
        u"INSERT INTO reorder_rules (product_id, threshold, lead_days, cover_days, updated_at) VALUES (?, ?, ?, ?, ?) "
        u"ON CONFLICT (product_id) DO UPDATE SET threshold = excluded.threshold, lead_days = excluded.lead_days, "
        u"cover_days = excluded.cover_days, updated_at = excluded.updated_at"_s,
        {r.productId, r.threshold, r.leadDays, r.coverDays, now});
}

void remove(const QSqlDatabase& db, qint64 productId)
{
    Sql::exec(db, u"DELETE FROM reorder_rules WHERE product_id = ?"_s, {productId});
}

Suggestion suggest(const QSqlDatabase& db, const QString& sku, int onHand, const Rule& r, qint64 now)
{
    Suggestion s;
    s.soldInWindow = Sql::scalar(db,
        // The window's orders first (by date), then their lines: order_lines has no SKU index.
        u"SELECT COALESCE(SUM(l.quantity), 0) FROM orders o CROSS JOIN order_lines l ON l.order_id = o.id WHERE "
        u"l.sku = ? AND o.paid = 1 AND o.created_at >= ?"_s,
        {sku, now - kVelocityDays * kDayMs})
                         .toInt();
    const double perDay = static_cast<double>(s.soldInWindow) / kVelocityDays;
    // What sells while the delivery is on its way, plus what the order should cover after it arrives,
    // plus the threshold kept in reserve, less what is here now.
    const int duringLead = static_cast<int>(std::ceil(perDay * r.leadDays));
    const int cover = static_cast<int>(std::ceil(perDay * r.coverDays));
    s.quantity = std::max(1, duringLead + cover + r.threshold - std::max(onHand, 0));
    const QLocale locale;
    if (s.soldInWindow == 0) {
        s.reasoning = QCoreApplication::translate("Reorders",
            "%1 on hand, at or below the threshold of %2. Nothing sold in the last %3 days, so this order only "
            "brings it back above the threshold: %4.")
                          .arg(onHand)
                          .arg(r.threshold)
                          .arg(kVelocityDays)
                          .arg(s.quantity);
        return s;
    }
    s.reasoning = QCoreApplication::translate("Reorders",
        "%1 on hand, at or below the threshold of %2. %3 sold in the last %4 days (%5 a day). A delivery takes %6 "
        "days, in which about %7 more sell; %8 days of sales after it arrives is about %9. Order %7 + %9 + %2 "
        "(the threshold, kept in reserve) − %1 on hand = %10.")
                      .arg(onHand)
                      .arg(r.threshold)
                      .arg(s.soldInWindow)
                      .arg(kVelocityDays)
                      .arg(locale.toString(perDay, 'f', 1))
                      .arg(r.leadDays)
                      .arg(duringLead)
                      .arg(r.coverDays)
                      .arg(cover)
                      .arg(s.quantity);
    return s;
}

bool check(const QSqlDatabase& db, const QString& sku, int onHand, qint64 now)
{
    const auto owner = ownerOf(db, sku);
    if (!owner)
        return false;
    const auto r = rule(db, owner->productId);
    if (!r || onHand > r->threshold || pending(db, sku, r->leadDays, now))
        return false;
    const Suggestion s = suggest(db, sku, onHand, *r, now);
    const QString what = owner->label();
    ApprovalDesk::Proposal p;
    p.agent = QString(StockPool::Agent);
    p.actionType = ActionType::Reorder;
    p.title = QCoreApplication::translate("Reorders", "Reorder %1 × %2").arg(s.quantity).arg(what);
    p.description = QCoreApplication::translate("Reorders",
        "%1 (%2) is running low. Approve it when you have placed the order with your supplier; Quorum does not "
        "order from suppliers.")
                        .arg(what, sku);
    p.reasoning = s.reasoning;
    p.dataSources = {QCoreApplication::translate("Reorders", "stock levels read from the stores"),
        QCoreApplication::translate("Reorders", "orders of the last %n day(s)", nullptr, kVelocityDays)};
    p.confidence = 1.0;
    p.productId = owner->productId;
    p.parameters = QJsonObject{{u"sku"_s, sku}, {u"variant"_s, what}, {u"on_hand"_s, onHand},
        {u"lead_days"_s, r->leadDays}, {u"quantity"_s, s.quantity}};
    ApprovalDesk::propose(db, p, QString(), now);
    return true;
}

} // namespace Reorders
