#include "SitePage.h"

#include "SiteChecks.h"
#include "SiteSpec.h"
#include "core/HtmlText.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace SitePage
{

namespace
{
// A font stack from the design: its family quoted (nothing that could end the declaration), then a generic
// family every reader has.
QString fontStack(const QJsonObject& design, const QString& role)
{
    const QJsonObject t = design.value(u"type"_s).toObject().value(role).toObject();
    // Letters, digits, spaces and hyphens only: a family name cannot end the declaration or the stylesheet.
    QString name;
    for (const QChar c : t.value(u"family"_s).toString()) {
        if (c.isLetterOrNumber() || c == u' ' || c == u'-')
            name += c;
    }
    QString fallback = t.value(u"fallback"_s).toString().trimmed();
    if (!SiteSpec::genericFamilies().contains(fallback))
        fallback = role == u"display" ? u"serif"_s : u"sans-serif"_s;
    return u"\"%1\", %2"_s.arg(name.trimmed(), fallback);
}

QString colour(const QJsonObject& design, const QString& role, const QString& otherwise)
{
    const QString c = SiteChecks::roleColour(design, role);
    return c.isEmpty() ? otherwise : c;
}
} // namespace

QString stylesheet(const QJsonObject& design)
{
    const QString background = colour(design, u"background"_s, u"#ffffff"_s);
    const QString text = colour(design, u"text"_s, u"#111111"_s);
    const QString vars
        = u":root { --c-background: %1; --c-surface: %2; --c-text: %3; --c-muted: %4; --c-primary: %5; "
          u"--c-on-primary: %6; --c-accent: %7; --space: %8px; --radius: %9px; }"_s
              .arg(background, colour(design, u"surface"_s, background), text, colour(design, u"muted"_s, text),
                  colour(design, u"primary"_s, text), colour(design, u"on_primary"_s, background),
                  colour(design, u"accent"_s, colour(design, u"primary"_s, text)))
              .arg(std::clamp(design.value(u"spacing"_s).toInt(8), 4, 32))
              .arg(std::clamp(design.value(u"radius"_s).toInt(6), 0, 24));
    return vars + u"\n"_s + uR"(* { box-sizing: border-box; }
body { margin: 0; background: var(--c-background); color: var(--c-text); font-family: %1; line-height: 1.6; }
h1, h2, h3 { font-family: %2; line-height: 1.15; margin: 0 0 calc(var(--space) * 2); }
h1 { font-size: clamp(2rem, 5vw, 3.4rem); }
h2 { font-size: clamp(1.5rem, 3.4vw, 2.2rem); }
section { padding: calc(var(--space) * 8) 6vw; }
section:nth-of-type(even) { background: var(--c-surface); }
p { margin: 0 0 calc(var(--space) * 2); max-width: 68ch; }
a { color: var(--c-primary); }
a:focus-visible { outline: 3px solid var(--c-accent); outline-offset: 3px; }
img { max-width: 100%; height: auto; border-radius: var(--radius); }
section > img { display: block; margin-top: calc(var(--space) * 4); max-width: min(100%, 34rem); }
.lead { font-size: 1.25rem; }
.muted { color: var(--c-muted); }
.price { font-size: 1.6rem; font-weight: 700; }
.button { display: inline-block; background: var(--c-primary); color: var(--c-on-primary); padding: calc(var(--space) * 1.5) calc(var(--space) * 4); border-radius: var(--radius); text-decoration: none; font-weight: 700; }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: calc(var(--space) * 3); }
.card { padding: calc(var(--space) * 3); border-radius: var(--radius); border: 1px solid var(--c-muted); }
.quote { font-size: 1.15rem; border-left: 4px solid var(--c-accent); margin: 0 0 calc(var(--space) * 2); padding-left: calc(var(--space) * 2); }
.signature { border-top: 6px solid var(--c-accent); }
@media (prefers-reduced-motion: reduce) { * { transition: none !important; animation: none !important; } }
)"_s.arg(fontStack(design, u"body"_s), fontStack(design, u"display"_s));
}

QString classes()
{
    return u"lead (a larger opening paragraph), muted (quieter text), price (the price, large), button (the call to "
           u"action link), grid (cards side by side, stacking on a phone), card (a bordered box in a grid), quote (a "
           u"blockquote), signature (the design's signature accent border)"_s;
}

QString tokenHeader(const QJsonObject& design)
{
    QStringList colours;
    for (const QJsonValue& v : design.value(u"colours"_s).toArray()) {
        const QJsonObject c = v.toObject();
        colours << u"%1 %2 (%3)"_s.arg(
            c.value(u"name"_s).toString(), c.value(u"hex"_s).toString(), c.value(u"role"_s).toString());
    }
    const QJsonObject type = design.value(u"type"_s).toObject();
    return u"Colours: %1. Display type: %2. Body type: %3. Imagery: %4. Signature: %5."_s.arg(colours.join(u", "_s),
        type.value(u"display"_s).toObject().value(u"family"_s).toString(),
        type.value(u"body"_s).toObject().value(u"family"_s).toString(), design.value(u"imagery"_s).toString(),
        design.value(u"signature"_s).toString());
}

QString render(const Input& page)
{
    QString html = u"<!DOCTYPE html>\n<html lang=\""_s + HtmlText::escape(page.lang) + u"\">\n<head>\n"_s
        + u"<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"_s
        // Nothing on the page runs or loads from elsewhere, whatever slipped past the checks: no scripts, no
        // requests but the page's own images.
        + u"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src 'self' file: https: "
          u"data:; style-src 'unsafe-inline'\"/>\n"_s
        + u"<title>"_s + HtmlText::escapedPlain(page.title) + u"</title>\n"_s
        + u"<meta name=\"description\" content=\""_s + HtmlText::escapedPlain(page.description) + u"\"/>\n<style>\n"_s
        + stylesheet(page.design) + u"</style>\n"_s;
    if (!page.headExtra.isEmpty())
        html += page.headExtra + u'\n';
    html += u"</head>\n<body>\n<main>\n"_s;
    for (const QString& s : page.sections)
        html += s.trimmed() + u'\n';
    html += u"</main>\n</body>\n</html>\n"_s;
    return html;
}

} // namespace SitePage
