// SPDX-License-Identifier: GPL-3.0-or-later
// The one model every wizard page reads and writes: where the user is, the account as typed
// or picked, the password (in memory only), what the pasted error said, the test results,
// the certificates trusted for this session and the fixes tried. Pages change it through its
// setters; it owns the services it was given (account scan, probes, the settings writer, the
// clock), so a test can replace each.
#pragma once

#include "accounts/accountsettings.h"
#include "accounts/mailaccount.h"
#include "core/taxonomy.h"
#include "diagnosis/probediagnosis.h"
#include "diagnosis/relayreasoning.h"
#include "pastesummary.h"
#include "smtp/certificatetrust.h"
#include "smtp/probetypes.h"
#include "wizardservices.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

namespace od {

// What "apply for me" on the Done page did with a verified fix (codes and paths, worded when
// shown, so the report follows a language switch).
struct AppliedChange
{
    enum class Outcome { None, Applied, NotApplied, Undone };
    Outcome outcome = Outcome::None;
    QString client;       // a ClientId
    QStringList files;    // the settings files written
    QStringList backups;  // the backup beside each (same order)
    QStringList changed;  // the keys written, as the file names them
    Phrase error;         // NotApplied: the writer's reason, worded when shown
};

struct FixAttempt
{
    Fix fix = Fix::ContactProvider;
    Cause result = Cause::Unknown;  // the verdict of the test that followed (when tested)
    AppliedChange applied = {};     // whether the mail program's file was changed to match
    // False for a change Outbox Doctor cannot test itself (the mail program signs in with
    // OAuth2 in the provider's browser page): only sending from the mail program shows the result.
    bool tested = true;
};

class WizardState : public QObject
{
    Q_OBJECT
public:
    explicit WizardState(const WizardServices &services, QObject *parent = nullptr);

    // The services the wizard was given.
    // A scan of the mail programs' accounts, not started, owned by `parent` (null: none are
    // looked for).
    AccountScanJob *newAccountScan(QObject *parent) const;
    // A new probe owned by `parent`, trusting the certificates the user trusted in this session.
    SmtpProbe *newProbe(QObject *parent) const;
    bool suggestServers() const { return m_services.suggestServers; }
    // How long a finished test stays on screen before the wizard moves on (negative: it waits).
    int advanceAfterTestMs() const { return m_services.advanceAfterTestMs; }
    // Changes the picked account's settings file, or undoes a change from its backup.
    ApplyResult applyChange(const MailAccount &account, const AccountChange &change) const;
    ApplyResult undoChange(const QString &backupPath) const;
    // The time now (for the report and the session's start).
    QDateTime now() const;
    // When the wizard was opened.
    QDateTime started() const { return m_started; }

    // Where the user is (the Welcome page) and whose server the account uses (the Account page).
    Location location() const { return m_location; }
    // Whether the user has said where they are.
    bool locationChosen() const { return m_locationChosen; }
    void setLocation(Location location);
    AccountKind accountKind() const { return m_accountKind; }
    void setAccountKind(AccountKind kind);

    // The pasted error message (the Welcome page): as pasted, for the report, and decoded.
    const QString &pastedText() const { return m_pastedText; }
    const PasteSummary &paste() const { return m_paste; }
    // Decodes `text` for where the user is; a recipient it names becomes the account's test recipient.
    void setPastedText(const QString &text);

    // The account as typed or picked (the Account page).
    const AccountSettings &account() const { return m_account; }
    void setAccount(const AccountSettings &account);
    // The detected account the user picked, as its mail program's file has it (client empty:
    // typed by hand). What "apply for me" writes to.
    const MailAccount &pickedAccount() const { return m_pickedAccount; }
    void setPickedAccount(const MailAccount &account);
    // Outgoing servers of the other accounts found here: candidates for "use the local server".
    const QStringList &otherServers() const { return m_otherServers; }
    void setOtherServers(const QStringList &servers);
    // Something was typed into the account form (closing then asks first).
    bool userTyped() const { return m_userTyped; }
    void setUserTyped();
    // Never written to QSettings or any file.
    const QString &password() const { return m_password; }
    void setPassword(const QString &password);
    bool rememberPassword() const { return m_rememberPassword; }
    void setRememberPassword(bool remember);

