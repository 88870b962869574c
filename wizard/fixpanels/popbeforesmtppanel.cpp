// SPDX-License-Identifier: GPL-3.0-or-later
// "Check incoming mail before sending" (POP-before-SMTP): the incoming server the test logs in
// to first, then sends.
#include "fixpanel.h"

#include "wizardpage.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace od {

namespace {

class PopBeforeSmtpPanel : public FixPanel
{
    Q_DECLARE_TR_FUNCTIONS(od::FixPage)
public:
    PopBeforeSmtpPanel(Fix fix, WizardState *state, QWidget *parent = nullptr);

    void load() override;
    QString missing() const override;
    AccountSettings proposedSettings() const override;
    QString password() const override { return m_password->text(); }
    void showPasswordRejected(const QString &) override
    {
        m_password->setFocus();
        m_password->selectAll();
    }

protected:
    void retranslateUi() override;

private:
    QLabel *m_intro, *m_hostLabel, *m_portLabel, *m_securityLabel, *m_userLabel, *m_passwordLabel;
    QLineEdit *m_host, *m_user, *m_password;
    QSpinBox *m_port;
    QComboBox *m_security;
};

PopBeforeSmtpPanel::PopBeforeSmtpPanel(Fix fix, WizardState *state, QWidget *parent)
    : FixPanel(fix, state, parent)
{
    m_intro = WizardPage::wrappingLabel(this, QStringLiteral("popIntroLabel"));
    m_host = WizardPage::lineEdit(this, "popHostLineEdit");
    m_port = WizardPage::portSpinBox(this, "popPortSpinBox");
    m_security = new QComboBox(this);
    m_security->setObjectName(QStringLiteral("popSecurityComboBox"));
    WizardPage::setSecurityItems(m_security);
    m_user = WizardPage::lineEdit(this, "popUserLineEdit");
    m_password = WizardPage::lineEdit(this, "popPasswordLineEdit");
    m_password->setEchoMode(QLineEdit::Password);
    m_hostLabel = WizardPage::buddyLabel(this, m_host);
    m_portLabel = WizardPage::buddyLabel(this, m_port);
    m_securityLabel = WizardPage::buddyLabel(this, m_security);
    m_userLabel = WizardPage::buddyLabel(this, m_user);
    m_passwordLabel = WizardPage::buddyLabel(this, m_password);
    auto *form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_intro);
    form->addRow(m_hostLabel, m_host);
    form->addRow(m_portLabel, m_port);
    form->addRow(m_securityLabel, m_security);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_password);
    for (QLineEdit *e : {m_host, m_user, m_password})
        connect(e, &QLineEdit::textChanged, this, &FixPanel::changed);
    retranslateUi();
}

void PopBeforeSmtpPanel::load()
{
    const AccountSettings &a = state()->account();
    const QString domain = providerDomainOf(a.host);
    m_host->setText(!a.incomingHost.isEmpty() ? a.incomingHost
                                              : (domain.isEmpty() ? QString() : QStringLiteral("pop.") + domain));
    m_port->setValue(a.incomingPort);
    WizardPage::selectSecurity(m_security, a.incomingSecurity);
    m_user->setText(a.user.isEmpty() ? a.email : a.user);
    m_password->setText(state()->password());
}

QString PopBeforeSmtpPanel::missing() const
{
    if (m_host->text().trimmed().isEmpty())
        return tr("Enter the incoming server's name.");
    if (m_user->text().trimmed().isEmpty() || m_password->text().isEmpty())
        return tr("Enter the user name and password of the incoming server: the test logs in there first.");
    return {};
}

AccountSettings PopBeforeSmtpPanel::proposedSettings() const
{
    AccountSettings a = state()->account();
    a.popBeforeSmtp = true;
    a.incomingHost = m_host->text().trimmed();
    a.incomingPort = quint16(m_port->value());
    a.incomingSecurity = WizardPage::securityOf(m_security);
    if (!a.authentication)
        a.user = m_user->text().trimmed();
    return a;
}

void PopBeforeSmtpPanel::retranslateUi()
{
    m_intro->setText(tr("Some providers let you send only from a connection that has just logged in to the incoming "
                        "(POP3) server. The test logs in there first, then sends."));
    m_hostLabel->setText(tr("In&coming server:"));
    m_host->setAccessibleName(tr("Incoming server name"));
    m_portLabel->setText(tr("P&ort:"));
    m_port->setAccessibleName(tr("Incoming server port"));
    m_port->setSpecialValueText(tr("Automatic (110 or 995)"));
    m_securityLabel->setText(tr("Encr&yption:"));
    m_security->setAccessibleName(tr("Incoming server encryption"));
    WizardPage::setSecurityItems(m_security);
    m_userLabel->setText(tr("&User name:"));
    m_user->setAccessibleName(tr("Incoming user name"));
    m_passwordLabel->setText(tr("Pass&word:"));
    m_password->setAccessibleName(tr("Incoming password"));
}

} // namespace

FixPanelType popBeforeSmtpPanel()
{
    return fixPanelType<PopBeforeSmtpPanel>();
}

} // namespace od
