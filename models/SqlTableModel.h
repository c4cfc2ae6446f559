#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QSqlDatabase>
#include <QVector>

#include <optional>

class QTimer;

// Base for Quorum's large tables. Sorting and filtering run in SQL: the model keeps only the
// ordered list of matching row ids and fetches the rows' fields lazily, a page at a time, into a
// bounded cache. A pane over 100,000 rows therefore holds 100,000 ids, not 100,000 rows.
//
// Live updates keep the view's selection: changed rows emit dataChanged; when rows join, leave or
// move, the new id list is diffed against the old one and applied as remove / move / insert
// signals. A new filter or sort order resets the model (the view restores its current row by id).
class SqlTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using Row = QVector<QVariant>;

    explicit SqlTableModel(const QSqlDatabase& db, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    qint64 idAt(int row) const;
    int rowForId(qint64 id) const;
    QModelIndex indexForId(qint64 id, int column = 0) const;

    // Runs the id query again with a model reset (filters or sort changed).
    void reload();
    // Re-reads the id list and applies the difference as row signals (live updates).
    void refresh();
    // These rows' fields changed: refetch and emit dataChanged. If membershipMayChange, also
    // schedule a coalesced refresh(), because they may now fall outside the filter or move.
    void notifyChanged(const QList<qint64>& ids, bool membershipMayChange);
    // Coalesces bursts of notifications into one refresh per interval.
    void setRefreshInterval(int ms);

    QString lastError() const { return m_lastError; }
    double lastQueryMs() const { return m_lastQueryMs; }

signals:
    void reloaded();
    void queryFailed(const QString& error);

protected:
    // Subclass contract. Field 0 of fieldExpressions() must be the row id.
    virtual QString fromClause() const = 0;
    virtual QString idExpression() const = 0;
    virtual QStringList fieldExpressions() const = 0;
    virtual int columns() const = 0;
    virtual QString header(int column) const = 0;
    // SQL ORDER BY expression for a column, or empty when the column cannot be sorted.
    virtual QString sortExpression(int column) const = 0;
    // Appends WHERE conditions (joined with AND) and their bind values.
    virtual void filterConditions(QStringList* conditions, QVariantList* binds) const = 0;
    virtual QVariant cellData(const Row& row, int column, int role) const = 0;
    virtual Qt::Alignment columnAlignment(int column) const;
    // ORDER BY used while no column is sorted (sortColumn() == -1), e.g. a queue's natural order.
    virtual QString defaultOrder() const { return {}; }

    // The cached row at a position, fetching its page when needed. Null when out of range.
    const Row* rowAt(int row) const;
    QSqlDatabase database() const { return m_db; }
    // The rows are a log (the audit trail): they only ever join, each with an id above every id before,
    // and none leaves. While they are in the id's order (defaultOrder() is the id in `direction`, or a
    // column whose sort expression is the id), refresh() reads only the ids after the newest it holds,
    // so a live refresh costs what joined, not the length of the log.
    void setAppendOnly(Qt::SortOrder direction) { m_appendOnly = direction; }
    // Subclasses call this from their filter setters.
    void filtersChanged() { reload(); }
    // dataChanged for the whole given column (e.g. a countdown that ticks).
    void emitColumnChanged(int column, const QList<int>& roles);

private:
    // The matching ids in the current order; with `after`, only those whose id is above it.
    QVector<qint64> queryIds(std::optional<qint64> after = std::nullopt) const;
    // The direction of the id order while the rows are an append-only log shown in it.
    std::optional<Qt::SortOrder> logOrder() const;
    void fetchPage(int row) const;
    void applyDiff(const QVector<qint64>& newIds);
    void rebuildIndex();

    QSqlDatabase m_db;
    QVector<qint64> m_ids;
    QHash<qint64, int> m_rowOfId;
    mutable QHash<qint64, Row> m_cache;
    std::optional<Qt::SortOrder> m_appendOnly;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QTimer* m_refreshTimer = nullptr;
    mutable QString m_lastError;
    mutable double m_lastQueryMs = 0;
    static constexpr int PageSize = 128;
    static constexpr int MaxCachedRows = 16 * 1024;
};
