// SPDX-License-Identifier: GPL-3.0-or-later
// The report model and its text / HTML forms (odcore only): outline per scenario, privacy,
// masking, languages, writing files.
#include "diagnosis/probediagnosis.h"
#include "scenarios.h"

#include "core/languages.h"
#include "diagnosis/knowledge.h"
#include "diagnosis/pastedecoder.h"
#include "report/identitymasker.h"
#include "report/pastemapping.h"
#include "report/reportdocument.h"
#include "report/reportprivacy.h"
#include "report/reportrender.h"
#include "report/reportwriter.h"

#include <QFile>
#include <QMimeData>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace od;

Q_DECLARE_METATYPE(od::Report)

namespace {

using scenario::scenarios;

QString sectionText(const ReportDocument &doc, const QString &id)
{
    const ReportSection *s = doc.section(id);
    if (!s)
        return {};
    ReportDocument one;
    one.sections << *s;
    return documentToText(one);
}

// A fix tried and tested: solved when the test afterwards found Cause::Ok.
ReportFixTried fixTried(Fix fix, Cause after, const QString &detail = {})
{
    ReportFixTried f;
    f.fix = fix;
    f.outcome = after == Cause::Ok ? ReportFixTried::Outcome::Solved : ReportFixTried::Outcome::NotSolved;
    f.causeAfter = after;
    f.detail = detail;
    return f;
}

QStringList strings(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromUtf8(s);
    return out;
}

QList<QStringList> expect(std::initializer_list<std::initializer_list<const char *>> sections)
{
    QList<QStringList> out;
    for (const auto &s : sections)
        out << strings(s);
    return out;
}

// Well-formed XML, and nothing fetched from elsewhere.
QString htmlProblem(const QString &html)
{
    QXmlStreamReader xml(html);
    QStringList elements;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            elements << xml.name().toString();
            for (const QXmlStreamAttribute &a : xml.attributes()) {
                if (a.name() == QLatin1String("src") || a.name() == QLatin1String("href"))
                    return QStringLiteral("external reference in <%1>").arg(xml.name().toString());
            }
            if (xml.name() == QLatin1String("script") || xml.name() == QLatin1String("link")
                || xml.name() == QLatin1String("img"))
                return QStringLiteral("<%1> element").arg(xml.name().toString());
        }
    }
    if (xml.hasError())
        return QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    if (elements.value(0) != QLatin1String("html") || !elements.contains(QLatin1String("body")))
        return QStringLiteral("no html/body");
    return {};
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void init() { installLanguage(QStringLiteral("en")); }
    void cleanupTestCase() { installLanguage(QStringLiteral("en")); }

    void outline_data();
    void outline();
    void outlineOfPasteOnly();
    void textHeadingsInOrder();
    void htmlWellFormed_data();
    void htmlWellFormed();
    void htmlEscapesEverything();
    void redaction_data();
    void redaction();
    void redactionWithoutPassword();
    void scrubAuthPayloads_data();
    void scrubAuthPayloads();
    void masking();
    void maskerKeepsTechnicalText_data();
    void maskerKeepsTechnicalText();
    void languages_data();
    void languages();
    void englishBesideTheUsersLanguage();
    void providerQuestion_data();
    void providerQuestion();
    void environment();
    void pasteSection();
    void pasteFromDecoder();
    void untestableSettings();
    void fixesTried();
    void eachFixOnceWithItsAttempts();
    void solvedStory();
    void openStory();
    void untestedChangeStory();
    void changeNotMadeWordedWhenShown();
    void noRawIds_data();
    void noRawIds();
    void formatByExtension_data();
    void formatByExtension();
    void writeFiles();
    void mimeData();
};

// Section headings in order, and what each must say for an admin to act without asking back.
void TestReport::outline_data()
{
    QTest::addColumn<ProbeResult>("result");
    QTest::addColumn<QList<QStringList>>("expected"); // {section id, strings it must contain...}

    QTest::newRow("relay-refused") << scenario::relayRefused() << expect({
        {"summary", "The server refuses to pass your mail on", "554 5.7.1 <friend@elsewhere.test>: Relay access denied",
         "mail.home.test", "587 (STARTTLS)", "Turn on authentication for the outgoing server",
         "Use the outgoing server of the network you are on"},
        {"question", "mail.home.test", "587", "Relay access denied", "travelling"},
        {"location", "Travelling", "172.20.10.5"},
        {"settings", "mail.home.test", "alice@home.test", "postmaster@home.test", "friend@elsewhere.test", "none (no user name given)"},
        {"endpoints", "587", "465", "25", "The connection is blocked on this network", "250 2.1.5 Ok", "Relay access denied",
         "81.2.69.142", "(no reply)"},
        {"capabilities", "220 mail.home.test ESMTP Postfix (Debian/GNU)", "AUTH PLAIN LOGIN", "SIZE 10240000",
         "offered and used"},
        {"certificate", "TLSv1.3", "TLS_AES_256_GCM_SHA384"},
        {"paste", "No error message was pasted."},
        {"environment", "Outbox Doctor"},
        {"transcript", "RCPT TO:<friend@elsewhere.test>", "554 5.7.1 <friend@elsewhere.test>: Relay access denied",
         "RCPT TO:<postmaster@home.test>", "[tls] C: EHLO", "Connecting to 81.2.69.142 port 465"}});
    QTest::newRow("login-refused") << scenario::loginRefused() << expect({
        {"summary", "The server refused your user name or password", "535 5.7.8 Error: authentication failed"},
        {"question", "as alice", "535 5.7.8"},
        {"location", "At home"},
        {"settings", "PLAIN", "alice", "not included in this report"},
        {"endpoints", "Logging in (AUTH)", "535 5.7.8", "PLAIN, not accepted"},
        {"capabilities", "AUTH PLAIN LOGIN"},
        {"certificate", "TLSv1.3"},
        {"paste"}, {"environment"},
        {"transcript", "AUTH PLAIN [hidden]", "535 5.7.8"}});
    QTest::newRow("sender-refused") << scenario::senderRefused() << expect({
        {"summary", "The server refuses your sender address",
         "553 5.7.1 <x@gmail.test>: Sender address rejected: not owned by user alice@home.test",
         "Correct your From or reply address"},
        {"question", "x@gmail.test", "Which sender (From) addresses"},
        {"location", "At work"},
        {"settings", "x@gmail.test", "postmaster@gmail.test", "PLAIN"},
        {"endpoints", "Sender (MAIL FROM)", "553 5.7.1", "PLAIN, accepted"},
        {"capabilities"}, {"certificate"}, {"paste"}, {"environment"},
        {"transcript", "MAIL FROM:<x@gmail.test>", "235 2.7.0 Authentication successful", "AUTH PLAIN [hidden]"}});
    QTest::newRow("tls-untrusted") << scenario::tlsUntrusted() << expect({
        {"summary", "The server's certificate cannot be trusted", "Your provider or administrator has to act", "465 (SSL/TLS)"},
        {"question", "self-signed", "SHA-256", "mail.home.test"},
        {"location"},
        {"settings", "465 (SSL/TLS)"},
        {"endpoints", "Encrypting the connection (SSL/TLS)", "The server's certificate could not be verified."},
        {"capabilities", "No server answered"},
        {"certificate", "mail.home.test", "Home ISP Test", "self-signed", "untrusted", "SHA-256 fingerprint",
         "The certificate is self-signed, and untrusted", "smtp.home.test", "Valid until", "2036"},
        {"paste"}, {"environment"},
        {"transcript", "Certificate rejected"}});
    QTest::newRow("port-blocked") << scenario::portBlocked() << expect({
        {"summary", "The connection is blocked on this network", "Use port 587 (STARTTLS) or 465 (SSL/TLS)"},
        {"question", "587, 465, 25", "Which server names and ports"},
        {"location"},
        {"settings", "587 (STARTTLS), 465 (SSL/TLS), 25 (STARTTLS when offered)"},
        {"endpoints", "No connection could be made in time", "timed out", "6000 ms"},
        {"capabilities", "No server answered"},
        {"certificate", "No encrypted connection"},
        {"paste"}, {"environment"},
        {"transcript", "No answer within 6 s."}});
}

