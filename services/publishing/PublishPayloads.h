#pragma once

#include "pipeline/ProductFacts.h"

#include <QJsonObject>
#include <QSqlDatabase>

// What a product looks like on each platform, built from its facts and its accepted content: the
// WooCommerce product, the Shopify productSet input, the WordPress blog post and landing page. Pure
// functions of their inputs, so a retry sends the same thing and the content hash says whether a
// published resource is already up to date. Slugs and handles are deterministic: they are how a
// retry finds what an earlier attempt created.
namespace PublishPayloads
{

struct Content
{
    QJsonObject description; // headline, body, bullets
    QJsonObject seo;         // seo_title, meta_description, slug
    QStringList tags;
    QJsonObject care;
    QJsonObject faq;
    QJsonObject sizeGuide;
    QJsonObject blog; // title, excerpt, body
    bool complete() const { return !description.isEmpty() && !seo.isEmpty(); }
};

// The accepted version of every piece.
Content load(const QSqlDatabase& db, qint64 productId);

QString slugify(const QString& text);
// The SKU a store knows the product by: its own, or a stable one from Quorum's id when it has none
// (the lookup that keeps publishing idempotent needs a key).
QString sku(const ProductFacts& facts);
// The product's handle / slug on every platform: the SEO slug, else the name; never empty.
QString productSlug(const ProductFacts& facts, const Content& content);
QString blogSlug(const ProductFacts& facts);
QString mediaSlug(const ProductFacts& facts, int index);
// The long description as HTML: body, bullets, care, size guide and FAQ.
QString descriptionHtml(const Content& content);

// The category as WooCommerce gets it: a term name, which WordPress shows as HTML (plain text,
// escaped; empty when there is none).
QString wooCategory(const ProductFacts& facts);

// Text a person, a model or a file wrote goes out as each field can hold it (README, "What leaves
// the machine"): plain text for names, SKUs, tags and SEO fields, escaped where the platform shows
// the field as HTML, and only the allow-list of HtmlText::sanitise in the long descriptions.
QJsonObject wooProduct(
    const ProductFacts& facts, const Content& content, qint64 categoryId, const QList<qint64>& mediaIds);
QJsonObject shopifyProduct(const ProductFacts& facts, const Content& content);
// structuredData: the product's JSON-LD script (StructuredData::scriptTag) put after the text, or "".
QJsonObject blogPost(const ProductFacts& facts, const Content& content, const QString& structuredData = {});
QJsonObject landingPage(const QString& title, const QString& slug, const QString& html);

// SHA-256 over the canonical JSON: equal payloads, equal hashes.
QString hash(const QJsonObject& payload);

} // namespace PublishPayloads
