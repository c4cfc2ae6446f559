#pragma once

#include "ModelRoles.h"
#include "SqlTableModel.h"

// The stores' customers as the sync brought them in, for Settings → Customers: who they are (until
// erased), where, how many orders, when they last ordered. Searched and sorted in SQL.
class CustomersModel final : public SqlTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Email,
        Country,
        Store,
        Orders,
        LastOrder,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        ErasedRole = ModelRoles::FirstCustomRole, // bool: the personal data was erased
    };

    explicit CustomersModel(const QSqlDatabase& db, QObject* parent = nullptr);

    // Name or email containing the text (case-insensitive).
    void setTextFilter(const QString& text);
    QString textFilter() const { return m_text; }

protected:
    QString fromClause() const override;
    QString idExpression() const override;
    QStringList fieldExpressions() const override;
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QString sortExpression(int column) const override;
    void filterConditions(QStringList* conditions, QVariantList* binds) const override;
    QVariant cellData(const Row& row, int column, int role) const override;
    Qt::Alignment columnAlignment(int column) const override;
    QString defaultOrder() const override;

private:
    QString m_text;
};
