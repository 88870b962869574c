// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard driven by keys and clicks against the real Postfix + Dovecot test bed:
// every path from "where are you?" to a verified result. Offscreen under CTest; with
// OD_SCREENSHOT_DIR set (run under Xvfb) it also saves a picture of every page in English
// and in (pseudo-)German at 1024x768.
#include "accountpage.h"
#include "certificatedialog.h"
#include "clientinstructions.h"
#include "core/languages.h"
#include "diagnosis/knowledge.h"
#include "donepage.h"
#include "fixpage.h"
#include "mailwayview.h"
#include "stepindicator.h"
#include "outboxwizard.h"
#include "probeview.h"
#include "testbed.h"
#include "wizarddriver.h"
#include "testpage.h"
#include "wizardstate.h"
#include "wizardtexts.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QProgressBar>
#include <QThread>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <cmath>
#include <QTranslator>
#include <QTreeWidget>

#include <atomic>
#include <functional>
#include <memory>

using namespace od;

namespace {

// What an injected slow account scanner saw, written on the worker thread.
struct ScanRecord
{
    std::atomic<int> runs{0};
    std::atomic<bool> stopped{false};  // it was asked to stop and did
    std::atomic<bool> finished{false}; // it read to the end
    std::atomic<Qt::HANDLE> thread{nullptr};
};

// The account a slow scanner finds: Thunderbird's, sending without a login.
ReadResult slowScanResult()
{
    ReadResult r;
    MailAccount a;
    a.client = ClientId::Thunderbird;
    a.source = QStringLiteral("/home/someone/.thunderbird/x.default/prefs.js");
    a.email = QStringLiteral("slow@home.test");
    a.name = a.email;
    a.smtp.host = QStringLiteral("localhost");
    a.smtp.port = 2525;
    a.smtp.auth = AuthId::None;
    a.isDefault = true;
    r.accounts.append(a);
    return r;
}

// A scan as slow as a huge profile read in one piece: it blocks the worker for `ms` without
// reporting progress or looking at a stop request in between.
AccountScanJob::ScanFunction blockingScanner(std::shared_ptr<ScanRecord> record, int ms)
{
    return [record, ms](const AccountScanJob::Progress &progress) {
        ++record->runs;
        record->thread = QThread::currentThreadId();
        progress(0, 1);
        QThread::msleep(ulong(ms));
        progress(1, 1);
        record->finished = true;
        return slowScanResult();
    };
}

// A slow scan that reports progress every 50 ms and stops when asked to, as the real one does
// between mail programs.
AccountScanJob::ScanFunction steppingScanner(std::shared_ptr<ScanRecord> record, int ms)
{
    return [record, ms](const AccountScanJob::Progress &progress) {
        ++record->runs;
        record->thread = QThread::currentThreadId();
        const int steps = ms / 50;
        for (int i = 0; i < steps; ++i) {
            if (!progress(i, steps)) {
                record->stopped = true;
                return ReadResult();
            }
            QThread::msleep(50);
        }
        progress(steps, steps);
        record->finished = true;
        return slowScanResult();
    };
}

// Stands in for a German translation of our own texts until translations/ ships one: every
// text of ours comes back marked and about a third longer (German runs long), so the test can
// tell that a widget was retranslated and the screenshots show where long texts would clip.
class PseudoGerman : public QTranslator
{
public:
    static QString marker() { return QStringLiteral("ÐË·"); }
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *, int n) const override
    {
        if (currentLanguage() != QLatin1String("de") || !context || qstrncmp(context, "od::", 4) != 0 || !sourceText
            || !*sourceText)
            return {};
        QString text = QString::fromUtf8(sourceText);
        if (n >= 0)
            text.replace(QLatin1String("%n"), QString::number(n));
        // Rich text keeps its tags balanced: the padding goes in front of it.
        const QString padding(std::max<qsizetype>(2, text.size() / 3), QChar(0x00B7));
        if (text.startsWith(QLatin1Char('<')))
            return marker() + padding + text;
        return marker() + text + QLatin1Char(' ') + padding;
    }
};

// A server that accepts connections and never says hello: a test that hangs until cancelled.
class SilentServer : public QTcpServer
{
public:
    QList<QTcpSocket *> clients;

protected:
    void incomingConnection(qintptr handle) override
    {
        auto *s = new QTcpSocket(this);
        s->setSocketDescriptor(handle);
        clients.append(s);
    }
};

} // namespace

class TestWizard : public QObject, private odtest::WizardDriver
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void welcomeDecodesPaste();
    void keyboardOnlyToAccountPage();
    void accountScanKeepsTheWizardResponsive();
    void typingWhileAccountsAreLookedFor();
    void backAndCloseDuringAccountScan();
    void accountValidation();
    void relayDeniedThenAuthentication();
    void foreignSenderThenFixAddress();
    void popBeforeSmtp();
    void useLocalServerAtWork();
    void untrustedCertificateTrustOnce();
    void certificateDialogShowsMismatch();
    void wrongPasswordBackAtThePasswordField();
    void confirmBeforeQuittingAfterATest();
    void cancelInTheMiddle();
    void closingMidTestStopsProbe();
    void languageSwitchKeepsDataAndRetranslates();
    void helpPerPage();
    void instructionsForEveryClient();
    void geometryRemembered();
    void accountKindAskedWhereItMatters();
    void mailWayShowsTheFailingStretch();
    void screenshots();

private:
    bool needBed();
    // To the Account page, by default waiting for its list of accounts.
    void toAccountPage(const char *locationButton, const WizardServices &services = WizardServices::fromEnvironment(),
                       bool waitForList = true);
    AccountPage *accountPage() const { return qobject_cast<AccountPage *>(m_wizard->page(OutboxWizard::AccountPage)); }
    struct Account
    {
        QString email;
        QString host = QStringLiteral("localhost");
        int port = 0;
        Security security = Security::Auto;
        int auth = 0; // index in authComboBox: 0 none, 1 best password method
        QString user;
        QString password;
    };
    void fillAccount(const Account &a);

    odtest::TestBed m_bed;
    bool m_haveBed = false;
    QString m_why;
    PseudoGerman m_pseudo;
};

bool TestWizard::needBed()
{
    if (!m_haveBed)
        qWarning("test bed not available: %s", qPrintable(m_why));
    return m_haveBed;
}

void TestWizard::initTestCase()
{
    odtest::prepareWizardTest(odtest::AccountScan::Off);
    m_haveBed = m_bed.load(&m_why);
    QCoreApplication::installTranslator(&m_pseudo);
    installLanguage(QStringLiteral("en"));
}

void TestWizard::init()
{
    // Under the real catalogues again (languageSwitchKeepsDataAndRetranslates puts it on top).
    QCoreApplication::removeTranslator(&m_pseudo);
    QCoreApplication::installTranslator(&m_pseudo);
    installLanguage(QStringLiteral("en"));
    qunsetenv("OD_SOURCE_ADDRESS");
    qputenv("OD_EXTRA_CA_FILE", m_haveBed ? m_bed.value("CA_FILE").toLocal8Bit() : QByteArray());
}

void TestWizard::cleanup()
{
    m_wizard.reset();
    installLanguage(QStringLiteral("en"));
}

void TestWizard::toAccountPage(const char *locationButton, const WizardServices &services, bool waitForList)
{
    makeWizard(services);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!wizardButton(QWizard::NextButton)->isEnabled()); // a place must be chosen
    chooseLocation(locationButton, waitForList);
}

