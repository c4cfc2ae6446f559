#pragma once

#include <QAbstractTableModel>

#include <functional>

// Base for Quorum's small table models that hold their rows in memory (a product's pieces, an
// import preview, the providers): the row list, its counts, and replacing it so that a view keeps
// its selection when only the values changed.
template <typename Row> class RowListModel : public QAbstractTableModel
{
public:
    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : m_columns; }

protected:
    RowListModel(int columns, QObject* parent)
        : QAbstractTableModel(parent)
        , m_columns(columns)
    { }

    // Same rows in the same order (by sameRow): values change in place (dataChanged, the
    // selection stays). Otherwise the model resets. Without sameRow it always resets.
    void replaceRows(QList<Row> rows, const std::function<bool(const Row&, const Row&)>& sameRow = {})
    {
        bool same = sameRow && rows.size() == m_rows.size();
        for (qsizetype i = 0; same && i < rows.size(); ++i)
            same = sameRow(rows.at(i), m_rows.at(i));
        if (same) {
            m_rows = std::move(rows);
            if (!m_rows.isEmpty())
                emit dataChanged(index(0, 0), index(rowCount() - 1, m_columns - 1));
            return;
        }
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    const Row* rowPtr(const QModelIndex& index) const
    {
        return index.isValid() && !index.parent().isValid() && index.row() < m_rows.size() ? &m_rows.at(index.row())
                                                                                           : nullptr;
    }

    QList<Row> m_rows;

private:
    int m_columns;
};
