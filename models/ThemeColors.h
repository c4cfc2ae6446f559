#pragma once

#include <QColor>

// Quorum's colours, the only place they are spelt out. Models (Qt::ForegroundRole) and the widgets (palette,
// painters, style sheets, rich text) both take their colours from here, so this header needs QtGui only:
// never QtWidgets, never anything from ui/.
namespace Theme
{

// Surfaces and text.
inline const QColor Rail{0x1F, 0x2A, 0x33};
inline const QColor RailText{0xE6, 0xEC, 0xF0};
inline const QColor RailMuted{0x8F, 0xA1, 0xB0};
inline const QColor Accent{0x2C, 0x6E, 0xA8};
inline const QColor Window{0xF4, 0xF6, 0xF8};
inline const QColor Card{0xFF, 0xFF, 0xFF};
inline const QColor Border{0xDD, 0xE3, 0xE8};
inline const QColor Text{0x1F, 0x2A, 0x33};
inline const QColor Muted{0x5F, 0x6E, 0x7A};

// States.
inline const QColor Danger{0xC0, 0x39, 0x2B};
inline const QColor Warning{0xD6, 0x8A, 0x10};
inline const QColor Success{0x2E, 0x8B, 0x57};
// Neither good nor bad: a draft, something not started.
inline const QColor Neutral{0x7F, 0x8C, 0x8D};

} // namespace Theme
