// SPDX-License-Identifier: GPL-3.0-or-later
// The POP-before-SMTP login driven line by line by a scripted transport (no socket).
#include "smtp/pop3login.h"

#include "scriptedtransport.h"
#include "secretcheck.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace od;

using Script = QList<QByteArray>;

namespace {

const QString kUser = QStringLiteral("tim");
// RFC 1939 7's APOP example: this secret and the greeting's timestamp below give
// c4c9334bac560ecc979e58001b3e22fb.
const QString kPassword = QStringLiteral("tanstaaf");
const QByteArray kApopGreeting = "+OK POP3 server ready <1896.697170952@dbc.mtview.ca.us>";

struct Run
{
    bool finished = false;
    Pop3Result result;
    QStringList mismatches;
    Script remaining;
    QByteArray written;
    QString transcript;
};

Run runLogin(const Script &script, Security security)
{
    ProbeSettings s;
    s.host = QStringLiteral("smtp.example.org");
    s.user = kUser;
    s.password = kPassword;
    s.pop3.host = QStringLiteral("pop.example.org");
    s.pop3.security = security;
    s.replyTimeoutMs = 1500;
    s.greetingTimeoutMs = 1500;
    Run run;
    QElapsedTimer clock;
    clock.start();
    Pop3Login login(s, QHostAddress(QHostAddress::LocalHost), clock, nullptr);
    QPointer<ScriptedTransport> fake;
    login.setTransportFactory([&](const TransportOptions &, QObject *parent) {
        fake = new ScriptedTransport(script, parent);
        return fake.data();
    });
    QObject::connect(&login, &Pop3Login::transcriptLine, [&](const TranscriptLine &line) {
        run.transcript += transcriptLineText(line) + QLatin1Char('\n');
    });
    QSignalSpy finished(&login, &Pop3Login::finished);
    login.start();
    run.finished = finished.count() > 0 || finished.wait(5000);
    run.result = login.result();
    if (fake) {
        run.mismatches = fake->mismatches();
        run.remaining = fake->remaining();
        run.written = fake->written();
    }
    return run;
}

QString describe(const Run &r)
{
    return QStringLiteral("failure: %1 (%2)\nmismatches: %3\nnot reached: %4\ntranscript:\n%5")
        .arg(failureId(r.result.failure), r.result.failureDetail.text(), r.mismatches.join(QStringLiteral("; ")),
             QString::fromUtf8(r.remaining.join(" | ")), r.transcript);
}

} // namespace

class TestPop3Login : public QObject
{
    Q_OBJECT
private slots:
    void login_data();
    void login();
};

