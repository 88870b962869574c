// SPDX-License-Identifier: GPL-3.0-or-later
// Driving the wizard in the GUI tests, in one place: a test class derives from WizardDriver
// (beside QObject) and gets the wizard it makes, its widgets by object name, and two ways to act:
//  - as a keyboard user (pressNext, typeText, chooseData, ...): access keys for buttons, keys
//    typed into fields, arrow keys in combo boxes — what the keyboard tests prove;
//  - directly (goNext, setText, setData, ...): the walks that only look at every page.
// Every wait is bounded. Failures are reported with QVERIFY/QCOMPARE in the calling test; the
// functions returning bool leave the verdict to the caller.
#pragma once

#include "outboxwizard.h"
#include "wizardservices.h"

#include <QAbstractButton>
#include <QPalette>
#include <QSize>
#include <QString>
#include <QVariant>
#include <QWizard>

#include <functional>
#include <memory>
#include <vector>

class FakeSmtpServer;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace odtest {

// The access key of a text ("&Next >" -> N, "下一步(&N) >" -> N).
Qt::Key mnemonicKey(const QString &text);

// Writes a file, making its folder (a fake home's mail program settings).
bool writeFile(const QString &path, const QByteArray &data);

// A picture of `w` as OD_SCREENSHOT_DIR/<name>.png (the name's odd characters become "-");
// true when no folder is set.
bool saveScreenshot(QWidget *w, const QString &name);

// What every wizard test sets up first: Qt's test locations, the test's own settings (named
// after its executable) cleared, no keychain and no look-ups on the internet (none in CI). The
// mail programs' settings are looked for only with AccountScan::On (in the home that
// OD_HOME_OVERRIDE names).
enum class AccountScan { Off, On };
void prepareWizardTest(AccountScan scan);

// The hotel story's home: one Thunderbird account, alice@home.test, that sends through
// localhost:`smtpPort` without a login; the wizard reads the mail programs' settings there.
bool useHotelHome(const QString &home, int smtpPort);

// OD_SCREENSHOT_DIR, made when it is not there yet; empty when it is not set.
QString screenshotDir();

struct WizardOptions
{
    // The size the program gives itself on this screen, instead of 1024x768.
    bool ownSize = false;
    // A finished test moves on by itself, as in the program; otherwise the finished test
    // pages stay to be looked at.
    bool advanceAfterTest = false;
};

// A fake home's Thunderbird profile with one account (profiles.ini and prefs.js).
struct ThunderbirdAccount
{
    QString email;
    QString host;
    int port = 25;
    int authMethod = 1; // prefs.js: 1 no login, 3 normal password, 10 OAuth2
    QString user;
};
bool writeThunderbirdHome(const QString &home, const ThunderbirdAccount &account);

// A provider's outgoing server on loopback (tests/smtp/fakesmtpserver.h) for the refusals the
// test bed cannot give: one server per refusal, each on its own port, with the real servers'
// words. Logins are accepted for `user` / `password` only (an app password, for Gmail).
class ScriptedProvider
{
public:
    enum class Refusal {
        // Gmail, "534-5.7.9 Application-specific password required" (Gmail SMTP error reference).
        AppPasswordRequired,
        // Postfix reject_sender_login_mismatch: "553 5.7.1 <a>: Sender address rejected: not owned by user u".
        SenderNotOwned,
        // Postfix, a virtual mailbox domain: "550 5.1.1 <a>: Recipient address rejected: User unknown
        // in virtual mailbox table".
        RecipientUnknown,
        // RFC 5321 4.2.3: "421 <domain> Service not available, closing transmission channel".
        Unavailable,
        // Nothing: the provider's other port, where the app password logs in and the mail goes.
        None,
    };
    ScriptedProvider(const QByteArray &user, const QByteArray &password);
    ~ScriptedProvider();
    ScriptedProvider(const ScriptedProvider &) = delete;
    ScriptedProvider &operator=(const ScriptedProvider &) = delete;

