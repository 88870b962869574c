// SPDX-License-Identifier: GPL-3.0-or-later
// The login form: user name, password, port and encryption of the outgoing server. The panel of
// "turn on authentication", "use the submission port" and "fix the encryption setting", and the
// base of the modern-authentication panel.
#pragma once

#include "fixpanel.h"

#include <QCoreApplication>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QVBoxLayout;

namespace od {

class LoginPanel : public FixPanel
{
    Q_DECLARE_TR_FUNCTIONS(od::FixPage)
public:
    LoginPanel(Fix fix, WizardState *state, QWidget *parent = nullptr);

    void load() override;
    QString missing() const override;
    AccountSettings proposedSettings() const override;
    QString password() const override;
    QWidget *waitingField() const override;
    void showPasswordRejected(const QString &serverWords) override;

protected:
    void retranslateUi() override;
    // The form of the login fields.
    QFormLayout *form() const { return m_form; }
    // The panel's column: the intro, then the form. A subclass adds whole-width rows here.
    QVBoxLayout *column() const { return m_column; }

private:
    QVBoxLayout *m_column;
    QFormLayout *m_form;
    QLabel *m_intro, *m_userLabel, *m_passwordLabel, *m_portLabel, *m_securityLabel;
    QLineEdit *m_user, *m_password;
    QLabel *m_problem;
    QSpinBox *m_port;
    QComboBox *m_security;
};

} // namespace od
