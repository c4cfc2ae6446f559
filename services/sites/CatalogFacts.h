#pragma once

#include "SiteChecks.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// The facts of a page about more than one product: a collection (the shop's products of one category) or the
// whole shop. Its products become one set of facts the chain and the checks already read: each product (or each
// of its variants) is a variant named by its option "Product", with its own price and sale, so every price the
// page states must be one of theirs and a discount needs one of them on sale; their reviews are the only words
// it may quote, their images the only pictures it may show, their materials and numbers the only ones it may name.
namespace CatalogFacts
{

// The most products one page shows: the best sellers first (by units in the shop's orders), then by name.
inline constexpr int kMaxProducts = 12;
// The most variants the facts list (a product with many sizes is one line per size).
inline constexpr int kMaxVariants = 48;
// The option name every variant of a catalog's facts carries: the product it belongs to.
inline constexpr QLatin1StringView ProductOption{"Product"};

// The facts of the collection (a category's products) or, with an empty collection, of the whole shop; none
// when it has no products (archived ones are left out).
std::optional<SiteChecks::Facts> load(const QSqlDatabase& db, const QString& collection);

struct Collection
{
    QString name;
    int products = 0;
};
// The categories that have products a page could show, by name.
QList<Collection> collections(const QSqlDatabase& db);
// How many products a page of the collection (empty: the whole shop) could choose from.
int productCount(const QSqlDatabase& db, const QString& collection);

} // namespace CatalogFacts
