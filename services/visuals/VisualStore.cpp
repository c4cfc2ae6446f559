#include "VisualStore.h"

#include "llm/ProviderStore.h"
#include "resilience/Pricing.h"
#include "storage/Settings.h"
#include "storage/Sql.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace VisualStore
{

namespace
{
const QString kBrandColors = u"visuals.brand_colors"_s;
const QString kLogo = u"visuals.logo_path"_s;
const QString kQuality = u"visuals.provider_quality"_s;
const QString kMinQuality = u"visuals.min_quality"_s;
const QString kMinContrast = u"visuals.min_contrast"_s;
const QString kMaxDeltaE = u"visuals.max_delta_e"_s;
const QString kMaxTextOnProduct = u"visuals.max_text_on_product"_s;
} // namespace

QString promptHash(const QString& prompt, const QString& size)
{
    return QString::fromLatin1(
        QCryptographicHash::hash((size + u'\n' + prompt.simplified()).toUtf8(), QCryptographicHash::Sha256).toHex());
}

std::optional<Cached> cached(const QSqlDatabase& db, const QString& hash)
{
    QSqlQuery q = Sql::exec(db, u"SELECT path, provider, model FROM image_cache WHERE prompt_hash = ?"_s, {hash});
    if (!q.next())
        return std::nullopt;
    Cached c{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    q.finish(); // the read ends before the write below
    if (!QFileInfo::exists(c.path))
        return std::nullopt;
    Sql::exec(db, u"UPDATE image_cache SET hits = hits + 1 WHERE prompt_hash = ?"_s, {hash});
    return c;
}

void remember(const QSqlDatabase& db, const QString& hash, const QString& prompt, const QString& size,
    const Cached& picture, qint64 now)
{
    Sql::exec(db,
        u"INSERT INTO image_cache (prompt_hash, prompt, size, provider, model, path, created_at) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (prompt_hash) DO UPDATE SET path = excluded.path, "
        u"provider = excluded.provider, model = excluded.model, created_at = excluded.created_at"_s,
        {hash, prompt, size, picture.provider, picture.model, picture.path, now});
}

QString promptFor(const QSqlDatabase& db, qint64 productId)
{
    QSqlQuery q = Sql::exec(db, u"SELECT name, category, attributes FROM products WHERE id = ?"_s, {productId});
    if (!q.next())
        return {};
    const QJsonObject attributes = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
    QStringList details;
    for (const QString& key : {u"color"_s, u"colour"_s, u"material"_s})
        if (const QString v = attributes.value(key).toString(); !v.isEmpty())
            details.append(v);
    QString what = q.value(0).toString();
    if (const QString category = q.value(1).toString(); !category.isEmpty())
        what += u" ("_s + category + u')';
    if (!details.isEmpty())
        what += u", "_s + details.join(u", "_s);
    // Always English: the image models follow English prompts best, and the prompt is the cache's key.
    return u"Product photograph of %1, whole and to one side of the frame, on a plain light backdrop, soft "
           u"daylight, room above it for a headline, no text, no people."_s.arg(what);
}

QJsonArray guardsToJson(const QList<VisualGuards::Result>& results)
{
    QJsonArray out;
    for (const auto& r : results) {
        QJsonArray where;
        for (const QRectF& w : r.where)
            where.append(QJsonArray{w.x(), w.y(), w.width(), w.height()});
        out.append(QJsonObject{{u"guard"_s, VisualGuards::key(r.guard)}, {u"checked"_s, r.checked},
            {u"passed"_s, r.passed}, {u"value"_s, r.value}, {u"detail"_s, r.detail}, {u"where"_s, where}});
    }
    return out;
}

QList<VisualGuards::Result> guardsFromJson(const QJsonArray& array)
{
    QList<VisualGuards::Result> out;
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        VisualGuards::Result r;
        for (int g = 0; g < VisualGuards::kGuards; ++g)
            if (VisualGuards::key(VisualGuards::Guard(g)) == o.value(u"guard"_s).toString())
                r.guard = VisualGuards::Guard(g);
        r.checked = o.value(u"checked"_s).toBool();
        r.passed = o.value(u"passed"_s).toBool();
        r.value = o.value(u"value"_s).toDouble();
        r.detail = o.value(u"detail"_s).toString();
        for (const QJsonValue& w : o.value(u"where"_s).toArray()) {
            const QJsonArray a = w.toArray();
            r.where.append(QRectF(a.at(0).toDouble(), a.at(1).toDouble(), a.at(2).toDouble(), a.at(3).toDouble()));
        }
        out.append(r);
    }
    return out;
}

QList<Visual> forProduct(const QSqlDatabase& db, qint64 productId)
{
    QSqlQuery q = Sql::exec(db,
        u"SELECT id, product_id, format, path, prompt_hash, guards, passed, attempts, status, created_at, earlier "
        u"FROM product_visuals WHERE product_id = ? ORDER BY id"_s,
        {productId});
    QList<Visual> out;
    while (q.next()) {
        Visual v;
        v.id = q.value(0).toLongLong();
        v.productId = q.value(1).toLongLong();
        v.format = q.value(2).toString();
        v.path = q.value(3).toString();
        v.promptHash = q.value(4).toString();
        v.guards = guardsFromJson(QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array());
        v.passed = q.value(6).toBool();
        v.attempts = q.value(7).toInt();
        v.status = q.value(8).toString();
        v.createdAt = q.value(9).toLongLong();
        for (const QJsonValue& e : QJsonDocument::fromJson(q.value(10).toString().toUtf8()).array())
            v.earlier.append(e.toString());
        out.append(v);
    }
    return out;
}

void save(const QSqlDatabase& db, const Visual& v, qint64 now)
{
    Sql::exec(db,
        u"INSERT INTO product_visuals (product_id, format, path, prompt_hash, guards, passed, attempts, status, "
        u"created_at, earlier) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (product_id, format) DO UPDATE SET "
        u"path = excluded.path, prompt_hash = excluded.prompt_hash, guards = excluded.guards, passed = "
        u"excluded.passed, "
        u"attempts = excluded.attempts, status = excluded.status, created_at = excluded.created_at, "
        u"earlier = excluded.earlier"_s,
        {v.productId, v.format, v.path, v.promptHash,
            QString::fromUtf8(QJsonDocument(guardsToJson(v.guards)).toJson(QJsonDocument::Compact)), v.passed ? 1 : 0,
            v.attempts, v.status, now,
            QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(v.earlier)).toJson(QJsonDocument::Compact))});
}

