#include "AnomaliesModel.h"

#include "ModelRoles.h"
#include "core/Clock.h"
#include "core/Log.h"
#include "storage/Sql.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

AnomaliesModel::AnomaliesModel(const QSqlDatabase& db, Clock* clock, QObject* parent)
    : RowListModel(ColumnCount, parent)
    , m_db(db)
    , m_clock(clock)
{
    reload();
}

void AnomaliesModel::reload()
{
    QList<Anomalies::Finding> rows;
    m_day = QDateTime::fromMSecsSinceEpoch(m_clock->nowMs()).date();
    try {
        rows = Anomalies::find(m_db, m_day);
    } catch (const SqlError& e) {
        qCWarning(lcModels) << "anomalies:" << e.message();
    }
    replaceRows(rows, [](const Anomalies::Finding& a, const Anomalies::Finding& b) {
        return a.campaignId == b.campaignId && a.metric == b.metric && a.day == b.day;
    });
}

void AnomaliesModel::reloadIfNewDay()
{
    if (QDateTime::fromMSecsSinceEpoch(m_clock->nowMs()).date() != m_day)
        reload();
}

QVariant AnomaliesModel::data(const QModelIndex& index, int role) const
{
    const Anomalies::Finding* f = rowPtr(index);
    if (!f)
        return {};
    if (role == ModelRoles::IdRole)
        return f->campaignId;
    if (role == Qt::ToolTipRole)
        return tr("Robust z-score %1 against the 28 days before, weekday by weekday (flagged beyond ±3.5)")
            .arg(QLocale().toString(f->z, 'f', 1));
    if (role == Qt::TextAlignmentRole)
        return int(index.column() >= Value ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    const auto figure = [f](double v) { return Anomalies::formatted(*f, v); };
    if (role == ModelRoles::RawValueRole) {
        switch (index.column()) {
        case Day:
            return f->day;
        case Value:
            return f->value;
        case Usual:
            return f->usual;
        case Score:
            return f->z;
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Campaign:
        return f->campaign;
    case Metric:
        return Anomalies::metricName(f->metric);
    case Day:
        return QLocale().toString(f->day, QLocale::ShortFormat);
    case Value:
        return figure(f->value);
    case Usual:
        return figure(f->usual);
    case Score:
        return QLocale().toString(f->z, 'f', 1);
    default:
        return {};
    }
}

QVariant AnomaliesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Campaign:
        return tr("Campaign");
    case Metric:
        return tr("Metric");
    case Day:
        return tr("Day");
    case Value:
        return tr("Value");
    case Usual:
        return tr("Usually");
    case Score:
        return tr("Robust z");
    default:
        return {};
    }
}

QStringList AnomaliesModel::lines(int max) const
{
    QStringList out;
    for (const Anomalies::Finding& f : m_rows) {
        if (out.size() >= max)
            break;
        out.append(tr("%1: %2").arg(f.campaign, Anomalies::describe(f)));
    }
    return out;
}