void TestPop3Login::login_data()
{
    QTest::addColumn<Script>("script");
    QTest::addColumn<Security>("security");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<Failure>("failure");
    QTest::addColumn<QString>("mechanism");
    QTest::addColumn<bool>("passwordSent");

    const Script capa{"C: CAPA", "S: +OK Capability list follows", "S: TOP", "S: USER", "S: ."};
    QTest::newRow("no APOP timestamp: USER/PASS")
        << Script{"S: +OK POP3 ready"} + capa
               + Script{"C: USER tim", "S: +OK", "C: PASS tanstaaf", "S: +OK Logged in.", "C: QUIT", "S: +OK Bye"}
        << Security::None << true << Failure::None << QStringLiteral("USER/PASS") << true;
    QTest::newRow("APOP timestamp in the greeting")
        << Script{"S: " + kApopGreeting} + capa
               + Script{"C: APOP tim c4c9334bac560ecc979e58001b3e22fb", "S: +OK maildrop has 1 message", "C: QUIT", "S: +OK"}
        << Security::None << true << Failure::None << QStringLiteral("APOP") << false;
    QTest::newRow("password refused")
        << Script{"S: +OK POP3 ready"} + capa
               + Script{"C: USER tim", "S: +OK", "C: PASS tanstaaf", "S: -ERR [AUTH] Authentication failed.", "C: QUIT", "S: +OK"}
        << Security::None << false << Failure::Refused << QStringLiteral("USER/PASS") << true;
    QTest::newRow("user refused")
        << Script{"S: +OK POP3 ready"} + capa + Script{"C: USER tim", "S: -ERR no such user", "C: QUIT", "S: +OK"}
        << Security::None << false << Failure::Refused << QStringLiteral("USER/PASS") << false;
    QTest::newRow("greeting -ERR")
        << Script{"S: -ERR too many connections", "C: QUIT", "S: +OK"}
        << Security::None << false << Failure::Refused << QString() << false;
    QTest::newRow("no CAPA: plain login")
        << Script{"S: +OK POP3 ready", "C: CAPA", "S: -ERR unknown command", "C: USER tim", "S: +OK", "C: PASS tanstaaf",
                  "S: +OK", "C: QUIT", "S: +OK"}
        << Security::None << true << Failure::None << QStringLiteral("USER/PASS") << true;
    QTest::newRow("STLS, then the login inside TLS")
        << Script{"S: +OK POP3 ready", "C: CAPA", "S: +OK", "S: STLS", "S: USER", "S: .", "C: STLS", "S: +OK Begin TLS",
                  "TLS", "C: USER tim", "S: +OK", "C: PASS tanstaaf", "S: +OK", "C: QUIT", "S: +OK"}
        << Security::StartTls << true << Failure::None << QStringLiteral("USER/PASS") << true;
    QTest::newRow("STLS wanted, not offered: password kept back")
        << Script{"S: +OK POP3 ready"} + capa << Security::StartTls << false << Failure::StartTlsNotOffered << QString() << false;
    QTest::newRow("closes early")
        << Script{"S: +OK POP3 ready", "C: CAPA", "X"} << Security::None << false << Failure::ConnectionClosed << QString() << false;
    QTest::newRow("not a POP3 server")
        << Script{"S: 220 mail.example.org ESMTP"} << Security::None << false << Failure::ProtocolViolation << QString() << false;
    QTest::newRow("refused connection") << Script{"REFUSE"} << Security::None << false << Failure::ConnectRefused << QString() << false;
    QTest::newRow("answers split across reads")
        << Script{"S| +OK POP3 re", "S| ady\r", "S| \n", "C: CAPA", "S| +OK\r\nUSER\r\n.", "S| \r\n", "C: USER tim",
                  "S: +OK", "C: PASS tanstaaf", "S: +OK", "C: QUIT", "S: +OK"}
        << Security::None << true << Failure::None << QStringLiteral("USER/PASS") << true;
    // Sent with the go-ahead, before the handshake: unprotected, so never taken as an answer.
    QTest::newRow("STLS go-ahead with an injected answer")
        << Script{"S: +OK POP3 ready", "C: CAPA", "S: +OK", "S: STLS", "S: .", "C: STLS", "S| +OK Begin TLS\r\n-ERR injected\r\n",
                  "TLS", "C: USER tim", "S: +OK", "C: PASS tanstaaf", "S: +OK", "C: QUIT", "S: +OK"}
        << Security::StartTls << true << Failure::None << QStringLiteral("USER/PASS") << true;
    QTest::newRow("line far too long")
        << Script{"S: +OK " + QByteArray(5000, 'x')} << Security::None << false << Failure::ProtocolViolation << QString() << false;
}

void TestPop3Login::login()
{
    QFETCH(Script, script);
    QFETCH(Security, security);
    QFETCH(bool, ok);
    QFETCH(Failure, failure);
    QFETCH(QString, mechanism);
    QFETCH(bool, passwordSent);
    const Run r = runLogin(script, security);
    QVERIFY2(r.finished, qPrintable(describe(r)));
    QVERIFY2(r.result.failure == failure, qPrintable(describe(r)));
    QCOMPARE(r.result.ok, ok);
    QCOMPARE(r.result.mechanism, mechanism);
    QVERIFY2(r.mismatches.isEmpty(), qPrintable(describe(r)));
    QVERIFY2(r.remaining.isEmpty(), qPrintable(describe(r)));
    QCOMPARE(r.written.contains("PASS " + kPassword.toUtf8()), passwordSent);
    QVERIFY2(!r.transcript.contains(QLatin1String("injected")), qPrintable(r.transcript));
    QVERIFY(!r.result.serverText.contains(QLatin1String("injected")));
    QVERIFY2(!secretcheck::reveals(r.transcript, kPassword.toUtf8(), 5), qPrintable(r.transcript));
    QString recorded = r.result.serverText;
    for (const TranscriptLine &l : r.result.transcript)
        recorded += l.text + QLatin1Char('\n');
    QVERIFY2(!secretcheck::reveals(recorded, kPassword.toUtf8(), 5), qPrintable(recorded));
}

QTEST_GUILESS_MAIN(TestPop3Login)
#include "tst_pop3login.moc"
