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
#include "core/languages.h"
#include "outboxwizard.h"
#include "keyboarddriver.h"
#include "testbed.h"
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

constexpr int kProbeWaitMs = 30000;

// "&Next >" -> "Next >"; "&&" stays one "&".
QString withoutMnemonic(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

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

QString widgetName(const QWidget *w)
{
    if (!w->objectName().isEmpty())
        return w->objectName();
    for (const QObject *o = w->parent(); o; o = o->parent()) {
        if (!o->objectName().isEmpty())
            return QStringLiteral("%1 in %2").arg(QLatin1String(w->metaObject()->className()), o->objectName());
    }
    return QLatin1String(w->metaObject()->className());
}

} // namespace

class TestLanguageWalk : public QObject
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
    void makeWizard();
    bool pressNext();
    bool pressBack();
    bool waitForTest(int pageId);
    void typeText(const char *name, const QString &text);
    void chooseData(const char *name, const QVariant &data);
    template<typename T>
    T *child(const char *name) const
    {
        if (QWizardPage *page = m_wizard->currentPage()) {
            if (T *w = page->findChild<T *>(QLatin1String(name)))
                return w;
        }
        return m_wizard->findChild<T *>(QLatin1String(name));
    }
    void collect(const QString &stage, QWidget *root, Screen *screen, bool onlyVisible = true);
    void checkFit(const QString &stage, QWidget *w);
    void shoot(const QString &stage, QWidget *w);
    void withModal(const std::function<void(QWidget *)> &action, const std::function<void()> &trigger);
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
    std::unique_ptr<OutboxWizard> m_wizard;
    QString m_language;
    Screen m_english;
    QMap<QString, Catalogue> m_catalogues;
    QMap<QString, std::shared_ptr<QTranslator>> m_qtCatalogues; // Qt's own, for QWizard's buttons
    QStringList m_problems;    // texts that do not fit
    QStringList m_verbatim;    // server replies, pasted text: verbatim by design
    QString m_shotDir;
};

void TestLanguageWalk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("OutboxDoctorTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_languagewalk"));
    QSettings().clear();
    qputenv("OD_NO_ACCOUNT_SCAN", "1");
    qputenv("OD_NO_KEYCHAIN", "1");
    qputenv("OD_NO_SERVER_SUGGESTIONS", "1");
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
    m_shotDir = qEnvironmentVariable("OD_SCREENSHOT_DIR");
    if (!m_shotDir.isEmpty())
        QDir().mkpath(m_shotDir);
}

void TestLanguageWalk::cleanup()
{
    m_wizard.reset();
    installLanguage(QStringLiteral("en"));
}

void TestLanguageWalk::makeWizard()
{
    WizardServices services = WizardServices::fromEnvironment();
    services.advanceAfterTestMs = -1; // the finished test pages are looked at here
    m_wizard = std::make_unique<OutboxWizard>(services);
    m_wizard->resize(1024, 768);
    m_wizard->show();
    QApplication::setActiveWindow(m_wizard.get());
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    QCOMPARE(m_wizard->size(), QSize(1024, 768));
}

bool TestLanguageWalk::pressNext()
{
    QAbstractButton *next = m_wizard->button(QWizard::NextButton);
    if (!QTest::qWaitFor([&] { return next->isVisible() && next->isEnabled(); }, 5000))
        return false;
    const int before = m_wizard->currentId();
    m_wizard->next();
    return m_wizard->currentId() != before;
}

bool TestLanguageWalk::pressBack()
{
    const int before = m_wizard->currentId();
    m_wizard->back();
    return m_wizard->currentId() != before;
}

bool TestLanguageWalk::waitForTest(int pageId)
{
    auto *page = qobject_cast<TestPage *>(m_wizard->page(pageId));
    if (!page)
        return false;
    QElapsedTimer t;
    t.start();
    while (page->isRunning() && t.elapsed() < kProbeWaitMs)
        QTest::qWait(20);
    return !page->isRunning();
}

void TestLanguageWalk::typeText(const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(name);
    QVERIFY2(edit, name);
    edit->setText(text);
}

void TestLanguageWalk::chooseData(const char *name, const QVariant &data)
{
    auto *combo = child<QComboBox>(name);
    QVERIFY2(combo, name);
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, name);
    combo->setCurrentIndex(index);
}

