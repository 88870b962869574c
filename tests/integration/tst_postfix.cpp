// SPDX-License-Identifier: GPL-3.0-or-later
// `outbox-doctor probe --json` against a real Postfix: each scenario of the test bed must
// end in the right cause, and no output may ever contain the password.
#include "proberun.h"
#include "testbed.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QtTest>

class TestPostfix : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scenarios_data();
    void scenarios();
    void certificateTrustedByFingerprint();
    void expiredCertificate();
    void popBeforeSmtp();
    void realTestMessage();
    void passwordNeverInOutput_data();
    void passwordNeverInOutput();
    void reportFromRealProbe_data();
    void reportFromRealProbe();
    void maskedReport();
    void usageErrors_data();
    void usageErrors();

private:
    using Run = odtest::ProbeRun;
    Run probe(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    QStringList credentials() const;

    odtest::TestBed m_bed;
    QTemporaryDir m_dir;
    QString m_passwordFile;
};

void TestPostfix::initTestCase()
{
    QString why;
    if (!m_bed.load(&why))
        QFAIL(qPrintable(why));
    QVERIFY(m_dir.isValid());
    m_passwordFile = m_dir.filePath(QStringLiteral("password"));
    QFile f(m_passwordFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(m_bed.value("PASSWORD").toUtf8() + '\n');
}

TestPostfix::Run TestPostfix::probe(const QStringList &args, const QProcessEnvironment &env)
{
    return odtest::runProbe(args, env);
}

QStringList TestPostfix::credentials() const
{
    return {QStringLiteral("--user"), m_bed.value("USER"), QStringLiteral("--password-file"), m_passwordFile};
}

void TestPostfix::scenarios_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("withCredentials");
    QTest::addColumn<QString>("cause");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("decidingStep");

    const QString host = QStringLiteral("localhost");
    auto port = [this](const char *key, const char *security) {
        return QStringLiteral("%1:%2").arg(m_bed.port(key)).arg(QLatin1String(security));
    };
    const QString alice = m_bed.value("USER");
    const QString friendAddr = m_bed.value("FOREIGN_RCPT");
    const QStringList common{QStringLiteral("--host"), host, QStringLiteral("--to"), friendAddr,
                             QStringLiteral("--cafile"), m_bed.value("CA_FILE"), QStringLiteral("--json")};

    QTest::newRow("25 from home network: relaying allowed")
        << (common + QStringList{QStringLiteral("--port"), port("SMTP_PORT", "auto"), QStringLiteral("--from"), alice,
                                 QStringLiteral("--source-address"), QStringLiteral("127.0.0.2"), QStringLiteral("--location"), QStringLiteral("home")})
        << false << "ok" << 0 << "rcpt-foreign";
    QTest::newRow("25 from elsewhere: relaying denied")
        << (common + QStringList{QStringLiteral("--port"), port("SMTP_PORT", "auto"), QStringLiteral("--from"), alice,
                                 QStringLiteral("--source-address"), QStringLiteral("127.0.0.3"), QStringLiteral("--location"), QStringLiteral("travel")})
        << false << "relay-denied" << 1 << "rcpt-foreign";
    QTest::newRow("587 STARTTLS, strongest mechanism")
        << (common + QStringList{QStringLiteral("--port"), port("SUBMISSION_PORT", "starttls"), QStringLiteral("--from"), alice,
                                 QStringLiteral("--source-address"), QStringLiteral("127.0.0.3")})
        << true << "ok" << 0 << "rcpt-foreign";
    QTest::newRow("587 STARTTLS, AUTH PLAIN")
        << (common + QStringList{QStringLiteral("--port"), port("SUBMISSION_PORT", "starttls"), QStringLiteral("--from"), alice,
                                 QStringLiteral("--auth"), QStringLiteral("plain")})
        << true << "ok" << 0 << "rcpt-foreign";
    QTest::newRow("587 STARTTLS, AUTH LOGIN")
        << (common + QStringList{QStringLiteral("--port"), port("SUBMISSION_PORT", "starttls"), QStringLiteral("--from"), alice,
                                 QStringLiteral("--auth"), QStringLiteral("login")})
        << true << "ok" << 0 << "rcpt-foreign";
    QTest::newRow("587 with a wrong password")
        << (common + QStringList{QStringLiteral("--port"), port("SUBMISSION_PORT", "starttls"), QStringLiteral("--from"), alice,
                                 QStringLiteral("--user"), alice, QStringLiteral("--password-env"), QStringLiteral("OD_TEST_WRONG_PASSWORD")})
        << false << "auth-failed" << 1 << "auth";
    QTest::newRow("587 without logging in: authentication required")
        << (common + QStringList{QStringLiteral("--port"), port("SUBMISSION_PORT", "starttls"), QStringLiteral("--from"), alice,
                                 QStringLiteral("--source-address"), QStringLiteral("127.0.0.3"), QStringLiteral("--location"), QStringLiteral("travel")})
        << false << "auth-required" << 1 << "rcpt-foreign";
    QTest::newRow("587 AUTH before STARTTLS: encryption required")
        << (common + QStringList{QStringLiteral("--port"), port("SUBMISSION_PORT", "none"), QStringLiteral("--from"), alice})
        << true << "tls-required" << 1 << "mail-from";
    QTest::newRow("465 implicit TLS")
        << (common + QStringList{QStringLiteral("--port"), port("SMTPS_PORT", "tls"), QStringLiteral("--from"), alice})
        << true << "ok" << 0 << "rcpt-foreign";
    QTest::newRow("From address the user does not own")
        << (common + QStringList{QStringLiteral("--port"), port("SUBMISSION_PORT", "starttls"),
                                 QStringLiteral("--from"), QStringLiteral("alice@gmail.test")})
        << true << "sender-rejected" << 1 << "rcpt-foreign";
    QTest::newRow("someone else's address at the provider")
        << (common + QStringList{QStringLiteral("--port"), port("SUBMISSION_PORT", "starttls"),
                                 QStringLiteral("--from"), m_bed.value("USER2")})
        << true << "sender-rejected" << 1 << "rcpt-foreign";
    QTest::newRow("certificate not trusted without --cafile")
        << QStringList{QStringLiteral("--host"), host, QStringLiteral("--to"), friendAddr, QStringLiteral("--json"),
                       QStringLiteral("--port"), port("SUBMISSION_PORT", "starttls"), QStringLiteral("--from"), alice}
        << true << "certificate-invalid" << 1 << "tls-handshake";
    QTest::newRow("certificate not trusted on 465 without --cafile")
        << QStringList{QStringLiteral("--host"), host, QStringLiteral("--to"), friendAddr, QStringLiteral("--json"),
                       QStringLiteral("--port"), port("SMTPS_PORT", "tls"), QStringLiteral("--from"), alice}
        << true << "certificate-invalid" << 1 << "tls";
}

