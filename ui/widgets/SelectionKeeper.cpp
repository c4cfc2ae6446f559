#include "SelectionKeeper.h"

#include "ModelRoles.h"
#include "SqlTableModel.h"

#include <QAbstractItemView>

SelectionKeeper::SelectionKeeper(QAbstractItemView* view)
    : QObject(view)
    , m_view(view)
{
    QAbstractItemModel* model = view->model();
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        m_currentId = current.isValid() ? current.data(ModelRoles::IdRole).toLongLong() : -1;
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_currentId < 0)
            return;
        QAbstractItemModel* m = m_view->model();
        QModelIndex found;
        // Large SQL models know the row of an id directly; scanning them with match() would fetch every row.
        if (auto* sql = qobject_cast<SqlTableModel*>(m)) {
            found = sql->indexForId(m_currentId);
        } else {
            const QModelIndexList hits
                = m->match(m->index(0, 0), ModelRoles::IdRole, m_currentId, 1, Qt::MatchExactly | Qt::MatchRecursive);
            found = hits.value(0);
        }
        if (found.isValid()) {
            m_view->setCurrentIndex(found);
            m_view->scrollTo(found);
        }
    });
}
