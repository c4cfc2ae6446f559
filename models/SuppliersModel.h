#pragma once

#include "RowListModel.h"
#include "shopagents/Suppliers.h"

class SupplierActions;

// The owner's supplier list (Settings → Suppliers), by supplier and SKU, read through its facade.
// Reloaded after an import and when the agents have run (an approved supplier becomes current).
class SuppliersModel final : public RowListModel<Suppliers::Quote>
{
    Q_OBJECT
public:
    enum Column
    {
        Supplier,
        Sku,
        UnitCost,
        LeadTime, // days
        Defects,  // %
        Rating,   // of 5
        Country,
        Current, // the shop buys the SKU from it today
        ColumnCount
    };
    Q_ENUM(Column)

    explicit SuppliersModel(SupplierActions* suppliers, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Suppliers::Quote quoteAt(int row) const { return m_rows.value(row); }
    void reload();

private:
    SupplierActions* m_suppliers;
};