QList<QColor> brandColors(const QSqlDatabase& db)
{
    QList<QColor> out;
    for (const QString& name : Settings::value(db, kBrandColors).split(u',', Qt::SkipEmptyParts))
        if (const QColor c = QColor::fromString(name.trimmed()); c.isValid())
            out.append(c);
    return out;
}

void setBrandColors(const QSqlDatabase& db, const QList<QColor>& colors)
{
    QStringList names;
    for (const QColor& c : colors)
        names.append(c.name());
    Settings::setValue(db, kBrandColors, names.join(u','));
}

QString logoPath(const QSqlDatabase& db)
{
    return Settings::value(db, kLogo);
}

void setLogoPath(const QSqlDatabase& db, const QString& path)
{
    Settings::setValue(db, kLogo, path);
}

QList<Choice> choices(const QSqlDatabase& db, const PriceTable& prices)
{
    const QJsonObject marks = QJsonDocument::fromJson(Settings::value(db, kQuality).toUtf8()).object();
    QList<Choice> out;
    for (const ProviderConfig& p : ProviderStore::chain(db, kPurpose)) {
        Choice c;
        c.providerId = p.id;
        c.name = p.name.isEmpty() ? p.id : p.name;
        c.model = p.model;
        c.quality = std::clamp(marks.value(p.id).toInt(3), 1, 5);
        c.pricePerImage = prices.find(p.kind, p.model).perImage;
        out.append(c);
    }
    const int minimum = minimumQuality(db);
    std::stable_sort(out.begin(), out.end(), [minimum](const Choice& a, const Choice& b) {
        const bool goodA = a.quality >= minimum;
        const bool goodB = b.quality >= minimum;
        if (goodA != goodB)
            return goodA;
        if (goodA)
            return a.pricePerImage != b.pricePerImage ? a.pricePerImage < b.pricePerImage : a.quality > b.quality;
        return a.quality > b.quality;
    });
    return out;
}

void setQuality(const QSqlDatabase& db, const QString& providerId, int quality)
{
    QJsonObject marks = QJsonDocument::fromJson(Settings::value(db, kQuality).toUtf8()).object();
    marks.insert(providerId, std::clamp(quality, 1, 5));
    Settings::setValue(db, kQuality, QString::fromUtf8(QJsonDocument(marks).toJson(QJsonDocument::Compact)));
}

int minimumQuality(const QSqlDatabase& db)
{
    return int(std::clamp<qint64>(Settings::intValue(db, kMinQuality, 3), 1, 5));
}

void setMinimumQuality(const QSqlDatabase& db, int quality)
{
    Settings::setValue(db, kMinQuality, qint64(std::clamp(quality, 1, 5)));
}

VisualGuards::Rules rules(const QSqlDatabase& db)
{
    VisualGuards::Rules r;
    r.minContrast = std::clamp(Settings::doubleValue(db, kMinContrast, r.minContrast), 3.0, 7.0);
    r.maxDeltaE = std::clamp(Settings::doubleValue(db, kMaxDeltaE, r.maxDeltaE), 5.0, 100.0);
    r.maxTextOnProduct = std::clamp(Settings::doubleValue(db, kMaxTextOnProduct, r.maxTextOnProduct), 0.0, 0.5);
    r.logoRequired = !logoPath(db).isEmpty();
    return r;
}

void setRules(const QSqlDatabase& db, const VisualGuards::Rules& r)
{
    Settings::setValue(db, kMinContrast, QString::number(r.minContrast));
    Settings::setValue(db, kMaxDeltaE, QString::number(r.maxDeltaE));
    Settings::setValue(db, kMaxTextOnProduct, QString::number(r.maxTextOnProduct));
}

QList<ProviderConfig> chain(const QSqlDatabase& db, const PriceTable& prices)
{
    QList<ProviderConfig> out;
    for (const Choice& c : choices(db, prices))
        if (const auto p = ProviderStore::find(db, c.providerId))
            out.append(*p);
    return out;
}

} // namespace VisualStore