void TestPostfix::scenarios()
{
    QFETCH(QStringList, args);
    QFETCH(bool, withCredentials);
    QFETCH(QString, cause);
    QFETCH(int, exitCode);
    QFETCH(QString, decidingStep);
    if (withCredentials)
        args += credentials();
    QElapsedTimer timer;
    timer.start();
    const Run run = probe(args);
    QVERIFY2(run.exitCode == exitCode, (run.out.left(4000) + run.err).constData());
    const QJsonObject verdict = run.json.value(QStringLiteral("verdict")).toObject();
    QCOMPARE(verdict.value(QStringLiteral("cause")).toString(), cause);
    QCOMPARE(verdict.value(QStringLiteral("step")).toString(), decidingStep);
    QVERIFY2(timer.elapsed() < 10000, "a loopback probe must not take long");
    const QJsonArray attempts = run.json.value(QStringLiteral("attempts")).toArray();
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(attempts.at(0).toObject().value(QStringLiteral("cause")).toString(), cause);
    if (cause != QLatin1String("ok"))
        QVERIFY(!verdict.value(QStringLiteral("fixes")).toArray().isEmpty());
}

void TestPostfix::certificateTrustedByFingerprint()
{
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(m_bed.value("SERVER_CERT"));
    QVERIFY(!certs.isEmpty());
    const QString fp = QString::fromLatin1(certs.first().digest(QCryptographicHash::Sha256).toHex(':'));
    const QStringList base{QStringLiteral("--host"), QStringLiteral("localhost"), QStringLiteral("--port"),
                           QStringLiteral("%1:starttls").arg(m_bed.port("SUBMISSION_PORT")),
                           QStringLiteral("--from"), m_bed.value("USER"), QStringLiteral("--to"),
                           m_bed.value("FOREIGN_RCPT"), QStringLiteral("--json")};
    const Run trusted = probe(base + credentials() + QStringList{QStringLiteral("--trust-fingerprint"), fp});
    QCOMPARE(trusted.json[QStringLiteral("verdict")][QStringLiteral("cause")].toString(), QStringLiteral("ok"));
    const QJsonObject tls = trusted.json[QStringLiteral("attempts")][0][QStringLiteral("tls")].toObject();
    QVERIFY(tls[QStringLiteral("trustedByUser")].toBool());
    QVERIFY(tls[QStringLiteral("findings")].toArray().contains(QStringLiteral("untrusted"))
            || tls[QStringLiteral("findings")].toArray().contains(QStringLiteral("self-signed")));
    QCOMPARE(tls[QStringLiteral("fingerprintSha256")].toString().toLower(), fp.toLower());

    // Another fingerprint is no permission at all.
    const QString other = QString(fp).replace(0, 2, fp.startsWith(QLatin1String("00")) ? QStringLiteral("11") : QStringLiteral("00"));
    const Run refused = probe(base + credentials() + QStringList{QStringLiteral("--trust-fingerprint"), other});
    QCOMPARE(refused.json[QStringLiteral("verdict")][QStringLiteral("cause")].toString(), QStringLiteral("certificate-invalid"));
    QCOMPARE(refused.exitCode, 1);
}

