// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF form: its text extracts (pdftotext) with host, port, verdict and the server's reply in
// every language; Chinese text is real text in an embedded CJK font; no secret gets in.
#include "diagnosis/probediagnosis.h"
#include "scenarios.h"

#include "core/languages.h"
#include "core/vocabulary.h"
#include "report/pdf/reportpdf.h"
#include "report/reportwriter.h"

#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace od;

namespace {

using scenario::scenarios;

// Runs a poppler tool on PDF bytes; empty when it failed.
QString poppler(const QString &tool, const QByteArray &pdf, const QStringList &arguments, const QString &output = QString())
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.pdf"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(pdf) != pdf.size())
        return {};
    f.close();
    QProcess p;
    QStringList args = arguments;
    args << path;
    if (!output.isEmpty())
        args << output;
    p.start(tool, args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdfText(const QByteArray &pdf)
{
    return poppler(QStringLiteral("pdftotext"), pdf, {QStringLiteral("-enc"), QStringLiteral("UTF-8")}, QStringLiteral("-"));
}

// Line breaks of the layout and the page numbers QTextDocument::print() puts at the foot of
// each page (the last line before a form feed) do not count.
QString flat(const QString &text)
{
    QStringList pages = text.split(QLatin1Char('\f'));
    for (QString &page : pages) {
        QStringList lines = page.split(QLatin1Char('\n'));
        while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
            lines.removeLast();
        bool number = false;
        if (!lines.isEmpty())
            lines.last().trimmed().toInt(&number);
        if (number)
            lines.removeLast();
        page = lines.join(QLatin1Char('\n'));
    }
    return pages.join(QLatin1Char(' ')).simplified();
}

} // namespace

class TestReportPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { installLanguage(QStringLiteral("en")); }
    // Each test starts in English, whatever language the one before it chose.
    void init() { installLanguage(QStringLiteral("en")); }

    void textExtracts_data();
    void textExtracts();
    void chinese();
    void redaction_data();
    void redaction();
    void writeAndMetadata();
    void writeThroughTheCore();
    void stories();
    void serverReplyColumn();
    void timestampsOnce();
    void startTlsPerAttempt();
    void rowsKeptTogether();
    void fontsFound();
    void radicalsInToUnicode();
    void samples();
};

void TestReportPdf::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
}

void TestReportPdf::textExtracts_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("which");
    for (const QString &lang : supportedLanguages()) {
        for (int i = 0; i < scenarios().size(); ++i)
            QTest::addRow("%s/%s", qPrintable(lang), scenarios().at(i).first) << lang << i;
    }
}

void TestReportPdf::textExtracts()
{
    QFETCH(QString, language);
    QFETCH(int, which);
    installLanguage(language);
    const ProbeResult result = scenarios().at(which).second();
    const Report report = scenario::reportFor(result);
    QString error;
    const QByteArray pdf = reportToPdf(report, &error);
    QVERIFY2(pdf.startsWith("%PDF-"), qPrintable(error));
    const QString text = flat(pdfText(pdf));
    QVERIFY(!text.isEmpty());
    const Diagnosis verdict = diagnoseProbe(result);
    const Attempt &a = result.attempts.at(verdict.attempt);
    QStringList must{scenario::kHost, QString::number(a.endpoint.port), causeTitle(verdict.cause)};
    if (verdict.reply.code)
        must << QStringLiteral("%1 %2").arg(verdict.reply.code).arg(verdict.reply.text());
    // The section headings, in the report's language.
    for (const ReportSection &s : buildReportDocument(report).sections)
        must << s.title;
    for (const QString &m : must) {
        if (!text.contains(flat(m)))
            QFAIL(qPrintable(QStringLiteral("\"%1\" not in the PDF's text:\n%2").arg(m, text.left(3000))));
    }
}

