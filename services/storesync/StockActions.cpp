#include "StockActions.h"

#include "StockPool.h"
#include "core/Clock.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;

StockActions::StockActions(const ChangeDoor& door)
    : m_door(door)
{ }

QList<StockActions::Line> StockActions::stock(qint64 productId) const
{
    QList<Line> out;
    QSqlQuery q = Sql::exec(m_door.db(),
        u"SELECT sku FROM product_variants WHERE product_id = ? AND sku <> '' UNION SELECT sku FROM products WHERE "
        u"id = ? AND sku <> '' AND NOT EXISTS (SELECT 1 FROM product_variants WHERE product_id = ?)"_s,
        {productId, productId, productId});
    QStringList skus;
    while (q.next())
        skus.append(q.value(0).toString());
    q.finish();
    for (const QString& sku : std::as_const(skus)) {
        Line line{sku, StockPool::pooled(m_door.db(), sku), {}};
        for (const StockPool::Level& l : StockPool::levels(m_door.db(), sku))
            line.stores.append({l.store, l.available});
        out.append(line);
    }
    return out;
}

QString StockActions::storesText(const Line& line)
{
    QStringList parts;
    for (const StoreLevel& s : line.stores)
        parts.append(u"%1 %2"_s.arg(s.store).arg(s.available));
    return parts.join(u" · "_s);
}

std::optional<Reorders::Rule> StockActions::rule(qint64 productId) const
{
    return Reorders::rule(m_door.db(), productId);
}

std::optional<DemandForecasts::Product> StockActions::forecast(qint64 productId) const
{
    return DemandForecasts::forProduct(m_door.db(), productId);
}

QString StockActions::whyNot() const
{
    return m_door.mayChange()
        ? QString()
        : QCoreApplication::translate("StockActions", "Only an owner sets when a product is reordered.");
}

bool StockActions::saveRule(const Reorders::Rule& rule, QString* error)
{
    if (rule.threshold < 0 || rule.leadDays < 0 || rule.coverDays < 1) {
        if (error)
            *error = QCoreApplication::translate("StockActions",
                "The threshold and the delivery time cannot be negative, and an order covers at least a day.");
        return false;
    }
    return m_door.change(
        {u"stock.reorder_rule"_s, u"product:%1"_s.arg(rule.productId),
            QJsonObject{
                {u"threshold"_s, rule.threshold}, {u"lead_days"_s, rule.leadDays}, {u"cover_days"_s, rule.coverDays}},
            EventBus::Topic::Products},
        [&](const QSqlDatabase& db) { Reorders::save(db, rule, m_door.clock()->nowMs()); }, error);
}

bool StockActions::removeRule(qint64 productId, QString* error)
{
    return m_door.change(
        {u"stock.reorder_rule_removed"_s, u"product:%1"_s.arg(productId), {}, EventBus::Topic::Products},
        [&](const QSqlDatabase& db) { Reorders::remove(db, productId); }, error);
}
