#include "SitesModel.h"

#include "Format.h"
#include "Markup.h"
#include "ThumbnailCache.h"
#include "core/Json.h"
#include "core/Log.h"
#include "sites/CatalogFacts.h"
#include "sites/SiteStore.h"
#include "storage/Sql.h"

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

SitesModel::SitesModel(const QSqlDatabase& db, const QString& sitesDir, QObject* parent)
    : QAbstractListModel(parent)
    , m_db(db)
    , m_thumbnails(new ThumbnailCache(ThumbnailBox, ThumbnailCache::Fit::TopOfPage, this))
    , m_sitesDir(sitesDir)
{
    connect(m_thumbnails, &ThumbnailCache::thumbnailReady, this, [this](const QString& path) {
        for (qsizetype i = 0; i < m_sites.size(); ++i) {
            if (m_sites.at(i).shots.value(u"1280"_s).toString() == path)
                emit dataChanged(index(int(i)), index(int(i)), {ThumbnailRole});
        }
    });
    reload();
}

int SitesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_sites.size());
}

QVariant SitesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Site& s = m_sites.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return s.name;
    case Qt::ToolTipRole:
        if (!s.lastError.isEmpty())
            return Markup::toolTip(s.lastError);
        return Markup::toolTip(s.url.isEmpty() ? s.tagline : s.url);
    case IdRole:
        return s.id;
    case TitleRole:
        return s.title;
    case TaglineRole:
        return s.tagline;
    case KindRole:
        return s.kind;
    case StatusRole:
        return s.status;
    case UrlRole:
        return s.url;
    case HtmlPathRole:
        return s.htmlPath;
    case PaletteRole:
        return s.palette;
    case ProductRole:
        return s.product;
    case UpdatedRole:
        return s.updatedAt;
    case StageRole:
        return s.stage;
    case StageTextRole:
        return SiteStore::Stage::displayName(s.stage);
    case VibeRole:
        return s.vibe;
    case PageVersionRole:
        return s.pageVersion;
    case LastErrorRole:
        return s.lastError;
    case ThumbnailRole: {
        const QString path = s.shots.value(u"1280"_s).toString();
        return path.isEmpty() ? QImage() : m_thumbnails->thumbnail(path);
    }
    case ShotErrorRole:
        return s.shotError;
    case ShotsRole:
        return s.shots;
    case LeadRole:
        return s.lead;
    case CollectionRole:
        return s.collection;
    default:
        return {};
    }
}

QHash<int, QByteArray> SitesModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(TitleRole, "title");
    names.insert(TaglineRole, "tagline");
    names.insert(StatusRole, "status");
    names.insert(UrlRole, "url");
    return names;
}

SitesModel::Site SitesModel::siteAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= m_sites.size())
        return {};
    return m_sites.at(index.row());
}

SitesModel::Site SitesModel::siteById(qint64 id) const
{
    for (const Site& s : m_sites) {
        if (s.id == id)
            return s;
    }
    // Filtered out of the gallery (a search, a status), still the site a dialog shows.
    try {
        const QVector<Site> one = query({u"s.id = ?"_s}, {id});
        return one.isEmpty() ? Site{} : one.first();
    } catch (const SqlError& e) {
        qCWarning(lcModels) << "site query failed:" << e.message();
        return {};
    }
}

void SitesModel::setTextFilter(const QString& text)
{
    if (text.trimmed() == m_text)
        return;
    m_text = text.trimmed();
    reload();
}

void SitesModel::setStatusFilter(const QString& status)
{
    if (status == m_status)
        return;
    m_status = status;
    reload();
}

QVector<SitesModel::Site> SitesModel::query(const QStringList& where, const QVariantList& binds) const
{
    QString sql
        = u"SELECT s.id, s.name, s.kind, s.title, s.tagline, s.palette, s.html_path, s.status, s.url, "
          u"p.name, s.updated_at, s.stage, s.vibe, s.page_version, s.last_error, COALESCE(p.id, 0), s.problems, "
          u"COALESCE(g.shots, '{}'), COALESCE(g.shot_error, ''), COALESCE(l.name, ''), s.source_collection FROM sites "
          u"s "
          u"LEFT JOIN "
          u"products p ON p.id = COALESCE(s.product_id, s.source_product_id) LEFT JOIN site_pages g ON "
          u"g.site_id = s.id AND g.version = s.page_version LEFT JOIN leads l ON l.id = s.lead_id"_s;
    if (!where.isEmpty())
        sql += u" WHERE "_s + where.join(u" AND "_s);
    sql += u" ORDER BY s.updated_at DESC, s.id"_s;
    QVector<Site> sites;
    QSqlQuery q = Sql::exec(m_db, sql, binds);
    while (q.next()) {
        Site s;
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.kind = q.value(2).toString();
        s.title = q.value(3).toString();
        s.tagline = q.value(4).toString();
        s.palette = Json::toStringList(Json::arrayFromString(q.value(5).toString()));
        const QString path = q.value(6).toString();
        s.htmlPath = path.isEmpty() ? QString() : QDir(m_sitesDir).filePath(path);
        s.status = q.value(7).toString();
        s.url = q.value(8).toString();
        s.product = q.value(9).toString();
        s.updatedAt = q.value(10).toLongLong();
        s.stage = q.value(11).toString();
        s.vibe = q.value(12).toString();
        s.pageVersion = q.value(13).toInt();
        s.lastError = q.value(14).toString();
        s.productId = q.value(15).toLongLong();
        for (const QJsonValue& p : Json::arrayFromString(q.value(16).toString()))
            s.problems.append(p.toObject().value(u"issue"_s).toString());
        const QJsonObject shots = Json::objectFromString(q.value(17).toString());
        for (auto it = shots.begin(); it != shots.end(); ++it)
            s.shots.insert(it.key(), QDir(m_sitesDir).filePath(it.value().toString()));
        s.shotError = q.value(18).toString();
        s.lead = q.value(19).toString();
        s.collection = q.value(20).toString();
        sites.append(s);
    }
    return sites;
}

