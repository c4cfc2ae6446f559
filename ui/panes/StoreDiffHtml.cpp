#include "StoreDiffHtml.h"

#include "Format.h"
#include "Markup.h"
#include "Theme.h"
#include "core/HtmlText.h"
#include "core/Money.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTextDocumentFragment>

using namespace Qt::StringLiterals;

namespace StoreDiffHtml
{

namespace
{

QString esc(const QString& s)
{
    return Markup::escaped(s);
}

QString muted(const QString& text)
{
    return u"<span style='color:%1'>%2</span>"_s.arg(Theme::css(Theme::Muted), esc(text));
}

QString paragraph(const QString& html)
{
    return u"<p style='margin:2px 0 6px 0'>%1</p>"_s.arg(html);
}

// A store's HTML as the words a person reads: tags dropped (HtmlText), then the character references
// that are left read as the characters they stand for. What remains has no markup to interpret.
QString readable(const QString& html)
{
    const QString plain = HtmlText::plain(html);
    return plain.contains(u'&') ? QTextDocumentFragment::fromHtml(plain).toPlainText().simplified() : plain;
}

QString shortened(const QString& text, int maxChars)
{
    if (text.size() <= maxChars)
        return text;
    qsizetype cut = text.lastIndexOf(u' ', maxChars);
    if (cut < maxChars / 2)
        cut = maxChars;
    return text.left(cut).trimmed() + u"…"_s;
}

QString statusName(const QString& status)
{
    if (status == u"active" || status == u"publish")
        return QCoreApplication::translate("StoreDiffHtml", "Active");
    if (status == u"draft")
        return QCoreApplication::translate("StoreDiffHtml", "Draft");
    if (status == u"private")
        return QCoreApplication::translate("StoreDiffHtml", "Private");
    if (status == u"archived")
        return QCoreApplication::translate("StoreDiffHtml", "Archived");
    return status;
}

// The rows of one store's changes: label, what the store has, an arrow, what would be written.
QString changesTable(const QJsonArray& changes, const QString& currency, bool created)
{
    QString html = u"<table cellspacing='0' cellpadding='3' width='100%'>"_s;
    if (!created)
        html += u"<tr style='color:%1'><td></td><td>%2</td><td></td><td>%3</td></tr>"_s.arg(Theme::css(Theme::Muted),
            esc(QCoreApplication::translate("StoreDiffHtml", "Now")),
            esc(QCoreApplication::translate("StoreDiffHtml", "After publishing")));
    for (const QJsonValue& value : changes) {
        const QJsonObject c = value.toObject();
        const QString field = c.value(u"field"_s).toString();
        QString label = esc(fieldLabel(field));
        const QString variant = c.value(u"variant"_s).toString();
        if (!variant.isEmpty())
            label += u"<br><span style='font-size:small'>%1</span>"_s.arg(esc(variant));
        const QString before = c.value(u"before"_s).toString();
        const QString after = fieldValue(field, c.value(u"after"_s).toString(), currency);
        html += u"<tr><td valign='top' style='color:%1;padding-right:10px' width='24%'>%2</td>"_s.arg(
            Theme::css(Theme::Muted), label);
        if (created) {
            html += u"<td valign='top' colspan='3'>%1</td></tr>"_s.arg(esc(after));
            continue;
        }
        const QString was = before.isEmpty() ? muted(QCoreApplication::translate("StoreDiffHtml", "(none)"))
                                             : esc(fieldValue(field, before, currency));
        html += u"<td valign='top' width='36%'>%1</td><td valign='top' style='color:%2'>→</td>"
                u"<td valign='top' width='36%'><b style='color:%3'>%4</b></td></tr>"_s.arg(was,
                    Theme::css(Theme::Muted), Theme::css(Theme::Changed),
                    after.isEmpty() ? esc(QCoreApplication::translate("StoreDiffHtml", "(none)")) : esc(after));
    }
    return html + u"</table>"_s;
}

QString kept(const QJsonObject& kept, bool created)
{
    QStringList lines;
    if (const int n = kept.value(u"store_only_variants"_s).toInt(); n > 0)
        lines.append(QCoreApplication::translate(
            "StoreDiffHtml", "%n variant(s) the store has that Quorum does not know stay as they are.", nullptr, n));
    if (const int n = kept.value(u"quorum_only_variants"_s).toInt(); n > 0 && !created)
        lines.append(QCoreApplication::translate(
            "StoreDiffHtml", "%n variant(s) Quorum knows that the store does not have are not added.", nullptr, n));
    if (const int n = kept.value(u"store_only_images"_s).toInt(); n > 0)
        lines.append(QCoreApplication::translate("StoreDiffHtml", "%n image(s) added in the store stay.", nullptr, n));
    if (lines.isEmpty())
        return {};
    QString html = u"<ul style='margin-left:-20px;margin-top:4px;color:%1'>"_s.arg(Theme::css(Theme::Muted));
    for (const QString& line : std::as_const(lines))
        html += u"<li>%1</li>"_s.arg(esc(line));
    return html + u"</ul>"_s;
}

QString store(const Publications::StorePreview& p, const QString& currency, qint64 now)
{
    const QString name = p.connectionName;
    QString head = u"<b>%1</b>"_s.arg(esc(name));
    if (p.readAt > 0)
        head += u" "_s
            + muted(QCoreApplication::translate("StoreDiffHtml", "· read %1")
                        .arg(Format::age(std::max<qint64>(0, now - p.readAt))));
    QString html = u"<p style='margin:10px 0 2px 0'>%1</p>"_s.arg(head);
    if (p.reading)
        html += paragraph(u"<span style='color:%1'>%2</span>"_s.arg(
            Theme::css(Theme::Accent), esc(QCoreApplication::translate("StoreDiffHtml", "Reading %1…").arg(name))));
    if (p.readAt == 0) {
        if (!p.reading)
            html += paragraph(
                muted(QCoreApplication::translate("StoreDiffHtml", "%1 has not been read yet.").arg(name)));
        return html;
    }
    if (!p.error.isEmpty())
        return html
            + paragraph(u"<span style='color:%1'>%2</span>"_s.arg(Theme::css(Theme::Danger),
                esc(QCoreApplication::translate("StoreDiffHtml", "%1 could not be read: %2").arg(name, p.error))));
    const bool exists = p.diff.value(u"exists"_s).toBool();
    const QJsonArray changes = p.diff.value(u"changes"_s).toArray();
    if (!exists) {
        html += paragraph(
            esc(QCoreApplication::translate("StoreDiffHtml", "The product is not in %1 yet: publishing creates it.")
                    .arg(name)));
        if (!changes.isEmpty())
            html += changesTable(changes, currency, true);
    } else if (changes.isEmpty()) {
        html += paragraph(u"<span style='color:%1'>%2</span>"_s.arg(Theme::css(Theme::Success),
            esc(QCoreApplication::translate("StoreDiffHtml", "Nothing would change in %1.").arg(name))));
    } else {
        html += paragraph(esc(
            QCoreApplication::translate("StoreDiffHtml", "What %1 has now → what publishing would write:").arg(name)));
        html += changesTable(changes, currency, false);
    }
    return html + kept(p.diff.value(u"kept"_s).toObject(), !exists);
}

} // namespace

QString fieldLabel(const QString& field)
{
    static const QList<std::pair<QLatin1StringView, const char*>> labels{
        {"title"_L1, QT_TRANSLATE_NOOP("StoreDiffHtml", "Name")},
        {"description"_L1, QT_TRANSLATE_NOOP("StoreDiffHtml", "Description")},
        {"short_description"_L1, QT_TRANSLATE_NOOP("StoreDiffHtml", "Short description")},
        {"status"_L1, QT_TRANSLATE_NOOP("StoreDiffHtml", "Status")},
        {"seo_title"_L1, QT_TRANSLATE_NOOP("StoreDiffHtml", "SEO title")},
        {"seo_description"_L1, QT_TRANSLATE_NOOP("StoreDiffHtml", "SEO description")},
        {"product_type"_L1, QT_TRANSLATE_NOOP("StoreDiffHtml", "Product type")},
        {"tags"_L1, QT_TRANSLATE_NOOP("StoreDiffHtml", "Tags")},
        {"category"_L1, QT_TRANSLATE_NOOP("StoreDiffHtml", "Categories")},
        {"images"_L1, QT_TRANSLATE_NOOP("StoreDiffHtml", "Images")},
        {"price"_L1, QT_TRANSLATE_NOOP("StoreDiffHtml", "Price")},
        {"compare_at"_L1, QT_TRANSLATE_NOOP("StoreDiffHtml", "Compare-at price")},
        {"sale_price"_L1, QT_TRANSLATE_NOOP("StoreDiffHtml", "Sale price")}};
    for (const auto& [key, text] : labels) {
        if (field == key)
            return QCoreApplication::translate("StoreDiffHtml", text);
    }
    return field;
}

QString fieldValue(const QString& field, const QString& value, const QString& currency, int maxChars)
{
    if (value.isEmpty())
        return {};
    if (field == u"status")
        return statusName(value);
    if (field == u"price" || field == u"compare_at" || field == u"sale_price") {
        const auto cents = Money::parse(value);
        return cents ? Money::format(*cents, currency) : value;
    }
    if (field == u"images")
        return QCoreApplication::translate("StoreDiffHtml", "%n image(s)", nullptr, value.toInt());
    if (field == u"category")
        return QCoreApplication::translate("StoreDiffHtml", "%n category(ies)", nullptr, value.toInt());
    return shortened(readable(value), maxChars);
}

QString stores(const QList<Publications::StorePreview>& previews, const QString& currency, qint64 now)
{
    if (previews.isEmpty())
        return paragraph(muted(
            QCoreApplication::translate("StoreDiffHtml", "No store is connected: publishing goes to sites only.")));
    QString html;
    for (const Publications::StorePreview& p : previews)
        html += store(p, currency, now);
    const bool reading = std::any_of(
        previews.cbegin(), previews.cend(), [](const Publications::StorePreview& p) { return p.reading; });
    if (!reading)
        html += paragraph(u"<a href='%1' style='color:%2'>%3</a>"_s.arg(ReadAgainLink.toString(),
            Theme::css(Theme::Accent), esc(QCoreApplication::translate("StoreDiffHtml", "Read the stores again"))));
    return html;
}

} // namespace StoreDiffHtml
