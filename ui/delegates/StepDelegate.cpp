#include "StepDelegate.h"

#include "ModelRoles.h"
#include "Theme.h"
#include "pipeline/ProductStage.h"

#include <QApplication>
#include <QPainter>

namespace
{
constexpr int kSegment = 9;
constexpr int kGap = 3;
constexpr int kStrip = Stage::StepCount * kSegment + (Stage::StepCount - 1) * kGap;
} // namespace

void StepDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const int current = std::clamp(index.data(ModelRoles::StepRole).toInt(), 0, Stage::StepCount - 1);
    const QColor stageColor = index.data(Qt::ForegroundRole).value<QColor>();
    const QColor now = stageColor.isValid() ? stageColor : Theme::Accent;
    const QRect r = option.rect.adjusted(6, 0, -6, 0);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    for (int i = 0; i < Stage::StepCount; ++i) {
        const QRect segment(r.left() + i * (kSegment + kGap), r.center().y() - 3, kSegment, 6);
        painter->setBrush(i < current ? Theme::Muted : (i == current ? now : Theme::Track));
        painter->drawRoundedRect(segment, 3, 3);
    }
    const QRect textRect(r.left() + kStrip + 8, r.top(), r.width() - kStrip - 8, r.height());
    painter->setPen((opt.state & QStyle::State_Selected) ? opt.palette.color(QPalette::HighlightedText)
                                                         : opt.palette.color(QPalette::Text));
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
        opt.fontMetrics.elidedText(text, Qt::ElideRight, std::max(0, textRect.width())));
    painter->restore();
}

QSize StepDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(size.width() + kStrip + 8);
    return size;
}
