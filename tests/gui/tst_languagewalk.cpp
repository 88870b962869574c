// SPDX-License-Identifier: GPL-3.0-or-later
// Every page of the wizard in every language: walks the whole path (a decoded paste, a real
// relay-denied test against the test bed, the diagnosis, every fix panel, the test again, the
// result, the certificate dialog and each page's help) first in English and then in Dutch,
// German, Swedish and Simplified Chinese, and fails on
//  - a text still in English: the same line shows on the same widget in the English walk and
//    is neither verbatim by design (server words, host names, protocol names, ...) nor
//    translated identically on purpose in the catalogue; or a line that matches one of our
//    catalogue's English sources that has a different translation;
//  - a text that does not fit: a label without word wrap wider than its contents, a wrapping
//    label taller than its height, a button narrower than its size hint.
// It also switches the language on the Welcome page's chooser with data on every page and
// checks that every page, and QWizard's own buttons, speak the new language at once.
// With OD_SCREENSHOT_DIR set (under Xvfb) it saves a picture of every step in every language.
#include "certificatedialog.h"
#include "clientinstructions.h"
#include "core/languages.h"
#include "outboxwizard.h"
#include "layoutcheck.h"
#include "testbed.h"
#include "wizarddriver.h"
#include "testpage.h"
#include "wizardstate.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMetaEnum>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QLibraryInfo>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>
#include <QXmlStreamReader>

#include <functional>
#include <memory>

using namespace od;

namespace {

using odtest::widgetName;
using Refusal = odtest::ScriptedProvider::Refusal;

// A Gmail account: its usual password is refused for a mail program, an app password works.
constexpr char kGmailUser[] = "alice@gmail.com";
constexpr char kUsualPassword[] = "my-usual-password";
constexpr char kAppPassword[] = "abcdefghijklmnop";
using odtest::withoutMnemonic;

QStringList linesOf(const QString &text)
{
    QStringList out;
    for (const QString &l : text.split(QRegularExpression(QStringLiteral("[\\n\\x{2029}\\x{2028}]")))) {
        const QString t = l.trimmed();
        if (!t.isEmpty())
            out.append(t);
    }
    return out;
}

// A text as the user sees it: rich text becomes plain.
QString plainOf(const QString &text, Qt::TextFormat format)
{
    if (format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text)))
        return QTextDocumentFragment::fromHtml(text).toPlainText();
    return text;
}

// One of our catalogues: English source lines and their translations, as patterns.
class Catalogue
{
public:
    bool load(const QString &path, QString *why)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            *why = QStringLiteral("cannot read %1").arg(path);
            return false;
        }
        QXmlStreamReader xml(&f);
        QString source, translation;
        bool unfinished = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                if (xml.name() == QLatin1String("message")) {
                    source.clear();
                    translation.clear();
                    unfinished = false;
                } else if (xml.name() == QLatin1String("source")) {
                    source = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    const auto type = xml.attributes().value(QLatin1String("type"));
                    unfinished = type == QLatin1String("unfinished") || type == QLatin1String("vanished")
                        || type == QLatin1String("obsolete");
                    // Numerus forms: the first one stands for all.
                    translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                } else if (xml.name() == QLatin1String("numerusform") && translation.isEmpty()) {
                    translation = xml.readElementText();
                }
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                add(source, unfinished ? QString() : translation);
            }
        }
        if (xml.hasError()) {
            *why = QStringLiteral("%1: %2").arg(path, xml.errorString());
            return false;
        }
        return !m_lines.isEmpty();
    }

    // The line is one our translators chose to keep as in English ("Port: %1", "STARTTLS").
    bool keptOnPurpose(const QString &line) const
    {
        for (const Line &l : m_lines) {
            if (l.identical && l.pattern.match(line).hasMatch())
                return true;
        }
        return false;
    }
    // The English source this line shows untranslated, if any.
    QString untranslatedSource(const QString &line) const
    {
        for (const Line &l : m_lines) {
            if (!l.identical && l.literalLetters >= 4 && line.contains(l.longestLiteral)
                && l.pattern.match(line).hasMatch())
                return l.source;
        }
        return {};
    }

private:
    struct Line
    {
        QString source;
        QRegularExpression pattern;
        QString longestLiteral;
        int literalLetters = 0;
        bool identical = false;
    };
    void add(const QString &source, const QString &translation)
    {
        const QStringList sources = linesOf(withoutMnemonic(source));
        const QStringList translations = linesOf(withoutMnemonic(translation));
        for (int i = 0; i < sources.size(); ++i) {
            Line l;
            l.source = sources.at(i);
            l.identical = translations.size() == sources.size() && translations.at(i) == sources.at(i);
            static const QRegularExpression placeholder(QStringLiteral("%L?[0-9n]"));
            const QStringList literals = l.source.split(placeholder);
            QString pattern;
            for (int j = 0; j < literals.size(); ++j) {
                if (j > 0)
                    pattern += QStringLiteral("(.*)");
                pattern += QRegularExpression::escape(literals.at(j));
                if (literals.at(j).size() > l.longestLiteral.size())
                    l.longestLiteral = literals.at(j);
                for (QChar c : literals.at(j))
                    l.literalLetters += c.isLetter() ? 1 : 0;
            }
            l.pattern = QRegularExpression(QRegularExpression::anchoredPattern(pattern),
                                           QRegularExpression::DotMatchesEverythingOption);
            if (l.literalLetters > 0)
                m_lines.append(l);
        }
    }
    QList<Line> m_lines;
};

// A text on the screen: where it is, and what it says.
struct Shown
{
    QString stage;  // "Fix[fixEnableAuthRadioButton]", "Help[AccountPage]", ...
    QString widget; // object name, or the nearest named ancestor and the class
    QString text;
};
using Screen = QMap<QString, Shown>; // stage + widget path -> text

