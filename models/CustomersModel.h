#pragma once

#include "ModelRoles.h"
#include "SqlTableModel.h"
#include "shopagents/SegmentsAgent.h"

// The stores' customers as the sync brought them in, for Settings → Customers: who they are (until
// erased), where, how many orders, when they last ordered, their segment and churn risk. Searched, filtered
// by segment and sorted in SQL.
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
        Segment,   // Customer Segments' RFM segment
        ChurnRisk, // 0-100 %, against the customer's own rhythm; "–" with fewer than two orders
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
    // One segment's customers (its key; empty: everyone).
    void setSegmentFilter(const QString& segment);
    QString segmentFilter() const { return m_segment; }
    // Each segment's size and value (Customer Segments' figures), best customers first; read when asked.
    QList<SegmentsAgent::Size> segmentSizes() const;
    // "Champions (120)", and in a sentence "120 customers, €45,000.00 spent, 3 at churn risk".
    static QString segmentLabel(const QString& key);
    static QString sizeText(const SegmentsAgent::Size& size);

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
    QString m_segment;
};
