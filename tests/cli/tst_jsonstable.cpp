// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON of `decode --json`, `accounts --json` and `probe --json` is the same whatever the
// language: the real executable is run with --lang en, de and zh_CN on the same input and its
// standard output compared byte for byte. Only the probe's time- and port-dependent fields are
// blanked first (kTimeDependent). The human output of the same runs does change with the
// language, so the runs did switch language.
#include "privileges.h"
#include "testbed.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QStringList kLanguages{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("zh_CN")};

// The probe's fields that depend on when it ran or how fast the loopback answered.
const QStringList kTimeDependent{QStringLiteral("ms"), QStringLiteral("elapsedMs"), QStringLiteral("totalMs"),
                                 QStringLiteral("verdictMs"), QStringLiteral("started")};

struct Run
{
    int exitCode = -1;
    bool finished = false;
    QByteArray out, err;
};

Run run(const QString &lang, const QStringList &arguments, const QProcessEnvironment &extra = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    for (const QString &k : extra.keys())
        env.insert(k, extra.value(k));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(OD_BINARY), QStringList{QStringLiteral("--lang"), lang} + arguments);
    Run r;
    if (!p.waitForStarted(10000) || !p.waitForFinished(90000)) {
        p.kill();
        p.waitForFinished(5000);
        return r;
    }
    r.finished = p.exitStatus() == QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QJsonValue blanked(const QJsonValue &v)
{
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = kTimeDependent.contains(it.key()) ? QJsonValue(QStringLiteral("<blanked>")) : blanked(it.value());
        return o;
    }
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            a[i] = blanked(a.at(i));
        return a;
    }
    return v;
}

// Writes `data` to dir/relative, making the folders.
bool put(const QString &dir, const QString &relative, const QByteArray &data)
{
    const QString path = dir + u'/' + relative;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QByteArray load(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString shared(const char *relative)
{
    return QStringLiteral(OD_SHARED_DIR "/fixtures/clients/") + QLatin1String(relative);
}

QString diagnosisFixture(const char *name)
{
    return QStringLiteral(OD_SOURCE_DIR "/tests/diagnosis/fixtures/") + QLatin1String(name);
}

QString accountsFixture(const char *relative)
{
    return QStringLiteral(OD_SOURCE_DIR "/tests/accounts/fixtures/") + QLatin1String(relative);
}

// Every object of a JSON Lines output, each with its schemaVersion.
bool eachLineHasSchema(const QByteArray &out, qsizetype *lines)
{
    *lines = 0;
    for (const QByteArray &line : out.split('\n')) {
        if (line.isEmpty())
            continue;
        ++*lines;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(QStringLiteral("schemaVersion")).toInt() != 1)
            return false;
    }
    return *lines > 0;
}

} // namespace

class TestJsonStable : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void decode_data();
    void decode();
    void decodeMany();
    void accounts();
    void accountsUnreadable_data();
    void accountsUnreadable();
    void probe_data();
    void probe();

private:
    QTemporaryDir m_dir;
    QString m_home;
};

