#include "SqlTableModel.h"

#include "core/Log.h"
#include "storage/Sql.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSqlError>
#include <QTimer>

using namespace Qt::StringLiterals;

SqlTableModel::SqlTableModel(const QSqlDatabase& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_refreshTimer(new QTimer(this))
{
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(250);
    connect(m_refreshTimer, &QTimer::timeout, this, &SqlTableModel::refresh);
}

int SqlTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int SqlTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : columns();
}

QVariant SqlTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(columnAlignment(index.column()) | Qt::AlignVCenter);
    const Row* row = rowAt(index.row());
    if (!row)
        return {};
    return cellData(*row, index.column(), role);
}

QVariant SqlTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columns())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return header(section);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(columnAlignment(section) | Qt::AlignVCenter);
    return {};
}

Qt::Alignment SqlTableModel::columnAlignment(int) const
{
    return Qt::AlignLeft;
}

void SqlTableModel::sort(int column, Qt::SortOrder order)
{
    if (column >= columns() || (column >= 0 && sortExpression(column).isEmpty()))
        return;
    if (column < 0)
        order = Qt::AscendingOrder;
    if (column == m_sortColumn && order == m_sortOrder && !m_ids.isEmpty())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

qint64 SqlTableModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : -1;
}

int SqlTableModel::rowForId(qint64 id) const
{
    return m_rowOfId.value(id, -1);
}

QModelIndex SqlTableModel::indexForId(qint64 id, int column) const
{
    const int row = rowForId(id);
    return row < 0 ? QModelIndex() : index(row, column);
}

QVector<qint64> SqlTableModel::queryIds(std::optional<qint64> after) const
{
    QStringList conditions;
    QVariantList binds;
    filterConditions(&conditions, &binds);
    if (after) {
        conditions.append(idExpression() + u" > ?"_s);
        binds.append(*after);
    }
    QString sql = u"SELECT "_s + idExpression() + u" FROM "_s + fromClause();
    if (!conditions.isEmpty())
        sql += u" WHERE "_s + conditions.join(u" AND "_s);
    QString order;
    if (m_sortColumn >= 0) {
        const QString expr = sortExpression(m_sortColumn);
        if (!expr.isEmpty()) {
            const QString dir = m_sortOrder == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
            // The id breaks ties so the order is stable between refreshes.
            order = expr + dir + u", "_s + idExpression() + dir;
        }
    }
    if (order.isEmpty() && !defaultOrder().isEmpty())
        order = defaultOrder() + u", "_s + idExpression();
    sql += u" ORDER BY "_s + (order.isEmpty() ? idExpression() : order);

    QElapsedTimer timer;
    timer.start();
    QVector<qint64> ids;
    try {
        QSqlQuery q = Sql::exec(m_db, sql, binds);
        while (q.next())
            ids.append(q.value(0).toLongLong());
        m_lastError.clear();
    } catch (const SqlError& e) {
        m_lastError = e.message();
        qCWarning(lcModels) << metaObject()->className() << "query failed:" << e.message();
    }
    m_lastQueryMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    return ids;
}

void SqlTableModel::reload()
{
    const QVector<qint64> ids = queryIds();
    beginResetModel();
    m_ids = ids;
    m_cache.clear();
    rebuildIndex();
    endResetModel();
    if (!m_lastError.isEmpty())
        emit queryFailed(m_lastError);
    emit reloaded();
}

std::optional<Qt::SortOrder> SqlTableModel::logOrder() const
{
    if (!m_appendOnly)
        return std::nullopt;
    if (m_sortColumn < 0)
        return m_appendOnly;
    if (sortExpression(m_sortColumn) == idExpression())
        return m_sortOrder;
    return std::nullopt;
}

void SqlTableModel::refresh()
{
    m_refreshTimer->stop();
    if (const auto order = logOrder(); order && !m_ids.isEmpty()) {
        // A log in its own order: what is new joins at the newest end; nothing else moved.
        const bool newestFirst = *order == Qt::DescendingOrder;
        const QVector<qint64> newer = queryIds(newestFirst ? m_ids.constFirst() : m_ids.constLast());
        if (!m_lastError.isEmpty()) {
            emit queryFailed(m_lastError);
            return;
        }
        if (newer.isEmpty())
            return;
        const int first = newestFirst ? 0 : static_cast<int>(m_ids.size());
        beginInsertRows({}, first, first + static_cast<int>(newer.size()) - 1);
        m_ids.insert(first, newer.size(), 0);
        std::copy(newer.cbegin(), newer.cend(), m_ids.begin() + first);
        rebuildIndex();
        endInsertRows();
        return;
    }
    const QVector<qint64> ids = queryIds();
    if (!m_lastError.isEmpty()) {
        emit queryFailed(m_lastError);
        return;
    }
    applyDiff(ids);
}

void SqlTableModel::setRefreshInterval(int ms)
{
    m_refreshTimer->setInterval(ms);
}

