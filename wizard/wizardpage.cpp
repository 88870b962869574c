// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizardpage.h"

#include "wizardtexts.h"

#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QSpinBox>
#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace od {

WizardPage::WizardPage(WizardState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
{
}

void WizardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

QVBoxLayout *WizardPage::scrollingLayout(QLayout *bottom)
{
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("pageContentWidget"));
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("pageScrollArea"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFocusPolicy(Qt::NoFocus); // the fields inside take the focus; the area follows it
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    if (bottom)
        outer->addLayout(bottom);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    return layout;
}

QLineEdit *WizardPage::lineEdit(QWidget *parent, const char *objectName)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(QLatin1String(objectName));
    return e;
}

QSpinBox *WizardPage::portSpinBox(QWidget *parent, const char *objectName)
{
    auto *s = new QSpinBox(parent);
    s->setObjectName(QLatin1String(objectName));
    s->setRange(0, 65535);
    s->setAccelerated(true);
    return s;
}

QLabel *WizardPage::buddyLabel(QWidget *parent, QWidget *buddy)
{
    auto *l = new QLabel(parent);
    l->setBuddy(buddy);
    return l;
}

QLabel *WizardPage::wrappingLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

void WizardPage::setSecurityItems(QComboBox *combo, bool withAutomatic)
{
    QList<Security> values = {Security::StartTls, Security::Tls, Security::None};
    if (withAutomatic)
        values.prepend(Security::Auto);
    if (combo->count() == 0) {
        for (Security s : values)
            combo->addItem(WizardTexts::securityText(s), int(s));
        return;
    }
    for (int i = 0; i < combo->count(); ++i)
        combo->setItemText(i, WizardTexts::securityText(Security(combo->itemData(i).toInt())));
}

Security WizardPage::securityOf(const QComboBox *combo)
{
    return Security(combo->currentData().toInt());
}

void WizardPage::selectSecurity(QComboBox *combo, Security security)
{
    const int index = combo->findData(int(security));
    if (index >= 0)
        combo->setCurrentIndex(index);
}

} // namespace od
