// SPDX-License-Identifier: GPL-3.0-or-later
// The one model every wizard page reads and writes: where the user is, the account as typed
// or picked, the password (in memory only), what the pasted error said, the test results,
// the certificates trusted for this session and the fixes tried.
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
    QString error;        // NotApplied: the writer's reason (already translated)
};

struct FixAttempt
{
    Fix fix = Fix::ContactProvider;
    Cause result = Cause::Unknown;  // the verdict of the test that followed
    AppliedChange applied = {};     // whether the mail program's file was changed to match
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
    SmtpProbe *newProbe(QObject *parent) const;
    bool suggestServers() const { return m_services.suggestServers; }
    int advanceAfterTestMs() const { return m_services.advanceAfterTestMs; }

    Location location = Location::Unknown;
    bool locationChosen = false;
    AccountKind accountKind = AccountKind::Home; // whose server the account uses
    AccountSettings account;
    // The detected account the user picked on the Account page, as its mail program's file has
    // it (client empty: typed by hand). What "apply for me" writes to.
    MailAccount pickedAccount;
    bool userTyped = false;      // something was typed into the account form
    QString password;            // never written to QSettings or any file
    bool rememberPassword = false;
    PasteSummary paste;
    QString pastedText;          // as pasted, for the report
    // Outgoing servers of the other accounts found here: candidates for "use the local server".
    QStringList otherServers;

    // The first test, and the settings proposed by the chosen fix with their test; each with
    // its diagnosis (diagnoseProbe() of the result).
    ProbeResult firstResult;
    Diagnosis firstDiagnosis;
    bool haveFirstResult = false;
    Fix chosenFix = Fix::ContactProvider;
    AccountSettings proposed;
    ProbeResult retestResult;
    Diagnosis retestDiagnosis;
    bool haveRetestResult = false;
    QList<FixAttempt> fixesTried;

    // The mail program the instructions are written for (a ClientId or "generic").
    QString instructionsClient;

    // The user's "trust this certificate for this test" decisions (SHA-256).
    FingerprintTrust trust;
    QList<QByteArray> trustedFingerprints;
    void trustCertificate(const QByteArray &sha256);

    // What to test for an account (password from memory, the location, the advanced options).
    ProbeSettings probeSettings(const AccountSettings &settings) const;
    // The latest verdict (the retest's when there was one).
    // The first test's fixes, ordered for where the user is and whose server the account uses.
    QList<Fix> orderedFixes() const;
    // What the Fix page offers, best first (the first is the recommendation): the ordered fixes
    // without what the test disproved (the submission ports when the test found both closed
    // from here) and without a second entry for the same form ("use port 587" is part of
    // "turn on authentication"); "contact the provider" always last.
    QList<Fix> offeredFixes() const;
    // The ports the first test could not reach from here (blocked or refused).
    QList<quint16> portsFoundClosed() const;
    const ProbeResult &latestResult() const { return haveRetestResult ? retestResult : firstResult; }
    const Diagnosis &latestDiagnosis() const { return haveRetestResult ? retestDiagnosis : firstDiagnosis; }

signals:
    void changed();

private:
    WizardServices m_services;
};

// Where the user's domain's mail server probably is: "smtp.provider.tld" -> "provider.tld".
QString providerDomainOf(const QString &host);
// A sender address that belongs to the account: the user name when it is an address,
// otherwise the local part of `from` at the provider's domain.
QString suggestedSenderAddress(const AccountSettings &account);
bool isPlausibleAddress(const QString &address);

} // namespace od
