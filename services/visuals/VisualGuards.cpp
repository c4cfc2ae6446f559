#include "VisualGuards.h"

#include "ColorScience.h"
#include "SubjectCrop.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace VisualGuards
{

namespace
{

QString tr(const char* text)
{
    return QCoreApplication::translate("VisualGuards", text);
}

QString percent(double share)
{
    return QString::number(std::lround(share * 100));
}

// The luminances under a box, sampled on a grid of at most ~160 × 160 points.
std::vector<double> luminancesUnder(const QImage& picture, const QRectF& box)
{
    // Read as 32-bit pixels whatever the picture's format.
    const QImage image = picture.depth() == 32 ? picture : picture.convertToFormat(QImage::Format_RGB32);
    std::vector<double> out;
    const QRect r = box.toAlignedRect().intersected(image.rect());
    if (r.isEmpty())
        return out;
    const int step = std::max(1, std::max(r.width(), r.height()) / 160);
    // A table per 8-bit channel: the formula's pow() once per level, not once per pixel.
    static const auto table = [] {
        std::array<double, 256> t{};
        for (int i = 0; i < 256; ++i) {
            const double c = i / 255.0;
            t[size_t(i)] = c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
        }
        return t;
    }();
    for (int y = r.top(); y <= r.bottom(); y += step) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = r.left(); x <= r.right(); x += step) {
            const QRgb p = line[x];
            out.push_back(
                0.2126 * table[size_t(qRed(p))] + 0.7152 * table[size_t(qGreen(p))] + 0.0722 * table[size_t(qBlue(p))]);
        }
    }
    return out;
}

double percentile(std::vector<double>& v, double q)
{
    const size_t i = std::min(v.size() - 1, size_t(q * double(v.size() - 1)));
    std::nth_element(v.begin(), v.begin() + qsizetype(i), v.end());
    return v[i];
}

} // namespace

double worstContrast(const QImage& under, const QRectF& box, const QColor& text)
{
    std::vector<double> l = luminancesUnder(under, box);
    if (l.empty())
        return 21;
    const double t = ColorScience::luminance(text);
    // The worst of the light and the dark end of what lies under the text (5th and 95th percentiles).
    return std::min(ColorScience::contrastOfLuminances(t, percentile(l, 0.05)),
        ColorScience::contrastOfLuminances(t, percentile(l, 0.95)));
}

