// SPDX-License-Identifier: GPL-3.0-or-later
// Every fix has a panel on the Fix page (fixpanels/registry.cpp), and each panel's form says
// what is missing and proposes the settings its fix stands for. No server is contacted.
#include "accesskeys.h"
#include "accounts/accountwriter.h"
#include "accounts/clients/mailclient.h"
#include "clientinstructions.h"
#include "fixpanels/fixpanel.h"
#include "report/reportdocument.h"
#include "report/reportwriter.h"
#include "core/vocabulary.h"
#include "donepage.h"
#include "wizardreport.h"
#include "wizardtexts.h"
#include "wizardstate.h"
#include "wizarddriver.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QPlainTextEdit>
#include <QMetaEnum>
#include <QSpinBox>
#include <QTest>

#include <memory>

using namespace od;

namespace {

// The rows of the first table of a report's section.
QList<QStringList> tableRows(const ReportDocument &doc, const char *section)
{
    if (const ReportSection *s = doc.section(QLatin1String(section))) {
        for (const ReportBlock &b : s->blocks) {
            if (b.kind == ReportBlock::Kind::Table)
                return b.rows;
        }
    }
    return {};
}

// Thunderbird's prefs.js for alice@gmail.com signing in with a password on `port` (465: SSL/TLS).
QByteArray gmailPrefs(int port)
{
    QByteArray prefs = "user_pref(\"mail.identity.id1.smtpServer\", \"smtp1\");\n"
                       "user_pref(\"mail.identity.id1.useremail\", \"alice@gmail.com\");\n"
                       "user_pref(\"mail.smtpserver.smtp1.authMethod\", 3);\n"
                       "user_pref(\"mail.smtpserver.smtp1.hostname\", \"smtp.gmail.com\");\n"
                       "user_pref(\"mail.smtpserver.smtp1.port\", " + QByteArray::number(port) + ");\n";
    if (port == 465)
        prefs += "user_pref(\"mail.smtpserver.smtp1.try_ssl\", 3);\n";
    prefs += "user_pref(\"mail.smtpserver.smtp1.username\", \"alice@gmail.com\");\n";
    return prefs;
}

// That account picked from Thunderbird (its prefs.js at `prefsPath`), and the first test's
// verdict: Gmail wants another way to sign in than the password.
void pickRefusedGmail(WizardState &state, const QString &prefsPath, int port)
{
    AccountSettings a;
    a.email = QStringLiteral("alice@gmail.com");
    a.host = QStringLiteral("smtp.gmail.com");
    a.port = port;
    if (port == 465)
        a.security = Security::Tls;
    state.setAccount(a);
    Diagnosis refused;
    refused.cause = Cause::PasswordLoginDisabled;
    state.setFirstResult(ProbeResult{}, refused);
    MailAccount picked;
    picked.client = ClientId::Thunderbird;
    picked.source = prefsPath;
    picked.smtpRef = QStringLiteral("smtp1");
    picked.identityRef = QStringLiteral("id1");
    picked.email = a.email;
    picked.smtp.host = a.host;
    picked.smtp.port = port;
    if (port == 465)
        picked.smtp.security = Security::Tls;
    picked.smtp.auth = QString(AuthId::Plain);
    state.setPickedAccount(picked);
}

WizardServices withoutServerSuggestions()
{
    WizardServices services;
    services.suggestServers = false;
    return services;
}

// A Thunderbird profile (prefs.js in a temporary folder) whose Gmail account on `port` was refused
// for its password, picked in a wizard state of its own.
struct RefusedGmailProfile
{
    explicit RefusedGmailProfile(int port)
        : prefsPath(home.filePath(QStringLiteral("prefs.js")))
        , prefs(gmailPrefs(port))
        , state(withoutServerSuggestions())
    {
        ready = home.isValid() && odtest::writeFile(prefsPath, prefs);
        pickRefusedGmail(state, prefsPath, port);
    }
    QTemporaryDir home;
    const QString prefsPath;
    const QByteArray prefs;
    WizardState state;
    bool ready = false;
};

} // namespace

class TestFixPanels : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void everyFixHasAPanel();
    void valuesToEnterWhereTheMailProgramChanges();
    void login();
    void popBeforeSmtp();
    void senderAddress();
    void localServer();
    void contactProvider();
    void modernAuthGuidanceAndOAuth2Switch();
    void oauth2SwitchIsAFixTriedAndUndone();
    void donePageAfterAnUntestedChange();
    void donePageSaysWhatWasTested();
    void donePageAfterAnAppPasswordThenTheOAuth2Switch();

