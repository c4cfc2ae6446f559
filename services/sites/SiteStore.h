#pragma once

#include "pipeline/ContentStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// A generated site's rows: the site, its units (the chain's stages and the page's sections, stored like content
// pieces in site_units, site_versions and site_validations) and its assembled pages.
namespace SiteStore
{

// Where a site's chain stands (sites.stage).
namespace Stage
{
inline constexpr QLatin1StringView Queued{"queued"};
inline constexpr QLatin1StringView Brief{"brief"};
inline constexpr QLatin1StringView Concept{"concept"};
inline constexpr QLatin1StringView Design{"design"};
inline constexpr QLatin1StringView Sections{"sections"};
inline constexpr QLatin1StringView Ready{"ready"};              // assembled and checked: a person may approve it
inline constexpr QLatin1StringView NeedsReview{"needs_review"}; // a unit or the page failed three times
inline constexpr QLatin1StringView Failed{"failed"};            // the chain could not run (provider, budget)
QString displayName(const QString& stage);
} // namespace Stage

struct Unit
{
    ContentStore::Piece piece; // piece.productId is the site's id
    int position = 0;
    bool locked = false;
    QString instruction; // a person's, for its next run
    QString instructionBy;
};

struct Site
{
    qint64 id = 0;
    QString name;
    QString title;
    QString status; // draft, approved, published
    QString stage;
    int pageVersion = 0;
    qint64 productId = 0; // the product it was written about
    qint64 leadId = 0;    // or the lead's business it is a concept for
    QString kind;         // landing (a product), concept (a lead), collection, shop
    QString collection;   // the category a collection's page shows
    bool catalog() const { return kind == u"collection" || kind == u"shop"; }
    QString vibe;
    QString lastError;
    QJsonArray problems; // the page checks' problems of the last assembly
};

// A new site for a product, its stages waiting.
qint64 createForProduct(const QSqlDatabase& db, qint64 productId, qint64 now);
// A new concept site for a lead's business (0 when the lead is gone).
qint64 createForLead(const QSqlDatabase& db, qint64 leadId, qint64 now);
// A new site for a collection (the products of one category) or, with an empty collection, the whole shop (0 when
// it has no products).
qint64 createForCatalog(const QSqlDatabase& db, const QString& collection, qint64 now);
std::optional<Site> site(const QSqlDatabase& db, qint64 siteId);
void setStage(const QSqlDatabase& db, qint64 siteId, const QString& stage, qint64 now, const QString& error = {},
    const QJsonArray& problems = {});

// The stages (created when missing) and the sections the concept plans, in page order.
QList<Unit> units(const QSqlDatabase& db, qint64 siteId);
std::optional<Unit> unit(const QSqlDatabase& db, qint64 unitId);
void ensureStages(const QSqlDatabase& db, qint64 siteId, qint64 now);
// The sections of the accepted concept: missing ones created, ones it no longer plans removed (a locked one
// stays, out of the page, until a person unlocks it).
void planSections(const QSqlDatabase& db, qint64 siteId, const QStringList& keys, qint64 now);
// The accepted version's JSON of a unit kind (empty when not accepted).
QJsonObject accepted(const QSqlDatabase& db, qint64 siteId, const QString& kind);
// A unit's next run: a new run number, queued, with a person's instruction (kept on the unit until a version
// written with it is accepted, so a run that picks the unit up first still follows it); a locked one refuses.
bool queueAgain(
    const QSqlDatabase& db, qint64 unitId, qint64 now, const QString& instruction = {}, const QString& author = {});
void clearInstruction(const QSqlDatabase& db, qint64 unitId);
void setLocked(const QSqlDatabase& db, qint64 unitId, bool locked, qint64 now);

struct Page
{
    int version = 0;
    QString html;
    QJsonObject units; // kind -> version id it was built from
    qint64 createdAt = 0;
    QString path;      // relative to the workspace's sites/
    QJsonObject shots; // width -> screenshot, relative to sites/
    QString shotError; // why there are none
};
// Stores an assembled page as the site's next version (the same units again: the stored one) and writes it
// under sitesDir for the browser; returns the version.
int savePage(const QSqlDatabase& db, qint64 siteId, const QString& html, const QJsonObject& units,
    const QString& sitesDir, qint64 now, QString* error);
std::optional<Page> page(const QSqlDatabase& db, qint64 siteId, int version);
QList<int> pageVersions(const QSqlDatabase& db, qint64 siteId);
// The screenshots of a page version (PageShots), or why there are none.
void saveShots(const QSqlDatabase& db, qint64 siteId, int version, const QJsonObject& shots, const QString& error);

} // namespace SiteStore