void TestReport::outline()
{
    QFETCH(ProbeResult, result);
    QFETCH(QList<QStringList>, expected);
    const ReportDocument doc = buildReportDocument(scenario::reportFor(result));
    QStringList ids;
    for (const QStringList &e : expected)
        ids << e.first();
    QCOMPARE(doc.sectionIds(), ids);
    // In the fixed order, without the story (nothing was tried).
    QStringList order = reportSectionOrder();
    order.removeAll(QStringLiteral("story"));
    order.removeAll(QStringLiteral("attempts")); // no fix was tried more than once
    QCOMPARE(doc.sectionIds(), order);
    for (const QStringList &e : expected) {
        const QString text = sectionText(doc, e.first());
        for (int i = 1; i < e.size(); ++i) {
            if (!text.contains(e.at(i)))
                QFAIL(qPrintable(QStringLiteral("section %1 lacks \"%2\":\n%3").arg(e.first(), e.at(i), text)));
        }
    }
}

void TestReport::outlineOfPasteOnly()
{
    Report report;
    report.paste = scenario::relayPaste();
    report.location = Location::Travel;
    const ReportDocument doc = buildReportDocument(report);
    QCOMPARE(doc.sectionIds(), (QStringList{QStringLiteral("summary"), QStringLiteral("question"), QStringLiteral("location"),
                                            QStringLiteral("paste"), QStringLiteral("environment")}));
    QVERIFY(sectionText(doc, QStringLiteral("summary")).contains(causeTitle(Cause::RelayDenied)));
    QVERIFY(sectionText(doc, QStringLiteral("summary")).contains(QLatin1String("554 5.7.1 <friend@elsewhere.test>: Relay access denied")));
    const QString question = sectionText(doc, QStringLiteral("question"));
    QVERIFY2(question.contains(QLatin1String("Relay access denied")), qPrintable(question));
    const QString paste = sectionText(doc, QStringLiteral("paste"));
    for (const char *s : {"an Outlook error message", "mail.home.test:25", "0x800CCC79", "friend@elsewhere.test", "554 5.7.1",
                          "Error Number: 0x800CCC79"})
        QVERIFY2(paste.contains(QLatin1String(s)), s);
}

void TestReport::textHeadingsInOrder()
{
    const Report report = scenario::reportFor(scenario::relayRefused());
    const ReportDocument doc = buildReportDocument(report);
    const QString text = reportToText(report);
    qsizetype last = -1;
    int n = 0;
    for (const ReportSection &s : doc.sections) {
        const QString heading = QStringLiteral("%1. %2\n").arg(++n).arg(s.title);
        const qsizetype at = text.indexOf(heading);
        QVERIFY2(at > last, qPrintable(heading));
        last = at;
    }
}

void TestReport::htmlWellFormed_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("which");
    for (const QString &lang : supportedLanguages()) {
        for (int i = 0; i < scenarios().size(); ++i)
            QTest::addRow("%s/%s", qPrintable(lang), scenarios().at(i).first) << lang << i;
    }
}

void TestReport::htmlWellFormed()
{
    QFETCH(QString, language);
    QFETCH(int, which);
    installLanguage(language);
    Report report = scenario::reportFor(scenarios().at(which).second());
    report.paste = scenario::relayPaste();
    const QString html = reportToHtml(report);
    const QString problem = htmlProblem(html);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(html.contains(QLatin1String("<meta charset=\"utf-8\" />")));
    // Section anchors in order.
    qsizetype last = -1;
    for (const QString &id : buildReportDocument(report).sectionIds()) {
        const qsizetype at = html.indexOf(QStringLiteral("<h2 id=\"%1\"").arg(id));
        QVERIFY2(at > last, qPrintable(id));
        last = at;
    }
}