private:
    // A panel of the fix, filled from the state as the Fix page does.
    std::unique_ptr<FixPanel> panel(Fix fix)
    {
        std::unique_ptr<FixPanel> p(FixPanels::create(fix, m_state.get(), nullptr));
        p->load();
        return p;
    }
    template<typename T>
    static T *field(const FixPanel &panel, const char *name)
    {
        T *w = panel.findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no %s in the panel", name);
        return w;
    }

    std::unique_ptr<WizardState> m_state;
    ProbeResult m_first;
    Diagnosis m_diagnosis;
};

void TestFixPanels::init()
{
    WizardServices services;
    services.suggestServers = false; // nothing is looked up on the network
    m_state = std::make_unique<WizardState>(services);
    AccountSettings a;
    a.email = QStringLiteral("alice@example.org");
    a.host = QStringLiteral("smtp.example.org");
    a.port = 25;
    a.security = Security::None;
    m_state->setAccount(a);
    m_first = ProbeResult{};
    m_diagnosis = Diagnosis{};
    m_diagnosis.cause = Cause::RelayDenied;
    m_diagnosis.owner = Owner::You;
    m_state->setFirstResult(m_first, m_diagnosis);
}

void TestFixPanels::everyFixHasAPanel()
{
    const QMetaEnum fixes = QMetaEnum::fromType<Fix>();
    for (int i = 0; i < fixes.keyCount(); ++i) {
        const Fix fix = Fix(fixes.value(i));
        const std::unique_ptr<FixPanel> p = panel(fix);
        QVERIFY(p);
        QCOMPARE(p->fix(), fix);
        QCOMPARE(p->objectName(), QStringLiteral("fix%1Panel").arg(QLatin1String(fixes.key(i))));
        // Without a form to fill, nothing can be missing, and the account stays as it is.
        if (!MailClients::instructionPathFor(fix)) {
            QVERIFY2(p->missing().isEmpty(), fixes.key(i));
            QCOMPARE(p->proposedSettings().host, m_state->account().host);
        }
        QCOMPARE(p->retests(), fix != Fix::ContactProvider);
    }
}

void TestFixPanels::valuesToEnterWhereTheMailProgramChanges()
{
    const QMetaEnum fixes = QMetaEnum::fromType<Fix>();
    for (int i = 0; i < fixes.keyCount(); ++i) {
        const Fix fix = Fix(fixes.value(i));
        const QStringList values =
            ClientInstructions::settingsToEnter(QStringLiteral("thunderbird"), fix, m_state->account());
        // A fix with steps in the mail program lists the values to type there; the others have none.
        QCOMPARE(values.isEmpty(), !MailClients::instructionPathFor(fix).has_value());
        const QString html = ClientInstructions::html(QStringLiteral("thunderbird"), fix, m_state->account());
        QVERIFY2(!html.isEmpty(), fixes.key(i));
        for (const QString &v : values)
            QVERIFY2(html.contains(v.toHtmlEscaped()), qPrintable(v));
    }
}

void TestFixPanels::login()
{
    for (Fix fix : {Fix::EnableAuth, Fix::UseSubmissionPort, Fix::FixSecuritySetting, Fix::UseModernAuth}) {
        const std::unique_ptr<FixPanel> p = panel(fix);
        // Filled from the account: the address as the user name, the submission port with STARTTLS.
        QCOMPARE(field<QLineEdit>(*p, "authUserLineEdit")->text(), QStringLiteral("alice@example.org"));
        QCOMPARE(field<QSpinBox>(*p, "authPortSpinBox")->value(), 587);
        QVERIFY(p->missing().contains(QLatin1String("password")));
        QCOMPARE(p->waitingField(), field<QLineEdit>(*p, "authPasswordLineEdit"));
        field<QLineEdit>(*p, "authPasswordLineEdit")->setText(QStringLiteral("secret"));
        QVERIFY(p->missing().isEmpty());
        QCOMPARE(p->waitingField(), nullptr);
        QCOMPARE(p->password(), QStringLiteral("secret"));
        const AccountSettings a = p->proposedSettings();
        QVERIFY(a.authentication);
        QCOMPARE(a.user, QStringLiteral("alice@example.org"));
        QCOMPARE(a.port, quint16(587));
        QCOMPARE(a.security, Security::StartTls);
        field<QLineEdit>(*p, "authUserLineEdit")->clear();
        QVERIFY(p->missing().contains(QLatin1String("user name")));
    }
    // A port the first test found blocked is not proposed.
    Attempt blocked;
    blocked.endpoint.port = 587;
    m_first.attempts = {blocked};
    m_diagnosis.attemptCauses = {Cause::PortBlocked};
    m_state->setFirstResult(m_first, m_diagnosis);
    QCOMPARE(field<QSpinBox>(*panel(Fix::EnableAuth), "authPortSpinBox")->value(), 465);
}