void TestJsonStable::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Pastes as a user copies them from a mail program's dialog.
    QVERIFY(put(m_dir.path(), QStringLiteral("thunderbird-en.txt"),
                "An error occurred while sending mail. The mail server responded:  \n"
                "5.7.1 <friend@elsewhere.test>: Relay access denied.\n"
                " Please check the message recipient \"friend@elsewhere.test\" and try again.\n"));
    QVERIFY(put(m_dir.path(), QStringLiteral("outlook.txt"),
                "Send/Receive error\r\n"
                "Task 'smtp.example.test - Sending' reported error (0x800CCC0F) : 'The connection to the server "
                "was interrupted. If this problem continues, contact your server administrator or Internet "
                "service provider (ISP).'\r\n"));
    QVERIFY(put(m_dir.path(), QStringLiteral("reply.txt"), "535 5.7.8 Error: authentication failed: authentication failure\n"));

    // A home with several mail programs, and files that read with warnings.
    m_home = m_dir.filePath(QStringLiteral("home"));
    QVERIFY(put(m_home, QStringLiteral(".thunderbird/profiles.ini"), load(shared("thunderbird/hokkaydo/profiles.ini"))));
    QVERIFY(put(m_home, QStringLiteral(".thunderbird/duy2kt7l.default-release/prefs.js"),
                load(shared("thunderbird/hokkaydo/duy2kt7l.default-release/prefs.js"))));
    QVERIFY(put(m_home, QStringLiteral(".config/mailtransports"), load(accountsFixture("kmail/mailtransports"))));
    QVERIFY(put(m_home, QStringLiteral(".config/emailidentities"), load(accountsFixture("kmail/emailidentities"))));
    QVERIFY(put(m_home, QStringLiteral(".claws-mail/accountrc"), load(shared("claws-mail/aferlazzo/accountrc"))));
    // msmtp: a line that is no command, an account without a name, one without a host.
    QVERIFY(put(m_home, QStringLiteral(".msmtprc"),
                "host before.any.account\n"
                "account work\nhost smtp.work.test\nport 587\ntls on\nfrom me@work.test\nuser me\n"
                "account\n"
                "!!! not a command\n"
                "account nohost\nfrom nohost@work.test\n"));
    // git: Latin-1 bytes (not UTF-8) and a broken section header.
    QVERIFY(put(m_home, QStringLiteral(".gitconfig"),
                "[user]\n\tname = J\xf6rg\n\temail = joerg@home.test\n[sendemail\n"
                "[sendemail]\n\tsmtpServer = smtp.home.test\n\tsmtpServerPort = 465\n\tsmtpEncryption = ssl\n"));
    // An Evolution source that is binary junk: an error for that file, a warning for the scan.
    QVERIFY(put(m_home, QStringLiteral(".config/evolution/sources/broken.source"), QByteArray("\0\1\2\3junk", 8)));
}

void TestJsonStable::decode_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("bounce: Postfix relay") << diagnosisFixture("postfix-relay.eml");
    QTest::newRow("bounce: Gmail") << diagnosisFixture("gmail.eml");
    QTest::newRow("bounce: GB2312") << diagnosisFixture("gb2312.eml");
    QTest::newRow("bounce: truncated") << diagnosisFixture("truncated.eml");
    QTest::newRow("Exchange NDR text") << diagnosisFixture("exchange.txt");
    QTest::newRow("Thunderbird dialog") << m_dir.filePath(QStringLiteral("thunderbird-en.txt"));
    QTest::newRow("Outlook dialog") << m_dir.filePath(QStringLiteral("outlook.txt"));
    QTest::newRow("server reply") << m_dir.filePath(QStringLiteral("reply.txt"));
}

void TestJsonStable::decode()
{
    QFETCH(QString, file);
    QVERIFY(QFileInfo::exists(file));
    const Run en = run(QStringLiteral("en"), {QStringLiteral("decode"), QStringLiteral("--json"), file});
    QVERIFY(en.finished);
    QJsonParseError pe;
    const QJsonObject o = QJsonDocument::fromJson(en.out, &pe).object();
    QCOMPARE(pe.error, QJsonParseError::NoError);
    QCOMPARE(o.value(QStringLiteral("schemaVersion")).toInt(), 1);
    QVERIFY(o.contains(QStringLiteral("verdict")));
    const Run humanEn = run(QStringLiteral("en"), {QStringLiteral("decode"), file});
    for (const QString &lang : kLanguages.mid(1)) {
        const Run other = run(lang, {QStringLiteral("decode"), QStringLiteral("--json"), file});
        QCOMPARE(other.exitCode, en.exitCode);
        QCOMPARE(other.out, en.out);
        // The same input in words does change: the language was switched.
        const Run human = run(lang, {QStringLiteral("decode"), file});
        QVERIFY2(human.out != humanEn.out, qPrintable(lang));
    }
}

void TestJsonStable::decodeMany()
{
    // JSON Lines: every object (also an unreadable input's) carries schemaVersion.
    const QStringList args{QStringLiteral("decode"), QStringLiteral("--json"), diagnosisFixture("postfix-multi.eml"),
                           m_dir.filePath(QStringLiteral("missing.eml")), m_dir.filePath(QStringLiteral("outlook.txt")),
                           diagnosisFixture("qmail.txt")};
    const Run en = run(QStringLiteral("en"), args);
    QCOMPARE(en.exitCode, 2); // one input could not be read
    qsizetype lines = 0;
    QVERIFY2(eachLineHasSchema(en.out, &lines), en.out.constData());
    QCOMPARE(lines, 4);
    QVERIFY(en.out.contains("\"error\":\"unreadable\""));
    for (const QString &lang : kLanguages.mid(1)) {
        const Run other = run(lang, args);
        QCOMPARE(other.exitCode, en.exitCode);
        QCOMPARE(other.out, en.out);
        QVERIFY(other.err != en.err); // "Cannot open ..." is worded in that language
    }
}

