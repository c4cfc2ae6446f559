#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

// The owner's supplier list: who can supply which SKU, at what unit cost and lead time, with the
// defect (or return) rate and rating the owner keeps for them, and who the shop buys each SKU from today.
// Imported from a CSV; the Supplier vetting agent compares a new supplier with the current one.
namespace Suppliers
{

struct Quote
{
    int line = 0; // in the file; 0 when read from the workspace
    QString supplier;
    QString sku;
    qint64 unitCostCents = 0;
    QString currency; // empty: the workspace's
    int leadDays = 0;
    std::optional<double> defectPct; // 0–100
    std::optional<double> rating;    // 0–5
    QString country;
    std::optional<int> minOrderUnits;
    QString ref; // the supplier's id in the owner's books
    bool current = false;
};

struct ParsedList
{
    QList<Quote> rows;
    QStringList problems; // rows left out, by line
    QStringList warnings;
    QString error; // set: nothing can be imported
    // The optional columns the file has: a new list updates only these for the rows it repeats (a
    // price list without ratings keeps the ratings, one without "current" keeps who is current).
    QStringList optionalColumns; // defect_pct, rating, country, min_order_units, supplier_ref, current
};
// Columns: supplier, sku, unit cost, lead time (days); optional: currency, defect rate (%), rating (0–5),
// country, min order, supplier id, current (yes/no). Dutch and common English names are accepted.
ParsedList parse(const QByteArray& bytes);

struct Written
{
    int quotes = 0;
    int suppliers = 0;
    int unknownSkus = 0; // SKUs no product or variant of the workspace has (kept for when one does)
};
// Each (supplier, SKU) in the list replaces the cost, currency and lead time the workspace had for it, and
// the optional figures the list has columns for (inside the caller's transaction).
Written write(const QSqlDatabase& db, const ParsedList& list, const QString& workspaceCurrency, qint64 now);
QString summary(const ParsedList& list, const Written& written);

struct ListState
{
    int quotes = 0;
    int suppliers = 0;
    int skus = 0;
    int withoutCurrent = 0; // SKUs in the list that no supplier is marked current for
    qint64 importedAt = 0;  // the newest import
};
ListState listState(const QSqlDatabase& db);

// The whole list, by supplier and SKU. Throws SqlError.
QList<Quote> quotes(const QSqlDatabase& db);
// Marks the supplier current for the SKUs it quotes among `skus`; returns how many (inside the
// caller's transaction).
int makeCurrent(const QSqlDatabase& db, const QString& supplier, const QStringList& skus);

} // namespace Suppliers
