#include "PublishPayloads.h"

#include "core/HtmlText.h"
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
    const QString own = HtmlText::plain(facts.sku);
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
// Text a person, a model or a file wrote, in a field a platform shows as HTML.
QString esc(const QString& s)
{
    return HtmlText::escapedPlain(s);
}

// A model's writing as paragraphs: what it marked up is kept only as far as the allow-list goes.
QString paragraphs(const QString& text)
{
    static const QRegularExpression block(u"^<(p|ul|ol|h2|h3)>"_s);
    QString html;
    for (const QString& p : text.split(QRegularExpression(u"\\n\\s*\\n"_s), Qt::SkipEmptyParts)) {
        const QString inner = HtmlText::sanitise(p.trimmed()).trimmed().replace(u'\n', u"<br>"_s);
        if (inner.isEmpty())
            continue;
        // A paragraph the model marked up as a block of its own is not wrapped again.
        html += (block.match(inner).hasMatch() ? inner : QString(u"<p>"_s + inner + u"</p>"_s)) + u'\n';
    }
    return html;
}

QString list(const QJsonArray& items)
{
    QString html;
    for (const QJsonValue& v : items) {
        const QString item = HtmlText::sanitise(v.toString()).simplified();
        if (!item.isEmpty())
            html += u"<li>"_s + item + u"</li>\n"_s;
    }
    return html.isEmpty() ? QString() : u"<ul>\n"_s + html + u"</ul>\n"_s;
}

// Plain text fields; the empty ones (a tag that was nothing but markup) are left out.
QStringList plainList(const QStringList& items, bool escaped)
{
    QStringList out;
    for (const QString& item : items) {
        const QString text = escaped ? HtmlText::escapedPlain(item) : HtmlText::plain(item);
        if (!text.isEmpty())
            out.append(text);
    }
    return out;
}

QString plainOr(const QJsonValue& value, const QString& fallback)
{
    const QString text = HtmlText::plain(value.toString());
    return text.isEmpty() ? HtmlText::plain(fallback) : text;
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

QString wooCategory(const ProductFacts& facts)
{
    return HtmlText::escapedPlain(facts.category);
}

QJsonObject shopifyFields(const ProductFacts& facts, const Content& content);

QJsonObject wooProduct(
    const ProductFacts& facts, const Content& content, qint64 categoryId, const QList<qint64>& mediaIds)
{
    QJsonArray tags;
    for (const QString& t : plainList(content.tags, true))
        tags.append(QJsonObject{{u"name"_s, t}});
    QJsonArray images;
    for (qint64 id : mediaIds)
        images.append(QJsonObject{{u"id"_s, id}});
    // WordPress shows the name, the short description and tag names as HTML: plain text, escaped.
    QJsonObject p{{u"name"_s, HtmlText::escape(plainOr(content.description.value(u"headline"_s), facts.name))},
        {u"type"_s, u"simple"_s}, {u"status"_s, u"publish"_s}, {u"sku"_s, sku(facts)},
        {u"slug"_s, productSlug(facts, content)}, {u"regular_price"_s, Money::toDecimalString(facts.priceCents)},
        {u"description"_s, descriptionHtml(content)},
        {u"short_description"_s, esc(content.seo.value(u"meta_description"_s).toString())}, {u"tags"_s, tags},
        {u"images"_s, images},
        // SEO plugins read these (Yoast keys; harmless where no plugin is installed).
        {u"meta_data"_s,
            QJsonArray{QJsonObject{{u"key"_s, u"_yoast_wpseo_title"_s},
                           {u"value"_s, HtmlText::plain(content.seo.value(u"seo_title"_s).toString())}},
                QJsonObject{{u"key"_s, u"_yoast_wpseo_metadesc"_s},
                    {u"value"_s, HtmlText::plain(content.seo.value(u"meta_description"_s).toString())}}}}};
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
            files.append(QJsonObject{
                {u"originalSource"_s, image}, {u"contentType"_s, u"IMAGE"_s}, {u"alt"_s, HtmlText::plain(facts.name)}});
    }
    QJsonObject input = shopifyFields(facts, content);
    if (!files.isEmpty())
        input.insert(u"files"_s, files);
    return input;
}

QJsonObject shopifyFields(const ProductFacts& facts, const Content& content)
{
    // Shopify's plain fields get plain text; only descriptionHtml is HTML.
    return QJsonObject{{u"title"_s, plainOr(content.description.value(u"headline"_s), facts.name)},
        {u"descriptionHtml"_s, descriptionHtml(content)}, {u"status"_s, u"ACTIVE"_s},
        {u"productType"_s, HtmlText::plain(facts.category)},
        {u"tags"_s, Json::fromStringList(plainList(content.tags, false))},
        {u"seo"_s,
            QJsonObject{{u"title"_s, HtmlText::plain(content.seo.value(u"seo_title"_s).toString())},
                {u"description"_s, HtmlText::plain(content.seo.value(u"meta_description"_s).toString())}}},
        {u"productOptions"_s,
            QJsonArray{QJsonObject{
                {u"name"_s, u"Title"_s}, {u"values"_s, QJsonArray{QJsonObject{{u"name"_s, u"Default Title"_s}}}}}}},
        {u"variants"_s,
            QJsonArray{QJsonObject{
                {u"optionValues"_s,
                    QJsonArray{QJsonObject{{u"optionName"_s, u"Title"_s}, {u"name"_s, u"Default Title"_s}}}},
                {u"price"_s, Money::toDecimalString(facts.priceCents)}, {u"sku"_s, sku(facts)}}}}};
}

QJsonObject blogPost(const ProductFacts& facts, const Content& content, const QString& structuredData)
{
    QString text = paragraphs(content.blog.value(u"body"_s).toString());
    if (!structuredData.isEmpty())
        text += u'\n' + structuredData;
    // WordPress shows the title and the excerpt as HTML: plain text, escaped.
    return QJsonObject{{u"title"_s, HtmlText::escape(plainOr(content.blog.value(u"title"_s), facts.name))},
        {u"content"_s, text}, {u"excerpt"_s, esc(content.blog.value(u"excerpt"_s).toString())},
        {u"slug"_s, blogSlug(facts)}, {u"status"_s, u"publish"_s}};
}

QJsonObject landingPage(const QString& title, const QString& slug, const QString& html)
{
    // The page is Quorum's own markup (SiteRenderer escapes every value in it); the title is text.
    return QJsonObject{{u"title"_s, esc(title)}, {u"content"_s, html}, {u"slug"_s, slug}, {u"status"_s, u"publish"_s}};
}

QString hash(const QJsonObject& payload)
{
    return QString::fromLatin1(QCryptographicHash::hash(Json::canonical(payload), QCryptographicHash::Sha256).toHex());
}

} // namespace PublishPayloads
