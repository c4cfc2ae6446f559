#pragma once

#include "pipeline/ProductFacts.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>

// Imports a store's product export: a Shopify product CSV (one product over several rows sharing its
// Handle: variants and extra images on continuation rows) or a WooCommerce product CSV (variable
// products with their variations; English or Dutch column names). read() builds a preview: the
// products it found, and every row it cannot use with its line number and the reason. match()
// compares the preview with the workspace (SKU, then handle), apply() writes it in one transaction.
// Importing the same file twice creates nothing the second time.
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
    QString reason;
    bool skipped = true; // false: imported, with a warning
};

enum class Action
{
    Create,
    Update,
    Unchanged
};

struct Item
{
    int line = 0; // the product's first row
    ProductFacts facts;
    Action action = Action::Create;
    qint64 existingId = 0;
};

struct Options
{
    QString currency = QStringLiteral("EUR"); // store exports carry no currency column
};

struct Preview
{
    Format format = Format::Unknown;
    QString fatal; // the file cannot be imported at all
    int rows = 0;  // data rows read
    QList<Item> items;
    QList<Issue> issues;
    QStringList warnings;

    int count(Action action) const;
    int skippedRows() const;
};

Preview read(const QByteArray& bytes, const Options& options);
Preview readFile(const QString& path, const Options& options);
void match(const QSqlDatabase& db, Preview* preview);

struct Result
{
    QList<qint64> created;
    QList<qint64> updated;
    int unchanged = 0;
};
// Writes the preview's items. Throws SqlError (nothing is written then).
Result apply(const QSqlDatabase& db, const Preview& preview, const QString& actor, qint64 now);

// Plain text from an HTML product body (paragraphs and list items become lines).
QString htmlToText(const QString& html);

} // namespace CatalogImport
