// SPDX-License-Identifier: GPL-3.0-or-later
// One SMTP conversation driven line by line by a scripted transport (no socket): the steps it
// records, how it ends, and what it sends, for well-behaved and misbehaving servers.
#include "smtp/smtpsession.h"

#include "core/networkerrors.h"
#include "smtp/proberesultjson.h"

#include "scriptedtransport.h"
#include "secretcheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLibraryInfo>
#include <QMessageAuthenticationCode>
#include <QTranslator>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace od;

using Script = QList<QByteArray>;

namespace {

const QString kUser = QStringLiteral("tim");
const QString kPassword = QStringLiteral("tanstaaftanstaaf");

struct Run
{
    bool finished = false;
    Attempt attempt;
    QStringList mismatches;
    Script remaining;
    QByteArray written;
    QString transcript;      // every line the session showed, as signalled
    QStringList stepsShown;  // every stepFinished: reply and detail
};

ProbeSettings baseSettings()
{
    ProbeSettings s;
    s.host = QStringLiteral("mail.example.org");
    s.from = QStringLiteral("alice@example.org");
    s.replyTimeoutMs = 1500;
    s.greetingTimeoutMs = 1500;
    s.securityCheckAfterMs = 0;
    return s;
}

Run runSession(const Script &script, const ProbeSettings &settings, const Endpoint &endpoint)
{
    Run run;
    QElapsedTimer clock;
    clock.start();
    SmtpSession session(settings, {QHostAddress(QHostAddress::LocalHost)}, endpoint, clock, nullptr);
    QPointer<ScriptedTransport> fake;
    session.setTransportFactory([&](const TransportOptions &, QObject *parent) {
        fake = new ScriptedTransport(script, parent);
        return fake.data();
    });
    QObject::connect(&session, &SmtpSession::transcriptLine, [&](const TranscriptLine &line) {
        run.transcript += transcriptLineText(line) + QLatin1Char('\n');
    });
    QObject::connect(&session, &SmtpSession::stepFinished, [&](const StepRecord &r) {
        run.stepsShown << r.reply.text() + QLatin1Char(' ') + r.detail;
    });
    QSignalSpy finished(&session, &SmtpSession::finished);
    session.start();
    run.finished = finished.count() > 0 || finished.wait(5000);
    run.attempt = session.attempt();
    if (fake) {
        run.mismatches = fake->mismatches();
        run.remaining = fake->remaining();
        run.written = fake->written();
    }
    return run;
}

// "connect+ banner+ ehlo- helo+ ...": each recorded step and whether it went well.
QString stepsOf(const Attempt &a)
{
    QStringList out;
    for (const StepRecord &s : a.steps)
        out << stepId(s.step) + (s.ok ? QLatin1Char('+') : QLatin1Char('-'));
    return out.join(QLatin1Char(' '));
}

QString describe(const Run &r)
{
    return QStringLiteral("steps: %1\nfailure: %2 (%3)\nmismatches: %4\nnot reached: %5\ntranscript:\n%6")
        .arg(stepsOf(r.attempt), failureId(r.attempt.failure), r.attempt.failureDetail.text(),
             r.mismatches.join(QStringLiteral("; ")), QString::fromUtf8(r.remaining.join(" | ")), r.transcript);
}

Script greetAndEhlo(const QByteArrayList &capabilities)
{
    Script s{"S: 220 mail.example.org ESMTP", "C: EHLO [127.0.0.1]"};
    if (capabilities.isEmpty()) {
        s << "S: 250 mail.example.org";
        return s;
    }
    s << "S: 250-mail.example.org";
    for (qsizetype i = 0; i < capabilities.size(); ++i)
        s << (i + 1 < capabilities.size() ? "S: 250-" : "S: 250 ") + capabilities.at(i);
    return s;
}

const Script kEnvelopeAccepted{"C: MAIL FROM:<alice@example.org>", "S: 250 2.1.0 Ok",
                               "C: RCPT TO:<postmaster@example.org>", "S: 250 2.1.5 Ok",
                               "C: RCPT TO:<outbox-doctor-test@example.com>", "S: 250 2.1.5 Ok", "C: QUIT"};

} // namespace

