#include "KpiCardDelegate.h"

#include "KpiModel.h"
#include "Theme.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

namespace
{
// A thin line through the daily values with a dot on the last (today). Nothing when every day is 0.
void drawSparkline(QPainter* painter, const QRectF& rect, const QList<qint64>& values)
{
    if (values.size() < 2 || std::all_of(values.cbegin(), values.cend(), [](qint64 v) { return v == 0; }))
        return;
    const auto [lowIt, highIt] = std::minmax_element(values.cbegin(), values.cend());
    const double low = static_cast<double>(*lowIt);
    const double span = static_cast<double>(*highIt) - low;
    // The dot's radius stays inside the rect.
    const QRectF area = rect.adjusted(3, 3, -3, -3);
    QPainterPath path;
    QPointF last;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const double x = area.left() + area.width() * static_cast<double>(i) / static_cast<double>(values.size() - 1);
        const double share = span > 0 ? (static_cast<double>(values.at(i)) - low) / span : 0.5;
        last = QPointF(x, area.bottom() - share * area.height());
        if (i == 0)
            path.moveTo(last);
        else
            path.lineTo(last);
    }
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(Theme::Accent, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->drawPath(path);
    painter->setPen(Qt::NoPen);
    painter->setBrush(Theme::Accent);
    painter->drawEllipse(last, 2.5, 2.5);
}
} // namespace

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

    // The value is large, but a narrow card (five in a row on a small screen) shrinks it rather than
    // eliding the figure itself; the line height stays, so nothing below it moves.
    const QString valueText = index.data(KpiModel::ValueTextRole).toString();
    QFont valueFont = option.font;
    valueFont.setWeight(QFont::DemiBold);
    valueFont.setPointSizeF(option.font.pointSizeF() * 1.9);
    const int valueHeight = QFontMetrics(valueFont).height();
    for (double scale = 1.8; scale >= 1.3 && QFontMetrics(valueFont).horizontalAdvance(valueText) > inner.width();
         scale -= 0.1)
        valueFont.setPointSizeF(option.font.pointSizeF() * scale);
    const QFontMetrics vm(valueFont);
    painter->setFont(valueFont);
    painter->setPen(Theme::Text);
    const int valueTop = inner.top() + lm.height() + 6;
    painter->drawText(QRect(inner.left(), valueTop, inner.width(), valueHeight), Qt::AlignLeft | Qt::AlignVCenter,
        vm.elidedText(valueText, Qt::ElideRight, inner.width()));

    const int trend = index.data(KpiModel::TrendRole).toInt();
    painter->setFont(labelFont);
    painter->setPen(trend > 0 ? Theme::Success : (trend < 0 ? Theme::Danger : Theme::Muted));
    const QString arrow = trend > 0 ? QStringLiteral("▲ ") : (trend < 0 ? QStringLiteral("▼ ") : QString());
    const int deltaTop = valueTop + valueHeight + 4;
    painter->drawText(QRect(inner.left(), deltaTop, inner.width(), lm.height()), Qt::AlignLeft,
        lm.elidedText(arrow + index.data(KpiModel::DeltaTextRole).toString(), Qt::ElideRight, inner.width()));

    drawSparkline(painter, QRectF(inner.left(), deltaTop + lm.height() + 6, inner.width(), SparklineHeight),
        index.data(KpiModel::SeriesRole).value<QList<qint64>>());
    painter->restore();
}

QSize KpiCardDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const QFontMetrics fm(option.font);
    // Label, value (1.9 times the font), delta and, beneath them, the sparkline.
    return {std::max(222, fm.horizontalAdvance(QLatin1Char('M')) * 18),
        fm.height() * 2 + fm.height() * 2 + 40 + SparklineHeight + 6};
}

bool KpiCardDelegate::helpEvent(
    QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option, const QModelIndex& index)
{
    if (event->type() != QEvent::ToolTip || !view || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QString own = index.data(Qt::ToolTipRole).toString();
    const QString hint = view->toolTip();
    const QString text = own.isEmpty() ? hint : (hint.isEmpty() ? own : QString(own + QLatin1Char('\n') + hint));
    QToolTip::showText(event->globalPos(), text, view);
    return !text.isEmpty();
}