void TestFixPanels::popBeforeSmtp()
{
    m_state->setPassword(QStringLiteral("from-the-account-page"));
    const std::unique_ptr<FixPanel> p = panel(Fix::PopBeforeSmtp);
    QCOMPARE(field<QLineEdit>(*p, "popHostLineEdit")->text(), QStringLiteral("pop.example.org"));
    QCOMPARE(p->password(), QStringLiteral("from-the-account-page"));
    QVERIFY(p->missing().isEmpty());
    field<QLineEdit>(*p, "popHostLineEdit")->setText(QStringLiteral("  "));
    QVERIFY(!p->missing().isEmpty());
    field<QLineEdit>(*p, "popHostLineEdit")->setText(QStringLiteral("pop3.example.org"));
    const AccountSettings a = p->proposedSettings();
    QVERIFY(a.popBeforeSmtp);
    QCOMPARE(a.incomingHost, QStringLiteral("pop3.example.org"));
    QCOMPARE(a.user, QStringLiteral("alice@example.org"));
}

void TestFixPanels::senderAddress()
{
    AccountSettings a = m_state->account();
    a.user = QStringLiteral("alice");
    a.email = QStringLiteral("alice@elsewhere.test");
    m_state->setAccount(a);
    const std::unique_ptr<FixPanel> p = panel(Fix::FixSenderAddress);
    auto *sender = field<QLineEdit>(*p, "senderLineEdit");
    QCOMPARE(sender->text(), QStringLiteral("alice@example.org")); // the local part at the provider's domain
    for (const char *bad : {"", "alice", "alice@", "@example.org", "alice@example", "a b@example.org"}) {
        sender->setText(QLatin1String(bad));
        QVERIFY2(!p->missing().isEmpty(), bad);
    }
    sender->setText(QStringLiteral(" Alice@Example.ORG "));
    QVERIFY(p->missing().isEmpty());
    QCOMPARE(p->proposedSettings().email, QStringLiteral("Alice@Example.ORG"));
}

void TestFixPanels::localServer()
{
    const std::unique_ptr<FixPanel> p = panel(Fix::UseLocalServer);
    QVERIFY(!p->missing().isEmpty()); // no other account's server, nothing typed
    field<QLineEdit>(*p, "localServerLineEdit")->setText(QStringLiteral("smtp.office.test:2525"));
    QVERIFY(p->missing().isEmpty());
    const AccountSettings a = p->proposedSettings();
    QCOMPARE(a.host, QStringLiteral("smtp.office.test"));
    QCOMPARE(a.port, quint16(2525));
    QCOMPARE(a.security, Security::Auto);
    QVERIFY(!a.authentication);
    field<QLineEdit>(*p, "localServerLineEdit")->setText(QStringLiteral("smtp.office.test"));
    QCOMPARE(p->proposedSettings().port, quint16(0));
}

void TestFixPanels::contactProvider()
{
    const std::unique_ptr<FixPanel> p = panel(Fix::ContactProvider);
    QVERIFY(!p->retests());
    auto *question = p->findChild<QPlainTextEdit *>(QStringLiteral("questionTextEdit"));
    QVERIFY(question);
    QVERIFY(!question->toPlainText().isEmpty());
}

