#pragma once

#include "pipeline/ProductFacts.h"

#include <QJsonObject>
#include <QSqlDatabase>

#include <optional>

// schema.org Product JSON-LD for the pages Quorum publishes (the landing page, the blog post): the
// product's name, description, brand, images and one Offer per variant with its price, currency,
// availability and SKU, and the aggregate rating where the store has reviews. Search engines read
// it for rich results; only facts go in, never a model's claims.
namespace StructuredData
{

struct Rating
{
    double average = 0;
    int count = 0;
};

QJsonObject product(const ProductFacts& facts, const QString& name, const QString& description, const QString& url,
    const std::optional<Rating>& rating);
// The product's reviews as synced from its store (WooCommerce), or nothing when it has none.
std::optional<Rating> rating(const QSqlDatabase& db, const ProductFacts& facts);
// <script type="application/ld+json">…</script>, safe inside HTML: "<" is written as \u003c, so a
// name with "</script>" in it cannot end the element.
QString scriptTag(const QJsonObject& jsonLd);

} // namespace StructuredData