void TestWizard::fillAccount(const Account &a)
{
    typeText("emailLineEdit", a.email);
    typeText("hostLineEdit", a.host);
    if (a.port)
        typeNumber("portSpinBox", a.port);
    chooseData("securityComboBox", int(a.security));
    chooseData("authComboBox", a.auth == 0 ? QStringLiteral("none") : QString());
    if (a.auth) {
        typeText("userLineEdit", a.user);
        typeText("passwordLineEdit", a.password);
    }
}

// ---------------------------------------------------------------------------------------------

void TestWizard::welcomeDecodesPaste()
{
    makeWizard();
    auto *paste = child<QPlainTextEdit>("pasteTextEdit");
    QVERIFY(paste);
    paste->setFocus();
    QTest::keyClicks(paste, QStringLiteral("554 5.7.1 <friend@elsewhere.test>: Relay access denied"));
    auto *decoded = child<QLabel>("decodedLabel");
    QTRY_VERIFY_WITH_TIMEOUT(decoded->isVisible(), 5000);
    QVERIFY2(decoded->text().contains(causeTitle(Cause::RelayDenied)), qPrintable(decoded->text()));
    QCOMPARE(m_wizard->state()->paste().cause, Cause::RelayDenied);
    // The refused recipient becomes the foreign recipient of the test.
    QCOMPARE(m_wizard->state()->account().foreignRecipient, QStringLiteral("friend@elsewhere.test"));
}

void TestWizard::keyboardOnlyToAccountPage()
{
    makeWizard();
    // Tab goes from the language chooser to the paste box.
    auto *language = child<QComboBox>("languageComboBox");
    language->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QPlainTextEdit>("pasteTextEdit"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // from the paste box to the first place
    QCOMPARE(QApplication::focusWidget(), child<QAbstractButton>("locationHomeButton"));
    // Alt+T picks "Travelling" through its mnemonic, and that moves on.
    QTest::keyClick(m_wizard.get(), Qt::Key_T, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(OutboxWizard::AccountPage), 2000); // the mnemonic animates the click
    QCOMPARE(m_wizard->state()->location(), Location::Travel);
    QVERIFY(waitForAccountList());
    // Every input has an accessible name and the Tab order runs through the form.
    const QList<QWidget *> inputs = m_wizard->currentPage()->findChildren<QWidget *>();
    for (QWidget *w : inputs) {
        if (qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QSpinBox *>(w)
            || qobject_cast<QAbstractButton *>(w)) {
            if (qobject_cast<QLineEdit *>(w) && qobject_cast<QSpinBox *>(w->parentWidget()))
                continue; // the spin box's own editor
            if (qobject_cast<QLineEdit *>(w) && qobject_cast<QComboBox *>(w->parentWidget()))
                continue;
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
    }
    auto *email = child<QLineEdit>("emailLineEdit");
    email->setFocus();
    QTest::keyClick(email, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>("displayNameLineEdit"));
}

// The mail programs' settings are read on a worker thread: a scan that blocks for 2 s leaves
// the wizard's event loop turning, with a busy line and Next held back for a reason; then the
// account found is picked and shown as a card.
void TestWizard::accountScanKeepsTheWizardResponsive()
{
    auto record = std::make_shared<ScanRecord>();
    WizardServices services = WizardServices::fromEnvironment();
    services.scanAccounts = blockingScanner(record, 2000);
    toAccountPage("locationHomeButton", services, false);
    if (QTest::currentTestFailed())
        return;
    AccountPage *page = accountPage();
    QVERIFY(page->isScanning());
    QVERIFY(child<QWidget>("accountScanWidget")->isVisible());
    QVERIFY(child<QProgressBar>("accountScanProgressBar")->isVisible());
    QVERIFY(!child<QLabel>("accountScanLabel")->text().isEmpty());
    QCOMPARE(child<QProgressBar>("accountScanProgressBar")->accessibleName(), child<QLabel>("accountScanLabel")->text());
    QVERIFY(!child<QComboBox>("detectedAccountComboBox")->isVisible());
    QVERIFY(!wizardButton(QWizard::NextButton)->isEnabled());
    auto *reason = child<QLabel>("problemLabel");
    QVERIFY(reason->isVisible());
    QVERIFY(reason->text().contains(QLatin1String("Next")));
    if (const QString dir = qEnvironmentVariable("OD_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QDir().mkpath(dir);
        QTest::qWait(150); // the layout settles; the scan goes on meanwhile
        QVERIFY(m_wizard->grab().save(dir + QStringLiteral("/AccountPage_scanning.png")));
    }

    // A 20 ms timer keeps firing while the worker sleeps: no stall near the 2 s of the scan.
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0, longestGap = 0;
    int ticks = 0;
    QTimer timer;
    timer.setInterval(20);
    connect(&timer, &QTimer::timeout, this, [&] {
        const qint64 now = clock.elapsed();
        longestGap = std::max(longestGap, now - last);
        last = now;
        ++ticks;
    });
    timer.start();
    QVERIFY(waitForAccountList(15000));
    timer.stop();
    QVERIFY(record->finished);
    QCOMPARE(record->runs.load(), 1);
    QVERIFY(record->thread.load() != QThread::currentThreadId());
    QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks)));
    QVERIFY2(longestGap < 1500, qPrintable(QStringLiteral("the event loop stood still for %1 ms").arg(longestGap)));

    // The list is there: the account found is picked and shown as a card; Next goes on.
    QVERIFY(!child<QWidget>("accountScanWidget")->isVisible());
    auto *combo = child<QComboBox>("detectedAccountComboBox");
    QVERIFY(combo->isVisible());
    QCOMPARE(combo->count(), 2);
    QCOMPARE(m_wizard->state()->pickedAccount().email, QStringLiteral("slow@home.test"));
    QVERIFY(child<QWidget>("accountCardFrame")->isVisible());
    QVERIFY(child<QLabel>("accountCardLabel")->text().contains(QLatin1String("slow@home.test")));
    QVERIFY(!reason->text().contains(QLatin1String("once the search has finished")));
    QTRY_VERIFY_WITH_TIMEOUT(wizardButton(QWizard::NextButton)->isEnabled(), 2000);
}

// Typing while the list is looked for: Next follows the form, and the list, when it comes, is
// offered without replacing what was typed.
void TestWizard::typingWhileAccountsAreLookedFor()
{
    auto record = std::make_shared<ScanRecord>();
    WizardServices services = WizardServices::fromEnvironment();
    services.scanAccounts = steppingScanner(record, 2000);
    toAccountPage("locationHomeButton", services, false);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(accountPage()->isScanning());
    QVERIFY(!wizardButton(QWizard::NextButton)->isEnabled());
    typeText("emailLineEdit", QStringLiteral("typed@home.test"));
    typeText("hostLineEdit", QStringLiteral("smtp.home.test"));
    chooseData("authComboBox", QStringLiteral("none"));
    QVERIFY(accountPage()->isScanning()); // typed in well under the scan's 2 s
    QVERIFY(wizardButton(QWizard::NextButton)->isEnabled());
    QVERIFY(waitForAccountList(15000));
    QVERIFY(record->finished);
    auto *combo = child<QComboBox>("detectedAccountComboBox");
    QVERIFY(combo->isVisible());
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->currentData().toInt(), -1); // "type the settings myself"
    QVERIFY(m_wizard->state()->pickedAccount().client.isEmpty());
    QVERIFY(child<QWidget>("accountFormWidget")->isVisible());
    QCOMPARE(child<QLineEdit>("emailLineEdit")->text(), QStringLiteral("typed@home.test"));
    QCOMPARE(child<QLineEdit>("hostLineEdit")->text(), QStringLiteral("smtp.home.test"));
    QVERIFY(wizardButton(QWizard::NextButton)->isEnabled());
}

