// SPDX-License-Identifier: GPL-3.0-or-later
// Every page fits: the wizard as the program sizes it on a screen given by OD_FIT_SCREEN
// ("1024x768", physical pixels; QT_SCALE_FACTOR scales it as a desktop at 150 % or 200 % would),
// walked in all five languages through every page — the Thunderbird account found, a real
// relay-denied test against the test bed, the diagnosis, every fix, the test again, the Done
// page with "change the settings for me" before and after applying — fails on a label
// narrower than its text, a button narrower than its size hint, overlapping sibling widgets, a
// widget sticking out of its parent and the window's buttons off the screen. The window is
// also tried at its own minimum size. With OD_SCREENSHOT_DIR set it saves every step.
#include "core/languages.h"
#include "layoutcheck.h"
#include "outboxwizard.h"
#include "testbed.h"
#include "wizarddriver.h"
#include "testpage.h"
#include "wizardstate.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace od;
using Refusal = odtest::ScriptedProvider::Refusal;

namespace {
// A Gmail account: its usual password is refused for a mail program, an app password works.
constexpr char kGmailUser[] = "alice@gmail.com";
constexpr char kUsualPassword[] = "my-usual-password";
constexpr char kAppPassword[] = "abcdefghijklmnop";
} // namespace

class TestLayoutFit : public QObject, private odtest::WizardDriver
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void walk_data();
    void walk();
    void signIn_data();
    void signIn();

private:
    void begin(const QString &language);
    void check(const QString &stage);
    void checkAtMinimum(const QString &stage);
    // From the Account page: the test with the form's settings, which ends in `cause`, its
    // diagnosis and every fix it offers; then back on the Account page.
    void checkFixesFor(const QString &name, Cause cause);

    odtest::TestBed m_bed;
    bool m_haveBed = false;
    QString m_why;
    QTemporaryDir m_home;
    std::unique_ptr<odtest::ScriptedProvider> m_provider;
    QStringList m_problems;
    QString m_language;
    QString m_shotDir;
    int m_shot = 0;
};

void TestLayoutFit::initTestCase()
{
    odtest::prepareWizardTest(odtest::AccountScan::On);
    m_haveBed = m_bed.load(&m_why);
    if (!m_haveBed)
        QSKIP(qPrintable(QStringLiteral("test bed not available: %1").arg(m_why)));
    // The hotel story's home, sending through the bed's port-25-like server.
    QVERIFY(m_home.isValid());
    QVERIFY(odtest::useHotelHome(m_home.path(), m_bed.port("SMTP_PORT")));
    m_provider = std::make_unique<odtest::ScriptedProvider>(kGmailUser, kAppPassword);
    QVERIFY(m_provider->isListening());
    m_shotDir = odtest::screenshotDir();
}

void TestLayoutFit::cleanup()
{
    m_wizard.reset();
    QSettings().clear();
    installLanguage(QStringLiteral("en"));
}

void TestLayoutFit::check(const QString &stage)
{
    // Layouts settle over a few event loop turns (word-wrapped labels ask for their height).
    QTest::qWait(30);
    QApplication::processEvents();
    QList<QWidget *> buttons;
    for (QWizard::WizardButton b : {QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton,
                                    QWizard::CancelButton, QWizard::HelpButton})
        buttons << m_wizard->button(b);
    const QStringList problems = odtest::layoutProblems(m_wizard.get()) + odtest::offScreenProblems(m_wizard.get(), buttons);
    for (const QString &p : problems)
        m_problems << QStringLiteral("[%1 %2x%3] %4: %5").arg(m_language).arg(m_wizard->width()).arg(m_wizard->height()).arg(stage, p);
    if (!m_shotDir.isEmpty()) {
        QString name = stage;
        name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("-"));
        const QScreen *screen = m_wizard->screen();
        const QString file = QStringLiteral("%1/%2x%3@%4_%5_%6-%7.png")
                                 .arg(m_shotDir)
                                 .arg(screen->geometry().width())
                                 .arg(screen->geometry().height())
                                 .arg(screen->devicePixelRatio())
                                 .arg(m_language)
                                 .arg(++m_shot, 2, 10, QLatin1Char('0'))
                                 .arg(name);
        QVERIFY(m_wizard->grab().save(file));
    }
}

void TestLayoutFit::begin(const QString &language)
{
    m_language = language;
    m_problems.clear();
    m_shot = 0;
    QVERIFY(installLanguage(language));
    qputenv("OD_SOURCE_ADDRESS", "127.0.0.3"); // "elsewhere": relaying is refused
    qputenv("OD_EXTRA_CA_FILE", m_bed.value("CA_FILE").toLocal8Bit());
}

void TestLayoutFit::checkAtMinimum(const QString &stage)
{
    const QSize size = m_wizard->size();
    m_wizard->resize(m_wizard->minimumSize());
    check(stage + QStringLiteral("[minimum size]"));
    m_wizard->resize(size);
}

void TestLayoutFit::walk_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &l : supportedLanguages())
        QTest::newRow(qPrintable(l)) << l;
}

