#pragma once

#include <QHash>
#include <QLatin1StringView>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

// One stock across the stores. A SKU that more than one connected store sells has a pool: what
// Quorum believes is on hand. After a stock sync writes a store's levels, reconcile() compares each
// store's level with the level the pool last accounted for there: a drop is a sale in that store, a
// rise a delivery booked there, and either moves the pool. Every store that then differs from the
// pool gets a stock update proposal (the risk engine judges it; small ones run by themselves), and
// the write (StockWriteRun) sets that store to the pool. A SKU only one store sells has no pool.
// Everything runs inside the caller's transaction.
namespace StockPool
{

// Who proposes stock updates and reorders (shown translated, like the other agents).
inline constexpr QLatin1StringView Agent{"Stock Keeper"};

// One store's stock of a SKU: summed over its locations.
struct Level
{
    qint64 connectionId = 0;
    QString store;
    int available = 0;
    std::optional<int> seen;    // what the pool last accounted for here
    std::optional<int> pending; // a write of this level is under way
};
QList<Level> levels(const QSqlDatabase& db, const QString& sku);
std::optional<int> pooled(const QSqlDatabase& db, const QString& sku);
// What is on hand of every SKU a store reports: the shared stock where more than one store sells it,
// else the store's levels summed over its locations.
QHash<QString, int> onHand(const QSqlDatabase& db);

struct Outcome
{
    int updates = 0;  // stock update proposals made
    int reorders = 0; // reorder proposals made
    int checked = 0;  // SKUs accounted for: the ones read, and any read while the Stock Keeper was paused
};
// Accounts for the levels just read for these SKUs, and for those read while the Stock Keeper was paused,
// and proposes what follows. While it is paused, only remembers the SKUs.
Outcome reconcile(const QSqlDatabase& db, const QStringList& skus, qint64 now);

// A write to a store is about to set its level: seeing that level later is this write, not a sale.
void writing(const QSqlDatabase& db, qint64 connectionId, const QString& sku, int level, qint64 now);
// The store now holds level (the write succeeded): it is what the pool accounts for there, and the
// pool itself (a person may have set a number different from the pool's).
void written(const QSqlDatabase& db, qint64 connectionId, const QString& sku, int level, qint64 now);

} // namespace StockPool