QString widgetPath(const QWidget *w)
{
    QStringList parts;
    for (const QObject *o = w; o; o = o->parent()) {
        QString part = o->objectName();
        if (part.isEmpty() || part.startsWith(QLatin1String("qt_"))) {
            int index = 0;
            if (o->parent()) {
                for (const QObject *sibling : o->parent()->children()) {
                    if (sibling == o)
                        break;
                    if (qstrcmp(sibling->metaObject()->className(), o->metaObject()->className()) == 0)
                        ++index;
                }
            }
            part = QStringLiteral("%1#%2").arg(QLatin1String(o->metaObject()->className())).arg(index);
        }
        parts.prepend(part);
    }
    return parts.join(QLatin1Char('/'));
}

} // namespace

class TestLanguageWalk : public QObject, private odtest::WizardDriver
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void english();
    void walk_data();
    void walk();
    void switchOnWelcomePage();

private:
    using Stage = std::function<void()>;
    // Walks every page in the current language, calling collect() at each step.
    void walkAll(const QString &language, Screen *screen);
    // The modern sign-in path and the fix panels the test bed cannot reach, against the
    // scripted provider, from a Thunderbird account found in a fake home.
    void walkSignIn(Screen *screen);
    // From the Account page: the test with the form's settings, which ends in `cause`, its
    // diagnosis and every fix it offers; then back on the Account page.
    void walkFixesFor(const QString &name, Cause cause, Screen *screen);
    void collect(const QString &stage, QWidget *root, Screen *screen, bool onlyVisible = true);
    void shoot(const QString &stage, QWidget *w);
    void collectHelp(const QString &pageName, Screen *screen);
    bool neutral(const QString &line, const QString &widget = {}) const;
    // Qt's catalogue for the language translates one of the texts Qt shows for us as this line.
    bool keptByQt(const QString &language, const QString &line) const;
    // Lines of `screen` that are still in English: compared with the English walk and the catalogue.
    QStringList englishLeft(const QString &language, const Screen &screen, const Screen &english) const;
    void noteVerbatim(const ProbeResult &r);

    odtest::TestBed m_bed;
    bool m_haveBed = false;
    QString m_why;
    QString m_language;
    Screen m_english;
    QMap<QString, Catalogue> m_catalogues;
    QMap<QString, std::shared_ptr<QTranslator>> m_qtCatalogues; // Qt's own, for QWizard's buttons
    QStringList m_problems;    // texts that do not fit
    QStringList m_verbatim;    // server replies, pasted text: verbatim by design
    QString m_shotDir;
    std::unique_ptr<odtest::ScriptedProvider> m_provider;
};

void TestLanguageWalk::initTestCase()
{
    odtest::prepareWizardTest(odtest::AccountScan::Off);
    m_haveBed = m_bed.load(&m_why);
    if (!m_haveBed)
        QSKIP(qPrintable(QStringLiteral("test bed not available: %1").arg(m_why)));
    for (const QString &language : supportedLanguages()) {
        if (language == QLatin1String("en"))
            continue;
        QString why;
        Catalogue c;
        QVERIFY2(c.load(QStringLiteral(OD_SOURCE_DIR "/translations/outbox-doctor_%1.ts").arg(language), &why), qPrintable(why));
        m_catalogues.insert(language, c);
        auto qt = std::make_shared<QTranslator>();
        for (const char *base : {"qtbase_", "qt_"}) {
            if (qt->load(QLatin1String(base) + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))
                || qt->load(QLatin1String(base) + language, QStringLiteral(":/i18n")))
                break;
        }
        m_qtCatalogues.insert(language, qt);
    }
    m_provider = std::make_unique<odtest::ScriptedProvider>(kGmailUser, kAppPassword);
    QVERIFY(m_provider->isListening());
    m_shotDir = odtest::screenshotDir();
}

void TestLanguageWalk::cleanup()
{
    m_wizard.reset();
    installLanguage(QStringLiteral("en"));
}