    bool isListening() const;
    quint16 port(Refusal refusal) const;
    // The server's words, as the wizard shows them verbatim.
    static QStringList replyLines(Refusal refusal);

private:
    std::vector<std::unique_ptr<FakeSmtpServer>> m_servers;
};

// A loopback port nobody listens on: connecting to it is refused at once.
quint16 refusedPort();

// A dark desktop's palette, for the dark screenshots and the dark rows of the readability test
// (the roles it leaves alone, such as Link, stay as the platform gives them).
QPalette darkPalette();

// What a test looks at on the walk through the hotel story (WizardDriver::walkHotelStory).
struct StoryChecks
{
    // Every stage: the page's name, or a state of the page in brackets ("TestPage[conversation]").
    std::function<void(const QString &stage)> check;
    // From the Welcome page with the pasted refusal decoded to the Account page with the
    // Thunderbird account picked: the test's own way there and its checks on the way.
    std::function<void()> account;
    // Optional: the fullest states of the pages, looked at once more (the layout test tries the
    // window's minimum size there).
    std::function<void(const QString &stage)> again;
    // Optional: the Fix page with every choice shown, before the first is clicked.
    std::function<void()> fixChoicesShown;
    // Optional: the Fix page after every choice was clicked, before the login is turned on.
    std::function<void()> fixChoicesDone;
    // The test bed's password and submission port, with which turning on the login passes the test again.
    QString password;
    int submissionPort = 0;
};

class WizardDriver
{
public:
    static constexpr int kProbeWaitMs = 30000;
    static constexpr int kAccountListWaitMs = 10000;

protected:
    // A new wizard, shown and exposed, on its Welcome page.
    void makeWizard(od::WizardServices services = od::WizardServices::fromEnvironment(), WizardOptions options = {});
    // The current page's widget of that name (Test and Retest share names), else the wizard's.
    template<typename T>
    T *child(const char *name) const
    {
        if (!m_wizard)
            return nullptr;
        if (QWizardPage *page = m_wizard->currentPage()) {
            if (T *w = page->findChild<T *>(QLatin1String(name)))
                return w;
        }
        return m_wizard->findChild<T *>(QLatin1String(name));
    }
    QAbstractButton *wizardButton(QWizard::WizardButton which) const { return m_wizard->button(which); }
    QString pageName() const;

    // As a keyboard user. pressWizardButton: one of the wizard's own buttons by its access key
    // (the click is animated, about 100 ms), a click with a warning where the key does not act;
    // true when the page changed.
    bool pressWizardButton(QWizard::WizardButton which);
    void pressNext();
    void pressBack();
    // A page's own button by its access key.
    void pressMnemonic(QAbstractButton *button);
    void typeText(const char *name, const QString &text);
    void typeNumber(const char *name, int value);
    // Arrow keys on a closed combo box: each step is an "activated", as with the mouse.
    void chooseData(const char *name, const QVariant &data);
    void chooseText(const char *name, const QString &part);

    // Directly. goNext waits (bounded) for Next to be enabled; both say whether the page changed.
    [[nodiscard]] bool goNext();
    [[nodiscard]] bool goBack();
    void setText(const char *name, const QString &text);
    void setNumber(const char *name, int value);
    void setData(const char *name, const QVariant &data);

    // Runs `trigger`, which opens a modal dialog, and `action` on that dialog once it shows (10 s at most).
    static void withModal(const std::function<void(QWidget *)> &action, const std::function<void()> &trigger);

    // Picks the place on the Welcome page with the mouse; that moves on to the Account page,
    // by default waiting for its list of accounts.
    void chooseLocation(const char *button, bool waitForList = true);
    // The Account page looks for the mail programs' settings on a worker thread once it is
    // entered: false when that list is not there in time.
    [[nodiscard]] bool waitForAccountList(int ms = kAccountListWaitMs) const;
    // False when the test on that page (TestPage, RetestPage) still runs after kProbeWaitMs.
    [[nodiscard]] bool waitForTest(int pageId) const;

    // The hotel story on the made wizard, from its Welcome page: a pasted "Relay access denied",
    // the Thunderbird account (checks.account), a refused relay on the Test page (its
    // conversation shown), the diagnosis (its details shown), every fix offered, the login turned
    // on and tested again, the Done page before and after "change the settings for me", the change
    // undone at the end so the next walk starts from the same file. Calls checks.check at every
    // stage; failures are reported in the calling test (check QTest::currentTestFailed()).
    void walkHotelStory(const StoryChecks &checks);

    std::unique_ptr<od::OutboxWizard> m_wizard;
};

} // namespace odtest