// Chinese: real text (extractable, not boxes) in an embedded CJK font.
void TestReportPdf::chinese()
{
    installLanguage(QStringLiteral("zh_CN"));
    ProbeResult result = scenario::relayRefused();
    // Until the translation exists, Chinese comes in through the data; 文 and 用 share their
    // glyphs with Kangxi radicals, which must not come out as radicals.
    const QString reply = QStringLiteral("5.7.1 <friend@elsewhere.test>: 拒绝中继，请使用用户名登录 (文本)");
    // The foreign recipient's refusal on port 587, which the diagnosis rests on.
    result.attempts[0].steps[result.attempts[0].steps.size() - 3].reply = scenario::reply(554, reply);
    Report report = scenario::reportFor(result);
    report.locationNote = QStringLiteral("在酒店的无线网络上，端口 587");
    QString error;
    const QByteArray pdf = reportToPdf(report, &error);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    const QString text = flat(pdfText(pdf));
    QVERIFY2(text.contains(QStringLiteral("在酒店的无线网络上，端口 587")), qPrintable(text.left(3000)));
    // A line break between ideographs comes out as a space.
    QString dense = text;
    dense.remove(QLatin1Char(' '));
    QVERIFY2(dense.contains(QString(QStringLiteral("554 ") + reply).remove(QLatin1Char(' '))), qPrintable(text.left(3000)));
    QVERIFY(!text.contains(QChar(0x2F42))); // ⽂, the radical
    QVERIFY(!text.contains(QChar(0xFFFD)));
    // A translated heading, once the translation exists.
    const QString summary = QCoreApplication::translate("od::Report", "Summary");
    if (summary != QLatin1String("Summary"))
        QVERIFY(text.contains(summary));

    const QString fonts = poppler(QStringLiteral("pdffonts"), pdf, {});
    QVERIFY2(!fonts.isEmpty(), "pdffonts failed");
    bool embeddedCjk = false;
    for (const QString &line : fonts.split(QLatin1Char('\n'))) {
        const QStringList cols = line.simplified().split(QLatin1Char(' '));
        // name type... emb sub uni object ID: "emb" is the fifth column from the end.
        if (line.contains(QLatin1String("CJK"), Qt::CaseInsensitive) && cols.size() >= 6
            && cols.at(cols.size() - 5) == QLatin1String("yes"))
            embeddedCjk = true;
    }
    QVERIFY2(embeddedCjk, qPrintable(fonts));
}

void TestReportPdf::redaction_data()
{
    QTest::addColumn<int>("which");
    for (int i = 0; i < scenarios().size(); ++i)
        QTest::addRow("%s", scenarios().at(i).first) << i;
}

void TestReportPdf::redaction()
{
    QFETCH(int, which);
    Report report = scenario::reportFor(scenarios().at(which).second());
    report.locationNote = QStringLiteral("password %1").arg(scenario::kPassword);
    QString error;
    const QByteArray pdf = reportToPdf(report, &error);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QLatin1String("[hidden]")));
    for (const QString &secret : scenario::secretForms()) {
        QVERIFY2(!text.contains(secret), qPrintable(secret));
        QVERIFY2(!flat(text).contains(secret), qPrintable(secret));
        QVERIFY(!pdf.contains(secret.toUtf8()));
    }
}

