// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizarddriver.h"
#include <QCoreApplication>
#include <QStandardPaths>
#include <QSettings>

#include "accountpage.h"
#include "testpage.h"
#include "wizardstate.h"

#include "../smtp/fakesmtpserver.h"

#include <QAbstractButton>
#include <QApplication>
#include <QSslCertificate>
#include <QSslKey>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QKeySequence>
#include <QLineEdit>
#include <QMetaEnum>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTimer>

#include <algorithm>

namespace odtest {

Qt::Key mnemonicKey(const QString &text)
{
    const qsizetype amp = text.indexOf(QLatin1Char('&'));
    if (amp < 0 || amp + 1 >= text.size())
        return Qt::Key_unknown;
    return Qt::Key(QKeySequence(text.at(amp + 1).toUpper())[0].key());
}

void WizardDriver::withModal(const std::function<void(QWidget *)> &action, const std::function<void()> &trigger)
{
    bool seen = false;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            poll.stop();
            seen = true;
            action(modal);
        }
    });
    poll.start();
    QTimer::singleShot(10000, &poll, &QTimer::stop); // bounded: never hang on a missing dialog
    trigger();
    QVERIFY2(seen, "no modal dialog appeared");
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

bool saveScreenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("OD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return true;
    QDir().mkpath(dir);
    QString file = name;
    static const QRegularExpression odd(QStringLiteral("[^A-Za-z0-9@._-]+"));
    file.replace(odd, QStringLiteral("-"));
    return w->grab().save(QStringLiteral("%1/%2.png").arg(dir, file));
}

void prepareWizardTest(AccountScan scan)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("OutboxDoctorTests"));
    QSettings().clear();
    if (scan == AccountScan::On)
        qunsetenv("OD_NO_ACCOUNT_SCAN");
    else
        qputenv("OD_NO_ACCOUNT_SCAN", "1");
    qputenv("OD_NO_KEYCHAIN", "1");
    qputenv("OD_NO_SERVER_SUGGESTIONS", "1");
}

bool useHotelHome(const QString &home, int smtpPort)
{
    if (!writeThunderbirdHome(home, {QStringLiteral("alice@home.test"), QStringLiteral("localhost"), smtpPort, 1,
                                     QStringLiteral("alice")}))
        return false;
    qputenv("OD_HOME_OVERRIDE", QFile::encodeName(home));
    qunsetenv("OD_NO_ACCOUNT_SCAN");
    return true;
}