void TestLayoutFit::walk()
{
    QFETCH(QString, language);
    begin(language);
    // As the program opens it the first time: its own default size for this screen.
    makeWizard(WizardServices::fromEnvironment(), {true, false});
    if (QTest::currentTestFailed())
        return;

    odtest::StoryChecks checks;
    checks.check = [this](const QString &stage) { check(stage); };
    checks.again = [this](const QString &stage) { checkAtMinimum(stage); };
    checks.account = [this] {
        chooseLocation("locationTravelButton");
        QCOMPARE(m_wizard->state()->pickedAccount().client, QStringLiteral("thunderbird"));
        check(pageName());
        checkAtMinimum(pageName());
        if (auto *change = child<QAbstractButton>("changeSettingsButton")) {
            change->click();
            check(QStringLiteral("AccountPage[form]"));
            checkAtMinimum(QStringLiteral("AccountPage[form]"));
        }
    };
    checks.password = m_bed.value("PASSWORD");
    checks.submissionPort = m_bed.port("SUBMISSION_PORT");
    walkHotelStory(checks);
    if (QTest::currentTestFailed())
        return;

    QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(QLatin1Char('\n'))));
}

void TestLayoutFit::checkFixesFor(const QString &name, Cause cause)
{
    QVERIFY(goNext());
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::TestPage));
    QVERIFY(waitForTest(OutboxWizard::TestPage));
    QCOMPARE(m_wizard->state()->firstDiagnosis().cause, cause);
    check(QStringLiteral("TestPage[%1]").arg(name));
    QVERIFY(goNext());
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::DiagnosisPage));
    check(QStringLiteral("DiagnosisPage[%1]").arg(name));
    QVERIFY(goNext());
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::FixPage));
    if (auto *others = child<QAbstractButton>("otherWaysToolButton"); others->isVisible())
        others->click();
    const QList<QRadioButton *> radios = m_wizard->currentPage()->findChildren<QRadioButton *>();
    QVERIFY(!radios.isEmpty());
    for (QRadioButton *radio : radios) {
        radio->click();
        check(QStringLiteral("FixPage[%1][%2]").arg(name, radio->objectName()));
    }
    while (m_wizard->currentId() != OutboxWizard::AccountPage)
        QVERIFY(goBack());
}

// The modern sign-in path, from a Thunderbird account of Gmail's that logs in with its usual
// password (a pasted "534-5.7.9 Application-specific password required", the same refusal from
// the scripted provider): the Fix page's panel for "use-modern-auth" with the provider's own
// way, an app password tested and applied, the switch to OAuth2; then the other panels the
// test bed cannot reach — the sender address, a description-only fix (an unknown recipient, a
// server that is not available), another port (a refused connection) and trusting a certificate.
void TestLayoutFit::signIn_data()
{
    walk_data();
}

