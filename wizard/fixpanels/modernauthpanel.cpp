// SPDX-License-Identifier: GPL-3.0-or-later
// "Sign in the way your provider now requires": the provider's own way for mail programs (found
// by the account's address or server: OAuth2 in the mail program, an app password or an
// authorisation code), the login form for testing an app password, and, for a Thunderbird
// account of a provider Thunderbird signs in to with OAuth2, the switch of its outgoing
// server's authentication method to OAuth2 (prefs.js authMethod 10) through the settings writer.
#include "loginpanel.h"

#include "accounts/accountwriter.h"
#include "accounts/clients/mailclient.h"
#include "accounts/providersignin.h"
#include "wizardpage.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace od {

namespace {

class ModernAuthPanel : public LoginPanel
{
    Q_DECLARE_TR_FUNCTIONS(od::FixPage)
public:
    ModernAuthPanel(Fix fix, WizardState *state, QWidget *parent = nullptr)
        : LoginPanel(fix, state, parent)
    {
        m_guidance = WizardPage::wrappingLabel(this, QStringLiteral("providerSignInLabel"));
        m_guidance->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_switch = new QPushButton(this);
        m_switch->setObjectName(QStringLiteral("switchToOAuth2Button"));
        m_result = WizardPage::wrappingLabel(this, QStringLiteral("switchToOAuth2ResultLabel"));
        form()->insertRow(1, m_guidance);
        form()->insertRow(2, m_switch);
        form()->insertRow(3, m_result);
        connect(m_switch, &QPushButton::clicked, this, [this] { switchToOAuth2(); });
        retranslateUi();
    }

    void load() override
    {
        LoginPanel::load();
        const AccountSettings &a = state()->account();
        m_provider = ProviderSignIns::find(a.host, a.email);
        m_switched = false;
        m_error.clear();
        refresh();
    }
    // Once the mail program signs in with OAuth2 there is no password to test: Next leads to the report.
    QString missing() const override { return m_switched ? QString() : LoginPanel::missing(); }
    bool retests() const override { return !m_switched; }

protected:
    void retranslateUi() override
    {
        LoginPanel::retranslateUi();
        if (m_guidance)
            refresh();
    }

private:
    // Whether "apply for me" can switch the picked account to OAuth2.
    bool canSwitch() const
    {
        const MailAccount &picked = state()->pickedAccount();
        return m_provider && m_provider->thunderbirdOAuth2 && picked.client == ClientId::Thunderbird
            && AccountWriter::isWritable(picked.client);
    }

    AccountChange oauth2Change() const
    {
        AccountChange change;
        change.auth = QString(AuthId::OAuth2);
        return change;
    }

    void switchToOAuth2()
    {
        if (!canSwitch() || m_switched)
            return;
        const MailAccount &picked = state()->pickedAccount();
        m_error = AccountWriter::validate(picked, oauth2Change());
        if (m_error.isEmpty()) {
            const ApplyResult r = state()->applyChange(picked, oauth2Change());
            m_error = r.error;
            m_switched = r.ok();
        }
        refresh();
        emit changed();
    }

    void refresh()
    {
        m_guidance->setText(m_provider ? ProviderSignIns::guidance(*m_provider)
                                       : tr("Your provider no longer accepts your normal password from mail programs. "
                                            "Check its help pages for \"app password\" or \"OAuth2\", then enter the "
                                            "app password here to test it."));
        m_guidance->setAccessibleName(m_guidance->text());
        const QString client = MailClients::displayName(state()->pickedAccount().client);
        m_switch->setText(tr("&Switch %1 to OAuth2 sign-in for me", "OAuth2 is a sign-in method").arg(client));
        m_switch->setAccessibleName(QString(m_switch->text()).remove(QLatin1Char('&')));
        // Rows of the form are shown and hidden as rows: a widget hidden inside a QFormLayout
        // leaves the rows' heights for a given width wrong, and the guidance above is cut.
        form()->setRowVisible(m_switch, canSwitch() && !m_switched);
        if (m_switched)
            m_result->setText(tr("Done: %1 now signs in to this server with OAuth2. Open %1 and send yourself a "
                                 "message; it opens your provider's sign-in page once.")
                                  .arg(client));
        else if (!m_error.isEmpty())
            m_result->setText(tr("%1 was not changed: %2").arg(client, m_error.text()));
        m_result->setAccessibleName(m_result->text());
        form()->setRowVisible(m_result, m_switched || !m_error.isEmpty());
    }

    const ProviderSignIn *m_provider = nullptr;
    bool m_switched = false;
    Phrase m_error;
    QLabel *m_guidance = nullptr;
    QPushButton *m_switch = nullptr;
    QLabel *m_result = nullptr;
};

} // namespace

FixPanelType modernAuthPanel()
{
    return fixPanelType<ModernAuthPanel>();
}

} // namespace od