void SitesModel::reload()
{
    QVector<Site> sites;
    try {
        QStringList where;
        QVariantList binds;
        if (!m_text.isEmpty()) {
            where << u"(s.name LIKE ? ESCAPE '\\' OR s.title LIKE ? ESCAPE '\\')"_s;
            binds << Sql::likePattern(m_text) << Sql::likePattern(m_text);
        }
        if (!m_status.isEmpty()) {
            where << u"s.status = ?"_s;
            binds << m_status;
        }
        sites = query(where, binds);
    } catch (const SqlError& e) {
        qCWarning(lcModels) << "sites query failed:" << e.message();
    }
    // The same sites in the same order (a chain moved on, a screenshot came in): values change in place, so the
    // gallery keeps its selection and scroll position while sites are written.
    const bool same = sites.size() == m_sites.size()
        && std::equal(
            sites.cbegin(), sites.cend(), m_sites.cbegin(), [](const Site& a, const Site& b) { return a.id == b.id; });
    if (same) {
        m_sites = std::move(sites);
        if (!m_sites.isEmpty())
            emit dataChanged(index(0), index(int(m_sites.size()) - 1));
        emit reloaded();
        return;
    }
    beginResetModel();
    m_sites = std::move(sites);
    endResetModel();
    emit reloaded();
}

bool SitesModel::Site::working() const
{
    return generated() && stage != SiteStore::Stage::Ready && stage != SiteStore::Stage::NeedsReview
        && stage != SiteStore::Stage::Failed;
}

QList<SitesModel::ProductChoice> SitesModel::productChoices() const
{
    QList<ProductChoice> out;
    try {
        QSqlQuery q
            = Sql::exec(m_db, u"SELECT id, name, sku FROM products WHERE archived_at IS NULL ORDER BY name, id"_s);
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    } catch (const SqlError& e) {
        qCWarning(lcModels) << "products for sites query failed:" << e.message();
    }
    return out;
}

QList<SitesModel::CollectionChoice> SitesModel::collectionChoices() const
{
    QList<CollectionChoice> out;
    try {
        for (const CatalogFacts::Collection& c : CatalogFacts::collections(m_db))
            out.append({c.name, c.products});
    } catch (const SqlError& e) {
        qCWarning(lcModels) << "collections for sites query failed:" << e.message();
    }
    return out;
}

int SitesModel::shopProductCount() const
{
    try {
        return CatalogFacts::productCount(m_db, {});
    } catch (const SqlError& e) {
        qCWarning(lcModels) << "products for a shop page query failed:" << e.message();
        return 0;
    }
}

QList<SitesModel::PageVersion> SitesModel::pageVersions(qint64 siteId) const
{
    QList<PageVersion> out;
    try {
        QSqlQuery q = Sql::exec(m_db,
            u"SELECT version, created_at, shots, shot_error, path FROM site_pages WHERE site_id = ? ORDER BY version DESC"_s,
            {siteId});
        while (q.next()) {
            PageVersion v;
            v.version = q.value(0).toInt();
            v.createdAt = q.value(1).toLongLong();
            const QJsonObject shots = Json::objectFromString(q.value(2).toString());
            for (auto it = shots.begin(); it != shots.end(); ++it)
                v.shots.insert(it.key(), QDir(m_sitesDir).filePath(it.value().toString()));
            v.shotError = q.value(3).toString();
            v.file = q.value(4).toString().isEmpty() ? QString() : QDir(m_sitesDir).filePath(q.value(4).toString());
            out.append(v);
        }
    } catch (const SqlError& e) {
        qCWarning(lcModels) << "page versions query failed:" << e.message();
    }
    return out;
}