class TestSmtpSession : public QObject
{
    Q_OBJECT
private slots:
    void conversation_data();
    void conversation();
    void authMechanism_data();
    void authMechanism();
    void refusedLoginKeepsThePasswordOut();
    void networkFailuresAreCodes_data();
    void networkFailuresAreCodes();
};

void TestSmtpSession::conversation_data()
{
    QTest::addColumn<Script>("script");
    QTest::addColumn<Security>("security");
    QTest::addColumn<QString>("steps");
    QTest::addColumn<Failure>("failure");

    QTest::newRow("accepted, one command at a time")
        << greetAndEhlo({"8BITMIME"}) + kEnvelopeAccepted << Security::None
        << QStringLiteral("connect+ banner+ ehlo+ mail-from+ rcpt-local+ rcpt-foreign+") << Failure::None;
    // RFC 2920: with PIPELINING the whole envelope, RSET and QUIT go out in one write; a session
    // waiting for each answer would time out here, because the script answers only after all.
    // The outcome is in with the last recipient's answer: RSET's and QUIT's are not waited for.
    QTest::newRow("pipelined envelope")
        << greetAndEhlo({"PIPELINING", "SIZE 10240000", "8BITMIME"})
               + Script{"C: MAIL FROM:<alice@example.org>", "C: RCPT TO:<postmaster@example.org>",
                        "C: RCPT TO:<outbox-doctor-test@example.com>", "C: RSET", "C: QUIT",
                        "S: 250 2.1.0 Ok", "S: 250 2.1.5 Ok", "S: 250 2.1.5 Ok", "S: 250 2.0.0 Ok", "S: 221 2.0.0 Bye"}
        << Security::None
        << QStringLiteral("connect+ banner+ ehlo+ mail-from+ rcpt-local+ rcpt-foreign+") << Failure::None;
    QTest::newRow("relay refused, local accepted")
        << greetAndEhlo({}) + Script{"C: MAIL FROM:<alice@example.org>", "S: 250 2.1.0 Ok",
                                     "C: RCPT TO:<postmaster@example.org>", "S: 250 2.1.5 Ok",
                                     "C: RCPT TO:<outbox-doctor-test@example.com>",
                                     "S: 554 5.7.1 <outbox-doctor-test@example.com>: Relay access denied", "C: QUIT"}
        << Security::None << QStringLiteral("connect+ banner+ ehlo+ mail-from+ rcpt-local+ rcpt-foreign-")
        << Failure::Refused;
    QTest::newRow("EHLO refused, HELO accepted")
        << Script{"S: 220 old.example.org SMTP", "C: EHLO [127.0.0.1]", "S: 502 5.5.2 Error: command not recognized",
                  "C: HELO [127.0.0.1]", "S: 250 old.example.org"} + kEnvelopeAccepted
        << Security::None << QStringLiteral("connect+ banner+ ehlo- helo+ mail-from+ rcpt-local+ rcpt-foreign+")
        << Failure::None;
    QTest::newRow("STARTTLS refused")
        << greetAndEhlo({"PIPELINING", "STARTTLS"}) + Script{"C: STARTTLS", "S: 454 4.7.0 TLS not available due to local problem", "C: QUIT"}
        << Security::StartTls << QStringLiteral("connect+ banner+ ehlo+ start-tls-") << Failure::Refused;
    QTest::newRow("STARTTLS not offered")
        << greetAndEhlo({"PIPELINING"}) + Script{"C: QUIT"}
        << Security::StartTls << QStringLiteral("connect+ banner+ ehlo+ start-tls-") << Failure::StartTlsNotOffered;
    QTest::newRow("STARTTLS, then EHLO again inside TLS")
        << greetAndEhlo({"STARTTLS"}) + Script{"C: STARTTLS", "S: 220 2.0.0 Ready to start TLS", "TLS",
                                               "C: EHLO [127.0.0.1]", "S: 250-mail.example.org", "S: 250 8BITMIME"}
               + kEnvelopeAccepted
        << Security::StartTls
        << QStringLiteral("connect+ banner+ ehlo+ start-tls+ tls-handshake+ ehlo-after-tls+ mail-from+ rcpt-local+ rcpt-foreign+")
        << Failure::None;
    // Bytes after the go-ahead arrive before encryption: dropped, not taken as the EHLO's answer.
    QTest::newRow("plaintext injected after STARTTLS go-ahead")
        << greetAndEhlo({"STARTTLS"}) + Script{"C: STARTTLS", "S: 220 2.0.0 Ready to start TLS", "S: 250 injected",
                                               "TLS", "C: EHLO [127.0.0.1]", "S: 250 mail.example.org"}
               + kEnvelopeAccepted
        << Security::StartTls
        << QStringLiteral("connect+ banner+ ehlo+ start-tls+ tls-handshake+ ehlo-after-tls+ mail-from+ rcpt-local+ rcpt-foreign+")
        << Failure::None;
    QTest::newRow("greeting refused")
        << Script{"S: 554 5.7.1 mail.example.org: no SMTP service here", "C: QUIT"} << Security::None
        << QStringLiteral("connect+ banner-") << Failure::Refused;
    QTest::newRow("connection refused") << Script{"REFUSE"} << Security::None << QString() << Failure::ConnectRefused;
    QTest::newRow("a reply split across reads")
        << Script{"S| 220 mail.exa", "S| mple.org ESMTP\r", "S| \n", "C: EHLO [127.0.0.1]",
                  "S| 250-mail.example.org\r\n250-PIPEL", "S| INING\r\n250 8BI", "S| TMIME\r\n",
                  "C: MAIL FROM:<alice@example.org>", "C: RCPT TO:<postmaster@example.org>",
                  "C: RCPT TO:<outbox-doctor-test@example.com>", "C: RSET", "C: QUIT",
                  "S| 250 2.1.0 Ok\r\n250 2.1", "S| .5 Ok\r\n250 2.1.5 Ok\r\n250 Ok\r\n221 Bye\r\n"}
        << Security::None
        << QStringLiteral("connect+ banner+ ehlo+ mail-from+ rcpt-local+ rcpt-foreign+") << Failure::None;
    QTest::newRow("overlong line")
        << Script{"S: 220 mail.example.org ESMTP", "C: EHLO [127.0.0.1]", "S: 250-" + QByteArray(5000, 'x')}
        << Security::None << QStringLiteral("connect+ banner+") << Failure::ProtocolViolation;
    QTest::newRow("server closes mid-reply")
        << Script{"S: 220 mail.example.org ESMTP", "C: EHLO [127.0.0.1]", "S| 250-mail.example.org\r\n250-PIPE", "X"}
        << Security::None << QStringLiteral("connect+ banner+") << Failure::ConnectionClosed;
    QTest::newRow("server closes instead of greeting")
        << Script{"X"} << Security::None << QStringLiteral("connect+") << Failure::ClosedBeforeGreeting;
    QTest::newRow("silent after EHLO")
        << Script{"S: 220 mail.example.org ESMTP", "C: EHLO [127.0.0.1]"} << Security::None
        << QStringLiteral("connect+ banner+") << Failure::ReplyTimeout;
    // A reply nobody asked for would shift every later answer by one.
    QTest::newRow("unasked reply before the greeting's answer")
        << Script{"S: 220 mail.example.org ESMTP", "S: 250 unasked", "C: EHLO [127.0.0.1]", "S: 250 mail.example.org"}
               + kEnvelopeAccepted
        << Security::None << QStringLiteral("connect+ banner+ ehlo+ mail-from+ rcpt-local+ rcpt-foreign+")
        << Failure::None;
    QTest::newRow("junk instead of a reply")
        << Script{"S: 220 mail.example.org ESMTP", "C: EHLO [127.0.0.1]", "S: HTTP/1.1 400 Bad Request"}
        << Security::None << QStringLiteral("connect+ banner+") << Failure::ProtocolViolation;
}