// Back during the scan keeps it going (one scan, not two); closing the wizard stops it at its
// next step and the wizard goes at once; a scan that never looks at the stop request is waited
// for when the wizard is destroyed, without a crash or a leak.
void TestWizard::backAndCloseDuringAccountScan()
{
    auto record = std::make_shared<ScanRecord>();
    WizardServices services = WizardServices::fromEnvironment();
    services.scanAccounts = steppingScanner(record, 20000);
    toAccountPage("locationHomeButton", services, false);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(accountPage()->isScanning());
    pressBack();
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::WelcomePage));
    QVERIFY(accountPage()->isScanning());
    QTest::mouseClick(child<QAbstractButton>("locationHomeButton"), Qt::LeftButton, {}, QPoint(8, 8));
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::AccountPage));
    QVERIFY(accountPage()->isScanning());
    QVERIFY(child<QWidget>("accountScanWidget")->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(record->runs.load(), 1, 5000);

    QElapsedTimer clock;
    clock.start();
    QVERIFY(m_wizard->close());
    QTRY_VERIFY_WITH_TIMEOUT(record->stopped, 5000);
    m_wizard.reset();
    QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!record->finished);

    auto blocking = std::make_shared<ScanRecord>();
    services.scanAccounts = blockingScanner(blocking, 2000);
    toAccountPage("locationHomeButton", services, false);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(accountPage()->isScanning());
    QTRY_COMPARE_WITH_TIMEOUT(blocking->runs.load(), 1, 5000);
    m_wizard.reset(); // waits for the worker
    QVERIFY(blocking->finished);
}

void TestWizard::accountValidation()
{
    toAccountPage("locationHomeButton");
    QAbstractButton *next = wizardButton(QWizard::NextButton);
    QVERIFY(!next->isEnabled());
    typeText("emailLineEdit", QStringLiteral("not-an-address"));
    auto *problem = child<QLabel>("problemLabel");
    QVERIFY(problem->isVisible());
    QVERIFY(!next->isEnabled());
    typeText("emailLineEdit", QStringLiteral("alice@home.test"));
    QVERIFY(!next->isEnabled()); // no server yet
    typeText("hostLineEdit", QStringLiteral("smtp.home.test"));
    QVERIFY(next->isEnabled());
    // The user name follows the address until the user types one.
    chooseData("authComboBox", QString());
    QCOMPARE(child<QLineEdit>("userLineEdit")->text(), QStringLiteral("alice@home.test"));
    typeText("userLineEdit", QString());
    QVERIFY(!next->isEnabled());
    typeText("userLineEdit", QStringLiteral("alice"));
    // A login needs its password; the page says so, and what Next will do.
    QVERIFY(!next->isEnabled());
    QVERIFY(problem->text().contains(QLatin1String("password")));
    QVERIFY(problem->text().contains(QLatin1String("Next tests")));
    typeText("passwordLineEdit", QStringLiteral("s3cret-pw"));
    QVERIFY(next->isEnabled());
    // The password field hides what is typed, and nothing of it reaches QSettings.
    QCOMPARE(child<QLineEdit>("passwordLineEdit")->echoMode(), QLineEdit::Password);
    typeText("passwordLineEdit", QStringLiteral("s3cret-pw"));
    QVERIFY(!child<QCheckBox>("rememberPasswordCheckBox")->isEnabled()); // no keychain in tests
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY(!settings.value(key).toString().contains(QLatin1String("s3cret-pw")));
}

