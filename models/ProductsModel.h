#pragma once

#include "SqlTableModel.h"

#include <QImage>

class Clock;
class ThumbnailCache;

// The Pipeline pane: products with their stage, journey step (with real piece counts and a retry
// countdown), attempts, scores and AI cost so far. The Name column's decoration is a small thumbnail of
// the product's first image in the workspace, read in the background for the rows a view shows; a product
// without one (or whose images are addresses from an import) gets a placeholder with its initial.
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

    // The side of the Name column's thumbnails, in device-independent pixels.
    static constexpr int ThumbnailSize = 32;
    // The workspace folder product images are relative to (images/...). Empty: placeholders only.
    void setImageFolder(const QString& folder);
    QString imageFolder() const { return m_imageFolder; }

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
    QVariant decoration(const Row& row) const;
    // The first of a product's images that is a file in the workspace, as an absolute path; empty if none.
    QString localImage(const QString& imagesJson) const;
    QImage placeholder(const QString& name) const;
    void thumbnailReady(const QString& path);
    void forgetThumbnails(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles);

    Clock* m_clock;
    QString m_text;
    QString m_stage;
    Waiting m_waiting = Waiting::Any;
    QString m_category;
    bool m_archived = false;
    ThumbnailCache* m_thumbnails;
    QString m_imageFolder;
    // Products whose row waits for a thumbnail, by image path: their Name cell changes when it arrives.
    mutable QHash<QString, QSet<qint64>> m_thumbnailWaiters;
    // Placeholders by initial: drawn once each.
    mutable QHash<QChar, QImage> m_placeholders;
};