void TestPostfix::expiredCertificate()
{
    const Run run = probe({QStringLiteral("--host"), QStringLiteral("localhost"), QStringLiteral("--port"),
                           QStringLiteral("%1:tls").arg(m_bed.port("EXPIRED_PORT")), QStringLiteral("--from"),
                           m_bed.value("USER"), QStringLiteral("--cafile"), m_bed.value("CA_FILE"), QStringLiteral("--json")});
    QCOMPARE(run.json[QStringLiteral("verdict")][QStringLiteral("cause")].toString(), QStringLiteral("certificate-invalid"));
    const QJsonArray findings = run.json[QStringLiteral("attempts")][0][QStringLiteral("tls")][QStringLiteral("findings")].toArray();
    QVERIFY2(findings.contains(QStringLiteral("expired")), QJsonDocument(findings).toJson().constData());
    QVERIFY(!findings.contains(QStringLiteral("untrusted")));
}

void TestPostfix::popBeforeSmtp()
{
    const QStringList base{QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                           QStringLiteral("%1:none").arg(m_bed.port("POPAUTH_PORT")), QStringLiteral("--from"),
                           m_bed.value("USER"), QStringLiteral("--to"), m_bed.value("FOREIGN_RCPT"),
                           QStringLiteral("--source-address"), QStringLiteral("127.0.0.4"), QStringLiteral("--json"),
                           QStringLiteral("--cafile"), m_bed.value("CA_FILE")};
    // The bed remembers POP3 logins; start from none.
    QCOMPARE(QProcess::execute(QStringLiteral("bash"), {QStringLiteral(OD_SOURCE_DIR "/tests/testbed/testbed.sh"),
                                                        QStringLiteral("popauth-clear"), m_bed.value("TESTBED_DIR")}), 0);
    // Without the POP3 login first, a stranger may not relay.
    const Run before = probe(base);
    QCOMPARE(before.json[QStringLiteral("verdict")][QStringLiteral("cause")].toString(), QStringLiteral("relay-denied"));

    // Wrong POP3 password: the login fails and says so.
    QFile wrong(m_dir.filePath(QStringLiteral("wrong")));
    QVERIFY(wrong.open(QIODevice::WriteOnly));
    wrong.write("not-the-password\n");
    wrong.close();
    const QStringList pop{QStringLiteral("--pop3-host"), QStringLiteral("localhost"), QStringLiteral("--pop3-port"),
                          QString::number(m_bed.port("POP3_PORT")), QStringLiteral("--pop3-security"), QStringLiteral("starttls"),
                          QStringLiteral("--user"), m_bed.value("USER")};
    const Run bad = probe(base + pop + QStringList{QStringLiteral("--password-file"), wrong.fileName()});
    QCOMPARE(bad.json[QStringLiteral("pop3")][QStringLiteral("ok")].toBool(), false);
    QCOMPARE(bad.json[QStringLiteral("verdict")][QStringLiteral("cause")].toString(), QStringLiteral("auth-failed"));

    const Run after = probe(base + pop + QStringList{QStringLiteral("--password-file"), m_passwordFile});
    QVERIFY2(after.json[QStringLiteral("pop3")][QStringLiteral("ok")].toBool(), after.out.left(3000).constData());
    QCOMPARE(after.json[QStringLiteral("pop3")][QStringLiteral("tls")][QStringLiteral("established")].toBool(), true);
    QCOMPARE(after.json[QStringLiteral("verdict")][QStringLiteral("cause")].toString(), QStringLiteral("ok"));
    QCOMPARE(after.exitCode, 0);
}

