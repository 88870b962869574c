// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile outside text through the real binary: a server's replies, a pasted bounce and an
// account file carrying terminal control sequences (ESC[2J, OSC 0 title, OSC 52 clipboard,
// BEL, C1 CSI) reach neither the terminal nor the text report raw; they are shown escaped.
#include "../smtp/fakesmtpserver.h"
#include "core/terminaltext.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The attack: clear the screen, set the window title, write the clipboard, ring the bell,
// and a C1 CSI (U+009B, "\xc2\x9b" in UTF-8) that some terminals take as ESC [.
const QByteArray kAttack = "\x1b[2J\x1b[H\x1b]0;owned\x07\x1b]52;c;ZWNobyBvd25lZA==\x07\x07\xc2\x9b" "31mOK\x1b\\";

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Raw control bytes a terminal would act on: C0 but tab/newline, DEL, and C1 as UTF-8.
int rawControls(const QByteArray &bytes)
{
    int n = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes.at(i));
        if ((b < 0x20 && b != '\t' && b != '\n') || b == 0x7f)
            ++n;
        else if (b == 0xc2 && i + 1 < bytes.size() && static_cast<unsigned char>(bytes.at(i + 1)) >= 0x80
                 && static_cast<unsigned char>(bytes.at(i + 1)) <= 0x9f)
            ++n;
    }
    return n;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray fixture(const char *name)
{
    return readAll(QStringLiteral(OD_SOURCE_DIR "/tests/smtp/certs/") + QLatin1String(name));
}

} // namespace

class TestHostileText : public QObject
{
    Q_OBJECT
private slots:
    void escapeTable_data();
    void escapeTable();
    void splitUtf8AcrossWrites();
    void probeOutputAndReport();
    void decodeOutputAndReport();
    void accountsOutput();

private:
    // Runs the binary while this process keeps serving (the fake server lives in our event loop).
    Run run(const QStringList &args, const QByteArray &input = {});
    QTemporaryDir m_dir;
};

Run TestHostileText::run(const QStringList &args, const QByteArray &input)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(OD_BINARY), args + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
    Run r;
    if (!p.waitForStarted(10000))
        return r;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    QElapsedTimer t;
    t.start();
    while (p.state() != QProcess::NotRunning && t.elapsed() < 60000)
        QTest::qWait(20);
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(5000);
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

void TestHostileText::escapeTable_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("250 2.1.0 Ok") << QStringLiteral("250 2.1.0 Ok");
    QTest::newRow("tab and newline kept") << QStringLiteral("a\tb\nc") << QStringLiteral("a\tb\nc");
    QTest::newRow("clear screen") << QStringLiteral("\x1b[2J") << QStringLiteral("\\x1b[2J");
    QTest::newRow("OSC 0 title") << QStringLiteral("\x1b]0;t\x07") << QStringLiteral("\\x1b]0;t\\x07");
    QTest::newRow("OSC 52 clipboard") << QStringLiteral("\x1b]52;c;eA==\x1b\\") << QStringLiteral("\\x1b]52;c;eA==\\x1b\\");
    QTest::newRow("carriage return") << QStringLiteral("ok\rFAKE") << QStringLiteral("ok\\x0dFAKE");
    QTest::newRow("NUL") << QString(QChar(0)) << QStringLiteral("\\x00");
    QTest::newRow("DEL") << QStringLiteral("a\x7f") << QStringLiteral("a\\u007f");
    QTest::newRow("C1 CSI") << QString(QChar(0x9b)) + QStringLiteral("31m") << QStringLiteral("\\u009b31m");
    QTest::newRow("C1 end") << QString(QChar(0x9f)) << QStringLiteral("\\u009f");
    QTest::newRow("after C1") << QString(QChar(0xa0)) << QString(QChar(0xa0));
    QTest::newRow("non-ASCII kept") << QStringLiteral("Zoë 邮件") << QStringLiteral("Zoë 邮件");
    QTest::newRow("backslash kept") << QStringLiteral("C:\\Users") << QStringLiteral("C:\\Users");
    QTest::newRow("empty") << QString() << QString();
}

void TestHostileText::escapeTable()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(od::escapeControls(input), expected);
    QCOMPARE(od::hasControls(input), input != expected);
}

