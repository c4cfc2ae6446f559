#include "SiteChecks.h"

#include "SiteSpec.h"
#include "core/HtmlText.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>
#include <QXmlStreamReader>

#include <cmath>

using namespace Qt::StringLiterals;

namespace SiteChecks
{

namespace
{

QString tr(const char* text)
{
    return QCoreApplication::translate("SiteChecks", text);
}

Problem problem(const QString& code, const QString& where, const QString& message, const QString& severity = u"major"_s)
{
    return Problem{code, severity, where, message};
}

// What a scan of markup found.
struct Markup
{
    QString error; // empty when it parsed
    qint64 errorLine = 0;
    QStringList roots;   // top-level element names
    QList<int> headings; // levels in document order
    QStringList forbidden;
    QStringList handlers;   // on* attributes
    QStringList attributes; // attributes outside the allow-list ("img srcset")
    QStringList hidden;     // comments, CDATA, processing instructions, DTDs: nothing a browser must not see
    QList<std::pair<QString, QString>> images; // src, alt
    QStringList links;
    QStringList quotes; // blockquote and q texts
    QString text;
};

// HTML as the writer gives it, made into XML the reader can check without guessing: void elements closed,
// the named character references a page uses written as numbers. Anything else that is not well formed is
// reported, with its line, for the writer to fix.
QString asXml(QString html)
{
    static const QRegularExpression voids(
        u"<(area|br|col|embed|hr|img|input|link|meta|source|track|wbr)\\b([^>]*?)\\s*/?>"_s,
        QRegularExpression::CaseInsensitiveOption);
    html.replace(voids, u"<\\1\\2/>"_s);
    static const QHash<QString, int> named{{u"nbsp"_s, 160}, {u"euro"_s, 8364}, {u"copy"_s, 169}, {u"reg"_s, 174},
        {u"mdash"_s, 8212}, {u"ndash"_s, 8211}, {u"hellip"_s, 8230}, {u"rsquo"_s, 8217}, {u"lsquo"_s, 8216},
        {u"ldquo"_s, 8220}, {u"rdquo"_s, 8221}, {u"times"_s, 215}, {u"middot"_s, 183}, {u"bull"_s, 8226},
        {u"deg"_s, 176}, {u"eacute"_s, 233}, {u"euml"_s, 235}, {u"iuml"_s, 239}, {u"ouml"_s, 246}};
    static const QRegularExpression entity(u"&([a-zA-Z]+);"_s);
    QString out;
    qsizetype last = 0;
    for (auto it = entity.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        const auto code = named.constFind(m.captured(1));
        if (code == named.cend())
            continue;
        out += QStringView(html).mid(last, m.capturedStart() - last);
        out += u"&#"_s + QString::number(*code) + u';';
        last = m.capturedEnd();
    }
    out += QStringView(html).mid(last);
    return out;
}

Markup scan(const QString& html)
{
    // A section is text and structure only: these elements and attributes, nothing that loads, runs or styles.
    static const QStringList kAllowed{u"section"_s, u"div"_s, u"h1"_s, u"h2"_s, u"h3"_s, u"h4"_s, u"p"_s, u"ul"_s,
        u"ol"_s, u"li"_s, u"a"_s, u"img"_s, u"strong"_s, u"em"_s, u"b"_s, u"i"_s, u"br"_s, u"span"_s, u"blockquote"_s,
        u"q"_s, u"cite"_s, u"figure"_s, u"figcaption"_s, u"small"_s, u"hr"_s, u"dl"_s, u"dt"_s, u"dd"_s, u"table"_s,
        u"thead"_s, u"tbody"_s, u"tr"_s, u"th"_s, u"td"_s, u"address"_s, u"time"_s};
    static const QStringList kAttributes{
        u"id"_s, u"class"_s, u"href"_s, u"src"_s, u"alt"_s, u"title"_s, u"lang"_s, u"width"_s, u"height"_s};
    Markup m;
    QXmlStreamReader xml(u"<root>"_s + asXml(html) + u"</root>"_s);
    int depth = 0;
    int quoteDepth = 0;
    QString quote;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            const QString name = xml.name().toString().toLower();
            if (depth == 2)
                m.roots.append(name);
            if (name.size() == 2 && name.at(0) == u'h' && name.at(1).isDigit())
                m.headings.append(name.at(1).digitValue());
            const bool wrapper = depth == 1; // the <root> the check wraps a section in
            if (!wrapper && !kAllowed.contains(name))
                m.forbidden.append(name);
            // A refused element is the problem; its attributes are not listed besides.
            for (const QXmlStreamAttribute& a :
                !wrapper && kAllowed.contains(name) ? xml.attributes() : QXmlStreamAttributes()) {
                const QString attr = a.qualifiedName().toString().toLower();
                if (attr.startsWith(u"on"_s))
                    m.handlers.append(attr);
                else if (!kAttributes.contains(attr) && !attr.startsWith(u"aria-"_s))
                    m.attributes.append(name + u' ' + attr);
                else if (attr == u"src" && name != u"img")
                    m.attributes.append(name + u' ' + attr);
            }
            if (name == u"img")
                m.images.append({xml.attributes().value(u"src"_s).toString().trimmed(),
                    xml.attributes().value(u"alt"_s).toString().trimmed()});
            if (name == u"a")
                m.links.append(xml.attributes().value(u"href"_s).toString().trimmed());
            if (name == u"blockquote" || name == u"q") {
                if (quoteDepth++ == 0)
                    quote.clear();
            }
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
            const QString name = xml.name().toString().toLower();
            if ((name == u"blockquote" || name == u"q") && --quoteDepth == 0)
                m.quotes.append(quote.simplified());
            m.text += u' ';
        } else if (token == QXmlStreamReader::Comment || token == QXmlStreamReader::ProcessingInstruction
            || token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference
            || (token == QXmlStreamReader::Characters && xml.isCDATA())) {
            m.hidden.append(xml.tokenString());
        } else if (token == QXmlStreamReader::Characters) {
            m.text += xml.text();
            if (quoteDepth > 0)
                quote += xml.text();
        }
    }
    if (xml.hasError()) {
        m.error = xml.errorString();
        m.errorLine = xml.lineNumber();
    }
    m.text = m.text.simplified();
    return m;
}

