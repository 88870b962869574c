// SPDX-License-Identifier: GPL-3.0-or-later
// Page 6: the fix, chosen from the diagnosis (best first, ordered for where the user is):
// turn on authentication, use the local network's server (candidates tested in parallel),
// POP-before-SMTP, correct the From address, or contact the provider. Each comes with
// click-by-click instructions for the user's mail program.
#pragma once

#include "wizardpage.h"

#include <QHash>
#include <QPointer>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTextBrowser;
class QToolButton;
class QTreeWidget;
class QVBoxLayout;

namespace od {

class ServerSuggester;
class SmtpProbe;

class FixPage : public WizardPage
{
    Q_OBJECT
public:
    explicit FixPage(WizardState *state, QWidget *parent = nullptr);
    ~FixPage() override;

    QString helpText() const override;
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    Fix currentFix() const;
    // Back from a test the server refused for the password: says so at the password field,
    // with the server's answer, and puts the cursor there.
    void showPasswordRejected(const QString &serverWords);
    void selectFix(Fix fix);
    // The settings the chosen fix proposes (what the retest tests).
    AccountSettings proposedSettings() const;
    // The question to send to the provider, filled in from the test.
    QString providerQuestion() const;
    static QString radioName(Fix fix);
    // Click-by-click steps for a mail program with the values to enter, as HTML.
    static QString instructionsHtml(const QString &client, Fix fix, const AccountSettings &settings);

protected:
    void retranslateUi() override;

private:
    QWidget *buildAuthPanel();
    QWidget *buildServerPanel();
    QWidget *buildPopPanel();
    QWidget *buildSenderPanel();
    QWidget *buildContactPanel();
    QWidget *buildInfoPanel();
    void rebuildChoices();
    // What is still needed before Next (empty: nothing), and the line saying so.
    QString missing() const;
    void updateNextHint();
    void showFix();
    void updateInstructions();
    void addCandidate(const QString &server);
    void testCandidates();
    void stopCandidates();
    void stopSuggestions();
    const Attempt *certificateProblem() const;

    QList<Fix> m_fixes;
    QLabel *m_chooseLabel;
    QLabel *m_nextHint;
    QLabel *m_whyLabel;            // one line: why the recommendation comes first
    QToolButton *m_otherWays;      // shows the other ways
    QWidget *m_choices;
    QVBoxLayout *m_choicesLayout;
    QButtonGroup *m_group;
    QHash<int, QRadioButton *> m_radios;
    QLabel *m_description;
    QWidget *m_panels;

    // Authentication
    QWidget *m_authPanel;
    QLabel *m_authIntro, *m_authUserLabel, *m_authPasswordLabel, *m_authPortLabel, *m_authSecurityLabel;
    QLineEdit *m_authUser, *m_authPassword;
    QLabel *m_authProblem;
    QSpinBox *m_authPort;
    QComboBox *m_authSecurity;
    // Local server
    QWidget *m_serverPanel;
    QLabel *m_serverIntro, *m_serverLabel;
    QLineEdit *m_serverHost;
    QPushButton *m_addServer, *m_testServers;
    QTreeWidget *m_candidates;
    QList<QPointer<SmtpProbe>> m_candidateProbes;
    QPointer<ServerSuggester> m_suggester;
    // POP-before-SMTP
    QWidget *m_popPanel;
    QLabel *m_popIntro, *m_popHostLabel, *m_popPortLabel, *m_popSecurityLabel, *m_popUserLabel, *m_popPasswordLabel;
    QLineEdit *m_popHost, *m_popUser, *m_popPassword;
    QSpinBox *m_popPort;
    QComboBox *m_popSecurity;
    // Sender
    QWidget *m_senderPanel;
    QLabel *m_senderIntro, *m_senderLabel;
    QLineEdit *m_sender;
    // Contact
    QWidget *m_contactPanel;
    QLabel *m_contactIntro;
    QPlainTextEdit *m_question;
    QPushButton *m_copyQuestion;
    // Other fixes: the description (and for a certificate, a look at it)
    QWidget *m_infoPanel;
    QPushButton *m_showCertificate;

    QLabel *m_clientLabel;
    QComboBox *m_client;
    QTextBrowser *m_instructions;
};

} // namespace od
