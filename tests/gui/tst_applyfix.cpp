// SPDX-License-Identifier: GPL-3.0-or-later
// "Apply for me" on the Done page, against the Postfix + Dovecot test bed: a fake home
// (OD_HOME_OVERRIDE) holds an msmtp config and a Thunderbird profile that send through the
// bed's port-25-like server without a login. Travelling, relaying is refused; turning on
// authentication is tested again and works; then the wizard changes the mail program's file
// (only the lines concerned, a backup beside it, no password) and undoes it byte for byte.
// Thunderbird's file is left alone while Thunderbird holds its profile lock.
// With OD_SCREENSHOT_DIR set (run under Xvfb, QT_QPA_PLATFORM=xcb) it saves the Done page.
#include "accounts/accountsettings.h"
#include "accounts/clients/mailclient.h"
#include "applychangespanel.h"
#include "core/languages.h"
#include "core/vocabulary.h"
#include "donepage.h"
#include "outboxwizard.h"
#include "report/reportwriter.h"
#include "testbed.h"
#include "wizarddriver.h"
#include "testpage.h"
#include "wizardstate.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMetaEnum>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace od;

Q_DECLARE_METATYPE(od::MailAccount)
Q_DECLARE_METATYPE(od::AccountSettings)

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

// Lines with their line endings, so "the rest is the same" means byte for byte.
QList<QByteArray> linesOf(const QByteArray &data)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    while (start < data.size()) {
        qsizetype end = data.indexOf('\n', start);
        end = end < 0 ? data.size() : end + 1;
        lines.append(data.mid(start, end - start));
        start = end;
    }
    return lines;
}

// `data` without the lines whose first word (after indentation) is one of `keys`.
QList<QByteArray> without(const QByteArray &data, const QList<QByteArray> &keys)
{
    QList<QByteArray> kept;
    for (const QByteArray &line : linesOf(data)) {
        const QByteArray word = line.trimmed().split(' ').constFirst();
        if (!keys.contains(word))
            kept.append(line);
    }
    return kept;
}

// The `key` line's value, space-separated, as the file now has it.
QByteArray msmtpValue(const QByteArray &data, const QByteArray &key)
{
    QByteArray value;
    for (const QByteArray &line : linesOf(data)) {
        const QByteArray s = line.simplified();
        if (s.startsWith(key + ' '))
            value = s.mid(key.size() + 1);
    }
    return value;
}

QStringList backupsIn(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.outbox-doctor-*.bak")}, QDir::Files | QDir::Hidden);
}

} // namespace

class TestApplyFix : public QObject, private odtest::WizardDriver
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void changeFor_data();
    void changeFor();
    void notOfferedForOtherClientsOrTyped();
    void accountPageScansTheHomeOverride();
    void msmtpApplyAndUndo();
    void thunderbirdRefusedWhileRunning();
    void hotelStoryKeyboardActions();

private:
    bool needBed();
    void makeWizard() { WizardDriver::makeWizard(WizardServices::fromEnvironment(), {false, m_autoAdvance}); }
    // Welcome → travelling → the detected account of `client` → relay denied → authentication
    // on the submission port with STARTTLS → tested again: works → Done.
    void travelToDoneWithAuthentication(const QString &client);
    void shoot(const QString &name);

    odtest::TestBed m_bed;
    bool m_haveBed = false;
    bool m_autoAdvance = false; // makeWizard(): finished tests move on by themselves
    QString m_why;
    std::unique_ptr<QTemporaryDir> m_home;
    QString m_msmtprc, m_profile, m_prefs;
    QByteArray m_msmtpOriginal, m_prefsOriginal;
};

bool TestApplyFix::needBed()
{
    if (!m_haveBed)
        qWarning("test bed not available: %s", qPrintable(m_why));
    return m_haveBed;
}

void TestApplyFix::initTestCase()
{
    odtest::prepareWizardTest(odtest::AccountScan::On);
    m_haveBed = m_bed.load(&m_why);
    installLanguage(QStringLiteral("en"));
}

