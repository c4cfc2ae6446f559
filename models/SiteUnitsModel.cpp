#include "SiteUnitsModel.h"

#include "core/Log.h"
#include "pipeline/ContentStore.h"
#include "sites/SiteSpec.h"
#include "sites/SiteStore.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

SiteUnitsModel::SiteUnitsModel(const QSqlDatabase& db, QObject* parent)
    : RowListModel(ColumnCount, parent)
    , m_db(db)
{ }

void SiteUnitsModel::setSite(qint64 siteId)
{
    m_siteId = siteId;
    reload();
}

void SiteUnitsModel::reload()
{
    QList<SiteUnitRow> rows;
    try {
        for (const SiteStore::Unit& u : SiteStore::units(m_db, m_siteId)) {
            SiteUnitRow r;
            r.id = u.piece.id;
            r.kind = u.piece.kind;
            r.state = u.piece.state;
            r.attempts = u.piece.attempts;
            r.locked = u.locked;
            r.accepted = u.piece.acceptedVersionId > 0;
            r.versions = Sql::scalar(m_db, u"SELECT COUNT(*) FROM site_versions WHERE piece_id = ?"_s, {r.id}).toInt();
            r.problem = u.piece.lastError;
            // The gate's own words on the newest version it did not pass.
            if (u.piece.state == ContentStore::PieceState::Rejected && u.piece.currentVersionId > 0) {
                for (const auto& v :
                    ContentStore::validations(m_db, u.piece.currentVersionId, ContentStore::siteTables())) {
                    if (!v.passed && !v.problems.isEmpty()) {
                        r.problem = v.problems.first().toObject().value(u"issue"_s).toString();
                        break;
                    }
                }
            }
            rows.append(r);
        }
    } catch (const SqlError& e) {
        qCWarning(lcModels) << "site units query failed:" << e.message();
    }
    replaceRows(rows, [](const SiteUnitRow& a, const SiteUnitRow& b) { return a.id == b.id; });
}

SiteUnitRow SiteUnitsModel::unitAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : SiteUnitRow{};
}

QVariant SiteUnitsModel::data(const QModelIndex& index, int role) const
{
    const SiteUnitRow* r = rowPtr(index);
    if (!r)
        return {};
    switch (role) {
    case IdRole:
        return r->id;
    case KindRole:
        return r->kind;
    case LockedRole:
        return r->locked;
    case AcceptedRole:
        return r->accepted;
    case Qt::ToolTipRole:
        return index.column() == Problem ? QVariant(r->problem) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case Part:
            return SiteSpec::displayName(r->kind);
        case State:
            return ContentStore::PieceState::displayName(r->state);
        case Versions:
            return r->versions;
        case Locked:
            return r->locked ? tr("Locked") : QString();
        case Problem:
            return r->problem;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant SiteUnitsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Part:
        return tr("Part");
    case State:
        return tr("State");
    case Versions:
        return tr("Versions");
    case Locked:
        return tr("Lock");
    case Problem:
        return tr("Last problem");
    default:
        return {};
    }
}
