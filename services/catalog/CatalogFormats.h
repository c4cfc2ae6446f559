#pragma once

#include "CatalogImport.h"
#include "core/CsvReader.h"

#include <QSet>

#include <functional>

// The two export formats CatalogImport reads (internal to the catalog). Each reads the rows once,
// as they come, keeping only what it uses of them.
namespace CatalogImport
{
// The rows after the header; returns false at the end.
using NextRow = std::function<bool(Csv::Record*)>;

// Where a format reader puts each product as soon as it is complete: it is checked (a product the
// facts cannot stand on, or a SKU or handle the file already had, is refused with the reason) and
// packed into the preview, so the reader never holds more than the products still open.
class ProductSink
{
public:
    explicit ProductSink(Preview* preview);
    void add(const ProductFacts& facts, int line, int rows);

private:
    Preview* m_preview;
    QSet<QString> m_skus;
    QSet<QString> m_handles;
};

bool looksLikeShopify(const QStringList& header);
bool looksLikeWooCommerce(const QStringList& header);
Preview readShopify(const QStringList& header, const NextRow& next, const Options& options);
Preview readWooCommerce(const QStringList& header, const NextRow& next, const Options& options);
// "Size" option/attribute names in the languages shops use.
bool isSizeName(const QString& name);
bool isColourName(const QString& name);
bool isMaterialName(const QString& name);
// A value as a message quotes it: long values are cut ("…, 10,000 characters").
QString quoted(const QString& value);
} // namespace CatalogImport
