#include "SiteStore.h"

#include "CatalogFacts.h"
#include "SiteSpec.h"
#include "core/Json.h"
#include "core/SiteRenderer.h"
#include "storage/Settings.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace SiteStore
{

QString Stage::displayName(const QString& stage)
{
    if (stage == Queued)
        return QCoreApplication::translate("SiteStore", "Queued");
    if (stage == Brief)
        return QCoreApplication::translate("SiteStore", "Analyst writes the brief");
    if (stage == Concept)
        return QCoreApplication::translate("SiteStore", "Concept");
    if (stage == Design)
        return QCoreApplication::translate("SiteStore", "Art director sets the design");
    if (stage == Sections)
        return QCoreApplication::translate("SiteStore", "Architect builds the sections");
    if (stage == Ready)
        return QCoreApplication::translate("SiteStore", "Ready for approval");
    if (stage == NeedsReview)
        return QCoreApplication::translate("SiteStore", "Needs a person");
    if (stage == Failed)
        return QCoreApplication::translate("SiteStore", "Could not be generated");
    return stage;
}

namespace
{
// A new site named after what it is written about (the product or the lead, by its column), its stages waiting.
qint64 create(const QSqlDatabase& db, const QString& sourceTable, const QString& column, const QString& kind, qint64 id,
    qint64 now)
{
    const QVariant name = Sql::scalar(db, u"SELECT name FROM "_s + sourceTable + u" WHERE id = ?"_s, {id});
    if (!name.isValid())
        return 0;
    Transaction tx(db);
    const qint64 site = Sql::insert(db,
        u"INSERT INTO sites (name, kind, title, status, stage, "_s + column
            + u", created_at, updated_at) VALUES (?, ?, ?, 'draft', 'queued', ?, ?, ?)"_s,
        {name, kind, name, id, now, now});
    ensureStages(db, site, now);
    tx.commit();
    return site;
}
} // namespace

qint64 createForProduct(const QSqlDatabase& db, qint64 productId, qint64 now)
{
    return create(db, u"products"_s, u"source_product_id"_s, u"landing"_s, productId, now);
}

qint64 createForLead(const QSqlDatabase& db, qint64 leadId, qint64 now)
{
    return create(db, u"leads"_s, u"lead_id"_s, u"concept"_s, leadId, now);
}

qint64 createForCatalog(const QSqlDatabase& db, const QString& collection, qint64 now)
{
    if (CatalogFacts::productCount(db, collection) == 0)
        return 0;
    const QString shop = Settings::value(db, u"workspace.name"_s);
    const QString name = !collection.isEmpty() ? collection
        : shop.isEmpty()                       ? QCoreApplication::translate("SiteStore", "The whole shop")
                                               : shop;
    Transaction tx(db);
    const qint64 site = Sql::insert(db,
        u"INSERT INTO sites (name, kind, title, status, stage, source_collection, created_at, updated_at) VALUES (?, "
        u"?, ?, 'draft', 'queued', ?, ?, ?)"_s,
        {name, collection.isEmpty() ? u"shop"_s : u"collection"_s, name, collection, now, now});
    ensureStages(db, site, now);
    tx.commit();
    return site;
}

std::optional<Site> site(const QSqlDatabase& db, qint64 siteId)
{
    QSqlQuery q = Sql::exec(db,
        u"SELECT id, name, title, status, stage, page_version, COALESCE(source_product_id, product_id, 0), vibe, "
        u"last_error, problems, COALESCE(lead_id, 0), kind, source_collection FROM sites WHERE id = ?"_s,
        {siteId});
    if (!q.next())
        return std::nullopt;
    Site s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.title = q.value(2).toString();
    s.status = q.value(3).toString();
    s.stage = q.value(4).toString();
    s.pageVersion = q.value(5).toInt();
    s.productId = q.value(6).toLongLong();
    s.vibe = q.value(7).toString();
    s.lastError = q.value(8).toString();
    s.problems = Json::arrayFromString(q.value(9).toString());
    s.leadId = q.value(10).toLongLong();
    s.kind = q.value(11).toString();
    s.collection = q.value(12).toString();
    return s;
}

void setStage(const QSqlDatabase& db, qint64 siteId, const QString& stage, qint64 now, const QString& error,
    const QJsonArray& problems)
{
    Sql::exec(db, u"UPDATE sites SET stage = ?, last_error = ?, problems = ?, updated_at = ? WHERE id = ?"_s,
        {stage, error, Json::compact(problems), now, siteId});
}

namespace
{
const QString kUnitFields
    = u"id, site_id, kind, state, attempts, run_no, COALESCE(current_version_id, 0), "
      u"COALESCE(accepted_version_id, 0), last_error, updated_at, position, locked, instruction, instruction_by "
      u"FROM site_units"_s;

Unit unitFrom(const QSqlQuery& q)
{
    Unit u;
    u.piece = ContentStore::Piece{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
        q.value(3).toString(), q.value(4).toInt(), q.value(5).toInt(), q.value(6).toLongLong(), q.value(7).toLongLong(),
        q.value(8).toString(), q.value(9).toLongLong()};
    u.position = q.value(10).toInt();
    u.locked = q.value(11).toInt() != 0;
    u.instruction = q.value(12).toString();
    u.instructionBy = q.value(13).toString();
    return u;
}
} // namespace

QList<Unit> units(const QSqlDatabase& db, qint64 siteId)
{
    QSqlQuery q = Sql::exec(db, u"SELECT "_s + kUnitFields + u" WHERE site_id = ? ORDER BY position, id"_s, {siteId});
    QList<Unit> out;
    while (q.next())
        out.append(unitFrom(q));
    return out;
}

std::optional<Unit> unit(const QSqlDatabase& db, qint64 unitId)
{
    QSqlQuery q = Sql::exec(db, u"SELECT "_s + kUnitFields + u" WHERE id = ?"_s, {unitId});
    if (!q.next())
        return std::nullopt;
    return unitFrom(q);
}

void ensureStages(const QSqlDatabase& db, qint64 siteId, qint64 now)
{
    int position = 0;
    for (const QString& kind : SiteSpec::stages())
        Sql::exec(db,
            u"INSERT INTO site_units (site_id, kind, position, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"_s,
            {siteId, kind, position++, now});
}

void planSections(const QSqlDatabase& db, qint64 siteId, const QStringList& keys, qint64 now)
{
    QStringList kinds;
    for (const QString& key : keys)
        kinds.append(SiteSpec::sectionKind(key));
    for (const Unit& u : units(db, siteId)) {
        if (!SiteSpec::isSection(u.piece.kind) || kinds.contains(u.piece.kind))
            continue;
        if (u.locked) // kept for the person who locked it, out of the page (assembly takes positions from 10)
            Sql::exec(db, u"UPDATE site_units SET position = -1 WHERE id = ?"_s, {u.piece.id});
        else
            Sql::exec(db, u"DELETE FROM site_units WHERE id = ?"_s, {u.piece.id});
    }
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        const int position = 10 + int(i);
        Sql::exec(db,
            u"INSERT INTO site_units (site_id, kind, position, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"_s,
            {siteId, kinds.at(i), position, now});
        Sql::exec(db, u"UPDATE site_units SET position = ? WHERE site_id = ? AND kind = ?"_s,
            {position, siteId, kinds.at(i)});
    }
}

