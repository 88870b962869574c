// SPDX-License-Identifier: GPL-3.0-or-later
// The provider's scenarios on two real MTAs of the test bed, Postfix and Exim, through the real
// `outbox-doctor probe --json`: every row (server x scenario) must end in the right cause, owner
// and deciding step, with the server's own reply. Two servers, two wordings for each refusal:
// a right answer must not depend on Postfix's phrasing.
#include "proberun.h"
#include "testbed.h"

#include <QFile>
#include <QJsonArray>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using odtest::ProbeRun;
using odtest::runProbe;

namespace {

// Where each server of the bed listens (keys of the bed's env file).
struct Server
{
    const char *name;
    const char *smtp;       // port-25-like relay
    const char *submission; // 587-like, STARTTLS
    const char *smtps;      // 465-like, implicit TLS
    const char *log;        // the server's log
    const char *authFailureLine; // what the log says for each refused login
};

const Server kServers[] = {
    {"postfix", "SMTP_PORT", "SUBMISSION_PORT", "SMTPS_PORT", "POSTFIX_LOG", "authentication failed"},
    {"exim", "EXIM_SMTP_PORT", "EXIM_SUBMISSION_PORT", "EXIM_SMTPS_PORT", "EXIM_LOG", "authenticator failed"},
};

} // namespace

class TestServers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scenarios_data();
    void scenarios();
    void verdictBesideSilentPort_data();
    void verdictBesideSilentPort();
    void wrongPasswordTriedOnce_data();
    void wrongPasswordTriedOnce();

private:
    void addServerColumn();
    QString port(const char *key, const char *security) const
    {
        return QStringLiteral("%1:%2").arg(m_bed.port(key)).arg(QLatin1String(security));
    }
    int countInLog(const char *logKey, const char *needle) const;

    odtest::TestBed m_bed;
    QTemporaryDir m_dir;
    QString m_passwordFile;
};

