// SPDX-License-Identifier: GPL-3.0-or-later
// "Sign in the way your provider now requires": the provider's own way for mail programs (found
// by the account's address or server: OAuth2 in the mail program, an app password or an
// authorisation code), the login form for testing an app password, and, for a Thunderbird
// account of a provider Thunderbird signs in to with OAuth2, the switch of its outgoing
// server's authentication method to OAuth2 (prefs.js authMethod 10) through the settings writer,
// recorded as a fix tried that Outbox Doctor cannot test itself, and undone from its backup.
#include "loginpanel.h"

#include "accounts/accountwriter.h"
#include "accounts/clients/mailclient.h"
#include "accounts/providersignin.h"
#include "wizardpage.h"

#include <QDir>
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
        m_undo = new QPushButton(this);
        m_undo->setObjectName(QStringLiteral("undoOAuth2SwitchButton"));
        form()->insertRow(1, m_guidance);
        form()->insertRow(2, m_switch);
        form()->insertRow(3, m_result);
        form()->insertRow(4, m_undo);
        connect(m_switch, &QPushButton::clicked, this, [this] { switchToOAuth2(); });
        connect(m_undo, &QPushButton::clicked, this, [this] { undoSwitch(); });
        retranslateUi();
    }

    void load() override
    {
        LoginPanel::load();
        const AccountSettings &a = state()->account();
        m_provider = ProviderSignIns::find(a.host, a.email);
        // Coming back to the page: a switch made earlier and not undone still stands.
        m_switched = appliedHere() && attempt().applied.outcome == AppliedChange::Outcome::Applied;
        m_undone = appliedHere() && attempt().applied.outcome == AppliedChange::Outcome::Undone;
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

    // Whether this panel's switch is recorded among the fixes tried.
    bool appliedHere() const
    {
        return m_attemptIndex >= 0 && m_attemptIndex < state()->fixesTried().size()
            && state()->fixesTried().at(m_attemptIndex).fix == fix();
    }
    const FixAttempt &attempt() const { return state()->fixesTried().at(m_attemptIndex); }

    void switchToOAuth2()
    {
        if (!canSwitch() || m_switched)
            return;
        const MailAccount &picked = state()->pickedAccount();
        m_error = AccountWriter::validate(picked, oauth2Change());
        if (m_error.isEmpty()) {
            const ApplyResult r = state()->applyChange(picked, oauth2Change());
            m_error = r.error;
            m_switched = r.ok() && !r.files.isEmpty();
            if (r.ok() && r.files.isEmpty())
                m_error = Phrase("od::ApplyChangesPanel",
                                 QT_TRANSLATE_NOOP("od::ApplyChangesPanel", "the file already has these settings."));
            // The report tells it as a fix tried: the change, its backup, and that only the
            // mail program itself can show whether it works.
            AppliedChange applied;
            applied.client = picked.client;
            applied.outcome = m_switched ? AppliedChange::Outcome::Applied : AppliedChange::Outcome::NotApplied;
            applied.files = r.files;
            applied.backups = r.backups;
            applied.changed = r.changed;
            applied.error = m_error;
            if (appliedHere())
                state()->setApplied(m_attemptIndex, applied); // tried again on this page
            else
                m_attemptIndex = state()->recordUntestedFix(fix(), applied);
            m_undone = false;
        }
        refresh();
        emit changed();
        if (m_undo->isVisible())
            m_undo->setFocus();
    }

    void undoSwitch()
    {
        if (!m_switched || !appliedHere())
            return;
        const ApplyResult r = state()->undoApplied(m_attemptIndex);
        m_error = r.error;
        m_switched = !r.ok();
        m_undone = r.ok();
        refresh();
        emit changed();
        if (m_switch->isVisible())
            m_switch->setFocus();
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
        m_undo->setText(tr("Un&do the switch", "back to the sign-in method the mail program had"));
        m_undo->setAccessibleName(tr("Undo the switch of %1 to OAuth2 sign-in", "OAuth2 is a sign-in method").arg(client));
        form()->setRowVisible(m_undo, m_switched && appliedHere());
        QStringList result;
        if (m_switched) {
            result << tr("Done: %1 now signs in to this server with OAuth2. Open %1 and send yourself a "
                         "message; it opens your provider's sign-in page once.")
                          .arg(client);
            if (appliedHere()) {
                for (const QString &backup : attempt().applied.backups)
                    result << tr("Backup of the file as it was: %1").arg(QDir::toNativeSeparators(backup));
            }
            if (!m_error.isEmpty())
                result << tr("The switch could not be undone: %1").arg(m_error.text());
        } else if (!m_error.isEmpty()) {
            result << tr("%1 was not changed: %2").arg(client, m_error.text());
        } else if (m_undone && appliedHere()) {
            result << tr("Undone: %1 signs in as it did before; its settings file was restored from the backup.").arg(client);
        }
        m_result->setText(result.join(QLatin1Char('\n')));
        m_result->setAccessibleName(m_result->text());
        form()->setRowVisible(m_result, !m_result->text().isEmpty());
    }

    const ProviderSignIn *m_provider = nullptr;
    bool m_switched = false;
    bool m_undone = false;
    qsizetype m_attemptIndex = -1; // this switch in state()->fixesTried()
    Phrase m_error;
    QLabel *m_guidance = nullptr;
    QPushButton *m_switch = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_undo = nullptr;
};

} // namespace

FixPanelType modernAuthPanel()
{
    return fixPanelType<ModernAuthPanel>();
}

} // namespace od
