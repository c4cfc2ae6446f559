#include "PublishPayloads.h"

#include "core/Json.h"
#include "core/Money.h"
#include "pipeline/ContentStore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace PublishPayloads
{

Content load(const QSqlDatabase& db, qint64 productId)
{
    Content c;
    for (const ContentStore::Piece& piece : ContentStore::pieces(db, productId)) {
        if (piece.acceptedVersionId <= 0)
            continue;
        const auto version = ContentStore::version(db, piece.acceptedVersionId);
        if (!version)
            continue;
        const QJsonObject body = version->json();
        if (piece.kind == u"description")
            c.description = body;
        else if (piece.kind == u"seo")
            c.seo = body;
        else if (piece.kind == u"tags")
            c.tags = Json::toStringList(body.value(u"tags"_s).toArray());
        else if (piece.kind == u"care")
            c.care = body;
        else if (piece.kind == u"faq")
            c.faq = body;
        else if (piece.kind == u"size_guide")
            c.sizeGuide = body;
        else if (piece.kind == u"blog")
            c.blog = body;
    }
    return c;
}

QString slugify(const QString& text)
{
    QString s = text.normalized(QString::NormalizationForm_KD).toLower();
    s.remove(QRegularExpression(u"[\\x{0300}-\\x{036f}]"_s)); // accents
    s.replace(QRegularExpression(u"[^a-z0-9]+"_s), u"-"_s);
    s.remove(QRegularExpression(u"^-+|-+$"_s));
    return s.left(80);
}

QString sku(const ProductFacts& facts)
{
    const QString own = facts.sku.trimmed();
    return own.isEmpty() ? u"QRM-%1"_s.arg(facts.id) : own;
}

QString productSlug(const ProductFacts& facts, const Content& content)
{
    QString slug = slugify(content.seo.value(u"slug"_s).toString());
    if (slug.isEmpty())
        slug = slugify(facts.handle);
    if (slug.isEmpty())
        slug = slugify(facts.name);
    return slug.isEmpty() ? slugify(sku(facts)) : slug;
}

QString blogSlug(const ProductFacts& facts)
{
    return slugify(sku(facts) + u"-"_s + facts.name) + u"-story"_s;
}

QString mediaSlug(const ProductFacts& facts, int index)
{
    return slugify(sku(facts)) + u"-image-"_s + QString::number(index + 1);
}

namespace
{
QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString paragraphs(const QString& text)
{
    QString html;
    for (const QString& p : text.split(QRegularExpression(u"\\n\\s*\\n"_s), Qt::SkipEmptyParts))
        html += u"<p>"_s + esc(p.trimmed()).replace(u'\n', u"<br>"_s) + u"</p>\n"_s;
    return html;
}

QString list(const QJsonArray& items)
{
    if (items.isEmpty())
        return {};
    QString html = u"<ul>\n"_s;
    for (const QJsonValue& v : items)
        html += u"<li>"_s + esc(v.toString()) + u"</li>\n"_s;
    return html + u"</ul>\n"_s;
}
} // namespace

QString descriptionHtml(const Content& content)
{
    QString html = paragraphs(content.description.value(u"body"_s).toString());
    html += list(content.description.value(u"bullets"_s).toArray());
    if (!content.care.isEmpty()) {
        html += u"<h3>Care</h3>\n"_s + list(content.care.value(u"instructions"_s).toArray());
        html += list(content.care.value(u"warnings"_s).toArray());
    }
    if (!content.sizeGuide.isEmpty()) {
        html += u"<h3>Size guide</h3>\n<table>\n"_s;
        for (const QJsonValue& v : content.sizeGuide.value(u"sizes"_s).toArray())
            html += u"<tr><th>%1</th><td>%2</td></tr>\n"_s.arg(
                esc(v.toObject().value(u"size"_s).toString()), esc(v.toObject().value(u"fit"_s).toString()));
        html += u"</table>\n"_s + paragraphs(content.sizeGuide.value(u"advice"_s).toString());
    }
    const QJsonArray faq = content.faq.value(u"items"_s).toArray();
    if (!faq.isEmpty()) {
        html += u"<h3>FAQ</h3>\n"_s;
        for (const QJsonValue& v : faq)
            html += u"<h4>%1</h4>\n"_s.arg(esc(v.toObject().value(u"question"_s).toString()))
                + paragraphs(v.toObject().value(u"answer"_s).toString());
    }
    return html;
}

QJsonObject shopifyFields(const ProductFacts& facts, const Content& content);

QJsonObject wooProduct(
    const ProductFacts& facts, const Content& content, qint64 categoryId, const QList<qint64>& mediaIds)
{
    QJsonArray tags;
    for (const QString& t : content.tags)
        tags.append(QJsonObject{{u"name"_s, t}});
    QJsonArray images;
    for (qint64 id : mediaIds)
        images.append(QJsonObject{{u"id"_s, id}});
    QJsonObject p{{u"name"_s, content.description.value(u"headline"_s).toString(facts.name)}, {u"type"_s, u"simple"_s},
        {u"status"_s, u"publish"_s}, {u"sku"_s, sku(facts)}, {u"slug"_s, productSlug(facts, content)},
        {u"regular_price"_s, Money::toDecimalString(facts.priceCents)}, {u"description"_s, descriptionHtml(content)},
        {u"short_description"_s, esc(content.seo.value(u"meta_description"_s).toString())}, {u"tags"_s, tags},
        {u"images"_s, images},
        // SEO plugins read these (Yoast keys; harmless where no plugin is installed).
        {u"meta_data"_s,
            QJsonArray{
                QJsonObject{{u"key"_s, u"_yoast_wpseo_title"_s}, {u"value"_s, content.seo.value(u"seo_title"_s)}},
                QJsonObject{
                    {u"key"_s, u"_yoast_wpseo_metadesc"_s}, {u"value"_s, content.seo.value(u"meta_description"_s)}}}}};
    if (categoryId > 0)
        p.insert(u"categories"_s, QJsonArray{QJsonObject{{u"id"_s, categoryId}}});
    return p;
}

QJsonObject shopifyProduct(const ProductFacts& facts, const Content& content)
{
    // Images that are already online (an import's addresses) are attached by URL; Shopify fetches them.
    QJsonArray files;
    for (const QString& image : facts.images) {
        if (image.startsWith(u"http://"_s) || image.startsWith(u"https://"_s))
            files.append(
                QJsonObject{{u"originalSource"_s, image}, {u"contentType"_s, u"IMAGE"_s}, {u"alt"_s, facts.name}});
    }
    QJsonObject input = shopifyFields(facts, content);
    if (!files.isEmpty())
        input.insert(u"files"_s, files);
    return input;
}

QJsonObject shopifyFields(const ProductFacts& facts, const Content& content)
{
    return QJsonObject{{u"title"_s, content.description.value(u"headline"_s).toString(facts.name)},
        {u"descriptionHtml"_s, descriptionHtml(content)}, {u"status"_s, u"ACTIVE"_s},
        {u"productType"_s, facts.category}, {u"tags"_s, Json::fromStringList(content.tags)},
        {u"seo"_s,
            QJsonObject{{u"title"_s, content.seo.value(u"seo_title"_s)},
                {u"description"_s, content.seo.value(u"meta_description"_s)}}},
        {u"productOptions"_s,
            QJsonArray{QJsonObject{
                {u"name"_s, u"Title"_s}, {u"values"_s, QJsonArray{QJsonObject{{u"name"_s, u"Default Title"_s}}}}}}},
        {u"variants"_s,
            QJsonArray{QJsonObject{
                {u"optionValues"_s,
                    QJsonArray{QJsonObject{{u"optionName"_s, u"Title"_s}, {u"name"_s, u"Default Title"_s}}}},
                {u"price"_s, Money::toDecimalString(facts.priceCents)}, {u"sku"_s, sku(facts)}}}}};
}

QJsonObject blogPost(const ProductFacts& facts, const Content& content)
{
    return QJsonObject{{u"title"_s, content.blog.value(u"title"_s).toString(facts.name)},
        {u"content"_s, paragraphs(content.blog.value(u"body"_s).toString())},
        {u"excerpt"_s, content.blog.value(u"excerpt"_s).toString()}, {u"slug"_s, blogSlug(facts)},
        {u"status"_s, u"publish"_s}};
}

QJsonObject landingPage(const QString& title, const QString& slug, const QString& html)
{
    return QJsonObject{{u"title"_s, title}, {u"content"_s, html}, {u"slug"_s, slug}, {u"status"_s, u"publish"_s}};
}

QString hash(const QJsonObject& payload)
{
    return QString::fromLatin1(QCryptographicHash::hash(Json::canonical(payload), QCryptographicHash::Sha256).toHex());
}

} // namespace PublishPayloads
