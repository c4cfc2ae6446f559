#pragma once

#include "ThemeColors.h"

class QApplication;

// Quorum's look: Fusion with a calm light palette, a dark navigation rail and card surfaces. The colours
// themselves live in ThemeColors.h, which the models share.
namespace Theme
{

void apply(QApplication& app);

} // namespace Theme