void TestSmtpSession::conversation()
{
    QFETCH(Script, script);
    QFETCH(Security, security);
    QFETCH(QString, steps);
    QFETCH(Failure, failure);
    const Run r = runSession(script, baseSettings(), Endpoint{587, security});
    QVERIFY2(r.finished, qPrintable(describe(r)));
    QCOMPARE(stepsOf(r.attempt), steps);
    QVERIFY2(r.attempt.failure == failure, qPrintable(describe(r)));
    QVERIFY2(r.mismatches.isEmpty(), qPrintable(describe(r)));
    QVERIFY2(r.remaining.isEmpty() || failure != Failure::None, qPrintable(describe(r)));
    QCOMPARE(r.attempt.accepted(), failure == Failure::None);
    QVERIFY(r.attempt.finished);
}

void TestSmtpSession::authMechanism_data()
{
    QTest::addColumn<Script>("script");
    QTest::addColumn<QString>("mechanism");   // empty: none usable
    QTest::addColumn<bool>("authenticated");

    const QByteArray plain = "AUTH PLAIN " + QByteArray('\0' + kUser.toUtf8() + '\0' + kPassword.toUtf8()).toBase64();
    const Script ok{"S: 235 2.7.0 Authentication successful"};
    QTest::newRow("PLAIN and LOGIN: PLAIN")
        << greetAndEhlo({"AUTH PLAIN LOGIN"}) + Script{"C: " + plain} + ok + kEnvelopeAccepted << QStringLiteral("PLAIN") << true;
    QTest::newRow("old AUTH= form")
        << greetAndEhlo({"AUTH=LOGIN"})
               + Script{"C: AUTH LOGIN", "S: 334 VXNlcm5hbWU6", "C: " + kUser.toUtf8().toBase64(), "S: 334 UGFzc3dvcmQ6",
                        "C: " + kPassword.toUtf8().toBase64()}
               + ok + kEnvelopeAccepted
        << QStringLiteral("LOGIN") << true;
    // RFC 2195's example challenge; the answer is the user and the HMAC-MD5 of it.
    const QByteArray challenge = "<1896.697170952@postoffice.reston.mci.net>";
    const QByteArray digest = QMessageAuthenticationCode::hash(challenge, kPassword.toUtf8(), QCryptographicHash::Md5).toHex();
    QTest::newRow("lower case, CRAM-MD5 preferred")
        << greetAndEhlo({"auth login cram-md5 plain"})
               + Script{"C: AUTH CRAM-MD5", "S: 334 " + challenge.toBase64(), "C: " + (kUser.toUtf8() + ' ' + digest).toBase64()}
               + ok + kEnvelopeAccepted
        << QStringLiteral("CRAM-MD5") << true;
    QTest::newRow("only mechanisms it cannot use") << greetAndEhlo({"AUTH GSSAPI NTLM"}) + kEnvelopeAccepted << QString() << false;
    QTest::newRow("no AUTH at all") << greetAndEhlo({"8BITMIME"}) + kEnvelopeAccepted << QString() << false;
}