void TestReport::htmlEscapesEverything()
{
    ProbeResult result = scenario::relayRefused();
    // A hostile server: markup, control characters, a lone surrogate.
    result.attempts[0].transcript << TranscriptLine{999, TranscriptLine::Direction::Server, false,
                                                    QStringLiteral("250 <script>alert(1)</script> & \"x\" \x01\x7f")
                                                        + QChar(0xD800) + QStringLiteral(" ]]> <!--")};
    // The reply the diagnosis rests on (the foreign recipient's refusal on port 587).
    result.attempts[0].steps[result.attempts[0].steps.size() - 3].reply.lines = {QStringLiteral("5.7.1 <b>bold</b> & <i>")};
    const QString html = reportToHtml(scenario::reportFor(result));
    const QString problem = htmlProblem(html);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(!html.contains(QLatin1String("<script>")));
    QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt;")));
    QVERIFY(html.contains(QLatin1String("5.7.1 &lt;b&gt;bold&lt;/b&gt; &amp; &lt;i&gt;")));
}

void TestReport::redaction_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<bool>("mask");
    for (int i = 0; i < scenarios().size(); ++i) {
        QTest::addRow("%s", scenarios().at(i).first) << i << false;
        QTest::addRow("%s/masked", scenarios().at(i).first) << i << true;
    }
}

// The password and every base64 form of it, in every output, whichever field it was planted in.
void TestReport::redaction()
{
    QFETCH(int, which);
    QFETCH(bool, mask);
    Report report = scenario::reportFor(scenarios().at(which).second());
    report.maskIdentities = mask;
    report.locationNote = QStringLiteral("hotel; my password is %1").arg(scenario::kPassword);
    ReportFixTried fix;
    fix.fix = Fix::EnableAuth;
    fix.outcome = ReportFixTried::Outcome::NotSolved;
    fix.detail = QStringLiteral("tried AUTH PLAIN ") + scenario::secretForms().at(3);
    report.fixesTried << fix;
    ReportPaste paste = scenario::relayPaste();
    paste.text += QStringLiteral("\nAUTH LOGIN\n334 UGFzc3dvcmQ6\n") + scenario::secretForms().at(1);
    report.paste = paste;

    std::unique_ptr<QMimeData> mime(reportMimeData(report));
    const QStringList outputs{reportToText(report), reportToHtml(report), mime->text(), mime->html(),
                              od::providerQuestion(report)};
    const QStringList secrets = scenario::secretForms();
    QVERIFY(secrets.size() >= 5);
    for (const QString &out : outputs) {
        QVERIFY(!out.isEmpty());
        for (const QString &secret : secrets) {
            if (out.contains(secret))
                QFAIL(qPrintable(QStringLiteral("found secret \"%1\" in:\n%2").arg(secret, out)));
        }
        // Not split either: "Kr1sp" / the base64 of the password's first part.
        QVERIFY(!out.contains(QLatin1String("Kr1sp")));
    }
    QVERIFY(outputs.first().contains(Redactor::mask()));
}

// Without the password the report still hides AUTH payloads by their shape.
void TestReport::redactionWithoutPassword()
{
    for (const QString &mech : {QStringLiteral("PLAIN"), QStringLiteral("LOGIN")}) {
        Report report = scenario::reportFor(scenario::loginRefused(mech));
        report.redactor = Redactor();
        const QString text = reportToText(report);
        const QByteArray u = scenario::kUser.toUtf8();
        const QByteArray p = scenario::kPassword.toUtf8();
        for (const QByteArray &blob : {QByteArray(u + '\0' + u + '\0' + p).toBase64(), p.toBase64()}) {
            const QString transcript = sectionText(buildReportDocument(report), QStringLiteral("transcript"));
            QVERIFY2(!transcript.contains(QString::fromLatin1(blob)), qPrintable(transcript));
        }
        QVERIFY(text.contains(QLatin1String("AUTH PLAIN [hidden]")));
    }
}

void TestReport::scrubAuthPayloads_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "C: AUTH PLAIN AGFsaWNlAHNlY3JldA==" << "C: AUTH PLAIN [hidden]";
    QTest::newRow("lower") << "auth plain AGFsaWNlAHNlY3JldA==" << "auth plain [hidden]";
    QTest::newRow("xoauth2") << "AUTH XOAUTH2 dXNlcj1hAWF1dGg9QmVhcmVyIHQBAQ==" << "AUTH XOAUTH2 [hidden]";
    QTest::newRow("login initial") << "AUTH LOGIN YWxpY2U=" << "AUTH LOGIN [hidden]";
    QTest::newRow("in a message") << "sent AUTH PLAIN AGFsaWNlAHNlY3JldA== and failed" << "sent AUTH PLAIN [hidden] and failed";
    QTest::newRow("empty response") << "AUTH PLAIN =" << "AUTH PLAIN [hidden]";
    QTest::newRow("already hidden") << "AUTH PLAIN [hidden]" << "AUTH PLAIN [hidden]";
    QTest::newRow("word") << "535 AUTH LOGIN failed" << "535 AUTH LOGIN failed";
    QTest::newRow("prose") << "530 5.7.0 SMTP AUTH is required first" << "530 5.7.0 SMTP AUTH is required first";
    QTest::newRow("mechanism only") << "AUTH LOGIN" << "AUTH LOGIN";
    QTest::newRow("capability") << "250-AUTH PLAIN LOGIN CRAM-MD5" << "250-AUTH PLAIN LOGIN CRAM-MD5";
}

void TestReport::scrubAuthPayloads()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(od::scrubAuthPayloads(input), expected);
}