// Server replies and the pasted text are shown verbatim by design.
void TestLanguageWalk::noteVerbatim(const ProbeResult &r)
{
    for (const Attempt &a : r.attempts) {
        for (const StepRecord &s : a.steps) {
            if (s.reply.isValid()) {
                for (const QString &l : s.reply.lines)
                    m_verbatim.append(l.trimmed());
                m_verbatim.append(s.reply.text().trimmed());
            }
            if (!s.detail.trimmed().isEmpty())
                m_verbatim.append(s.detail.trimmed());
        }
        // Qt's own words for the certificate's errors (translated by Qt's catalogues).
        for (const Phrase &l : a.tls.errorPhrases())
            m_verbatim << l.text().trimmed() << l.sourceText().trimmed();
    }
    m_verbatim.removeAll(QString());
    m_verbatim.removeDuplicates();
    // Longest first, so a reply is removed before a part of it.
    std::sort(m_verbatim.begin(), m_verbatim.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

bool TestLanguageWalk::keptByQt(const QString &language, const QString &line) const
{
    static const std::pair<const char *, const char *> texts[] = {
        {"QWizard", "< &Back"}, {"QWizard", "&Next >"}, {"QWizard", "&Finish"}, {"QWizard", "Cancel"},
        {"QWizard", "&Help"},   {"QPlatformTheme", "Close"}, {"QPlatformTheme", "OK"}, {"QPlatformTheme", "Cancel"}};
    const std::shared_ptr<QTranslator> qt = m_qtCatalogues.value(language);
    for (const auto &[context, source] : texts) {
        const QString translated = qt ? qt->translate(context, source) : QString();
        if (!translated.isEmpty() && withoutMnemonic(translated) == line)
            return true;
    }
    return false;
}

// A line with nothing of our own wording in it: names, numbers, addresses, protocol words,
// server words.
bool TestLanguageWalk::neutral(const QString &line, const QString &widget) const
{
    QString s = line;
    for (const QString &v : m_verbatim)
        s.remove(v);
    // The technical details log each step as "ok|FAIL <step id> <n> ms <reply>": stable IDs for
    // helpdesks, the same in every language (like the JSON of the command line).
    // The changes "apply for me" lists and the values to enter name the fields as the mail program
    // does, in the words of its own catalogue ("Port" is Thunderbird's German and Swedish word too).
    if (widget.startsWith(QLatin1String("applyChangesListLabel")) || widget.startsWith(QLatin1String("applyResultLabel"))
        || widget.startsWith(QLatin1String("instructionsTextBrowser")) || widget.startsWith(QLatin1String("doneInstructionsTextBrowser"))) {
        for (const QString &client : ClientInstructions::clients()) {
            for (int t = int(Term::ServerField); t <= int(Term::AuthOAuth2); ++t) {
                const QString term = ClientInstructions::term(client, Term(t));
                if (!term.isEmpty())
                    s.replace(QRegularExpression(QStringLiteral("(^|\\W)%1(?=\\W|$)").arg(QRegularExpression::escape(term))),
                              QStringLiteral("\\1"));
            }
        }
    }
    if (widget.startsWith(QLatin1String("technicalDetailsTextEdit"))) {
        static const QRegularExpression logLine(QStringLiteral("^(ok|FAIL)\\s+([a-z0-9-]+)\\s+[0-9]+ ms\\b"));
        const QRegularExpressionMatch m = logLine.match(s);
        if (m.hasMatch()) {
            bool known = false;
            for (int i = 0; i < QMetaEnum::fromType<Step>().keyCount(); ++i)
                known = known || stepId(Step(QMetaEnum::fromType<Step>().value(i))) == m.captured(2);
            if (known)
                s = s.mid(m.capturedLength());
        }
    }
    static const QStringList tokens = {
        QStringLiteral("Outbox Doctor"), QStringLiteral("SSL/TLS"), QStringLiteral("STARTTLS"), QStringLiteral("SMTP"),
        QStringLiteral("POP3"), QStringLiteral("IMAP"), QStringLiteral("EHLO"), QStringLiteral("HELO"),
        QStringLiteral("AUTH"), QStringLiteral("PLAIN"), QStringLiteral("LOGIN"), QStringLiteral("CRAM-MD5"),
        QStringLiteral("MAIL FROM"), QStringLiteral("RCPT TO"), QStringLiteral("RSET"), QStringLiteral("QUIT"),
        QStringLiteral("SHA-256"), QStringLiteral("PEM"), QStringLiteral("TLS"), QStringLiteral("SSL"), QStringLiteral("IP"),
        QStringLiteral("Thunderbird"), QStringLiteral("Outlook"), QStringLiteral("KMail"), QStringLiteral("Evolution"),
        QStringLiteral("Apple Mail"), QStringLiteral("Windows Mail"), QStringLiteral("Claws Mail"), QStringLiteral("msmtp"),
        QStringLiteral("NeoMutt"), QStringLiteral("git send-email"), QStringLiteral("English"), QStringLiteral("Nederlands"),
        QStringLiteral("Deutsch"), QStringLiteral("Svenska"), QStringLiteral("Alice Example")};
    for (const QString &t : tokens)
        s.remove(t);
    static const QRegularExpression patterns[] = {
        QRegularExpression(QStringLiteral("[\\w.+-]+@[\\w.-]+")),                 // e-mail addresses
        QRegularExpression(QStringLiteral("\\b[\\w-]+(\\.[\\w-]+)+\\b")),         // host names, IPs
        QRegularExpression(QStringLiteral("(^|\\s)[/~][^\\s]*")),                 // file paths
        QRegularExpression(QStringLiteral("\\b(localhost|[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2})+)\\b")),
        QRegularExpression(QStringLiteral("[0-9]+")),
    };
    for (const QRegularExpression &re : patterns)
        s.remove(re);
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    return !s.contains(word);
}

void TestLanguageWalk::collect(const QString &stage, QWidget *root, Screen *screen, bool onlyVisible)
{
    QApplication::processEvents();
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    auto add = [&](QWidget *w, const QString &what, const QString &text) {
        if (text.trimmed().isEmpty())
            return;
        screen->insert(stage + QLatin1Char('|') + widgetPath(w) + QLatin1Char('|') + what,
                       Shown{stage, what.isEmpty() ? widgetName(w) : QStringLiteral("%1 (%2)").arg(widgetName(w), what), text});
    };
    // Access keys must be unique on a screen, the wizard's own buttons included: two controls
    // with the same Alt+letter make the key cycle instead of act.
    QHash<QChar, QString> accessKeys;
    auto checkAccessKey = [&](QWidget *w, const QString &text) {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) != QLatin1Char('&'))
                continue;
            if (text.at(i + 1) == QLatin1Char('&')) {
                ++i;
                continue;
            }
            const QChar key = text.at(i + 1).toLower();
            const QString who = QStringLiteral("%1 \"%2\"").arg(widgetName(w), text);
            if (accessKeys.contains(key) && onlyVisible)
                m_problems.append(QStringLiteral("%1: access key Alt+%2 twice: %3 and %4")
                                      .arg(stage, QString(key), accessKeys.value(key), who));
            accessKeys.insert(key, who);
            return;
        }
    };
    for (QWidget *w : std::as_const(widgets)) {
        if (onlyVisible ? !w->isVisible() : !w->isVisibleTo(root))
            continue;
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            checkAccessKey(w, b->text());
        else if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy())
            checkAccessKey(w, l->text());
        if (w->isWindow())
            add(w, QStringLiteral("window title"), w->windowTitle());
        if (onlyVisible) {
            if (const QString fit = odtest::fitProblem(w); !fit.isEmpty())
                m_problems.append(QStringLiteral("[%1] %2 %3: %4").arg(m_language, stage, widgetName(w), fit));
        }
        if (auto *l = qobject_cast<QLabel *>(w)) {
            add(w, {}, plainOf(l->buddy() ? withoutMnemonic(l->text()) : l->text(), l->textFormat()));
        } else if (auto *b = qobject_cast<QAbstractButton *>(w)) {
            add(w, {}, withoutMnemonic(b->text()));
        } else if (auto *g = qobject_cast<QGroupBox *>(w)) {
            add(w, {}, withoutMnemonic(g->title()));
        } else if (auto *e = qobject_cast<QLineEdit *>(w)) {
            if (auto *spin = qobject_cast<QAbstractSpinBox *>(e->parentWidget())) {
                auto *s = qobject_cast<QSpinBox *>(spin);
                if (s && s->value() == s->minimum())
                    add(w, QStringLiteral("special value"), s->specialValueText());
            } else if (!qobject_cast<QComboBox *>(e->parentWidget())) {
                add(w, QStringLiteral("placeholder"), e->placeholderText());
            }
        } else if (auto *c = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < c->count(); ++i)
                add(w, QStringLiteral("item %1").arg(i), c->itemText(i));
        } else if (auto *t = qobject_cast<QTreeWidget *>(w)) {
            for (int col = 0; col < t->columnCount(); ++col)
                add(w, QStringLiteral("header %1").arg(col), t->headerItem()->text(col));
            std::function<void(QTreeWidgetItem *, const QString &)> items = [&](QTreeWidgetItem *item, const QString &at) {
                for (int col = 0; col < std::min(2, t->columnCount()); ++col)
                    add(w, QStringLiteral("%1 col %2").arg(at).arg(col), item->text(col));
                for (int i = 0; i < item->childCount(); ++i)
                    items(item->child(i), QStringLiteral("%1.%2").arg(at).arg(i));
            };
            for (int i = 0; i < t->topLevelItemCount(); ++i)
                items(t->topLevelItem(i), QStringLiteral("item %1").arg(i));
        } else if (auto *te = qobject_cast<QTextEdit *>(w)) {
            add(w, {}, te->toPlainText());
        } else if (auto *pe = qobject_cast<QPlainTextEdit *>(w)) {
            // The transcript is the server's and our client's words; the paste is the user's.
            if (w->objectName() == QLatin1String("transcriptTextEdit") || w->objectName() == QLatin1String("pasteTextEdit"))
                continue;
            add(w, {}, pe->toPlainText().isEmpty() ? pe->placeholderText() : pe->toPlainText());
        }
    }
    shoot(stage, root);
}

