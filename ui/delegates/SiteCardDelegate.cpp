#include "SiteCardDelegate.h"

#include "Format.h"
#include "SitesModel.h"
#include "Theme.h"

#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

void SiteCardDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QRect card = option.rect.adjusted(6, 6, -6, -6);
    const QStringList palette = index.data(SitesModel::PaletteRole).toStringList();
    const auto colour = [&palette](qsizetype i, const QColor& fallback) {
        return i < palette.size() ? QColor(palette.at(i)) : fallback;
    };
    const QColor primary = colour(0, Theme::PagePrimary);
    const QColor background = colour(1, Theme::PageBackground);
    const QColor accent = colour(2, Theme::PageAccent);
    const bool selected = option.state & QStyle::State_Selected;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(selected ? Theme::Accent : Theme::Border, selected ? 2 : 1));
    painter->setBrush(Theme::Card);
    painter->drawRoundedRect(card, 8, 8);

    // Miniature of the page.
    const QRect preview(card.left() + 1, card.top() + 1, card.width() - 2, PreviewHeight);
    QPainterPath clip;
    clip.addRoundedRect(preview, 7, 7);
    painter->setClipPath(clip);
    painter->fillRect(preview, background);
    const QRect band(preview.left(), preview.top(), preview.width(), preview.height() * 45 / 100);
    painter->fillRect(band, primary);
    QFont titleFont(u"DejaVu Serif"_s);
    titleFont.setPixelSize(17);
    titleFont.setWeight(QFont::Bold);
    painter->setFont(titleFont);
    painter->setPen(background);
    const QRect titleRect = band.adjusted(14, 10, -14, -8);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
        QFontMetrics(titleFont).elidedText(
            index.data(SitesModel::TitleRole).toString(), Qt::ElideRight, titleRect.width() * 2));
    QFont small = option.font;
    small.setPixelSize(11);
    painter->setFont(small);
    painter->setPen(primary);
    const QRect taglineRect(preview.left() + 14, band.bottom() + 8, preview.width() - 28, 30);
    painter->drawText(taglineRect, Qt::AlignLeft | Qt::TextWordWrap, index.data(SitesModel::TaglineRole).toString());
    painter->setPen(Qt::NoPen);
    painter->setBrush(accent);
    painter->drawRect(QRect(preview.left() + 14, preview.bottom() - 26, 74, 16));
    // The button sits under a few lines of body copy, drawn as skeleton bars.
    painter->setBrush(primary.lighter(250));
    for (int i = 0; i < 2; ++i)
        painter->drawRoundedRect(
            QRect(preview.left() + 100, preview.bottom() - 26 + i * 9, preview.width() / 2 - 30 - i * 30, 4), 2, 2);
    painter->setClipping(false);

    // Caption.
    const QRect caption(
        card.left() + 12, preview.bottom() + 8, card.width() - 24, card.bottom() - preview.bottom() - 12);
    QFont bold = option.font;
    bold.setWeight(QFont::DemiBold);
    const QFontMetrics bm(bold);
    painter->setFont(bold);
    painter->setPen(Theme::Text);
    painter->drawText(QRect(caption.left(), caption.top(), caption.width() - 80, bm.height()), Qt::AlignLeft,
        bm.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, caption.width() - 84));

    const QString status = index.data(SitesModel::StatusRole).toString();
    const QString statusText = status == u"published" ? tr("Published") : tr("Draft");
    const QColor statusColor = Format::statusColor(status);
    QFont pillFont = option.font;
    pillFont.setPixelSize(11);
    pillFont.setWeight(QFont::DemiBold);
    const QFontMetrics pm(pillFont);
    const int pw = pm.horizontalAdvance(statusText) + 14;
    const QRect pill(caption.right() - pw, caption.top() + 1, pw, pm.height() + 3);
    QColor fill = statusColor;
    fill.setAlpha(30);
    painter->setBrush(fill);
    painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
    painter->setFont(pillFont);
    painter->setPen(statusColor.darker(115));
    painter->drawText(pill, Qt::AlignCenter, statusText);

    painter->setFont(option.font);
    painter->setPen(Theme::Muted);
    const QFontMetrics fm(option.font);
    const QString url = index.data(SitesModel::UrlRole).toString();
    const QString line2 = url.isEmpty() ? tr("Not published yet") : url;
    painter->drawText(QRect(caption.left(), caption.top() + bm.height() + 4, caption.width(), fm.height()),
        Qt::AlignLeft, fm.elidedText(line2, Qt::ElideMiddle, caption.width()));
    const QString product = index.data(SitesModel::ProductRole).toString();
    if (!product.isEmpty())
        painter->drawText(
            QRect(caption.left(), caption.top() + bm.height() + fm.height() + 6, caption.width(), fm.height()),
            Qt::AlignLeft, fm.elidedText(tr("Features %1").arg(product), Qt::ElideRight, caption.width()));
    painter->restore();
}

QSize SiteCardDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const QFontMetrics fm(option.font);
    return {CardWidth, PreviewHeight + fm.height() * 3 + 40};
}
