#include "Markup.h"

#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace Markup
{

QString escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

QString paragraph(const QString& text)
{
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

QString toolTip(const QString& text)
{
    return Qt::mightBeRichText(text) ? paragraph(text) : text;
}

} // namespace Markup