void TestWizard::relayDeniedThenAuthentication()
{
    if (!needBed())
        QSKIP("no test bed");
    qputenv("OD_SOURCE_ADDRESS", "127.0.0.3"); // "elsewhere": not on the provider's network
    toAccountPage("locationTravelButton");
    fillAccount({QStringLiteral("alice@home.test"), QStringLiteral("localhost"), m_bed.port("SMTP_PORT"),
                 Security::Auto, 0, {}, {}});
    pressNext();
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::TestPage));
    auto *test = qobject_cast<TestPage *>(m_wizard->currentPage());
    QVERIFY(!wizardButton(QWizard::NextButton)->isEnabled()); // complete only when the result is in
    QVERIFY(waitForTest(OutboxWizard::TestPage));
    QTRY_VERIFY_WITH_TIMEOUT(wizardButton(QWizard::NextButton)->isEnabled(), 5000);
    QCOMPARE(m_wizard->state()->firstDiagnosis().cause, Cause::RelayDenied);
    // One row per step: the local recipient ticked, the foreign one crossed.
    QTreeWidget *tree = test->probeView()->tree();
    QCOMPARE(tree->topLevelItemCount(), 1);
    QTreeWidgetItem *attempt = tree->topLevelItem(0);
    bool sawLocalOk = false, sawForeignRefused = false;
    for (int i = 0; i < attempt->childCount(); ++i) {
        const QString text = attempt->child(i)->text(0);
        const QString result = attempt->child(i)->text(1);
        if (text == WizardTexts::stepText(Step::RcptLocal) && result.startsWith(QLatin1String("250")))
            sawLocalOk = true;
        if (text == WizardTexts::stepText(Step::RcptForeign) && result.contains(QLatin1String("Relay access denied")))
            sawForeignRefused = true;
    }
    QVERIFY(sawLocalOk);
    QVERIFY(sawForeignRefused);
    // The transcript folds out.
    auto *showTranscript = child<QAbstractButton>("showTranscriptToolButton");
    QTest::mouseClick(showTranscript, Qt::LeftButton);
    auto *transcript = child<QPlainTextEdit>("transcriptTextEdit");
    QVERIFY(transcript->isVisible());
    QVERIFY(transcript->toPlainText().contains(QLatin1String("RCPT TO:<postmaster@home.test>")));

    pressNext();
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::DiagnosisPage));
    QCOMPARE(child<QLabel>("headlineLabel")->text(), causeTitle(Cause::RelayDenied));
    QVERIFY(child<QLabel>("serverWordsLabel")->text().contains(QLatin1String("Relay access denied")));
    QVERIFY(child<QLabel>("locationReasoningLabel")->isVisible());
    QVERIFY(!child<QPlainTextEdit>("technicalDetailsTextEdit")->isVisible());

    pressNext();
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::FixPage));
    auto *auth = child<QRadioButton>("fixEnableAuthRadioButton");
    QVERIFY(auth);
    QVERIFY(auth->isChecked()); // travelling: logging in comes first
    QCOMPARE(child<QLineEdit>("authUserLineEdit")->text(), QStringLiteral("alice@home.test"));
    QVERIFY(!wizardButton(QWizard::NextButton)->isEnabled()); // the password is still missing
    // ... and the page says so, and what Next will do.
    QVERIFY(child<QLabel>("fixNextHintLabel")->text().contains(QLatin1String("password")));
    QVERIFY(child<QLabel>("fixNextHintLabel")->text().contains(QLatin1String("Next tests")));
    typeText("authPasswordLineEdit", m_bed.value("PASSWORD"));
    typeNumber("authPortSpinBox", m_bed.port("SUBMISSION_PORT"));
    chooseData("authSecurityComboBox", int(Security::StartTls));
    QVERIFY(child<QTextBrowser>("instructionsTextBrowser")->toPlainText().contains(QLatin1String("authentication")));
    // Tab goes as the page reads: from the fix's last field to the instructions' mail program.
    child<QComboBox>("authSecurityComboBox")->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QComboBox>("clientComboBox"));
    // Thunderbird's steps name its fields as Thunderbird does, in each language.
    chooseData("clientComboBox", QStringLiteral("thunderbird"));
    QString shown = child<QTextBrowser>("instructionsTextBrowser")->toPlainText();
    QVERIFY2(shown.contains(QLatin1String("Connection security: STARTTLS")), qPrintable(shown));
    QVERIFY2(shown.contains(QLatin1String("Authentication method: Normal password")), qPrintable(shown));
    QVERIFY2(!shown.contains(QLatin1String("Encryption")), qPrintable(shown));
    m_wizard->setLanguage(QStringLiteral("de"));
    // Thunderbird's German catalogue word (smtpEditOverlay.dtd), not ours ("Verschlüsselung").
    QTRY_VERIFY2(child<QTextBrowser>("instructionsTextBrowser")->toPlainText().contains(QLatin1String("Verbindungssicherheit: STARTTLS")),
                 qPrintable(child<QTextBrowser>("instructionsTextBrowser")->toPlainText()));
    m_wizard->setLanguage(QStringLiteral("en"));
    QTRY_VERIFY(child<QTextBrowser>("instructionsTextBrowser")->toPlainText().contains(QLatin1String("In Thunderbird:")));
    QVERIFY(child<QTextBrowser>("instructionsTextBrowser")->toPlainText().contains(QLatin1String("Connection security")));

    pressNext();
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::RetestPage));
    QVERIFY(waitForTest(OutboxWizard::RetestPage));
    QTRY_VERIFY_WITH_TIMEOUT(wizardButton(QWizard::NextButton)->isEnabled(), 5000);
    QCOMPARE(m_wizard->state()->retestDiagnosis().cause, Cause::Ok);
    QCOMPARE(m_wizard->state()->fixesTried().size(), 1);
    QCOMPARE(m_wizard->state()->fixesTried().first().fix, Fix::EnableAuth);

    pressNext();
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::DonePage));
    QCOMPARE(child<QLabel>("resultHeadlineLabel")->text(), QStringLiteral("It works"));
    // What the test with the new settings used, in the user's words, and what it found.
    const QString summary = child<QLabel>("settingsSummaryLabel")->text();
    QVERIFY2(summary.contains(QStringLiteral("through localhost, port %1 (STARTTLS), logged in as %2")
                                  .arg(m_bed.port("SUBMISSION_PORT"))
                                  .arg(QStringLiteral("alice@home.test"))),
             qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("Result: mail sent this way would be delivered.")), qPrintable(summary));
    QVERIFY(!summary.contains(m_bed.value("PASSWORD")));
    // How to change the mail program, now that the fix is proven.
    QVERIFY(child<QTextBrowser>("doneInstructionsTextBrowser")->isVisible());
    // The report, in every format, without the password.
    auto *done = qobject_cast<DonePage *>(m_wizard->currentPage());
    QVERIFY(done);
    QTemporaryDir reports;
    for (const char *suffix : {"html", "txt", "pdf"}) {
        const QString path = reports.filePath(QStringLiteral("report.") + QLatin1String(suffix));
        QString error;
        QVERIFY2(done->saveReport(path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.size() > 500);
        QVERIFY(!bytes.contains(m_bed.value("PASSWORD").toUtf8()));
        if (qstrcmp(suffix, "txt") == 0) {
            // The whole story: the first test's refusal, the fix, and no letter about a solved problem.
            QVERIFY(bytes.contains("554 5.7.1"));
            QVERIFY(bytes.contains("Relay access denied"));
            QVERIFY(bytes.contains(fixTitle(Fix::EnableAuth).toUtf8()));
            QVERIFY(!bytes.contains("Hello,"));
        }
    }
    QVERIFY(wizardButton(QWizard::FinishButton)->isVisible());
    QTest::mouseClick(wizardButton(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(m_wizard->result(), int(QDialog::Accepted));

    // Once the window is closed and its settings written, no file of ours holds the password,
    // plain or base64-encoded.
    m_wizard.reset();
    QSettings().sync();
    const QByteArray password = m_bed.value("PASSWORD").toUtf8();
    const QByteArray user = m_bed.value("USER").toUtf8();
    const QList<QByteArray> forms{password, password.toBase64(), QByteArray('\0' + user + '\0' + password).toBase64()};
    QStringList files{QSettings().fileName()};
    for (auto location : {QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation, QStandardPaths::CacheLocation}) {
        QDirIterator it(QStandardPaths::writableLocation(location), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    QVERIFY(QFileInfo::exists(QSettings().fileName()));
    for (const QString &path : std::as_const(files)) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        for (const QByteArray &form : forms)
            QVERIFY2(!bytes.contains(form), qPrintable(path));
    }
}

void TestWizard::wrongPasswordBackAtThePasswordField()
{
    if (!needBed())
        QSKIP("no test bed");
    qputenv("OD_SOURCE_ADDRESS", "127.0.0.3");
    toAccountPage("locationTravelButton");
    fillAccount({QStringLiteral("alice@home.test"), QStringLiteral("localhost"), m_bed.port("SMTP_PORT"),
                 Security::Auto, 0, {}, {}});
    pressNext();
    QVERIFY(waitForTest(OutboxWizard::TestPage));
    QCOMPARE(m_wizard->state()->firstDiagnosis().cause, Cause::RelayDenied);
    pressNext();
    // One recommendation with its why; logging in and "use port 587" are one entry, not two.
    QVERIFY(child<QLabel>("nextStepsLabel")->text().contains(fixTitle(Fix::EnableAuth)));
    pressNext();
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::FixPage));
    QVERIFY(child<QLabel>("chooseFixLabel")->text().contains(fixTitle(Fix::EnableAuth)));
    QCOMPARE(child<QLabel>("recommendationWhyLabel")->text(), fixDescription(Fix::EnableAuth));
    QVERIFY(!child<QRadioButton>("fixUseSubmissionPortRadioButton"));
    QVERIFY(!child<QLabel>("contactIntroLabel")->text().contains(QLatin1String("Nothing you can change")));
    typeText("authPasswordLineEdit", QStringLiteral("not-the-password"));
    typeNumber("authPortSpinBox", m_bed.port("SUBMISSION_PORT"));
    chooseData("authSecurityComboBox", int(Security::StartTls));
    pressNext();
    QVERIFY(waitForTest(OutboxWizard::RetestPage));
    QCOMPARE(m_wizard->state()->retestDiagnosis().cause, Cause::AuthFailed);
    // The retest says what the server answered and offers to type the password again ...
    auto *retype = child<QPushButton>("retypePasswordButton");
    QTRY_VERIFY_WITH_TIMEOUT(retype->isVisible(), 5000);
    QVERIFY(child<QLabel>("passwordRejectedLabel")->text().contains(QLatin1String("535")));
    QCOMPARE(QApplication::focusWidget(), retype);
    // ... one key takes the user back to the password field, with the server's answer beside it.
    QTest::keyClick(retype, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(OutboxWizard::FixPage), 2000);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>("authPasswordLineEdit"));
    QVERIFY(child<QLabel>("authProblemLabel")->isVisible());
    QVERIFY(child<QLabel>("authProblemLabel")->text().contains(QLatin1String("535")));
    QTest::keyClicks(child<QLineEdit>("authPasswordLineEdit"), m_bed.value("PASSWORD"));
    QVERIFY(!child<QLabel>("authProblemLabel")->isVisible());
    pressNext();
    QVERIFY(waitForTest(OutboxWizard::RetestPage));
    QCOMPARE(m_wizard->state()->retestDiagnosis().cause, Cause::Ok);
    pressNext();
    // The last step: see it work in the mail program.
    QVERIFY(child<QLabel>("lastStepLabel")->isVisible());
    QVERIFY(child<QLabel>("lastStepLabel")->text().contains(QLatin1String("send yourself a message")));
}