namespace
{

Result textOverProduct(const Visual& v, const Rules& rules)
{
    Result r{Guard::TextOverProduct};
    if (v.texts.isEmpty()) {
        r.checked = false;
        r.detail = tr("No text on the picture");
        return r;
    }
    const SubjectCrop::Subject subject = SubjectCrop::find(v.photo);
    for (const Text& t : v.texts) {
        const double share = SubjectCrop::subjectShare(subject, t.box);
        r.value = std::max(r.value, share);
        if (share > rules.maxTextOnProduct)
            r.where.append(t.box);
    }
    r.passed = r.where.isEmpty();
    r.detail = r.passed ? tr("At most %1% of a text lies over the product").arg(percent(r.value))
                        : tr("%1% of a text lies over the product; at most %2% may")
                              .arg(percent(r.value), percent(rules.maxTextOnProduct));
    return r;
}

Result safeMargins(const Visual& v)
{
    Result r{Guard::SafeMargins};
    const QSizeF s = v.composed.size();
    const QRectF safe(s.width() * v.safe.left(), s.height() * v.safe.top(),
        s.width() * (1 - v.safe.left() - v.safe.right()), s.height() * (1 - v.safe.top() - v.safe.bottom()));
    for (const Text& t : v.texts)
        if (!safe.contains(t.box))
            r.where.append(t.box);
    if (!v.logoBox.isEmpty() && !safe.contains(v.logoBox))
        r.where.append(v.logoBox);
    r.value = double(r.where.size());
    r.passed = r.where.isEmpty();
    r.detail = r.passed
        ? tr("Text and logo lie inside the area the platform leaves free")
        : QCoreApplication::translate("VisualGuards",
            "%n element(s) reach into the edge the platform covers with its own buttons", nullptr, int(r.where.size()));
    return r;
}

Result contrast(const Visual& v, const Rules& rules)
{
    Result r{Guard::Contrast};
    if (v.texts.isEmpty()) {
        r.checked = false;
        r.detail = tr("No text on the picture");
        return r;
    }
    r.value = 21;
    double needed = rules.minContrast;
    const double shortSide = std::min(v.composed.width(), v.composed.height());
    for (const Text& t : v.texts) {
        const double worst = worstContrast(v.background, t.box, t.color);
        const double need
            = t.pixelSize >= shortSide * rules.largeTextShare ? rules.minContrastLarge : rules.minContrast;
        if (worst < r.value) {
            r.value = worst;
            needed = need;
        }
        if (worst < need)
            r.where.append(t.box);
    }
    r.passed = r.where.isEmpty();
    const QString ratio = QLocale().toString(r.value, 'f', 1) + u":1"_s;
    r.detail = r.passed ? tr("Contrast %1 at the weakest text").arg(ratio)
                        : tr("Contrast %1 where %2:1 is needed").arg(ratio, QLocale().toString(needed, 'f', 1));
    return r;
}

Result logo(const Visual& v, const Rules& rules)
{
    Result r{Guard::Logo};
    if (v.logoBox.isEmpty() || v.logo.isNull()) {
        r.checked = rules.logoRequired;
        r.passed = !rules.logoRequired;
        r.detail = rules.logoRequired ? tr("The logo is missing") : tr("No logo is asked for");
        return r;
    }
    // Present: the picture shows the logo drawn over what lay there (a text or plate over it does not count).
    QImage expected = v.background.copy(v.logoBox.toAlignedRect()).convertToFormat(QImage::Format_ARGB32);
    {
        QPainter p(&expected);
        p.drawImage(QPoint(0, 0), v.logo);
    }
    const QImage shown = v.composed.copy(v.logoBox.toAlignedRect()).convertToFormat(QImage::Format_ARGB32);
    // Covered: more than 3% of its pixels differ clearly (a text's strokes, a plate) from the logo as drawn.
    qint64 differ = 0;
    qint64 n = 0;
    for (int y = 0; y < std::min(shown.height(), expected.height()); y += 2) {
        const auto* a = reinterpret_cast<const QRgb*>(shown.constScanLine(y));
        const auto* b = reinterpret_cast<const QRgb*>(expected.constScanLine(y));
        for (int x = 0; x < std::min(shown.width(), expected.width()); x += 2, ++n)
            differ += std::abs(qRed(a[x]) - qRed(b[x])) + std::abs(qGreen(a[x]) - qGreen(b[x]))
                    + std::abs(qBlue(a[x]) - qBlue(b[x]))
                > 60;
    }
    const double covered = n > 0 ? double(differ) / double(n) : 1;
    const QSizeF s = v.composed.size();
    const double widthShare = v.logoBox.width() / s.width();
    const double cw = s.width() * rules.logoCornerShare;
    const double ch = s.height() * rules.logoCornerShare;
    QRectF corner;
    switch (rules.logoCorner) {
    case Qt::TopLeftCorner:
        corner = QRectF(0, 0, cw, ch);
        break;
    case Qt::TopRightCorner:
        corner = QRectF(s.width() - cw, 0, cw, ch);
        break;
    case Qt::BottomLeftCorner:
        corner = QRectF(0, s.height() - ch, cw, ch);
        break;
    case Qt::BottomRightCorner:
        corner = QRectF(s.width() - cw, s.height() - ch, cw, ch);
        break;
    }
    r.value = widthShare;
    QStringList problems;
    if (covered > 0.03)
        problems.append(tr("the logo is covered"));
    if (!corner.contains(v.logoBox))
        problems.append(tr("the logo is outside its corner"));
    if (widthShare < rules.logoMinWidth || widthShare > rules.logoMaxWidth)
        problems.append(tr("the logo is %1% of the width; %2–%3% is allowed")
                            .arg(percent(widthShare), percent(rules.logoMinWidth), percent(rules.logoMaxWidth)));
    r.passed = problems.isEmpty();
    if (!r.passed)
        r.where.append(v.logoBox);
    r.detail = r.passed ? tr("The logo is in its corner at %1% of the width").arg(percent(widthShare))
                        : problems.join(u"; "_s);
    if (!r.passed)
        r.detail[0] = r.detail[0].toUpper();
    return r;
}

Result aspectRatio(const Visual& v, const Rules& rules)
{
    Result r{Guard::AspectRatio};
    const double actual = v.composed.height() > 0 ? double(v.composed.width()) / v.composed.height() : 0;
    r.value = actual;
    r.passed = v.ratio > 0 && std::abs(actual - v.ratio) / v.ratio <= rules.ratioTolerance;
    r.detail = r.passed ? tr("%1 × %2 pixels, the format's ratio").arg(v.composed.width()).arg(v.composed.height())
                        : tr("%1 × %2 pixels is %3:1; the format needs %4:1")
                              .arg(v.composed.width())
                              .arg(v.composed.height())
                              .arg(QLocale().toString(actual, 'f', 2), QLocale().toString(v.ratio, 'f', 2));
    if (!r.passed)
        r.where.append(QRectF(v.composed.rect()));
    return r;
}

Result palette(const Visual& v, const Rules& rules)
{
    Result r{Guard::Palette};
    if (v.brand.isEmpty()) {
        r.checked = false;
        r.detail = tr("No brand colours are set for the shop");
        return r;
    }
    // The five commonest colours of a small copy (16 levels per channel), each weighed by its share.
    const QImage small = v.composed.scaled(64, 64, Qt::IgnoreAspectRatio, Qt::FastTransformation)
                             .convertToFormat(QImage::Format_RGB32);
    struct Bin
    {
        int key = 0;
        int n = 0;
        qint64 r = 0, g = 0, b = 0;
    };
    QHash<int, Bin> bins;
    for (int y = 0; y < small.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(small.constScanLine(y));
        for (int x = 0; x < small.width(); ++x) {
            const QRgb p = line[x];
            const int key = (qRed(p) >> 4) << 8 | (qGreen(p) >> 4) << 4 | (qBlue(p) >> 4);
            Bin& b = bins[key];
            b.key = key;
            ++b.n;
            b.r += qRed(p);
            b.g += qGreen(p);
            b.b += qBlue(p);
        }
    }
    QList<Bin> top = bins.values();
    // The same five on every run: ties broken by the colour, not by the hash's order.
    std::sort(
        top.begin(), top.end(), [](const Bin& a, const Bin& b) { return a.n != b.n ? a.n > b.n : a.key < b.key; });
    top = top.mid(0, 5);
    const QList<ColorScience::Lab> brand = ColorScience::toLab(v.brand);
    double sum = 0;
    int weight = 0;
    for (const Bin& b : top) {
        const ColorScience::Lab c = ColorScience::toLab(QColor(int(b.r / b.n), int(b.g / b.n), int(b.b / b.n)));
        double nearest = 1e9;
        for (const auto& k : brand)
            nearest = std::min(nearest, ColorScience::deltaE(c, k));
        sum += nearest * b.n;
        weight += b.n;
    }
    r.value = weight > 0 ? sum / weight : 0;
    r.passed = r.value <= rules.maxDeltaE;
    r.detail = r.passed
        ? tr("The main colours are ΔE %1 from the brand's on average").arg(QLocale().toString(r.value, 'f', 1))
        : tr("The main colours are ΔE %1 from the brand's; at most %2 is allowed")
              .arg(QLocale().toString(r.value, 'f', 1), QLocale().toString(rules.maxDeltaE, 'f', 0));
    if (!r.passed)
        r.where.append(QRectF(v.composed.rect()));
    return r;
}

Result fontSize(const Visual& v, const Rules& rules)
{
    Result r{Guard::FontSize};
    if (v.texts.isEmpty()) {
        r.checked = false;
        r.detail = tr("No text on the picture");
        return r;
    }
    const QSize target = v.target.isValid() ? v.target : v.composed.size();
    const double scale = v.composed.width() > 0 ? double(target.width()) / v.composed.width() : 1;
    const double minimum = std::min(target.width(), target.height()) * rules.minFontShare;
    r.value = 1e9;
    for (const Text& t : v.texts) {
        const double shown = t.pixelSize * scale;
        r.value = std::min(r.value, shown);
        if (shown < minimum)
            r.where.append(t.box);
    }
    r.passed = r.where.isEmpty();
    r.detail = r.passed
        ? tr("The smallest text is %1 px at %2 × %3").arg(std::lround(r.value)).arg(target.width()).arg(target.height())
        : tr("Text of %1 px at %2 × %3; at least %4 px is readable")
              .arg(std::lround(r.value))
              .arg(target.width())
              .arg(target.height())
              .arg(std::lround(minimum));
    return r;
}

} // namespace

