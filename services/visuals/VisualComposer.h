#pragma once

#include "SubjectCrop.h"
#include "VisualFormats.h"
#include "VisualGuards.h"

#include <QImage>

#include <optional>

// Lays a product picture out for one format: the crop that keeps the product in frame, scaled to the format's
// size; the headline where it covers least of the product, in the brand colour (or white or black) that reads
// best, on a plate when nothing reads well enough; the logo in its corner. Renders the three layers the guards
// check.
namespace VisualComposer
{

struct Input
{
    QImage photo; // the whole generated picture
    QString headline;
    QList<QColor> brand;
    QImage logo;
    const VisualFormats::Format* format = nullptr;
    VisualGuards::Rules rules;
    std::optional<QColor> textColor; // the owner's headline colour; unset: the one that reads best
    // Where the product is in the whole picture, when already found (the same for every format and attempt).
    std::optional<SubjectCrop::Subject> subject;
};

struct Plan
{
    QRect crop; // in the photo's coordinates
    QRectF textBox;
    QColor textColor;
    double pixelSize = 0;
    bool plate = false;
    QColor plateColor;
    QRectF logoBox;
};

// attempt 0: the plain layout; 1: the text on a plate; 2: the crop moved to leave room above the product.
Plan plan(const Input& in, int attempt = 0);
VisualGuards::Visual render(const Input& in, const Plan& plan);

} // namespace VisualComposer