void TestApplyFix::init()
{
    // A fresh fake home for every test: the wizard's scanner looks only there.
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    qputenv("OD_HOME_OVERRIDE", QFile::encodeName(m_home->path()));
    qputenv("OD_SOURCE_ADDRESS", "127.0.0.3"); // "elsewhere": not on the provider's network
    qputenv("OD_EXTRA_CA_FILE", m_haveBed ? m_bed.value("CA_FILE").toLocal8Bit() : QByteArray());
    const QByteArray port = QByteArray::number(m_haveBed ? m_bed.port("SMTP_PORT") : 25);

    // msmtp: comments, alignment and a non-ASCII name that must survive byte for byte.
    m_msmtprc = m_home->filePath(QStringLiteral(".msmtprc"));
    m_msmtpOriginal = "# msmtp for Zoë's laptop: the home provider, no login needed at home\n"
                      "defaults\n"
                      "logfile        ~/.msmtp.log\n"
                      "\n"
                      "account        home\n"
                      "host           localhost\n"
                      "port           " + port + "\n"
                      "from           alice@home.test\n"
                      "tls            off\n"
                      "\n"
                      "# the end of the file\n";
    QVERIFY(odtest::writeFile(m_msmtprc, m_msmtpOriginal));
    QVERIFY(QFile::setPermissions(m_msmtprc, QFile::ReadOwner | QFile::WriteOwner));

    // Thunderbird: one profile, one identity on one SMTP server without a login.
    m_profile = m_home->filePath(QStringLiteral(".thunderbird/k3x9.default-release"));
    QVERIFY(odtest::writeFile(m_home->filePath(QStringLiteral(".thunderbird/profiles.ini")),
                     "[Profile0]\nName=default-release\nIsRelative=1\nPath=k3x9.default-release\nDefault=1\n\n"
                     "[General]\nStartWithLastProfile=1\nVersion=2\n"));
    m_prefs = m_profile + QStringLiteral("/prefs.js");
    m_prefsOriginal = "// Mozilla User Preferences\n"
                      "\n"
                      "user_pref(\"mail.account.account1.identities\", \"id1\");\n"
                      "user_pref(\"mail.account.account1.server\", \"server1\");\n"
                      "user_pref(\"mail.accountmanager.accounts\", \"account1\");\n"
                      "user_pref(\"mail.accountmanager.defaultaccount\", \"account1\");\n"
                      "user_pref(\"mail.identity.id1.fullName\", \"Zoë Example\");\n"
                      "user_pref(\"mail.identity.id1.smtpServer\", \"smtp1\");\n"
                      "user_pref(\"mail.identity.id1.useremail\", \"alice@home.test\");\n"
                      "user_pref(\"mail.server.server1.hostname\", \"localhost\");\n"
                      "user_pref(\"mail.server.server1.type\", \"imap\");\n"
                      "user_pref(\"mail.server.server1.userName\", \"zoe\");\n"
                      "user_pref(\"mail.smtp.defaultserver\", \"smtp1\");\n"
                      "user_pref(\"mail.smtpserver.smtp1.authMethod\", 1);\n"
                      "user_pref(\"mail.smtpserver.smtp1.hostname\", \"localhost\");\n"
                      "user_pref(\"mail.smtpserver.smtp1.port\", " + port + ");\n"
                      "user_pref(\"mail.smtpserver.smtp1.try_ssl\", 0);\n"
                      "user_pref(\"mail.smtpservers\", \"smtp1\");\n";
    QVERIFY(odtest::writeFile(m_prefs, m_prefsOriginal));
}

void TestApplyFix::cleanup()
{
    m_wizard.reset();
    m_home.reset();
    qunsetenv("OD_HOME_OVERRIDE");
    installLanguage(QStringLiteral("en"));
}

void TestApplyFix::shoot(const QString &name)
{
    if (qEnvironmentVariableIsEmpty("OD_SCREENSHOT_DIR"))
        return;
    QTest::qWait(150);
    QVERIFY(odtest::saveScreenshot(m_wizard.get(), QStringLiteral("%1_%2").arg(name, currentLanguage())));
}

void TestApplyFix::travelToDoneWithAuthentication(const QString &client)
{
    makeWizard();
    chooseLocation("locationTravelButton");
    chooseText("detectedAccountComboBox", MailClients::displayName(client));
    QCOMPARE(m_wizard->state()->pickedAccount().client, client);
    QCOMPARE(child<QLineEdit>("hostLineEdit")->text(), QStringLiteral("localhost"));
    QCOMPARE(child<QSpinBox>("portSpinBox")->value(), int(m_bed.port("SMTP_PORT")));
    pressNext();
    QVERIFY(waitForTest(OutboxWizard::TestPage));
    QCOMPARE(m_wizard->state()->firstDiagnosis().cause, Cause::RelayDenied);
    pressNext();
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::DiagnosisPage));
    pressNext();
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::FixPage));
    QVERIFY(child<QRadioButton>("fixEnableAuthRadioButton")->isChecked());
    typeText("authUserLineEdit", m_bed.value("USER"));
    typeText("authPasswordLineEdit", m_bed.value("PASSWORD"));
    typeNumber("authPortSpinBox", m_bed.port("SUBMISSION_PORT"));
    chooseData("authSecurityComboBox", int(Security::StartTls));
    pressNext();
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::RetestPage));
    QVERIFY(waitForTest(OutboxWizard::RetestPage));
    QCOMPARE(m_wizard->state()->retestDiagnosis().cause, Cause::Ok);
    pressNext();
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::DonePage));
    QCOMPARE(child<QLabel>("resultHeadlineLabel")->text(), QStringLiteral("It works"));
}

