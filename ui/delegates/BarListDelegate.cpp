#include "BarListDelegate.h"

#include "ModelRoles.h"

#include "Theme.h"

#include <QPainter>

BarListDelegate::BarListDelegate(int valueRole, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_valueRole(valueRole)
{ }

void BarListDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (option.state & QStyle::State_Selected)
        painter->fillRect(option.rect, option.palette.highlight());
    const QRect r = option.rect.adjusted(12, 6, -12, -6);
    const QColor color = index.data(Qt::DecorationRole).value<QColor>();
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawEllipse(QRect(r.left(), r.top() + 5, 9, 9));
    painter->setPen(Theme::Text);
    QFont bold = option.font;
    bold.setWeight(QFont::DemiBold);
    painter->setFont(bold);
    const QFontMetrics fm(bold);
    painter->drawText(QRect(r.left() + 16, r.top(), r.width() * 6 / 10, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, r.width() * 6 / 10));
    painter->setFont(option.font);
    painter->setPen(Theme::Muted);
    painter->drawText(QRect(r.left(), r.top(), r.width(), fm.height()), Qt::AlignRight | Qt::AlignVCenter,
        fm.elidedText(index.data(ModelRoles::SummaryTextRole).toString(), Qt::ElideRight, r.width() * 4 / 10 - 8));
    const int value = std::clamp(index.data(m_valueRole).toInt(), 0, 100);
    const QRect track(r.left() + 16, r.top() + fm.height() + 6, r.width() - 16, 6);
    painter->setPen(Qt::NoPen);
    painter->setBrush(Theme::Track);
    painter->drawRoundedRect(track, 3, 3);
    painter->setBrush(color);
    painter->drawRoundedRect(QRect(track.left(), track.top(), track.width() * value / 100, track.height()), 3, 3);
    painter->restore();
}

QSize BarListDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    return {200, QFontMetrics(option.font).height() + 26};
}
