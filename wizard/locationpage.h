// SPDX-License-Identifier: GPL-3.0-or-later
// Page 2: where the user is (it decides which server should accept their mail) and
// which account is in trouble.
#pragma once

#include "wizardpage.h"

class QButtonGroup;
class QGroupBox;
class QLabel;
class QRadioButton;

namespace od {

class LocationPage : public WizardPage
{
    Q_OBJECT
public:
    explicit LocationPage(WizardState *state, QWidget *parent = nullptr);
    QString helpText() const override;
    bool isComplete() const override;
    bool validatePage() override;

protected:
    void retranslateUi() override;

private:
    QRadioButton *addChoice(QButtonGroup *group, int id, const QString &objectName, QLabel **description);

    QGroupBox *m_locationBox;
    QButtonGroup *m_locations;
    QRadioButton *m_home, *m_work, *m_travel, *m_unknown;
    QLabel *m_homeText, *m_workText, *m_travelText, *m_unknownText;
    QGroupBox *m_accountBox;
    QButtonGroup *m_accounts;
    QRadioButton *m_accountHome, *m_accountWork, *m_accountOther;
};

} // namespace od
