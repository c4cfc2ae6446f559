#pragma once

#include <QImage>
#include <QRect>

// Where the product is in a picture, and the crop of any aspect ratio that keeps it in frame. The subject is
// what stands out from the picture's background (the colour of its border) and what has edges, found on a
// small copy of the picture; the crop is the largest window of the ratio that holds the whole subject when it
// fits, and as much of it as it can when it does not. Not the centre: a product to one side stays in.
namespace SubjectCrop
{

struct Subject
{
    QImage map;         // saliency, 8-bit grey, on the small copy (255: surely the subject)
    double scale = 1;   // small copy's pixels per picture pixel
    QRect box;          // the subject, in picture coordinates
    bool found = false; // false: nothing stands out (a flat picture); box is then the middle half
    int level = 255;    // the map's level above which a pixel is the subject (Otsu's)
};

Subject find(const QImage& picture);
// The crop of width / height = ratio, in picture coordinates.
QRect crop(const QSize& picture, const Subject& subject, double ratio);
// The share of the subject's box inside a crop, 0 … 1.
double inFrame(const QRect& subject, const QRect& crop);
// The share of a rectangle's pixels (picture coordinates) that belong to the subject, 0 … 1.
double subjectShare(const Subject& subject, const QRectF& area);

} // namespace SubjectCrop