void TestJsonStable::accounts()
{
    const QStringList args{QStringLiteral("accounts"), QStringLiteral("--json"), QStringLiteral("--home"), m_home};
    const Run en = run(QStringLiteral("en"), args);
    QCOMPARE(en.exitCode, 0);
    QJsonParseError pe;
    const QJsonObject o = QJsonDocument::fromJson(en.out, &pe).object();
    QCOMPARE(pe.error, QJsonParseError::NoError);
    QCOMPARE(o.value(QStringLiteral("schemaVersion")).toInt(), 1);
    QStringList clients;
    for (const QJsonValue &a : o.value(QStringLiteral("accounts")).toArray()) {
        const QString c = a.toObject().value(QStringLiteral("client")).toString();
        if (!clients.contains(c))
            clients << c;
    }
    QCOMPARE(clients, (QStringList{QStringLiteral("thunderbird"), QStringLiteral("kmail"), QStringLiteral("claws-mail"),
                                   QStringLiteral("msmtp"), QStringLiteral("git-send-email")}));
    // The warnings are codes with arguments: the English catalogue key, never worded text.
    const QJsonArray warnings = o.value(QStringLiteral("warnings")).toArray();
    QVERIFY2(warnings.size() >= 5, en.out.constData());
    QStringList codes;
    for (const QJsonValue &w : warnings) {
        QJsonObject wo = w.toObject();
        // "<file>: <what>" keeps the file as an argument and what is wrong as an inner phrase.
        if (wo.value(QStringLiteral("code")).toString() == QLatin1String("%1: %2"))
            wo = wo.value(QStringLiteral("inner")).toArray().at(0).toObject();
        QVERIFY2(!wo.value(QStringLiteral("code")).toString().isEmpty(), en.out.constData());
        QCOMPARE(wo.value(QStringLiteral("context")).toString(), QStringLiteral("od::Accounts"));
        codes << wo.value(QStringLiteral("code")).toString();
    }
    for (const char *expected : {"Line %1: a line that is not an msmtp command was skipped.",
                                 "Line %1: an account without a name was skipped.",
                                 "msmtp account \"%1\" has no host.",
                                 "The file is not valid UTF-8; it was read as Latin-1.",
                                 "The file contains binary data, not text settings."})
        QVERIFY2(codes.contains(QLatin1String(expected)), expected);

    const Run humanEn = run(QStringLiteral("en"), {QStringLiteral("accounts"), QStringLiteral("--home"), m_home});
    QVERIFY(humanEn.err.contains("warning: "));
    QVERIFY(humanEn.err.contains("has no host"));
    for (const QString &lang : kLanguages.mid(1)) {
        const Run other = run(lang, args);
        QCOMPARE(other.exitCode, en.exitCode);
        QCOMPARE(other.out, en.out);
        const Run human = run(lang, {QStringLiteral("accounts"), QStringLiteral("--home"), m_home});
        QVERIFY2(human.out != humanEn.out, qPrintable(lang));
        QVERIFY2(human.err != humanEn.err, qPrintable(lang)); // the warnings, worded in that language
    }
}

void TestJsonStable::accountsUnreadable_data()
{
    // A settings file that cannot be read: the system words why in the language of the moment
    // (Qt's "Permission denied", "file to open is a directory"); the JSON keeps its ID.
    QTest::addColumn<QString>("situation");
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("needsNonRoot");
    QTest::newRow("a folder where a file is expected") << "folder" << "is-a-folder" << false;
    QTest::newRow("mode 000") << "mode-000" << "permission-denied" << true; // root reads it anyway
}