// ---------------------------------------------------------------------------------------------

// The server took the whole test on this attempt: the diagnosis rests on it.
static Attempt acceptedAttempt(Attempt a)
{
    a.finished = true;
    a.steps << StepRecord{Step::RcptForeign, true, {}, 0, QStringLiteral("friend@elsewhere.test")};
    return a;
}

void TestApplyFix::changeFor_data()
{
    QTest::addColumn<MailAccount>("file");
    QTest::addColumn<AccountSettings>("verified");
    QTest::addColumn<ProbeResult>("retest");
    QTest::addColumn<QStringList>("expected"); // "setting=value" of the change, in a fixed order

    MailAccount msmtp;
    msmtp.client = ClientId::Msmtp;
    msmtp.email = QStringLiteral("alice@home.test");
    msmtp.smtp = {QStringLiteral("smtp.home.test"), 25, Security::None, QString(AuthId::None), {}};
    msmtp.identityRef = msmtp.smtpRef = QStringLiteral("home");
    AccountSettings typedAsFile = AccountConversion::fromMailAccount(msmtp);

    AccountSettings auth = typedAsFile;
    auth.authentication = true;
    auth.user = QStringLiteral("alice");
    auth.port = 587;
    auth.security = Security::StartTls;
    QTest::newRow("enable-auth") << msmtp << auth << ProbeResult()
                                 << QStringList{QStringLiteral("port=587"), QStringLiteral("security=StartTls"),
                                                QStringLiteral("auth=password-cleartext"), QStringLiteral("user=alice")};

    // Logged in with CRAM-MD5 where the server offers nothing else: "encrypted password".
    ProbeResult cramOnly;
    Attempt cram;
    cram.authenticated = true;
    cram.authMechanism = QStringLiteral("CRAM-MD5");
    cram.capabilities.authMechanisms = {QStringLiteral("CRAM-MD5")};
    cramOnly.attempts = {acceptedAttempt(cram)};
    QTest::newRow("enable-auth-cram-only") << msmtp << auth << cramOnly
                                           << QStringList{QStringLiteral("port=587"), QStringLiteral("security=StartTls"),
                                                          QStringLiteral("auth=password-encrypted"), QStringLiteral("user=alice")};
    cramOnly.attempts.first().capabilities.authMechanisms << QStringLiteral("PLAIN");
    QTest::newRow("enable-auth-cram-and-plain") << msmtp << auth << cramOnly
                                                << QStringList{QStringLiteral("port=587"), QStringLiteral("security=StartTls"),
                                                               QStringLiteral("auth=password-cleartext"), QStringLiteral("user=alice")};

    AccountSettings plain = auth;
    plain.authMechanism = QStringLiteral("PLAIN");
    QTest::newRow("enable-auth-plain") << msmtp << plain << ProbeResult()
                                       << QStringList{QStringLiteral("port=587"), QStringLiteral("security=StartTls"),
                                                      QStringLiteral("auth=plain"), QStringLiteral("user=alice")};

    // A file that logs in already with "any password method" keeps it.
    MailAccount loggingIn = msmtp;
    loggingIn.smtp = {QStringLiteral("smtp.home.test"), 587, Security::StartTls, QString(AuthId::Any), QStringLiteral("al")};
    QTest::newRow("same-auth-new-user") << loggingIn << auth << ProbeResult() << QStringList{QStringLiteral("user=alice")};

    // The network's own server on "automatic": port and encryption of the endpoint that worked,
    // and no login (the test went through without one).
    MailAccount tb = loggingIn;
    tb.client = ClientId::Thunderbird;
    tb.identityRef = QStringLiteral("id1");
    tb.smtpRef = QStringLiteral("smtp1");
    AccountSettings local = AccountConversion::fromMailAccount(tb);
    local.host = QStringLiteral("mail.office.example");
    local.port = 0;
    local.security = Security::Auto;
    local.authentication = false;
    ProbeResult worked;
    Attempt a465, a25;
    a465.endpoint = {465, Security::Tls};
    a465.security = Security::Tls;
    a25.endpoint = {25, Security::Auto};
    a25.security = Security::StartTls;
    worked.attempts = {a465, acceptedAttempt(a25)};
    QTest::newRow("local-server-auto") << tb << local << worked
                                       << QStringList{QStringLiteral("host=mail.office.example"), QStringLiteral("port=25"),
                                                      QStringLiteral("auth=none")};

    AccountSettings sender = AccountConversion::fromMailAccount(tb);
    sender.email = QStringLiteral("alice@provider.example");
    QTest::newRow("sender") << tb << sender << ProbeResult() << QStringList{QStringLiteral("from=alice@provider.example")};

    // Host names compare without case; the same settings change nothing.
    AccountSettings same = AccountConversion::fromMailAccount(tb);
    same.host = QStringLiteral("SMTP.Home.Test");
    QTest::newRow("nothing") << tb << same << ProbeResult() << QStringList();

    // msmtp has no reply-to: a typed one is not part of the change.
    AccountSettings replyTo = typedAsFile;
    replyTo.replyTo = QStringLiteral("replies@home.test");
    QTest::newRow("msmtp-no-reply-to") << msmtp << replyTo << ProbeResult() << QStringList();
    QTest::newRow("thunderbird-reply-to") << tb << [&] {
        AccountSettings s = AccountConversion::fromMailAccount(tb);
        s.replyTo = QStringLiteral("replies@home.test");
        return s;
    }() << ProbeResult() << QStringList{QStringLiteral("replyTo=replies@home.test")};
}

