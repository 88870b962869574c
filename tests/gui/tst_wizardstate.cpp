// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard's model: what its setters record and announce, and the services it is given (the
// settings writer and the clock) used in place of the real ones.
#include "wizardreport.h"
#include "wizardstate.h"

#include <QSignalSpy>
#include <QTest>

using namespace od;

class TestWizardState : public QObject
{
    Q_OBJECT

private slots:
    void clockStampsStartAndReport();
    void writerIsTheServicesOne();
    void retestRecordsTheFixTriedOnceFinished();
    void firstTestForgetsTheRetest();
    void appliedChangeIsRecordedAndAnnounced();
    void pasteNamesTheTestRecipient();
    void locationChosenOnceSet();
    void untestedFixIsRecordedAndUndone();
};

void TestWizardState::clockStampsStartAndReport()
{
    const QDateTime fixed(QDate(2026, 3, 14), QTime(9, 26, 53), Qt::UTC);
    WizardServices services;
    services.clock = [fixed] { return fixed; };
    WizardState state(services);
    QCOMPARE(state.started(), fixed);
    QCOMPARE(state.now(), fixed);
    QCOMPARE(wizardReport(state).created, fixed);
    // Without a clock: the system's.
    WizardState real{WizardServices{}};
    QVERIFY(qAbs(real.now().secsTo(QDateTime::currentDateTime())) < 60);
}

void TestWizardState::writerIsTheServicesOne()
{
    QList<QString> calls;
    WizardServices services;
    services.applyChange = [&calls](const MailAccount &account, const AccountChange &change) {
        calls << QStringLiteral("apply %1 %2").arg(account.source, change.auth.value_or(QString()));
        ApplyResult r;
        r.files = {account.source};
        r.backups = {account.source + QStringLiteral(".bak")};
        return r;
    };
    services.undoChange = [&calls](const QString &backup) {
        calls << QStringLiteral("undo %1").arg(backup);
        ApplyResult r;
        r.error = Phrase::fromText(QStringLiteral("no such backup"));
        return r;
    };
    WizardState state(services);
    MailAccount account;
    account.source = QStringLiteral("/nowhere/prefs.js");
    AccountChange change;
    change.auth = QStringLiteral("oauth2");
    QCOMPARE(state.applyChange(account, change).backups, QStringList{QStringLiteral("/nowhere/prefs.js.bak")});
    QCOMPARE(state.undoChange(QStringLiteral("/nowhere/prefs.js.bak")).error.text(), QStringLiteral("no such backup"));
    QCOMPARE(calls, (QList<QString>{QStringLiteral("apply /nowhere/prefs.js oauth2"),
                                    QStringLiteral("undo /nowhere/prefs.js.bak")}));
}

void TestWizardState::retestRecordsTheFixTriedOnceFinished()
{
    WizardState state{WizardServices{}};
    QSignalSpy results(&state, &WizardState::resultsChanged);
    Diagnosis refused;
    refused.cause = Cause::RelayDenied;
    state.setFirstResult(ProbeResult{}, refused);
    AccountSettings proposed;
    proposed.port = 587;
    state.chooseFix(Fix::EnableAuth, proposed);
    QCOMPARE(state.chosenFix(), Fix::EnableAuth);
    QCOMPARE(state.proposed().port, quint16(587));
    Diagnosis ok;
    ok.cause = Cause::Ok;
    // The verdict while the test still runs: shown, not yet a fix tried.
    state.setRetestResult(ProbeResult{}, ok, false);
    QVERIFY(state.hasRetestResult());
    QVERIFY(state.fixesTried().isEmpty());
    QCOMPARE(state.latestDiagnosis().cause, Cause::Ok);
    // Cancelled: not tried either.
    ProbeResult aborted;
    aborted.aborted = true;
    state.setRetestResult(aborted, ok, true);
    QVERIFY(state.fixesTried().isEmpty());
    // Settings that could not be tested: not tried.
    ProbeResult invalid;
    invalid.inputError = Phrase("od::Test", "no server");
    state.setRetestResult(invalid, ok, true);
    QVERIFY(state.fixesTried().isEmpty());
    state.setRetestResult(ProbeResult{}, ok, true);
    QCOMPARE(state.fixesTried().size(), 1);
    QCOMPARE(state.fixesTried().constFirst().fix, Fix::EnableAuth);
    QCOMPARE(state.fixesTried().constFirst().result, Cause::Ok);
    QCOMPARE(results.size(), 5);
}

void TestWizardState::firstTestForgetsTheRetest()
{
    WizardState state{WizardServices{}};
    Diagnosis refused;
    refused.cause = Cause::RelayDenied;
    Diagnosis ok;
    ok.cause = Cause::Ok;
    state.setFirstResult(ProbeResult{}, refused);
    state.setRetestResult(ProbeResult{}, ok, true);
    QCOMPARE(state.latestDiagnosis().cause, Cause::Ok);
    state.setFirstResult(ProbeResult{}, refused);
    QVERIFY(!state.hasRetestResult());
    QCOMPARE(state.latestDiagnosis().cause, Cause::RelayDenied);
    QCOMPARE(state.fixesTried().size(), 1); // what was tried stays in the story
}