QString screenshotDir()
{
    const QString dir = qEnvironmentVariable("OD_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QDir().mkpath(dir);
    return dir;
}

bool writeThunderbirdHome(const QString &home, const ThunderbirdAccount &a)
{
    const QByteArray prefs = "user_pref(\"mail.account.account1.identities\", \"id1\");\n"
                             "user_pref(\"mail.account.account1.server\", \"server1\");\n"
                             "user_pref(\"mail.accountmanager.accounts\", \"account1\");\n"
                             "user_pref(\"mail.accountmanager.defaultaccount\", \"account1\");\n"
                             "user_pref(\"mail.identity.id1.fullName\", \"Alice Example\");\n"
                             "user_pref(\"mail.identity.id1.smtpServer\", \"smtp1\");\n"
                             "user_pref(\"mail.identity.id1.useremail\", \"" + a.email.toUtf8() + "\");\n"
                             "user_pref(\"mail.server.server1.hostname\", \"" + a.host.toUtf8() + "\");\n"
                             "user_pref(\"mail.server.server1.type\", \"imap\");\n"
                             "user_pref(\"mail.server.server1.userName\", \"" + a.user.toUtf8() + "\");\n"
                             "user_pref(\"mail.smtp.defaultserver\", \"smtp1\");\n"
                             "user_pref(\"mail.smtpserver.smtp1.authMethod\", " + QByteArray::number(a.authMethod) + ");\n"
                             "user_pref(\"mail.smtpserver.smtp1.hostname\", \"" + a.host.toUtf8() + "\");\n"
                             "user_pref(\"mail.smtpserver.smtp1.port\", " + QByteArray::number(a.port) + ");\n"
                             "user_pref(\"mail.smtpserver.smtp1.try_ssl\", 0);\n"
                             + (a.authMethod > 1 ? "user_pref(\"mail.smtpserver.smtp1.username\", \"" + a.user.toUtf8() + "\");\n"
                                                 : QByteArray())
                             + "user_pref(\"mail.smtpservers\", \"smtp1\");\n";
    return writeFile(home + QStringLiteral("/.thunderbird/profiles.ini"),
                     "[Profile0]\nName=default-release\nIsRelative=1\nPath=k3x9.default-release\nDefault=1\n")
        && writeFile(home + QStringLiteral("/.thunderbird/k3x9.default-release/prefs.js"), prefs);
}

quint16 refusedPort()
{
    QTcpServer s;
    return s.listen(QHostAddress::LocalHost, 0) ? s.serverPort() : 0;
}

namespace {

QByteArray replyOf(ScriptedProvider::Refusal refusal)
{
    using Refusal = ScriptedProvider::Refusal;
    switch (refusal) {
    case Refusal::AppPasswordRequired:
        return "534-5.7.9 Application-specific password required. Learn more at\r\n"
               "534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor a1-20020a05600c00c1sm123456wmb.0 - gsmtp\r\n";
    case Refusal::SenderNotOwned:
        return "553 5.7.1 <alice@gmail.com>: Sender address rejected: not owned by user alice@gmail.com\r\n";
    case Refusal::RecipientUnknown:
        return "550 5.1.1 <friend@elsewhere.test>: Recipient address rejected: User unknown in virtual mailbox table\r\n";
    case Refusal::Unavailable:
        return "421 smtp.gmail.test Service not available, closing transmission channel\r\n";
    case Refusal::None:
        return {};
    }
    return {};
}

constexpr ScriptedProvider::Refusal kRefusals[] = {
    ScriptedProvider::Refusal::AppPasswordRequired, ScriptedProvider::Refusal::SenderNotOwned,
    ScriptedProvider::Refusal::RecipientUnknown, ScriptedProvider::Refusal::Unavailable, ScriptedProvider::Refusal::None};

} // namespace

ScriptedProvider::ScriptedProvider(const QByteArray &user, const QByteArray &password)
{
    for (Refusal refusal : kRefusals) {
        FakeBehaviour b;
        b.capabilities = {"PIPELINING", "8BITMIME", "AUTH PLAIN LOGIN"};
        b.user = user;
        b.password = password;
        const QByteArray words = replyOf(refusal);
        switch (refusal) {
        case Refusal::AppPasswordRequired:
            b.authFailure = words; // any other password than the app password
            break;
        case Refusal::SenderNotOwned:
            b.mail = words;
            break;
        case Refusal::RecipientUnknown:
            // The provider's own postmaster is known; the recipient elsewhere is not.
            b.rcpt = [words](const QByteArray &address) {
                return address.contains("postmaster") ? QByteArray("250 2.1.5 Ok\r\n") : words;
            };
            break;
        case Refusal::Unavailable:
            b.greeting = words;
            b.closeAfterGreeting = true;
            break;
        case Refusal::None:
            break;
        }
        m_servers.push_back(std::make_unique<FakeSmtpServer>(b, QSslCertificate(), QSslKey()));
    }
}

ScriptedProvider::~ScriptedProvider() = default;

bool ScriptedProvider::isListening() const
{
    return std::all_of(m_servers.cbegin(), m_servers.cend(), [](const auto &s) { return s->isListening(); });
}

quint16 ScriptedProvider::port(Refusal refusal) const
{
    return m_servers.at(size_t(refusal))->port();
}

QStringList ScriptedProvider::replyLines(Refusal refusal)
{
    QStringList out;
    for (const QByteArray &line : replyOf(refusal).split('\n')) {
        const QString l = QString::fromUtf8(line).trimmed();
        if (l.isEmpty())
            continue;
        out << l << l.mid(4).trimmed(); // with and without the code
    }
    return out;
}

void WizardDriver::makeWizard(od::WizardServices services, WizardOptions options)
{
    if (!options.advanceAfterTest)
        services.advanceAfterTestMs = -1; // the finished test pages are looked at
    m_wizard = std::make_unique<od::OutboxWizard>(services);
    if (!options.ownSize)
        m_wizard->resize(1024, 768);
    m_wizard->show();
    QApplication::setActiveWindow(m_wizard.get());
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    QCOMPARE(m_wizard->currentId(), int(od::OutboxWizard::WelcomePage));
    if (!options.ownSize)
        QCOMPARE(m_wizard->size(), QSize(1024, 768));
}

QString WizardDriver::pageName() const
{
    return QString::fromLatin1(QMetaEnum::fromType<od::OutboxWizard::PageId>().valueToKey(m_wizard->currentId()));
}

bool WizardDriver::pressWizardButton(QWizard::WizardButton which)
{
    QAbstractButton *button = m_wizard->button(which);
    if (!button->isVisible() || !QTest::qWaitFor([&] { return button->isEnabled(); }, 5000))
        return false;
    const int before = m_wizard->currentId();
    QApplication::setActiveWindow(m_wizard.get());
    QTest::keyClick(m_wizard.get(), mnemonicKey(button->text()), Qt::AltModifier);
    if (!QTest::qWaitFor([&] { return m_wizard->currentId() != before; }, 1000)) {
        qWarning("mnemonic of \"%s\" did not act; clicking", qPrintable(button->text()));
        QTest::mouseClick(button, Qt::LeftButton);
    }
    return m_wizard->currentId() != before;
}

void WizardDriver::pressNext()
{
    QVERIFY(pressWizardButton(QWizard::NextButton));
}

void WizardDriver::pressBack()
{
    QVERIFY(pressWizardButton(QWizard::BackButton));
}

void WizardDriver::pressMnemonic(QAbstractButton *button)
{
    QVERIFY(button && button->isVisible() && button->isEnabled());
    const Qt::Key key = mnemonicKey(button->text());
    QVERIFY2(key != Qt::Key_unknown, qPrintable(button->text()));
    QSignalSpy clicked(button, &QAbstractButton::clicked);
    QApplication::setActiveWindow(m_wizard.get());
    QTest::keyClick(m_wizard.get(), key, Qt::AltModifier);
    QVERIFY2(clicked.count() == 1 || clicked.wait(2000), qPrintable(button->text()));
}

void WizardDriver::typeText(const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(name);
    QVERIFY2(edit, name);
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
    QCOMPARE(edit->text(), text);
}

void WizardDriver::typeNumber(const char *name, int value)
{
    auto *spin = child<QSpinBox>(name);
    QVERIFY2(spin, name);
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, QString::number(value));
    QTest::keyClick(spin, Qt::Key_Tab);
    QCOMPARE(spin->value(), value);
}

