#pragma once

#include "RowListModel.h"
#include "shopagents/FinanceAlerts.h"

#include <QSqlDatabase>

// Finance Watch's open alerts (FinanceAlerts::open), newest first, in the language of the window: for
// the dashboard's strip. Reloaded when the agents have run.
class FinanceAlertsModel final : public RowListModel<FinanceAlerts::Alert>
{
    Q_OBJECT
public:
    enum Column
    {
        Alert,  // its one line
        Detail, // the figures behind it
        Raised, // when it was first raised
        ColumnCount
    };
    Q_ENUM(Column)

    explicit FinanceAlertsModel(const QSqlDatabase& db, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    FinanceAlerts::Alert alertAt(int row) const { return m_rows.value(row); }
    // The first `max` alerts' lines; with detail, each followed by its figures.
    QStringList titles(int max, bool detail = false) const;
    void reload();

private:
    QSqlDatabase m_db;
};