    // The first test (the Test page) and its diagnosis (diagnoseProbe() of it); a new one
    // forgets the retest.
    bool hasFirstResult() const { return m_hasFirstResult; }
    const ProbeResult &firstResult() const { return m_firstResult; }
    const Diagnosis &firstDiagnosis() const { return m_firstDiagnosis; }
    void setFirstResult(const ProbeResult &result, const Diagnosis &diagnosis);
    // The fix chosen on the Fix page and the settings it proposes.
    Fix chosenFix() const { return m_chosenFix; }
    const AccountSettings &proposed() const { return m_proposed; }
    void chooseFix(Fix fix, const AccountSettings &proposed);
    // The test of the proposed settings (the Retest page). While it runs, the result is
    // partial; `finished` (and not aborted, and the settings testable) records the fix as tried.
    bool hasRetestResult() const { return m_hasRetestResult; }
    const ProbeResult &retestResult() const { return m_retestResult; }
    const Diagnosis &retestDiagnosis() const { return m_retestDiagnosis; }
    void setRetestResult(const ProbeResult &result, const Diagnosis &diagnosis, bool finished);
    // The latest test and its diagnosis (the retest's when there was one).
    const ProbeResult &latestResult() const { return m_hasRetestResult ? m_retestResult : m_firstResult; }
    const Diagnosis &latestDiagnosis() const { return m_hasRetestResult ? m_retestDiagnosis : m_firstDiagnosis; }
    // The fixes tried, each with its retest's verdict and what "apply for me" did.
    const QList<FixAttempt> &fixesTried() const { return m_fixesTried; }
    // Records what "apply for me" did for the fix tried at `index`.
    void setApplied(qsizetype index, const AppliedChange &applied);
    // Records a fix whose change was applied without a test that could follow it (the switch
    // to OAuth2 sign-in); returns its index in fixesTried(). Once such a change is applied, the
    // retest before it no longer describes the mail program: it is forgotten, and the latest
    // result is the first test's again.
    qsizetype recordUntestedFix(Fix fix, const AppliedChange &applied);
    // Undoes the change applied for the fix tried at `index` from its backups (the last file
    // written first) and records it as undone; on failure the change stays recorded as applied
    // and the result says why.
    ApplyResult undoApplied(qsizetype index);

    // The mail program the instructions are written for (a ClientId or "generic"; empty: the account's).
    const QString &instructionsClient() const { return m_instructionsClient; }
    void setInstructionsClient(const QString &client);

    // The user's "trust this certificate for this test" decisions (SHA-256).
    const QList<QByteArray> &trustedFingerprints() const { return m_trustedFingerprints; }
    void trustCertificate(const QByteArray &sha256);

    // What to test for an account (password from memory, the location, the advanced options).
    ProbeSettings probeSettings(const AccountSettings &settings) const;
    // The first test's fixes, ordered for where the user is and whose server the account uses.
    QList<Fix> orderedFixes() const;
    // What the Fix page offers, best first (the first is the recommendation): the ordered fixes
    // without what the test disproved (the submission ports when the test found both closed
    // from here) and without a second entry for the same form ("use port 587" is part of
    // "turn on authentication"); "contact the provider" always last.
    QList<Fix> offeredFixes() const;
    // The ports the first test could not reach from here (blocked or refused).
    QList<quint16> portsFoundClosed() const;

signals:
    // Anything above changed.
    void changed();
    // A test result was stored (first test or retest, partial or final).
    void resultsChanged();
    // "Apply for me" or its undo was recorded.
    void fixesTriedChanged();

private:
    WizardServices m_services;
    QDateTime m_started;

    Location m_location = Location::Unknown;
    bool m_locationChosen = false;
    AccountKind m_accountKind = AccountKind::Home;
    QString m_pastedText;
    PasteSummary m_paste;
    AccountSettings m_account;
    MailAccount m_pickedAccount;
    QStringList m_otherServers;
    bool m_userTyped = false;
    QString m_password;
    bool m_rememberPassword = false;

    ProbeResult m_firstResult;
    Diagnosis m_firstDiagnosis;
    bool m_hasFirstResult = false;
    Fix m_chosenFix = Fix::ContactProvider;
    AccountSettings m_proposed;
    ProbeResult m_retestResult;
    Diagnosis m_retestDiagnosis;
    bool m_hasRetestResult = false;
    QList<FixAttempt> m_fixesTried;
    // After an untested change was applied at `index`: forgets the retest of other settings.
    void supersedeRetest(qsizetype index);

    QString m_instructionsClient;
    FingerprintTrust m_trust;
    QList<QByteArray> m_trustedFingerprints;
};

// Where the user's domain's mail server probably is: "smtp.provider.tld" -> "provider.tld".
QString providerDomainOf(const QString &host);
// A sender address that belongs to the account: the user name when it is an address,
// otherwise the local part of `from` at the provider's domain.
QString suggestedSenderAddress(const AccountSettings &account);
bool isPlausibleAddress(const QString &address);

} // namespace od
