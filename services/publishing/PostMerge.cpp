#include "PostMerge.h"

#include "PublishPayloads.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

#include <optional>

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

// A field's value as WordPress holds it (raw, with context=edit) or as Quorum sends it; nothing when
// WordPress did not give the raw value (the field is then left alone). Line ends and trailing
// spaces as editors rewrite them are not a change.
std::optional<QString> value(const QJsonObject& item, const QString& field)
{
    if (!item.contains(field))
        return std::nullopt;
    const QJsonValue v = item.value(field);
    QString text;
    if (v.isObject()) {
        if (!v.toObject().contains(u"raw"_s))
            return std::nullopt;
        text = v.toObject().value(u"raw"_s).toString();
    } else {
        text = v.toString();
    }
    if (field == u"content")
        text = withoutStructuredData(text);
    text.replace(u"\r\n"_s, u"\n"_s);
    while (!text.isEmpty() && text.back().isSpace())
        text.chop(1);
    return text;
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

Plan plan(const QJsonObject& payload, const QJsonObject& remote, const QJsonObject& fingerprint, bool unknownIsQuorums)
{
    Plan p;
    p.previous = fingerprint;
    if (remote.isEmpty() || remote.value(u"id"_s).toInteger() <= 0) {
        p.create = true;
        p.write = payload;
        return p;
    }
    const QJsonObject held = fingerprint.value(u"held"_s).toObject();
    const QJsonObject sent = fingerprint.value(u"sent"_s).toObject();
    const bool known = !held.isEmpty() || !sent.isEmpty();
    for (const QString& field : kFields) {
        if (!payload.contains(field))
            continue;
        const std::optional<QString> ours = value(payload, field);
        const std::optional<QString> theirs = value(remote, field);
        if (!ours || !theirs) {
            p.untouched.append(field); // WordPress did not say what it holds
            continue;
        }
        if (*ours == *theirs)
            continue;
        const bool edited
            = known ? held.contains(field) && held.value(field).toString() != hashOf(*theirs) : !unknownIsQuorums;
        if (edited) {
            p.kept.append(field);
            if (field == u"status")
                p.keptStatus = *theirs;
            continue;
        }
        if (sent.contains(field) && sent.value(field).toString() == hashOf(*ours)) {
            p.untouched.append(field); // nothing new from Quorum: WordPress keeps it as it stored it
            continue;
        }
        p.write.insert(field, payload.value(field));
    }
    // The JSON-LD is Quorum's: kept up to date where the words around it are a person's, or the same.
    const QJsonValue c = remote.value(u"content"_s);
    if (payload.contains(u"content"_s) && !p.write.contains(u"content"_s) && c.isObject()
        && c.toObject().contains(u"raw"_s)) {
        const QString raw = c.toObject().value(u"raw"_s).toString();
        const QString block = structuredData(payload.value(u"content"_s).toString());
        if (structuredData(raw) != block)
            p.write.insert(u"content"_s, withStructuredData(raw, block));
    }
    return p;
}

QJsonObject next(const Plan& plan, const QJsonObject& payload, const QJsonObject& item)
{
    QJsonObject held = plan.previous.value(u"held"_s).toObject();
    QJsonObject sent = plan.previous.value(u"sent"_s).toObject();
    for (const QString& field : kFields) {
        const std::optional<QString> ours = value(payload, field);
        if (!ours)
            continue;
        sent.insert(field, hashOf(*ours));
        if (plan.kept.contains(field)) {
            // Still the person's at every later publish: what Quorum held stays the reference ("" when
            // Quorum never knew: it never matches).
            if (!held.contains(field))
                held.insert(field, QString());
            continue;
        }
        if (plan.untouched.contains(field))
            continue; // not looked at: what WordPress held before stays the reference
        if (const std::optional<QString> theirs = value(item, field))
            held.insert(field, hashOf(*theirs));
    }
    QJsonObject out = plan.previous; // and what else the publisher noted (scripts_stripped)
    out.insert(u"held"_s, held);
    out.insert(u"sent"_s, sent);
    return out;
}

bool matchesHash(const QJsonObject& remote, const QJsonObject& payload, const QString& contentHash)
{
    if (contentHash.isEmpty())
        return true; // never written whole: an earlier attempt's item
    QJsonObject was;
    for (auto it = payload.begin(); it != payload.end(); ++it) {
        const QJsonValue v = remote.value(it.key());
        was.insert(it.key(), v.isObject() ? v.toObject().value(u"raw"_s) : v);
    }
    return PublishPayloads::hash(was) == contentHash;
}

QString describe(const QStringList& fields, const QString& keptStatus)
{
    QStringList names;
    for (const QString& f : fields) {
        if (f == u"title")
            names.append(QCoreApplication::translate("PostMerge", "the title"));
        else if (f == u"content")
            names.append(QCoreApplication::translate("PostMerge", "the text"));
        else if (f == u"excerpt")
            names.append(QCoreApplication::translate("PostMerge", "the excerpt"));
        else if (f == u"status" && keptStatus == u"private")
            names.append(QCoreApplication::translate("PostMerge", "the status (private)"));
        else if (f == u"status" && keptStatus == u"future")
            names.append(QCoreApplication::translate("PostMerge", "the status (scheduled)"));
        else if (f == u"status" && keptStatus == u"pending")
            names.append(QCoreApplication::translate("PostMerge", "the status (pending review)"));
        else if (f == u"status")
            names.append(QCoreApplication::translate("PostMerge", "the status (draft)"));
    }
    return names.join(u", "_s);
}

} // namespace PostMerge
