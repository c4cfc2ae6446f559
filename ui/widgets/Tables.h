#pragma once

#include <QString>

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace Tables
{
// A read-only table in Quorum's look: whole rows selected, no grid, fixed row height (26 px),
// alternating rows, no row numbers.
QTableView* compact(QAbstractItemModel* model, QWidget* parent, const QString& objectName);
// The height that shows the header and `rows` rows whole (more scroll).
int heightForRows(const QTableView* view, int rows);
} // namespace Tables