void TestReport::masking()
{
    Report report = scenario::reportFor(scenario::relayRefused());
    report.maskIdentities = true;
    report.paste = scenario::relayPaste();
    const QString text = reportToText(report);
    const QString html = reportToHtml(report);
    for (const QString &out : {text, html}) {
        for (const char *identity : {"alice", "home.test", "elsewhere.test", "81.2.69.142", "172.20.10.5", "friend@"})
            QVERIFY2(!out.contains(QLatin1String(identity), Qt::CaseInsensitive),
                     qPrintable(QStringLiteral("%1 in\n%2").arg(QLatin1String(identity), out)));
    }
    // Consistent placeholders, the structure still visible.
    QVERIFY(text.contains(QLatin1String("mail.domain1.example")));
    QVERIFY2(text.contains(QLatin1String("RCPT TO:<postmaster@domain1.example>")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("MAIL FROM:<user2@domain1.example>")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("554 5.7.1 <user1@domain2.example>: Relay access denied")));
    QVERIFY(text.contains(QLatin1String("250-mail.domain1.example")));
    QVERIFY(text.contains(QLatin1String("192.0.2.1")));
    // The technical part is still there.
    for (const char *kept : {"5.7.1", "TLSv1.3", "TLS_AES_256_GCM_SHA384", "SIZE 10240000", "Relay access denied", "587"})
        QVERIFY2(text.contains(QLatin1String(kept)), kept);
    QVERIFY(htmlProblem(html).isEmpty());

    // The same placeholders in the question as in the rest.
    const QString question = od::providerQuestion(report);
    QVERIFY2(question.contains(QLatin1String("mail.domain1.example")), qPrintable(question));
    QVERIFY(!question.contains(QLatin1String("home.test")));
}

void TestReport::maskerKeepsTechnicalText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("codes") << "550 5.7.1 relaying denied (#5.7.1)" << "550 5.7.1 relaying denied (#5.7.1)";
    QTest::newRow("versions") << "Qt 6.4.2, TLSv1.3, OD 0.1.0" << "Qt 6.4.2, TLSv1.3, OD 0.1.0";
    QTest::newRow("fingerprint") << "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89" << "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89";
    QTest::newRow("time") << "2024-05-17 14:03:22 UTC+02:00" << "2024-05-17 14:03:22 UTC+02:00";
    QTest::newRow("abbreviations") << "e.g. i.e. [hidden]" << "e.g. i.e. [hidden]";
    QTest::newRow("ehlo") << "250-smtp.provider.net Hello" << "250-smtp.domain1.example Hello";
    QTest::newRow("address in angles") << "<bob@Example.ORG>" << "<bob@Example.ORG>";
    QTest::newRow("ipv4") << "from [81.2.69.142] port 25" << "from [192.0.2.1] port 25";
    QTest::newRow("ipv6") << "connect to 2a00:1450:4001:82b::1a" << "connect to 2001:db8::1";
    QTest::newRow("loopback kept") << "127.0.0.1 ::1" << "127.0.0.1 ::1";
    QTest::newRow("subdomain") << "relay.corp.acme.co.uk" << "host1.domain1.example";
    QTest::newRow("generic prefix") << "smtp.acme.co.uk" << "smtp.domain1.example";
    QTest::newRow("personal host") << "alice-pc.acme.com" << "host1.domain1.example";
    QTest::newRow("scoped names") << "od::Report" << "od::Report";
}

void TestReport::maskerKeepsTechnicalText()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    IdentityMasker masker;
    QCOMPARE(masker.mask(input), expected);
}

void TestReport::languages_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("which");
    for (const QString &lang : supportedLanguages()) {
        for (int i = 0; i < scenarios().size(); ++i)
            QTest::addRow("%s/%s", qPrintable(lang), scenarios().at(i).first) << lang << i;
    }
}

// Every language: host, port, verdict and the server's reply, verbatim, in text and HTML.
void TestReport::languages()
{
    QFETCH(QString, language);
    QFETCH(int, which);
    installLanguage(language); // the translation may not exist yet: English text, same checks
    const ProbeResult result = scenarios().at(which).second();
    const Report report = scenario::reportFor(result);
    const ReportDocument doc = buildReportDocument(report);
    QCOMPARE(doc.language, language);
    const QString text = reportToText(report);
    const QString html = reportToHtml(report);
    QVERIFY(htmlProblem(html).isEmpty());
    QVERIFY(html.contains(QStringLiteral("lang=\"%1\"").arg(QString(language).replace(QLatin1Char('_'), QLatin1Char('-')))));
    const Diagnosis verdict = diagnoseProbe(result);
    const Attempt &a = result.attempts.at(verdict.attempt);
    QStringList must{scenario::kHost, QString::number(a.endpoint.port), causeTitle(verdict.cause)};
    if (verdict.reply.code)
        must << QStringLiteral("%1 %2").arg(verdict.reply.code).arg(verdict.reply.text());
    for (const QString &m : must) {
        QVERIFY2(text.contains(m), qPrintable(m));
        QVERIFY2(html.contains(m.toHtmlEscaped()), qPrintable(m));
    }
    if (language != QLatin1String("en"))
        QVERIFY(text.contains(QLatin1String("In English, for the administrator")));
}

void TestReport::englishBesideTheUsersLanguage()
{
    installLanguage(QStringLiteral("de"));
    Report report = scenario::reportFor(scenario::relayRefused());
    QString summary = sectionText(buildReportDocument(report), QStringLiteral("summary"));
    QVERIFY(summary.contains(QString::fromUtf8(causeInfo(Cause::RelayDenied).title)));
    QVERIFY(summary.contains(QString::fromUtf8(fixInfo(Fix::EnableAuth).description)));
    QVERIFY(reportToHtml(report).contains(QLatin1String("<ul lang=\"en\">")));
    report.includeEnglish = false;
    summary = sectionText(buildReportDocument(report), QStringLiteral("summary"));
    QVERIFY(!summary.contains(QLatin1String("In English")));
    installLanguage(QStringLiteral("en"));
    report.includeEnglish = true;
    summary = sectionText(buildReportDocument(report), QStringLiteral("summary"));
    QVERIFY(!summary.contains(QLatin1String("In English"))); // nothing to add in English
}

void TestReport::providerQuestion_data()
{
    QTest::addColumn<ProbeResult>("result");
    QTest::addColumn<QStringList>("must");
    QTest::newRow("relay") << scenario::relayRefused()
                           << strings({"Hello,", "mail.home.test, port 587 (STARTTLS)", "554 5.7.1 <friend@elsewhere.test>: Relay access denied",
                                          "Do I have to log in", "travelling", "without my password"});
    QTest::newRow("login") << scenario::loginRefused() << strings({"refused my login as alice", "535 5.7.8", "app password", "at home"});
    QTest::newRow("sender") << scenario::senderRefused() << strings({"x@gmail.test", "Sender address rejected", "at work"});
    QTest::newRow("tls") << scenario::tlsUntrusted()
                         << QStringList{fingerprintText(sha256Fingerprint(scenario::selfSignedCertificate())),
                                        QStringLiteral("self-signed"), QStringLiteral("port 465 (SSL/TLS)")};
    QTest::newRow("blocked") << scenario::portBlocked() << strings({"587, 465, 25", "blocking"});
}

