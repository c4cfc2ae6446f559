#pragma once

#include "SqlTableModel.h"

class Clock;

// The Pipeline pane: products with their stage, journey step (with real piece counts and a retry
// countdown), attempts, scores and AI cost so far.
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
        Step, // where in the journey (write, check, approve, publish, promote) and real counts
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
        int pieces = 0;     // content pieces planned
        int piecesDone = 0; // accepted
        qint64 retryAt = 0; // when a failed run tries again (0: not waiting)
        int attempts = 0;
        QVariant quality;
        QVariant seo;
        qint64 costMicros = 0;
        qint64 updatedAt = 0;
        bool archived = false;
    };

    ProductsModel(const QSqlDatabase& db, Clock* clock, QObject* parent = nullptr);

    Product productAt(const QModelIndex& index) const;

    void setTextFilter(const QString& text);
    // Whether a product's run waits out a failure (its generate job is queued to try again).
    enum class Waiting
    {
        Any,
        Only,
        Not
    };
    // stageKeys: one stage key or several separated by commas; empty: all stages.
    void setStageFilter(const QString& stageKeys, Waiting waiting = Waiting::Any);
    void setCategoryFilter(const QString& category);
    QString textFilter() const { return m_text; }
    QString stageFilter() const { return m_stage; }
    Waiting waitingFilter() const { return m_waiting; }
    QString categoryFilter() const { return m_category; }
    // Archived products are hidden; with showArchived only they are listed (to restore them).
    void setShowArchived(bool archived);
    bool showArchived() const { return m_archived; }
    // Distinct categories in the workspace, for the filter combo box.
    QStringList categories() const;
    // True while a shown row counts down to a retry (the view refreshes once a second then).
    bool hasCountdown() const;

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
    QString stepText(const Row& row) const;
    Clock* m_clock;
    QString m_text;
    QString m_stage;
    Waiting m_waiting = Waiting::Any;
    QString m_category;
    bool m_archived = false;
};
