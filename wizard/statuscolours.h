// SPDX-License-Identifier: GPL-3.0-or-later
// The colours that tell "works" and "failed", one pair for a light and one for a dark window:
// each keeps at least 4.5:1 against the window colour (WCAG AA). Never the only cue: the words
// or a symbol say it too.
#pragma once

#include <QColor>
#include <QPalette>

#include <algorithm>
#include <cmath>

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

// WCAG 2 contrast of two opaque colours (1:1 to 21:1).
inline double contrastRatio(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// `fg` as it shows over `bg` (a translucent placeholder colour blends in), moved towards
// `strong` (the palette's own text colour) until it reaches 4.5:1 against `bg`.
inline QColor readableOn(QColor fg, const QColor &bg, const QColor &strong)
{
    const double a = fg.alphaF();
    fg = QColor::fromRgbF(float(fg.redF() * a + bg.redF() * (1 - a)), float(fg.greenF() * a + bg.greenF() * (1 - a)),
                          float(fg.blueF() * a + bg.blueF() * (1 - a)));
    for (int step = 1; contrastRatio(fg, bg) < 4.6 && step <= 10; ++step) {
        const double t = step / 10.0;
        fg = QColor::fromRgbF(float(fg.redF() + (strong.redF() - fg.redF()) * t),
                              float(fg.greenF() + (strong.greenF() - fg.greenF()) * t),
                              float(fg.blueF() + (strong.blueF() - fg.blueF()) * t));
    }
    return fg;
}

// The desktop's palette with the text roles the wizard shows as information made readable
// (WCAG AA, 4.5:1): links on the window and in text fields, placeholder text in empty fields,
// and disabled labels. A dark desktop that leaves the light defaults in some of these roles (a
// blue link on a dark grey window) gets them lightened; roles that are readable stay as given.
inline QPalette readablePalette(QPalette p)
{
    for (QPalette::ColorGroup g : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const QColor window = p.color(g, QPalette::Window), base = p.color(g, QPalette::Base);
        const QColor windowText = p.color(QPalette::Active, QPalette::WindowText);
        const QColor text = p.color(QPalette::Active, QPalette::Text);
        for (QPalette::ColorRole role : {QPalette::Link, QPalette::LinkVisited}) {
            // Links are shown on the window (labels) and on the base (text views).
            QColor c = readableOn(p.color(g, role), window, windowText);
            c = readableOn(c, base, text);
            p.setColor(g, role, c);
        }
        p.setColor(g, QPalette::PlaceholderText, readableOn(p.color(g, QPalette::PlaceholderText), base, text));
    }
    p.setColor(QPalette::Disabled, QPalette::WindowText,
               readableOn(p.color(QPalette::Disabled, QPalette::WindowText), p.color(QPalette::Disabled, QPalette::Window),
                          p.color(QPalette::Active, QPalette::WindowText)));
    p.setColor(QPalette::Disabled, QPalette::Text,
               readableOn(p.color(QPalette::Disabled, QPalette::Text), p.color(QPalette::Disabled, QPalette::Base),
                          p.color(QPalette::Active, QPalette::Text)));
    return p;
}

// The window colour for a radio button or check box drawn over `around` (its parent's palette):
// Fusion draws the radio button's ring in that colour darker(150) and the check box's frame in
// darker(140).lighter(110). The colour goes from the window colour towards the text colour
// until both reach 4.5:1 against the window: a lighter ring on a dark window, a darker one on a
// light window. 4.5 and not WCAG's 3:1 (1.4.11) because the ring is one pixel wide and
// antialiased: as drawn, its strongest pixels measure about 4:1. A window where they already
// do keeps its colour.
inline QColor indicatorWindowColour(const QPalette &around, QPalette::ColorGroup group)
{
    const QColor window = around.color(group, QPalette::Window);
    const QColor strong = around.color(QPalette::Active, QPalette::WindowText);
    auto enough = [&](const QColor &c) {
        return contrastRatio(c.darker(150), window) >= 4.5 && contrastRatio(c.darker(140).lighter(110), window) >= 4.5;
    };
    QColor c = window;
    for (int step = 1; !enough(c) && step <= 20; ++step) {
        const double t = step / 20.0;
        c = QColor::fromRgbF(float(window.redF() + (strong.redF() - window.redF()) * t),
                             float(window.greenF() + (strong.greenF() - window.greenF()) * t),
                             float(window.blueF() + (strong.blueF() - window.blueF()) * t));
    }
    return c;
}

} // namespace od