void TestWizardState::appliedChangeIsRecordedAndAnnounced()
{
    WizardState state{WizardServices{}};
    state.setFirstResult(ProbeResult{}, Diagnosis{});
    state.setRetestResult(ProbeResult{}, Diagnosis{}, true);
    QSignalSpy tried(&state, &WizardState::fixesTriedChanged);
    AppliedChange applied;
    applied.outcome = AppliedChange::Outcome::Applied;
    state.setApplied(5, applied); // no such attempt: nothing happens
    QCOMPARE(tried.size(), 0);
    state.setApplied(-1, applied);
    QCOMPARE(tried.size(), 0);
    state.setApplied(0, applied);
    QCOMPARE(tried.size(), 1);
    QCOMPARE(state.fixesTried().constFirst().applied.outcome, AppliedChange::Outcome::Applied);
}

void TestWizardState::pasteNamesTheTestRecipient()
{
    const QString bounce = QStringLiteral("<friend@elsewhere.test>: Recipient address rejected: Relay access denied\n"
                                          "554 5.7.1 <friend@elsewhere.test>: Relay access denied");
    WizardState state{WizardServices{}};
    QSignalSpy changed(&state, &WizardState::changed);
    state.setPastedText(bounce);
    QCOMPARE(state.pastedText(), bounce);
    QCOMPARE(state.paste().cause, Cause::RelayDenied);
    QCOMPARE(state.account().foreignRecipient, QStringLiteral("friend@elsewhere.test"));
    QVERIFY(changed.size() >= 1);
    // A recipient the user typed stays.
    AccountSettings a = state.account();
    a.foreignRecipient = QStringLiteral("mine@example.org");
    state.setAccount(a);
    state.setPastedText(bounce);
    QCOMPARE(state.account().foreignRecipient, QStringLiteral("mine@example.org"));
}

void TestWizardState::locationChosenOnceSet()
{
    WizardState state{WizardServices{}};
    QVERIFY(!state.locationChosen());
    QCOMPARE(state.location(), Location::Unknown);
    state.setLocation(Location::Unknown); // "not sure" is a choice too
    QVERIFY(state.locationChosen());
    state.setLocation(Location::Travel);
    QCOMPARE(state.location(), Location::Travel);
}

QTEST_GUILESS_MAIN(TestWizardState)
// A change no test can follow (the OAuth2 switch): recorded as tried but not tested, told so
// in the report, and undone from its backups, the last file written first; a failed undo
// leaves it recorded as applied.
void TestWizardState::untestedFixIsRecordedAndUndone()
{
    QStringList undone;
    bool undoFails = false;
    WizardServices services;
    services.undoChange = [&](const QString &backup) {
        ApplyResult r;
        if (undoFails)
            r.error = Phrase::fromText(QStringLiteral("the backup is gone"));
        else
            undone << backup;
        return r;
    };
    WizardState state(services);
    Diagnosis refused;
    refused.cause = Cause::PasswordLoginDisabled;
    state.setFirstResult(ProbeResult{}, refused);
    AppliedChange applied;
    applied.outcome = AppliedChange::Outcome::Applied;
    applied.client = QStringLiteral("thunderbird");
    applied.files = {QStringLiteral("/p/a"), QStringLiteral("/p/b")};
    applied.backups = {QStringLiteral("/p/a.bak"), QStringLiteral("/p/b.bak")};
    applied.changed = {QStringLiteral("mail.smtpserver.smtp1.authMethod")};
    QSignalSpy tried(&state, &WizardState::fixesTriedChanged);
    QCOMPARE(state.recordUntestedFix(Fix::UseModernAuth, applied), qsizetype(0));
    QCOMPARE(tried.size(), 1);
    QCOMPARE(state.fixesTried().size(), 1);
    QVERIFY(!state.fixesTried().constFirst().tested);

    const Report report = wizardReport(state);
    QCOMPARE(report.fixesTried.size(), 1);
    QCOMPARE(report.fixesTried.constFirst().fix, Fix::UseModernAuth);
    QCOMPARE(report.fixesTried.constFirst().outcome, ReportFixTried::Outcome::NotTested);
    QVERIFY(!report.fixesTried.constFirst().causeAfter);
    QCOMPARE(report.fixesTried.constFirst().settingsChange.outcome, ReportSettingsChange::Outcome::Applied);
    QCOMPARE(report.fixesTried.constFirst().settingsChange.backups, applied.backups);

    undoFails = true;
    QVERIFY(!state.undoApplied(0).ok());
    QCOMPARE(state.fixesTried().constFirst().applied.outcome, AppliedChange::Outcome::Applied);
    undoFails = false;
    QVERIFY(state.undoApplied(0).ok());
    QCOMPARE(undone, (QStringList{QStringLiteral("/p/b.bak"), QStringLiteral("/p/a.bak")}));
    QCOMPARE(state.fixesTried().constFirst().applied.outcome, AppliedChange::Outcome::Undone);
    QCOMPARE(wizardReport(state).fixesTried.constFirst().settingsChange.outcome, ReportSettingsChange::Outcome::Undone);
    // Nothing left to undo, and no such entry: an error, nothing touched.
    QVERIFY(!state.undoApplied(0).ok());
    QVERIFY(!state.undoApplied(5).ok());
    QCOMPARE(undone.size(), 2);
}

#include "tst_wizardstate.moc"
