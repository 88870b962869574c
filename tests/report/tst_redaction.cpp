// SPDX-License-Identifier: GPL-3.0-or-later
// Redaction that hides the secret where it was used and nowhere else: with the passwords
// "mail", "test", "ok" and "250" the report keeps "I tested sending mail", "220
// mail.proseware.test" and "250 ok", while the login and every echo of the password (plain,
// base64, SASL PLAIN blob) are hidden. Unit table over ReportPrivacy, then the real binary
// against a scripted server.
#include "../smtp/fakesmtpserver.h"
#include "report/reportprivacy.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace od;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray cert(const char *name)
{
    return readAll(QStringLiteral(OD_SOURCE_DIR "/tests/smtp/certs/") + QLatin1String(name));
}

// The password standing as a token of its own anywhere in `text`.
bool showsToken(const QString &text, const QString &password)
{
    const QRegularExpression token(QStringLiteral("(^|[\\s\"'(:=])%1($|[\\s\"'),;:])")
                                       .arg(QRegularExpression::escape(password)));
    return text.contains(token);
}

QString s(const char *text) { return QString::fromUtf8(text); }

} // namespace

class TestRedaction : public QObject
{
    Q_OBJECT
private slots:
    void words_data();
    void words();
    void serverText_data();
    void serverText();
    void throughTheBinary_data();
    void throughTheBinary();

private:
    QTemporaryDir m_dir;
};

void TestRedaction::words_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const QString h = Redactor::mask();
    // Kept: the program's wording, server names, ordinary replies.
    QTest::newRow("mail: wording") << s("mail") << s("I tested sending mail through mail.proseware.test.") << s("I tested sending mail through mail.proseware.test.");
    QTest::newRow("mail: greeting") << s("mail") << s("220 mail.proseware.test ESMTP") << s("220 mail.proseware.test ESMTP");
    QTest::newRow("mail: question") << s("mail") << s("Is my account allowed to send mail, is this the right user name?") << s("Is my account allowed to send mail, is this the right user name?");
    QTest::newRow("test: wording") << s("test") << s("I tested sending mail with a test message.") << s("I tested sending mail with a test message.");
    QTest::newRow("test: host") << s("test") << s("220 mail.proseware.test ESMTP") << s("220 mail.proseware.test ESMTP");
    QTest::newRow("ok: reply") << s("ok") << s("250 ok") << s("250 ok");
    QTest::newRow("ok: word") << s("ok") << s("Mail would go through: ok") << s("Mail would go through: ok");
    QTest::newRow("250: reply") << s("250") << s("250 ok") << s("250 ok");
    QTest::newRow("250: continuation") << s("250") << s("250-PIPELINING") << s("250-PIPELINING");
    QTest::newRow("250: size") << s("250") << s("Message size limit 25000000") << s("Message size limit 25000000");
    // Hidden: echoes of the credential in a login reply, a login command or a field.
    QTest::newRow("mail: 535 echo") << s("mail") << s("535 5.7.8 Authentication failed for tim (mail)") << s("535 5.7.8 Authentication failed for tim (") + h + s(")");
    QTest::newRow("test: 535 quoted") << s("test") << s("It replied: \"535 5.7.8 bad password test\"") << s("It replied: \"535 5.7.8 bad password ") + h + s("\"");
    QTest::newRow("ok: POP3") << s("ok") << s("-ERR [AUTH] invalid password ok") << s("-ERR [AUTH] invalid password ") + h;
    QTest::newRow("250: 535") << s("250") << s("535 5.7.8 rejected 250 for tim") << s("535 5.7.8 rejected ") + h + s(" for tim");
    QTest::newRow("mail: password=") << s("mail") << s("login url: imap://tim?password=mail&x=1") << s("login url: imap://tim?password=") + h + s("&x=1");
    QTest::newRow("mail: whole text") << s("mail") << s("mail") << h;
    QTest::newRow("mail: base64") << s("mail") << s("data bWFpbA== end") << s("data ") + h + s(" end");
    QTest::newRow("mail: SASL PLAIN") << s("mail") << s("AUTH PLAIN AHRpbQBtYWls") << s("AUTH PLAIN ") + h;
    QTest::newRow("mail: authzid blob") << s("mail") << s("334 dGltAHRpbQBtYWls") << s("334 ") + h;
    // A strong password is hidden as a token anywhere, but not inside another word.
    QTest::newRow("strong anywhere") << s("Kr1sp-42!x") << s("the note says Kr1sp-42!x here") << s("the note says ") + h + s(" here");
    QTest::newRow("strong URL form") << s("p@ss word 42") << s("u=p%40ss%20word%2042") << s("u=") + h;
}

void TestRedaction::words()
{
    QFETCH(QString, password);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const ReportPrivacy privacy(Redactor(QStringLiteral("tim"), password));
    QCOMPARE(privacy.clean(text), expected);
    QCOMPARE(privacy.clean(expected), expected);
}