void TestHostileText::splitUtf8AcrossWrites()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    od::TerminalSafeDevice device(&buffer);
    // "é" then C1 CSI, each split between two writes.
    QCOMPARE(device.write("a\xc3", 2), 2);
    QCOMPARE(device.write("\xa9\xc2", 2), 2);
    QCOMPARE(device.write("\x9b" "b\x1b", 3), 3);
    QCOMPARE(buffer.data(), QByteArray("a\xc3\xa9\\u009bb\\x1b"));
}

void TestHostileText::probeOutputAndReport()
{
    FakeBehaviour b;
    b.greeting = "220 fake.test " + kAttack + " ESMTP\r\n";
    b.capabilities = {"PIPELINING", "X-" + kAttack};
    b.rcpt = [](const QByteArray &) { return QByteArray("554 5.7.1 Relay access denied " + kAttack + "\r\n"); };
    FakeSmtpServer server(b, QSslCertificate(fixture("server.pem")), QSslKey(fixture("server-key.pem"), QSsl::Ec));
    QVERIFY(server.isListening());
    const QString report = m_dir.filePath(QStringLiteral("probe.txt"));
    const Run r = run({QStringLiteral("probe"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                       QStringLiteral("--port"), QStringLiteral("%1:none").arg(server.port()),
                       QStringLiteral("--from"), QStringLiteral("me@example.com"),
                       QStringLiteral("--to"), QStringLiteral("you@example.org"),
                       QStringLiteral("--timeout"), QStringLiteral("10"),
                       QStringLiteral("--report"), report});
    QVERIFY2(r.exitCode == 1, r.err.constData());
    QVERIFY2(r.out.contains("\\x1b[2J"), r.out.constData()); // the reply is shown, escaped
    QCOMPARE(rawControls(r.out), 0);
    QCOMPARE(rawControls(r.err), 0);
    const QByteArray text = readAll(report);
    QVERIFY(text.contains("\\x1b]52;c;"));
    QCOMPARE(rawControls(text), 0);
}

void TestHostileText::decodeOutputAndReport()
{
    const QByteArray bounce = "From: MAILER-DAEMON@mx.example.org\nSubject: Undelivered Mail Returned to Sender\n\n"
                              "<you@example.org>: host mx.example.org said: 550 5.1.1 " + kAttack
                            + " User unknown (in reply to RCPT TO command)\n";
    const QString report = m_dir.filePath(QStringLiteral("decode.txt"));
    const Run r = run({QStringLiteral("decode"), QStringLiteral("-"), QStringLiteral("--report"), report}, bounce);
    QVERIFY2(r.exitCode == 1, r.err.constData());
    QVERIFY2(r.out.contains("\\u009b31m"), r.out.constData());
    QCOMPARE(rawControls(r.out), 0);
    QCOMPARE(rawControls(r.err), 0);
    const QByteArray text = readAll(report);
    QVERIFY(text.contains("\\x1b[2J"));
    QCOMPARE(rawControls(text), 0);
    // JSON stays valid JSON: control characters are \u escapes there.
    const Run json = run({QStringLiteral("decode"), QStringLiteral("-"), QStringLiteral("--json")}, bounce);
    QCOMPARE(rawControls(json.out), 0);
    QJsonParseError error;
    QJsonDocument::fromJson(json.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
}

void TestHostileText::accountsOutput()
{
    const QString path = m_dir.filePath(QStringLiteral("msmtprc"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    // A few control characters in a text file (more would make the reader refuse it as binary).
    f.write("account evil" + kAttack + "\nhost smtp.example.com\nport 587\nfrom me@example.com\n"
            "user me" + kAttack + "\ntls on\ntls_starttls on\nauth on\n");
    f.close();
    const Run r = run({QStringLiteral("accounts"), QStringLiteral("--from"), path});
    QVERIFY2(r.out.contains("smtp.example.com"), QByteArray(r.out + " / " + r.err).constData());
    QVERIFY(r.out.contains("\\x1b"));
    QCOMPARE(rawControls(r.out), 0);
    QCOMPARE(rawControls(r.err), 0);
}

QTEST_GUILESS_MAIN(TestHostileText)
#include "tst_hostiletext.moc"