void TestLanguageWalk::withModal(const std::function<void(QWidget *)> &action, const std::function<void()> &trigger)
{
    odtest::withModal(action, trigger);
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

void TestLanguageWalk::checkFit(const QString &stage, QWidget *w)
{
    auto report = [&](const QString &what, const QString &text) {
        m_problems.append(QStringLiteral("[%1] %2 %3: %4: \"%5\"")
                              .arg(m_language, stage, widgetName(w), what, text.left(120).replace(QLatin1Char('\n'), QLatin1Char('|'))));
    };
    if (auto *l = qobject_cast<QLabel *>(w)) {
        if (l->text().isEmpty() || (!l->pixmap().isNull()))
            return;
        const QString text = l->buddy() ? withoutMnemonic(l->text()) : l->text();
        if (l->wordWrap()) {
            if (l->heightForWidth(l->width()) > l->height())
                report(QStringLiteral("wrapped text needs %1 px height, has %2").arg(l->heightForWidth(l->width())).arg(l->height()), text);
            return;
        }
        const int available = l->contentsRect().width() - 2 * l->margin();
        int needed = 0;
        if (l->textFormat() == Qt::RichText || (l->textFormat() == Qt::AutoText && Qt::mightBeRichText(text))) {
            QTextDocument doc;
            doc.setDefaultFont(l->font());
            doc.setHtml(text);
            doc.setDocumentMargin(0);
            needed = int(doc.idealWidth());
        } else {
            for (const QString &line : text.split(QLatin1Char('\n')))
                needed = std::max(needed, l->fontMetrics().horizontalAdvance(line));
        }
        if (needed > available)
            report(QStringLiteral("text needs %1 px, has %2").arg(needed).arg(available), text);
        else if (l->sizeHint().height() > l->height())
            report(QStringLiteral("text needs %1 px height, has %2").arg(l->sizeHint().height()).arg(l->height()), text);
    } else if (auto *b = qobject_cast<QAbstractButton *>(w)) {
        if (b->text().isEmpty())
            return;
        if (b->sizeHint().width() > b->width())
            report(QStringLiteral("button needs %1 px, has %2").arg(b->sizeHint().width()).arg(b->width()), withoutMnemonic(b->text()));
    }
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
        if (onlyVisible)
            checkFit(stage, w);
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
    auto page = [&] { return QString::fromLatin1(QMetaEnum::fromType<OutboxWizard::PageId>().valueToKey(m_wizard->currentId())); };

    // Welcome, empty and with a pasted bounce decoded.
    collect(page(), m_wizard.get(), screen);
    collectHelp(page(), screen);
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
    child<QAbstractButton>("locationTravelButton")->click();

    // Account: typed by hand, first with a mistake, with the advanced options open.
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::AccountPage));
    QVERIFY(odtest::waitForAccountList(m_wizard.get()));
    child<QAbstractButton>("advancedToolButton")->click();
    collect(page(), m_wizard.get(), screen);
    collectHelp(page(), screen);
    typeText("emailLineEdit", QStringLiteral("alice@"));
    typeText("hostLineEdit", QStringLiteral("localhost"));
    collect(QStringLiteral("AccountPage[problem]"), m_wizard.get(), screen);
    typeText("emailLineEdit", QStringLiteral("alice@home.test"));
    typeText("displayNameLineEdit", QStringLiteral("Alice Example"));
    child<QSpinBox>("portSpinBox")->setValue(m_bed.port("SMTP_PORT"));
    chooseData("securityComboBox", int(Security::Auto));
    chooseData("authComboBox", QStringLiteral("none"));
    collect(QStringLiteral("AccountPage[filled]"), m_wizard.get(), screen);

    // Test: first over SSL/TLS without the test bed's CA: the certificate must be looked at.
    child<QSpinBox>("portSpinBox")->setValue(m_bed.port("SMTPS_PORT"));
    chooseData("securityComboBox", int(Security::Tls));
    typeText("caFileLineEdit", QString());
    QVERIFY(pressNext());
    QVERIFY(waitForTest(OutboxWizard::TestPage));
    QCOMPARE(m_wizard->state()->firstDiagnosis().cause, Cause::CertificateInvalid);
    noteVerbatim(m_wizard->state()->firstResult());
    QTRY_VERIFY_WITH_TIMEOUT(child<QWidget>("certificateFrame")->isVisible(), 5000);
    collect(QStringLiteral("TestPage[certificate]"), m_wizard.get(), screen);
    QVERIFY(pressBack());
    typeText("caFileLineEdit", m_bed.value("CA_FILE"));
    child<QSpinBox>("portSpinBox")->setValue(m_bed.port("SMTP_PORT"));
    chooseData("securityComboBox", int(Security::Auto));

    // Test: a real refusal from 127.0.0.3.
    QVERIFY(pressNext());
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::TestPage));
    QVERIFY(waitForTest(OutboxWizard::TestPage));
    QCOMPARE(m_wizard->state()->firstDiagnosis().cause, Cause::RelayDenied);
    noteVerbatim(m_wizard->state()->firstResult());
    child<QAbstractButton>("showTranscriptToolButton")->click();
    collect(page(), m_wizard.get(), screen);
    collectHelp(page(), screen);

    // Diagnosis with the technical details open.
    QVERIFY(pressNext());
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::DiagnosisPage));
    child<QAbstractButton>("technicalDetailsToolButton")->click();
    collect(page(), m_wizard.get(), screen);
    collectHelp(page(), screen);

    // Fix: every panel; a candidate server tested; the instructions for every mail program.
    QVERIFY(pressNext());
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::FixPage));
    collectHelp(page(), screen);
    child<QAbstractButton>("otherWaysToolButton")->click();
    const QList<QRadioButton *> radios = m_wizard->currentPage()->findChildren<QRadioButton *>();
    QVERIFY(radios.size() >= 3);
    for (QRadioButton *radio : radios) {
        radio->click();
        const QString stage = QStringLiteral("FixPage[%1]").arg(radio->objectName());
        if (radio->objectName() == QLatin1String("fixUseLocalServerRadioButton")) {
            typeText("localServerLineEdit", QStringLiteral("localhost:%1").arg(m_bed.port("SMTP_PORT")));
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
    QVERIFY(pressNext());
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::RetestPage));
    QVERIFY(waitForTest(OutboxWizard::RetestPage));
    QCOMPARE(m_wizard->state()->retestDiagnosis().cause, Cause::RelayDenied);
    collect(QStringLiteral("RetestPage[refused]"), m_wizard.get(), screen);
    QVERIFY(pressNext());
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::DonePage));
    collect(QStringLiteral("DonePage[not solved]"), m_wizard.get(), screen);
    QVERIFY(pressBack());
    QVERIFY(pressBack());
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::FixPage));

    child<QRadioButton>("fixEnableAuthRadioButton")->click();
    typeText("authPasswordLineEdit", m_bed.value("PASSWORD"));
    child<QSpinBox>("authPortSpinBox")->setValue(m_bed.port("SUBMISSION_PORT"));
    chooseData("authSecurityComboBox", int(Security::StartTls));
    auto *clients = child<QComboBox>("clientComboBox");
    for (int i = 0; i < clients->count(); ++i) {
        clients->setCurrentIndex(i);
        collect(QStringLiteral("FixPage[%1]").arg(clients->itemData(i).toString()), m_wizard.get(), screen);
    }
    chooseData("clientComboBox", QStringLiteral("thunderbird"));

    // Test again: logged in on the submission port, it goes through.
    QVERIFY(pressNext());
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::RetestPage));
    QVERIFY(waitForTest(OutboxWizard::RetestPage));
    QCOMPARE(m_wizard->state()->retestDiagnosis().cause, Cause::Ok);
    noteVerbatim(m_wizard->state()->retestResult());
    collect(page(), m_wizard.get(), screen);
    collectHelp(page(), screen);

    // Done.
    QVERIFY(pressNext());
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::DonePage));
    collect(page(), m_wizard.get(), screen);
    collectHelp(page(), screen);

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
    CertificateDialog dialog(QStringLiteral("smtp.provider.example"), tls, m_wizard.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    collect(QStringLiteral("CertificateDialog"), &dialog, screen);
    dialog.close();
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
    typeText("emailLineEdit", QStringLiteral("alice@home.test"));
    typeText("hostLineEdit", QStringLiteral("localhost"));
    child<QSpinBox>("portSpinBox")->setValue(m_bed.port("SMTP_PORT"));
    chooseData("authComboBox", QStringLiteral("none"));
    QVERIFY(pressNext());
    QVERIFY(waitForTest(OutboxWizard::TestPage));
    noteVerbatim(m_wizard->state()->firstResult());
    m_verbatim << QStringLiteral("Relay access denied");
    QVERIFY(pressNext());
    QVERIFY(pressNext());
    QCOMPARE(m_wizard->currentId(), int(OutboxWizard::FixPage));
    typeText("authPasswordLineEdit", QStringLiteral("typed-password"));
    while (m_wizard->currentId() != OutboxWizard::WelcomePage)
        QVERIFY(pressBack());

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