// Server text (a reply line without its code, a transcript line): a line that speaks of the
// login is where an echoed password hides.
void TestRedaction::serverText_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const QString h = Redactor::mask();
    QTest::newRow("enhanced code") << s("mail") << s("5.7.8 Authentication failed for tim (mail)") << s("5.7.8 Authentication failed for tim (") + h + s(")");
    QTest::newRow("no code") << s("ok") << s("Error: authentication failed: ok") << s("Error: authentication failed: ") + h;
    QTest::newRow("word after") << s("test") << s("test is not your password") << h + s(" is not your password");
    QTest::newRow("greeting") << s("mail") << s("220 mail.proseware.test ESMTP Postfix") << s("220 mail.proseware.test ESMTP Postfix");
    QTest::newRow("capabilities") << s("250") << s("250-AUTH PLAIN LOGIN") << s("250-AUTH PLAIN LOGIN");
    QTest::newRow("ok reply") << s("ok") << s("250 ok") << s("250 ok");
    QTest::newRow("relay") << s("mail") << s("554 5.7.1 <you@example.org>: Relay access denied, mail refused") << s("554 5.7.1 <you@example.org>: Relay access denied, mail refused");
}

void TestRedaction::serverText()
{
    QFETCH(QString, password);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const Redactor redactor(QStringLiteral("tim"), password);
    QCOMPARE(redactor.redact(text), expected);
    QCOMPARE(redactor.redact(expected), expected);
}

void TestRedaction::throughTheBinary_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("refused");
    for (const char *pw : {"mail", "test", "ok", "250"}) {
        QTest::addRow("%s accepted", pw) << QString::fromLatin1(pw) << false;
        QTest::addRow("%s refused and echoed", pw) << QString::fromLatin1(pw) << true;
    }
}

void TestRedaction::throughTheBinary()
{
    QFETCH(QString, password);
    QFETCH(bool, refused);
    FakeBehaviour b;
    b.greeting = "220 mail.proseware.test ESMTP\r\n";
    b.capabilities = {"PIPELINING", "STARTTLS"};
    b.capabilitiesTls = {"PIPELINING", "AUTH PLAIN LOGIN"};
    b.user = "tim";
    b.password = password.toUtf8();
    b.mail = "250 ok\r\n";
    b.authAlwaysFails = refused;
    b.echoSecrets = refused;
    FakeSmtpServer server(b, QSslCertificate(cert("server.pem")), QSslKey(cert("server-key.pem"), QSsl::Ec));
    QVERIFY(server.isListening());

    const QString report = m_dir.filePath(QStringLiteral("report-%1-%2.txt").arg(password).arg(refused));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OD_TEST_PW"), password);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(OD_BINARY),
            {QStringLiteral("probe"), QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--host"),
             QStringLiteral("localhost"), QStringLiteral("--port"), QStringLiteral("%1:starttls").arg(server.port()),
             QStringLiteral("--cafile"), QStringLiteral(OD_SOURCE_DIR "/tests/smtp/certs/ca.pem"),
             QStringLiteral("--user"), QStringLiteral("tim"), QStringLiteral("--password-env"), QStringLiteral("OD_TEST_PW"),
             QStringLiteral("--auth"), QStringLiteral("plain"), QStringLiteral("--from"), QStringLiteral("me@proseware.test"),
             QStringLiteral("--to"), QStringLiteral("you@example.org"), QStringLiteral("--timeout"), QStringLiteral("10"),
             QStringLiteral("--report"), report});
    QVERIFY(p.waitForStarted(10000));
    QElapsedTimer t;
    t.start();
    while (p.state() != QProcess::NotRunning && t.elapsed() < 60000)
        QTest::qWait(20);
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(5000);
        QFAIL("the probe did not finish in 60 s");
    }
    const QByteArray out = p.readAllStandardOutput();
    QVERIFY2(p.exitCode() == (refused ? 1 : 0), QByteArray(out + p.readAllStandardError()).constData());
    QVERIFY(server.allReceived().contains("AUTH PLAIN ")); // the password was really used

    const QString text = QString::fromUtf8(readAll(report));
    QVERIFY2(text.contains(QLatin1String("I tested sending mail")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("220 mail.proseware.test")));
    QVERIFY(text.contains(QLatin1String("AUTH PLAIN [hidden]")));
    if (!refused)
        QVERIFY(text.contains(QLatin1String("250 ok")));

    // No form of the credential: the SASL PLAIN blobs, base64 of the password, or the
    // password as a token of its own on any line that speaks of the login.
    const QByteArray pw = password.toUtf8();
    for (const QByteArray &blob : {QByteArray('\0' + QByteArray("tim") + '\0' + pw),
                                   QByteArray("tim") + '\0' + QByteArray("tim") + '\0' + pw, pw}) {
        QVERIFY2(!text.contains(QString::fromLatin1(blob.toBase64(QByteArray::OmitTrailingEquals))), qPrintable(text));
    }
    // The lines where the password was used: the login command and the server's refusal,
    // in the report and in the terminal output.
    int echoes = 0;
    const QStringList lines = text.split(QLatin1Char('\n')) + QString::fromUtf8(out).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.contains(QLatin1String("535")) || line.contains(QLatin1String("C: AUTH"))) {
            QVERIFY2(!showsToken(line, password), qPrintable(line));
            echoes += line.contains(QLatin1String("Authentication failed for")) ? 1 : 0;
        }
    }
    if (refused)
        QVERIFY(echoes > 0); // the echo is shown, with the password hidden
}

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
