#include "StockPool.h"

#include "Reorders.h"
#include "agents/AgentRuns.h"
#include "approvals/ApprovalDesk.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace StockPool
{

namespace
{
const char* const kAgentName = QT_TRANSLATE_NOOP("AgentNames", "Stock Keeper");

// A stock update for this store and SKU is waiting for a person, about to run, or writing.
bool updateOpen(const QSqlDatabase& db, qint64 connectionId, const QString& sku)
{
    return Sql::scalar(db,
        u"SELECT EXISTS (SELECT 1 FROM action_proposals WHERE action_type = 'stock_update' AND "
        u"json_extract(parameters, '$.sku') = ? AND json_extract(parameters, '$.connection') = ? AND (status "
        u"= 'pending' OR execution_state IN ('queued', 'retrying'))) OR EXISTS (SELECT 1 FROM jobs WHERE kind "
        u"= 'stock.write' AND state IN ('queued', 'running') AND subject_id = ? AND json_extract(payload, "
        u"'$.sku') = ?)"_s,
        {sku, connectionId, connectionId, sku})
        .toBool();
}

QString productName(const QSqlDatabase& db, const QString& sku)
{
    return Sql::scalar(db,
        u"SELECT name FROM (SELECT p.name AS name, 0 AS k FROM product_variants v JOIN products p ON p.id = "
        u"v.product_id WHERE v.sku = ? UNION ALL SELECT name, 1 FROM products WHERE sku = ?) AS n ORDER BY k LIMIT 1"_s,
        {sku, sku})
        .toString();
}

void propose(const QSqlDatabase& db, const QString& sku, const Level& l, int pool, const QStringList& moves, bool first,
    const QList<Level>& all, qint64 now)
{
    const QString name = productName(db, sku);
    const QString what = name.isEmpty() ? sku : u"%1 (%2)"_s.arg(name, sku);
    QStringList others;
    for (const Level& o : all) {
        if (o.connectionId != l.connectionId)
            others.append(QCoreApplication::translate("StockPool", "%1 has %2").arg(o.store).arg(o.available));
    }
    QString reasoning;
    if (first)
        reasoning = QCoreApplication::translate("StockPool",
            "The stores did not agree when Quorum first compared them (%1, %2 has %3); the lowest count, %4, is "
            "kept so that nothing is sold that is not there.")
                        .arg(others.join(u", "_s), l.store)
                        .arg(l.available)
                        .arg(pool);
    else
        reasoning = QCoreApplication::translate(
            "StockPool", "Since the last sync: %1. That leaves %2 on hand for every store; %3 still has %4.")
                        .arg(moves.join(u"; "_s))
                        .arg(pool)
                        .arg(l.store)
                        .arg(l.available);
    ApprovalDesk::Proposal p;
    p.agent = QString::fromLatin1(kAgentName);
    Q_ASSERT(p.agent == Agent);
    p.actionType = ActionType::StockUpdate;
    p.title = QCoreApplication::translate("StockPool", "Set the stock of %1 in %2 to %3").arg(what, l.store).arg(pool);
    p.description
        = QCoreApplication::translate("StockPool", "Keeps %1 the same in every store that sells it.").arg(what);
    p.reasoning = reasoning;
    p.dataSources = {QCoreApplication::translate("StockPool", "stock levels read from the stores")};
    p.confidence = 1.0;
    p.parameters = QJsonObject{{u"sku"_s, sku}, {u"store"_s, l.store}, {u"connection"_s, l.connectionId},
        {u"from"_s, l.available}, {u"quantity"_s, pool}, {u"pool"_s, pool}};
    ApprovalDesk::propose(db, p, QString(), now);
}
} // namespace

QList<Level> levels(const QSqlDatabase& db, const QString& sku)
{
    QList<Level> out;
    QSqlQuery q = Sql::exec(db,
        u"SELECT il.connection_id, c.name, SUM(il.available), s.level, s.pending FROM inventory_levels il JOIN "
        u"connections c ON c.id = il.connection_id LEFT JOIN stock_seen s ON s.connection_id = il.connection_id AND "
        u"s.sku = il.sku WHERE il.sku = ? AND il.available IS NOT NULL GROUP BY il.connection_id, c.name, s.level, "
        u"s.pending ORDER BY "
        u"il.connection_id"_s,
        {sku});
    while (q.next()) {
        Level l;
        l.connectionId = q.value(0).toLongLong();
        l.store = q.value(1).toString();
        l.available = q.value(2).toInt();
        if (!q.value(3).isNull())
            l.seen = q.value(3).toInt();
        if (!q.value(4).isNull())
            l.pending = q.value(4).toInt();
        out.append(l);
    }
    return out;
}

QHash<QString, int> onHand(const QSqlDatabase& db)
{
    QHash<QString, int> out;
    QSqlQuery q = Sql::exec(db,
        u"SELECT sku, available FROM stock_pool UNION ALL SELECT sku, SUM(available) FROM inventory_levels WHERE sku "
        u"<> '' AND available IS NOT NULL AND sku NOT IN (SELECT sku FROM stock_pool) GROUP BY sku"_s);
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toInt());
    return out;
}

