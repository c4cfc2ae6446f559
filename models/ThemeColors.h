#pragma once

#include <QColor>

// Quorum's colours, the only place they are spelt out. Models (Qt::ForegroundRole) and the widgets (palette,
// painters, style sheets, rich text) both take their colours from here, so this header needs QtGui only:
// never QtWidgets, never anything from ui/. tests/style/check-colour-literals.py keeps literals out of the
// rest of ui/, models/ and app/.
namespace Theme
{

// Surfaces and text.
inline const QColor Rail{0x1F, 0x2A, 0x33};
inline const QColor RailText{0xE6, 0xEC, 0xF0};
inline const QColor RailMuted{0x98, 0xAA, 0xB8};
inline const QColor RailHover{0x2B, 0x39, 0x44};
inline const QColor RailFocus{0x7F, 0xC8, 0xD9};
inline const QColor Accent{0x2C, 0x6E, 0xA8};
inline const QColor Window{0xF4, 0xF6, 0xF8};
inline const QColor Card{0xFF, 0xFF, 0xFF};
inline const QColor Border{0xDD, 0xE3, 0xE8};
inline const QColor InputBorder{0xCB, 0xD4, 0xDB};
inline const QColor Text{0x1F, 0x2A, 0x33};
inline const QColor Heading{0x33, 0x41, 0x4E};
inline const QColor Muted{0x5B, 0x6A, 0x75};
// Text and icons on a dark or saturated fill: the rail's title, badges, the danger and accent fills.
inline const QColor OnFill{0xFF, 0xFF, 0xFF};
// The empty part of a bar or progress cell, and of the review score meters.
inline const QColor Track{0xE6, 0xEB, 0xEF};
inline const QColor ScoreTrack{0xE6, 0xEA, 0xEE};

// States. Each is used as text on Card and Window and as a fill under OnFill text: all of them keep
// WCAG AA contrast (4.5:1) both ways (tests/style/tst_contrast checks every pair the app draws). Warning and
// Muted are a shade darker than they were so a pill's text also reads on a selected row (#D6E6F5).
inline const QColor Danger{0xC0, 0x39, 0x2B};
inline const QColor Warning{0x96, 0x5D, 0x00};
inline const QColor Success{0x26, 0x7A, 0x4B};
// Neither good nor bad: a draft, something not started.
inline const QColor Neutral{0x5F, 0x6B, 0x6C};
// A value someone changed by hand (a modified proposal's parameters).
inline const QColor Changed{0x1F, 0x6F, 0xB2};
// Warning as text on the light status bar, where Warning itself reads too pale.
inline const QColor WarningText{0x9A, 0x61, 0x00};

// Message boxes: a result that went well or badly, a notice.
inline const QColor SuccessText{0x1E, 0x6B, 0x43};
inline const QColor SuccessBackground{0xE3, 0xF4, 0xEA};
inline const QColor DangerText{0x8E, 0x1B, 0x10};
inline const QColor DangerBackground{0xFD, 0xE8, 0xE6};
inline const QColor Notice{0xFF, 0xF4, 0xDC};
inline const QColor NoticeBorder{0xF0, 0xD9, 0xA8};
inline const QColor DraftNotice{0xFF, 0xF6, 0xE0};
inline const QColor DraftNoticeBorder{0xF0, 0xD9, 0xA0};

// A text diff: what was inserted and what was deleted.
inline const QColor InsertedText{0x1E, 0x6B, 0x3C};
inline const QColor InsertedBackground{0xD4, 0xF0, 0xDC};
inline const QColor DeletedText{0x8E, 0x2A, 0x20};
inline const QColor DeletedBackground{0xF8, 0xD7, 0xD3};

// A site card's miniature of a page whose site has no palette of its own. These are the page colours
// services/sites/SiteRenderer.cpp falls back to, so the miniature looks like the page it stands for.
inline const QColor PagePrimary{0x2F, 0x3E, 0x46};
inline const QColor PageBackground{0xF4, 0xF1, 0xEA};
inline const QColor PageAccent{0xC0, 0x85, 0x52};
// A brand palette entry not chosen yet.
inline const QColor UnsetSwatch{0x88, 0x88, 0x88};

} // namespace Theme
