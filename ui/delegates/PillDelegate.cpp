#include "PillDelegate.h"

#include "Theme.h"

#include <QApplication>
#include <QPainter>

void PillDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    if (text.isEmpty())
        return;
    QColor color = index.data(Qt::ForegroundRole).value<QColor>();
    if (!color.isValid())
        color = Theme::Muted;
    QFont font = opt.font;
    font.setPointSizeF(font.pointSizeF() * 0.92);
    font.setWeight(QFont::DemiBold);
    const QFontMetrics fm(font);
    const int w = std::min(fm.horizontalAdvance(text) + 16, option.rect.width() - 8);
    const int h = fm.height() + 4;
    const QRect pill(option.rect.left() + 6, option.rect.center().y() - h / 2 + 1, w, h);
    const QColor fill = fillColour(color);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(pill, h / 2.0, h / 2.0);
    painter->setPen(textColour(color));
    painter->setFont(font);
    painter->drawText(pill, Qt::AlignCenter, fm.elidedText(text, Qt::ElideRight, pill.width() - 12));
    painter->restore();
}

QColor PillDelegate::fillColour(const QColor& tint)
{
    QColor fill = tint;
    fill.setAlpha(28);
    return fill;
}

QColor PillDelegate::textColour(const QColor& tint)
{
    return tint.darker(115);
}

QSize PillDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setWidth(s.width() + 20);
    return s;
}