void TestWizard::confirmBeforeQuittingAfterATest()
{
    if (!needBed())
        QSKIP("no test bed");
    qputenv("OD_SOURCE_ADDRESS", "127.0.0.3");
    toAccountPage("locationTravelButton");
    fillAccount({QStringLiteral("alice@home.test"), QStringLiteral("localhost"), m_bed.port("SMTP_PORT"),
                 Security::Auto, 0, {}, {}});
    pressNext();
    QVERIFY(waitForTest(OutboxWizard::TestPage));
    // Escape after a test: "Save a report first?", with saving offered; Escape again keeps the window.
    QString question;
    withModal(
        [&](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            question = box->text();
            QVERIFY(box->findChild<QAbstractButton *>(QStringLiteral("saveReportButton")));
            QTest::keyClick(modal, Qt::Key_Escape);
        },
        [&] { QTest::keyClick(m_wizard.get(), Qt::Key_Escape); });
    QCOMPARE(question, QStringLiteral("Save a report first?"));
    QVERIFY(m_wizard->isVisible());
    withModal([](QWidget *modal) { modal->findChild<QAbstractButton *>(QStringLiteral("quitWithoutSavingButton"))->click(); },
              [&] { QTest::mouseClick(wizardButton(QWizard::CancelButton), Qt::LeftButton); });
    QVERIFY(!m_wizard->isVisible());
    QCOMPARE(m_wizard->result(), int(QDialog::Rejected));
}

void TestWizard::foreignSenderThenFixAddress()
{
    if (!needBed())
        QSKIP("no test bed");
    qputenv("OD_SOURCE_ADDRESS", "127.0.0.3");
    toAccountPage("locationHomeButton");
    fillAccount({QStringLiteral("alice@gmail.test"), QStringLiteral("localhost"), m_bed.port("SUBMISSION_PORT"),
                 Security::StartTls, 1, m_bed.value("USER"), m_bed.value("PASSWORD")});
    pressNext();
    QVERIFY(waitForTest(OutboxWizard::TestPage));
    QTRY_VERIFY_WITH_TIMEOUT(wizardButton(QWizard::NextButton)->isEnabled(), 5000);
    QCOMPARE(m_wizard->state()->firstDiagnosis().cause, Cause::SenderRejected);
    pressNext();
    QVERIFY(child<QLabel>("serverWordsLabel")->text().contains(QLatin1String("Sender address rejected")));
    pressNext();
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::FixPage));
    QVERIFY(child<QRadioButton>("fixFixSenderAddressRadioButton")->isChecked());
    // Prefilled with the address the login belongs to.
    QCOMPARE(child<QLineEdit>("senderLineEdit")->text(), QStringLiteral("alice@home.test"));
    pressNext();
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::RetestPage));
    QVERIFY(waitForTest(OutboxWizard::RetestPage));
    QCOMPARE(m_wizard->state()->retestDiagnosis().cause, Cause::Ok);
    pressNext();
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::DonePage));
    QCOMPARE(child<QLabel>("resultHeadlineLabel")->text(), QStringLiteral("It works"));
    QVERIFY(child<QLabel>("settingsSummaryLabel")->text().contains(QLatin1String("alice@home.test")));
}

void TestWizard::popBeforeSmtp()
{
    if (!needBed())
        QSKIP("no test bed");
    // Forget earlier POP3 logins, so the relay is closed until this test logs in.
    QProcess clear;
    clear.start(QStringLiteral("bash"), {QStringLiteral(OD_SOURCE_DIR "/tests/testbed/testbed.sh"),
                                         QStringLiteral("popauth-clear"), m_bed.value("TESTBED_DIR")});
    QVERIFY(clear.waitForFinished(20000));
    QCOMPARE(clear.exitCode(), 0);
    qputenv("OD_SOURCE_ADDRESS", "127.0.0.4");
    toAccountPage("locationTravelButton");
    fillAccount({QStringLiteral("alice@home.test"), QStringLiteral("localhost"), m_bed.port("POPAUTH_PORT"),
                 Security::Auto, 0, {}, {}});
    pressNext();
    QVERIFY(waitForTest(OutboxWizard::TestPage));
    QCOMPARE(m_wizard->state()->firstDiagnosis().cause, Cause::RelayDenied);
    pressNext();
    pressNext();
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::FixPage));
    auto *pop = child<QRadioButton>("fixPopBeforeSmtpRadioButton");
    QVERIFY(pop);
    // Not the recommendation: among the other ways.
    QVERIFY(!pop->isVisible());
    QTest::mouseClick(child<QAbstractButton>("otherWaysToolButton"), Qt::LeftButton);
    QVERIFY(pop->isVisible());
    pop->setFocus();
    QTest::keyClick(pop, Qt::Key_Space);
    QVERIFY(pop->isChecked());
    typeText("popHostLineEdit", QStringLiteral("localhost"));
    typeNumber("popPortSpinBox", m_bed.port("POP3_PORT"));
    QCOMPARE(child<QLineEdit>("popUserLineEdit")->text(), QStringLiteral("alice@home.test"));
    typeText("popPasswordLineEdit", m_bed.value("PASSWORD"));
    pressNext();
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::RetestPage));
    QVERIFY(waitForTest(OutboxWizard::RetestPage));
    const ProbeResult &r = m_wizard->state()->retestResult();
    QVERIFY(r.pop3.attempted);
    QVERIFY2(r.pop3.ok, qPrintable(r.pop3.serverText));
    QCOMPARE(diagnoseProbe(r).cause, Cause::Ok);
    // The POP3 login has its own row above the SMTP steps.
    auto *retest = qobject_cast<TestPage *>(m_wizard->currentPage());
    QCOMPARE(retest->probeView()->tree()->topLevelItemCount(), 2);
    pressNext();
    QCOMPARE(child<QLabel>("resultHeadlineLabel")->text(), QStringLiteral("It works"));
}