void TestPostfix::realTestMessage()
{
    const Run run = probe(QStringList{QStringLiteral("--host"), QStringLiteral("localhost"), QStringLiteral("--port"),
                                      QStringLiteral("%1:starttls").arg(m_bed.port("SUBMISSION_PORT")),
                                      QStringLiteral("--from"), m_bed.value("USER"), QStringLiteral("--to"),
                                      m_bed.value("FOREIGN_RCPT"), QStringLiteral("--cafile"), m_bed.value("CA_FILE"),
                                      QStringLiteral("--send"), QStringLiteral("--json")} + credentials());
    QCOMPARE(run.exitCode, 0);
    bool messageAccepted = false;
    for (const QJsonValue &step : run.json[QStringLiteral("attempts")][0][QStringLiteral("steps")].toArray()) {
        if (step[QStringLiteral("step")].toString() == QLatin1String("message"))
            messageAccepted = step[QStringLiteral("ok")].toBool()
                && step[QStringLiteral("reply")][QStringLiteral("code")].toInt() == 250;
    }
    QVERIFY2(messageAccepted, run.out.left(4000).constData());
}

void TestPostfix::passwordNeverInOutput_data()
{
    QTest::addColumn<QString>("mechanism");
    QTest::addColumn<bool>("json");
    for (const char *m : {"plain", "login", "cram-md5"}) {
        QTest::newRow((QByteArray(m) + " human").constData()) << QString::fromLatin1(m) << false;
        QTest::newRow((QByteArray(m) + " json").constData()) << QString::fromLatin1(m) << true;
    }
}

void TestPostfix::passwordNeverInOutput()
{
    QFETCH(QString, mechanism);
    QFETCH(bool, json);
    const QByteArray password = m_bed.value("PASSWORD").toUtf8();
    const QByteArray user = m_bed.value("USER").toUtf8();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("outboxdoctor.*=true;qt.network.ssl=true"));
    QStringList args{QStringLiteral("--host"), QStringLiteral("localhost"), QStringLiteral("--port"),
                     QStringLiteral("%1:starttls").arg(m_bed.port("SUBMISSION_PORT")), QStringLiteral("--from"),
                     QString::fromUtf8(user), QStringLiteral("--to"), m_bed.value("FOREIGN_RCPT"), QStringLiteral("--cafile"),
                     m_bed.value("CA_FILE"), QStringLiteral("--auth"), mechanism};
    if (json)
        args << QStringLiteral("--json");
    const Run run = probe(args + credentials(), env);
    QCOMPARE(run.exitCode, 0);
    const QByteArray all = run.out + run.err;
    QVERIFY(all.contains("235"));
    QList<QByteArray> forms{password, password.toBase64(), QByteArray('\0' + user + '\0' + password).toBase64(),
                            QByteArray(user + '\0' + user + '\0' + password).toBase64()};
    // The password inside any base64 stream, at each alignment (middle part only).
    for (int shift = 0; shift < 3; ++shift) {
        const QByteArray b64 = (QByteArray(shift, 'x') + password).toBase64();
        forms << b64.mid((shift * 8 + 5) / 6, b64.size() - (shift * 8 + 5) / 6 - 4);
    }
    for (const QByteArray &form : std::as_const(forms)) {
        QVERIFY(form.size() >= 4);
        QVERIFY2(!all.contains(form), ("leaked form: " + form).constData());
    }
}

void TestPostfix::reportFromRealProbe_data()
{
    QTest::addColumn<QString>("extension");
    QTest::addColumn<QString>("mechanism");
    for (const char *ext : {"txt", "html", "pdf"}) {
        for (const char *mech : {"plain", "login"})
            QTest::newRow(QByteArray(QByteArray(ext) + " " + mech).constData()) << QString::fromLatin1(ext) << QString::fromLatin1(mech);
    }
}

