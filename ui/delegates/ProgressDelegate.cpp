#include "ProgressDelegate.h"

#include "ModelRoles.h"
#include "Theme.h"

#include <QApplication>
#include <QPainter>

void ProgressDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const int value = std::clamp(index.data(ModelRoles::ProgressRole).toInt(), 0, 100);
    const QColor color = index.data(Qt::ForegroundRole).value<QColor>().isValid()
        ? index.data(Qt::ForegroundRole).value<QColor>()
        : Theme::Accent;
    const QRect r = option.rect.adjusted(6, 0, -6, 0);
    const int barWidth = std::max(40, r.width() - 44);
    const QRect track(r.left(), r.center().y() - 3, barWidth, 6);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(Theme::Track);
    painter->drawRoundedRect(track, 3, 3);
    painter->setBrush(color);
    painter->drawRoundedRect(QRect(track.left(), track.top(), track.width() * value / 100, track.height()), 3, 3);
    painter->setPen(Theme::Muted);
    painter->drawText(QRect(track.right() + 6, r.top(), r.right() - track.right() - 6, r.height()),
        Qt::AlignVCenter | Qt::AlignRight, text);
    painter->restore();
}
