#pragma once

#include "ModelRoles.h"
#include "pipeline/ProductFacts.h"

#include <QAbstractTableModel>
#include <QHash>

// A product's variants as its store knows them, one row each, for the Pipeline pane's detail: the
// option values first (one column per option name: Size, Colour …), then the columns below. A
// product without variants has no rows. Fed from the ProductFacts the detail already reads; setting
// the same facts again changes nothing, new values of the same variants change in place.
class VariantsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The columns after the option columns; column(c) is where each one is.
    enum Column
    {
        Sku,
        Price,
        CompareAt, // Shopify's compare-at ("was") price, struck through, or WooCommerce's sale price
        Stock,
        Stores, // what the connected stores have now ("Webshop 12 · Lindenhof 12"), from their sync
        Cost,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        VariantIdRole = ModelRoles::IdRole,     // qint64: Quorum's row of the variant
        RawRole = ModelRoles::RawValueRole,     // cents, stock or option value, unformatted
        TitleRole = ModelRoles::FirstCustomRole // "M / Navy"
    };

    explicit VariantsModel(QObject* parent = nullptr);

    void setFacts(const ProductFacts& facts);
    // Per SKU, what the stores have now and the shared stock (empty: no store has it).
    void setStoreStock(const QHash<QString, QString>& textBySku);
    bool hasStoreStock() const { return !m_storeStock.isEmpty(); }
    void clear();

    int optionCount() const { return int(m_optionNames.size()); }
    int column(Column c) const { return optionCount() + c; }
    // The column kind of a section, or -1 for an option column.
    int columnKind(int section) const { return section >= optionCount() ? section - optionCount() : -1; }
    const ProductVariant* variantAt(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString compareText(const ProductVariant& v) const;
    QString compareToolTip(const ProductVariant& v) const;

    QStringList m_optionNames;
    QList<ProductVariant> m_variants;
    QString m_currency;
    QHash<QString, QString> m_storeStock;
};