QJsonObject accepted(const QSqlDatabase& db, qint64 siteId, const QString& kind)
{
    const QVariant body = Sql::scalar(db,
        u"SELECT v.body FROM site_units u JOIN site_versions v ON v.id = u.accepted_version_id "
        u"WHERE u.site_id = ? AND u.kind = ? AND u.state = 'accepted'"_s,
        {siteId, kind});
    return body.isValid() ? Json::objectFromString(body.toString()) : QJsonObject();
}

bool queueAgain(const QSqlDatabase& db, qint64 unitId, qint64 now, const QString& instruction, const QString& author)
{
    return Sql::exec(db,
               u"UPDATE site_units SET run_no = run_no + 1, state = 'queued', attempts = 0, last_error = '', "
               u"instruction = ?, instruction_by = ?, updated_at = ? WHERE id = ? AND locked = 0"_s,
               {instruction, author, now, unitId})
               .numRowsAffected()
        > 0;
}

void clearInstruction(const QSqlDatabase& db, qint64 unitId)
{
    Sql::exec(db, u"UPDATE site_units SET instruction = '', instruction_by = '' WHERE id = ?"_s, {unitId});
}

void setLocked(const QSqlDatabase& db, qint64 unitId, bool locked, qint64 now)
{
    Sql::exec(db, u"UPDATE site_units SET locked = ?, updated_at = ? WHERE id = ?"_s, {locked ? 1 : 0, now, unitId});
}