// A report made from a real refusal carries what an administrator needs, and no secret.
void TestPostfix::reportFromRealProbe()
{
    QFETCH(QString, extension);
    QFETCH(QString, mechanism);
    const QString path = m_dir.filePath(QStringLiteral("report-%1.%2").arg(mechanism, extension));
    // Logged in, but with someone else's From address: refused with the server's own words.
    const Run run = probe(QStringList{QStringLiteral("--host"), QStringLiteral("localhost"), QStringLiteral("--port"),
                                      QStringLiteral("%1:starttls").arg(m_bed.port("SUBMISSION_PORT")),
                                      QStringLiteral("--from"), m_bed.value("USER2"), QStringLiteral("--to"),
                                      m_bed.value("FOREIGN_RCPT"), QStringLiteral("--cafile"), m_bed.value("CA_FILE"),
                                      QStringLiteral("--auth"), mechanism, QStringLiteral("--report"), path}
                          + credentials());
    QCOMPARE(run.exitCode, 1);
    QByteArray text;
    if (extension == QLatin1String("pdf")) {
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(30000));
        text = pdftotext.readAllStandardOutput();
        // Undo the line wrapping of the layout before searching.
        text.replace('\n', ' ');
    } else {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        text = f.readAll();
    }
    // The cause by its title, never by its ID.
    QVERIFY2(text.contains("The server refuses your sender address"), text.left(2000).constData());
    QVERIFY(!text.contains("sender-rejected"));
    QVERIFY(text.contains(QByteArray::number(m_bed.port("SUBMISSION_PORT"))));
    QVERIFY(text.contains("localhost"));
    QVERIFY(text.contains("not owned by user"));
    const QByteArray password = m_bed.value("PASSWORD").toUtf8();
    const QByteArray user = m_bed.value("USER").toUtf8();
    for (const QByteArray &form : {password, password.toBase64(), QByteArray('\0' + user + '\0' + password).toBase64()})
        QVERIFY2(!text.contains(form), form.constData());
}

// For a public forum: no address or domain of the user's is left, the evidence is.
void TestPostfix::maskedReport()
{
    const QString path = m_dir.filePath(QStringLiteral("masked.txt"));
    const Run run = probe(QStringList{QStringLiteral("--host"), QStringLiteral("localhost"), QStringLiteral("--port"),
                                      QStringLiteral("%1:starttls").arg(m_bed.port("SUBMISSION_PORT")),
                                      QStringLiteral("--from"), m_bed.value("USER2"), QStringLiteral("--to"),
                                      m_bed.value("FOREIGN_RCPT"), QStringLiteral("--cafile"), m_bed.value("CA_FILE"),
                                      QStringLiteral("--report"), path, QStringLiteral("--mask")}
                          + credentials());
    QCOMPARE(run.exitCode, 1);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    for (const char *personal : {"alice", "bob@", "home.test", "elsewhere.test", "mail.home.test"})
        QVERIFY2(!text.contains(personal), personal);
    QVERIFY(text.contains("The server refuses your sender address"));
    QVERIFY(text.contains("553 5.7.1"));
    QVERIFY(text.contains("domain1.example"));
}

void TestPostfix::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no host") << QStringList{QStringLiteral("--from"), QStringLiteral("a@b.test")};
    QTest::newRow("bad port") << QStringList{QStringLiteral("--host"), QStringLiteral("x"), QStringLiteral("--port"), QStringLiteral("70000")};
    QTest::newRow("bad security") << QStringList{QStringLiteral("--host"), QStringLiteral("x"), QStringLiteral("--security"), QStringLiteral("ssl3")};
    QTest::newRow("line break in from") << QStringList{QStringLiteral("--host"), QStringLiteral("x"), QStringLiteral("--from"), QStringLiteral("a@b.test\r\nRCPT TO:<x@y>")};
    QTest::newRow("bad recipient") << QStringList{QStringLiteral("--host"), QStringLiteral("x"), QStringLiteral("--to"), QStringLiteral("not an address")};
    QTest::newRow("missing password file") << QStringList{QStringLiteral("--host"), QStringLiteral("x"), QStringLiteral("--user"), QStringLiteral("u"), QStringLiteral("--password-file"), QStringLiteral("/nonexistent/pw")};
    QTest::newRow("password without user") << QStringList{QStringLiteral("--host"), QStringLiteral("x"), QStringLiteral("--password-env"), QStringLiteral("HOME")};
    QTest::newRow("unknown language") << QStringList{QStringLiteral("--host"), QStringLiteral("x"), QStringLiteral("--lang"), QStringLiteral("tlh")};
    QTest::newRow("source address not on this computer") << QStringList{QStringLiteral("--host"), QStringLiteral("x"), QStringLiteral("--source-address"), QStringLiteral("192.0.2.1")};
    QTest::newRow("unknown report format") << QStringList{QStringLiteral("--host"), QStringLiteral("x"), QStringLiteral("--report"), QStringLiteral("/tmp/report.doc")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--host"), QStringLiteral("x"), QStringLiteral("--frobnicate")};
}

void TestPostfix::usageErrors()
{
    QFETCH(QStringList, args);
    const Run run = probe(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.trimmed().isEmpty());
}

QTEST_GUILESS_MAIN(TestPostfix)
#include "tst_postfix.moc"