void TestReportPdf::writeAndMetadata()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    const Report report = scenario::reportFor(scenario::relayRefused());
    QString error;
    QVERIFY2(writeReportFile(report, path, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray pdf = f.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    if (!QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty()) {
        const QString info = poppler(QStringLiteral("pdfinfo"), pdf, {});
        QVERIFY2(info.contains(QLatin1String("Outbox Doctor report")), qPrintable(info));
        QVERIFY2(info.simplified().contains(QLatin1String("Creator: Outbox Doctor " OD_VERSION)), qPrintable(info));
        QVERIFY2(info.contains(QLatin1String("A4")), qPrintable(info));
    }
    // The other formats go through the same entry.
    QVERIFY(writeReportFile(report, dir.filePath(QStringLiteral("r.html")), &error));
    QVERIFY(writeReportFile(report, dir.filePath(QStringLiteral("r.txt")), &error));
}

void TestReportPdf::writeThroughTheCore()
{
    enablePdfReports();
    QVERIFY(pdfReportsAvailable());
    QTemporaryDir dir;
    QString error;
    QVERIFY2(writeReport(scenario::reportFor(scenario::portBlocked()), dir.filePath(QStringLiteral("x.PDF")), &error),
             qPrintable(error));
    QVERIFY(QFile(dir.filePath(QStringLiteral("x.PDF"))).size() > 1000);
}

// The solved story tells the first failure, the fix and the result, without a letter; the open
// one carries the letter.
void TestReportPdf::stories()
{
    QString error;
    const QString solved = flat(pdfText(reportToPdf(scenario::solvedStory(), &error)));
    QVERIFY2(!solved.isEmpty(), qPrintable(error));
    for (const QString &m : {QStringLiteral("554 5.7.1 <friend@elsewhere.test>: Relay access denied"),
                             stepReportText(Step::RcptForeign), fixTitle(Fix::EnableAuth), causeTitle(Cause::Ok),
                             QStringLiteral("250 2.1.5 Ok"), QStringLiteral("To undo the change: close Thunderbird")}) {
        if (!solved.contains(flat(m)))
            QFAIL(qPrintable(QStringLiteral("\"%1\" not in the PDF's text:\n%2").arg(m, solved.left(4000))));
    }
    QVERIFY(!solved.contains(QLatin1String("Hello,")));
    QVERIFY(!solved.contains(QLatin1String("Question for the provider")));
    const QString open = flat(pdfText(reportToPdf(scenario::openStory(), &error)));
    QVERIFY(open.contains(QLatin1String("Hello,")));
    QVERIFY(open.contains(flat(QStringLiteral("I have already tried this"))));
    for (const QString &text : {solved, open}) {
        for (Cause c : allCauses())
            QVERIFY2(!text.contains(QLatin1Char('[') + causeId(c) + QLatin1Char(']')), qPrintable(causeId(c)));
        for (Fix f : allFixes())
            QVERIFY2(!text.contains(QLatin1Char('[') + fixId(f) + QLatin1Char(']')), qPrintable(fixId(f)));
    }
}

// Each port's row in "Servers and ports tried" has the reply that decided it, also when the
// test went through, and says so when there was none.
void TestReportPdf::serverReplyColumn()
{
    QString error;
    const QString solved = poppler(QStringLiteral("pdftotext"), reportToPdf(scenario::solvedStory(), &error),
                                   {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8")},
                                   QStringLiteral("-"));
    QVERIFY2(!solved.isEmpty(), qPrintable(error));
    // First line of a row: port, security, address, the outcome's first words, the reply.
    static const QRegularExpression after(QStringLiteral("^\\s*587\\s+STARTTLS\\s+81\\.2\\.69\\.142\\s+.*\\S\\s{2,}250 2\\.1\\.5 Ok\\s+\\d+ ms"),
                                          QRegularExpression::MultilineOption);
    QVERIFY2(after.match(solved).hasMatch(), qPrintable(solved));
    static const QRegularExpression before(QStringLiteral("^\\s*587\\s+STARTTLS\\s+81\\.2\\.69\\.142\\s+.*\\S\\s{2,}554 5\\.7\\.1"),
                                           QRegularExpression::MultilineOption);
    QVERIFY2(before.match(solved).hasMatch(), qPrintable(solved));
    static const QRegularExpression none(QStringLiteral("^\\s*465\\s+SSL/TLS\\s+81\\.2\\.69\\.142\\s+.*\\(no reply\\)\\s+6000 ms"),
                                         QRegularExpression::MultilineOption);
    QVERIFY2(none.match(solved).hasMatch(), qPrintable(solved));
}

// A time is given once, with its offset: no "12:03:23 UTC+00:00 (12:03:23 UTC)".
void TestReportPdf::timestampsOnce()
{
    for (const Report &report : {scenario::reportFor(scenario::relayRefused()), scenario::solvedStory()}) {
        QString error;
        const QString text = flat(pdfText(reportToPdf(report, &error)));
        QVERIFY2(!text.isEmpty(), qPrintable(error));
        static const QRegularExpression time(QStringLiteral("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"));
        QVERIFY(time.match(text).hasMatch());
        static const QRegularExpression doubled(QStringLiteral("\\d\\d:\\d\\d:\\d\\d UTC\\S* \\(\\d\\d:\\d\\d:\\d\\d UTC\\)"));
        QVERIFY2(!doubled.match(text).hasMatch(), qPrintable(doubled.match(text).captured()));
        // Each time stands once on its line: a date is never followed by another time.
        static const QRegularExpression twice(QStringLiteral("\\d\\d:\\d\\d:\\d\\d[^\\d]{1,20}\\d\\d:\\d\\d:\\d\\d"));
        QVERIFY2(!twice.match(text).hasMatch(), qPrintable(twice.match(text).captured()));
    }
}

// STARTTLS as each port saw it: used on 587 and on 25 (where it was "when offered"), not
// offered on a port whose server does not list it.
void TestReportPdf::startTlsPerAttempt()
{
    ProbeResult result = scenario::relayRefused();
    // A third kind of port: plain, the server lists no STARTTLS.
    Attempt plain = scenario::baseAttempt(2525, Security::Auto);
    plain.security = Security::Auto; // as the engine leaves it: "STARTTLS when offered"
    scenario::Conversation conv;
    plain.steps << scenario::step(Step::Connect, true, {}, 5);
    plain.greeting = scenario::reply(220, QStringLiteral("old.home.test ESMTP"));
    plain.steps << scenario::step(Step::Banner, true, plain.greeting, 5);
    const SmtpReply ehlo = scenario::reply(250, QStringList{QStringLiteral("old.home.test"), QStringLiteral("SIZE 1000")});
    plain.steps << scenario::step(Step::Ehlo, true, ehlo, 5);
    plain.capabilities = parseCapabilities(ehlo);
    plain.steps << scenario::step(Step::MailFrom, true, scenario::reply(250, QStringLiteral("2.1.0 Ok")), 5);
    result.attempts << plain;
    QString error;
    const QString text = poppler(QStringLiteral("pdftotext"), reportToPdf(scenario::reportFor(result), &error),
                                 {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8")}, QStringLiteral("-"));
    QVERIFY2(!text.isEmpty(), qPrintable(error));
    const qsizetype capabilities = text.indexOf(QLatin1String("Server capabilities"));
    QVERIFY(capabilities > 0);
    const QString section = text.mid(capabilities, text.indexOf(QLatin1String("TLS certificate"), capabilities) - capabilities);
    static const QRegularExpression line(QStringLiteral("STARTTLS\\s+(offered and used|offered|not offered)\\s*$"),
                                         QRegularExpression::MultilineOption);
    QStringList states;
    for (auto it = line.globalMatch(section); it.hasNext();)
        states << it.next().captured(1);
    QCOMPARE(states, (QStringList{QStringLiteral("offered and used"), QStringLiteral("offered and used"),
                                  QStringLiteral("not offered")}));
    // The security column names what was used on the "when offered" ports.
    const QString ports = text.mid(text.indexOf(QLatin1String("Servers and ports tried")), 3000);
    static const QRegularExpression port25(QStringLiteral("^\\s*25\\s+STARTTLS\\s"), QRegularExpression::MultilineOption);
    QVERIFY2(port25.match(text).hasMatch(), qPrintable(ports));
    const QRegularExpression port2525(QStringLiteral("^\\s*2525\\s+%1\\s").arg(securityText(Security::None).section(QLatin1Char(' '), 0, 0)),
                                      QRegularExpression::MultilineOption);
    QVERIFY2(port2525.match(text).hasMatch(), qPrintable(ports));
}

// A table row never starts on one page and ends on the next: a row the page cannot hold goes to
// the next page, under the table's header again.
void TestReportPdf::rowsKeptTogether()
{
    ReportDocument doc;
    doc.language = QStringLiteral("en");
    doc.title = QStringLiteral("Rows");
    ReportSection section{QStringLiteral("rows"), QStringLiteral("Rows"), {}};
    ReportBlock table;
    table.kind = ReportBlock::Kind::Table;
    table.columns = {QStringLiteral("Header"), QStringLiteral("Words")};
    table.widths = {20, 12};
    for (int i = 10; i < 90; ++i) {
        QStringList words;
        for (const char c : {'a', 'b', 'c', 'd', 'e', 'f', 'g'})
            words << QStringLiteral("%1%2").arg(QLatin1Char(c)).arg(i);
        table.rows << QStringList{QStringLiteral("row%1").arg(i), words.join(QLatin1Char(' '))};
    }
    section.blocks << table;
    // The same in a label/value table.
    ReportBlock fields;
    fields.kind = ReportBlock::Kind::Fields;
    for (int i = 10; i < 90; ++i)
        fields.fields << std::pair{QStringLiteral("field%1 x%1 y%1 z%1").arg(i), QStringLiteral("v%1").arg(i)};
    section.blocks << fields;
    doc.sections << section;
    QString error;
    const QByteArray pdf = documentToPdf(doc, &error);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    const QStringList pages = pdfText(pdf).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QVERIFY2(pages.size() >= 3, qPrintable(QString::number(pages.size())));
    int rowsSeen = 0;
    for (int p = 0; p < pages.size(); ++p) {
        const QStringList tokens = pages.at(p).simplified().split(QLatin1Char(' '));
        bool tableRows = false;
        for (int i = 10; i < 90; ++i) {
            const bool head = tokens.contains(QStringLiteral("row%1").arg(i));
            for (const char c : {'a', 'b', 'c', 'd', 'e', 'f', 'g'})
                QVERIFY2(tokens.contains(QStringLiteral("%1%2").arg(QLatin1Char(c)).arg(i)) == head,
                         qPrintable(QStringLiteral("row %1 is cut at the foot of page %2").arg(i).arg(p + 1)));
            const bool field = tokens.contains(QStringLiteral("field%1").arg(i));
            for (const char c : {'x', 'y', 'z'})
                QVERIFY2(tokens.contains(QStringLiteral("%1%2").arg(QLatin1Char(c)).arg(i)) == field,
                         qPrintable(QStringLiteral("field %1 is cut at the foot of page %2").arg(i).arg(p + 1)));
            rowsSeen += head ? 1 : 0;
            tableRows = tableRows || head;
        }
        if (tableRows)
            QVERIFY2(tokens.contains(QStringLiteral("Header")), qPrintable(QStringLiteral("no header on page %1").arg(p + 1)));
    }
    QCOMPARE(rowsSeen, 80);
}

void TestReportPdf::fontsFound()
{
    const ReportPdfFonts fonts = reportPdfFonts();
    QVERIFY(!fonts.body.isEmpty());
    QVERIFY(!fonts.mono.isEmpty());
    QVERIFY2(!fonts.cjk.isEmpty(), "no font with Chinese glyphs: install fonts-noto-cjk");
}

void TestReportPdf::radicalsInToUnicode()
{
    const QByteArray cmap = "2 beginbfrange\n<0000> <0000> <0000>\n<0001> <0004> [<62A5> <2F42> <0031> <2F64> ]\n"
                            "<0005> <0005> <2F00>\n<0006> <0007> <2F00>\nendbfrange\n"
                            "1 beginbfchar\n<0008> <2F42>\nendbfchar\n";
    const QByteArray fixed = pdfdetail::fixToUnicodeRadicals(cmap);
    QCOMPARE(fixed.size(), cmap.size());
    QVERIFY(fixed.contains("[<62A5> <6587> <0031> <7528> ]"));
    QVERIFY(fixed.contains("<0005> <0005> <4E00>"));
    QVERIFY(fixed.contains("<0006> <0007> <2F00>")); // a real range is left alone
    QVERIFY(fixed.contains("<0008> <6587>"));

    // The font decides: in Noto Sans CJK SC, ⼾ (U+2F3E) is drawn as 户 (U+6237), while its
    // decomposition is the traditional 戶 (U+6236).
    const QHash<char16_t, char16_t> map = pdfdetail::radicalMapForFont(reportPdfFonts().cjk);
    if (reportPdfFonts().cjk == QLatin1String("Noto Sans CJK SC")) {
        QCOMPARE(int(map.value(0x2F3E)), 0x6237);
        QCOMPARE(int(map.value(0x2F42)), 0x6587);
        QVERIFY(pdfdetail::fixToUnicodeRadicals("1 beginbfchar\n<0001> <2F3E>\nendbfchar\n", map).contains("<6237>"));
    }
}

// OD_REPORT_SAMPLES_DIR=/some/dir writes every scenario in every format there, for reviewing
// the layout by eye.
void TestReportPdf::samples()
{
    const QString dir = qEnvironmentVariable("OD_REPORT_SAMPLES_DIR");
    if (dir.isEmpty())
        QSKIP("set OD_REPORT_SAMPLES_DIR to write sample reports");
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        installLanguage(lang);
        for (const auto &[name, build] : scenarios()) {
            Report report = scenario::reportFor(build());
            if (qstrcmp(name, "relay-refused") == 0)
                report.paste = scenario::relayPaste();
            for (const char *ext : {"txt", "html", "pdf"}) {
                QString error;
                const QString path = QStringLiteral("%1/%2-%3.%4").arg(dir, QLatin1String(name), lang, QLatin1String(ext));
                QVERIFY2(writeReportFile(report, path, &error), qPrintable(error));
            }
            report.maskIdentities = true;
            QVERIFY(writeReportFile(report, QStringLiteral("%1/%2-%3-masked.txt").arg(dir, QLatin1String(name), lang)));
        }
        for (const auto &[name, report] : {std::pair{"solved-story", scenario::solvedStory()},
                                           std::pair{"open-story", scenario::openStory()},
                                           std::pair{"retried-story", scenario::retriedStory()}}) {
            for (const char *ext : {"txt", "html", "pdf"}) {
                QString error;
                const QString path = QStringLiteral("%1/%2-%3.%4").arg(dir, QLatin1String(name), lang, QLatin1String(ext));
                QVERIFY2(writeReportFile(report, path, &error), qPrintable(error));
            }
        }
    }
}

int main(int argc, char **argv)
{
    // PDF rendering needs a QGuiApplication; offscreen unless told otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestReportPdf test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_reportpdf.moc"
