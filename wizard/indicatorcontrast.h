// SPDX-License-Identifier: GPL-3.0-or-later
// Radio buttons and check boxes whose indicators stand out from the window (WCAG 2 1.4.11,
// 3:1 for the parts of a control). Fusion draws an indicator's ring or frame in a darker shade
// of the window colour and fills it with the base colour; on a dark window (and, less so, on
// Qt's light grey one) that ring is nearly the window's own colour, and no palette role the
// rest of the window reads can change it. So each radio button and check box in the wizard's
// windows gets its own window colour, indicatorWindowColour() (statuscolours.h), which only
// that ring is drawn from: its text, its background and every other widget keep the palette.
#pragma once

#include <QObject>

class QWidget;

namespace od {

class IndicatorContrast : public QObject
{
    Q_OBJECT
public:
    // Watches the radio buttons and check boxes of `top` and of the dialogs opened over it, for
    // as long as `top` lives (the watcher is its child).
    static void install(QWidget *top);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit IndicatorContrast(QWidget *top);
    void adjust(QWidget *button) const;
    QWidget *m_top;
};

} // namespace od
