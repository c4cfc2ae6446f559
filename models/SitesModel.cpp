#include "SitesModel.h"

#include "Format.h"
#include "Markup.h"
#include "core/Json.h"
#include "core/Log.h"
#include "storage/Sql.h"

#include <QDir>

using namespace Qt::StringLiterals;

SitesModel::SitesModel(const QSqlDatabase& db, const QString& sitesDir, QObject* parent)
    : QAbstractListModel(parent)
    , m_db(db)
    , m_sitesDir(sitesDir)
{
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

void SitesModel::reload()
{
    QVector<Site> sites;
    try {
        QString sql = u"SELECT s.id, s.name, s.kind, s.title, s.tagline, s.palette, s.html_path, s.status, s.url, "
                      u"p.name, s.updated_at FROM sites s LEFT JOIN products p ON p.id = s.product_id"_s;
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
        if (!where.isEmpty())
            sql += u" WHERE "_s + where.join(u" AND "_s);
        sql += u" ORDER BY s.updated_at DESC, s.id"_s;
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
            sites.append(s);
        }
    } catch (const SqlError& e) {
        qCWarning(lcModels) << "sites query failed:" << e.message();
    }
    beginResetModel();
    m_sites = std::move(sites);
    endResetModel();
}