void TestFixPanels::modernAuthGuidanceAndOAuth2Switch()
{
    QList<AccountChange> written;
    WizardServices services;
    services.suggestServers = false;
    services.applyChange = [&written](const MailAccount &account, const AccountChange &change) {
        written << change;
        ApplyResult r;
        r.files = {account.source};
        return r;
    };
    WizardState state(services);
    pickRefusedGmail(state, QStringLiteral("/profile/prefs.js"), 587);
    AccountSettings a = state.account();
    const MailAccount picked = state.pickedAccount();

    std::unique_ptr<FixPanel> p(FixPanels::create(Fix::UseModernAuth, &state, nullptr));
    p->load();
    QVERIFY(field<QLabel>(*p, "providerSignInLabel")->text().contains(QLatin1String("Gmail")));
    auto *button = field<QPushButton>(*p, "switchToOAuth2Button");
    QVERIFY(!button->isHidden());
    QVERIFY(!p->missing().isEmpty()); // the app password is still to be typed
    QVERIFY(p->retests());
    button->click();
    QCOMPARE(written.size(), 1);
    QCOMPARE(written.constFirst().auth, std::optional<QString>(QStringLiteral("oauth2")));
    QVERIFY(!written.constFirst().host && !written.constFirst().port && !written.constFirst().user);
    QVERIFY(button->isHidden());
    QVERIFY(field<QLabel>(*p, "switchToOAuth2ResultLabel")->text().contains(QLatin1String("OAuth2")));
    QVERIFY(p->missing().isEmpty()); // nothing left to test here: Next leads to the report
    QVERIFY(!p->retests());

    // What the writer makes of it in Thunderbird's prefs.js: authMethod 10 (nsMsgAuthMethod.OAuth2).
    const QString prefs = QStringLiteral("user_pref(\"mail.smtpserver.smtp1.hostname\", \"smtp.gmail.com\");\n"
                                         "user_pref(\"mail.smtpserver.smtp1.authMethod\", 3);\n");
    const TransformResult t = AccountWriter::transformThunderbirdPrefs(prefs, picked, written.constFirst());
    QVERIFY2(t.ok(), qPrintable(t.error.text()));
    QVERIFY2(t.text.contains(QLatin1String("user_pref(\"mail.smtpserver.smtp1.authMethod\", 10);")), qPrintable(t.text));

    // iCloud has no OAuth2 for mail programs: its guidance, and no switch.
    a.email = QStringLiteral("kim@icloud.com");
    a.host = QStringLiteral("smtp.mail.me.com");
    state.setAccount(a);
    p->load();
    QVERIFY(field<QLabel>(*p, "providerSignInLabel")->text().contains(QLatin1String("app-specific password")));
    QVERIFY(field<QPushButton>(*p, "switchToOAuth2Button")->isHidden());
    // A provider not in the table: the general advice.
    a.email = QStringLiteral("x@example.net");
    a.host = QStringLiteral("mail.example.net");
    state.setAccount(a);
    p->load();
    QVERIFY(field<QLabel>(*p, "providerSignInLabel")->text().contains(QLatin1String("app password")));
}

