#pragma once

#include <QColor>
#include <QList>

// Colour measures for the visual guards. Contrast is WCAG 2's (relative luminance of sRGB); colour difference is
// CIEDE2000 on CIE L*a*b* (D50), both from Little CMS, the colour-management library, rather than our own
// formulas (ΔE 2000 is easy to get subtly wrong).
namespace ColorScience
{

struct Lab
{
    double L = 0;
    double a = 0;
    double b = 0;
};

// WCAG 2 relative luminance of an sRGB colour, 0 (black) … 1 (white).
double luminance(const QColor& c);
// WCAG 2 contrast ratio of two luminances, 1 … 21.
double contrastOfLuminances(double l1, double l2);
double contrast(const QColor& a, const QColor& b);

Lab toLab(const QColor& c);
QList<Lab> toLab(const QList<QColor>& colors);
// CIEDE2000 colour difference (kL = kC = kH = 1). 1 is the smallest difference most people see; over 10 colours
// read as different.
double deltaE(const Lab& a, const Lab& b);

} // namespace ColorScience