std::optional<int> pooled(const QSqlDatabase& db, const QString& sku)
{
    const QVariant v = Sql::scalar(db, u"SELECT available FROM stock_pool WHERE sku = ?"_s, {sku});
    return v.isValid() && !v.isNull() ? std::optional<int>(v.toInt()) : std::nullopt;
}

Outcome reconcile(const QSqlDatabase& db, const QStringList& read, qint64 now)
{
    Outcome out;
    if (AgentRuns::paused(db, QString(Agent))) {
        for (const QString& sku : read) {
            if (!sku.isEmpty())
                Sql::exec(db,
                    u"INSERT INTO stock_unchecked (sku, read_at) VALUES (?, ?) ON CONFLICT (sku) DO NOTHING"_s,
                    {sku, now});
        }
        return out;
    }
    QStringList skus = read;
    {
        QSqlQuery q = Sql::exec(db, u"SELECT sku FROM stock_unchecked ORDER BY read_at, sku"_s);
        while (q.next())
            skus.append(q.value(0).toString());
    }
    if (skus.size() > read.size())
        Sql::exec(db, u"DELETE FROM stock_unchecked"_s);
    QSet<QString> done;
    for (const QString& sku : std::as_const(skus)) {
        if (sku.isEmpty() || done.contains(sku))
            continue;
        done.insert(sku);
        ++out.checked;
        const QList<Level> all = levels(db, sku);
        if (all.isEmpty())
            continue;
        int onHand = all.first().available;
        if (all.size() >= 2) {
            std::optional<int> pool = pooled(db, sku);
            const bool first = !pool;
            QStringList moves;
            if (first) {
                pool = all.first().available;
                for (const Level& l : all)
                    pool = std::min(*pool, l.available);
            } else {
                for (const Level& l : all) {
                    if (l.pending && l.available == *l.pending)
                        continue; // Quorum's own write
                    if (!l.seen || l.available == *l.seen)
                        continue;
                    const int delta = l.available - *l.seen;
                    *pool += delta;
                    moves.append(delta < 0 ? QCoreApplication::translate(
                                     "StockPool", "%1 went from %2 to %3 (%n sold)", nullptr, -delta)
                                                 .arg(l.store)
                                                 .arg(*l.seen)
                                                 .arg(l.available)
                                           : QCoreApplication::translate(
                                               "StockPool", "%1 went from %2 to %3 (%n added there)", nullptr, delta)
                                                 .arg(l.store)
                                                 .arg(*l.seen)
                                                 .arg(l.available));
                }
            }
            pool = std::max(0, *pool);
            for (const Level& l : all)
                Sql::exec(db,
                    u"INSERT INTO stock_seen (connection_id, sku, level, pending, updated_at) VALUES (?, ?, ?, NULL, "
                    u"?) "
                    u"ON CONFLICT (connection_id, sku) DO UPDATE SET level = excluded.level, pending = CASE WHEN "
                    u"stock_seen.pending = excluded.level THEN NULL ELSE stock_seen.pending END, updated_at = "
                    u"excluded.updated_at"_s,
                    {l.connectionId, sku, l.available, now});
            Sql::exec(db,
                u"INSERT INTO stock_pool (sku, available, updated_at) VALUES (?, ?, ?) ON CONFLICT (sku) DO UPDATE SET "
                u"available = excluded.available, updated_at = excluded.updated_at"_s,
                {sku, *pool, now});
            for (const Level& l : all) {
                if (l.available == *pool || updateOpen(db, l.connectionId, sku))
                    continue;
                propose(db, sku, l, *pool, moves, first, all, now);
                ++out.updates;
            }
            onHand = *pool;
        }
        if (Reorders::check(db, sku, onHand, now))
            ++out.reorders;
    }
    return out;
}

void writing(const QSqlDatabase& db, qint64 connectionId, const QString& sku, int level, qint64 now)
{
    Sql::exec(db,
        u"INSERT INTO stock_seen (connection_id, sku, level, pending, updated_at) SELECT ?, ?, COALESCE((SELECT "
        u"SUM(available) FROM inventory_levels WHERE connection_id = ? AND sku = ?), 0), ?, ? WHERE 1 ON CONFLICT "
        u"(connection_id, sku) DO UPDATE SET pending = excluded.pending, updated_at = excluded.updated_at"_s,
        {connectionId, sku, connectionId, sku, level, now});
}

void written(const QSqlDatabase& db, qint64 connectionId, const QString& sku, int level, qint64 now)
{
    Sql::exec(db,
        u"INSERT INTO stock_seen (connection_id, sku, level, pending, updated_at) VALUES (?, ?, ?, NULL, ?) ON "
        u"CONFLICT (connection_id, sku) DO UPDATE SET level = excluded.level, pending = NULL, updated_at = "
        u"excluded.updated_at"_s,
        {connectionId, sku, level, now});
    Sql::exec(db,
        u"INSERT INTO stock_pool (sku, available, updated_at) VALUES (?, ?, ?) ON CONFLICT (sku) DO UPDATE SET "
        u"available = excluded.available, updated_at = excluded.updated_at"_s,
        {sku, level, now});
}

} // namespace StockPool
