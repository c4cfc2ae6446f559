#pragma once

#include <QStyledItemDelegate>

// Draws ModelRoles::ProgressRole (0-100) as a slim bar with the percentage.
class ProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};