void TestLayoutFit::signIn()
{
    QFETCH(QString, language);
    begin(language);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QVERIFY(odtest::writeThunderbirdHome(home.path(), {QLatin1String(kGmailUser), QStringLiteral("127.0.0.1"),
                                                       m_provider->port(Refusal::AppPasswordRequired), 3,
                                                       QLatin1String(kGmailUser)}));
    WizardServices services = WizardServices::fromEnvironment();
    services.scanAccounts = WizardServices::scannerFor(home.path());
    makeWizard(services, {true, false});
    if (QTest::currentTestFailed())
        return;

    child<QPlainTextEdit>("pasteTextEdit")->setPlainText(odtest::ScriptedProvider::replyLines(Refusal::AppPasswordRequired).first());
    QTRY_VERIFY_WITH_TIMEOUT(child<QWidget>("decodedLabel")->isVisible(), 5000);
    QCOMPARE(m_wizard->state()->paste().cause, Cause::PasswordLoginDisabled);
    check(QStringLiteral("WelcomePage[sign-in decoded]"));

    chooseLocation("locationHomeButton");
    QCOMPARE(m_wizard->state()->pickedAccount().client, QStringLiteral("thunderbird"));
    setText("passwordLineEdit", QLatin1String(kUsualPassword));
    check(QStringLiteral("AccountPage[sign-in]"));

    QVERIFY(goNext());
    QVERIFY(waitForTest(OutboxWizard::TestPage));
    QCOMPARE(m_wizard->state()->firstDiagnosis().cause, Cause::PasswordLoginDisabled);
    check(QStringLiteral("TestPage[sign-in]"));
    QVERIFY(goNext());
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::DiagnosisPage));
    check(QStringLiteral("DiagnosisPage[sign-in]"));
    checkAtMinimum(QStringLiteral("DiagnosisPage[sign-in]"));

    QVERIFY(goNext());
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::FixPage));
    QVERIFY(child<QRadioButton>("fixUseModernAuthRadioButton")->isChecked());
    QVERIFY(child<QWidget>("providerSignInLabel")->isVisible());
    QVERIFY(child<QWidget>("switchToOAuth2Button")->isVisible());
    check(QStringLiteral("FixPage[fixUseModernAuthRadioButton]"));
    checkAtMinimum(QStringLiteral("FixPage[fixUseModernAuthRadioButton]"));
    // An app password, tested on the provider's other port and applied to Thunderbird.
    setText("authPasswordLineEdit", QLatin1String(kAppPassword));
    setNumber("authPortSpinBox", m_provider->port(Refusal::None));
    setData("authSecurityComboBox", int(Security::None));
    QVERIFY(goNext());
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::RetestPage));
    QVERIFY(waitForTest(OutboxWizard::RetestPage));
    QCOMPARE(m_wizard->state()->retestDiagnosis().cause, Cause::Ok);
    check(QStringLiteral("RetestPage[app password]"));
    QVERIFY(goNext());
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::DonePage));
    check(QStringLiteral("DonePage[app password]"));
    auto *apply = child<QAbstractButton>("applyChangesPushButton");
    QVERIFY(apply && apply->isVisible());
    apply->click();
    QTRY_VERIFY_WITH_TIMEOUT(child<QWidget>("applyResultLabel")->isVisible(), 5000);
    check(QStringLiteral("DonePage[app password applied]"));
    checkAtMinimum(QStringLiteral("DonePage[app password applied]"));
    child<QAbstractButton>("undoChangesPushButton")->click();

    // Or Thunderbird signs in with OAuth2: switched from the panel, Next leads to the report.
    QVERIFY(goBack());
    QVERIFY(goBack());
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::FixPage));
    child<QAbstractButton>("switchToOAuth2Button")->click();
    QTRY_VERIFY_WITH_TIMEOUT(child<QWidget>("switchToOAuth2ResultLabel")->isVisible(), 5000);
    check(QStringLiteral("FixPage[switched to OAuth2]"));
    QVERIFY(goNext());
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::DonePage));
    // The switch only: no proposal left from the app password's retest, the undo at hand.
    QVERIFY(!child<QWidget>("applyChangesGroupBox")->isVisible());
    QVERIFY(child<QWidget>("undoUntestedChangeButton")->isVisible());
    check(QStringLiteral("DonePage[OAuth2]"));
    checkAtMinimum(QStringLiteral("DonePage[OAuth2]"));

    // The other refusals, with the settings changed in the Account page's form.
    while (m_wizard->currentId() != OutboxWizard::AccountPage)
        QVERIFY(goBack());
    if (auto *change = child<QAbstractButton>("changeSettingsButton"); change && change->isVisible())
        change->click();
    setText("passwordLineEdit", QLatin1String(kAppPassword));
    setNumber("portSpinBox", m_provider->port(Refusal::SenderNotOwned));
    checkFixesFor(QStringLiteral("sender"), Cause::SenderRejected);
    setNumber("portSpinBox", m_provider->port(Refusal::RecipientUnknown));
    checkFixesFor(QStringLiteral("recipient"), Cause::RecipientUnknown);
    setNumber("portSpinBox", m_provider->port(Refusal::Unavailable));
    checkFixesFor(QStringLiteral("unavailable"), Cause::ServerUnavailable);
    // A port that refuses the connection: another port.
    const quint16 refused = odtest::refusedPort();
    QVERIFY(refused != 0);
    setNumber("portSpinBox", refused);
    checkFixesFor(QStringLiteral("refused"), Cause::ConnectionRefused);
    // The test bed's SSL/TLS port without its CA: the certificate is not trusted.
    setText("hostLineEdit", QStringLiteral("localhost"));
    setNumber("portSpinBox", m_bed.port("SMTPS_PORT"));
    setData("securityComboBox", int(Security::Tls));
    setText("caFileLineEdit", QString());
    setData("authComboBox", QStringLiteral("none"));
    checkFixesFor(QStringLiteral("certificate"), Cause::CertificateInvalid);

    QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(QLatin1Char('\n'))));
}

// The screen is chosen before the application starts: the offscreen platform takes its
// screen's size from a configuration file.
int main(int argc, char **argv)
{
    QTemporaryDir configDir;
    const QByteArray screen = qgetenv("OD_FIT_SCREEN");
    if (!screen.isEmpty() && qgetenv("QT_QPA_PLATFORM") == "offscreen") {
        const QList<QByteArray> wh = screen.split('x');
        const QString config = configDir.filePath(QStringLiteral("screen.json"));
        QFile f(config);
        if (wh.size() != 2 || !f.open(QIODevice::WriteOnly)
            || f.write("{\"screens\": [{\"name\": \"fit\", \"x\": 0, \"y\": 0, \"width\": " + wh.at(0)
                       + ", \"height\": " + wh.at(1) + ", \"logicalDpi\": 96, \"logicalBaseDpi\": 96, \"dpr\": 1}]}")
                   < 0) {
            qCritical("OD_FIT_SCREEN must be WIDTHxHEIGHT");
            return 2;
        }
        f.close();
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(config));
    }
    QApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    TestLayoutFit test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_layoutfit.moc"