// The switch through the real settings writer on a Thunderbird profile: it is recorded as a fix
// tried that no test follows (the report says so), its undo button restores prefs.js from the
// backup byte for byte and records the undo, and the switch is offered again.
void TestFixPanels::oauth2SwitchIsAFixTriedAndUndone()
{
    RefusedGmailProfile profile(587);
    QVERIFY(profile.ready);
    const QString &prefsPath = profile.prefsPath;
    const QByteArray &prefs = profile.prefs;
    WizardState &state = profile.state;

    std::unique_ptr<FixPanel> p(FixPanels::create(Fix::UseModernAuth, &state, nullptr));
    p->load();
    auto *switchButton = field<QPushButton>(*p, "switchToOAuth2Button");
    auto *undo = field<QPushButton>(*p, "undoOAuth2SwitchButton");
    auto *result = field<QLabel>(*p, "switchToOAuth2ResultLabel");
    QVERIFY(undo->isHidden());
    switchButton->click();
    QVERIFY2(!undo->isHidden(), qPrintable(result->text()));
    QCOMPARE(state.fixesTried().size(), 1);
    const FixAttempt attempt = state.fixesTried().constFirst();
    QCOMPARE(attempt.fix, Fix::UseModernAuth);
    QVERIFY(!attempt.tested);
    QCOMPARE(attempt.applied.outcome, AppliedChange::Outcome::Applied);
    QCOMPARE(attempt.applied.files, QStringList{prefsPath});
    QCOMPARE(attempt.applied.backups.size(), 1);
    QVERIFY(result->text().contains(QDir::toNativeSeparators(attempt.applied.backups.constFirst())));
    {
        QFile f(prefsPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("user_pref(\"mail.smtpserver.smtp1.authMethod\", 10);"));
    }
    // The report tells the story: the fix, not tested, the file changed and its backup.
    const Report report = wizardReport(state);
    QCOMPARE(report.fixesTried.size(), 1);
    QCOMPARE(report.fixesTried.constFirst().outcome, ReportFixTried::Outcome::NotTested);
    QCOMPARE(report.fixesTried.constFirst().settingsChange.outcome, ReportSettingsChange::Outcome::Applied);
    QCOMPARE(report.fixesTried.constFirst().settingsChange.backups, attempt.applied.backups);
    QVERIFY(reportToText(report).contains(QLatin1String("After: not tested yet")));
    // Leaving the page and coming back: the switch still stands, with its undo.
    p->load();
    QVERIFY(!undo->isHidden());
    QVERIFY(p->missing().isEmpty());

    undo->click();
    QVERIFY(undo->isHidden());
    QVERIFY(!switchButton->isHidden());
    QVERIFY(result->text().startsWith(QLatin1String("Undone")));
    QCOMPARE(state.fixesTried().size(), 1);
    QCOMPARE(state.fixesTried().constFirst().applied.outcome, AppliedChange::Outcome::Undone);
    QVERIFY(!p->missing().isEmpty()); // the app password is to be tested again
    QVERIFY(p->retests());
    QFile f(prefsPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), prefs);
    QCOMPARE(wizardReport(state).fixesTried.constFirst().settingsChange.outcome, ReportSettingsChange::Outcome::Undone);
}

// After the OAuth2 switch Next leads to the Done page: it does not claim "still refused", says
// the change is not tested yet, and that the last step is sending from Thunderbird.
void TestFixPanels::donePageAfterAnUntestedChange()
{
    WizardState state{WizardServices{}};
    Diagnosis refused;
    refused.cause = Cause::PasswordLoginDisabled;
    state.setFirstResult(ProbeResult{}, refused);
    AppliedChange applied;
    applied.outcome = AppliedChange::Outcome::Applied;
    applied.client = ClientId::Thunderbird;
    applied.files = {QStringLiteral("/p/prefs.js")};
    applied.backups = {QStringLiteral("/p/prefs.js.bak")};
    state.recordUntestedFix(Fix::UseModernAuth, applied);
    DonePage page(&state);
    page.initializePage();
    QVERIFY(page.untestedChange());
    auto label = [&](const char *name) { return page.findChild<QLabel *>(QLatin1String(name))->text(); };
    QCOMPARE(label("resultHeadlineLabel"), QStringLiteral("Try it in Thunderbird"));
    QVERIFY2(!label("resultTextLabel").contains(QLatin1String("Still refused")), qPrintable(label("resultTextLabel")));
    QVERIFY2(label("fixesTriedLabel").contains(fixTitle(Fix::UseModernAuth) + QStringLiteral(": not tested yet")),
             qPrintable(label("fixesTriedLabel")));
    QVERIFY2(label("lastStepLabel").contains(QLatin1String("Last step: open Thunderbird and send yourself a message.")),
             qPrintable(label("lastStepLabel")));
    // Undone: the page no longer speaks of a change to try.
    applied.outcome = AppliedChange::Outcome::Undone;
    state.setApplied(0, applied);
    page.initializePage();
    QVERIFY(!page.untestedChange());
    QVERIFY(label("lastStepLabel").isEmpty());
}

