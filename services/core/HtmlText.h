#pragma once

#include <QString>

// Text that leaves Quorum for a store or a site, in the form each field can safely hold (README,
// "What leaves the machine, and how it is treated"). Whatever a person, a model, a file or a store
// wrote is text: names, SKUs, titles, tags, categories and SEO fields go out as plain text; fields a
// platform renders as HTML get that plain text escaped; the long descriptions Quorum builds from a
// model's writing keep only an allow-list of tags. Nothing is ever decoded into markup: a character
// reference (&lt;) stays a reference.
namespace HtmlText
{

// Plain text: comments and tags are removed (script, style, iframe and the like with their
// content), any '<' or '>' left over is dropped, control characters become spaces and runs of
// white space one space. "Merino <b>V</b><!-- wrap" becomes "Merino V".
QString plain(const QString& text);

// Escaped for an HTML text context or a quoted attribute: '<', '>', '"' and '\'' become references,
// and so does every '&' that does not already start one (as WordPress's esc_html does, so an
// escaped value is not escaped twice).
QString escape(const QString& text);

// plain(), escaped: for the fields a platform shows as HTML (WordPress titles and excerpts, the
// WooCommerce product name, its tags and category).
QString escapedPlain(const QString& text);

// HTML reduced to the allow-list: p, br, ul, ol, li, strong, em, b, i, h2, h3, and a with an http or
// https href (written again as <a href="..." rel="nofollow noopener">). Every other tag, every
// attribute and every comment is removed (script, style, iframe, object and the like with their
// content); the text between tags is escaped; tags left open are closed.
QString sanitise(const QString& html);

} // namespace HtmlText
