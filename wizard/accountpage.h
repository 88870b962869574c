// SPDX-License-Identifier: GPL-3.0-or-later
// Page 3: the account, picked from the mail programs found on this computer or typed in.
#pragma once

#include "wizardpage.h"

#include "accounts/mailaccount.h"

class QCheckBox;
class QComboBox;
class QFrame;
class QPushButton;
class QProgressBar;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace od {

class AccountScanJob;
class PasswordStore;

class AccountPage : public WizardPage
{
    Q_OBJECT
public:
    explicit AccountPage(WizardState *state, QWidget *parent = nullptr);
    QString helpText() const override;
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // The detected accounts offered in the chooser (tests set them; otherwise looked for once, on
    // a worker thread, when the page is first entered).
    void setDetectedAccounts(const QList<MailAccount> &accounts);
    // Whether the mail programs' settings are still being looked for.
    bool isScanning() const { return m_scan != nullptr; }
    static AccountSettings fromMailAccount(const MailAccount &account);
    // The translated name of a mail program (ClientId), for choosers.
    static QString clientName(const QString &clientId);

protected:
    void retranslateUi() override;

private:
    void startScan();
    void scanFinished(const QList<MailAccount> &accounts);
    // The sender and server of a pasted error, where the form has none.
    void fillFromPaste();
    void fill(const AccountSettings &a);
    // Takes over detected account `index` (-1: typed by hand) as if picked in the chooser.
    void pick(int index);
    // The short card of the picked account, or the whole form.
    void showForm(bool form);
    QString cardText() const;
    void store();
    QString problem() const;
    void updateEnabled();
    void updateProblem();
    QString passwordKey() const;

    bool m_scanned = false;
    AccountScanJob *m_scan = nullptr; // while looking for the mail programs' settings
    QList<MailAccount> m_detected;
    PasswordStore *m_passwords;

    QWidget *m_scanWidget;
    QLabel *m_scanLabel;
    QProgressBar *m_scanProgress;
    QLabel *m_detectedLabel;
    QComboBox *m_detectedCombo;
    // The found account in one line, its password when it logs in, and "Change settings…".
    QFrame *m_card;
    class AccountKindChooser *m_accountKind = nullptr;
    QLabel *m_cardLabel;
    QLabel *m_cardPasswordLabel;
    QLineEdit *m_cardPassword;
    QPushButton *m_changeSettings;
    QWidget *m_form;
    bool m_showForm = true;
    QGroupBox *m_senderBox;
    QLabel *m_emailLabel, *m_nameLabel, *m_replyToLabel;
    QLineEdit *m_email, *m_name, *m_replyTo;
    QGroupBox *m_serverBox;
    QLabel *m_hostLabel, *m_portLabel, *m_securityLabel;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_security;
    QGroupBox *m_loginBox;
    QLabel *m_authLabel, *m_userLabel, *m_passwordLabel;
    QComboBox *m_auth;
    QLineEdit *m_user, *m_password;
    QCheckBox *m_remember;
    QGroupBox *m_incomingBox;
    QCheckBox *m_popBefore;
    QLabel *m_incomingHostLabel, *m_incomingPortLabel, *m_incomingSecurityLabel;
    QLineEdit *m_incomingHost;
    QSpinBox *m_incomingPort;
    QComboBox *m_incomingSecurity;
    QToolButton *m_advancedButton;
    QWidget *m_advanced;
    QLabel *m_recipientLabel, *m_sourceLabel, *m_caLabel;
    QLineEdit *m_recipient, *m_source, *m_caFile;
    QLabel *m_problem;
};

} // namespace od
