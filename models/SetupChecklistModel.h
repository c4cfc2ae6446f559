#pragma once

#include "pipeline/SetupState.h"

#include <QAbstractListModel>
#include <QSqlDatabase>

// The dashboard's setup checklist for a new workspace (SetupState): one row per step, ticked from
// the workspace's real state.
class SetupChecklistModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        StepRole = Qt::UserRole + 1, // SetupState::Step as int
        DoneRole,
        DetailRole,
        WarningRole
    };

    explicit SetupChecklistModel(const QSqlDatabase& db, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool isComplete() const { return SetupState::complete(m_items); }
    int doneCount() const;
    void reload();

signals:
    void completeChanged(bool complete);

private:
    QSqlDatabase m_db;
    QList<SetupState::Item> m_items;
};