void TestSmtpSession::authMechanism()
{
    QFETCH(Script, script);
    QFETCH(QString, mechanism);
    QFETCH(bool, authenticated);
    ProbeSettings s = baseSettings();
    s.user = kUser;
    s.password = kPassword;
    const Run r = runSession(script, s, Endpoint{587, Security::None});
    QVERIFY2(r.finished && r.attempt.failure == Failure::None, qPrintable(describe(r)));
    QVERIFY2(r.mismatches.isEmpty() && r.remaining.isEmpty(), qPrintable(describe(r)));
    QCOMPARE(r.attempt.authMechanism, mechanism);
    QCOMPARE(r.attempt.authenticated, authenticated);
    const StepRecord *auth = r.attempt.lastStep(Step::Auth);
    QVERIFY(auth);
    QCOMPARE(auth->ok, authenticated);
    // Logged in or not, the envelope was tested.
    QVERIFY(r.attempt.accepted());
    QVERIFY2(!secretcheck::reveals(r.transcript, kPassword.toUtf8(), 6), qPrintable(r.transcript));
    QVERIFY(!secretcheck::reveals(r.stepsShown.join(QLatin1Char('\n')), kPassword.toUtf8(), 6));
}

// 535: the login is refused; what is recorded is the server's answer at AUTH, and the password
// appears nowhere but on the wire, even when the server quotes it back.
void TestSmtpSession::refusedLoginKeepsThePasswordOut()
{
    ProbeSettings s = baseSettings();
    s.user = kUser;
    s.password = kPassword;
    const QByteArray plain = QByteArray('\0' + kUser.toUtf8() + '\0' + kPassword.toUtf8()).toBase64();
    const Script script = greetAndEhlo({"STARTTLS"})
        + Script{"C: STARTTLS", "S: 220 2.0.0 Ready", "TLS", "C: EHLO [127.0.0.1]", "S: 250-mail.example.org",
                 "S: 250 AUTH PLAIN", "C: AUTH PLAIN " + plain,
                 "S: 535 5.7.8 Error: authentication failed: " + plain + " " + kPassword.toUtf8(), "C: QUIT"};
    const Run r = runSession(script, s, Endpoint{587, Security::StartTls});
    QVERIFY2(r.finished, qPrintable(describe(r)));
    QVERIFY2(r.mismatches.isEmpty(), qPrintable(describe(r)));
    QCOMPARE(stepsOf(r.attempt), QStringLiteral("connect+ banner+ ehlo+ start-tls+ tls-handshake+ ehlo-after-tls+ auth-"));
    QCOMPARE(r.attempt.failure, Failure::Refused);
    QVERIFY(!r.attempt.authenticated);
    QVERIFY(!r.attempt.accepted());
    const StepRecord *auth = r.attempt.lastStep(Step::Auth);
    QVERIFY(auth);
    QCOMPARE(auth->reply.code, 535);
    QCOMPARE(auth->reply.enhanced.toString(), QStringLiteral("5.7.8"));
    QVERIFY(!r.attempt.lastStep(Step::MailFrom)); // nothing after a refused login
    QVERIFY(r.written.contains(plain));           // sent, inside TLS
    QString recorded = r.transcript + r.stepsShown.join(QLatin1Char('\n'));
    for (const TranscriptLine &l : r.attempt.transcript)
        recorded += l.text + QLatin1Char('\n');
    for (const StepRecord &step : r.attempt.steps)
        recorded += step.reply.text() + step.detail + QLatin1Char('\n');
    QVERIFY2(!secretcheck::reveals(recorded, kPassword.toUtf8(), 6), qPrintable(recorded));
}

