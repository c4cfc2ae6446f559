#pragma once

#include <QColor>
#include <QImage>
#include <QList>
#include <QMarginsF>
#include <QRectF>
#include <QString>

// The seven guards on a product visual, computed locally on the rendered pixels (nothing leaves the machine):
// text over the product, text and logo inside the platform's safe margins, WCAG contrast of each text against
// what lies under it, the logo present where it may be and at an allowed size, the aspect ratio, the palette's
// distance from the brand colours (CIEDE2000), and the smallest text still readable at the target size. Each
// result says what failed in words and where on the picture.
namespace VisualGuards
{

enum class Guard
{
    TextOverProduct,
    SafeMargins,
    Contrast,
    Logo,
    AspectRatio,
    Palette,
    FontSize,
};
constexpr int kGuards = 7;

struct Text
{
    QString text;
    QRectF box;
    QColor color;
    double pixelSize = 0;
    bool bold = false;
};

// The owner's rules (Settings → Visuals sets the contrast, the palette distance and the text over the product; the
// rest are fixed). WCAG AA: 4.5:1 for text, 3:1 for large text.
struct Rules
{
    double minContrast = 4.5;
    double minContrastLarge = 3.0;
    double largeTextShare = 1.0 / 15; // text at least this share of the short side counts as large
    double maxTextOnProduct = 0.10;   // share of a text's box that may cover the product
    bool logoRequired = true;
    Qt::Corner logoCorner = Qt::BottomRightCorner;
    double logoCornerShare = 0.40; // the logo lies within this share of the width and height from its corner
    double logoMinWidth = 0.08;    // share of the picture's width
    double logoMaxWidth = 0.22;
    double maxDeltaE = 30;          // the palette's mean CIEDE2000 distance from the nearest brand colour
    double ratioTolerance = 0.01;   // relative
    double minFontShare = 1.0 / 40; // of the target's short side (27 px on 1080)
};

// A rendered visual in its three layers: the cropped photo, the photo with what sits behind the text (a plate),
// and the finished picture with the logo and the texts.
struct Visual
{
    QImage photo;
    QImage background;
    QImage composed;
    QList<Text> texts;
    QImage logo;    // as drawn (already scaled to logoBox)
    QRectF logoBox; // empty: no logo drawn
    QList<QColor> brand;
    double ratio = 1; // the format's width / height
    QMarginsF safe;   // the format's safe margins, fractions
    QSize target;     // the size the platform shows it at
};

struct Result
{
    Guard guard = Guard::TextOverProduct;
    bool checked = true; // false: nothing to check (no text, no brand colours), said in detail
    bool passed = true;
    double value = 0;
    QString detail;
    QList<QRectF> where; // what failed, in the picture's coordinates
};

QList<Result> check(const Visual& v, const Rules& rules);
// The lower of a text colour's WCAG contrasts against the light and the dark end (95th and 5th percentile) of
// what lies under its box.
double worstContrast(const QImage& under, const QRectF& box, const QColor& text);
bool passed(const QList<Result>& results);
QString key(Guard g);
QString name(Guard g);
// "Contrast: 1.3:1 where 4.5:1 is needed" for each failed guard.
QStringList failures(const QList<Result>& results);

} // namespace VisualGuards
