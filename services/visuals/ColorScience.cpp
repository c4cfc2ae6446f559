#include "ColorScience.h"

#include <lcms2.h>

#include <cmath>

namespace ColorScience
{

namespace
{

double linear(int channel8)
{
    const double c = channel8 / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

// sRGB (8 bit) to L*a*b* (D50). Made once; without the one-pixel cache a transform may be shared by threads.
cmsHTRANSFORM srgbToLab()
{
    static const cmsHTRANSFORM transform = [] {
        cmsHPROFILE srgb = cmsCreate_sRGBProfile();
        cmsHPROFILE lab = cmsCreateLab4Profile(nullptr);
        cmsHTRANSFORM t
            = cmsCreateTransform(srgb, TYPE_RGB_8, lab, TYPE_Lab_DBL, INTENT_RELATIVE_COLORIMETRIC, cmsFLAGS_NOCACHE);
        cmsCloseProfile(srgb);
        cmsCloseProfile(lab);
        return t;
    }();
    return transform;
}

} // namespace

double luminance(const QColor& c)
{
    const QColor rgb = c.toRgb();
    return 0.2126 * linear(rgb.red()) + 0.7152 * linear(rgb.green()) + 0.0722 * linear(rgb.blue());
}

double contrastOfLuminances(double l1, double l2)
{
    const double hi = std::max(l1, l2);
    const double lo = std::min(l1, l2);
    return (hi + 0.05) / (lo + 0.05);
}

double contrast(const QColor& a, const QColor& b)
{
    return contrastOfLuminances(luminance(a), luminance(b));
}

QList<Lab> toLab(const QList<QColor>& colors)
{
    QList<Lab> out;
    out.reserve(colors.size());
    for (const QColor& c : colors) {
        const QColor rgb = c.toRgb();
        const unsigned char in[3] = {static_cast<unsigned char>(rgb.red()), static_cast<unsigned char>(rgb.green()),
            static_cast<unsigned char>(rgb.blue())};
        cmsCIELab lab{};
        cmsDoTransform(srgbToLab(), in, &lab, 1);
        out.append({lab.L, lab.a, lab.b});
    }
    return out;
}

Lab toLab(const QColor& c)
{
    return toLab(QList<QColor>{c}).first();
}

double deltaE(const Lab& a, const Lab& b)
{
    const cmsCIELab x{a.L, a.a, a.b};
    const cmsCIELab y{b.L, b.a, b.b};
    return cmsCIE2000DeltaE(&x, &y, 1.0, 1.0, 1.0);
}

} // namespace ColorScience