void SqlTableModel::notifyChanged(const QList<qint64>& ids, bool membershipMayChange)
{
    if (ids.isEmpty()) {
        // "Something changed": refetch everything visible and re-read the id list.
        m_cache.clear();
        if (!m_ids.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, columns() - 1));
        m_refreshTimer->start();
        return;
    }
    int first = std::numeric_limits<int>::max();
    int last = -1;
    for (qint64 id : ids) {
        m_cache.remove(id);
        const int row = rowForId(id);
        if (row >= 0) {
            first = std::min(first, row);
            last = std::max(last, row);
        } else {
            membershipMayChange = true;
        }
    }
    if (last >= 0)
        emit dataChanged(index(first, 0), index(last, columns() - 1));
    if (membershipMayChange && !m_refreshTimer->isActive())
        m_refreshTimer->start();
}

void SqlTableModel::applyDiff(const QVector<qint64>& newIds)
{
    if (newIds == m_ids)
        return;
    const QSet<qint64> newSet(newIds.cbegin(), newIds.cend());
    const QSet<qint64> oldSet(m_ids.cbegin(), m_ids.cend());

    // Count the runs first: thousands of scattered changes are cheaper as one reset.
    int runs = 0;
    bool inRun = false;
    for (qint64 id : std::as_const(m_ids)) {
        const bool removed = !newSet.contains(id);
        runs += removed && !inRun;
        inRun = removed;
    }
    inRun = false;
    for (qint64 id : newIds) {
        const bool added = !oldSet.contains(id);
        runs += added && !inRun;
        inRun = added;
    }
    if (runs > 64) {
        beginResetModel();
        m_ids = newIds;
        m_cache.clear();
        rebuildIndex();
        endResetModel();
        emit reloaded();
        return;
    }

    // 1. Removals, bottom-up in contiguous runs.
    for (int row = static_cast<int>(m_ids.size()) - 1; row >= 0;) {
        if (newSet.contains(m_ids.at(row))) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !newSet.contains(m_ids.at(first - 1)))
            --first;
        beginRemoveRows({}, first, row);
        for (int r = first; r <= row; ++r)
            m_cache.remove(m_ids.at(r));
        m_ids.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    rebuildIndex();

    // 2. Reorder the rows that stay into their new relative order.
    QVector<qint64> kept;
    kept.reserve(m_ids.size());
    for (qint64 id : newIds) {
        if (oldSet.contains(id))
            kept.append(id);
    }
    if (kept != m_ids) {
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList persistent = persistentIndexList();
        QHash<qint64, int> newRow;
        for (int i = 0; i < kept.size(); ++i)
            newRow.insert(kept.at(i), i);
        QModelIndexList to;
        to.reserve(persistent.size());
        for (const QModelIndex& idx : persistent)
            to.append(index(newRow.value(m_ids.at(idx.row())), idx.column()));
        m_ids = kept;
        rebuildIndex();
        changePersistentIndexList(persistent, to);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }

    // 3. Insertions, top-down: positions in newIds are final because the prefix already matches.
    for (int row = 0; row < newIds.size();) {
        if (oldSet.contains(newIds.at(row))) {
            ++row;
            continue;
        }
        int last = row;
        while (last + 1 < newIds.size() && !oldSet.contains(newIds.at(last + 1)))
            ++last;
        beginInsertRows({}, row, last);
        m_ids.insert(row, last - row + 1, 0);
        for (int r = row; r <= last; ++r)
            m_ids[r] = newIds.at(r);
        endInsertRows();
        row = last + 1;
    }
    rebuildIndex();
    Q_ASSERT(m_ids == newIds);
}

void SqlTableModel::rebuildIndex()
{
    m_rowOfId.clear();
    m_rowOfId.reserve(m_ids.size());
    for (int i = 0; i < m_ids.size(); ++i)
        m_rowOfId.insert(m_ids.at(i), i);
}

const SqlTableModel::Row* SqlTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    const qint64 id = m_ids.at(row);
    auto it = m_cache.constFind(id);
    if (it != m_cache.constEnd())
        return &it.value();
    fetchPage(row);
    it = m_cache.constFind(id);
    return it != m_cache.constEnd() ? &it.value() : nullptr;
}

void SqlTableModel::fetchPage(int row) const
{
    if (m_cache.size() > MaxCachedRows)
        m_cache.clear();
    const int first = (row / PageSize) * PageSize;
    const int last = std::min<int>(first + PageSize, static_cast<int>(m_ids.size()));
    QVariantList binds;
    binds.reserve(last - first);
    for (int r = first; r < last; ++r) {
        if (!m_cache.contains(m_ids.at(r)))
            binds.append(m_ids.at(r));
    }
    if (binds.isEmpty())
        return;
    const QString sql = u"SELECT "_s + fieldExpressions().join(u", "_s) + u" FROM "_s + fromClause() + u" WHERE "_s
        + idExpression() + u" IN ("_s + Sql::placeholders(binds.size()) + u')';
    try {
        QSqlQuery q = Sql::exec(m_db, sql, binds);
        const int fields = static_cast<int>(fieldExpressions().size());
        while (q.next()) {
            Row values(fields);
            for (int f = 0; f < fields; ++f)
                values[f] = q.value(f);
            m_cache.insert(values.at(0).toLongLong(), std::move(values));
        }
    } catch (const SqlError& e) {
        m_lastError = e.message();
        qCWarning(lcModels) << metaObject()->className() << "page fetch failed:" << e.message();
    }
}

void SqlTableModel::emitColumnChanged(int column, const QList<int>& roles)
{
    if (!m_ids.isEmpty())
        emit dataChanged(index(0, column), index(rowCount() - 1, column), roles);
}
