#include "KpiCardDelegate.h"

#include "KpiModel.h"
#include "Theme.h"

#include <QPainter>

void KpiCardDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QRect card = option.rect.adjusted(4, 4, -4, -4);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(option.state & QStyle::State_HasFocus ? Theme::Accent : Theme::Border);
    painter->setBrush(Theme::Card);
    painter->drawRoundedRect(card, 8, 8);

    const QRect inner = card.adjusted(16, 12, -16, -12);
    QFont labelFont = option.font;
    painter->setFont(labelFont);
    painter->setPen(Theme::Muted);
    const QFontMetrics lm(labelFont);
    painter->drawText(QRect(inner.left(), inner.top(), inner.width(), lm.height()), Qt::AlignLeft,
        lm.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, inner.width()));

    QFont valueFont = option.font;
    valueFont.setPointSizeF(option.font.pointSizeF() * 1.9);
    valueFont.setWeight(QFont::DemiBold);
    const QFontMetrics vm(valueFont);
    painter->setFont(valueFont);
    painter->setPen(Theme::Text);
    const int valueTop = inner.top() + lm.height() + 6;
    painter->drawText(QRect(inner.left(), valueTop, inner.width(), vm.height()), Qt::AlignLeft,
        vm.elidedText(index.data(KpiModel::ValueTextRole).toString(), Qt::ElideRight, inner.width()));

    const int trend = index.data(KpiModel::TrendRole).toInt();
    painter->setFont(labelFont);
    painter->setPen(trend > 0 ? Theme::Success : (trend < 0 ? Theme::Danger : Theme::Muted));
    const QString arrow = trend > 0 ? QStringLiteral("▲ ") : (trend < 0 ? QStringLiteral("▼ ") : QString());
    painter->drawText(QRect(inner.left(), valueTop + vm.height() + 4, inner.width(), lm.height()), Qt::AlignLeft,
        lm.elidedText(arrow + index.data(KpiModel::DeltaTextRole).toString(), Qt::ElideRight, inner.width()));
    painter->restore();
}

QSize KpiCardDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const QFontMetrics fm(option.font);
    return {std::max(222, fm.horizontalAdvance(QLatin1Char('M')) * 18), fm.height() * 2 + fm.height() * 2 + 40};
}