QString normalised(const QString& text)
{
    QString out;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber())
            out += c;
        else if (!out.isEmpty() && !out.endsWith(u' '))
            out += u' ';
    }
    return out.trimmed();
}

// Every number, price and material in a text the facts must support, and the brand's banned words.
QList<Problem> wordsAgree(const QString& where, const QString& text, const Facts& facts)
{
    const QJsonObject body{{where.mid(2), text}};
    QList<Problem> out = ContentChecks::checkPrices(body, facts.product);
    out += ContentChecks::checkNumbers(body, facts.product);
    out += ContentChecks::checkMaterials(body, facts.product);
    out += ContentChecks::checkBannedWords(body, facts.brand.bannedWords);
    return out;
}

bool onSale(const ProductFacts& p)
{
    for (const ProductVariant& v : p.variants) {
        if (v.salePriceCents || (v.compareAtCents && *v.compareAtCents > v.priceCents))
            return true;
    }
    return false;
}

// Discounts, ratings and testimonials: the claims a shop is liable for.
QList<Problem> claimsAgree(const QString& where, const Markup& m, const Facts& facts)
{
    QList<Problem> out;
    static const QRegularExpression discount(
        u"\\b\\d{1,2}\\s?%\\s*(off|korting|discount)|\\b(sale|korting|afgeprijsd|uitverkoop|reduced)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    const auto d = discount.match(m.text);
    if (d.hasMatch() && !onSale(facts.product))
        out.append(problem(u"discount"_s, where,
            tr("States a discount (“%1”) but the product is not on sale.").arg(d.captured(0)), u"critical"_s));
    static const QRegularExpression rating(
        u"\\b([0-5](?:[.,]\\d)?)\\s*(?:/\\s*5|out of 5|van de 5|stars?|sterren)\\b|★"_s,
        QRegularExpression::CaseInsensitiveOption);
    // Every rating stated, not only the first: a right one early on does not cover a wrong one later.
    for (auto it = rating.globalMatch(m.text); it.hasNext();) {
        const auto r = it.next();
        const std::optional<double> known = averageRating(facts);
        if (!known) {
            out.append(problem(u"rating"_s, where,
                tr("States a rating (“%1”) but the product has no reviews.").arg(r.captured(0)), u"critical"_s));
            break;
        }
        if (r.captured(1).isEmpty())
            continue;
        const double average = std::round(*known * 10.0) / 10.0;
        const double stated = QString(r.captured(1)).replace(u',', u'.').toDouble();
        const bool onesOwn = std::any_of(facts.ratings.cbegin(), facts.ratings.cend(),
            [stated](double own) { return std::abs(stated - std::round(own * 10.0) / 10.0) <= 0.05; });
        if (std::abs(stated - average) > 0.05 && !onesOwn) {
            out.append(problem(u"rating"_s, where,
                tr("States a rating of %1; the product's reviews average %2.")
                    .arg(r.captured(1), QString::number(average, 'f', 1)),
                u"critical"_s));
            break;
        }
    }
    for (const QString& quote : m.quotes) {
        const QString q = normalised(quote);
        const bool found = !q.isEmpty()
            && std::any_of(facts.reviews.cbegin(), facts.reviews.cend(),
                [&](const Review& rv) { return normalised(rv.body).contains(q); });
        if (!found)
            out.append(problem(u"testimonial"_s, where,
                tr("Quotes a customer (“%1”) in words no review of the product contains.").arg(quote.left(80)),
                u"critical"_s));
    }
    return out;
}

QList<Problem> markupProblems(const QString& where, const Markup& m)
{
    QList<Problem> out;
    if (!m.error.isEmpty()) {
        out.append(problem(u"html"_s, where,
            tr("The markup does not parse (line %1: %2). Close every element, quote every attribute value and "
               "write void elements as <br/>.")
                .arg(m.errorLine)
                .arg(m.error)));
        return out;
    }
    for (const QString& tag : std::as_const(m.forbidden))
        out.append(problem(u"markup"_s, where,
            tr("Contains <%1>: a section is text and structure only (no scripts, frames, media, forms or styles of "
               "its own; its look comes from the design tokens).")
                .arg(tag)));
    for (const QString& attr : std::as_const(m.handlers))
        out.append(problem(u"markup"_s, where, tr("Has an event handler (%1); the page runs no scripts.").arg(attr)));
    for (const QString& attr : std::as_const(m.attributes))
        out.append(problem(u"markup"_s, where,
            tr("Has the attribute %1; a section uses only id, class, href, src (images), alt, title, lang, width "
               "and height, so its colours, fonts and pictures are the design's and the product's.")
                .arg(attr)));
    if (!m.hidden.isEmpty())
        out.append(problem(u"markup"_s, where,
            tr("Contains a %1: a section has no comments, CDATA or processing instructions (a browser reads them "
               "differently from the check).")
                .arg(m.hidden.first())));
    return out;
}

QList<Problem> headingOrder(const QString& where, const QList<int>& levels, int start)
{
    int previous = start;
    for (const int level : levels) {
        if (level > previous + 1)
            return {problem(u"headings"_s, where,
                tr("Heading h%1 follows h%2: heading levels must not skip.").arg(level).arg(previous))};
        previous = level;
    }
    return {};
}

double luminance(const QColor& c)
{
    const auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

QList<Problem> contrastProblems(
    const QString& where, const QJsonObject& design, const QList<std::pair<QString, QString>>& pairs)
{
    QList<Problem> out;
    for (const auto& [text, background] : pairs) {
        const QString fg = roleColour(design, text);
        const QString bg = roleColour(design, background);
        if (fg.isEmpty() || bg.isEmpty()) {
            out.append(problem(u"contrast"_s, where,
                tr("Pairs %1 with %2, but the design has no colour for one of them.").arg(text, background)));
            continue;
        }
        const double ratio = contrast(fg, bg);
        if (ratio < kMinContrast)
            out.append(problem(u"contrast"_s, where,
                tr("%1 text on %2 (%3 on %4) has a contrast of %5:1; WCAG AA needs 4.5:1.")
                    .arg(text, background, fg, bg, QString::number(ratio, 'f', 2))));
    }
    return out;
}

} // namespace

std::optional<double> averageRating(const Facts& facts)
{
    if (facts.reviews.isEmpty())
        return facts.listedRating;
    double sum = 0;
    for (const Review& r : facts.reviews)
        sum += r.rating;
    return sum / double(facts.reviews.size());
}

QList<Problem> textClaims(const QString& where, const QString& text, const Facts& facts)
{
    Markup m;
    m.text = text;
    return claimsAgree(where, m, facts);
}

double contrast(const QString& a, const QString& b)
{
    const QColor ca = QColor::fromString(a);
    const QColor cb = QColor::fromString(b);
    if (!ca.isValid() || !cb.isValid())
        return 0;
    const double la = luminance(ca);
    const double lb = luminance(cb);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QString roleColour(const QJsonObject& design, const QString& role)
{
    for (const QJsonValue& v : design.value(u"colours"_s).toArray()) {
        if (v.toObject().value(u"role"_s).toString() == role) {
            const QColor c = QColor::fromString(v.toObject().value(u"hex"_s).toString());
            return c.isValid() ? c.name() : QString();
        }
    }
    return {};
}

QList<std::pair<QString, QString>> renderedPairs(const QJsonObject& design)
{
    QList<std::pair<QString, QString>> out{
        {u"text"_s, u"background"_s}, {u"on_primary"_s, u"primary"_s}, {u"primary"_s, u"background"_s}};
    if (!roleColour(design, u"surface"_s).isEmpty())
        out.append({u"text"_s, u"surface"_s});
    if (!roleColour(design, u"muted"_s).isEmpty())
        out.append({u"muted"_s, u"background"_s});
    return out;
}

QList<Problem> run(const QString& kind, const QJsonObject& body, const Facts& facts)
{
    if (kind == SiteSpec::Brief)
        return brief(body, facts);
    if (kind == SiteSpec::Concept)
        return plan(body, facts);
    if (kind == SiteSpec::Design)
        return design(body, facts);
    return section(SiteSpec::sectionKey(kind), body, facts);
}

QList<Problem> brief(const QJsonObject& body, const Facts& facts)
{
    QList<Problem> out;
    const QJsonArray points = body.value(u"proof_points"_s).toArray();
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QJsonObject p = points.at(i).toObject();
        const QString where = u"$.proof_points[%1]"_s.arg(i);
        if (p.value(u"source"_s).toString() == u"reviews" && facts.reviews.isEmpty())
            out.append(problem(u"source"_s, where,
                tr("Rests “%1” on reviews, but the product has none.").arg(p.value(u"point"_s).toString()),
                u"critical"_s));
        out += wordsAgree(where + u".point"_s, p.value(u"point"_s).toString(), facts);
    }
    out += wordsAgree(u"$.audience"_s, body.value(u"audience"_s).toString(), facts);
    return out;
}

QList<Problem> plan(const QJsonObject& body, const Facts& facts)
{
    QList<Problem> out;
    const QJsonArray sections = body.value(u"sections"_s).toArray();
    QStringList keys;
    for (const QJsonValue& v : sections) {
        const QString key = v.toObject().value(u"key"_s).toString();
        if (keys.contains(key))
            out.append(problem(u"sections"_s, u"$.sections"_s, tr("Plans the section “%1” twice.").arg(key)));
        keys.append(key);
    }
    if (!keys.isEmpty() && keys.first() != u"hero")
        out.append(problem(u"sections"_s, u"$.sections[0]"_s, tr("The page must open with its hero section.")));
    if (keys.contains(u"reviews"_s) && facts.reviews.isEmpty())
        out.append(problem(u"sections"_s, u"$.sections"_s,
            tr("Plans a reviews section, but the product has no reviews to show."), u"critical"_s));
    out += wordsAgree(u"$.positioning"_s, body.value(u"positioning"_s).toString(), facts);
    const QJsonArray headlines = body.value(u"headlines"_s).toArray();
    for (qsizetype i = 0; i < headlines.size(); ++i)
        out += wordsAgree(u"$.headlines[%1]"_s.arg(i), headlines.at(i).toString(), facts);
    return out;
}

QList<Problem> design(const QJsonObject& body, const Facts& facts)
{
    QList<Problem> out;
    static const QRegularExpression hex(u"^#[0-9a-fA-F]{6}$"_s);
    QStringList names;
    QStringList roles;
    const QJsonArray colours = body.value(u"colours"_s).toArray();
    for (qsizetype i = 0; i < colours.size(); ++i) {
        const QJsonObject c = colours.at(i).toObject();
        const QString where = u"$.colours[%1]"_s.arg(i);
        if (!hex.match(c.value(u"hex"_s).toString()).hasMatch())
            out.append(problem(
                u"colour"_s, where, tr("“%1” is not a colour written as #RRGGBB.").arg(c.value(u"hex"_s).toString())));
        if (names.contains(c.value(u"name"_s).toString()))
            out.append(problem(u"colour"_s, where, tr("Names two colours “%1”.").arg(c.value(u"name"_s).toString())));
        if (roles.contains(c.value(u"role"_s).toString()))
            out.append(problem(
                u"colour"_s, where, tr("Gives the role “%1” to two colours.").arg(c.value(u"role"_s).toString())));
        names.append(c.value(u"name"_s).toString());
        roles.append(c.value(u"role"_s).toString());
    }
    for (const QString& role : SiteSpec::requiredRoles()) {
        if (!roles.contains(role))
            out.append(problem(u"colour"_s, u"$.colours"_s, tr("Has no colour for the role “%1”.").arg(role)));
    }
    if (!out.isEmpty())
        return out;
    QList<std::pair<QString, QString>> pairs;
    for (const QJsonValue& v : body.value(u"pairs"_s).toArray())
        pairs.append({v.toObject().value(u"text"_s).toString(), v.toObject().value(u"background"_s).toString()});
    for (const auto& pair : renderedPairs(body)) {
        if (!pairs.contains(pair))
            pairs.append(pair);
    }
    out += contrastProblems(u"$.pairs"_s, body, pairs);
    const QJsonObject type = body.value(u"type"_s).toObject();
    static const QRegularExpression familyName(u"^[\\p{L}\\p{N} -]{2,60}$"_s);
    for (const QString& role : {u"display"_s, u"body"_s}) {
        const QString family = type.value(role).toObject().value(u"family"_s).toString().trimmed();
        if (!familyName.match(family).hasMatch())
            out.append(problem(u"font"_s, u"$.type."_s + role,
                tr("“%1” is not a font family name (letters, digits, spaces and hyphens).").arg(family.left(60))));
        const QString fallback = type.value(role).toObject().value(u"fallback"_s).toString().trimmed();
        if (!SiteSpec::genericFamilies().contains(fallback))
            out.append(problem(u"font"_s, u"$.type."_s + role,
                tr("The %1 type falls back to “%2”; a fallback must be a family every reader has (%3).")
                    .arg(role, fallback, SiteSpec::genericFamilies().join(u", "_s))));
    }
    // From the brand's palette or derived from it: the primary colour keeps a brand colour's hue.
    if (!facts.brand.palette.isEmpty()) {
        const QColor primary = QColor::fromString(roleColour(body, u"primary"_s));
        const bool derived
            = std::any_of(facts.brand.palette.cbegin(), facts.brand.palette.cend(), [&](const QString& b) {
                  const QColor brand = QColor::fromString(b);
                  if (!brand.isValid())
                      return false;
                  if (brand.hslSaturationF() < 0.12 || primary.hslSaturationF() < 0.12)
                      return brand.hslSaturationF() < 0.12 && primary.hslSaturationF() < 0.12;
                  const int d = std::abs(brand.hslHue() - primary.hslHue());
                  return std::min(d, 360 - d) <= 20;
              });
        if (!derived)
            out.append(problem(u"brand"_s, u"$.colours"_s,
                tr("The primary colour %1 is neither in the brand palette (%2) nor derived from one of its colours.")
                    .arg(primary.name(), facts.brand.palette.join(u", "_s))));
    }
    return out;
}

QList<Problem> section(const QString& key, const QJsonObject& body, const Facts& facts)
{
    const QString where = u"$.html"_s;
    const Markup m = scan(body.value(u"html"_s).toString());
    QList<Problem> out = markupProblems(where, m);
    if (!m.error.isEmpty())
        return out;
    if (m.roots != QStringList{u"section"_s})
        out.append(problem(u"markup"_s, where, tr("A section is one <section> element with everything inside it.")));
    for (const auto& [src, alt] : m.images) {
        if (alt.isEmpty())
            out.append(problem(u"image"_s, where, tr("The image %1 has no alt text.").arg(src)));
        if (!facts.images.contains(src))
            out.append(problem(u"image"_s, where,
                tr("Shows the image “%1”, which is not one of the product's images: never invent an address.").arg(src),
                u"critical"_s));
    }
    static const QRegularExpression notDigits(u"[^0-9+]"_s);
    const QString dial = QString(facts.phone).remove(notDigits);
    for (const QString& href : m.links) {
        const bool phone
            = href.startsWith(u"tel:"_s) && !dial.isEmpty() && QString(href.mid(4)).remove(notDigits) == dial;
        if (!href.startsWith(u'#') && href != facts.ctaUrl && !phone && !facts.links.contains(href))
            out.append(problem(u"link"_s, where,
                tr("Links to “%1”; a section links only to the page's own sections or to the product (%2).")
                    .arg(href, facts.ctaUrl)));
    }
    const int h1 = static_cast<int>(m.headings.count(1));
    if (key == u"hero" && h1 != 1)
        out.append(problem(u"headings"_s, where, tr("The hero section carries the page's one h1.")));
    else if (key != u"hero" && h1 > 0)
        out.append(problem(u"headings"_s, where, tr("Only the hero section has an h1; this one starts at h2.")));
    else
        out += headingOrder(where, m.headings, key == u"hero" ? 0 : 1);
    out += wordsAgree(where, m.text, facts);
    out += claimsAgree(where, m, facts);
    return out;
}

QList<Problem> page(const QString& html, const QJsonObject& design)
{
    QString body = html;
    static const QRegularExpression doctype(u"^\\s*<!DOCTYPE[^>]*>"_s, QRegularExpression::CaseInsensitiveOption);
    body.remove(doctype);
    // Quorum's own structured data is JSON, not markup: it is read as text by search engines, not parsed here.
    static const QRegularExpression jsonLd(
        u"<script type=\"application/ld\\+json\">.*?</script>"_s, QRegularExpression::DotMatchesEverythingOption);
    body.remove(jsonLd);
    const QString where = u"$"_s;
    QList<Problem> out;
    const Markup m = scan(body);
    if (!m.error.isEmpty())
        return markupProblems(where, m);
    static const QRegularExpression externalScript(
        u"<script[^>]*\\bsrc\\s*="_s, QRegularExpression::CaseInsensitiveOption);
    if (html.contains(externalScript))
        out.append(problem(u"markup"_s, where, tr("The page loads a script from elsewhere.")));
    const int h1 = static_cast<int>(m.headings.count(1));
    if (h1 != 1)
        out.append(problem(u"headings"_s, where, tr("The page has %1 h1 headings; it needs exactly one.").arg(h1)));
    out += headingOrder(where, m.headings, 0);
    const qsizetype bytes = html.toUtf8().size();
    if (bytes > kPageBudgetBytes)
        out.append(problem(u"weight"_s, where,
            tr("The page weighs %1 KB; the budget is %2 KB.").arg(bytes / 1024).arg(kPageBudgetBytes / 1024)));
    out += contrastProblems(where, design, renderedPairs(design));
    return out;
}

} // namespace SiteChecks
