#include "BusinessHealthModel.h"

#include "ThemeColors.h"
#include "storage/Sql.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcHealth, "quorum.models.health")

BusinessHealthModel::BusinessHealthModel(const QSqlDatabase& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    reload();
}

int BusinessHealthModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_report ? 0 : static_cast<int>(m_report->lines.size());
}

int BusinessHealthModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BusinessHealthModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BusinessHealth::Line& l = m_report->lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Goal:
            return BusinessHealth::lineName(l.key);
        case ThisMonth: // what a figure that cannot be worked out needs is its tooltip and the card's text
            return l.status == BusinessHealth::Status::NeedsData ? u"—"_s : l.actualText;
        case Forecast:
            return l.forecastText.isEmpty() ? u"—"_s : l.forecastText;
        case Target:
            return l.goalText.isEmpty() ? u"—"_s : l.goalText;
        case Status:
            return BusinessHealth::statusName(l.status);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (l.status == BusinessHealth::Status::NeedsData)
            return l.actualText;
        return l.reasons.isEmpty() ? QVariant() : QVariant(l.reasons.join(u"\n"_s));
    case Qt::TextAlignmentRole:
        return index.column() == ThisMonth || index.column() == Forecast || index.column() == Target
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() != Status)
            return {};
        switch (l.status) {
        case BusinessHealth::Status::OnTrack:
            return Theme::Success;
        case BusinessHealth::Status::OffTrack:
            return Theme::Danger;
        case BusinessHealth::Status::NeedsData:
            return Theme::Warning;
        case BusinessHealth::Status::NoGoal:
            return Theme::Neutral;
        }
        return {};
    case KeyRole:
        return l.key;
    case StatusKeyRole:
        return BusinessHealth::statusKey(l.status);
    case ReasonsRole:
        return l.reasons;
    default:
        return {};
    }
}

QVariant BusinessHealthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == ThisMonth || section == Forecast || section == Target
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Goal:
        return tr("Goal");
    case ThisMonth:
        return tr("This month");
    case Forecast:
        return tr("Month's end (forecast)");
    case Target:
        return tr("Target");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

void BusinessHealthModel::reload()
{
    std::optional<BusinessHealth::Report> report;
    try {
        report = BusinessHealth::stored(m_db);
    } catch (const SqlError& e) {
        qCWarning(lcHealth) << "cannot read the business health:" << e.message();
    }
    beginResetModel();
    m_report = std::move(report);
    endResetModel();
    emit reloaded();
}

void BusinessHealthModel::reloadRanking()
{
    try {
        m_ranking = ProposalRanking::waiting(m_db, kTop);
    } catch (const SqlError& e) {
        qCWarning(lcHealth) << "cannot rank the waiting proposals:" << e.message();
        m_ranking = {};
    }
    emit rankingChanged();
}
