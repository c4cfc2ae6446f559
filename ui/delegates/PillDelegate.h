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

    // A pill's colours for a tint: a faint fill over the row's background and the text on it
    // (tests/style/tst_contrast checks the text against the fill on every row background).
    static QColor fillColour(const QColor& tint);
    static QColor textColour(const QColor& tint);
};