void TestLanguageWalk::shoot(const QString &stage, QWidget *w)
{
    if (m_shotDir.isEmpty())
        return;
    QString name = stage;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("-"));
    static int counter = 0;
    static QString lastLanguage;
    if (lastLanguage != m_language) {
        lastLanguage = m_language;
        counter = 0;
    }
    QVERIFY(w->grab().save(QStringLiteral("%1/%2_%3-%4.png").arg(m_shotDir, m_language).arg(++counter, 2, 10, QLatin1Char('0')).arg(name)));
}

void TestLanguageWalk::collectHelp(const QString &pageName, Screen *screen)
{
    withModal(
        [&](QWidget *modal) {
            QTest::qWait(20);
            collect(QStringLiteral("Help[%1]").arg(pageName), modal, screen);
            modal->close();
        },
        [&] { m_wizard->showHelp(); });
}

void TestLanguageWalk::walkAll(const QString &language, Screen *screen)
{
    m_language = language;
    m_problems.clear();
    m_verbatim.clear();
    QVERIFY(installLanguage(language));
    qputenv("OD_SOURCE_ADDRESS", "127.0.0.3"); // "elsewhere": relaying is refused
    qputenv("OD_EXTRA_CA_FILE", m_bed.value("CA_FILE").toLocal8Bit());
    makeWizard();
    if (QTest::currentTestFailed())
        return;

    // Welcome, empty and with a pasted bounce decoded.
    collect(pageName(), m_wizard.get(), screen);
    collectHelp(pageName(), screen);
    const QString paste = QStringLiteral("Your message did not reach some or all of the intended recipients.\n"
                                         "friend@elsewhere.test on 22/11/2026 09:00\n"
                                         "554 5.7.1 <friend@elsewhere.test>: Relay access denied");
    child<QPlainTextEdit>("pasteTextEdit")->setPlainText(QStringLiteral("Hello, my mail does not go out."));
    auto *decoded = child<QLabel>("decodedLabel");
    QTRY_VERIFY_WITH_TIMEOUT(decoded->isVisible(), 5000);
    collect(QStringLiteral("Welcome[nothing decoded]"), m_wizard.get(), screen);
    m_verbatim << linesOf(paste) << QStringLiteral("5.7.1 <friend@elsewhere.test>: Relay access denied")
               << QStringLiteral("<friend@elsewhere.test>: Relay access denied");
    const QString before = decoded->text();
    child<QPlainTextEdit>("pasteTextEdit")->setPlainText(paste);
    QTRY_VERIFY_WITH_TIMEOUT(decoded->text() != before, 5000);
    collect(QStringLiteral("Welcome[decoded]"), m_wizard.get(), screen);

    // The place, which moves on.
    chooseLocation("locationTravelButton");

    // Account: typed by hand, first with a mistake, with the advanced options open.
    child<QAbstractButton>("advancedToolButton")->click();
    collect(pageName(), m_wizard.get(), screen);
    collectHelp(pageName(), screen);
    setText("emailLineEdit", QStringLiteral("alice@"));
    setText("hostLineEdit", QStringLiteral("localhost"));
    collect(QStringLiteral("AccountPage[problem]"), m_wizard.get(), screen);
    setText("emailLineEdit", QStringLiteral("alice@home.test"));
    setText("displayNameLineEdit", QStringLiteral("Alice Example"));
    setNumber("portSpinBox", m_bed.port("SMTP_PORT"));
    setData("securityComboBox", int(Security::Auto));
    setData("authComboBox", QStringLiteral("none"));
    collect(QStringLiteral("AccountPage[filled]"), m_wizard.get(), screen);

    // Test: first over SSL/TLS without the test bed's CA: the certificate must be looked at.
    setNumber("portSpinBox", m_bed.port("SMTPS_PORT"));
    setData("securityComboBox", int(Security::Tls));
    setText("caFileLineEdit", QString());
    QVERIFY(goNext());
    QVERIFY(waitForTest(OutboxWizard::TestPage));
    QCOMPARE(m_wizard->state()->firstDiagnosis().cause, Cause::CertificateInvalid);
    noteVerbatim(m_wizard->state()->firstResult());
    QTRY_VERIFY_WITH_TIMEOUT(child<QWidget>("certificateFrame")->isVisible(), 5000);
    collect(QStringLiteral("TestPage[certificate]"), m_wizard.get(), screen);
    QVERIFY(goBack());
    setText("caFileLineEdit", m_bed.value("CA_FILE"));
    setNumber("portSpinBox", m_bed.port("SMTP_PORT"));
    setData("securityComboBox", int(Security::Auto));

    // Test: a real refusal from 127.0.0.3.
    QVERIFY(goNext());
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::TestPage));
    QVERIFY(waitForTest(OutboxWizard::TestPage));
    QCOMPARE(m_wizard->state()->firstDiagnosis().cause, Cause::RelayDenied);
    noteVerbatim(m_wizard->state()->firstResult());
    child<QAbstractButton>("showTranscriptToolButton")->click();
    collect(pageName(), m_wizard.get(), screen);
    collectHelp(pageName(), screen);

    // Diagnosis with the technical details open.
    QVERIFY(goNext());
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::DiagnosisPage));
    child<QAbstractButton>("technicalDetailsToolButton")->click();
    collect(pageName(), m_wizard.get(), screen);
    collectHelp(pageName(), screen);

    // Fix: every panel; a candidate server tested; the instructions for every mail program.
    QVERIFY(goNext());
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::FixPage));
    collectHelp(pageName(), screen);
    child<QAbstractButton>("otherWaysToolButton")->click();
    const QList<QRadioButton *> radios = m_wizard->currentPage()->findChildren<QRadioButton *>();
    QVERIFY(radios.size() >= 3);
    for (QRadioButton *radio : radios) {
        radio->click();
        const QString stage = QStringLiteral("FixPage[%1]").arg(radio->objectName());
        if (radio->objectName() == QLatin1String("fixUseLocalServerRadioButton")) {
            setText("localServerLineEdit", QStringLiteral("localhost:%1").arg(m_bed.port("SMTP_PORT")));
            child<QPushButton>("addServerButton")->click();
            auto *candidates = child<QTreeWidget>("candidatesTreeWidget");
            QVERIFY(candidates->topLevelItemCount() > 0);
            const QString testing = candidates->topLevelItem(0)->text(1);
            QTRY_VERIFY_WITH_TIMEOUT(candidates->topLevelItem(0)->text(1) != testing, kProbeWaitMs);
        }
        collect(stage, m_wizard.get(), screen);
    }
    // The candidate server refuses to relay from here too: the test again fails, not solved.
    child<QRadioButton>("fixUseLocalServerRadioButton")->click();
    QVERIFY(goNext());
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::RetestPage));
    QVERIFY(waitForTest(OutboxWizard::RetestPage));
    QCOMPARE(m_wizard->state()->retestDiagnosis().cause, Cause::RelayDenied);
    collect(QStringLiteral("RetestPage[refused]"), m_wizard.get(), screen);
    QVERIFY(goNext());
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::DonePage));
    collect(QStringLiteral("DonePage[not solved]"), m_wizard.get(), screen);
    QVERIFY(goBack());
    QVERIFY(goBack());
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::FixPage));

    child<QRadioButton>("fixEnableAuthRadioButton")->click();
    setText("authPasswordLineEdit", m_bed.value("PASSWORD"));
    setNumber("authPortSpinBox", m_bed.port("SUBMISSION_PORT"));
    setData("authSecurityComboBox", int(Security::StartTls));
    auto *clients = child<QComboBox>("clientComboBox");
    for (int i = 0; i < clients->count(); ++i) {
        clients->setCurrentIndex(i);
        collect(QStringLiteral("FixPage[%1]").arg(clients->itemData(i).toString()), m_wizard.get(), screen);
    }
    setData("clientComboBox", QStringLiteral("thunderbird"));

    // Test again: logged in on the submission port, it goes through.
    QVERIFY(goNext());
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::RetestPage));
    QVERIFY(waitForTest(OutboxWizard::RetestPage));
    QCOMPARE(m_wizard->state()->retestDiagnosis().cause, Cause::Ok);
    noteVerbatim(m_wizard->state()->retestResult());
    collect(pageName(), m_wizard.get(), screen);
    collectHelp(pageName(), screen);

    // Done.
    QVERIFY(goNext());
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::DonePage));
    collect(pageName(), m_wizard.get(), screen);
    collectHelp(pageName(), screen);

    // The certificate dialog, with every finding.
    TlsReport tls;
    tls.chain = QSslCertificate::fromPath(m_bed.value("EXPIRED_CERT"));
    QVERIFY(!tls.chain.isEmpty());
    tls.findings = {CertificateFinding::Expired, CertificateFinding::Untrusted, CertificateFinding::HostnameMismatch};
    // The certificate's names are its own.
    for (const QSslCertificate &c : std::as_const(tls.chain)) {
        for (auto field : {QSslCertificate::CommonName, QSslCertificate::Organization, QSslCertificate::OrganizationalUnitName})
            m_verbatim << c.subjectInfo(field) << c.issuerInfo(field);
    }
    m_verbatim.removeAll(QString());
    std::sort(m_verbatim.begin(), m_verbatim.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    {
        // A child of this wizard: gone before the next one is made.
        CertificateDialog dialog(QStringLiteral("smtp.provider.example"), tls, m_wizard.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        collect(QStringLiteral("CertificateDialog"), &dialog, screen);
        dialog.close();
    }

    walkSignIn(screen);
}

void TestLanguageWalk::walkFixesFor(const QString &name, Cause cause, Screen *screen)
{
    QVERIFY(goNext());
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::TestPage));
    QVERIFY(waitForTest(OutboxWizard::TestPage));
    QCOMPARE(m_wizard->state()->firstDiagnosis().cause, cause);
    noteVerbatim(m_wizard->state()->firstResult());
    collect(QStringLiteral("TestPage[%1]").arg(name), m_wizard.get(), screen);
    QVERIFY(goNext());
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::DiagnosisPage));
    collect(QStringLiteral("DiagnosisPage[%1]").arg(name), m_wizard.get(), screen);
    QVERIFY(goNext());
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::FixPage));
    if (auto *others = child<QAbstractButton>("otherWaysToolButton"); others->isVisible())
        others->click();
    const QList<QRadioButton *> radios = m_wizard->currentPage()->findChildren<QRadioButton *>();
    QVERIFY(!radios.isEmpty());
    for (QRadioButton *radio : radios) {
        radio->click();
        collect(QStringLiteral("FixPage[%1][%2]").arg(name, radio->objectName()), m_wizard.get(), screen);
    }
    while (m_wizard->currentId() != OutboxWizard::AccountPage)
        QVERIFY(goBack());
}

