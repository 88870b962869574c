// SPDX-License-Identifier: GPL-3.0-or-later
#include "indicatorcontrast.h"

#include "statuscolours.h"

#include <QApplication>
#include <QCheckBox>
#include <QEvent>
#include <QRadioButton>
#include <QStyle>

namespace od {

IndicatorContrast::IndicatorContrast(QWidget *top)
    : QObject(top)
    , m_top(top)
{
}

void IndicatorContrast::install(QWidget *top)
{
    auto *watcher = new IndicatorContrast(top);
    qApp->installEventFilter(watcher);
    // The buttons polished before the watcher came.
    for (QWidget *w : top->findChildren<QWidget *>())
        watcher->adjust(w);
}

bool IndicatorContrast::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Polish:
    case QEvent::PaletteChange:
    case QEvent::ParentChange:
    case QEvent::StyleChange:
        if (watched->isWidgetType())
            adjust(static_cast<QWidget *>(watched));
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IndicatorContrast::adjust(QWidget *button) const
{
    if (!qobject_cast<QRadioButton *>(button) && !qobject_cast<QCheckBox *>(button))
        return;
    // Only Fusion draws the ring from the window colour; other styles draw their own.
    if (button->style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        return;
    QWidget *parent = button->parentWidget();
    bool ours = false;
    for (QWidget *w = button; w && !ours; w = w->parentWidget())
        ours = w == m_top;
    if (!parent || !ours)
        return;
    QPalette own;
    bool same = true;
    for (QPalette::ColorGroup g : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const QColor c = indicatorWindowColour(parent->palette(), g);
        own.setColor(g, QPalette::Window, c);
        same = same && button->palette().color(g, QPalette::Window) == c;
    }
    if (!same)
        button->setPalette(own); // only the window role is its own; the rest follows the parent
}

} // namespace od
