#include "SiteCardDelegate.h"

#include "Format.h"
#include "SitesModel.h"
#include "Theme.h"

#include <QImage>
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
    const QImage shot = index.data(SitesModel::ThumbnailRole).value<QImage>();
    if (!shot.isNull()) {
        // The page itself, as headless Chromium rendered it at a desktop's width.
        painter->fillRect(preview, Theme::Card);
        painter->drawImage(QRectF(preview.topLeft(), shot.deviceIndependentSize()), shot);
        painter->setClipping(false);
        painter->setPen(Theme::Border);
        painter->drawLine(preview.bottomLeft(), preview.bottomRight());
    } else {
        paintMiniature(painter, option, index, preview, primary, background, accent);
        // Why there is no picture of the page, where the picture would be.
        const QString why = index.data(SitesModel::ShotErrorRole).toString();
        if (!why.isEmpty()) {
            QFont note = option.font;
            note.setPixelSize(11);
            const QFontMetrics nm(note);
            const QRect strip(preview.left(), preview.bottom() - nm.height() - 8, preview.width(), nm.height() + 8);
            QColor veil = Theme::Card;
            veil.setAlpha(225);
            painter->fillRect(strip, veil);
            painter->setFont(note);
            painter->setPen(Theme::Warning.darker(130));
            painter->drawText(strip.adjusted(8, 0, -8, 0), Qt::AlignVCenter | Qt::AlignLeft,
                nm.elidedText(why, Qt::ElideRight, strip.width() - 16));
        }
        painter->setClipping(false);
    }
    painter->restore();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    paintCaption(painter, option, index, card, preview);
    painter->restore();
}

void SiteCardDelegate::paintMiniature(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index,
    const QRect& preview, const QColor& primary, const QColor& background, const QColor& accent) const
{
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
}

void SiteCardDelegate::paintCaption(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index,
    const QRect& card, const QRect& preview) const
{
    const QRect caption(
        card.left() + 12, preview.bottom() + 8, card.width() - 24, card.bottom() - preview.bottom() - 12);
    QFont bold = option.font;
    bold.setWeight(QFont::DemiBold);
    const QFontMetrics bm(bold);
    painter->setFont(bold);
    painter->setPen(Theme::Text);

    const QString status = index.data(SitesModel::StatusRole).toString();
    const QString stage = index.data(SitesModel::StageRole).toString();
    const int version = index.data(SitesModel::PageVersionRole).toInt();
    // A generated site's chain speaks first while it works or needs a person; then the page's own status.
    QString statusText;
    QColor statusColor;
    if (stage == u"needs_review" || stage == u"failed") {
        statusText = stage == u"failed" ? tr("Failed") : tr("Needs a person");
        statusColor = stage == u"failed" ? Theme::Danger : Theme::Warning;
    } else if (!stage.isEmpty() && stage != u"ready") {
        statusText = tr("Generating");
        statusColor = Theme::Accent;
    } else {
        statusText = status == u"published" ? tr("Published") : status == u"approved" ? tr("Approved") : tr("Draft");
        statusColor = Format::statusColor(status == u"approved" ? u"running"_s : status);
        if (version > 0)
            statusText = tr("%1 · v%2").arg(statusText).arg(version);
    }
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
    painter->setFont(bold);
    painter->setPen(Theme::Text);
    painter->drawText(QRect(caption.left(), caption.top(), caption.width() - pw - 8, bm.height()), Qt::AlignLeft,
        bm.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, caption.width() - pw - 10));

    painter->setFont(option.font);
    painter->setPen(Theme::Muted);
    const QFontMetrics fm(option.font);
    const QString url = index.data(SitesModel::UrlRole).toString();
    const QString vibe = index.data(SitesModel::VibeRole).toString();
    QString line2 = url.isEmpty() ? (vibe.isEmpty() ? tr("Not published yet") : vibe) : url;
    if (!stage.isEmpty() && stage != u"ready")
        line2 = index.data(SitesModel::StageTextRole).toString();
    painter->drawText(QRect(caption.left(), caption.top() + bm.height() + 4, caption.width(), fm.height()),
        Qt::AlignLeft, fm.elidedText(line2, Qt::ElideMiddle, caption.width()));
    const QString subject = subjectText(index);
    if (!subject.isEmpty())
        painter->drawText(
            QRect(caption.left(), caption.top() + bm.height() + fm.height() + 6, caption.width(), fm.height()),
            Qt::AlignLeft, fm.elidedText(subject, Qt::ElideRight, caption.width()));
}

QString SiteCardDelegate::subjectText(const QModelIndex& index)
{
    const QString kind = index.data(SitesModel::KindRole).toString();
    if (kind == u"shop")
        return tr("Shows the whole shop");
    if (const QString collection = index.data(SitesModel::CollectionRole).toString();
        kind == u"collection" && !collection.isEmpty())
        return tr("Shows the collection %1").arg(collection);
    if (const QString lead = index.data(SitesModel::LeadRole).toString(); !lead.isEmpty())
        return tr("Concept for %1").arg(lead);
    if (const QString product = index.data(SitesModel::ProductRole).toString(); !product.isEmpty())
        return tr("Features %1").arg(product);
    return {};
}

QSize SiteCardDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const QFontMetrics fm(option.font);
    return {CardWidth, PreviewHeight + fm.height() * 3 + 40};
}
