#include "SiteSpec.h"

#include "core/HtmlText.h"
#include "core/Json.h"
#include "llm/JsonSchema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using JsonSchema::arr;
using JsonSchema::integer;
using JsonSchema::obj;
using JsonSchema::oneOf;
using JsonSchema::str;

namespace SiteSpec
{

QStringList stages()
{
    return {QString(Brief), QString(Concept), QString(Design)};
}

bool isSection(const QString& kind)
{
    return kind.startsWith(SectionPrefix);
}

QString sectionKind(const QString& key)
{
    return QString(SectionPrefix) + key;
}

QString sectionKey(const QString& kind)
{
    return isSection(kind) ? kind.mid(SectionPrefix.size()) : QString();
}

QStringList sectionKeys()
{
    return {u"hero"_s, u"products"_s, u"benefits"_s, u"details"_s, u"reviews"_s, u"faq"_s, u"cta"_s};
}

QString sectionName(const QString& key)
{
    if (key == u"hero")
        return QCoreApplication::translate("SiteSpec", "Opening");
    if (key == u"products")
        return QCoreApplication::translate("SiteSpec", "Products");
    if (key == u"benefits")
        return QCoreApplication::translate("SiteSpec", "Benefits");
    if (key == u"details")
        return QCoreApplication::translate("SiteSpec", "Details");
    if (key == u"reviews")
        return QCoreApplication::translate("SiteSpec", "Reviews");
    if (key == u"faq")
        return QCoreApplication::translate("SiteSpec", "Questions");
    if (key == u"cta")
        return QCoreApplication::translate("SiteSpec", "Call to action");
    return key;
}

QStringList colourRoles()
{
    return {u"background"_s, u"surface"_s, u"text"_s, u"muted"_s, u"primary"_s, u"on_primary"_s, u"accent"_s};
}

QStringList requiredRoles()
{
    return {u"background"_s, u"text"_s, u"primary"_s, u"on_primary"_s};
}

QStringList genericFamilies()
{
    return {u"serif"_s, u"sans-serif"_s, u"monospace"_s, u"system-ui"_s, u"cursive"_s};
}

QStringList availableFonts()
{
    return {u"Georgia"_s, u"Times New Roman"_s, u"Arial"_s, u"Helvetica"_s, u"Verdana"_s, u"Tahoma"_s,
        u"Trebuchet MS"_s, u"Courier New"_s, u"DejaVu Sans"_s, u"DejaVu Serif"_s, u"Liberation Sans"_s,
        u"Liberation Serif"_s, u"Noto Sans"_s, u"Noto Serif"_s, u"system-ui"_s};
}

QJsonObject schema(const QString& kind)
{
    if (kind == Brief)
        return obj(
            {{u"audience"_s, str(300, 20)}, {u"single_job"_s, str(200, 10)}, {u"needs"_s, arr(str(200, 5), 2, 5)},
                {u"proof_points"_s,
                    arr(obj({{u"point"_s, str(200, 5)}, {u"source"_s, oneOf({u"facts"_s, u"reviews"_s, u"brand"_s})}}),
                        1, 6)}});
    if (kind == Concept)
        return obj({{u"positioning"_s, str(300, 20)}, {u"vibe"_s, str(90, 5)}, {u"headlines"_s, arr(str(90, 5), 2, 4)},
            {u"sections"_s, arr(obj({{u"key"_s, oneOf(sectionKeys())}, {u"purpose"_s, str(200, 5)}}), 3, 6)}});
    if (kind == Design)
        return obj(
            {{u"colours"_s,
                 arr(obj({{u"name"_s, str(40, 2)}, {u"hex"_s, str(7, 7)}, {u"role"_s, oneOf(colourRoles())}}), 4, 6)},
                {u"type"_s,
                    obj({{u"display"_s, obj({{u"family"_s, str(60, 2)}, {u"fallback"_s, str(30, 4)}})},
                        {u"body"_s, obj({{u"family"_s, str(60, 2)}, {u"fallback"_s, str(30, 4)}})}})},
                {u"spacing"_s, integer(4, 32)}, {u"radius"_s, integer(0, 24)}, {u"imagery"_s, str(300, 10)},
                {u"signature"_s, str(200, 10)},
                {u"pairs"_s,
                    arr(obj({{u"text"_s, oneOf(colourRoles())}, {u"background"_s, oneOf(colourRoles())}}), 1, 8)}});
    if (isSection(kind))
        return obj({{u"html"_s, str(20000, 40)}});
    return {};
}

QString displayName(const QString& kind)
{
    if (kind == Brief)
        return QCoreApplication::translate("SiteSpec", "Brief (analyst)");
    if (kind == Concept)
        return QCoreApplication::translate("SiteSpec", "Concept");
    if (kind == Design)
        return QCoreApplication::translate("SiteSpec", "Design tokens (art director)");
    if (isSection(kind))
        return QCoreApplication::translate("SiteSpec", "Section: %1").arg(sectionName(sectionKey(kind)));
    return kind;
}

QString promptName(const QString& kind)
{
    if (kind == Brief)
        return u"analyst's brief for a landing page"_s;
    if (kind == Concept)
        return u"landing page concept"_s;
    if (kind == Design)
        return u"landing page design tokens"_s;
    return u"landing page section \"%1\""_s.arg(sectionKey(kind));
}

QString promptTemplate(const QString& kind)
{
    return u"site."_s + (isSection(kind) ? u"section"_s : kind);
}

QString render(const QString& kind, const QJsonObject& b)
{
    QStringList lines;
    const auto list = [&](const QString& key, const QString& bullet) {
        for (const QJsonValue& v : b.value(key).toArray())
            lines << bullet + v.toString();
    };
    if (kind == Brief) {
        lines << u"Audience: "_s + b.value(u"audience"_s).toString()
              << u"The page's one job: "_s + b.value(u"single_job"_s).toString() << u"Needs:"_s;
        list(u"needs"_s, u"- "_s);
        lines << u"Proof points:"_s;
        for (const QJsonValue& v : b.value(u"proof_points"_s).toArray())
            lines << u"- %1 (source: %2)"_s.arg(
                v.toObject().value(u"point"_s).toString(), v.toObject().value(u"source"_s).toString());
    } else if (kind == Concept) {
        lines << u"Positioning: "_s + b.value(u"positioning"_s).toString()
              << u"Vibe: "_s + b.value(u"vibe"_s).toString() << u"Headlines:"_s;
        list(u"headlines"_s, u"- "_s);
        lines << u"Sections:"_s;
        for (const QJsonValue& v : b.value(u"sections"_s).toArray())
            lines << u"- %1: %2"_s.arg(
                v.toObject().value(u"key"_s).toString(), v.toObject().value(u"purpose"_s).toString());
    } else if (kind == Design) {
        for (const QJsonValue& v : b.value(u"colours"_s).toArray()) {
            const QJsonObject c = v.toObject();
            lines << u"%1 %2 (%3)"_s.arg(
                c.value(u"name"_s).toString(), c.value(u"hex"_s).toString(), c.value(u"role"_s).toString());
        }
        const QJsonObject type = b.value(u"type"_s).toObject();
        for (const QString& role : {u"display"_s, u"body"_s})
            lines << u"%1 type: %2, %3"_s.arg(role, type.value(role).toObject().value(u"family"_s).toString(),
                type.value(role).toObject().value(u"fallback"_s).toString());
        lines << u"Spacing unit %1 px, radius %2 px"_s.arg(b.value(u"spacing"_s).toInt())
                     .arg(b.value(u"radius"_s).toInt())
              << u"Imagery: "_s + b.value(u"imagery"_s).toString()
              << u"Signature: "_s + b.value(u"signature"_s).toString();
    } else if (isSection(kind)) {
        // The reviewer reads the words and the outline; Quorum's checks read the markup.
        const QString html = b.value(u"html"_s).toString();
        static const QRegularExpression heading(u"<h([1-6])[^>]*>(.*?)</h\\1>"_s,
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
        QStringList outline;
        for (auto it = heading.globalMatch(html); it.hasNext();) {
            const auto m = it.next();
            outline << u"h%1 %2"_s.arg(m.captured(1), HtmlText::plain(m.captured(2)));
        }
        lines << u"Outline: "_s + outline.join(u"; "_s) << u"Text: "_s + HtmlText::plain(html);
    } else {
        lines << Json::compact(b);
    }
    return lines.join(u'\n');
}

} // namespace SiteSpec
