#include "SuppliersModel.h"

#include "ModelRoles.h"
#include "core/Money.h"
#include "shopagents/SupplierActions.h"

#include <QLocale>

using namespace Qt::StringLiterals;

SuppliersModel::SuppliersModel(SupplierActions* suppliers, QObject* parent)
    : RowListModel(ColumnCount, parent)
    , m_suppliers(suppliers)
{
    reload();
}

void SuppliersModel::reload()
{
    replaceRows(m_suppliers->quotes(), [](const Suppliers::Quote& a, const Suppliers::Quote& b) {
        return a.supplier == b.supplier && a.sku == b.sku;
    });
}

QVariant SuppliersModel::data(const QModelIndex& index, int role) const
{
    const Suppliers::Quote* q = rowPtr(index);
    if (!q)
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() >= UnitCost && index.column() <= Rating ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                      : QVariant();
    if (role == ModelRoles::RawValueRole) {
        switch (index.column()) {
        case UnitCost:
            return q->unitCostCents;
        case LeadTime:
            return q->leadDays;
        case Defects:
            return q->defectPct ? QVariant(*q->defectPct) : QVariant();
        case Rating:
            return q->rating ? QVariant(*q->rating) : QVariant();
        case Current:
            return q->current;
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Supplier:
        return q->supplier;
    case Sku:
        return q->sku;
    case UnitCost:
        return Money::format(q->unitCostCents, q->currency);
    case LeadTime:
        return tr("%n day(s)", nullptr, q->leadDays);
    case Defects:
        return q->defectPct ? QLocale().toString(*q->defectPct, 'f', 1) + u" %"_s : u"–"_s;
    case Rating:
        return q->rating ? QLocale().toString(*q->rating, 'f', 1) : u"–"_s;
    case Country:
        return q->country;
    case Current:
        return q->current ? tr("Yes") : QString();
    default:
        return {};
    }
}

QVariant SuppliersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RowListModel::headerData(section, orientation, role);
    switch (section) {
    case Supplier:
        return tr("Supplier");
    case Sku:
        return tr("SKU");
    case UnitCost:
        return tr("Unit cost");
    case LeadTime:
        return tr("Lead time");
    case Defects:
        return tr("Defects");
    case Rating:
        return tr("Rating");
    case Country:
        return tr("Country");
    case Current:
        return tr("Current");
    default:
        return {};
    }
}
