#include "ContentModels.h"

#include "Format.h"
#include "Markup.h"
#include "ModelRoles.h"
#include "ThemeColors.h"
#include "core/Log.h"
#include "knowledge/KnowledgeBase.h"
#include "pipeline/ContentSpec.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

PiecesModel::PiecesModel(const QSqlDatabase& db, QObject* parent)
    : RowListModel(ColumnCount, parent)
    , m_db(db)
{ }

void PiecesModel::setProduct(qint64 productId)
{
    m_productId = productId;
    reload();
}

void PiecesModel::reload()
{
    QList<Row> rows;
    if (m_productId > 0) {
        try {
            for (const ContentStore::Piece& p : ContentStore::pieces(m_db, m_productId)) {
                Row r{p, {}, {}};
                if (p.currentVersionId > 0) {
                    if (const auto review
                        = ContentStore::validation(m_db, p.currentVersionId, ContentStore::Stage::Review)) {
                        r.quality = review->scores.value(u"quality"_s).toInt();
                        r.seo = review->scores.value(u"seo"_s).toInt();
                    }
                }
                rows.append(r);
            }
        } catch (const SqlError& e) {
            qCWarning(lcModels) << "cannot read the pieces of product" << m_productId << ":" << e.message();
            rows.clear();
        }
    }
    replaceRows(rows, [](const Row& a, const Row& b) { return a.piece.id == b.piece.id; });
}

PiecesModel::Row PiecesModel::rowAt(const QModelIndex& index) const
{
    const Row* r = rowPtr(index);
    return r ? *r : Row{};
}

int PiecesModel::rowOfPiece(qint64 pieceId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).piece.id == pieceId)
            return static_cast<int>(i);
    }
    return -1;
}

QVariant PiecesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows.at(index.row());
    switch (role) {
    case PieceIdRole:
    case ModelRoles::IdRole:
        return r.piece.id;
    case KindRole:
        return r.piece.kind;
    case StateKeyRole:
        return r.piece.state;
    case ErrorRole:
        return r.piece.lastError;
    case Qt::ToolTipRole:
        return r.piece.lastError.isEmpty() ? QVariant() : QVariant(Markup::toolTip(r.piece.lastError));
    case Qt::ForegroundRole:
        if (index.column() == State) {
            if (r.piece.state == ContentStore::PieceState::Accepted)
                return Theme::Success;
            if (r.piece.state == ContentStore::PieceState::Rejected
                || r.piece.state == ContentStore::PieceState::Failed)
                return Theme::Danger;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= Attempts ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case Piece:
            return ContentSpec::displayName(r.piece.kind);
        case State:
            return ContentStore::PieceState::displayName(r.piece.state);
        case Attempts:
            return r.piece.attempts > 0 ? QVariant(r.piece.attempts) : QVariant();
        case Quality:
            return r.quality;
        case Seo:
            return r.seo;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant PiecesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Piece:
        return tr("Piece");
    case State:
        return tr("State");
    case Attempts:
        return tr("Attempts");
    case Quality:
        return tr("Quality");
    case Seo:
        return tr("SEO");
    default:
        return {};
    }
}

VersionsModel::VersionsModel(const QSqlDatabase& db, QObject* parent)
    : RowListModel(ColumnCount, parent)
    , m_db(db)
{ }

namespace
{
// The knowledge base's documents a version cites that have changed since it was checked, into its checks' claims
// ("stale": [{title, cited, current}]), for the detail view.
void markStaleCitations(const QSqlDatabase& db, qint64 versionId, QList<ContentStore::Validation>* verdicts)
{
    const QList<Knowledge::StaleCitation> stale = Knowledge::staleCitations(db, versionId);
    if (stale.isEmpty())
        return;
    QJsonArray list;
    for (const Knowledge::StaleCitation& s : stale)
        list.append(QJsonObject{{u"title"_s, s.title}, {u"cited"_s, s.citedVersion}, {u"current"_s, s.currentVersion}});
    for (ContentStore::Validation& v : *verdicts) {
        if (v.stage == ContentStore::Stage::Checks)
            v.scores.insert(u"stale"_s, list);
    }
}
} // namespace

