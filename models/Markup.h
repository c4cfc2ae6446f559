#pragma once

#include <QString>

// Plain text by default: whatever a person, a model, a file or a store wrote is shown as the
// characters it is made of. Labels that show such text are Qt::PlainText; where it goes into rich text
// Quorum writes (the proposal and content views, a message box, a tooltip) it goes through these.
namespace Markup
{

// Escaped for rich text, line breaks kept ("a <b>\nb" becomes "a &lt;b&gt;<br>b").
QString escaped(const QString& text);
// The text as a rich-text paragraph, for places that interpret what they are given (a message box's
// informative text): Qt::convertFromPlainText.
QString paragraph(const QString& text);
// A tooltip that shows the text as written. Qt shows a tooltip that looks like markup as rich text,
// so such text goes in as an escaped paragraph; other text is left as it is.
QString toolTip(const QString& text);

} // namespace Markup
