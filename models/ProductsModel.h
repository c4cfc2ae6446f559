#pragma once

#include "SqlTableModel.h"

class Clock;

// The Pipeline pane: products with their stage, progress, attempts, scores and AI cost so far.
class ProductsModel final : public SqlTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Sku,
        Category,
        Price,
        Stage,
        Progress,
        Attempts,
        Quality,
        Seo,
        AiCost,
        Updated,
        ColumnCount
    };
    Q_ENUM(Column)

    struct Product
    {
        qint64 id = -1;
        QString name;
        QString sku;
        QString category;
        qint64 priceCents = 0;
        QString currency;
        QString stage;
        QString stageReason;
        int progress = 0;
        int attempts = 0;
        QVariant quality;
        QVariant seo;
        qint64 costMicros = 0;
        qint64 updatedAt = 0;
    };

    ProductsModel(const QSqlDatabase& db, Clock* clock, QObject* parent = nullptr);

    Product productAt(const QModelIndex& index) const;

    void setTextFilter(const QString& text);
    void setStageFilter(const QString& stageKey); // empty: all stages
    void setCategoryFilter(const QString& category);
    QString textFilter() const { return m_text; }
    QString stageFilter() const { return m_stage; }
    QString categoryFilter() const { return m_category; }
    // Distinct categories in the workspace, for the filter combo box.
    QStringList categories() const;

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

private:
    Clock* m_clock;
    QString m_text;
    QString m_stage;
    QString m_category;
};
