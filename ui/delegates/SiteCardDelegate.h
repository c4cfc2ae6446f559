#pragma once

#include <QStyledItemDelegate>

// A generated site as a card: a miniature of the page in its palette (title band, tagline, call to
// action), then the site's name, status and address.
class SiteCardDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    static constexpr int CardWidth = 280;
    static constexpr int PreviewHeight = 150;
};
