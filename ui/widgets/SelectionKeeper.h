#pragma once

#include <QObject>

class QAbstractItemView;

// Keeps a view's current row (by the model's IdRole) across model resets, so changing a filter or
// a live reload does not lose the approver's place.
class SelectionKeeper final : public QObject
{
    Q_OBJECT
public:
    explicit SelectionKeeper(QAbstractItemView* view);

private:
    QAbstractItemView* m_view;
    qint64 m_currentId = -1;
};