namespace {
// The attempt's JSON without the clock's figures.
QJsonValue withoutTimes(const QJsonValue &v)
{
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        o.remove(QStringLiteral("ms"));
        o.remove(QStringLiteral("elapsedMs"));
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = withoutTimes(it.value());
        return o;
    }
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            a[i] = withoutTimes(a.at(i));
        return a;
    }
    return v;
}
} // namespace

// A refused connection, a failed TLS handshake and a refused certificate are worded by Qt in the
// language installed at the time: the attempt keeps their codes (and OpenSSL's own reason), so
// its JSON is the same in English and German, and the words come when shown.
void TestSmtpSession::networkFailuresAreCodes_data()
{
    QTest::addColumn<Script>("script");
    QTest::addColumn<Security>("security");
    QTest::addColumn<Failure>("failure");
    QTest::addColumn<QString>("socketError");
    QTest::addColumn<QString>("detail");  // the failure's English wording
    QTest::addColumn<QStringList>("certificateErrors");
    const QString reason = QStringLiteral("error:0A00010B:SSL routines::wrong version number");
    QTest::newRow("connection refused") << Script{"REFUSE"} << Security::None << Failure::ConnectRefused
                                        << "connection-refused" << "The server refused the connection." << QStringList();
    QTest::newRow("SSL/TLS handshake fails")
        << Script{"TLS-FAIL " + reason.toUtf8()} << Security::Tls << Failure::TlsHandshakeFailed << "tls-handshake-failed"
        << QStringLiteral("Error during SSL handshake: ") + reason << QStringList();
    QTest::newRow("STARTTLS handshake fails")
        << (greetAndEhlo({"STARTTLS"}) + Script{"C: STARTTLS", "S: 220 2.0.0 Ready to start TLS", "TLS-FAIL " + reason.toUtf8()})
        << Security::StartTls << Failure::TlsHandshakeFailed << "tls-handshake-failed"
        << QStringLiteral("Error during SSL handshake: ") + reason << QStringList();
    QTest::newRow("certificate refused")
        << Script{"TLS-REJECT"} << Security::Tls << Failure::CertificateRejected << "tls-handshake-failed"
        << "The certificate is self-signed, and untrusted" << QStringList{QStringLiteral("self-signed"), QStringLiteral("host-name-mismatch")};
}