void TestReport::providerQuestion()
{
    QFETCH(ProbeResult, result);
    QFETCH(QStringList, must);
    const QString question = od::providerQuestion(scenario::reportFor(result));
    for (const QString &m : must)
        QVERIFY2(question.contains(m), qPrintable(QStringLiteral("%1 not in:\n%2").arg(m, question)));
    QVERIFY(question.contains(QLatin1String("2024-05-17")));
    QVERIFY(!question.contains(QLatin1String("%1")));
}

void TestReport::environment()
{
    Report report = scenario::reportFor(scenario::relayRefused());
    const QString env = sectionText(buildReportDocument(report), QStringLiteral("environment"));
    for (const QString &m : {QStringLiteral("Outbox Doctor " OD_VERSION), QString::fromLatin1(qVersion()),
                             QSysInfo::prettyProductName(), QStringLiteral("UTC"), QStringLiteral("2024-05-17"),
                             QStringLiteral("English (en)"), QStringLiteral("6100 ms")})
        QVERIFY2(env.contains(m), qPrintable(m + QLatin1Char('\n') + env));
    // Each time once, in local time with its offset: 14:10 at UTC+02:00 is 12:10 UTC.
    const QDateTime made = QDateTime(QDate(2024, 5, 17), QTime(12, 10, 0), QTimeZone::utc()).toLocalTime();
    QVERIFY2(env.contains(made.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))), qPrintable(env));
    QVERIFY2(made.offsetFromUtc() != 0 || env.contains(QLatin1String("2024-05-17 12:10:00 UTC\n")), qPrintable(env));
    QVERIFY2(!env.contains(QLatin1String(" UTC)")), qPrintable(env));
}

void TestReport::pasteSection()
{
    Report report = scenario::reportFor(scenario::relayRefused());
    ReportPaste paste = scenario::relayPaste();
    QStringList many;
    for (int i = 0; i < 300; ++i)
        many << QStringLiteral("line %1").arg(i);
    paste.text = many.join(QLatin1Char('\n'));
    report.paste = paste;
    const QString text = sectionText(buildReportDocument(report), QStringLiteral("paste"));
    QVERIFY(text.contains(QLatin1String("line 119")));
    QVERIFY(!text.contains(QLatin1String("line 120\n")));
    QVERIFY(text.contains(QLatin1String("180")));
}

// `decode --report`: the decoder's result, mapped, in a report without a live test.
void TestReport::pasteFromDecoder()
{
    const QString pasted = scenario::relayPaste().text;
    const DecodeResult decoded = decodePaste(pasted);
    Report report;
    report.paste = reportPasteFromDecode(decoded, pasted);
    QCOMPARE(report.paste->cause, decoded.verdict.cause);
    QCOMPARE(report.paste->findings.size(), decoded.findings.size());
    const ReportDocument doc = buildReportDocument(report);
    QCOMPARE(doc.sectionIds().first(), QStringLiteral("summary"));
    QVERIFY(doc.section(QStringLiteral("paste")));
    const QString text = documentToText(doc);
    QVERIFY2(text.contains(QLatin1String("friend@elsewhere.test")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("Relay access denied")));
    QVERIFY(text.contains(causeTitle(decoded.verdict.cause)));
    QVERIFY(htmlProblem(reportToHtml(report)).isEmpty());
}

// Settings that could not be tested: still a complete, sensible report.
void TestReport::untestableSettings()
{
    ProbeResult result;
    result.settings.host = QStringLiteral("mail.home.test");
    result.inputError = Phrase::fromText(QStringLiteral("No sender address was given."));
    const Report report = scenario::reportFor(result);
    const ReportDocument doc = buildReportDocument(report);
    QStringList order = reportSectionOrder();
    order.removeAll(QStringLiteral("story"));
    order.removeAll(QStringLiteral("attempts")); // no fix was tried more than once
    QCOMPARE(doc.sectionIds(), order);
    const QString text = documentToText(doc);
    QVERIFY(text.contains(QLatin1String("No sender address was given.")));
    QVERIFY(text.contains(QLatin1String("I tested sending mail through mail.home.test with Outbox Doctor.")));
    QVERIFY(!text.contains(QLatin1String("On  ")));
    QVERIFY(htmlProblem(reportToHtml(report)).isEmpty());
}

void TestReport::fixesTried()
{
    Report report = scenario::reportFor(scenario::relayRefused());
    ReportFixTried a = fixTried(Fix::EnableAuth, Cause::AuthFailed, QStringLiteral("port 587, PLAIN"));
    a.when = QDateTime(QDate(2024, 5, 17), QTime(14, 5, 0), QTimeZone(7200));
    report.fixesTried << a << fixTried(Fix::UseLocalServer, Cause::Ok);
    const QString text = sectionText(buildReportDocument(report), QStringLiteral("story"));
    for (const QString &m : {fixTitle(Fix::EnableAuth), QStringLiteral("did not help"), causeTitle(Cause::AuthFailed),
                             QStringLiteral("port 587, PLAIN"), fixTitle(Fix::UseLocalServer),
                             QStringLiteral("solved the problem"), causeTitle(Cause::Ok), QStringLiteral("The fixes tried"),
                             QStringLiteral("When")})
        QVERIFY2(text.contains(m), qPrintable(m + QLatin1Char('\n') + text));
}

