#include "CatalogImport.h"

#include "CatalogFormats.h"
#include "core/Json.h"
#include "pipeline/ProductStore.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <sys/mman.h>
#include <unistd.h>

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

namespace
{
constexpr quint8 kPackVersion = 2;

QByteArray packedListing(const ProductFacts& f)
{
    QJsonArray variants;
    for (const ProductVariant& v : f.variants)
        variants.append(v.toJson());
    return QJsonDocument(
        QJsonObject{{u"listing"_s, f.listing.toJson()}, {u"status"_s, f.listing.status}, {u"type"_s, f.listing.type},
            {u"option_names"_s, Json::fromStringList(f.optionNames)}, {u"variants"_s, variants}})
        .toJson(QJsonDocument::Compact);
}

void unpackListing(const QByteArray& bytes, ProductFacts* f)
{
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    f->listing = ProductListing::fromJson(
        o.value(u"listing"_s).toObject(), o.value(u"status"_s).toString(), o.value(u"type"_s).toString());
    f->optionNames = Json::toStringList(o.value(u"option_names"_s).toArray());
    for (const QJsonValue& v : o.value(u"variants"_s).toArray())
        f->variants.append(ProductVariant::fromJson(v.toObject()));
}
} // namespace

void Item::setFacts(const ProductFacts& f)
{
    priceCents = f.priceCents;
    // Sized once (strings are UTF-16 in the stream): no growing in steps, nothing to give back.
    qsizetype size = 256
        + 2
            * (f.sku.size() + f.handle.size() + f.name.size() + f.category.size() + f.description.size()
                + f.audience.size() + f.brandVoice.size());
    for (const QString& image : f.images)
        size += 2 * image.size() + 4;
    m_packed = QByteArray();
    m_packed.reserve(size + 2 * 512);
    QDataStream out(&m_packed, QIODevice::WriteOnly);
    // The keys first (matching reads only them), then what the preview shows, then the rest.
    out << kPackVersion << f.sku << f.handle << f.name << f.category << f.currency << f.sizes() << f.material()
        << static_cast<qint32>(f.images.size()) << f.description << f.costCents.has_value() << f.costCents.value_or(0)
        << f.images << f.audience << f.competitorUrls << f.brandVoice << f.source
        << QJsonDocument(f.attributes).toJson(QJsonDocument::Compact) << packedListing(f);
    m_packed.squeeze(); // the stream grew it in steps
}

std::pair<QString, QString> Item::keys() const
{
    QDataStream in(m_packed);
    quint8 version = 0;
    std::pair<QString, QString> k;
    in >> version >> k.first >> k.second;
    return k;
}

Item::Summary Item::summary() const
{
    QDataStream in(m_packed);
    quint8 version = 0;
    Summary s;
    qint32 images = 0;
    in >> version >> s.sku >> s.handle >> s.name >> s.category >> s.currency >> s.sizes >> s.material >> images;
    s.images = images;
    return s;
}

ProductFacts Item::facts() const
{
    QDataStream in(m_packed);
    quint8 version = 0;
    ProductFacts f;
    QStringList sizes;
    QString material;
    qint32 images = 0;
    bool hasCost = false;
    qint64 cost = 0;
    QByteArray attributes;
    QByteArray listing;
    in >> version >> f.sku >> f.handle >> f.name >> f.category >> f.currency >> sizes >> material >> images
        >> f.description >> hasCost >> cost >> f.images >> f.audience >> f.competitorUrls >> f.brandVoice >> f.source
        >> attributes >> listing;
    unpackListing(listing, &f);
    f.priceCents = priceCents;
    if (hasCost)
        f.costCents = cost;
    f.attributes = QJsonDocument::fromJson(attributes).object();
    return f;
}

ProductSink::ProductSink(Preview* preview)
    : m_preview(preview)
{ }