int savePage(const QSqlDatabase& db, qint64 siteId, const QString& html, const QJsonObject& units,
    const QString& sitesDir, qint64 now, QString* error)
{
    QSqlQuery last = Sql::exec(
        db, u"SELECT version, units FROM site_pages WHERE site_id = ? ORDER BY version DESC LIMIT 1"_s, {siteId});
    int version = 1;
    if (last.next()) {
        if (Json::objectFromString(last.value(1).toString()) == units)
            return last.value(0).toInt(); // built from the same units: the same page
        version = last.value(0).toInt() + 1;
    }
    last.finish();
    const auto s = site(db, siteId);
    const QString relative
        = u"%1-%2/v%3.html"_s.arg(SiteRenderer::slugify(s ? s->name : QString())).arg(siteId).arg(version);
    if (!sitesDir.isEmpty()) {
        QDir(sitesDir).mkpath(QFileInfo(relative).path());
        QSaveFile file(QDir(sitesDir).filePath(relative));
        // The file sits two folders below the workspace (sites/<site>/): the product's images, workspace
        // paths in the stored page, are found from there.
        QString local = html;
        local.replace(u"src=\"images/"_s, u"src=\"../../images/"_s);
        const QByteArray bytes = local.toUtf8();
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            *error = QCoreApplication::translate("SiteStore", "Cannot write the page %1: %2")
                         .arg(file.fileName(), file.errorString());
            return 0;
        }
    }
    Sql::exec(db,
        u"INSERT INTO site_pages (site_id, version, html, path, units, created_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
        {siteId, version, html, relative, Json::compact(units), now});
    Sql::exec(db, u"UPDATE sites SET page_version = ?, html_path = ?, status = 'draft', updated_at = ? WHERE id = ?"_s,
        {version, relative, now, siteId});
    return version;
}

std::optional<Page> page(const QSqlDatabase& db, qint64 siteId, int version)
{
    QSqlQuery q = Sql::exec(db,
        u"SELECT version, html, units, created_at, path, shots, shot_error FROM site_pages WHERE site_id = ? AND "
        u"version = ?"_s,
        {siteId, version});
    if (!q.next())
        return std::nullopt;
    Page p{q.value(0).toInt(), q.value(1).toString(), Json::objectFromString(q.value(2).toString()),
        q.value(3).toLongLong()};
    p.path = q.value(4).toString();
    p.shots = Json::objectFromString(q.value(5).toString());
    p.shotError = q.value(6).toString();
    return p;
}

void saveShots(const QSqlDatabase& db, qint64 siteId, int version, const QJsonObject& shots, const QString& error)
{
    Sql::exec(db, u"UPDATE site_pages SET shots = ?, shot_error = ? WHERE site_id = ? AND version = ?"_s,
        {Json::compact(shots), error, siteId, version});
}

QList<int> pageVersions(const QSqlDatabase& db, qint64 siteId)
{
    QList<int> out;
    QSqlQuery q = Sql::exec(db, u"SELECT version FROM site_pages WHERE site_id = ? ORDER BY version"_s, {siteId});
    while (q.next())
        out.append(q.value(0).toInt());
    return out;
}

} // namespace SiteStore
