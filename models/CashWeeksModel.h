#pragma once

#include "ModelRoles.h"
#include "campaigns/SalesReport.h"

#include <QAbstractTableModel>

// The cash view: money in and out per week, newest first (SalesReport::weeks), with each week's net
// and the running total from the oldest week shown. Filled by the SalesReportLoader with each report.
class CashWeeksModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Week,      // "30 Nov – 6 Dec"
        MoneyIn,   // paid orders
        Refunds,   // out
        GoodsCost, // out, at cost when sold
        AdSpend,   // out
        AiSpend,   // out (from US dollars)
        Net,       // in − the outs
        Running,   // the nets from the oldest week through this one
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        RawRole = ModelRoles::RawValueRole, // minor units; Week: its Monday
    };

    explicit CashWeeksModel(QObject* parent = nullptr);
    void setWeeks(const QList<SalesReport::Week>& weeks, const QString& currency);
    qint64 value(int row, Column column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SalesReport::Week> m_weeks;
    QList<qint64> m_running;
    QString m_currency;
};