void ProductSink::add(const ProductFacts& facts, int line, int rows)
{
    // Products the facts cannot stand on are not imported; each says why.
    const auto errors = facts.validate(ProductFacts::Origin::Import);
    if (!errors.isEmpty()) {
        QStringList reasons;
        for (const auto& e : errors)
            reasons.append(e.message);
        m_preview->issues.append({line, rows,
            QCoreApplication::translate("CatalogImport", "“%1” is not imported: %2")
                .arg(facts.name.isEmpty() ? QCoreApplication::translate("CatalogImport", "(no name)")
                                          : quoted(facts.name),
                    reasons.join(u' ')),
            true});
        return;
    }
    if ((!facts.sku.isEmpty() && m_skus.contains(facts.sku))
        || (!facts.handle.isEmpty() && m_handles.contains(facts.handle))) {
        m_preview->issues.append({line, rows,
            QCoreApplication::translate(
                "CatalogImport", "“%1” repeats a SKU or handle from earlier in the file; the first is used.")
                .arg(quoted(facts.name)),
            true});
        return;
    }
    if (!facts.sku.isEmpty())
        m_skus.insert(facts.sku);
    if (!facts.handle.isEmpty())
        m_handles.insert(facts.handle);
    Item item;
    item.line = line;
    item.rows = rows;
    item.setFacts(facts);
    m_preview->items.append(std::move(item));
}

int Preview::count(Action action) const
{
    return static_cast<int>(
        std::count_if(items.begin(), items.end(), [action](const Item& i) { return i.action == action; }));
}

int Preview::skippedRows() const
{
    // One count per listed line, however many reasons it has.
    QHash<int, int> rowsAt;
    for (const Issue& i : issues) {
        if (i.skipped)
            rowsAt[i.line] = std::max(rowsAt.value(i.line), i.rows);
    }
    int n = 0;
    for (int rows : std::as_const(rowsAt))
        n += rows;
    return n;
}

int Preview::skippedIssues() const
{
    return static_cast<int>(std::count_if(issues.begin(), issues.end(), [](const Issue& i) { return i.skipped; }));
}

namespace
{
// The tag's name, lower case, without a leading '/', from the text after '<'.
QString tagName(QStringView tag)
{
    qsizetype i = 0;
    if (i < tag.size() && tag.at(i) == u'/')
        ++i;
    const qsizetype start = i;
    while (i < tag.size() && (tag.at(i).isLetterOrNumber()))
        ++i;
    return tag.mid(start, i - start).toString().toLower();
}

QString entity(QStringView name)
{
    static const QHash<QString, QString> named{{u"nbsp"_s, u" "_s}, {u"lt"_s, u"<"_s}, {u"gt"_s, u">"_s},
        {u"quot"_s, u"\""_s}, {u"apos"_s, u"'"_s}, {u"euro"_s, u"€"_s}, {u"rsquo"_s, u"’"_s}, {u"lsquo"_s, u"‘"_s},
        {u"ldquo"_s, u"“"_s}, {u"rdquo"_s, u"”"_s}, {u"ndash"_s, u"–"_s}, {u"mdash"_s, u"—"_s}, {u"deg"_s, u"°"_s},
        {u"amp"_s, u"&"_s}};
    if (name.startsWith(u'#')) {
        bool ok = false;
        const bool hex = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X');
        const uint code = name.mid(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
        if (ok && code > 0 && code < 0x110000) {
            const char32_t c = code;
            return QString::fromUcs4(&c, 1);
        }
        return {};
    }
    return named.value(name.toString());
}
} // namespace

QString htmlToText(const QString& html)
{
    if (!html.contains(u'<') && !html.contains(u'&'))
        return html.trimmed();
    // One pass: tags that end a block become line breaks, list items bullets, other tags nothing;
    // script and style blocks go entirely; entities are decoded; spaces are collapsed per line.
    QString text;
    text.reserve(html.size());
    const qsizetype n = html.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = html.at(i);
        if (c == u'<') {
            const qsizetype close = html.indexOf(u'>', i + 1);
            if (close < 0) {
                text += c; // a lone '<' is text
                continue;
            }
            const QStringView tag = QStringView(html).mid(i + 1, close - i - 1);
            const QString name = tagName(tag);
            const bool closing = tag.startsWith(u'/');
            if (!closing && (name == u"script" || name == u"style")) {
                const qsizetype end = html.indexOf(u"</"_s + name, close, Qt::CaseInsensitive);
                const qsizetype endClose = end < 0 ? -1 : html.indexOf(u'>', end);
                i = endClose < 0 ? n : endClose;
                continue;
            }
            static const QStringList blockEnds{
                u"p"_s, u"li"_s, u"h1"_s, u"h2"_s, u"h3"_s, u"h4"_s, u"h5"_s, u"h6"_s, u"div"_s, u"tr"_s};
            if (name == u"br" || (closing && blockEnds.contains(name)))
                text += u'\n';
            else if (!closing && name == u"li")
                text += u"• "_s;
            i = close;
            continue;
        }
        if (c == u'&') {
            const qsizetype semi = html.indexOf(u';', i + 1);
            if (semi > i + 1 && semi - i <= 10) {
                const QString decoded = entity(QStringView(html).mid(i + 1, semi - i - 1));
                if (!decoded.isNull()) {
                    text += decoded;
                    i = semi;
                    continue;
                }
            }
        }
        text += c;
    }
    // Spaces collapsed and trimmed per line; runs of blank lines become one.
    QString out;
    out.reserve(text.size());
    int blank = 0;
    bool any = false;
    for (QStringView line : QStringView(text).split(u'\n')) {
        QString collapsed;
        collapsed.reserve(line.size());
        bool space = false;
        for (const QChar ch : line) {
            if (ch == u' ' || ch == u'\t' || ch == QChar(0x00A0) || ch == u'\r') {
                space = true;
                continue;
            }
            if (space && !collapsed.isEmpty())
                collapsed += u' ';
            space = false;
            collapsed += ch;
        }
        if (collapsed.isEmpty()) {
            ++blank;
            continue;
        }
        if (any)
            out += blank > 0 ? u"\n\n"_s : u"\n"_s;
        out += collapsed;
        blank = 0;
        any = true;
    }
    return out;
}