void TestJsonStable::accountsUnreadable()
{
    QFETCH(QString, situation);
    QFETCH(QString, id);
    QFETCH(bool, needsNonRoot);
    if (needsNonRoot && odtest::runsAsRoot())
        QSKIP("running as root: permissions do not stop reading");
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QString unreadable;
    if (situation == QLatin1String("folder")) {
        // KMail's transports and Thunderbird's profile list are folders.
        unreadable = home.filePath(QStringLiteral(".config/mailtransports"));
        QVERIFY(QDir().mkpath(unreadable));
        QVERIFY(QDir().mkpath(home.filePath(QStringLiteral(".thunderbird/profiles.ini"))));
        QVERIFY(put(home.path(), QStringLiteral(".config/emailidentities"), load(accountsFixture("kmail/emailidentities"))));
    } else {
        unreadable = home.filePath(QStringLiteral(".msmtprc"));
        QVERIFY(put(home.path(), QStringLiteral(".msmtprc"), "account work\nhost smtp.work.test\nfrom me@work.test\n"));
        QVERIFY(QFile::setPermissions(unreadable, QFile::Permissions()));
    }
    const QStringList args{QStringLiteral("accounts"), QStringLiteral("--json"), QStringLiteral("--home"), home.path()};
    const Run en = run(QStringLiteral("en"), args);
    QCOMPARE(en.exitCode, 0);
    QJsonParseError pe;
    const QJsonObject o = QJsonDocument::fromJson(en.out, &pe).object();
    QCOMPARE(pe.error, QJsonParseError::NoError);
    // "<file>: cannot be read (<why>)." with the file as the argument and why as a phrase with its ID.
    QStringList ids;
    for (const QJsonValue &w : o.value(QStringLiteral("warnings")).toArray()) {
        const QJsonObject wo = w.toObject();
        if (wo.value(QStringLiteral("code")).toString() != QLatin1String("%1: cannot be read (%2)."))
            continue;
        QCOMPARE(wo.value(QStringLiteral("args")).toArray().size(), 1);
        const QJsonObject why = wo.value(QStringLiteral("inner")).toArray().at(0).toObject();
        QCOMPARE(why.value(QStringLiteral("context")).toString(), QStringLiteral("od::Files"));
        ids << why.value(QStringLiteral("id")).toString();
    }
    QVERIFY2(!ids.isEmpty() && ids.count(id) == ids.size(), en.out.constData());
    QVERIFY2(en.out.contains(QDir::toNativeSeparators(unreadable).toUtf8()), en.out.constData());

    const Run humanEn = run(QStringLiteral("en"), {QStringLiteral("accounts"), QStringLiteral("--home"), home.path()});
    QVERIFY2(humanEn.err.contains("cannot be read"), humanEn.err.constData());
    for (const QString &lang : kLanguages.mid(1)) {
        const Run other = run(lang, args);
        QCOMPARE(other.exitCode, en.exitCode);
        QCOMPARE(other.out, en.out);
        const Run human = run(lang, {QStringLiteral("accounts"), QStringLiteral("--home"), home.path()});
        QVERIFY2(human.err != humanEn.err, qPrintable(lang)); // worded in that language
    }
    if (situation == QLatin1String("mode-000"))
        QFile::setPermissions(unreadable, QFile::ReadOwner | QFile::WriteOwner); // for the clean-up
}