void TestSmtpSession::networkFailuresAreCodes()
{
    QFETCH(Script, script);
    QFETCH(Security, security);
    QFETCH(Failure, failure);
    QFETCH(QString, socketError);
    QFETCH(QString, detail);
    QFETCH(QStringList, certificateErrors);
    const Endpoint endpoint{security == Security::Tls ? quint16(465) : quint16(587), security};

    const Run en = runSession(script, baseSettings(), endpoint);
    QVERIFY(en.finished);
    QCOMPARE(en.attempt.failure, failure);
    QVERIFY(en.attempt.socketError.has_value());
    QCOMPARE(socketErrorId(*en.attempt.socketError), socketError);
    QCOMPARE(en.attempt.failureDetail.sourceText(), detail);
    QVERIFY(en.attempt.failureDetail.verbatim.isEmpty());
    QStringList ids;
    for (const CertificateError &e : en.attempt.tls.errors)
        ids << sslErrorId(e.error);
    QCOMPARE(ids, certificateErrors);
    const QByteArray enJson = QJsonDocument(withoutTimes(attemptToJson(en.attempt)).toObject()).toJson();

    QTranslator german;
    if (!german.load(QStringLiteral("qtbase_de"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QSKIP("Qt's German catalogue (qtbase_de) is not installed");
    QCoreApplication::installTranslator(&german);
    const Run de = runSession(script, baseSettings(), endpoint);
    const QString deText = de.attempt.failureDetail.text();
    const QString deTranscript = de.transcript;
    QCoreApplication::removeTranslator(&german);
    QVERIFY(de.finished);
    const QByteArray deJson = QJsonDocument(withoutTimes(attemptToJson(de.attempt)).toObject()).toJson();
    QCOMPARE(deJson, enJson);
    // Worded when shown: Qt's sentences in German then (OpenSSL's reason stays as it is).
    if (failure != Failure::ConnectRefused) {
        QVERIFY2(deText != detail && !deText.isEmpty(), qPrintable(deText));
        QVERIFY2(deTranscript.contains(deText), qPrintable(deTranscript));
    }
    if (!certificateErrors.isEmpty())
        QVERIFY2(deTranscript.contains(QStringLiteral("selbstsigniert")), qPrintable(deTranscript));
}

QTEST_GUILESS_MAIN(TestSmtpSession)
#include "tst_smtpsession.moc"