void TestWizard::useLocalServerAtWork()
{
    if (!needBed())
        QSKIP("no test bed");
    // At the office (127.0.0.2, a network the bed's port-25-like server trusts), sending
    // through the home provider's SSL/TLS server without a login: relaying is refused there.
    qputenv("OD_SOURCE_ADDRESS", "127.0.0.2");
    toAccountPage("locationWorkButton");
    fillAccount({QStringLiteral("carol@home.test"), QStringLiteral("localhost"), m_bed.port("SMTPS_PORT"),
                 Security::Tls, 0, {}, {}});
    pressNext();
    QVERIFY(waitForTest(OutboxWizard::TestPage));
    QCOMPARE(m_wizard->state()->firstDiagnosis().cause, Cause::RelayDenied);
    pressNext();
    pressNext();
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::FixPage));
    auto *local = child<QRadioButton>("fixUseLocalServerRadioButton");
    QVERIFY(local->isChecked()); // at work: the office's server comes first
    // The office's server, typed and tested on the spot.
    typeText("localServerLineEdit", QStringLiteral("localhost:%1").arg(m_bed.port("SMTP_PORT")));
    QTest::mouseClick(child<QPushButton>("addServerButton"), Qt::LeftButton);
    auto *candidates = child<QTreeWidget>("candidatesTreeWidget");
    QCOMPARE(candidates->topLevelItemCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(candidates->topLevelItem(0)->text(1), QStringLiteral("Works from here"), kProbeWaitMs);
    QCOMPARE(candidates->currentItem(), candidates->topLevelItem(0));
    pressNext();
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::RetestPage));
    QVERIFY(waitForTest(OutboxWizard::RetestPage));
    QCOMPARE(m_wizard->state()->retestDiagnosis().cause, Cause::Ok);
    QCOMPARE(m_wizard->state()->proposed().port, m_bed.port("SMTP_PORT"));
    pressNext();
    QCOMPARE(child<QLabel>("resultHeadlineLabel")->text(), QStringLiteral("It works"));
}

void TestWizard::untrustedCertificateTrustOnce()
{
    if (!needBed())
        QSKIP("no test bed");
    qunsetenv("OD_EXTRA_CA_FILE"); // the test CA is not trusted: the certificate must be looked at
    toAccountPage("locationTravelButton");
    QVERIFY(child<QLineEdit>("caFileLineEdit")->text().isEmpty());
    fillAccount({QStringLiteral("alice@home.test"), QStringLiteral("localhost"), m_bed.port("SMTPS_PORT"),
                 Security::Tls, 1, m_bed.value("USER"), m_bed.value("PASSWORD")});
    pressNext();
    QVERIFY(waitForTest(OutboxWizard::TestPage));
    QCOMPARE(m_wizard->state()->firstDiagnosis().cause, Cause::CertificateInvalid);
    auto *frame = child<QWidget>("certificateFrame");
    QVERIFY(frame->isVisible());
    auto *button = child<QPushButton>("trustCertificateButton");
    QString shownFingerprint;
    bool sawSubject = false;
    withModal(
        [&](QWidget *dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("certificateDialog"));
            const QString details = dialog->findChild<QLabel *>(QStringLiteral("certificateDetailsLabel"))->text();
            sawSubject = details.contains(QLatin1String("mail.home.test"));
            shownFingerprint = details;
            QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("hostnameMismatchLabel"))->isVisible());
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("trustOnceButton")), Qt::LeftButton);
        },
        [&] { QTest::mouseClick(button, Qt::LeftButton); });
    QVERIFY(sawSubject);
    QCOMPARE(m_wizard->state()->trustedFingerprints().size(), 1);
    QVERIFY(shownFingerprint.contains(fingerprintText(m_wizard->state()->trustedFingerprints().first()).left(47)));
    // The test runs again by itself with the certificate trusted, and goes through.
    QVERIFY(waitForTest(OutboxWizard::TestPage));
    QTRY_VERIFY_WITH_TIMEOUT(m_wizard->state()->firstDiagnosis().cause == Cause::Ok, kProbeWaitMs);
    QVERIFY(!frame->isVisible());
    QVERIFY(m_wizard->state()->firstResult().attempts.first().tls.trustedByUser);
    pressNext();
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::DiagnosisPage));
    QCOMPARE(child<QLabel>("headlineLabel")->text(), causeTitle(Cause::Ok));
    pressNext();
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::DonePage));
    QCOMPARE(child<QLabel>("resultHeadlineLabel")->text(), QStringLiteral("It works"));
}

void TestWizard::certificateDialogShowsMismatch()
{
    if (!needBed())
        QSKIP("no test bed");
    TlsReport tls;
    tls.chain = QSslCertificate::fromPath(m_bed.value("EXPIRED_CERT"));
    QVERIFY(!tls.chain.isEmpty());
    tls.findings = {CertificateFinding::Expired, CertificateFinding::HostnameMismatch};
    CertificateDialog dialog(QStringLiteral("smtp.provider.example"), tls);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("hostnameMismatchLabel"))->isVisible());
    const QString findings = dialog.findChild<QLabel *>(QStringLiteral("certificateFindingsLabel"))->text();
    QVERIFY(findings.contains(WizardTexts::findingText(CertificateFinding::Expired)));
    const QString details = dialog.findChild<QLabel *>(QStringLiteral("certificateDetailsLabel"))->text();
    QVERIFY(details.contains(QLatin1String("2020"))); // valid 2020-01-01 .. 2020-02-01
    // Enter is the safe answer.
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestWizard::cancelInTheMiddle()
{
    SilentServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    toAccountPage("locationUnknownButton");
    fillAccount({QStringLiteral("alice@home.test"), QStringLiteral("127.0.0.1"), server.serverPort(), Security::None,
                 0, {}, {}});
    pressNext();
    auto *test = qobject_cast<TestPage *>(m_wizard->currentPage());
    QVERIFY(test);
    QTRY_VERIFY_WITH_TIMEOUT(!server.clients.isEmpty(), 5000);
    QVERIFY(test->isRunning());
    auto *cancel = child<QPushButton>("cancelTestButton");
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!test->isRunning());
    QVERIFY(m_wizard->state()->firstResult().aborted);
    QVERIFY(!wizardButton(QWizard::NextButton)->isEnabled());
    QVERIFY(child<QLabel>("statusLabel")->text().contains(QLatin1String("cancelled")));
    QVERIFY(child<QPushButton>("restartTestButton")->isEnabled());
    // The connection to the server is closed.
    QTRY_COMPARE_WITH_TIMEOUT(server.clients.first()->state(), QAbstractSocket::UnconnectedState, 5000);
}