void TestServers::initTestCase()
{
    QString why;
    if (!m_bed.load(&why))
        QFAIL(qPrintable(why));
    QVERIFY2(m_bed.port("EXIM_SUBMISSION_PORT") != 0, "the test bed has no Exim (tests/testbed/testbed.sh install-exim)");
    QVERIFY(m_dir.isValid());
    m_passwordFile = m_dir.filePath(QStringLiteral("password"));
    QFile f(m_passwordFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(m_bed.value("PASSWORD").toUtf8() + '\n');
}

void TestServers::scenarios_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("cause");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("step");
    QTest::addColumn<int>("replyCode"); // the server reply the verdict rests on

    const QString alice = m_bed.value("USER");
    const QString bob = m_bed.value("USER2");
    const QString unknownLocal = QStringLiteral("nosuchuser@") + m_bed.value("LOCAL_DOMAIN");
    const QStringList login{QStringLiteral("--user"), alice, QStringLiteral("--password-file"), m_passwordFile};
    const QStringList wrongLogin{QStringLiteral("--user"), alice, QStringLiteral("--password-env"),
                                 QStringLiteral("OD_TEST_WRONG_PASSWORD")};
    const QStringList home{QStringLiteral("--source-address"), QStringLiteral("127.0.0.2"), QStringLiteral("--location"),
                           QStringLiteral("home")};
    const QStringList away{QStringLiteral("--source-address"), QStringLiteral("127.0.0.3"), QStringLiteral("--location"),
                           QStringLiteral("travel")};

    for (const Server &s : kServers) {
        const bool exim = qstrcmp(s.name, "exim") == 0;
        auto args = [&](const QString &portArg, const QString &from, const QString &to, const QStringList &more) {
            return QStringList{QStringLiteral("--host"), QStringLiteral("localhost"), QStringLiteral("--port"), portArg,
                               QStringLiteral("--from"), from, QStringLiteral("--to"), to, QStringLiteral("--cafile"),
                               m_bed.value("CA_FILE"), QStringLiteral("--json")}
                + more;
        };
        auto row = [&](const char *scenario) -> QTestData & {
            return QTest::addRow("%s: %s", s.name, scenario);
        };
        const QString foreign = m_bed.value("FOREIGN_RCPT");

        row("relay from inside the provider's network")
            << args(port(s.smtp, "auto"), alice, foreign, home) << "ok" << "you" << "rcpt-foreign" << 250;
        // Postfix: "554 5.7.1 <...>: Relay access denied"; Exim: "550 relay not permitted".
        row("relay from outside")
            << args(port(s.smtp, "auto"), alice, foreign, away) << "relay-denied" << "you" << "rcpt-foreign"
            << (exim ? 550 : 554);
        row("submission with login")
            << args(port(s.submission, "starttls"), alice, foreign, login) << "ok" << "you" << "rcpt-foreign" << 250;
        // Not logged in: Postfix says so in words ("553 5.7.1 <alice@home.test>: Sender address
        // rejected: not logged in"), Exim only refuses to relay ("550 relay not permitted").
        row("submission without login")
            << args(port(s.submission, "starttls"), alice, foreign, away) << (exim ? "relay-denied" : "auth-required")
            << "you" << "rcpt-foreign" << (exim ? 550 : 553);
        // Postfix + Dovecot "535 5.7.8 Error: authentication failed"; Exim "535 Incorrect authentication data".
        row("wrong password")
            << args(port(s.submission, "starttls"), alice, foreign, wrongLogin) << "auth-failed" << "you" << "auth"
            << 535;
        // Logged in as alice, sending as bob: Postfix refuses at RCPT (smtpd_delay_reject), Exim at MAIL.
        row("foreign sender")
            << args(port(s.submission, "starttls"), bob, foreign, login) << "sender-rejected" << "you"
            << (exim ? "mail-from" : "rcpt-foreign") << 553;
        row("submission port without STARTTLS")
            << args(port(s.submission, "none"), alice, foreign, login) << "tls-required" << "you" << "mail-from" << 530;
        row("implicit TLS with login")
            << args(port(s.smtps, "tls"), alice, foreign, login) << "ok" << "you" << "rcpt-foreign" << 250;
        // The mix-ups: the user's own setting, and the port proves which one works.
        row("465-like port set to STARTTLS")
            << args(port(s.smtps, "starttls"), alice, foreign, login) << "security-mismatch" << "you" << "banner" << 220;
        row("587-like port set to SSL/TLS")
            << args(port(s.submission, "tls"), alice, foreign, login) << "security-mismatch" << "you" << "tls" << 220;
        // Under auto the silent port is tried with SSL/TLS on a second connection, which
        // greets: the answer names the setting that works.
        row("implicit-TLS port under auto")
            << args(port(s.smtps, "auto"), alice, foreign, login) << "security-mismatch" << "you" << "banner" << 220;
        // Postfix: "550 5.1.1 <...>: Recipient address rejected: User unknown in virtual mailbox
        // table"; Exim: "550 Unrouteable address". No relaying involved: the address is unknown.
        row("unknown local user, logged in")
            << args(port(s.submission, "starttls"), alice, unknownLocal, login) << "recipient-unknown" << "recipient"
            << "rcpt-foreign" << 550;
        row("unknown local user, from inside")
            << args(port(s.smtp, "auto"), alice, unknownLocal, home) << "recipient-unknown" << "recipient"
            << "rcpt-foreign" << 550;
    }
}

void TestServers::scenarios()
{
    QFETCH(QStringList, args);
    QFETCH(QString, cause);
    QFETCH(QString, owner);
    QFETCH(QString, step);
    QFETCH(int, replyCode);

    const ProbeRun run = runProbe(args);
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, (run.out.left(3000) + run.err).constData());
    QVERIFY2(!run.json.isEmpty(), run.out.left(3000).constData());
    const QJsonObject verdict = run.verdict();
    // One comparison for the whole answer (cause, owner, step, reply code, exit code): a
    // failure shows all of it.
    const QString got = QStringLiteral("%1 / %2 / %3 / %4 / exit %5")
                            .arg(verdict.value(QStringLiteral("cause")).toString(),
                                 verdict.value(QStringLiteral("owner")).toString(),
                                 verdict.value(QStringLiteral("step")).toString())
                            .arg(verdict.value(QStringLiteral("reply")).toObject().value(QStringLiteral("code")).toInt())
                            .arg(run.exitCode);
    const QString want = QStringLiteral("%1 / %2 / %3 / %4 / exit %5")
                             .arg(cause, owner, step)
                             .arg(replyCode)
                             .arg(cause == QLatin1String("ok") ? 0 : 1);
    QCOMPARE(got, want);
    QCOMPARE(run.json.value(QStringLiteral("attempts")).toArray().size(), 1);
    if (cause != QLatin1String("ok"))
        QVERIFY(!verdict.value(QStringLiteral("fixes")).toArray().isEmpty());
    QVERIFY2(run.ms < 15000, qPrintable(QStringLiteral("took %1 ms").arg(run.ms)));
}

