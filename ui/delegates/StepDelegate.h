#pragma once

#include <QStyledItemDelegate>

// Draws a product's journey (ModelRoles::StepRole: write, check, approve, publish, promote) as five
// short segments, done ones filled, the current one in the stage's colour, with the step's text
// beside it ("3 of 7 pieces done", "Retry in 0:23"). No percentages: only what really happened.
class StepDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};