void TestJsonStable::probe_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("cause");
    // Parts of the compact JSON that must be there: the codes the run is about.
    QTest::addColumn<QStringList>("expected");
    odtest::TestBed bed;
    QString why;
    if (!bed.load(&why))
        QSKIP(qPrintable(why));
    auto port = [&bed](const char *key, const char *security) {
        return QStringLiteral("%1:%2").arg(bed.port(key)).arg(QLatin1String(security));
    };
    const QStringList common{QStringLiteral("probe"), QStringLiteral("--json"), QStringLiteral("--host"),
                             QStringLiteral("localhost"), QStringLiteral("--from"), bed.value("USER"),
                             QStringLiteral("--to"), bed.value("FOREIGN_RCPT"), QStringLiteral("--cafile"),
                             bed.value("CA_FILE")};
    // PLAIN: CRAM-MD5's challenge holds a time stamp and a random number.
    const QStringList login{QStringLiteral("--user"), bed.value("USER"), QStringLiteral("--password-env"),
                            QStringLiteral("OD_JSONSTABLE_PASSWORD"), QStringLiteral("--auth"), QStringLiteral("plain")};
    QTest::newRow("relay denied")
        << (common + QStringList{QStringLiteral("--port"), port("SMTP_PORT", "auto"), QStringLiteral("--source-address"),
                                 QStringLiteral("127.0.0.3"), QStringLiteral("--location"), QStringLiteral("travel")})
        << "relay-denied" << QStringList();
    QTest::newRow("login over STARTTLS") << (common + login + QStringList{QStringLiteral("--port"), port("SUBMISSION_PORT", "starttls")})
                                         << "ok" << QStringList();
    QTest::newRow("encryption required")
        << (common + login + QStringList{QStringLiteral("--port"), port("SUBMISSION_PORT", "none")}) << "tls-required"
        << QStringList();
    // A certificate refused: Qt words its verification errors in the current language; the JSON
    // holds their codes (and their English wording).
    const QStringList noCa = common.mid(0, common.size() - 2);
    QTest::newRow("certificate not trusted (SSL/TLS)")
        << (noCa + QStringList{QStringLiteral("--port"), port("SMTPS_PORT", "tls")}) << "certificate-invalid"
        << QStringList{QStringLiteral("\"verificationErrors\":[{\"certificate\":"), QStringLiteral("\"failure\":\"certificate-rejected\""),
                       QStringLiteral("\"socketError\":\"tls-handshake-failed\"")};
    QTest::newRow("certificate not trusted (STARTTLS)")
        << (noCa + QStringList{QStringLiteral("--port"), port("SUBMISSION_PORT", "starttls")}) << "certificate-invalid"
        << QStringList{QStringLiteral("\"verificationErrors\":[{\"certificate\":")};
    QTest::newRow("certificate expired")
        << (common + QStringList{QStringLiteral("--port"), port("EXPIRED_PORT", "tls")}) << "certificate-invalid"
        << QStringList{QStringLiteral("{\"certificate\":0,\"id\":\"expired\"}"),
                       QStringLiteral("\"errors\":[\"The certificate has expired\"]")};
    // Nothing listens on a port just given back by the system: the connection is refused (the
    // system's wording of the refusal depends on the language; the JSON keeps its code).
    quint16 closed = 0;
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        closed = server.serverPort();
    }
    QTest::newRow("connection refused")
        << (common + QStringList{QStringLiteral("--port"), QStringLiteral("%1:none").arg(closed)}) << "connection-refused"
        << QStringList{QStringLiteral("\"socketError\":\"connection-refused\""), QStringLiteral("\"failure\":\"connect-refused\"")};
    // A name that cannot exist (an empty label): the lookup fails at once, without asking any
    // name server, with Qt's translated "Invalid hostname".
    QStringList unresolvable = common;
    unresolvable[unresolvable.indexOf(QStringLiteral("localhost"))] = QStringLiteral("smtp..example.test");
    QTest::newRow("name not found") << (unresolvable + QStringList{QStringLiteral("--port"), QStringLiteral("587:starttls")})
                                    << "host-not-found" << QStringList{QStringLiteral("\"resolveSocketError\":\"host-not-found\"")};
}

void TestJsonStable::probe()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, cause);
    QFETCH(QStringList, expected);
    odtest::TestBed bed;
    QString why;
    QVERIFY2(bed.load(&why), qPrintable(why));
    QProcessEnvironment extra;
    extra.insert(QStringLiteral("OD_JSONSTABLE_PASSWORD"), bed.value("PASSWORD"));

    QByteArray first;
    for (const QString &lang : kLanguages) {
        const Run r = run(lang, arguments, extra);
        QVERIFY2(r.finished, qPrintable(lang));
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &pe);
        QVERIFY2(pe.error == QJsonParseError::NoError, r.err.constData());
        QCOMPARE(doc.object().value(QStringLiteral("schemaVersion")).toInt(), 1);
        QCOMPARE(doc.object().value(QStringLiteral("verdict")).toObject().value(QStringLiteral("cause")).toString(), cause);
        const QByteArray compact = QJsonDocument(doc.object()).toJson(QJsonDocument::Compact);
        for (const QString &part : expected)
            QVERIFY2(compact.contains(part.toUtf8()), qPrintable(lang + u' ' + part + u'\n' + QString::fromUtf8(compact)));
        const QByteArray stable = QJsonDocument(blanked(doc.object()).toObject()).toJson(QJsonDocument::Indented);
        if (first.isEmpty()) {
            first = stable;
            continue;
        }
        if (stable != first) {
            // Show the first differing line.
            const QList<QByteArray> a = first.split('\n'), b = stable.split('\n');
            for (qsizetype i = 0; i < qMin(a.size(), b.size()); ++i) {
                if (a.at(i) != b.at(i))
                    QFAIL(qPrintable(QStringLiteral("%1, line %2:\n  en: %3\n  %1: %4")
                                         .arg(lang).arg(i + 1).arg(QString::fromUtf8(a.at(i)), QString::fromUtf8(b.at(i)))));
            }
            QFAIL(qPrintable(lang));
        }
    }
}

QTEST_GUILESS_MAIN(TestJsonStable)
#include "tst_jsonstable.moc"