void TestWizard::closingMidTestStopsProbe()
{
    SilentServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    toAccountPage("locationUnknownButton");
    fillAccount({QStringLiteral("alice@home.test"), QStringLiteral("127.0.0.1"), server.serverPort(), Security::None,
                 0, {}, {}});
    pressNext();
    auto *test = qobject_cast<TestPage *>(m_wizard->currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(!server.clients.isEmpty(), 5000);
    QVERIFY(test->isRunning());
    // Something was typed: closing asks first; "Keep open" keeps the window and the test.
    withModal([](QWidget *modal) { modal->findChild<QAbstractButton *>(QStringLiteral("keepOpenButton"))->click(); },
              [&] { m_wizard->close(); });
    QVERIFY(m_wizard->isVisible());
    QVERIFY(test->isRunning());
    withModal([](QWidget *modal) { modal->findChild<QAbstractButton *>(QStringLiteral("quitWithoutSavingButton"))->click(); },
              [&] { m_wizard->close(); }); // the window's close button: QWizard rejects
    QVERIFY(!m_wizard->isVisible());
    QVERIFY(!test->isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(server.clients.first()->state(), QAbstractSocket::UnconnectedState, 5000);
}

void TestWizard::languageSwitchKeepsDataAndRetranslates()
{
    toAccountPage("locationWorkButton");
    typeText("emailLineEdit", QStringLiteral("alice@home.test"));
    typeText("hostLineEdit", QStringLiteral("smtp.home.test"));
    typeNumber("portSpinBox", 2525);
    const QString nextEnglish = wizardButton(QWizard::NextButton)->text();
    QCOMPARE(nextEnglish, QStringLiteral("&Next >"));

    // Back to the first page, switch the language with the keyboard.
    pressBack();
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::WelcomePage));
    chooseData("languageComboBox", QStringLiteral("de"));
    QCOMPARE(currentLanguage(), QStringLiteral("de"));
    // QWizard's own buttons speak German (Qt's qtbase_de). LanguageChange is a posted event.
    QTRY_COMPARE_WITH_TIMEOUT(wizardButton(QWizard::NextButton)->text(), QCoreApplication::translate("QWizard", "&Next >"), 2000);
    QVERIFY2(wizardButton(QWizard::NextButton)->text() != nextEnglish, "qtbase_de is not installed");
    QCOMPARE(wizardButton(QWizard::NextButton)->text(), QStringLiteral("&Weiter >"));

    // Every text of every page is retranslated (the pseudo-German marks ours). The real German
    // catalogue keeps some texts as in English ("Port:"), so the pseudo-German goes on top of it.
    QCoreApplication::removeTranslator(&m_pseudo);
    QCoreApplication::installTranslator(&m_pseudo);
    QTRY_VERIFY_WITH_TIMEOUT(m_wizard->currentPage()->title().startsWith(PseudoGerman::marker()), 2000);
    for (int id : m_wizard->pageIds()) {
        QWizardPage *page = m_wizard->page(id);
        QVERIFY2(page->title().startsWith(PseudoGerman::marker()), qPrintable(page->title()));
        for (QLabel *l : page->findChildren<QLabel *>()) {
            if (!l->text().isEmpty() && l->objectName() != QLatin1String("decodedLabel"))
                QVERIFY2(l->text().contains(PseudoGerman::marker()), qPrintable(QStringLiteral("%1: %2").arg(l->objectName(), l->text())));
        }
        for (QAbstractButton *b : page->findChildren<QAbstractButton *>()) {
            if (!b->text().isEmpty())
                QVERIFY2(b->text().contains(PseudoGerman::marker()), qPrintable(QStringLiteral("%1: %2").arg(b->objectName(), b->text())));
        }
        for (QGroupBox *g : page->findChildren<QGroupBox *>())
            QVERIFY2(g->title().contains(PseudoGerman::marker()), qPrintable(g->title()));
    }
    QVERIFY(m_wizard->windowTitle().contains(PseudoGerman::marker()));

    // Forward again: what was typed is still there.
    pressNext();
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::AccountPage));
    QVERIFY(waitForAccountList());
    QCOMPARE(child<QLineEdit>("emailLineEdit")->text(), QStringLiteral("alice@home.test"));
    QCOMPARE(child<QLineEdit>("hostLineEdit")->text(), QStringLiteral("smtp.home.test"));
    QCOMPARE(child<QSpinBox>("portSpinBox")->value(), 2525);
    QVERIFY(m_wizard->page(OutboxWizard::WelcomePage)->findChild<QAbstractButton *>(QStringLiteral("locationWorkButton"))->isChecked());
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("de"));

    // Switching while on page 3 (a language change from outside) retranslates in place too.
    installLanguage(QStringLiteral("en"));
    QTRY_COMPARE_WITH_TIMEOUT(wizardButton(QWizard::NextButton)->text(), nextEnglish, 2000);
    QVERIFY(!m_wizard->currentPage()->title().contains(PseudoGerman::marker()));
    QCOMPARE(child<QLineEdit>("emailLineEdit")->text(), QStringLiteral("alice@home.test"));
}

void TestWizard::helpPerPage()
{
    makeWizard();
    QSet<QString> texts;
    for (int step = 0; step < 2; ++step) {
        QString shown;
        withModal(
            [&](QWidget *modal) {
                auto *box = qobject_cast<QMessageBox *>(modal);
                QVERIFY(box);
                shown = box->text();
                box->button(QMessageBox::Close)->click();
            },
            [&] {
                if (step == 0)
                    QTest::keyClick(m_wizard.get(), Qt::Key_F1);
                else
                    QTest::mouseClick(wizardButton(QWizard::HelpButton), Qt::LeftButton);
            });
        QVERIFY(!shown.isEmpty());
        texts.insert(shown);
        if (step == 0)
            QTest::mouseClick(child<QAbstractButton>("locationUnknownButton"), Qt::LeftButton, {}, QPoint(8, 8));
    }
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::AccountPage));
    QCOMPARE(texts.size(), 2); // each page has its own help
}

void TestWizard::instructionsForEveryClient()
{
    const QList<Fix> fixes = {Fix::EnableAuth, Fix::UseLocalServer, Fix::PopBeforeSmtp, Fix::FixSenderAddress,
                              Fix::UseSubmissionPort};
    QCOMPARE(ClientInstructions::clients().size(), 8);
    for (const QString &client : ClientInstructions::clients()) {
        QVERIFY(!ClientInstructions::clientName(client).isEmpty());
        for (Fix fix : fixes)
            QVERIFY2(ClientInstructions::steps(client, fix).size() >= 2, qPrintable(client));
    }
    QCOMPARE(ClientInstructions::clientFor(QStringLiteral("thunderbird")), QStringLiteral("thunderbird"));
    QCOMPARE(ClientInstructions::clientFor(QStringLiteral("claws-mail")), QStringLiteral("claws-mail"));
    QCOMPARE(ClientInstructions::clientFor(QStringLiteral("msmtp")), QStringLiteral("generic"));
    QVERIFY(ClientInstructions::steps(QStringLiteral("generic"), Fix::ContactProvider).isEmpty());
}

void TestWizard::accountKindAskedWhereItMatters()
{
    // Travelling: whose account it is does not change what a refusal means; not asked.
    toAccountPage("locationTravelButton");
    QVERIFY(!child<QWidget>("accountKindChooser")->isVisible());
    // The side shows the step: the first ticked, this one current, and says so to screen readers.
    auto *steps = m_wizard->findChild<StepIndicator *>();
    QVERIFY(steps && steps->isVisible());
    QCOMPARE(steps->current(), 1);
    QCOMPARE(steps->accessibleDescription(), QStringLiteral("Step 2 of 7: Your account"));
    QCOMPARE(steps->findChild<QLabel *>(QStringLiteral("step0MarkLabel"))->text(), QString(QChar(0x2714)));
    QCOMPARE(steps->findChild<QLabel *>(QStringLiteral("step1MarkLabel"))->text(), QString(QChar(0x25b6)));
    m_wizard->resize(700, 600); // too narrow to spare the room
    QTRY_VERIFY(!steps->isVisible());
    m_wizard->resize(1024, 768);
    QTRY_VERIFY(steps->isVisible());
    pressBack();
    // At work: asked, with the home provider's account proposed, and the answer kept.
    QTest::mouseClick(child<QAbstractButton>("locationWorkButton"), Qt::LeftButton, {}, QPoint(8, 8));
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::AccountPage));
    QVERIFY(child<QWidget>("accountKindChooser")->isVisible());
    auto *home = child<QRadioButton>("accountHomeRadioButton");
    QVERIFY(home->isChecked());
    QCOMPARE(m_wizard->state()->accountKind(), AccountKind::Home);
    // The arrow keys move between the answers.
    home->setFocus();
    QTest::keyClick(home, Qt::Key_Down);
    QVERIFY(child<QRadioButton>("accountWorkRadioButton")->isChecked());
    QCOMPARE(m_wizard->state()->accountKind(), AccountKind::Work);
}

namespace {
double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
} // namespace