// Like the Done page: each fix once, with what finally became of it and how many attempts it
// had; every attempt, in order, in the technical part ("attempts").
void TestReport::eachFixOnceWithItsAttempts()
{
    Report report = scenario::reportFor(scenario::relayRefused());
    const ReportFixTried first = fixTried(Fix::EnableAuth, Cause::AuthFailed, QStringLiteral("port 25, PLAIN"));
    const ReportFixTried second = fixTried(Fix::EnableAuth, Cause::TlsRequired, QStringLiteral("port 587, PLAIN"));
    ReportFixTried switched;
    switched.fix = Fix::UseModernAuth;
    switched.outcome = ReportFixTried::Outcome::NotTested;
    switched.settingsChange.outcome = ReportSettingsChange::Outcome::Undone;
    switched.settingsChange.program = QStringLiteral("Thunderbird");
    switched.settingsChange.changed = {QStringLiteral("mail.smtpserver.smtp1.authMethod")};
    const ReportFixTried third = fixTried(Fix::EnableAuth, Cause::RelayDenied, QStringLiteral("port 465, LOGIN"));
    report.fixesTried << first << second << switched << third;

    const ReportDocument doc = buildReportDocument(report);
    const ReportSection *story = doc.section(QStringLiteral("story"));
    QVERIFY(story);
    const auto table = [](const ReportSection &section) -> const ReportBlock * {
        for (const ReportBlock &b : section.blocks) {
            if (b.kind == ReportBlock::Kind::Table)
                return &b;
        }
        return nullptr;
    };
    // The story: the switch (its latest attempt came first), then the login with its latest
    // settings and result and its three attempts.
    const ReportBlock *fixes = table(*story);
    QVERIFY(fixes);
    QCOMPARE(fixes->columns, (QStringList{QStringLiteral("Fix"), QStringLiteral("Settings tried"), QStringLiteral("Outcome"),
                                          QStringLiteral("Attempts")}));
    QCOMPARE(fixes->rows.size(), 2);
    QCOMPARE(fixes->rows.at(0), (QStringList{fixTitle(Fix::UseModernAuth), QString(), QStringLiteral("changed, then undone"),
                                             QStringLiteral("1")}));
    QCOMPARE(fixes->rows.at(1), (QStringList{fixTitle(Fix::EnableAuth), QStringLiteral("port 465, LOGIN"),
                                             QStringLiteral("did not help: ") + causeTitle(Cause::RelayDenied),
                                             QStringLiteral("3")}));
    const QString storyText = sectionText(doc, QStringLiteral("story"));
    QVERIFY2(!storyText.contains(QLatin1String("port 25, PLAIN")) && !storyText.contains(causeTitle(Cause::AuthFailed)),
             qPrintable(storyText));
    QVERIFY2(storyText.contains(QLatin1String("Each attempt is listed under \"Fixes tried, attempt by attempt\".")),
             qPrintable(storyText));
    // Two different fixes, the summary says "the fixes".
    QVERIFY(sectionText(doc, QStringLiteral("summary")).contains(QLatin1String("The fixes tried did not solve it")));

    // The technical part: every attempt, in order, after the settings used.
    const QStringList ids = doc.sectionIds();
    QVERIFY2(ids.indexOf(QStringLiteral("attempts")) == ids.indexOf(QStringLiteral("settings")) + 1, qPrintable(ids.join(u' ')));
    const ReportSection *attempts = doc.section(QStringLiteral("attempts"));
    QVERIFY(attempts);
    QCOMPARE(attempts->title, QStringLiteral("Fixes tried, attempt by attempt"));
    const ReportBlock *each = table(*attempts);
    QVERIFY(each);
    QCOMPARE(each->rows.size(), 4);
    QCOMPARE(each->rows.at(0), (QStringList{QStringLiteral("1"), fixTitle(Fix::EnableAuth), QStringLiteral("port 25, PLAIN"),
                                            QStringLiteral("did not help: ") + causeTitle(Cause::AuthFailed)}));
    QCOMPARE(each->rows.at(1).at(3), QStringLiteral("did not help: ") + causeTitle(Cause::TlsRequired));
    QCOMPARE(each->rows.at(2).at(1), fixTitle(Fix::UseModernAuth));
    QCOMPARE(each->rows.at(3).at(2), QStringLiteral("port 465, LOGIN"));
    QVERIFY(htmlProblem(reportToHtml(report)).isEmpty());

    // One fix tried twice: "the fix", once, and its attempts in the technical part.
    report.fixesTried = {first, second};
    const ReportDocument once = buildReportDocument(report);
    QCOMPARE(table(*once.section(QStringLiteral("story")))->rows.size(), 1);
    QVERIFY(sectionText(once, QStringLiteral("story")).contains(QLatin1String("The fix tried")));
    QVERIFY(sectionText(once, QStringLiteral("summary")).contains(QLatin1String("The fix tried did not solve it")));
    QVERIFY(once.section(QStringLiteral("attempts")));
    // Each fix tried once: the story says it all.
    report.fixesTried = {first, switched};
    QVERIFY(!buildReportDocument(report).section(QStringLiteral("attempts")));
}