// A Thunderbird account of Gmail's that logs in with its usual password: the pasted "534-5.7.9
// Application-specific password required" and the same refusal from the scripted provider lead
// to the Fix page's panel for "use-modern-auth" (the provider's own way, an app password tested
// and applied, the switch to OAuth2, the Done page after each); then the sender address, the
// description-only fixes (an unknown recipient, a server not available), another port (a
// refused connection) and trusting a certificate, which the relay story does not offer.
void TestLanguageWalk::walkSignIn(Screen *screen)
{
    for (Refusal r : {Refusal::AppPasswordRequired, Refusal::SenderNotOwned, Refusal::RecipientUnknown, Refusal::Unavailable})
        m_verbatim << odtest::ScriptedProvider::replyLines(r);
    m_verbatim.removeDuplicates();
    std::sort(m_verbatim.begin(), m_verbatim.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QVERIFY(odtest::writeThunderbirdHome(home.path(), {QLatin1String(kGmailUser), QStringLiteral("127.0.0.1"),
                                                       m_provider->port(Refusal::AppPasswordRequired), 3,
                                                       QLatin1String(kGmailUser)}));
    WizardServices services = WizardServices::fromEnvironment();
    services.scanAccounts = WizardServices::scannerFor(home.path());
    makeWizard(services);
    if (QTest::currentTestFailed())
        return;

    child<QPlainTextEdit>("pasteTextEdit")->setPlainText(odtest::ScriptedProvider::replyLines(Refusal::AppPasswordRequired).first());
    QTRY_VERIFY_WITH_TIMEOUT(child<QWidget>("decodedLabel")->isVisible(), 5000);
    QCOMPARE(m_wizard->state()->paste().cause, Cause::PasswordLoginDisabled);
    collect(QStringLiteral("WelcomePage[sign-in decoded]"), m_wizard.get(), screen);

    chooseLocation("locationHomeButton");
    QCOMPARE(m_wizard->state()->pickedAccount().client, QStringLiteral("thunderbird"));
    setText("passwordLineEdit", QLatin1String(kUsualPassword));
    collect(QStringLiteral("AccountPage[sign-in]"), m_wizard.get(), screen);

    QVERIFY(goNext());
    QVERIFY(waitForTest(OutboxWizard::TestPage));
    QCOMPARE(m_wizard->state()->firstDiagnosis().cause, Cause::PasswordLoginDisabled);
    noteVerbatim(m_wizard->state()->firstResult());
    collect(QStringLiteral("TestPage[sign-in]"), m_wizard.get(), screen);
    QVERIFY(goNext());
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::DiagnosisPage));
    collect(QStringLiteral("DiagnosisPage[sign-in]"), m_wizard.get(), screen);

    QVERIFY(goNext());
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::FixPage));
    QVERIFY(child<QRadioButton>("fixUseModernAuthRadioButton")->isChecked());
    QVERIFY(child<QWidget>("providerSignInLabel")->isVisible());
    QVERIFY(child<QWidget>("switchToOAuth2Button")->isVisible());
    collect(QStringLiteral("FixPage[fixUseModernAuthRadioButton]"), m_wizard.get(), screen);
    // An app password, tested on the provider's other port and applied to Thunderbird.
    setText("authPasswordLineEdit", QLatin1String(kAppPassword));
    setNumber("authPortSpinBox", m_provider->port(Refusal::None));
    setData("authSecurityComboBox", int(Security::None));
    QVERIFY(goNext());
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::RetestPage));
    QVERIFY(waitForTest(OutboxWizard::RetestPage));
    QCOMPARE(m_wizard->state()->retestDiagnosis().cause, Cause::Ok);
    noteVerbatim(m_wizard->state()->retestResult());
    collect(QStringLiteral("RetestPage[app password]"), m_wizard.get(), screen);
    QVERIFY(goNext());
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::DonePage));
    collect(QStringLiteral("DonePage[app password]"), m_wizard.get(), screen);
    auto *apply = child<QAbstractButton>("applyChangesPushButton");
    QVERIFY(apply && apply->isVisible());
    apply->click();
    QTRY_VERIFY_WITH_TIMEOUT(child<QWidget>("applyResultLabel")->isVisible(), 5000);
    collect(QStringLiteral("DonePage[app password applied]"), m_wizard.get(), screen);
    child<QAbstractButton>("undoChangesPushButton")->click();

    // Or Thunderbird signs in with OAuth2: switched from the panel, Next leads to the report.
    QVERIFY(goBack());
    QVERIFY(goBack());
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::FixPage));
    child<QAbstractButton>("switchToOAuth2Button")->click();
    QTRY_VERIFY_WITH_TIMEOUT(child<QWidget>("switchToOAuth2ResultLabel")->isVisible(), 5000);
    collect(QStringLiteral("FixPage[switched to OAuth2]"), m_wizard.get(), screen);
    QVERIFY(goNext());
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::DonePage));
    collect(QStringLiteral("DonePage[OAuth2]"), m_wizard.get(), screen);

    // The other refusals, with the settings changed in the Account page's form.
    while (m_wizard->currentId() != OutboxWizard::AccountPage)
        QVERIFY(goBack());
    if (auto *change = child<QAbstractButton>("changeSettingsButton"); change && change->isVisible())
        change->click();
    setText("passwordLineEdit", QLatin1String(kAppPassword));
    setNumber("portSpinBox", m_provider->port(Refusal::SenderNotOwned));
    walkFixesFor(QStringLiteral("sender"), Cause::SenderRejected, screen);
    setNumber("portSpinBox", m_provider->port(Refusal::RecipientUnknown));
    walkFixesFor(QStringLiteral("recipient"), Cause::RecipientUnknown, screen);
    setNumber("portSpinBox", m_provider->port(Refusal::Unavailable));
    walkFixesFor(QStringLiteral("unavailable"), Cause::ServerUnavailable, screen);
    // A port that refuses the connection: another port.
    const quint16 refused = odtest::refusedPort();
    QVERIFY(refused != 0);
    setNumber("portSpinBox", refused);
    walkFixesFor(QStringLiteral("refused"), Cause::ConnectionRefused, screen);
    // The test bed's SSL/TLS port without its CA: the certificate is not trusted.
    setText("hostLineEdit", QStringLiteral("localhost"));
    setNumber("portSpinBox", m_bed.port("SMTPS_PORT"));
    setData("securityComboBox", int(Security::Tls));
    setText("caFileLineEdit", QString());
    setData("authComboBox", QStringLiteral("none"));
    walkFixesFor(QStringLiteral("certificate"), Cause::CertificateInvalid, screen);
}

