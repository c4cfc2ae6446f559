#pragma once

#include <QStyledItemDelegate>

// One dashboard figure as a card: label, value, the change against yesterday, and a sparkline of the
// last two weeks.
class KpiCardDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    // The figure's own tooltip (its two weeks in words) followed by the view's (what a click does).
    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
        const QModelIndex& index) override;

    static constexpr int SparklineHeight = 24;
};
