#include "FinanceAlertsModel.h"

#include "ModelRoles.h"
#include "core/Log.h"
#include "storage/Sql.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

FinanceAlertsModel::FinanceAlertsModel(const QSqlDatabase& db, QObject* parent)
    : RowListModel(ColumnCount, parent)
    , m_db(db)
{
    reload();
}

void FinanceAlertsModel::reload()
{
    QList<FinanceAlerts::Alert> rows;
    try {
        rows = FinanceAlerts::open(m_db);
    } catch (const SqlError& e) {
        qCWarning(lcModels) << "finance alerts:" << e.message();
    }
    // The same alerts keep their rows; their figures may have moved.
    replaceRows(rows, [](const FinanceAlerts::Alert& a, const FinanceAlerts::Alert& b) { return a.id == b.id; });
}

QStringList FinanceAlertsModel::titles(int max, bool detail) const
{
    QStringList out;
    for (qsizetype i = 0; i < std::min<qsizetype>(max, m_rows.size()); ++i) {
        QString line = FinanceAlerts::title(m_rows.at(i));
        if (detail)
            line += u"\n    "_s + FinanceAlerts::detail(m_rows.at(i)).replace(u'\n', u"\n    "_s);
        out.append(line);
    }
    return out;
}

QVariant FinanceAlertsModel::data(const QModelIndex& index, int role) const
{
    const FinanceAlerts::Alert* a = rowPtr(index);
    if (!a)
        return {};
    if (role == ModelRoles::IdRole)
        return a->id;
    if (role == ModelRoles::RawValueRole && index.column() == Raised)
        return a->raisedAt;
    if (role == Qt::ToolTipRole && index.column() == Alert)
        return FinanceAlerts::detail(*a);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Alert:
        return FinanceAlerts::title(*a);
    case Detail:
        return FinanceAlerts::detail(*a);
    case Raised:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(a->raisedAt), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant FinanceAlertsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RowListModel::headerData(section, orientation, role);
    switch (section) {
    case Alert:
        return tr("Alert");
    case Detail:
        return tr("Figures");
    case Raised:
        return tr("Raised");
    default:
        return {};
    }
}