void TestApplyFix::changeFor()
{
    QFETCH(MailAccount, file);
    QFETCH(AccountSettings, verified);
    QFETCH(ProbeResult, retest);
    QFETCH(QStringList, expected);
    const AccountChange c = ApplyChangesPanel::changeFor(file, verified, retest);
    QStringList got;
    if (c.host) got << QStringLiteral("host=") + *c.host;
    if (c.port) got << QStringLiteral("port=%1").arg(*c.port);
    if (c.security) got << QStringLiteral("security=") + QString::fromLatin1(QMetaEnum::fromType<Security>().valueToKey(int(*c.security)));
    if (c.auth) got << QStringLiteral("auth=") + *c.auth;
    if (c.user) got << QStringLiteral("user=") + *c.user;
    if (c.from) got << QStringLiteral("from=") + *c.from;
    if (c.replyTo) got << QStringLiteral("replyTo=") + *c.replyTo;
    QCOMPARE(got, expected);
    QCOMPARE(ApplyChangesPanel::rows(file, c).size(), expected.size());
    if (!c.isEmpty())
        QCOMPARE(AccountWriter::validate(file, c).sourceText(), QString());
}

void TestApplyFix::notOfferedForOtherClientsOrTyped()
{
    // A verified fix for an account of a program whose file is not ours to change, or typed.
    WizardState state{WizardServices{}};
    Diagnosis ok;
    ok.cause = Cause::Ok;
    state.setFirstResult(ProbeResult{}, Diagnosis{});
    AccountSettings proposed;
    proposed.host = QStringLiteral("smtp.home.test");
    proposed.port = 587;
    proposed.security = Security::StartTls;
    proposed.authentication = true;
    proposed.user = QStringLiteral("alice");
    proposed.email = QStringLiteral("alice@home.test");
    state.chooseFix(Fix::EnableAuth, proposed);
    state.setRetestResult(ProbeResult{}, ok, true);
    for (const QLatin1String client : {ClientId::Outlook, ClientId::AppleMail, ClientId::Evolution, ClientId::ClawsMail,
                                       ClientId::NeoMutt, QLatin1String()}) {
        MailAccount picked;
        picked.client = client;
        picked.smtp.host = QStringLiteral("smtp.home.test");
        picked.smtp.port = 25;
        state.setPickedAccount(picked);
        ApplyChangesPanel panel(&state);
        panel.refresh();
        QVERIFY2(!panel.isOffered(), client.data());
        QVERIFY(panel.isHidden());
        QVERIFY(panel.findChild<QPushButton *>(QStringLiteral("applyChangesPushButton"))->isHidden());
    }
    // A writable client, but the account is no longer in its file: the reason, no button.
    MailAccount picked = state.pickedAccount();
    picked.client = ClientId::Msmtp;
    picked.identityRef = picked.smtpRef = QStringLiteral("elsewhere");
    picked.source = m_msmtprc;
    state.setPickedAccount(picked);
    ApplyChangesPanel panel(&state);
    panel.refresh();
    QVERIFY(!panel.isOffered());
    QVERIFY(!panel.isHidden());
    QVERIFY(panel.findChild<QPushButton *>(QStringLiteral("applyChangesPushButton"))->isHidden());
    const QString reason = panel.findChild<QLabel *>(QStringLiteral("applyChangesListLabel"))->text();
    QVERIFY2(reason.contains(QLatin1String("cannot change this for you")), qPrintable(reason));
    // The account that is there: offered, once the fix is verified.
    picked.identityRef = picked.smtpRef = QStringLiteral("home");
    state.setPickedAccount(picked);
    panel.refresh();
    QVERIFY(panel.isOffered());
    Diagnosis refused;
    refused.cause = Cause::RelayDenied;
    state.setRetestResult(ProbeResult{}, refused, true);
    panel.refresh();
    QVERIFY(!panel.isOffered());
    QVERIFY(panel.isHidden());
}

