#pragma once

#include <QStyledItemDelegate>

// Draws the cell's text in a rounded "pill" tinted with the cell's ForegroundRole colour
// (stages, risk levels, statuses).
class PillDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};