// "Settings tested" names what the test used, as the user knows it: the sender, the server, the
// port the verdict rests on with the security it really had, the login, and the outcome.
void TestFixPanels::donePageSaysWhatWasTested()
{
    WizardState state{WizardServices{}};
    ProbeResult result;
    result.settings.host = QStringLiteral("smtp.example.com");
    result.settings.from = QStringLiteral("alice@example.com");
    result.settings.user = QStringLiteral("alice");
    Attempt blocked;
    blocked.endpoint = Endpoint{465, Security::Tls};
    Attempt used;
    used.endpoint = Endpoint{587, Security::Auto};
    used.security = Security::StartTls;
    used.authenticated = true;
    result.attempts = {blocked, used};
    Diagnosis ok;
    ok.cause = Cause::Ok;
    ok.attempt = 1;
    state.setFirstResult(result, ok);
    DonePage page(&state);
    page.initializePage();
    const QString text = page.findChild<QLabel *>(QStringLiteral("settingsSummaryLabel"))->text();
    QCOMPARE(text, QStringLiteral("Settings tested: alice@example.com through smtp.example.com, port 587 (STARTTLS), "
                                  "logged in as alice.\nResult: mail sent this way would be delivered."));
    // The same words in the report's list of fixes tried.
    QCOMPARE(WizardTexts::testedSettings(result, ok),
             QStringLiteral("alice@example.com through smtp.example.com, port 587 (STARTTLS), logged in as alice"));
    // Refused without a login: said so, with the cause.
    used.authenticated = false;
    used.security = Security::None;
    used.endpoint = Endpoint{25, Security::None};
    result.attempts = {used};
    result.settings.user.clear();
    Diagnosis relay;
    relay.cause = Cause::RelayDenied;
    relay.attempt = 0;
    state.setFirstResult(result, relay);
    page.initializePage();
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("settingsSummaryLabel"))->text(),
             QStringLiteral("Settings tested: alice@example.com through smtp.example.com, port 25 (no encryption), no "
                            "login.\nResult: %1.")
                 .arg(causeTitle(Cause::RelayDenied)));
}