void TestApplyFix::accountPageScansTheHomeOverride()
{
    makeWizard();
    QTest::mouseClick(child<QAbstractButton>("locationHomeButton"), Qt::LeftButton, {}, QPoint(8, 8));
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::AccountPage));
    QVERIFY(waitForAccountList());
    auto *combo = child<QComboBox>("detectedAccountComboBox");
    QVERIFY(combo->isVisible());
    QCOMPARE(combo->count(), 3); // "type it myself", Thunderbird's, msmtp's
    QVERIFY(combo->itemText(1).contains(QLatin1String("Thunderbird")));
    QVERIFY(combo->itemText(2).contains(QLatin1String("msmtp")));
    // The first one found is picked and shown as a short card; the form stays folded away.
    QCOMPARE(m_wizard->state()->pickedAccount().client, QStringLiteral("thunderbird"));
    QVERIFY(child<QWidget>("accountCardFrame")->isVisible());
    QVERIFY(!child<QWidget>("accountFormWidget")->isVisible());
    QVERIFY(child<QLabel>("accountCardLabel")->text().contains(QLatin1String("alice@home.test")));
    QVERIFY(child<QLabel>("accountCardLabel")->text().contains(QLatin1String("no login")));
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    chooseText("detectedAccountComboBox", QStringLiteral("msmtp"));
    QCOMPARE(m_wizard->state()->pickedAccount().source, m_msmtprc);
    QCOMPARE(child<QLineEdit>("emailLineEdit")->text(), QStringLiteral("alice@home.test"));
    // Back to typing: nothing is picked any more.
    chooseText("detectedAccountComboBox", QStringLiteral("Type"));
    QVERIFY(m_wizard->state()->pickedAccount().client.isEmpty());
    QVERIFY(child<QWidget>("accountFormWidget")->isVisible());
    QVERIFY(!child<QWidget>("accountCardFrame")->isVisible());
    // "Change settings…" on the card opens the whole form with the account's values.
    chooseText("detectedAccountComboBox", QStringLiteral("Thunderbird"));
    QVERIFY(child<QWidget>("accountCardFrame")->isVisible());
    pressMnemonic(child<QAbstractButton>("changeSettingsButton"));
    QVERIFY(child<QWidget>("accountFormWidget")->isVisible());
    QCOMPARE(child<QLineEdit>("hostLineEdit")->text(), QStringLiteral("localhost"));
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>("emailLineEdit"));
}