void WizardDriver::chooseData(const char *name, const QVariant &data)
{
    auto *combo = child<QComboBox>(name);
    QVERIFY2(combo, name);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentData() != data; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentData(), data);
}

void WizardDriver::chooseText(const char *name, const QString &part)
{
    auto *combo = child<QComboBox>(name);
    QVERIFY2(combo, name);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && !combo->currentText().contains(part); ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QVERIFY2(combo->currentText().contains(part), qPrintable(combo->currentText()));
}

bool WizardDriver::goNext()
{
    QAbstractButton *next = m_wizard->button(QWizard::NextButton);
    if (!QTest::qWaitFor([&] { return next->isVisible() && next->isEnabled(); }, 5000))
        return false;
    const int before = m_wizard->currentId();
    m_wizard->next();
    return m_wizard->currentId() != before;
}

bool WizardDriver::goBack()
{
    const int before = m_wizard->currentId();
    m_wizard->back();
    return m_wizard->currentId() != before;
}

void WizardDriver::setText(const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(name);
    QVERIFY2(edit, name);
    edit->setText(text);
}

void WizardDriver::setNumber(const char *name, int value)
{
    auto *spin = child<QSpinBox>(name);
    QVERIFY2(spin, name);
    spin->setValue(value);
}

void WizardDriver::setData(const char *name, const QVariant &data)
{
    auto *combo = child<QComboBox>(name);
    QVERIFY2(combo, name);
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, name);
    combo->setCurrentIndex(index);
}

void WizardDriver::chooseLocation(const char *button, bool waitForList)
{
    auto *b = child<QAbstractButton>(button);
    QVERIFY2(b, button);
    // Choosing the place moves on at once.
    QTest::mouseClick(b, Qt::LeftButton, {}, QPoint(8, b->height() / 2));
    QCOMPARE(m_wizard->currentId(), int(od::OutboxWizard::AccountPage));
    QVERIFY(b->isChecked());
    if (waitForList)
        QVERIFY(waitForAccountList());
}