QStringList TestLanguageWalk::englishLeft(const QString &language, const Screen &screen, const Screen &english) const
{
    QStringList out;
    const Catalogue &catalogue = m_catalogues[language];
    for (auto it = screen.cbegin(); it != screen.cend(); ++it) {
        const Shown &s = it.value();
        const QStringList englishLines = linesOf(english.value(it.key()).text);
        for (const QString &line : linesOf(s.text)) {
            if (neutral(line, s.widget) || catalogue.keptOnPurpose(line) || keptByQt(language, line))
                continue;
            const QString source = catalogue.untranslatedSource(line);
            if (!source.isEmpty()) {
                out << QStringLiteral("[%1] %2 %3: untranslated catalogue text: \"%4\"").arg(language, s.stage, s.widget, line);
            } else if (englishLines.contains(line)) {
                out << QStringLiteral("[%1] %2 %3: same as in English, not in the catalogue: \"%4\"").arg(language, s.stage, s.widget, line);
            }
        }
    }
    out.removeDuplicates();
    return out;
}

void TestLanguageWalk::english()
{
    if (!m_haveBed)
        QSKIP("no test bed");
    m_english.clear();
    walkAll(QStringLiteral("en"), &m_english);
    const QStringList problems = m_problems;
    for (const QString &p : problems)
        qWarning("%s", qPrintable(p));
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 texts do not fit").arg(problems.size())));
}

