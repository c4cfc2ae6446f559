#pragma once

#include "storage/Sql.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace StoreIngest
{
struct Order;
}

// The sales of paid orders summed per store variant and local day (sales_lines_daily) and per day,
// store and shop currency (sales_days), kept beside the orders so that the dashboard and the P&L
// read two years as a row per variant and day it sold instead of every order line (schema 13).
//
// StoreIngest's writer keeps the rollup in the transaction that writes the orders: the figures of an
// order already stored are taken out before the new ones are added, in whole numbers (shares of
// money in millionths of a cent), so that a page read twice, a resumed sync or an export imported
// again never counts twice and never drifts. Anything else that writes orders calls rebuild().
namespace SalesRollup
{

// The local calendar day of a moment (UTC milliseconds) as a Julian day number: the day SQLite's
// date(…, 'unixepoch', 'localtime') names.
qint64 localDay(qint64 ms);

// A local day's figures as stored: a day's share of an amount in millionths of a cent, rounded as
// SQLite's ROUND() does, so that the writer and rebuild() count alike.
qint64 micro(double cents);

// What some orders add to (sign 1) or take from (sign −1) the rollup, summed before it is written.
class Delta
{
public:
    explicit Delta(qint64 connectionId);
    void add(const StoreIngest::Order& order, int sign);
    bool isEmpty() const { return m_lines.isEmpty() && m_days.isEmpty(); }
    bool takesOut() const { return m_takesOut; }

    struct LineKey
    {
        QString productRemoteId;
        QString variantRemoteId;
        QString sku;
        QString shopCurrency;
        QString name;
        bool operator==(const LineKey&) const = default;
    };
    struct LineSums
    {
        qint64 units = 0;
        qint64 netMicro = 0;
        qint64 refundMicro = 0;
    };
    struct DaySums
    {
        qint64 revenueCents = 0;
        qint64 orders = 0;
        qint64 units = 0;
        qint64 refundCents = 0;
    };
    qint64 connectionId() const { return m_connectionId; }
    // Per key, per day.
    const QHash<LineKey, QHash<qint64, LineSums>>& lines() const { return m_lines; }
    // Per shop currency, per day.
    const QHash<QString, QHash<qint64, DaySums>>& days() const { return m_days; }

private:
    qint64 m_connectionId;
    bool m_takesOut = false;
    QHash<LineKey, QHash<qint64, LineSums>> m_lines;
    QHash<QString, QHash<qint64, DaySums>> m_days;
};

size_t qHash(const Delta::LineKey& key, size_t seed = 0) noexcept;

// Writes deltas on one connection, inside the caller's transaction. Remembers the ids of the keys it
// has used; after a transaction that added keys was rolled back it finds them again.
class Writer
{
public:
    explicit Writer(const QSqlDatabase& db);
    void write(const Delta& delta);

private:
    // The ids of keys (ids->at(i) for keys.at(i)), added where new.
    void resolve(qint64 connectionId, const QList<const Delta::LineKey*>& keys, QList<qint64>* ids);
    static QString cacheKey(qint64 connectionId, const Delta::LineKey& key);

    QSqlDatabase m_db;
    Sql::Prepared m_day;
    QHash<QString, qint64> m_keys;
    std::optional<std::pair<qint64, QString>> m_lastAdded; // the last key this writer added, and its cache key
    bool m_zoneChecked = false;
};

// Counts the rollup again from the orders (the statements of schema 13's backfill), in the caller's
// transaction, and notes the time zone it was counted in. Throws SqlError.
void rebuild(const QSqlDatabase& db);
// Before reading: counts again when the rollup was counted in another time zone than this
// computer's now (its own write transaction). Throws SqlError.
void ensureCurrent(const QSqlDatabase& db);

} // namespace SalesRollup