Preview read(const QByteArray& bytes, const Options& options, const Progress& progress)
{
    Preview out;
    QString error;
    const QByteArray utf8 = Csv::toUtf8(bytes, &out.warnings, &error);
    if (!error.isEmpty()) {
        out.fatal = error;
        return out;
    }
    Csv::Reader reader(utf8);
    Csv::Record headerRecord;
    if (!reader.next(&headerRecord)) {
        out.fatal = !reader.error().isEmpty() ? reader.error()
            : utf8.trimmed().isEmpty()        ? QCoreApplication::translate("Csv", "The file is empty.")
                                              : QCoreApplication::translate("Csv", "The file has no header row.");
        return out;
    }
    QStringList header = headerRecord.fields;
    for (QString& h : header)
        h = h.trimmed();
    bool cancelled = false;
    qint64 rowsRead = 0;
    const NextRow next = [&](Csv::Record* r) {
        if (cancelled || !reader.next(r))
            return false;
        // Every 1,000 rows: the reader's position in the file.
        if (progress && ++rowsRead % 1000 == 0 && !progress(reader.position(), reader.size()))
            cancelled = true;
        return !cancelled;
    };
    const QStringList warnings = out.warnings;
    if (looksLikeShopify(header)) {
        out = readShopify(header, next, options);
    } else if (looksLikeWooCommerce(header)) {
        out = readWooCommerce(header, next, options);
    } else {
        out.fatal = QCoreApplication::translate("CatalogImport",
            "This is not a Shopify or WooCommerce product export: it has neither Handle and Title columns (Shopify) "
            "nor Name and Regular price columns (WooCommerce). The columns found are: %1.")
                        .arg(header.mid(0, 8).join(u", "_s));
        return out;
    }
    if (cancelled) {
        Preview stopped;
        stopped.fatal = QCoreApplication::translate("CatalogImport", "Reading the file was cancelled.");
        return stopped;
    }
    out.warnings = warnings + out.warnings;
    if (!reader.error().isEmpty()) {
        // Everything from the open quote on is unread: say which lines, so nobody thinks it was imported.
        out.cutOffLine = reader.errorLine();
        out.lastLine = static_cast<int>(utf8.count('\n')) + (utf8.endsWith('\n') ? 0 : 1);
        Issue cut{out.cutOffLine, 0, reader.error(), true};
        cut.reason = QCoreApplication::translate(
            "CatalogImport", "%1 Lines %2 to %3 were not read; fix the quote and import the file again.")
                         .arg(reader.error())
                         .arg(out.cutOffLine)
                         .arg(out.lastLine);
        out.issues.append(cut);
    }
    if (progress)
        progress(reader.size(), reader.size());

    std::stable_sort(
        out.issues.begin(), out.issues.end(), [](const Issue& a, const Issue& b) { return a.line < b.line; });
    return out;
}

