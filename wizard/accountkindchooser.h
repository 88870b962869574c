// SPDX-License-Identifier: GPL-3.0-or-later
// "Whose account is it?" — asked on the Account page only where the answer matters: at home or
// at work, a provider's server accepts mail from its own network without a login, so whether
// the account belongs to that network's provider changes what a refusal means.
#pragma once

#include "core/taxonomy.h"
#include "diagnosis/relayreasoning.h"

#include <QWidget>

class QButtonGroup;
class QGroupBox;
class QRadioButton;

namespace od {

class AccountKindChooser : public QWidget
{
    Q_OBJECT
public:
    explicit AccountKindChooser(QWidget *parent = nullptr);

    AccountKind kind() const;
    void setKind(AccountKind kind);
    // Shows the question only at home or at work (the home provider's account is proposed).
    void showFor(Location location);
    void retranslateUi();

signals:
    void kindChosen(od::AccountKind kind);

private:
    QGroupBox *m_box;
    QButtonGroup *m_group;
    QRadioButton *m_home, *m_work, *m_other;
};

} // namespace od
