// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixpanel.h"

#include <QEvent>
#include <QMetaEnum>

namespace od {

FixPanel::FixPanel(Fix fix, WizardState *state, QWidget *parent)
    : QWidget(parent)
    , m_fix(fix)
    , m_state(state)
{
    setObjectName(QStringLiteral("fix%1Panel").arg(QLatin1String(QMetaEnum::fromType<Fix>().valueToKey(int(fix)))));
}

AccountSettings FixPanel::proposedSettings() const
{
    return m_state->account();
}

QString FixPanel::password() const
{
    return m_state->password();
}

void FixPanel::showPasswordRejected(const QString &)
{
}

void FixPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace od
