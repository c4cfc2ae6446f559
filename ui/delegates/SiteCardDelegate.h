#pragma once

#include <QStyledItemDelegate>

// A generated site as a card: the page's screenshot (headless Chromium, desktop width) or, without one, a
// miniature in its palette with the reason there is none; then the site's name, status, vibe or address.
class SiteCardDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    static constexpr int CardWidth = 280;
    // What the site is about, for a person: a product, a collection, the whole shop or a lead's business.
    static QString subjectText(const QModelIndex& index);

private:
    // A drawing of the page in its palette, for a page without a screenshot.
    void paintMiniature(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index,
        const QRect& preview, const QColor& primary, const QColor& background, const QColor& accent) const;
    void paintCaption(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index,
        const QRect& card, const QRect& preview) const;

public:
    static constexpr int PreviewHeight = 150;
};