bool WizardDriver::waitForAccountList(int ms) const
{
    const auto *page = m_wizard ? m_wizard->findChild<od::AccountPage *>() : nullptr;
    return page && QTest::qWaitFor([&] { return !page->isScanning(); }, ms);
}

bool WizardDriver::waitForTest(int pageId) const
{
    const auto *page = m_wizard ? qobject_cast<od::TestPage *>(m_wizard->page(pageId)) : nullptr;
    return page && QTest::qWaitFor([&] { return !page->isRunning(); }, kProbeWaitMs);
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xc9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

void WizardDriver::walkHotelStory(const StoryChecks &checks)
{
    using od::Cause;
    using od::OutboxWizard;
    const auto again = [&](const QString &stage) {
        if (checks.again)
            checks.again(stage);
    };

    checks.check(pageName());
    child<QPlainTextEdit>("pasteTextEdit")
        ->setPlainText(QStringLiteral("Your message did not reach some or all of the intended recipients.\n"
                                      "friend@elsewhere.test on 22/11/2026 09:00\n"
                                      "554 5.7.1 <friend@elsewhere.test>: Relay access denied"));
    QTRY_VERIFY_WITH_TIMEOUT(child<QWidget>("decodedLabel")->isVisible(), 5000);
    checks.check(QStringLiteral("WelcomePage[decoded]"));
    again(QStringLiteral("WelcomePage[decoded]"));

    checks.account();
    if (QTest::currentTestFailed())
        return;

    QVERIFY(goNext());
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::TestPage));
    QVERIFY(waitForTest(OutboxWizard::TestPage));
    QCOMPARE(m_wizard->state()->firstDiagnosis().cause, Cause::RelayDenied);
    checks.check(pageName());
    child<QAbstractButton>("showTranscriptToolButton")->click();
    checks.check(QStringLiteral("TestPage[conversation]"));
    again(QStringLiteral("TestPage[conversation]"));

    QVERIFY(goNext());
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::DiagnosisPage));
    checks.check(pageName());
    child<QAbstractButton>("technicalDetailsToolButton")->click();
    checks.check(QStringLiteral("DiagnosisPage[details]"));
    again(QStringLiteral("DiagnosisPage[details]"));

    QVERIFY(goNext());
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::FixPage));
    checks.check(pageName());
    child<QAbstractButton>("otherWaysToolButton")->click();
    if (checks.fixChoicesShown) {
        checks.fixChoicesShown();
        if (QTest::currentTestFailed())
            return;
    }
    const QList<QRadioButton *> radios = m_wizard->currentPage()->findChildren<QRadioButton *>();
    QVERIFY(!radios.isEmpty());
    for (QRadioButton *radio : radios) {
        radio->click();
        checks.check(QStringLiteral("FixPage[%1]").arg(radio->objectName()));
    }
    again(pageName());
    if (checks.fixChoicesDone) {
        checks.fixChoicesDone();
        if (QTest::currentTestFailed())
            return;
    }
    child<QRadioButton>("fixEnableAuthRadioButton")->click();
    setText("authPasswordLineEdit", checks.password);
    setNumber("authPortSpinBox", checks.submissionPort);
    setData("authSecurityComboBox", int(od::Security::StartTls));
    if (QTest::currentTestFailed())
        return;

    QVERIFY(goNext());
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::RetestPage));
    QVERIFY(waitForTest(OutboxWizard::RetestPage));
    QCOMPARE(m_wizard->state()->retestDiagnosis().cause, Cause::Ok);
    checks.check(pageName());

    QVERIFY(goNext());
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::DonePage));
    checks.check(pageName());
    again(pageName());
    auto *apply = child<QAbstractButton>("applyChangesPushButton");
    QVERIFY(apply && apply->isVisible());
    apply->click();
    QTRY_VERIFY_WITH_TIMEOUT(child<QWidget>("applyResultLabel")->isVisible(), 5000);
    checks.check(QStringLiteral("DonePage[applied]"));
    again(QStringLiteral("DonePage[applied]"));
    // Undone, so the next walk starts from the same file.
    child<QAbstractButton>("undoChangesPushButton")->click();
}

} // namespace odtest
