#include "VisualComposer.h"

#include "ColorScience.h"
#include "SubjectCrop.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace VisualComposer
{

namespace
{

QFont headlineFont(double pixelSize)
{
    QFont f(u"DejaVu Sans"_s);
    f.setPixelSize(std::max(1, int(pixelSize)));
    f.setBold(true);
    return f;
}

QRectF safeArea(const QSize& size, const QMarginsF& m)
{
    return QRectF(size.width() * m.left(), size.height() * m.top(), size.width() * (1 - m.left() - m.right()),
        size.height() * (1 - m.top() - m.bottom()));
}

QImage scaledCrop(const QImage& photo, const QRect& crop, const QSize& size)
{
    return photo.copy(crop)
        .scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
        .convertToFormat(QImage::Format_RGB32);
}

double padding(double pixelSize)
{
    return pixelSize * 0.35;
}

constexpr int kTextFlags = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;

// Where the headline's glyphs fall in its band: the plate hugs them and the guards judge them.
QRectF textExtent(const Plan& plan, const QString& headline)
{
    return QFontMetricsF(headlineFont(plan.pixelSize)).boundingRect(plan.textBox, kTextFlags, headline);
}

} // namespace

Plan plan(const Input& in, int attempt)
{
    Plan p;
    const VisualFormats::Format& f = *in.format;
    const SubjectCrop::Subject subject = in.subject ? *in.subject : SubjectCrop::find(in.photo);
    p.crop = SubjectCrop::crop(in.photo.size(), subject, f.ratio());
    if (attempt >= 2 && subject.found) {
        // Leave room above the product: the crop moved down as far as the product still fits.
        const int room = in.photo.height() - p.crop.height();
        if (room > 0)
            p.crop.moveTop(std::clamp(subject.box.bottom() + 1 - p.crop.height(), 0, room));
    }
    const QImage photo = scaledCrop(in.photo, p.crop, f.size);
    const QSize size = f.size;
    const QRectF safe = safeArea(size, f.safe);
    // The logo at 14% of the width in its corner of the safe area.
    if (!in.logo.isNull()) {
        // On whole pixels, inside the safe area.
        // 14% of the width, or less for a tall logo: at most 30% of the height.
        int w = int(size.width() * 0.14);
        int h = w * in.logo.height() / std::max(1, in.logo.width());
        if (h > int(size.height() * 0.30)) {
            h = int(size.height() * 0.30);
            w = std::max(1, h * in.logo.width() / std::max(1, in.logo.height()));
        }
        p.logoBox = QRectF(QRect(int(std::floor(safe.right())) - w, int(std::floor(safe.bottom())) - h, w, h));
    }
    // The headline: bold, a 18th of the short side, shrunk to fit three lines.
    const double shortSide = std::min(size.width(), size.height());
    p.pixelSize = shortSide / 18;
    const double gap = shortSide * 0.02;
    QList<QRectF> bands;
    for (int fit = 0; fit < 6; ++fit) {
        const double pad = padding(p.pixelSize);
        const QFontMetricsF fm(headlineFont(p.pixelSize));
        const double topWidth = safe.width() - 2 * pad;
        const double bottomWidth
            = (p.logoBox.isEmpty() ? safe.width() : safe.width() - p.logoBox.width() - gap) - 2 * pad;
        const QRectF topText = fm.boundingRect(QRectF(0, 0, topWidth, 1e6), Qt::TextWordWrap, in.headline);
        const QRectF bottomText = fm.boundingRect(QRectF(0, 0, bottomWidth, 1e6), Qt::TextWordWrap, in.headline);
        // Three lines at most, and no word wider than the band (a long compound is shrunk, not cut off).
        const bool fits = topText.height() <= 3.2 * fm.lineSpacing() && topText.width() <= topWidth + 0.5
            && bottomText.width() <= bottomWidth + 0.5;
        if (fits || fit == 5) {
            bands = {QRectF(safe.left() + pad, safe.top() + pad, topWidth, topText.height()),
                QRectF(safe.left() + pad, safe.bottom() - pad - bottomText.height(), bottomWidth, bottomText.height())};
            break;
        }
        p.pixelSize *= 0.88;
    }
    // The band that covers least of the product.
    p.textBox = bands.first();
    double least = 2;
    const SubjectCrop::Subject inCrop = SubjectCrop::find(photo);
    for (const QRectF& b : bands) {
        Plan candidate = p;
        candidate.textBox = b;
        const double share = SubjectCrop::subjectShare(inCrop, textExtent(candidate, in.headline));
        if (share < least - 0.02) {
            least = share;
            p.textBox = b;
        }
    }
    // The colour that reads best, a brand colour first when it reads well enough.
    QList<QColor> candidates = in.brand;
    candidates << QColor(Qt::white) << QColor(Qt::black);
    const double need
        = p.pixelSize >= shortSide * in.rules.largeTextShare ? in.rules.minContrastLarge : in.rules.minContrast;
    // The first brand colour that reads well enough; otherwise whichever reads best.
    auto best = [&](const QImage& under) {
        const QRectF extent = textExtent(p, in.headline);
        for (const QColor& c : in.brand) {
            const double k = VisualGuards::worstContrast(under, extent, c);
            if (k >= need)
                return std::pair{c, k};
        }
        std::pair<QColor, double> top{candidates.first(), 0};
        for (const QColor& c : candidates) {
            const double k = VisualGuards::worstContrast(under, extent, c);
            if (k > top.second)
                top = {c, k};
        }
        return top;
    };
    if (in.textColor) {
        // The owner's colour, as asked: the guards judge it, and only a later attempt puts a plate behind it.
        p.textColor = *in.textColor;
        if (attempt >= 1) {
            // On a plate of the first brand colour it reads on; otherwise of whatever reads best.
            p.plate = true;
            const QList<QColor> plates = QList<QColor>(in.brand) << QColor(20, 20, 20) << QColor(Qt::white);
            p.plateColor = plates.first();
            double top = 0;
            for (const QColor& c : plates) {
                const double k = ColorScience::contrast(c, p.textColor);
                if (k >= in.rules.minContrast) {
                    p.plateColor = c;
                    break;
                }
                if (k > top) {
                    top = k;
                    p.plateColor = c;
                }
            }
        }
        return p;
    }
    auto [color, contrast] = best(photo);
    p.textColor = color;
    if (contrast < need || attempt >= 1) {
        // A plate behind the text: the brand's darkest colour (or near-black), then the text colour again.
        QColor dark(20, 20, 20);
        for (const QColor& c : in.brand)
            if (c.lightnessF() < dark.lightnessF() + 0.25 && c.lightnessF() < 0.35)
                dark = c;
        p.plate = true;
        p.plateColor = dark;
        Plan withPlate = p;
        const VisualGuards::Visual v = render(in, withPlate);
        p.textColor = best(v.background).first;
    }
    return p;
}

VisualGuards::Visual render(const Input& in, const Plan& plan)
{
    const VisualFormats::Format& f = *in.format;
    VisualGuards::Visual v;
    v.photo = scaledCrop(in.photo, plan.crop, f.size);
    v.background = v.photo;
    if (plan.plate) {
        QPainter painter(&v.background);
        painter.setRenderHint(QPainter::Antialiasing);
        QColor c = plan.plateColor;
        c.setAlphaF(0.9f);
        const double pad = padding(plan.pixelSize);
        QPainterPath path;
        path.addRoundedRect(textExtent(plan, in.headline).adjusted(-pad, -pad, pad, pad), pad, pad);
        painter.fillPath(path, c);
    }
    v.composed = v.background;
    QPainter painter(&v.composed);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    if (!plan.logoBox.isEmpty() && !in.logo.isNull()) {
        // On whole pixels: the guard compares the picture with the logo drawn over what lay there.
        v.logo = in.logo.scaled(plan.logoBox.size().toSize(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        const QPoint at = plan.logoBox.topLeft().toPoint();
        painter.drawImage(at, v.logo);
        v.logoBox = QRectF(QRect(at, v.logo.size()));
    }
    if (!in.headline.isEmpty()) {
        painter.setFont(headlineFont(plan.pixelSize));
        painter.setPen(plan.textColor);
        // The box the guards judge is where the text is drawn (a word longer than the band runs past it).
        painter.drawText(plan.textBox, kTextFlags, in.headline);
        v.texts.append({in.headline, textExtent(plan, in.headline), plan.textColor, plan.pixelSize, true});
    }
    painter.end();
    v.brand = in.brand;
    v.ratio = f.ratio();
    v.safe = f.safe;
    v.target = f.size;
    return v;
}

} // namespace VisualComposer