QList<Result> check(const Visual& v, const Rules& rules)
{
    return {textOverProduct(v, rules), safeMargins(v), contrast(v, rules), logo(v, rules), aspectRatio(v, rules),
        palette(v, rules), fontSize(v, rules)};
}

bool passed(const QList<Result>& results)
{
    return std::all_of(results.begin(), results.end(), [](const Result& r) { return r.passed; });
}

QString key(Guard g)
{
    switch (g) {
    case Guard::TextOverProduct:
        return u"text_over_product"_s;
    case Guard::SafeMargins:
        return u"safe_margins"_s;
    case Guard::Contrast:
        return u"contrast"_s;
    case Guard::Logo:
        return u"logo"_s;
    case Guard::AspectRatio:
        return u"aspect_ratio"_s;
    case Guard::Palette:
        return u"palette"_s;
    case Guard::FontSize:
        return u"font_size"_s;
    }
    return {};
}

QString name(Guard g)
{
    switch (g) {
    case Guard::TextOverProduct:
        return tr("Text over the product");
    case Guard::SafeMargins:
        return tr("Safe margins");
    case Guard::Contrast:
        return tr("Text contrast");
    case Guard::Logo:
        return tr("Logo");
    case Guard::AspectRatio:
        return tr("Aspect ratio");
    case Guard::Palette:
        return tr("Brand colours");
    case Guard::FontSize:
        return tr("Text size");
    }
    return {};
}

QStringList failures(const QList<Result>& results)
{
    QStringList out;
    for (const Result& r : results)
        if (!r.passed)
            out.append(name(r.guard) + u": "_s + r.detail);
    return out;
}

} // namespace VisualGuards
