// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountkindchooser.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QRadioButton>
#include <QVBoxLayout>

namespace od {

AccountKindChooser::AccountKindChooser(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("accountKindChooser"));
    m_box = new QGroupBox(this);
    m_box->setObjectName(QStringLiteral("accountKindGroupBox"));
    m_group = new QButtonGroup(this);
    auto *boxLayout = new QVBoxLayout(m_box);
    auto add = [&](AccountKind kind, const char *name) {
        auto *b = new QRadioButton(m_box);
        b->setObjectName(QLatin1String(name));
        m_group->addButton(b, int(kind));
        boxLayout->addWidget(b);
        return b;
    };
    m_home = add(AccountKind::Home, "accountHomeRadioButton");
    m_work = add(AccountKind::Work, "accountWorkRadioButton");
    m_other = add(AccountKind::Other, "accountOtherRadioButton");
    m_home->setChecked(true);
    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) {
        emit kindChosen(AccountKind(id));
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box);
    retranslateUi();
}

AccountKind AccountKindChooser::kind() const
{
    return m_group->checkedId() < 0 ? AccountKind::Home : AccountKind(m_group->checkedId());
}

void AccountKindChooser::setKind(AccountKind kind)
{
    if (QAbstractButton *b = m_group->button(int(kind)))
        b->setChecked(true);
}

void AccountKindChooser::showFor(Location location)
{
    const bool matters = location == Location::Home || location == Location::Work;
    setVisible(matters);
}

void AccountKindChooser::retranslateUi()
{
    // The Account page's fields use most letters: these take letters left free beside them
    // (the advanced options, for helpdesks, share two of them).
    m_box->setTitle(tr("Whose mail account is it?"));
    m_home->setText(tr("My home prov&ider's mail account"));
    m_work->setText(tr("My wo&rk account"));
    m_other->setText(tr("Another account, &for example webmail or your own domain"));
    for (QRadioButton *b : {m_home, m_work, m_other})
        b->setAccessibleName(QString(b->text()).remove(QLatin1Char('&')));
}

} // namespace od
