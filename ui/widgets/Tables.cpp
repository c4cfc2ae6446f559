#include "Tables.h"

#include <QHeaderView>
#include <QTableView>

namespace Tables
{

QTableView* compact(QAbstractItemModel* model, QWidget* parent, const QString& objectName)
{
    auto* v = new QTableView(parent);
    v->setObjectName(objectName);
    v->setModel(model);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setSelectionMode(QAbstractItemView::SingleSelection);
    v->setShowGrid(false);
    v->setWordWrap(false);
    v->setAlternatingRowColors(true);
    v->verticalHeader()->hide();
    v->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    v->verticalHeader()->setDefaultSectionSize(26);
    v->horizontalHeader()->setHighlightSections(false);
    return v;
}

int heightForRows(const QTableView* view, int rows)
{
    return view->horizontalHeader()->sizeHint().height() + rows * view->verticalHeader()->defaultSectionSize()
        + 2 * view->frameWidth();
}

} // namespace Tables
