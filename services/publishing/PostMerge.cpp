#include "PostMerge.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace PostMerge
{
namespace
{
const QStringList kFields{u"title"_s, u"content"_s, u"excerpt"_s, u"status"_s};

const QRegularExpression& blockRe()
{
    // StructuredData::scriptTag writes "<" inside the JSON as \u003c, so the block holds no "<".
    static const QRegularExpression re(
        uR"(<script type="application/ld\+json">\{"@context":"https://schema\.org","@type":"Product"[^<]*</script>)"_s);
    return re;
}

// A field's value as WordPress holds it (raw with context=edit), or as Quorum sends it.
QString value(const QJsonObject& item, const QString& field)
{
    const QJsonValue v = item.value(field);
    const QString text = v.isObject()
        ? v.toObject().value(u"raw"_s).toString(v.toObject().value(u"rendered"_s).toString())
        : v.toString();
    return field == u"content" ? withoutStructuredData(text) : text;
}

QString hashOf(const QString& text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}
} // namespace

QString structuredData(const QString& html)
{
    const QRegularExpressionMatch m = blockRe().match(html);
    return m.hasMatch() ? m.captured(0) : QString();
}

QString withoutStructuredData(const QString& html)
{
    QString out = html;
    return out.remove(blockRe());
}

QString withStructuredData(const QString& html, const QString& block)
{
    const QRegularExpressionMatch m = blockRe().match(html);
    if (m.hasMatch()) {
        QString out = html;
        return out.replace(m.capturedStart(0), m.capturedLength(0), block);
    }
    if (block.isEmpty())
        return html;
    if (html.endsWith(u'\n') || html.isEmpty())
        return html + block;
    return html + u'\n' + block;
}

QJsonObject fingerprint(const QJsonObject& item)
{
    QJsonObject out;
    for (const QString& field : kFields) {
        if (item.contains(field))
            out.insert(field, hashOf(value(item, field)));
    }
    return out;
}

Plan plan(const QJsonObject& payload, const QJsonObject& remote, const QJsonObject& fingerprint)
{
    Plan p;
    if (remote.isEmpty() || remote.value(u"id"_s).toInteger() <= 0) {
        p.create = true;
        p.write = payload;
        return p;
    }
    for (const QString& field : kFields) {
        if (!payload.contains(field))
            continue;
        const QString theirs = value(remote, field);
        if (value(payload, field) == theirs)
            continue;
        if (fingerprint.contains(field) && fingerprint.value(field).toString() != hashOf(theirs)) {
            p.kept.append(field);
            continue;
        }
        p.write.insert(field, payload.value(field));
    }
    // The JSON-LD is Quorum's: kept up to date where the words around it are a person's, or the same.
    if (payload.contains(u"content"_s) && !p.write.contains(u"content"_s)) {
        const QString block = structuredData(payload.value(u"content"_s).toString());
        const QJsonValue c = remote.value(u"content"_s);
        const QString raw = c.isObject() ? c.toObject().value(u"raw"_s).toString() : c.toString();
        if (structuredData(raw) != block)
            p.write.insert(u"content"_s, withStructuredData(raw, block));
    }
    return p;
}

QString describe(const QStringList& fields)
{
    QStringList names;
    for (const QString& f : fields) {
        if (f == u"title")
            names.append(QCoreApplication::translate("PostMerge", "the title"));
        else if (f == u"content")
            names.append(QCoreApplication::translate("PostMerge", "the text"));
        else if (f == u"excerpt")
            names.append(QCoreApplication::translate("PostMerge", "the excerpt"));
        else if (f == u"status")
            names.append(QCoreApplication::translate("PostMerge", "the status"));
    }
    return names.join(u", "_s);
}

} // namespace PostMerge
