#pragma once

#include "VisualGuards.h"

#include <QSqlDatabase>

#include <optional>

struct ProviderConfig;
class PriceTable;

// Product visuals in the workspace: the picture cache by prompt hash, each product's visual per format with its
// guards, the owner's visual settings (brand colours, logo, which image providers and in what order), and the
// "visual.make" job.
namespace VisualStore
{

// The prompt's hash for the cache: the same words at the same size are the same picture.
QString promptHash(const QString& prompt, const QString& size);

struct Cached
{
    QString path;
    QString provider;
    QString model;
};
// A cached picture whose file is still there (a hit is counted); nullopt otherwise.
std::optional<Cached> cached(const QSqlDatabase& db, const QString& hash);
void remember(const QSqlDatabase& db, const QString& hash, const QString& prompt, const QString& size,
    const Cached& picture, qint64 now);

// The picture prompt for a product: what it is, its colour and material, a plain backdrop, room for a headline.
QString promptFor(const QSqlDatabase& db, qint64 productId);

struct Visual
{
    qint64 id = 0;
    qint64 productId = 0;
    QString format;
    QString path;
    QString promptHash;
    QList<VisualGuards::Result> guards;
    bool passed = false;
    int attempts = 0;
    QStringList earlier; // what failed on the attempts before this one, in words
    QString status;      // ready | review | approved | rejected
    qint64 createdAt = 0;
};
QList<Visual> forProduct(const QSqlDatabase& db, qint64 productId);
void save(const QSqlDatabase& db, const Visual& v, qint64 now);

QJsonArray guardsToJson(const QList<VisualGuards::Result>& results);
QList<VisualGuards::Result> guardsFromJson(const QJsonArray& array);

// The owner's visual settings (stored in the workspace; no settings page edits them yet).
QList<QColor> brandColors(const QSqlDatabase& db);
void setBrandColors(const QSqlDatabase& db, const QList<QColor>& colors);
QString logoPath(const QSqlDatabase& db);
void setLogoPath(const QSqlDatabase& db, const QString& path);

// The image providers with the owner's quality mark (1–5) for each, and the price per picture from the price
// table. The order tried: the cheapest whose quality is at least the minimum first, then the rest by quality.
struct Choice
{
    QString providerId;
    QString name; // shown to people
    QString model;
    int quality = 3;
    qint64 pricePerImage = 0; // micro-euros
};
QList<Choice> choices(const QSqlDatabase& db, const PriceTable& prices);
void setQuality(const QSqlDatabase& db, const QString& providerId, int quality);
int minimumQuality(const QSqlDatabase& db);
void setMinimumQuality(const QSqlDatabase& db, int quality);
QList<ProviderConfig> chain(const QSqlDatabase& db, const PriceTable& prices);
// The guards' thresholds the owner may change (contrast, brand-colour distance, text over the product); the rest
// are the defaults. The logo is required when one is set.
VisualGuards::Rules rules(const QSqlDatabase& db);
void setRules(const QSqlDatabase& db, const VisualGuards::Rules& rules);
// The purpose whose provider chain makes pictures (Settings → Providers).
inline const QString kPurpose = QStringLiteral("image");

} // namespace VisualStore
