// SPDX-License-Identifier: GPL-3.0-or-later
#include "loginpanel.h"

#include "statuscolours.h"

#include "wizardpage.h"
#include "wizardtexts.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace od {

LoginPanel::LoginPanel(Fix fix, WizardState *state, QWidget *parent)
    : FixPanel(fix, state, parent)
{
    m_intro = WizardPage::wrappingLabel(this, QStringLiteral("authIntroLabel"));
    m_user = WizardPage::lineEdit(this, "authUserLineEdit");
    m_password = WizardPage::lineEdit(this, "authPasswordLineEdit");
    m_password->setEchoMode(QLineEdit::Password);
    m_port = WizardPage::portSpinBox(this, "authPortSpinBox");
    m_port->setMinimum(1);
    m_security = new QComboBox(this);
    m_security->setObjectName(QStringLiteral("authSecurityComboBox"));
    WizardPage::setSecurityItems(m_security, false);
    m_userLabel = WizardPage::buddyLabel(this, m_user);
    m_passwordLabel = WizardPage::buddyLabel(this, m_password);
    m_portLabel = WizardPage::buddyLabel(this, m_port);
    m_securityLabel = WizardPage::buddyLabel(this, m_security);
    m_problem = WizardPage::wrappingLabel(this, QStringLiteral("authProblemLabel"));
    QPalette warning = m_problem->palette();
    warning.setColor(QPalette::WindowText, failColour(warning)); // readable on light and dark windows
    m_problem->setPalette(warning);
    m_problem->hide();
    // The intro (and a subclass' whole-width rows) above the form, in a box layout: it asks a
    // wrapping label for its height again whenever the label's text or visibility changes,
    // where QFormLayout keeps a spanning row's height from before.
    m_column = new QVBoxLayout(this);
    m_column->addWidget(m_intro);
    m_form = new QFormLayout;
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_column->addLayout(m_form);
    m_form->addRow(m_userLabel, m_user);
    m_form->addRow(m_passwordLabel, m_password);
    m_form->addRow(QString(), m_problem);
    m_form->addRow(m_portLabel, m_port);
    m_form->addRow(m_securityLabel, m_security);
    // The usual pairs: 587 with STARTTLS, 465 with SSL/TLS.
    connect(m_security, &QComboBox::activated, this, [this] {
        const Security s = WizardPage::securityOf(m_security);
        if (s == Security::Tls && m_port->value() == 587)
            m_port->setValue(465);
        else if (s == Security::StartTls && m_port->value() == 465)
            m_port->setValue(587);
    });
    connect(m_password, &QLineEdit::textEdited, m_problem, &QWidget::hide);
    for (QLineEdit *e : {m_user, m_password})
        connect(e, &QLineEdit::textChanged, this, &FixPanel::changed);
    connect(m_port, &QSpinBox::valueChanged, this, &FixPanel::changed);
    connect(m_security, &QComboBox::currentIndexChanged, this, &FixPanel::changed);
    retranslateUi();
}

void LoginPanel::load()
{
    const AccountSettings &a = state()->account();
    m_user->setText(a.user.isEmpty() ? a.email : a.user);
    m_password->setText(state()->password());
    // The account's own submission port, else 587, else 465: never one the test found closed.
    const QList<quint16> closed = state()->portsFoundClosed();
    const bool submission = (a.port == 587 || a.port == 465) && !closed.contains(a.port);
    const quint16 port = submission ? a.port : (closed.contains(587) && !closed.contains(465) ? 465 : 587);
    m_port->setValue(port);
    WizardPage::selectSecurity(m_security, submission && a.security != Security::Auto
                                               ? a.security
                                               : (port == 465 ? Security::Tls : Security::StartTls));
    // A port whose other security was proven on a second connection: offer exactly that.
    for (const Attempt &attempt : state()->latestResult().attempts) {
        if (attempt.securityCheck.attempted && attempt.securityCheck.works) {
            m_port->setValue(attempt.endpoint.port);
            WizardPage::selectSecurity(m_security, attempt.securityCheck.security);
            break;
        }
    }
}

QString LoginPanel::missing() const
{
    if (m_user->text().trimmed().isEmpty())
        return tr("Enter the user name for the login.");
    if (m_password->text().isEmpty())
        return tr("Enter your password: the test logs in with it.");
    return {};
}

AccountSettings LoginPanel::proposedSettings() const
{
    AccountSettings a = state()->account();
    a.authentication = true;
    a.user = m_user->text().trimmed();
    a.port = quint16(m_port->value());
    a.security = WizardPage::securityOf(m_security);
    return a;
}

QString LoginPanel::password() const
{
    return m_password->text();
}

QWidget *LoginPanel::waitingField() const
{
    return m_password->text().isEmpty() ? m_password : nullptr;
}

void LoginPanel::showPasswordRejected(const QString &serverWords)
{
    m_problem->setText(tr("The server did not accept this user name or password. It said: %1").arg(serverWords));
    m_problem->setAccessibleName(m_problem->text());
    m_problem->show();
    m_password->setFocus();
    m_password->selectAll();
}

void LoginPanel::retranslateUi()
{
    m_intro->setText(tr("Your mail program should log in to the outgoing server, usually with the same user name and "
                        "password as for incoming mail, over an encrypted connection."));
    m_userLabel->setText(tr("&User name:"));
    m_user->setAccessibleName(tr("User name"));
    m_passwordLabel->setText(tr("Pass&word:"));
    m_password->setAccessibleName(tr("Password"));
    m_portLabel->setText(tr("P&ort:"));
    m_port->setAccessibleName(tr("Outgoing server port"));
    m_securityLabel->setText(tr("Encr&yption:"));
    m_security->setAccessibleName(tr("Outgoing server encryption"));
    WizardPage::setSecurityItems(m_security, false);
}

FixPanelType loginPanel()
{
    return fixPanelType<LoginPanel>();
}

} // namespace od