// After a fix that worked: the first failure (step, the server's reply, the paste), the fix
// in words, the test after it, what was changed in the mail program and how to undo it; no
// letter to the provider.
void TestReport::solvedStory()
{
    const Report report = scenario::solvedStory();
    QVERIFY(reportSolved(report));
    const ReportDocument doc = buildReportDocument(report);
    QCOMPARE(doc.sectionIds(), (QStringList{QStringLiteral("summary"), QStringLiteral("story"), QStringLiteral("location"),
                                            QStringLiteral("settings"), QStringLiteral("endpoints"),
                                            QStringLiteral("capabilities"), QStringLiteral("certificate"),
                                            QStringLiteral("paste"), QStringLiteral("environment"),
                                            QStringLiteral("transcript")}));
    QVERIFY2(doc.title.contains(causeTitle(Cause::RelayDenied)) && doc.title.contains(QLatin1String("solved")),
             qPrintable(doc.title));
    const QString story = sectionText(doc, QStringLiteral("story"));
    const QString refusal = QStringLiteral("554 5.7.1 <friend@elsewhere.test>: Relay access denied");
    const int before = int(story.indexOf(refusal));
    const int fix = int(story.indexOf(fixTitle(Fix::EnableAuth)));
    const int after = int(story.indexOf(QLatin1String("250 2.1.5 Ok")));
    const int settings = int(story.indexOf(QLatin1String("To undo the change: close Thunderbird")));
    QVERIFY2(before >= 0 && fix > before && after > fix && settings > after, qPrintable(story));
    for (const QString &m : {stepReportText(Step::RcptForeign), causeTitle(Cause::RelayDenied), causeTitle(Cause::Ok),
                             QStringLiteral("The error message pasted"), QStringLiteral("mail.home.test, port 587 (STARTTLS), login as alice"),
                             QStringLiteral("solved the problem"), QStringLiteral("mail.smtpserver.smtp1.authMethod"),
                             scenario::kPrefsJs, scenario::kPrefsBackup,
                             QStringLiteral("copy prefs.js.outbox-doctor-20240517-140912.bak over prefs.js")})
        QVERIFY2(story.contains(m), qPrintable(m + QLatin1Char('\n') + story));
    QVERIFY(sectionText(doc, QStringLiteral("summary")).contains(QLatin1String("Solved.")));
    // Both tests' evidence stays: the first test's ports and its conversation.
    const QString endpoints = sectionText(doc, QStringLiteral("endpoints"));
    QVERIFY2(endpoints.contains(refusal) && endpoints.contains(QLatin1String("The test after the fix")), qPrintable(endpoints));
    const QString transcript = sectionText(doc, QStringLiteral("transcript"));
    QVERIFY(transcript.contains(QLatin1String("RCPT TO:<friend@elsewhere.test>")));
    QVERIFY(transcript.contains(QLatin1String("554 5.7.1")));
    QVERIFY(transcript.contains(QLatin1String("235 2.7.0 Authentication successful")));
    // No letter, in any form.
    QVERIFY(od::providerQuestion(report).isEmpty());
    const QString text = reportToText(report);
    const QString html = reportToHtml(report);
    QVERIFY(htmlProblem(html).isEmpty());
    for (const QString &letter : {QStringLiteral("Hello,"), QStringLiteral("A message you can send as it is"),
                                  QStringLiteral("Question for the provider")}) {
        QVERIFY2(!text.contains(letter), qPrintable(letter));
        QVERIFY2(!html.contains(letter), qPrintable(letter));
    }
    QVERIFY(text.contains(refusal));
    QVERIFY(html.contains(refusal.toHtmlEscaped()));
}

// The same story while the problem is still open: the letter is there, says what was tried,
// and the summary does not suggest the fix that did not help.
void TestReport::openStory()
{
    const Report report = scenario::openStory();
    QVERIFY(!reportSolved(report));
    const ReportDocument doc = buildReportDocument(report);
    QVERIFY(doc.sectionIds().contains(QStringLiteral("question")));
    QVERIFY(doc.sectionIds().indexOf(QStringLiteral("story")) == 1);
    const QString letter = od::providerQuestion(report);
    for (const QString &m : {QStringLiteral("Hello,"), QStringLiteral("535 5.7.8"),
                             QStringLiteral("I have already tried this, and the test afterwards still failed: %1.")
                                 .arg(fixTitle(Fix::EnableAuth))})
        QVERIFY2(letter.contains(m), qPrintable(m + QLatin1Char('\n') + letter));
    const QString summary = sectionText(doc, QStringLiteral("summary"));
    QVERIFY2(summary.contains(QLatin1String("Not solved yet")), qPrintable(summary));
    QVERIFY2(!summary.contains(fixTitle(Fix::EnableAuth) + QLatin1Char(':')), qPrintable(summary));
    const QString story = sectionText(doc, QStringLiteral("story"));
    QVERIFY(story.contains(QLatin1String("554 5.7.1 <friend@elsewhere.test>: Relay access denied")));
    QVERIFY(story.contains(causeTitle(Cause::AuthFailed)));
    QVERIFY(story.contains(QLatin1String("did not help")));
    QVERIFY(story.contains(QLatin1String("Outbox Doctor did not change them.")));
    QVERIFY(reportToText(report).contains(QLatin1String("Hello,")));
}

// A change Outbox Doctor cannot test itself (Thunderbird switched to OAuth2 sign-in): the first
// test is the "before", the fix is "not tested yet", the "after" says only the mail program can
// show it, the settings change names no test, and how to undo it is there; the letter stays.
// Why a settings change was not made is kept as a phrase and worded when the report is made,
// in the report's language.
void TestReport::changeNotMadeWordedWhenShown()
{
    Report report = scenario::openStory();
    ReportSettingsChange &change = report.fixesTried.first().settingsChange;
    change.outcome = ReportSettingsChange::Outcome::NotApplied;
    change.program = QStringLiteral("Thunderbird");
    change.reason = Phrase("od::Accounts", QT_TRANSLATE_NOOP("od::Accounts", "%1 cannot be written (%2)."),
                           {scenario::kPrefsJs, QStringLiteral("EACCES")});
    const QString english = sectionText(buildReportDocument(report), QStringLiteral("story"));
    QVERIFY2(english.contains(scenario::kPrefsJs + QStringLiteral(" cannot be written (EACCES).")), qPrintable(english));
    installLanguage(QStringLiteral("de"));
    const QString german = sectionText(buildReportDocument(report), QStringLiteral("story"));
    QVERIFY2(german.contains(scenario::kPrefsJs + QStringLiteral(" kann nicht geschrieben werden (EACCES).")), qPrintable(german));
    QVERIFY2(!german.contains(QLatin1String("cannot be written")), qPrintable(german));
}

