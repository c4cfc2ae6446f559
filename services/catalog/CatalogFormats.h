#pragma once

#include "CatalogImport.h"
#include "CsvReader.h"

// The two export formats CatalogImport reads (internal to the pipeline).
namespace CatalogImport
{
bool looksLikeShopify(const Csv::Document& csv);
bool looksLikeWooCommerce(const Csv::Document& csv);
Preview readShopify(const Csv::Document& csv, const Options& options);
Preview readWooCommerce(const Csv::Document& csv, const Options& options);
// "Size" option/attribute names in the languages shops use.
bool isSizeName(const QString& name);
bool isColourName(const QString& name);
bool isMaterialName(const QString& name);
} // namespace CatalogImport