void VersionsModel::setPiece(qint64 pieceId)
{
    m_pieceId = pieceId;
    reload();
}

void VersionsModel::reload()
{
    QList<Row> rows;
    if (m_pieceId > 0) {
        try {
            const auto piece = ContentStore::piece(m_db, m_pieceId);
            m_acceptedId = piece ? piece->acceptedVersionId : 0;
            const QList<ContentStore::Version> versions = ContentStore::versions(m_db, m_pieceId);
            for (auto it = versions.rbegin(); it != versions.rend(); ++it) {
                QList<ContentStore::Validation> verdicts = ContentStore::validations(m_db, it->id);
                markStaleCitations(m_db, it->id, &verdicts);
                rows.append(Row{*it, verdicts, it->id == m_acceptedId});
            }
        } catch (const SqlError& e) {
            qCWarning(lcModels) << "cannot read the versions of piece" << m_pieceId << ":" << e.message();
            rows.clear();
        }
    }
    replaceRows(rows);
}

VersionsModel::Row VersionsModel::rowAt(const QModelIndex& index) const
{
    const Row* r = rowPtr(index);
    return r ? *r : Row{};
}

int VersionsModel::rowOfVersion(qint64 versionId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).version.id == versionId)
            return static_cast<int>(i);
    }
    return -1;
}

QVariant VersionsModel::passed(const Row& row)
{
    if (row.accepted)
        return true;
    if (!row.version.valid)
        return false;
    bool reviewed = false;
    for (const ContentStore::Validation& v : row.verdicts) {
        if (!v.passed)
            return false;
        reviewed = reviewed || v.stage == ContentStore::Stage::Review;
    }
    return reviewed ? QVariant(true) : QVariant();
}

QString VersionsModel::verdictText(const Row& row)
{
    if (row.accepted)
        return tr("Accepted");
    if (!row.version.valid)
        return tr("Did not match the schema");
    for (const ContentStore::Validation& v : row.verdicts) {
        if (v.passed)
            continue;
        if (v.stage == ContentStore::Stage::Checks)
            return tr("Failed the checks");
        if (v.stage == ContentStore::Stage::Review)
            return tr("Below the pass marks");
        if (v.stage == ContentStore::Stage::Agreement)
            return tr("Writer agreed with the problems");
    }
    for (const ContentStore::Validation& v : row.verdicts) {
        if (v.stage == ContentStore::Stage::Review)
            return tr("Passed");
    }
    return tr("Being checked");
}

QVariant VersionsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows.at(index.row());
    switch (role) {
    case VersionIdRole:
    case ModelRoles::IdRole:
        return r.version.id;
    case PassedRole:
        return passed(r);
    case ModelRoles::RawValueRole:
        return index.column() == Created ? QVariant(r.version.createdAt) : QVariant(r.version.versionNo);
    case Qt::ForegroundRole:
        if (index.column() == Verdict) {
            const QVariant p = passed(r);
            if (p.isValid())
                return p.toBool() ? Theme::Success : Theme::Danger;
        }
        return {};
    case Qt::ToolTipRole:
        return r.version.instruction.isEmpty()
            ? QVariant()
            : QVariant(Markup::toolTip(tr("Instruction: %1").arg(r.version.instruction)));
    case Qt::DisplayRole:
        switch (index.column()) {
        case Version:
            return tr("v%1").arg(r.version.versionNo);
        case Source:
            if (r.version.byPerson())
                return tr("Edited by %1").arg(r.version.author);
            if (r.version.runNo > 1)
                return tr("Run %1, attempt %2 · %3").arg(r.version.runNo).arg(r.version.attempt).arg(r.version.model);
            return tr("Attempt %1 · %2").arg(r.version.attempt).arg(r.version.model);
        case Verdict:
            return verdictText(r);
        case Created:
            return Format::dateTime(r.version.createdAt);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant VersionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Version:
        return tr("Version");
    case Source:
        return tr("Written by");
    case Verdict:
        return tr("Verdict");
    case Created:
        return tr("When");
    default:
        return {};
    }
}
