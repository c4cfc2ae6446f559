#pragma once

#include "pipeline/ProductFacts.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>

#include <functional>

// Imports a store's product export: a Shopify product CSV (one product over several rows sharing its
// Handle: variants and extra images on continuation rows) or a WooCommerce product CSV (variable
// products with their variations; English or Dutch column names). read() builds a preview: the
// products it found, and every row it cannot use with its line number and the reason. match()
// compares the preview with the workspace (SKU, then handle), apply() writes it in batches.
// Importing the same file twice creates nothing the second time, and importing again after a cancel
// or a crash completes what was missing.
//
// Every step grows linearly with the file: rows are read once as a stream, matching reads the
// workspace's keys once, writing uses prepared statements in batched transactions.
namespace CatalogImport
{

enum class Format
{
    Unknown,
    Shopify,
    WooCommerce
};
QString formatName(Format format);

struct Issue
{
    int line = 0;
    int rows = 1; // the rows the issue covers (a product not imported covers all of its rows)
    QString reason;
    bool skipped = true; // false: imported, with a warning
};

enum class Action
{
    Create,
    Update,
    Unchanged
};

// One product of the file. Only its place in the file and its price are kept as fields; everything
// else is packed into one block, which the preview unpacks for the rows on screen and the writer
// for the product it writes. An export of 100,000 products is then 100,000 allocations, not a
// million: reading it, showing it and letting it go all stay quick.
struct Item
{
    int line = 0; // the product's first row
    int rows = 1; // its rows in the file (variants, images)
    Action action = Action::Create;
    qint64 existingId = 0;
    qint64 priceCents = 0;

    // What the preview lists.
    struct Summary
    {
        QString name;
        QString sku;
        QString handle;
        QString category;
        QString currency;
        QStringList sizes;
        QString material;
        int images = 0;
    };
    Summary summary() const;
    QString name() const { return summary().name; }
    // The keys it is matched by (SKU, then handle).
    std::pair<QString, QString> keys() const;

    ProductFacts facts() const;
    void setFacts(const ProductFacts& facts);

private:
    QByteArray m_packed;
};

struct Options
{
    QString currency = QStringLiteral("EUR"); // store exports carry no currency column
};

// done of total (bytes read, items matched or written); returns false to cancel.
using Progress = std::function<bool(qint64 done, qint64 total)>;

struct Preview
{
    Format format = Format::Unknown;
    QString fatal; // the file cannot be imported at all (or reading was cancelled)
    int rows = 0;  // data rows read
    QList<Item> items;
    QList<Issue> issues; // sorted by line
    QStringList warnings;
    // The file ends inside a quoted field: lines from cutOffLine to lastLine were not read.
    int cutOffLine = 0;
    int lastLine = 0;

    int count(Action action) const;
    // Rows that will not be imported: the sum of the rows of every skipped issue.
    int skippedRows() const;
    int skippedIssues() const;
    bool cutOff() const { return cutOffLine > 0; }
};

Preview read(const QByteArray& bytes, const Options& options, const Progress& progress = {});
Preview readFile(const QString& path, const Options& options, const Progress& progress = {});
// Marks each item new, to update or unchanged, by one pass over the workspace's keys.
void match(const QSqlDatabase& db, Preview* preview, const Progress& progress = {});

struct Result
{
    QList<qint64> created;
    QList<qint64> updated;
    int unchanged = 0;
    bool cancelled = false; // stopped between two batches: the batches before it are written
};
// Writes the preview's items in transactions of batchSize products: a cancel (progress returns
// false) or a crash leaves whole batches and never half a product, and a batch holds the write
// lock only for a few tens of milliseconds, so the window and the workers never wait long. Throws SqlError (the batch
// being written is rolled back; the ones before it stay).
Result apply(const QSqlDatabase& db, const Preview& preview, const QString& actor, qint64 now,
    const Progress& progress = {}, int batchSize = 500);

// Plain text from an HTML product body (paragraphs and list items become lines).
QString htmlToText(const QString& html);

} // namespace CatalogImport
