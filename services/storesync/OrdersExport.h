#pragma once

#include "StoreIngest.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <optional>

// A Shopify orders export (Orders > Export, CSV) read into the workspace's orders, for a shop whose
// store is not connected. The export has one row per line item; the order's own fields (status,
// currency, totals, addresses) are on its first row only, and every row carries the order's Name
// ("#1001"). Orders are written through StoreIngest::Writer under source "shopify-csv" without a
// connection, keyed by Shopify's order id, so importing the same file twice changes nothing and a
// later export (a refund since) updates the orders it holds.
//
// Nothing the owner can fix is dropped silently: an order with an amount or a date that cannot be
// read is skipped and named with its line; the rest of the file is imported.
namespace OrdersExport
{

inline constexpr QLatin1StringView kSource{"shopify-csv"};

struct Issue
{
    int line = 0;   // the row it is about
    QString order;  // the order's Name, when known
    QString reason; // what is wrong, as the owner reads it
};

// done of total (bytes read, orders written); returns false to stop.
using Progress = std::function<bool(qint64 done, qint64 total)>;

struct Parsed
{
    QString fatal; // nothing can be imported (not an orders export, missing columns, not text)
    int rows = 0;  // data rows read
    QList<StoreIngest::Order> orders;
    QList<Issue> issues; // orders skipped and rows not read, by line
    QStringList warnings;
    int cutOffLine = 0; // the file ends inside a quoted field starting on this line (0: it does not)
    bool cancelled = false;
};

// Shopify's "Created at" ("2024-03-05 14:22:10 +0100"; ISO 8601 accepted too) in UTC milliseconds.
std::optional<qint64> exportTime(const QString& text);

Parsed read(const QByteArray& bytes, const Progress& progress = {});
Parsed readFile(const QString& path, const Progress& progress = {});

struct Written
{
    int orders = 0;  // written (new or updated)
    int created = 0; // of which were not in the workspace yet
    bool cancelled = false;
};
// Writes the orders in transactions of batchSize; throws SqlError (the batch being written is rolled
// back, the ones before it stay, and importing again completes it).
Written write(const QSqlDatabase& db, const QList<StoreIngest::Order>& orders, qint64 now,
    const Progress& progress = {}, int batchSize = 500);

// "Imported 1,204 orders (3 skipped: …)", for the result message.
QString summary(const Parsed& parsed, const Written& written);

} // namespace OrdersExport
