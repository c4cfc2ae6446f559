#include "ContentSpec.h"

#include "core/Json.h"
#include "llm/JsonSchema.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ContentSpec
{

namespace
{

using JsonSchema::arr;
using JsonSchema::obj;
using JsonSchema::str;

QList<Piece> build()
{
    QList<Piece> out;
    out.append({u"description"_s, u"copy"_s, false,
        obj({{u"headline"_s, str(90, 10)}, {u"body"_s, str(7200, 3400)}, {u"bullets"_s, arr(str(140, 5), 3, 6)}}), 500,
        1000, u"body"_s});
    out.append({u"seo"_s, u"seo"_s, false,
        obj({{u"seo_title"_s, str(60, 10)}, {u"meta_description"_s, str(160, 70)}, {u"slug"_s, str(80, 3)}}), 0, 0,
        {}});
    out.append({u"tags"_s, u"seo"_s, false, obj({{u"tags"_s, arr(str(40, 2), 10, 20)}}), 0, 0, {}});
    out.append({u"size_guide"_s, u"copy"_s, true,
        obj({{u"sizes"_s, arr(obj({{u"size"_s, str(20, 1)}, {u"fit"_s, str(160, 5)}}), 1, 12)},
            {u"advice"_s, str(400, 20)}}),
        0, 0, {}});
    out.append({u"care"_s, u"copy"_s, false,
        obj({{u"instructions"_s, arr(str(200, 5), 3, 10)}, {u"warnings"_s, arr(str(200, 5), 0, 5)}}), 0, 0, {}});
    out.append({u"faq"_s, u"copy"_s, false,
        obj({{u"items"_s, arr(obj({{u"question"_s, str(160, 8)}, {u"answer"_s, str(700, 20)}}), 5, 10)}}), 0, 0, {}});
    out.append({u"social"_s, u"social"_s, false,
        obj({{u"instagram"_s, obj({{u"caption"_s, str(2200, 20)}, {u"hashtags"_s, arr(str(40, 2), 3, 30)}})},
            {u"x"_s, obj({{u"post"_s, str(280, 20)}})}, {u"facebook"_s, obj({{u"post"_s, str(2000, 20)}})},
            {u"pinterest"_s, obj({{u"description"_s, str(500, 20)}})},
            {u"tiktok"_s, obj({{u"caption"_s, str(2200, 20)}})}, {u"linkedin"_s, obj({{u"post"_s, str(3000, 20)}})}}),
        0, 0, {}});
    out.append({u"email"_s, u"email"_s, false,
        obj({{u"subject"_s, str(78, 5)}, {u"preheader"_s, str(120, 10)}, {u"body"_s, str(3000, 400)}}), 0, 0,
        u"body"_s});
    out.append({u"blog"_s, u"blog"_s, false,
        obj({{u"title"_s, str(90, 10)}, {u"excerpt"_s, str(300, 40)}, {u"body"_s, str(9000, 3000)}}), 400, 1500,
        u"body"_s});
    return out;
}

} // namespace

const QList<Piece>& pieces()
{
    static const QList<Piece> list = build();
    return list;
}

const Piece* find(const QString& kind)
{
    for (const Piece& p : pieces()) {
        if (p.kind == kind)
            return &p;
    }
    return nullptr;
}

QStringList kinds()
{
    QStringList out;
    for (const Piece& p : pieces())
        out.append(p.kind);
    return out;
}

bool isApparel(const QString& category)
{
    const QString c = category.toLower();
    return c.contains(u"apparel"_s) || c.contains(u"clothing"_s) || c.contains(u"fashion"_s) || c.contains(u"kleding"_s)
        || c.contains(u"shoes"_s);
}

bool needsSizeGuide(const QString& category, const QJsonObject& attributes)
{
    const QJsonValue sizes = attributes.value(u"sizes"_s);
    const bool hasSizes = sizes.isArray() ? !sizes.toArray().isEmpty() : !sizes.toString().trimmed().isEmpty();
    return isApparel(category) || isApparel(attributes.value(u"taxonomy"_s).toString()) || hasSizes;
}

QList<Piece> forProduct(const QString& category, const QJsonObject& attributes)
{
    const bool sizeGuide = needsSizeGuide(category, attributes);
    QList<Piece> out;
    for (const Piece& p : pieces()) {
        if (!p.apparelOnly || sizeGuide)
            out.append(p);
    }
    return out;
}

QString displayName(const QString& kind)
{
    if (kind == u"description")
        return QCoreApplication::translate("ContentSpec", "Long description");
    if (kind == u"seo")
        return QCoreApplication::translate("ContentSpec", "SEO title and meta");
    if (kind == u"tags")
        return QCoreApplication::translate("ContentSpec", "Tags");
    if (kind == u"size_guide")
        return QCoreApplication::translate("ContentSpec", "Size guide");
    if (kind == u"care")
        return QCoreApplication::translate("ContentSpec", "Care instructions");
    if (kind == u"faq")
        return QCoreApplication::translate("ContentSpec", "FAQ");
    if (kind == u"social")
        return QCoreApplication::translate("ContentSpec", "Social captions");
    if (kind == u"email")
        return QCoreApplication::translate("ContentSpec", "Email announcement");
    if (kind == u"blog")
        return QCoreApplication::translate("ContentSpec", "Blog post draft");
    return kind;
}

QString promptName(const QString& kind)
{
    static const QHash<QString, QString> names{{u"description"_s, u"long product description"_s},
        {u"seo"_s, u"SEO title and meta description"_s}, {u"tags"_s, u"product tags"_s},
        {u"size_guide"_s, u"size guide"_s}, {u"care"_s, u"care instructions"_s}, {u"faq"_s, u"FAQ"_s},
        {u"social"_s, u"social media captions"_s}, {u"email"_s, u"announcement email"_s},
        {u"blog"_s, u"blog post draft"_s}};
    return names.value(kind, kind);
}

QStringList scoreNames()
{
    return {u"quality"_s, u"seo"_s, u"brand_voice"_s, u"factual_accuracy"_s, u"compliance"_s};
}

QString scoreDisplayName(const QString& score)
{
    if (score == u"quality")
        return QCoreApplication::translate("ContentSpec", "Quality");
    if (score == u"seo")
        return QCoreApplication::translate("ContentSpec", "SEO");
    if (score == u"brand_voice")
        return QCoreApplication::translate("ContentSpec", "Brand voice");
    if (score == u"factual_accuracy")
        return QCoreApplication::translate("ContentSpec", "Factual accuracy");
    if (score == u"compliance")
        return QCoreApplication::translate("ContentSpec", "Compliance");
    return score;
}

QJsonObject reviewSchema()
{
    QList<std::pair<QString, QJsonObject>> scores;
    for (const QString& s : scoreNames())
        scores.append({s, QJsonObject{{u"type"_s, u"integer"_s}, {u"minimum"_s, 0}, {u"maximum"_s, 100}}});
    const QJsonObject problem = obj(
        {{u"severity"_s,
             QJsonObject{{u"type"_s, u"string"_s}, {u"enum"_s, QJsonArray{u"minor"_s, u"major"_s, u"critical"_s}}}},
            {u"where"_s, str(120)}, {u"issue"_s, str(400, 3)}, {u"fix"_s, str(400)}});
    return obj({{u"scores"_s, obj(scores)}, {u"problems"_s, arr(problem, 0, 10)}, {u"summary"_s, str(400, 5)}});
}

QJsonObject agreementSchema()
{
    return obj({{u"agree"_s, QJsonObject{{u"type"_s, u"boolean"_s}}}, {u"reason"_s, str(400, 3)}});
}

const QList<PlatformLimit>& platformLimits()
{
    static const QList<PlatformLimit> list{{u"instagram"_s, u"caption"_s, 2200, 30}, {u"x"_s, u"post"_s, 280, -1},
        {u"facebook"_s, u"post"_s, 2000, -1}, {u"pinterest"_s, u"description"_s, 500, -1},
        {u"tiktok"_s, u"caption"_s, 2200, -1}, {u"linkedin"_s, u"post"_s, 3000, -1}};
    return list;
}

namespace
{
void collect(const QJsonValue& v, const QString& path, QList<std::pair<QString, QString>>* out)
{
    if (v.isString()) {
        out->append({path, v.toString()});
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            collect(a.at(i), path + u'[' + QString::number(i) + u']', out);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            collect(it.value(), path + u'.' + it.key(), out);
    }
}
} // namespace

QList<std::pair<QString, QString>> strings(const QJsonObject& body)
{
    QList<std::pair<QString, QString>> out;
    collect(body, u"$"_s, &out);
    return out;
}

QString render(const QString& kind, const QJsonObject& b)
{
    QStringList lines;
    const auto list = [](const QJsonArray& a, const QString& bullet) {
        QStringList out;
        for (const QJsonValue& v : a)
            out.append(bullet + v.toString());
        return out.join(u'\n');
    };
    if (kind == u"description") {
        lines << b.value(u"headline"_s).toString() << QString() << b.value(u"body"_s).toString() << QString()
              << list(b.value(u"bullets"_s).toArray(), u"• "_s);
    } else if (kind == u"seo") {
        lines << b.value(u"seo_title"_s).toString() << b.value(u"meta_description"_s).toString()
              << u"/"_s + b.value(u"slug"_s).toString();
    } else if (kind == u"tags") {
        lines << Json::toStringList(b.value(u"tags"_s).toArray()).join(u", "_s);
    } else if (kind == u"size_guide") {
        for (const QJsonValue& v : b.value(u"sizes"_s).toArray())
            lines << v.toObject().value(u"size"_s).toString() + u": "_s + v.toObject().value(u"fit"_s).toString();
        lines << QString() << b.value(u"advice"_s).toString();
    } else if (kind == u"care") {
        lines << list(b.value(u"instructions"_s).toArray(), u"• "_s);
        if (!b.value(u"warnings"_s).toArray().isEmpty())
            lines << QString() << list(b.value(u"warnings"_s).toArray(), u"! "_s);
    } else if (kind == u"faq") {
        for (const QJsonValue& v : b.value(u"items"_s).toArray())
            lines << u"Q: "_s + v.toObject().value(u"question"_s).toString()
                  << u"A: "_s + v.toObject().value(u"answer"_s).toString() << QString();
    } else if (kind == u"social") {
        for (const PlatformLimit& p : platformLimits()) {
            const QJsonObject o = b.value(p.key).toObject();
            QString text = o.value(p.field).toString();
            if (o.contains(u"hashtags"_s))
                text += u"\n"_s + Json::toStringList(o.value(u"hashtags"_s).toArray()).join(u' ');
            lines << u"[%1]"_s.arg(p.key) << text << QString();
        }
    } else if (kind == u"email" || kind == u"blog") {
        const QString title = b.value(kind == u"email" ? u"subject"_s : u"title"_s).toString();
        const QString second = b.value(kind == u"email" ? u"preheader"_s : u"excerpt"_s).toString();
        lines << title << second << QString() << b.value(u"body"_s).toString();
    } else {
        lines << Json::compact(b);
    }
    return lines.join(u'\n').trimmed();
}

} // namespace ContentSpec