void TestWizard::mailWayShowsTheFailingStretch()
{
    for (const bool dark : {false, true}) {
        QWidget window;
        if (dark) {
            QPalette p = window.palette();
            p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
            p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
            window.setPalette(p);
        }
        auto *way = new MailWayView(&window);
        way->setPlaces(Location::Travel, QStringLiteral("smtp.home.test"), QStringLiteral("elsewhere.test"));
        window.resize(800, 200);
        window.show();
        way->showRunning();
        QCOMPARE(way->state(Hop::ToYourServer), MailWayView::State::Working);
        QCOMPARE(way->state(Hop::OnToRecipient), MailWayView::State::Waiting);

        QSignalSpy announced(way, &MailWayView::announced);
        Diagnosis relay;
        relay.cause = Cause::RelayDenied;
        way->showResult(relay);
        QCOMPARE(way->state(Hop::ToYourServer), MailWayView::State::Ok);
        QCOMPARE(way->state(Hop::OnToRecipient), MailWayView::State::Failed);
        QVERIFY(way->summary().contains(causeTitle(Cause::RelayDenied)));
        QVERIFY(way->summary().contains(QStringLiteral("smtp.home.test")));
        // Screen readers are told the change (description), and the failure as an alert.
        QCOMPARE(announced.size(), 1);
        QCOMPARE(announced.first().at(0).toString(), way->summary());
        QCOMPARE(announced.first().at(1).toBool(), true);
        QCOMPARE(way->accessibleDescription(), way->summary());
        // The failing stretch's words are readable on this palette (WCAG AA: 4.5:1).
        auto *caption = way->findChild<QLabel *>(QStringLiteral("mailWayOnwardLabel"));
        QVERIFY(caption);
        QCOMPARE(caption->text(), causeTitle(Cause::RelayDenied));
        const double ratio = contrast(caption->palette().color(QPalette::WindowText), window.palette().color(QPalette::Window));
        QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio)));
        auto *works = way->findChild<QLabel *>(QStringLiteral("mailWayToServerLabel"));
        const double okRatio = contrast(works->palette().color(QPalette::WindowText), window.palette().color(QPalette::Window));
        QVERIFY2(okRatio >= 4.5, qPrintable(QString::number(okRatio)));

        Diagnosis blocked;
        blocked.cause = Cause::PortBlocked;
        way->showResult(blocked);
        QCOMPARE(way->state(Hop::ToYourServer), MailWayView::State::Failed);
        QCOMPARE(way->state(Hop::OnToRecipient), MailWayView::State::NotReached);
        Diagnosis ok;
        ok.cause = Cause::Ok;
        way->showResult(ok);
        QCOMPARE(way->state(Hop::OnToRecipient), MailWayView::State::Ok);
        Diagnosis unsure;
        way->showResult(unsure);
        QCOMPARE(way->state(Hop::ToYourServer), MailWayView::State::Unsure);
    }
}

void TestWizard::geometryRemembered()
{
    makeWizard();
    m_wizard->resize(800, 600);
    QTest::qWait(10);
    m_wizard->reject();
    m_wizard.reset();
    m_wizard = std::make_unique<OutboxWizard>(WizardServices::fromEnvironment());
    QCOMPARE(m_wizard->size(), QSize(800, 600));
}

void TestWizard::screenshots()
{
    const QString dir = qEnvironmentVariable("OD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set OD_SCREENSHOT_DIR to save a picture of every page");
    if (!needBed())
        QSKIP("no test bed");
    QDir().mkpath(dir);
    // OD_SCREENSHOT_DARK=1: the same pictures with a dark palette, as a dark desktop gives one.
    const bool dark = qEnvironmentVariableIntValue("OD_SCREENSHOT_DARK") != 0;
    const QPalette original = QApplication::palette();
    if (dark)
        QApplication::setPalette(odtest::darkPalette());
    const auto restorePalette = qScopeGuard([&] { QApplication::setPalette(original); });
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("de")}) {
        cleanup();
        init();
        qputenv("OD_SOURCE_ADDRESS", "127.0.0.3");
        makeWizard();
        QVERIFY(!QTest::currentTestFailed());
        m_wizard->resize(1024, 768);
        installLanguage(language);
        auto shoot = [&](const QString &name, QWidget *w = nullptr) {
            QWidget *target = w ? w : m_wizard.get();
            QTest::qWait(150);
            QVERIFY(target->grab().save(QStringLiteral("%1/%2_%3%4.png").arg(dir, name, language,
                                                                              dark ? QStringLiteral("_dark") : QString())));
        };
        child<QPlainTextEdit>("pasteTextEdit")->setPlainText(
            QStringLiteral("Your message did not reach some or all of the intended recipients.\n"
                           "The following recipient(s) cannot be reached:\n"
                           "friend@elsewhere.test on 22/11/2026 09:00\n"
                           "554 5.7.1 <friend@elsewhere.test>: Relay access denied"));
        QTest::qWait(400);
        shoot(QStringLiteral("1-welcome"));
        QTest::mouseClick(child<QAbstractButton>("locationTravelButton"), Qt::LeftButton, {}, QPoint(8, 8));
        fillAccount({QStringLiteral("alice@home.test"), QStringLiteral("localhost"), m_bed.port("SMTP_PORT"),
                     Security::Auto, 0, {}, {}});
        typeText("displayNameLineEdit", QStringLiteral("Alice Example"));
        typeText("incomingHostLineEdit", QStringLiteral("localhost"));
        shoot(QStringLiteral("3-account"));
        pressNext();
        QVERIFY(waitForTest(OutboxWizard::TestPage));
        QTest::mouseClick(child<QAbstractButton>("showTranscriptToolButton"), Qt::LeftButton);
        shoot(QStringLiteral("4-test"));
        pressNext();
        QTest::mouseClick(child<QAbstractButton>("technicalDetailsToolButton"), Qt::LeftButton);
        shoot(QStringLiteral("5-diagnosis"));
        pressNext();
        typeText("authPasswordLineEdit", m_bed.value("PASSWORD"));
        typeNumber("authPortSpinBox", m_bed.port("SUBMISSION_PORT"));
        chooseData("clientComboBox", QStringLiteral("thunderbird"));
        shoot(QStringLiteral("6-fix-auth"));
        for (const char *radio : {"fixUseLocalServerRadioButton", "fixPopBeforeSmtpRadioButton", "fixContactProviderRadioButton"}) {
            child<QRadioButton>(radio)->click();
            shoot(QStringLiteral("6-fix-%1").arg(QString::fromLatin1(radio).mid(3).section(QLatin1String("Radio"), 0, 0)));
        }
        child<QRadioButton>("fixEnableAuthRadioButton")->click();
        pressNext();
        QVERIFY(waitForTest(OutboxWizard::RetestPage));
        shoot(QStringLiteral("7-retest"));
        pressNext();
        shoot(QStringLiteral("8-done"));
        // The dialogs: help and a certificate.
        withModal([&](QWidget *modal) { shoot(QStringLiteral("9-help"), modal); modal->close(); },
                  [&] { m_wizard->showHelp(); });
        TlsReport tls;
        tls.chain = QSslCertificate::fromPath(m_bed.value("EXPIRED_CERT"));
        tls.findings = {CertificateFinding::Expired, CertificateFinding::Untrusted, CertificateFinding::HostnameMismatch};
        CertificateDialog dialog(QStringLiteral("smtp.provider.example"), tls, m_wizard.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        shoot(QStringLiteral("9-certificate"), &dialog);
    }
}

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