// An app password tested and working, the Done page, Back, then the switch to OAuth2 instead:
// the Done page tells the switch only — not tested yet, try it in Thunderbird, its undo — with
// no proposal left from the retest that would change the sign-in back, and the fix once.
void TestFixPanels::donePageAfterAnAppPasswordThenTheOAuth2Switch()
{
    RefusedGmailProfile profile(465);
    QVERIFY(profile.ready);
    const QString &prefsPath = profile.prefsPath;
    const QByteArray &prefs = profile.prefs;
    WizardState &state = profile.state;
    const AccountSettings a = state.account();

    // The app password, on the submission port, tested: it works.
    std::unique_ptr<FixPanel> p(FixPanels::create(Fix::UseModernAuth, &state, nullptr));
    p->load();
    field<QLineEdit>(*p, "authPasswordLineEdit")->setText(QStringLiteral("app-password"));
    field<QSpinBox>(*p, "authPortSpinBox")->setValue(587);
    state.chooseFix(Fix::UseModernAuth, p->proposedSettings());
    ProbeResult retest;
    retest.settings.host = a.host;
    retest.settings.from = a.email;
    retest.settings.user = a.email;
    Attempt used;
    used.endpoint = Endpoint{587, Security::StartTls};
    used.security = Security::StartTls;
    used.authenticated = true;
    retest.attempts = {used};
    Diagnosis ok;
    ok.cause = Cause::Ok;
    ok.attempt = 0;
    state.setRetestResult(retest, ok, true);

    DonePage page(&state);
    page.initializePage();
    auto label = [&](const char *name) { return page.findChild<QLabel *>(QLatin1String(name))->text(); };
    auto shown = [&](const char *name) { return page.findChild<QWidget *>(QLatin1String(name))->isVisibleTo(&page); };
    QVERIFY(page.isSolved());
    QVERIFY2(shown("applyChangesPushButton"), "the tested settings are offered for Thunderbird");

    // Back on the Fix page: Thunderbird signs in with OAuth2 instead.
    field<QPushButton>(*p, "switchToOAuth2Button")->click();
    QVERIFY(!p->retests());
    QCOMPARE(state.fixesTried().size(), 2);
    page.initializePage();
    QVERIFY(page.untestedChange());
    QVERIFY(!page.isSolved());
    QCOMPARE(label("resultHeadlineLabel"), QStringLiteral("Try it in Thunderbird"));
    QVERIFY(label("lastStepLabel").contains(QLatin1String("open Thunderbird and send yourself a message")));
    QVERIFY(shown("undoUntestedChangeButton"));
    // What to do when it is refused names the undo button just below, by its label on screen.
    auto *undo = page.findChild<QPushButton *>(QStringLiteral("undoUntestedChangeButton"));
    QCOMPARE(AccessKeys::withoutKey(undo->text()), QStringLiteral("Undo the change"));
    QVERIFY2(label("lastStepLabel").contains(QLatin1String("If the message is refused again, click \"Undo the change\" below "
                                                           "to put the settings of Thunderbird back as they were.")),
             qPrintable(label("lastStepLabel")));
    QVERIFY2(!label("lastStepLabel").contains(QLatin1String("go back")), qPrintable(label("lastStepLabel")));
    // No proposal to change the sign-in (or the port) back, anywhere on the page.
    QVERIFY(!shown("applyChangesGroupBox"));
    QVERIFY(!shown("settingsSummaryLabel"));
    for (const QLabel *l : page.findChildren<QLabel *>()) {
        if (l->isVisibleTo(&page))
            QVERIFY2(!l->text().contains(QChar(0x2192)), qPrintable(l->text())); // "old → new"
    }
    // The fix once, with its latest outcome.
    const QString tried = label("fixesTriedLabel");
    QCOMPARE(tried.count(fixTitle(Fix::UseModernAuth)), 1);
    QVERIFY2(tried.contains(fixTitle(Fix::UseModernAuth) + QStringLiteral(": not tested yet")), qPrintable(tried));
    QVERIFY2(!tried.contains(causeTitle(Cause::Ok)), qPrintable(tried));
    // The report tells it as the page does: the fix once, as it stands, with its two attempts;
    // the attempts one by one in the technical part.
    {
        const ReportDocument doc = buildReportDocument(wizardReport(state));
        const QList<QStringList> fixes = tableRows(doc, "story");
        QCOMPARE(fixes.size(), 1);
        QCOMPARE(fixes.constFirst().value(0), fixTitle(Fix::UseModernAuth));
        QCOMPARE(fixes.constFirst().value(2), QStringLiteral("not tested yet"));
        QCOMPARE(fixes.constFirst().value(3), QStringLiteral("2"));
        const QList<QStringList> attempts = tableRows(doc, "attempts");
        QCOMPARE(attempts.size(), 2);
        QCOMPARE(attempts.at(0).value(3), QStringLiteral("solved the problem: ") + causeTitle(Cause::Ok));
        QCOMPARE(attempts.at(1).value(3), QStringLiteral("not tested yet"));
    }

    // An undo that fails (the backup is a folder now): the page says why and how to put the old
    // file back by hand, and no longer points at the button.
    const QString backup = state.fixesTried().constLast().applied.backups.value(0);
    QVERIFY(!backup.isEmpty());
    QVERIFY(QFile::rename(backup, backup + QLatin1String(".aside")));
    QVERIFY(QDir().mkdir(backup));
    undo->click();
    QVERIFY(page.untestedChange());
    QVERIFY2(label("lastStepLabel").contains(QLatin1String("The change could not be undone: ")), qPrintable(label("lastStepLabel")));
    QVERIFY2(label("lastStepLabel").contains(QStringLiteral("To put the old settings back by hand, close Thunderbird and copy %1 "
                                                            "over %2.")
                                                 .arg(QDir::toNativeSeparators(backup), QDir::toNativeSeparators(prefsPath))),
             qPrintable(label("lastStepLabel")));
    QVERIFY2(!label("lastStepLabel").contains(QLatin1String("click \"")), qPrintable(label("lastStepLabel")));
    QVERIFY(QDir().rmdir(backup));
    QVERIFY(QFile::rename(backup + QLatin1String(".aside"), backup));

    // Undone from the Done page: the file is as it was, and the Fix page offers the switch again.
    undo->click();
    QCOMPARE(state.fixesTried().constLast().applied.outcome, AppliedChange::Outcome::Undone);
    {
        QFile f(prefsPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), prefs);
    }
    QVERIFY(!shown("undoUntestedChangeButton"));
    QVERIFY(!page.untestedChange());
    QVERIFY2(label("fixesTriedLabel").contains(fixTitle(Fix::UseModernAuth) + QStringLiteral(": changed, then undone")),
             qPrintable(label("fixesTriedLabel")));
    QCOMPARE(tableRows(buildReportDocument(wizardReport(state)), "story").value(0).value(2), QStringLiteral("changed, then undone"));
    QVERIFY(!field<QPushButton>(*p, "switchToOAuth2Button")->isHidden());
    QVERIFY(field<QPushButton>(*p, "undoOAuth2SwitchButton")->isHidden());
    QVERIFY(p->retests());
}

QTEST_MAIN(TestFixPanels)
#include "tst_fixpanels.moc"
