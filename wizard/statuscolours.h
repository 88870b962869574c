// SPDX-License-Identifier: GPL-3.0-or-later
// The colours that tell "works" and "failed", one pair for a light and one for a dark window:
// each keeps at least 4.5:1 against the window colour (WCAG AA). Never the only cue: the words
// or a symbol say it too.
#pragma once

#include <QColor>
#include <QPalette>

namespace od {

inline bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

// Green: 7.9:1 on white (#1b5e20), 8.6:1 on #2b2b2b (#81c784).
inline QColor okColour(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20);
}

// Red: 7.6:1 on white (#a4000f), 6.6:1 on #2b2b2b (#ff8a80).
inline QColor failColour(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xa4, 0x00, 0x0f);
}

} // namespace od