void TestApplyFix::msmtpApplyAndUndo()
{
    if (!needBed())
        QSKIP("no test bed");
    travelToDoneWithAuthentication(ClientId::Msmtp);
    if (QTest::currentTestFailed())
        return;
    const QByteArray submission = QByteArray::number(m_bed.port("SUBMISSION_PORT"));
    const QString password = m_bed.value("PASSWORD");

    // The offer: what changes, old → new, and in which file; the instructions stay.
    auto *panel = child<QWidget>("applyChangesGroupBox");
    QVERIFY(panel && panel->isVisible());
    QVERIFY(child<QTextBrowser>("doneInstructionsTextBrowser")->isVisible());
    const QString list = child<QLabel>("applyChangesListLabel")->text();
    QVERIFY2(list.contains(QStringLiteral("Port: %1 → %2").arg(m_bed.port("SMTP_PORT")).arg(m_bed.port("SUBMISSION_PORT"))),
             qPrintable(list));
    QVERIFY2(list.contains(QStringLiteral("Encryption: None (unencrypted) → STARTTLS")), qPrintable(list));
    // "Normal password", as the instructions say, though the test logged in with CRAM-MD5:
    // the bed offers PLAIN and LOGIN too.
    QVERIFY2(list.contains(QStringLiteral("Authentication: No login → Normal password")), qPrintable(list));
    QVERIFY2(list.contains(QStringLiteral("User name: not set → %1").arg(m_bed.value("USER"))), qPrintable(list));
    QVERIFY2(list.contains(QDir::toNativeSeparators(m_msmtprc)), qPrintable(list));
    QVERIFY(!list.contains(password));
    auto *apply = child<QPushButton>("applyChangesPushButton");
    QVERIFY(apply->isVisible());
    QCOMPARE(apply->accessibleName(), QStringLiteral("Change these settings in msmtp for me"));
    QVERIFY(apply->focusPolicy() & Qt::TabFocus);
    auto *undo = child<QPushButton>("undoChangesPushButton");
    QVERIFY(!undo->isVisible());
    QVERIFY(!undo->accessibleName().isEmpty());
    QVERIFY(backupsIn(m_home->path()).isEmpty());
    shoot(QStringLiteral("done-apply-offer"));
    // A language switch re-renders the offer (German: the translation that ships).
    const QString english = apply->text();
    installLanguage(QStringLiteral("de"));
    QTRY_VERIFY_WITH_TIMEOUT(apply->text() != english, 2000);
    QVERIFY(apply->isVisible());
    QVERIFY(!child<QLabel>("applyChangesListLabel")->text().contains(QLatin1String("What changes")));
    shoot(QStringLiteral("done-apply-offer"));
    installLanguage(QStringLiteral("en"));
    QTRY_COMPARE_WITH_TIMEOUT(apply->text(), english, 2000);

    // Apply, from the keyboard.
    pressMnemonic(apply);
    const QByteArray now = readAll(m_msmtprc);
    QCOMPARE(msmtpValue(now, "port"), submission);
    QCOMPARE(msmtpValue(now, "tls"), QByteArray("on"));
    QCOMPARE(msmtpValue(now, "tls_starttls"), QByteArray()); // STARTTLS is msmtp's default with tls on
    QCOMPARE(msmtpValue(now, "auth"), QByteArray("on"));
    QCOMPARE(msmtpValue(now, "user"), m_bed.value("USER").toUtf8());
    QCOMPARE(msmtpValue(now, "host"), QByteArray("localhost")); // the host did not change
    QVERIFY(!now.contains(password.toUtf8()));
    QVERIFY(!now.contains("password"));
    // Everything else byte for byte, in order; the new lines sit in the account's block, aligned.
    const QList<QByteArray> changedKeys = {"port", "tls", "auth", "user"};
    QCOMPARE(without(now, changedKeys), without(m_msmtpOriginal, changedKeys));
    const QByteArray user = m_bed.value("USER").toUtf8();
    const qsizetype blockEnd = now.indexOf("\n\n# the end");
    for (const QByteArray &line : {QByteArray("tls            on\n"), QByteArray("auth           on\n"),
                                   "user           " + user + "\n"}) {
        const qsizetype at = now.indexOf(line);
        QVERIFY2(at > now.indexOf("account        home\n") && at < blockEnd, now.constData());
    }
    // New lines come in the order a reader expects: encryption, then login, then user.
    QVERIFY2(now.indexOf("tls            on\n") < now.indexOf("auth           on\n")
                 && now.indexOf("auth           on\n") < now.indexOf("user           " + user + "\n"),
             now.constData());
    QCOMPARE(QFile::permissions(m_msmtprc) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
    // The backup: the file as it was.
    const QStringList backups = backupsIn(m_home->path());
    QCOMPARE(backups.size(), 1);
    const QString backup = m_home->filePath(backups.first());
    QCOMPARE(readAll(backup), m_msmtpOriginal);
    // What was changed, the backup, and Undo (which has the focus now).
    QVERIFY(!apply->isVisible());
    QVERIFY(undo->isVisible());
    QCOMPARE(QApplication::focusWidget(), undo);
    const QString result = child<QLabel>("applyResultLabel")->text();
    QVERIFY2(result.contains(QStringLiteral("Changed in msmtp")), qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("Port: %1 → %2").arg(m_bed.port("SMTP_PORT")).arg(m_bed.port("SUBMISSION_PORT"))),
             qPrintable(result));
    QVERIFY2(result.contains(QDir::toNativeSeparators(backup)), qPrintable(result));
    QVERIFY(!child<QLabel>("applyChangesListLabel")->isVisible()); // the file says so now
    shoot(QStringLiteral("done-apply-applied"));

    // Recorded with the fix that was verified, and so in the report (file names, no password).
    const FixAttempt &tried = m_wizard->state()->fixesTried().constLast();
    QCOMPARE(tried.fix, Fix::EnableAuth);
    QCOMPARE(tried.applied.outcome, AppliedChange::Outcome::Applied);
    QCOMPARE(tried.applied.backups, QStringList{backup});
    auto *done = qobject_cast<DonePage *>(m_wizard->currentPage());
    QVERIFY(done);
    const Report report = done->report();
    const ReportSettingsChange &change = report.fixesTried.constLast().settingsChange;
    QCOMPARE(change.outcome, ReportSettingsChange::Outcome::Applied);
    QCOMPARE(change.program, QStringLiteral("msmtp"));
    QCOMPARE(change.backups, QStringList{backup});
    QVERIFY(change.changed.contains(QStringLiteral("port")));
    QTemporaryDir reports;
    const QString reportPath = reports.filePath(QStringLiteral("report.txt"));
    QString error;
    QVERIFY2(done->saveReport(reportPath, &error), qPrintable(error));
    const QByteArray reportText = readAll(reportPath);
    QVERIFY(reportText.contains(".msmtprc"));
    // The story: the first failure, the fix, the result, and how to undo the change.
    QVERIFY(reportText.contains("Relay access denied"));
    QVERIFY(reportText.contains(fixTitle(Fix::EnableAuth).toUtf8()));
    QVERIFY(reportText.contains("To undo the change"));
    QVERIFY(!reportText.contains(password.toUtf8()));

    // Undo, from the keyboard: the file byte for byte as before; the offer is back.
    pressMnemonic(undo);
    QCOMPARE(readAll(m_msmtprc), m_msmtpOriginal);
    QVERIFY(!undo->isVisible());
    QVERIFY(apply->isVisible());
    QVERIFY2(child<QLabel>("applyResultLabel")->text().startsWith(QStringLiteral("Undone:")),
             qPrintable(child<QLabel>("applyResultLabel")->text()));
    QCOMPARE(m_wizard->state()->fixesTried().constLast().applied.outcome, AppliedChange::Outcome::Undone);
    QCOMPARE(done->report().fixesTried.constLast().settingsChange.outcome, ReportSettingsChange::Outcome::Undone);
}

