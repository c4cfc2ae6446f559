#include "StageSummaryModel.h"

#include "Format.h"
#include "core/Log.h"
#include "storage/Sql.h"

using namespace Qt::StringLiterals;

StageSummaryModel::StageSummaryModel(const QSqlDatabase& db, QObject* parent)
    : QAbstractListModel(parent)
    , m_db(db)
{
    m_groups = {
        {tr("Waiting for you"), {u"needs_review"_s, u"awaiting_approval"_s, u"escalated"_s}, u"awaiting_approval"_s},
        {tr("Being written and checked"), {u"enhancing"_s, u"validating"_s}, u"enhancing"_s},
        {tr("Ready to publish"), {u"ready"_s, u"approved"_s, u"publishing"_s}, u"ready"_s},
        {tr("Published and live"), {u"published"_s, u"promoting"_s, u"live"_s}, u"live"_s},
        {tr("Drafts"), {u"draft"_s}, u"draft"_s},
        {tr("Failed"), {u"failed"_s}, u"failed"_s},
    };
    reload();
}

int StageSummaryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_groups.size());
}

int StageSummaryModel::total() const
{
    int n = 0;
    for (const Group& g : m_groups)
        n += g.count;
    return n;
}

void StageSummaryModel::reload()
{
    QHash<QString, int> byStage;
    try {
        QSqlQuery q = Sql::exec(m_db, u"SELECT stage, COUNT(*) FROM products GROUP BY stage"_s);
        while (q.next())
            byStage.insert(q.value(0).toString(), q.value(1).toInt());
    } catch (const SqlError& e) {
        qCWarning(lcModels) << "stage summary query failed:" << e.message();
    }
    for (Group& g : m_groups) {
        g.count = 0;
        for (const QString& s : std::as_const(g.stages))
            g.count += byStage.value(s);
    }
    emit dataChanged(index(0), index(static_cast<int>(m_groups.size()) - 1));
}

QVariant StageSummaryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Group& g = m_groups.at(index.row());
    const int all = total();
    switch (role) {
    case Qt::DisplayRole:
        return g.label;
    case Qt::ToolTipRole:
        return tr("%n product(s)", nullptr, g.count);
    case Qt::DecorationRole:
        return Format::stageColor(g.colorKey);
    case StagesRole:
        return g.stages;
    case CountRole:
        return g.count;
    case ShareRole:
        return all == 0 ? 0 : g.count * 100 / all;
    default:
        return {};
    }
}