Preview readFile(const QString& path, const Options& options, const Progress& progress)
{
    QFile f(path);
    Preview out;
    if (!f.open(QIODevice::ReadOnly)) {
        out.fatal = QCoreApplication::translate("CatalogImport", "Cannot open %1: %2")
                        .arg(QFileInfo(path).fileName(), f.errorString());
        return out;
    }
    constexpr qint64 kMaxBytes = 1024LL * 1024 * 1024;
    if (f.size() > kMaxBytes) {
        out.fatal = QCoreApplication::translate(
            "CatalogImport", "%1 is larger than 1 GB; split the export into smaller files.")
                        .arg(QFileInfo(path).fileName());
        return out;
    }
    // The file is mapped, not copied: the reader walks its pages once, and the pages it has read are
    // given back as it goes, so reading a 100 MB export never holds 100 MB.
    if (f.size() > 0) {
        if (uchar* mapped = f.map(0, f.size())) {
            const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(mapped), f.size());
            const qint64 page = ::sysconf(_SC_PAGESIZE);
            qint64 released = 0;
            const Progress release = [&](qint64 done, qint64 total) {
                const qint64 upTo = (done / page) * page;
                if (upTo - released >= (8 << 20)) {
                    ::madvise(mapped + released, static_cast<size_t>(upTo - released), MADV_DONTNEED);
                    released = upTo;
                }
                return !progress || progress(done, total);
            };
            out = read(bytes, options, release);
            f.unmap(mapped);
            return out;
        }
    }
    return read(f.readAll(), options, progress);
}

void match(const QSqlDatabase& db, Preview* preview, const Progress& progress)
{
    // The workspace's keys, once: a lookup per item, not a query per item.
    QHash<QString, qint64> bySku;
    QHash<QString, qint64> byHandle;
    QSqlQuery q = Sql::exec(db, u"SELECT id, COALESCE(sku, ''), COALESCE(handle, '') FROM products"_s);
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (const QString sku = q.value(1).toString(); !sku.isEmpty())
            bySku.insert(sku, id);
        if (const QString handle = q.value(2).toString(); !handle.isEmpty())
            byHandle.insert(handle, id);
    }
    q.finish();
    const qint64 total = preview->items.size();
    qint64 done = 0;
    for (Item& item : preview->items) {
        if (progress && ++done % 1000 == 0 && !progress(done, total))
            return;
        const auto [sku, handle] = item.keys();
        qint64 id = sku.isEmpty() ? 0 : bySku.value(sku);
        if (id == 0 && !handle.isEmpty())
            id = byHandle.value(handle);
        if (id == 0) {
            item.action = Action::Create;
            item.existingId = 0;
            continue;
        }
        item.existingId = id;
        const auto stored = ProductFacts::load(db, id);
        // The stored product keeps what the import does not carry (audience, brand voice, competitors).
        item.action = stored && stored->sameFactsAs(item.facts()) ? Action::Unchanged : Action::Update;
    }
}

Result apply(const QSqlDatabase& db, const Preview& preview, const QString& actor, qint64 now, const Progress& progress,
    int batchSize)
{
    Result result;
    const qint64 total = preview.items.size();
    qint64 index = 0;
    while (index < total) {
        if (progress && !progress(index, total)) {
            result.cancelled = true;
            break;
        }
        const qint64 end = std::min(total, index + std::max(1, batchSize));
        Transaction tx(db);
        ProductStore::Writer writer(db);
        Result batch;
        for (; index < end; ++index) {
            const Item& item = preview.items.at(index);
            const ProductFacts facts = item.facts();
            // Matched again inside the transaction: the workspace may have changed since the preview,
            // and an import that was cancelled or killed is completed by importing again.
            const auto id = writer.find(facts.sku, facts.handle);
            if (!id) {
                // The content pieces come with the product's first run (queued with it or later).
                batch.created.append(writer.create(facts, actor, now, ProductStore::Writer::NoPieces));
                continue;
            }
            const auto stored = ProductFacts::load(db, *id);
            if (stored && stored->sameFactsAs(facts)) {
                ++batch.unchanged;
                continue;
            }
            ProductFacts merged = facts;
            if (stored) {
                merged.audience = stored->audience;
                merged.brandVoice = stored->brandVoice;
                merged.competitorUrls = stored->competitorUrls;
            }
            writer.update(*id, merged, now);
            batch.updated.append(*id);
        }
        tx.commit();
        result.created += batch.created;
        result.updated += batch.updated;
        result.unchanged += batch.unchanged;
    }
    if (progress && !result.cancelled)
        progress(total, total);
    return result;
}

} // namespace CatalogImport