void TestApplyFix::thunderbirdRefusedWhileRunning()
{
    if (!needBed())
        QSKIP("no test bed");
    travelToDoneWithAuthentication(ClientId::Thunderbird);
    if (QTest::currentTestFailed())
        return;
    auto *apply = child<QPushButton>("applyChangesPushButton");
    QVERIFY(apply->isVisible());
    QVERIFY(apply->text().contains(QLatin1String("Thunderbird")));
    QVERIFY(child<QLabel>("applyChangesListLabel")->text().contains(QDir::toNativeSeparators(m_prefs)));
    // The changes are named as Thunderbird's own settings dialog names them.
    const QString list = child<QLabel>("applyChangesListLabel")->text();
    QVERIFY2(list.contains(QLatin1String("Connection security: ")) && list.contains(QStringLiteral("→ STARTTLS")),
             qPrintable(list));
    QVERIFY2(list.contains(QLatin1String("Authentication method: ")) && list.contains(QStringLiteral("→ Normal password")),
             qPrintable(list));
    QVERIFY2(!list.contains(QLatin1String("Encryption")), qPrintable(list));

    // Thunderbird runs: its lock is a symlink to "<host>:+<pid>" of a live process (ours).
    const QString lock = m_profile + QStringLiteral("/lock");
    QVERIFY(QFile::link(QStringLiteral("127.0.0.1:+%1").arg(QCoreApplication::applicationPid()), lock));
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(readAll(m_prefs), m_prefsOriginal);
    QVERIFY(backupsIn(m_profile).isEmpty());
    const QString refused = child<QLabel>("applyResultLabel")->text();
    QVERIFY2(refused.contains(QLatin1String("Nothing was changed in Thunderbird")), qPrintable(refused));
    QVERIFY2(refused.contains(QLatin1String("Close Thunderbird")), qPrintable(refused));
    QVERIFY(child<QLabel>("applyResultLabel")->isVisible());
    QVERIFY(apply->isVisible()); // to try again once Thunderbird is closed
    QVERIFY(!child<QPushButton>("undoChangesPushButton")->isVisible());
    QCOMPARE(m_wizard->state()->fixesTried().constLast().applied.outcome, AppliedChange::Outcome::NotApplied);

    // Closed: it goes through, only the server's lines change, and Undo restores the file.
    QVERIFY(QFile::remove(lock));
    QTest::mouseClick(apply, Qt::LeftButton);
    const QByteArray now = readAll(m_prefs);
    const QByteArray server = "user_pref(\"mail.smtpserver.smtp1.";
    QVERIFY(now.contains(server + "port\", " + QByteArray::number(m_bed.port("SUBMISSION_PORT")) + ");\n"));
    QVERIFY(now.contains(server + "try_ssl\", 2);\n"));
    QVERIFY(now.contains(server + "authMethod\", 3);\n")); // normal password
    QVERIFY(now.contains(server + "username\", \"" + m_bed.value("USER").toUtf8() + "\");\n"));
    QVERIFY(!now.contains(m_bed.value("PASSWORD").toUtf8()));
    QList<QByteArray> before = linesOf(m_prefsOriginal), after = linesOf(now);
    before.removeIf([&](const QByteArray &l) { return l.startsWith(server); });
    after.removeIf([&](const QByteArray &l) { return l.startsWith(server); });
    QCOMPARE(after, before);
    QCOMPARE(backupsIn(m_profile).size(), 1);
    QCOMPARE(m_wizard->state()->fixesTried().constLast().applied.outcome, AppliedChange::Outcome::Applied);
    QTest::mouseClick(child<QPushButton>("undoChangesPushButton"), Qt::LeftButton);
    QCOMPARE(readAll(m_prefs), m_prefsOriginal);
}