void TestReport::untestedChangeStory()
{
    Report report = scenario::reportFor(scenario::loginRefused());
    ReportFixTried fix;
    fix.fix = Fix::UseModernAuth;
    fix.outcome = ReportFixTried::Outcome::NotTested;
    fix.settingsChange.outcome = ReportSettingsChange::Outcome::Applied;
    fix.settingsChange.program = QStringLiteral("Thunderbird");
    fix.settingsChange.files = {scenario::kPrefsJs};
    fix.settingsChange.backups = {scenario::kPrefsBackup};
    fix.settingsChange.changed = {QStringLiteral("mail.smtpserver.smtp1.authMethod")};
    report.fixesTried << fix;
    QVERIFY(!reportSolved(report));
    const ReportDocument doc = buildReportDocument(report);
    const QString story = sectionText(doc, QStringLiteral("story"));
    const int before = int(story.indexOf(QLatin1String("535 5.7.8")));
    const int tried = int(story.indexOf(fixTitle(Fix::UseModernAuth)));
    const int after = int(story.indexOf(QLatin1String("After: not tested yet")));
    const int undo = int(story.indexOf(QLatin1String("To undo the change: close Thunderbird")));
    QVERIFY2(before >= 0 && tried > before && after > tried && undo > after, qPrintable(story));
    for (const QString &m : {QStringLiteral("not tested yet"), QStringLiteral("Only Thunderbird itself can show"),
                             QStringLiteral("mail.smtpserver.smtp1.authMethod"), scenario::kPrefsBackup,
                             QStringLiteral("cannot test this change itself")})
        QVERIFY2(story.contains(m), qPrintable(m + QLatin1Char('\n') + story));
    QVERIFY2(!story.contains(QLatin1String("to the ones tested")), qPrintable(story));
    QVERIFY2(!story.contains(QLatin1String("After: the test with the new settings")), qPrintable(story));
    const QString summary = sectionText(doc, QStringLiteral("summary"));
    QVERIFY2(summary.contains(QLatin1String("Not tested yet.")) && !summary.contains(QLatin1String("did not solve")),
             qPrintable(summary));
    QVERIFY(doc.sectionIds().contains(QStringLiteral("question")));
    QVERIFY(htmlProblem(reportToHtml(report)).isEmpty());
}

// Human renderings name causes, fixes and certificate findings by their titles: no raw ID,
// bracketed or bare, in text or HTML, in any language.
void TestReport::noRawIds_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<Report>("report");
    for (const QString &lang : supportedLanguages()) {
        for (const auto &[name, build] : scenarios()) {
            Report report = scenario::reportFor(build());
            report.paste = scenario::relayPaste();
            QTest::addRow("%s/%s", qPrintable(lang), name) << lang << report;
        }
        QTest::addRow("%s/solved-story", qPrintable(lang)) << lang << scenario::solvedStory();
        QTest::addRow("%s/open-story", qPrintable(lang)) << lang << scenario::openStory();
    }
}

void TestReport::noRawIds()
{
    QFETCH(QString, language);
    QFETCH(Report, report);
    installLanguage(language);
    QStringList ids;
    for (Cause c : allCauses())
        ids << causeId(c);
    for (Fix f : allFixes())
        ids << fixId(f);
    // Bare, these can be the certificate library's own words ("self-signed"): only bracketed.
    QStringList bracketedOnly;
    for (CertificateFinding f : {CertificateFinding::Untrusted, CertificateFinding::SelfSigned, CertificateFinding::Expired,
                                 CertificateFinding::NotYetValid, CertificateFinding::HostnameMismatch,
                                 CertificateFinding::Revoked, CertificateFinding::Other})
        bracketedOnly << certificateFindingId(f);
    ids << QStringLiteral("outlook-dialog");
    for (const QString &rendering : {reportToText(report), reportToHtml(report)}) {
        for (const QString &id : std::as_const(ids)) {
            QVERIFY2(!rendering.contains(QLatin1Char('[') + id + QLatin1Char(']')), qPrintable(id));
            // Bare: the ids with a hyphen cannot be ordinary words.
            if (id.contains(QLatin1Char('-')))
                QVERIFY2(!rendering.contains(id), qPrintable(id));
        }
        for (const QString &id : std::as_const(bracketedOnly))
            QVERIFY2(!rendering.contains(QLatin1Char('[') + id + QLatin1Char(']')), qPrintable(id));
    }
}

void TestReport::formatByExtension_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("format");
    QTest::newRow("txt") << "/tmp/r.txt" << int(ReportFormat::Text);
    QTest::newRow("TXT") << "r.TXT" << int(ReportFormat::Text);
    QTest::newRow("html") << "a/b.html" << int(ReportFormat::Html);
    QTest::newRow("htm") << "b.htm" << int(ReportFormat::Html);
    QTest::newRow("pdf") << "report.PDF" << int(ReportFormat::Pdf);
    QTest::newRow("none") << "report" << int(ReportFormat::Unknown);
    QTest::newRow("doc") << "report.docx" << int(ReportFormat::Unknown);
}

void TestReport::formatByExtension()
{
    QFETCH(QString, path);
    QFETCH(int, format);
    QCOMPARE(int(reportFormatForPath(path)), format);
    QCOMPARE(reportNeedsGui(path), format == int(ReportFormat::Pdf));
}

void TestReport::writeFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Report report = scenario::reportFor(scenario::relayRefused());
    QString error;
    QVERIFY2(writeReport(report, dir.filePath(QStringLiteral("r.txt")), &error), qPrintable(error));
    QVERIFY2(writeReport(report, dir.filePath(QStringLiteral("r.html")), &error), qPrintable(error));
    QFile txt(dir.filePath(QStringLiteral("r.txt")));
    QVERIFY(txt.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(txt.readAll()), reportToText(report));

    // No PDF renderer in the core: a clear error and no file.
    QVERIFY(!pdfReportsAvailable());
    QVERIFY(!writeReport(report, dir.filePath(QStringLiteral("r.pdf")), &error));
    QVERIFY(error.contains(QLatin1String("PDF")));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("r.pdf"))));
    QVERIFY(!writeReport(report, dir.filePath(QStringLiteral("r.doc")), &error));
    QVERIFY(!writeReport(report, dir.filePath(QStringLiteral("missing/dir/r.txt")), &error));
    QVERIFY(!error.isEmpty());
}

void TestReport::mimeData()
{
    const Report report = scenario::reportFor(scenario::senderRefused());
    std::unique_ptr<QMimeData> mime(reportMimeData(report));
    QVERIFY(mime->hasText());
    QVERIFY(mime->hasHtml());
    QCOMPARE(mime->text(), reportToText(report));
    QCOMPARE(mime->html(), reportToHtml(report));
}

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
