#pragma once

#include "RowListModel.h"
#include "catalog/CatalogImport.h"

#include <QAbstractTableModel>
#include <QHash>

// What an import would do, product by product, for the import dialog's preview.
class ImportPreviewModel final : public RowListModel<CatalogImport::Item>
{
    Q_OBJECT
public:
    enum Column
    {
        Line,
        Action,
        Name,
        Sku,
        Price,
        Category,
        Details,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        ActionRole = Qt::UserRole + 100 // CatalogImport::Action as int
    };

    explicit ImportPreviewModel(QObject* parent = nullptr);
    void setPreview(const CatalogImport::Preview& preview);
    const CatalogImport::Item* itemAt(const QModelIndex& index) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString actionName(CatalogImport::Action action);

private:
    const CatalogImport::Item::Summary& summaryAt(int row) const;

    mutable QHash<int, CatalogImport::Item::Summary> m_summaries;
};

// The rows an import cannot use, with their line numbers and reasons.
class ImportIssuesModel final : public RowListModel<CatalogImport::Issue>
{
    Q_OBJECT
public:
    enum Column
    {
        Line,
        Result,
        Reason,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ImportIssuesModel(QObject* parent = nullptr);
    void setIssues(const QList<CatalogImport::Issue>& issues);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};