QTEST_MAIN(TestApplyFix)

// The hotel story by keyboard alone, counting what the user does from launch to a verified fix
// applied to Thunderbird: each key press is one action, typing the password is one.
void TestApplyFix::hotelStoryKeyboardActions()
{
    if (!needBed())
        QSKIP("no test bed");
    int actions = 0;
    auto altKey = [&](Qt::Key key) {
        QApplication::setActiveWindow(m_wizard.get());
        QTest::keyClick(m_wizard.get(), key, Qt::AltModifier);
        ++actions;
    };
    auto next = [&](int page) {
        QVERIFY(QTest::qWaitFor([&] { return m_wizard->button(QWizard::NextButton)->isEnabled(); }, kProbeWaitMs));
        altKey(Qt::Key_N);
        QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), page, 2000);
    };
    m_autoAdvance = true; // as the program runs: a finished test moves on by itself
    makeWizard();
    m_autoAdvance = false;
    altKey(Qt::Key_T); // "Travelling", which moves on
    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(OutboxWizard::AccountPage), 2000);
    QCOMPARE(m_wizard->state()->location(), Location::Travel);
    QVERIFY(waitForAccountList());
    QCOMPARE(m_wizard->state()->pickedAccount().client, QStringLiteral("thunderbird")); // found and picked
    next(OutboxWizard::TestPage);
    // The test runs, and its end moves on to what it found.
    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(OutboxWizard::DiagnosisPage), kProbeWaitMs);
    QCOMPARE(m_wizard->state()->firstDiagnosis().cause, Cause::RelayDenied);
    next(OutboxWizard::FixPage);
    QVERIFY(child<QRadioButton>("fixEnableAuthRadioButton")->isChecked());
    auto *password = child<QLineEdit>("authPasswordLineEdit");
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), password, 2000); // the cursor is already there
    QTest::keyClicks(password, m_bed.value("PASSWORD"));
    ++actions;
    // The test bed's submission port stands in for 587, which the page proposes: not counted.
    child<QSpinBox>("authPortSpinBox")->setValue(m_bed.port("SUBMISSION_PORT"));
    next(OutboxWizard::RetestPage);
    // The fix works: the retest moves on to the last page by itself.
    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(OutboxWizard::DonePage), kProbeWaitMs);
    QCOMPARE(m_wizard->state()->retestDiagnosis().cause, Cause::Ok);
    auto *apply = child<QPushButton>("applyChangesPushButton");
    QVERIFY(apply && apply->isVisible());
    pressMnemonic(apply);
    ++actions;
    QCOMPARE(m_wizard->state()->fixesTried().constLast().applied.outcome, AppliedChange::Outcome::Applied);
    qInfo("keyboard actions from launch to a verified fix applied to Thunderbird: %d", actions);
    QVERIFY2(actions <= 6, qPrintable(QString::number(actions)));
}

#include "tst_applyfix.moc"
