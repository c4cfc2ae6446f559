#include "KnowledgeModels.h"

#include "ModelRoles.h"
#include "core/Log.h"
#include "knowledge/KnowledgeActions.h"
#include "storage/Sql.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

KnowledgeDocumentsModel::KnowledgeDocumentsModel(KnowledgeActions* knowledge, QObject* parent)
    : RowListModel(ColumnCount, parent)
    , m_knowledge(knowledge)
{
    reload();
}

void KnowledgeDocumentsModel::reload()
{
    try {
        replaceRows(m_knowledge->documents(),
            [](const Knowledge::Document& a, const Knowledge::Document& b) { return a.id == b.id; });
    } catch (const SqlError& e) { // the rows shown stay; the next reload tries again
        qCWarning(lcModels) << "cannot read the knowledge base:" << e.message();
    }
}

int KnowledgeDocumentsModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return static_cast<int>(i);
    }
    return -1;
}

QVariant KnowledgeDocumentsModel::data(const QModelIndex& index, int role) const
{
    const Knowledge::Document* d = rowPtr(index);
    if (!d)
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() == Version || index.column() == Passages ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                       : QVariant();
    if (role == ModelRoles::IdRole)
        return d->id;
    if (role == ModelRoles::RawValueRole) {
        switch (index.column()) {
        case Topic:
            return d->topic;
        case Version:
            return d->version;
        case Passages:
            return d->chunks;
        case CitedBy:
            return d->citedBy;
        case Updated:
            return d->updatedAt;
        default:
            break;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == CitedBy && d->stale > 0)
        return tr("%n piece(s) cite an older version of this document: what they say may no longer match. Regenerate "
                  "them, or check them again.",
            nullptr, d->stale);
    if (role == Qt::ToolTipRole && index.column() == Title && !d->origin.isEmpty())
        return d->origin;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Title:
        return d->title;
    case Topic:
        return Knowledge::topicName(d->topic);
    case Version:
        return d->version;
    case Passages:
        return d->chunks;
    case CitedBy:
        if (d->stale > 0)
            return tr("%1 · %2 stale").arg(tr("%n piece(s)", nullptr, d->citedBy)).arg(d->stale);
        return d->citedBy > 0 ? tr("%n piece(s)", nullptr, d->citedBy) : tr("not yet");
    case Updated:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(d->updatedAt), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant KnowledgeDocumentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RowListModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Document");
    case Topic:
        return tr("Topic");
    case Version:
        return tr("Version");
    case Passages:
        return tr("Passages");
    case CitedBy:
        return tr("Cited by");
    case Updated:
        return tr("Updated");
    default:
        return {};
    }
}

KnowledgeSearchModel::KnowledgeSearchModel(KnowledgeActions* knowledge, QObject* parent)
    : RowListModel(ColumnCount, parent)
    , m_knowledge(knowledge)
{ }

void KnowledgeSearchModel::search(const QString& query)
{
    m_query = query.trimmed();
    try {
        replaceRows(m_query.isEmpty() ? QList<Knowledge::Passage>{} : m_knowledge->search(m_query, 10));
    } catch (const SqlError& e) {
        qCWarning(lcModels) << "cannot search the knowledge base:" << e.message();
        replaceRows({});
    }
}

bool KnowledgeSearchModel::byMeaning() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(),
        [](const Knowledge::Passage& p) { return p.meaningRank > 0 || p.wordsRank == 0; });
}

QVariant KnowledgeSearchModel::data(const QModelIndex& index, int role) const
{
    const Knowledge::Passage* p = rowPtr(index);
    if (!p)
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() <= Ranks ? QVariant(Qt::AlignRight | Qt::AlignTop)
                                       : QVariant(Qt::AlignLeft | Qt::AlignTop);
    if (role == ModelRoles::IdRole)
        return p->chunkId;
    if (role == ModelRoles::RawValueRole && index.column() == Score)
        return p->score;
    if (role == Qt::ToolTipRole && index.column() == Passage)
        return p->text;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Rank:
        return index.row() + 1;
    case Score: // a fused score is a sum of 1 / (60 + rank): about 0.016 to 0.033
        return QLocale().toString(p->score, 'f', byMeaning() ? 4 : 2);
    case Ranks: {
        const auto place = [](int rank) { return rank > 0 ? QLocale().toString(rank) : u"—"_s; };
        return u"%1 · %2"_s.arg(place(p->wordsRank), place(p->meaningRank));
    }
    case Source:
        return u"%1 (%2)"_s.arg(p->label(), p->ref());
    case Passage:
        return p->text.simplified();
    default:
        return {};
    }
}

QVariant KnowledgeSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RowListModel::headerData(section, orientation, role);
    switch (section) {
    case Rank:
        return tr("Rank");
    case Score:
        return tr("Score");
    case Ranks:
        return tr("Words · meaning");
    case Source:
        return tr("Document");
    case Passage:
        return tr("Passage");
    default:
        return {};
    }
}
