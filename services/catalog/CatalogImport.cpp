#include "CatalogImport.h"

#include "CatalogFormats.h"
#include "pipeline/ProductStore.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace CatalogImport
{

QString formatName(Format format)
{
    switch (format) {
    case Format::Shopify:
        return QCoreApplication::translate("CatalogImport", "Shopify product export");
    case Format::WooCommerce:
        return QCoreApplication::translate("CatalogImport", "WooCommerce product export");
    case Format::Unknown:
        break;
    }
    return QCoreApplication::translate("CatalogImport", "Unknown format");
}

int Preview::count(Action action) const
{
    return static_cast<int>(
        std::count_if(items.begin(), items.end(), [action](const Item& i) { return i.action == action; }));
}

int Preview::skippedRows() const
{
    return static_cast<int>(std::count_if(issues.begin(), issues.end(), [](const Issue& i) { return i.skipped; }));
}

QString htmlToText(const QString& html)
{
    if (!html.contains(u'<') && !html.contains(u'&'))
        return html.trimmed();
    static const QRegularExpression breaks(
        u"<\\s*(br|/p|/li|/h[1-6]|/div|/tr)\\s*/?>"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression items(u"<\\s*li[^>]*>"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression scripts(u"<(script|style)[^>]*>.*?</\\1>"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(u"<[^>]*>"_s);
    static const QRegularExpression numeric(u"&#(x?)([0-9a-fA-F]+);"_s);
    static const QRegularExpression spaces(u"[ \\t\\x{00A0}]+"_s);
    static const QRegularExpression blankLines(u"\\n\\s*\\n+"_s);
    QString t = html;
    t.remove(scripts);
    t.replace(breaks, u"\n"_s);
    t.replace(items, u"• "_s);
    t.remove(tags);
    QString decoded;
    qsizetype last = 0;
    for (auto it = numeric.globalMatch(t); it.hasNext();) {
        const auto m = it.next();
        decoded += t.mid(last, m.capturedStart() - last);
        bool ok = false;
        const uint code = m.captured(2).toUInt(&ok, m.captured(1).isEmpty() ? 10 : 16);
        if (ok && code > 0 && code < 0x110000)
            decoded += QString::fromUcs4(reinterpret_cast<const char32_t*>(&code), 1);
        last = m.capturedEnd();
    }
    decoded += t.mid(last);
    static const QList<std::pair<QString, QString>> entities{{u"&nbsp;"_s, u" "_s}, {u"&lt;"_s, u"<"_s},
        {u"&gt;"_s, u">"_s}, {u"&quot;"_s, u"\""_s}, {u"&apos;"_s, u"'"_s}, {u"&euro;"_s, u"€"_s},
        {u"&rsquo;"_s, u"’"_s}, {u"&lsquo;"_s, u"‘"_s}, {u"&ldquo;"_s, u"“"_s}, {u"&rdquo;"_s, u"”"_s},
        {u"&ndash;"_s, u"–"_s}, {u"&mdash;"_s, u"—"_s}, {u"&deg;"_s, u"°"_s}, {u"&amp;"_s, u"&"_s}};
    for (const auto& [entity, text] : entities)
        decoded.replace(entity, text);
    decoded.replace(spaces, u" "_s);
    QStringList lines;
    for (const QString& line : decoded.split(u'\n'))
        lines.append(line.trimmed());
    return lines.join(u'\n').replace(blankLines, u"\n\n"_s).trimmed();
}

Preview read(const QByteArray& bytes, const Options& options)
{
    const Csv::Document csv = Csv::parse(bytes);
    Preview out;
    if (csv.header.isEmpty()) {
        out.fatal = csv.error;
        return out;
    }
    if (looksLikeShopify(csv)) {
        out = readShopify(csv, options);
    } else if (looksLikeWooCommerce(csv)) {
        out = readWooCommerce(csv, options);
    } else {
        out.fatal = QCoreApplication::translate("CatalogImport",
            "This is not a Shopify or WooCommerce product export: it has neither Handle and Title columns (Shopify) "
            "nor Name and Regular price columns (WooCommerce). The columns found are: %1.")
                        .arg(csv.header.mid(0, 8).join(u", "_s));
        return out;
    }
    out.warnings = csv.warnings + out.warnings;
    if (!csv.error.isEmpty())
        out.issues.append({csv.errorLine, csv.error, true});

    // Products the facts cannot stand on are not imported; each says why.
    QList<Item> valid;
    QSet<QString> skus;
    QSet<QString> handles;
    for (const Item& item : std::as_const(out.items)) {
        const auto errors = item.facts.validate(ProductFacts::Origin::Import);
        if (!errors.isEmpty()) {
            QStringList reasons;
            for (const auto& e : errors)
                reasons.append(e.message);
            out.issues.append({item.line,
                QCoreApplication::translate("CatalogImport", "“%1” is not imported: %2")
                    .arg(item.facts.name.isEmpty() ? QCoreApplication::translate("CatalogImport", "(no name)")
                                                   : item.facts.name,
                        reasons.join(u' ')),
                true});
            continue;
        }
        if ((!item.facts.sku.isEmpty() && skus.contains(item.facts.sku))
            || (!item.facts.handle.isEmpty() && handles.contains(item.facts.handle))) {
            out.issues.append({item.line,
                QCoreApplication::translate(
                    "CatalogImport", "“%1” repeats a SKU or handle from earlier in the file; the first is used.")
                    .arg(item.facts.name),
                true});
            continue;
        }
        if (!item.facts.sku.isEmpty())
            skus.insert(item.facts.sku);
        if (!item.facts.handle.isEmpty())
            handles.insert(item.facts.handle);
        valid.append(item);
    }
    out.items = valid;
    std::sort(out.issues.begin(), out.issues.end(), [](const Issue& a, const Issue& b) { return a.line < b.line; });
    return out;
}

Preview readFile(const QString& path, const Options& options)
{
    QFile f(path);
    Preview out;
    if (!f.open(QIODevice::ReadOnly)) {
        out.fatal = QCoreApplication::translate("CatalogImport", "Cannot open %1: %2")
                        .arg(QFileInfo(path).fileName(), f.errorString());
        return out;
    }
    constexpr qint64 kMaxBytes = 200LL * 1024 * 1024;
    if (f.size() > kMaxBytes) {
        out.fatal = QCoreApplication::translate(
            "CatalogImport", "%1 is larger than 200 MB; split the export into smaller files.")
                        .arg(QFileInfo(path).fileName());
        return out;
    }
    return read(f.readAll(), options);
}

void match(const QSqlDatabase& db, Preview* preview)
{
    for (Item& item : preview->items) {
        const auto id = ProductStore::findBySkuOrHandle(db, item.facts.sku, item.facts.handle);
        if (!id) {
            item.action = Action::Create;
            item.existingId = 0;
            continue;
        }
        item.existingId = *id;
        const auto stored = ProductFacts::load(db, *id);
        // The stored product keeps what the import does not carry (audience, brand voice, competitors).
        item.action = stored && stored->sameFactsAs(item.facts) ? Action::Unchanged : Action::Update;
    }
}

Result apply(const QSqlDatabase& db, const Preview& preview, const QString& actor, qint64 now)
{
    Result result;
    Transaction tx(db);
    for (const Item& item : preview.items) {
        // Matched again inside the transaction: the workspace may have changed since the preview.
        const auto id = ProductStore::findBySkuOrHandle(db, item.facts.sku, item.facts.handle);
        if (!id) {
            result.created.append(ProductStore::create(db, item.facts, actor, now));
            continue;
        }
        const auto stored = ProductFacts::load(db, *id);
        if (stored && stored->sameFactsAs(item.facts)) {
            ++result.unchanged;
            continue;
        }
        ProductFacts merged = item.facts;
        if (stored) {
            merged.audience = stored->audience;
            merged.brandVoice = stored->brandVoice;
            merged.competitorUrls = stored->competitorUrls;
        }
        ProductStore::updateFacts(db, *id, merged, now);
        result.updated.append(*id);
    }
    tx.commit();
    return result;
}

} // namespace CatalogImport
