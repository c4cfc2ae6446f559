#pragma once

#include "ThemeColors.h"

#include <QString>

class QApplication;

// Quorum's look: Fusion with a calm light palette, a dark navigation rail and card surfaces. The colours
// themselves live in ThemeColors.h, which the models share.
namespace Theme
{

void apply(QApplication& app);

// A colour as a style sheet or rich text writes it: "#C0392B".
inline QString css(const QColor& colour)
{
    return colour.name(QColor::HexRgb).toUpper();
}

} // namespace Theme