void TestServers::addServerColumn()
{
    QTest::addColumn<int>("server");
    for (int i = 0; i < int(std::size(kServers)); ++i)
        QTest::newRow(kServers[i].name) << i;
}

void TestServers::verdictBesideSilentPort_data()
{
    addServerColumn();
}

// A working submission port beside one that accepts connections and never greets: the
// verdict comes as soon as the working port has decided, and the silent attempt is cut short.
void TestServers::verdictBesideSilentPort()
{
    QFETCH(int, server);
    const Server &s = kServers[server];
    // Listening but never accepting: the kernel completes the handshake, nobody ever speaks.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    const ProbeRun run = runProbe({QStringLiteral("--host"), QStringLiteral("localhost"), QStringLiteral("--port"),
                                   port(s.submission, "starttls"), QStringLiteral("--port"),
                                   QStringLiteral("%1:auto").arg(silent.serverPort()), QStringLiteral("--from"),
                                   m_bed.value("USER"), QStringLiteral("--to"), m_bed.value("FOREIGN_RCPT"),
                                   QStringLiteral("--user"), m_bed.value("USER"), QStringLiteral("--password-file"),
                                   m_passwordFile, QStringLiteral("--cafile"), m_bed.value("CA_FILE"),
                                   QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.verdict().value(QStringLiteral("cause")).toString(), QStringLiteral("ok"));
    const QJsonArray attempts = run.json.value(QStringLiteral("attempts")).toArray();
    QCOMPARE(attempts.size(), 2);
    QJsonObject silentAttempt;
    for (const QJsonValue &a : attempts) {
        if (a.toObject().value(QStringLiteral("port")).toInt() == silent.serverPort())
            silentAttempt = a.toObject();
    }
    QVERIFY(!silentAttempt.isEmpty());
    // The silent port alone would hold the answer for the greeting timeout (10 s or more).
    QVERIFY2(silentAttempt.value(QStringLiteral("cutShort")).toBool() && run.ms < 5000,
             qPrintable(QStringLiteral("cutShort=%1 after %2 ms")
                            .arg(silentAttempt.value(QStringLiteral("cutShort")).toBool())
                            .arg(run.ms)));
}

int TestServers::countInLog(const char *logKey, const char *needle) const
{
    QFile f(m_bed.value(logKey));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    return int(f.readAll().count(needle));
}

void TestServers::wrongPasswordTriedOnce_data()
{
    addServerColumn();
}

// A wrong password is tried on one port only: every refused login counts towards the
// provider's lockout and slows the next ones down. The server's own log counts them.
void TestServers::wrongPasswordTriedOnce()
{
    QFETCH(int, server);
    const Server &s = kServers[server];
    const int before = countInLog(s.log, s.authFailureLine);
    QVERIFY2(before >= 0, m_bed.value(s.log).toUtf8().constData());
    const ProbeRun run = runProbe({QStringLiteral("--host"), QStringLiteral("localhost"), QStringLiteral("--port"),
                                   port(s.submission, "starttls"), QStringLiteral("--port"), port(s.smtps, "tls"),
                                   QStringLiteral("--from"), m_bed.value("USER"), QStringLiteral("--to"),
                                   m_bed.value("FOREIGN_RCPT"), QStringLiteral("--user"), m_bed.value("USER"),
                                   QStringLiteral("--password-env"), QStringLiteral("OD_TEST_WRONG_PASSWORD"),
                                   QStringLiteral("--cafile"), m_bed.value("CA_FILE"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.verdict().value(QStringLiteral("cause")).toString(), QStringLiteral("auth-failed"));
    // The servers write their logs asynchronously: wait (bounded) until at least one line is in.
    int after = before;
    for (int i = 0; i < 40 && after == before; ++i) {
        QThread::msleep(50);
        after = countInLog(s.log, s.authFailureLine);
    }
    QThread::msleep(200); // a second line would follow within this time
    after = countInLog(s.log, s.authFailureLine);
    QVERIFY2(after > before, "the server logged no refused login");
    QCOMPARE(after - before, 1);
}

QTEST_GUILESS_MAIN(TestServers)
#include "tst_servers.moc"
