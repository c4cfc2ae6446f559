#include "SiteRenderer.h"

#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace SiteRenderer
{

namespace
{
QString templateText()
{
    static const QString text = [] {
        QFile f(u":/demo/site-template.html"_s);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }();
    return text;
}
} // namespace

QString render(const Page& page)
{
    const QString primary = page.palette.value(0, u"#2F3E46"_s);
    const QString background = page.palette.value(1, u"#F4F1EA"_s);
    const QString accent = page.palette.value(2, u"#C08552"_s);
    QString html = templateText();
    const QList<std::pair<QString, QString>> values{
        {u"lang"_s, page.lang},
        {u"shop"_s, page.shop.toHtmlEscaped()},
        {u"title"_s, page.title.toHtmlEscaped()},
        {u"tagline"_s, page.tagline.toHtmlEscaped()},
        {u"primary"_s, primary.toHtmlEscaped()},
        {u"background"_s, background.toHtmlEscaped()},
        {u"accent"_s, accent.toHtmlEscaped()},
        {u"product_name"_s, page.productName.toHtmlEscaped()},
        {u"description"_s, page.description.toHtmlEscaped()},
        {u"price"_s, page.price.toHtmlEscaped()},
        {u"cta"_s, page.cta.toHtmlEscaped()},
        {u"cta_url"_s, page.ctaUrl.isEmpty() ? u"#"_s : page.ctaUrl.toHtmlEscaped()},
    };
    for (const auto& [key, value] : values)
        html.replace(u"{{"_s + key + u"}}"_s, value);
    if (!page.headExtra.isEmpty()) {
        const qsizetype head = html.indexOf(u"</head>"_s);
        if (head >= 0)
            html.insert(head, page.headExtra + u'\n');
    }
    return html;
}

QString slugify(const QString& text)
{
    QString s = text.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    out.reserve(s.size());
    bool dash = false;
    for (const QChar c : std::as_const(s)) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            out += c;
            dash = false;
        } else if (c.category() == QChar::Mark_NonSpacing) {
            continue;
        } else if (!dash && !out.isEmpty()) {
            out += u'-';
            dash = true;
        }
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.isEmpty() ? u"item"_s : out.left(80);
}

} // namespace SiteRenderer