void TestLanguageWalk::walk_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : supportedLanguages()) {
        if (language != QLatin1String("en"))
            QTest::newRow(qPrintable(language)) << language;
    }
}

void TestLanguageWalk::walk()
{
    QFETCH(QString, language);
    if (m_english.isEmpty())
        QSKIP("the English walk did not run");
    Screen screen;
    walkAll(language, &screen);
    if (QTest::currentTestFailed())
        return;
    const QStringList english = englishLeft(language, screen, m_english);
    const QStringList problems = m_problems;
    for (const QString &p : english)
        qWarning("%s", qPrintable(p));
    for (const QString &p : problems)
        qWarning("%s", qPrintable(p));
    // Every step of the walk showed up in this language too.
    QSet<QString> stagesEn, stages;
    for (const Shown &s : std::as_const(m_english))
        stagesEn.insert(s.stage);
    for (const Shown &s : std::as_const(screen))
        stages.insert(s.stage);
    QCOMPARE(stages, stagesEn);
    QVERIFY2(english.isEmpty() && problems.isEmpty(),
             qPrintable(QStringLiteral("%1 texts still in English, %2 texts do not fit").arg(english.size()).arg(problems.size())));
}

void TestLanguageWalk::switchOnWelcomePage()
{
    if (!m_haveBed)
        QSKIP("no test bed");
    m_language = QStringLiteral("en");
    QVERIFY(installLanguage(m_language));
    qputenv("OD_SOURCE_ADDRESS", "127.0.0.3");
    qputenv("OD_EXTRA_CA_FILE", m_bed.value("CA_FILE").toLocal8Bit());
    m_shotDir.clear();
    makeWizard();
    // Data on every page up to the fix.
    child<QPlainTextEdit>("pasteTextEdit")->setPlainText(QStringLiteral("554 5.7.1 <friend@elsewhere.test>: Relay access denied"));
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>("decodedLabel")->isVisible(), 5000);
    child<QAbstractButton>("locationTravelButton")->click();
    setText("emailLineEdit", QStringLiteral("alice@home.test"));
    setText("hostLineEdit", QStringLiteral("localhost"));
    setNumber("portSpinBox", m_bed.port("SMTP_PORT"));
    setData("authComboBox", QStringLiteral("none"));
    QVERIFY(goNext());
    QVERIFY(waitForTest(OutboxWizard::TestPage));
    noteVerbatim(m_wizard->state()->firstResult());
    m_verbatim << QStringLiteral("Relay access denied");
    QVERIFY(goNext());
    QVERIFY(goNext());
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::FixPage));
    setText("authPasswordLineEdit", QStringLiteral("typed-password"));
    while (m_wizard->currentId() != OutboxWizard::WelcomePage)
        QVERIFY(goBack());

    auto snapshot = [&] {
        Screen screen;
        for (int id : m_wizard->pageIds())
            collect(m_wizard->page(id)->objectName(), m_wizard->page(id), &screen, false);
        for (QWizard::WizardButton b : {QWizard::BackButton, QWizard::NextButton, QWizard::CancelButton, QWizard::HelpButton,
                                        QWizard::FinishButton})
            screen.insert(QStringLiteral("button %1").arg(int(b)), Shown{QStringLiteral("QWizard"), QStringLiteral("button %1").arg(int(b)),
                                                                         withoutMnemonic(m_wizard->button(b)->text())});
        screen.insert(QStringLiteral("title"), Shown{QStringLiteral("QWizard"), QStringLiteral("window title"), m_wizard->windowTitle()});
        return screen;
    };
    const Screen english = snapshot();
    QVERIFY(english.size() > 100);
    const QString nextEnglish = m_wizard->button(QWizard::NextButton)->text();

    auto *chooser = child<QComboBox>("languageComboBox");
    QStringList failures;
    for (const QString &language : supportedLanguages()) {
        if (language == QLatin1String("en"))
            continue;
        m_language = language;
        chooser->setFocus();
        QTest::keyClick(chooser, Qt::Key_Home);
        for (int i = 0; i < chooser->count() && chooser->currentData().toString() != language; ++i)
            QTest::keyClick(chooser, Qt::Key_Down);
        QCOMPARE(currentLanguage(), language);
        // LanguageChange is posted: one round of events and every page has it.
        QTRY_VERIFY_WITH_TIMEOUT(m_wizard->button(QWizard::NextButton)->text() != nextEnglish, 2000);
        QApplication::processEvents();
        // QWizard's own buttons, with Qt's translation for this language.
        QVERIFY2(!m_qtCatalogues.value(language)->translate("QWizard", "&Next >").isEmpty(), "no Qt catalogue");
        QCOMPARE(m_wizard->button(QWizard::NextButton)->text(), QCoreApplication::translate("QWizard", "&Next >"));
        QCOMPARE(m_wizard->button(QWizard::BackButton)->text(), QCoreApplication::translate("QWizard", "< &Back"));
        QCOMPARE(m_wizard->button(QWizard::CancelButton)->text(), QCoreApplication::translate("QWizard", "Cancel"));
        QCOMPARE(m_wizard->button(QWizard::HelpButton)->text(), QCoreApplication::translate("QWizard", "&Help"));
        const Screen now = snapshot();
        // Every line of ours that was English is something else now.
        for (auto it = english.cbegin(); it != english.cend(); ++it) {
            const QString text = now.value(it.key()).text;
            for (const QString &line : linesOf(text)) {
                if (linesOf(it.value().text).contains(line) && !neutral(line, it.value().widget)
                    && !m_catalogues[language].keptOnPurpose(line) && !keptByQt(language, line))
                    failures << QStringLiteral("[%1] %2 %3: still English after the switch: \"%4\"").arg(language, it.value().stage, it.value().widget, line);
            }
        }
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), language);
    }
    failures.removeDuplicates();
    for (const QString &f : std::as_const(failures))
        qWarning("%s", qPrintable(f));
    // Back to English: the very same texts as before, and what was typed is still there.
    chooser->setCurrentIndex(chooser->findData(QStringLiteral("en")));
    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->button(QWizard::NextButton)->text(), nextEnglish, 2000);
    const Screen again = snapshot();
    for (auto it = english.cbegin(); it != english.cend(); ++it) {
        if (again.value(it.key()).text != it.value().text)
            failures << QStringLiteral("[en] %1 %2: was \"%3\", is \"%4\" after switching back")
                            .arg(it.value().stage, it.value().widget, it.value().text.left(80), again.value(it.key()).text.left(80));
    }
    QCOMPARE(m_wizard->page(OutboxWizard::AccountPage)->findChild<QLineEdit *>(QStringLiteral("emailLineEdit"))->text(),
             QStringLiteral("alice@home.test"));
    QCOMPARE(m_wizard->page(OutboxWizard::FixPage)->findChild<QLineEdit *>(QStringLiteral("authPasswordLineEdit"))->text(),
             QStringLiteral("typed-password"));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestLanguageWalk)
#include "tst_languagewalk.moc"
