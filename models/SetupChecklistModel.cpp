#include "SetupChecklistModel.h"

#include "ThemeColors.h"

using namespace Qt::StringLiterals;

SetupChecklistModel::SetupChecklistModel(const QSqlDatabase& db, QObject* parent)
    : QAbstractListModel(parent)
    , m_db(db)
{
    m_items = SetupState::read(m_db);
}

int SetupChecklistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int SetupChecklistModel::doneCount() const
{
    return static_cast<int>(std::count_if(m_items.begin(), m_items.end(), [](const auto& i) { return i.done; }));
}

void SetupChecklistModel::reload()
{
    const bool wasComplete = isComplete();
    QList<SetupState::Item> fresh = SetupState::read(m_db);
    if (fresh.size() != m_items.size()) {
        beginResetModel();
        m_items = std::move(fresh);
        endResetModel();
    } else {
        m_items = std::move(fresh);
        if (!m_items.isEmpty())
            emit dataChanged(index(0), index(static_cast<int>(m_items.size()) - 1));
    }
    if (isComplete() != wasComplete)
        emit completeChanged(isComplete());
}

QVariant SetupChecklistModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SetupState::Item& item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return item.title;
    case Qt::ToolTipRole:
    case DetailRole:
        return item.detail;
    case Qt::CheckStateRole:
        return item.done ? Qt::Checked : Qt::Unchecked;
    case Qt::ForegroundRole:
        return item.warning ? Theme::WarningText : QVariant();
    case StepRole:
        return static_cast<int>(item.step);
    case DoneRole:
        return item.done;
    case WarningRole:
        return item.warning;
    default:
        return {};
    }
}
