// SPDX-License-Identifier: GPL-3.0-or-later
// Writers: pure transforms change only the lines concerned; applyChange round-trips on every
// writable format, keeps backups, refuses while Thunderbird runs, undoes; a writer killed in
// the middle never leaves a partial file.
#include "accounts/accountreaders.h"
#include "accounts/accountscanner.h"
#include "accounts/accountwriter.h"
#include "accounts/configtext.h"
#include "core/languages.h"
#include "privileges.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif
#include <QtTest>

using namespace od;

namespace {

QString shared(const char *rel) { return QStringLiteral(OD_SHARED_DIR "/fixtures/clients/") + QLatin1String(rel); }
QString own(const char *rel) { return QStringLiteral(OD_TESTS_DIR "/fixtures/") + QLatin1String(rel); }
QByteArray load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return f.readAll();
}
void save(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
}
QString text(const QString &path) { return QString::fromUtf8(load(path)); }

// Lines of `after` that are not at the same place in `before` (a simple LCS-free check that
// works for in-place replacements and insertions).
struct Diff { QStringList removed; QStringList added; };
QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}

Diff diffLines(const QString &before, const QString &after)
{
    const QStringList a = before.split(u'\n'), b = after.split(u'\n');
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a.at(head) == b.at(head))
        ++head;
    qsizetype ta = a.size(), tb = b.size();
    while (ta > head && tb > head && a.at(ta - 1) == b.at(tb - 1)) {
        --ta;
        --tb;
    }
    Diff d;
    // Inside the window, drop lines common to both (in order).
    QStringList wa = a.mid(head, ta - head), wb = b.mid(head, tb - head);
    for (const QString &l : std::as_const(wa)) {
        if (wb.contains(l))
            wb.removeOne(l);
        else
            d.removed.append(l);
    }
    d.added = wb;
    return d;
}

const MailAccount *find(const ReadResult &r, const QString &identityRef)
{
    for (const MailAccount &a : r.accounts) {
        if (a.identityRef == identityRef)
            return &a;
    }
    return nullptr;
}

ReadResult reread(const QString &path) { return AccountScanner::readFile(path); }

} // namespace

class TestAccountWriter : public QObject
{
    Q_OBJECT

private slots:
    void validateRefuses_data();
    void validateRefuses();
    void thunderbirdTransformOnlyConcernedLines();
    void thunderbirdAppendsMissingKey();
    void msmtpTransform();
    void msmtpAlignedColumns();
    void kmailTransform();
    void gitTransform();
    void roundTrip_data();
    void roundTrip();
    void kmailRoundTripBothFiles();
    void utf16AndCrlfKept();
    void permissionsKept();
    void refusedWhileThunderbirdRuns();
    void refusedWhileParentLockHeld();
    void refusedWhileKMailRuns();
    void undoRestoresBytes();
    void killedWriterLeavesOldOrNew();
    void backupNeverWiderThan0600_data();
    void backupNeverWiderThan0600();
    void backupCreatedExclusively();
    void changeSinceReadRefused();
    void concurrentAppenderLosesNothing();
    void twoFileChangeRolledBack();
    void fileErrorsAreCodes_data();
    void fileErrorsAreCodes();
};

void TestAccountWriter::validateRefuses_data()
{
    QTest::addColumn<QString>("client");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("outlook") << "outlook" << "host" << "smtp.example.com";
    QTest::newRow("apple") << "apple-mail" << "host" << "smtp.example.com";
    QTest::newRow("bad-host") << "msmtp" << "host" << "smtp example.com";
    QTest::newRow("injection") << "msmtp" << "user" << "me\npassword secret";
    QTest::newRow("bad-auth") << "thunderbird" << "auth" << "magic";
    QTest::newRow("bad-from") << "git-send-email" << "from" << "not an address";
    QTest::newRow("msmtp-replyto") << "msmtp" << "replyTo" << "r@example.com";
    QTest::newRow("git-replyto") << "git-send-email" << "replyTo" << "r@example.com";
    QTest::newRow("bad-port") << "kmail" << "port" << "70000";
}

void TestAccountWriter::validateRefuses()
{
    QFETCH(QString, client);
    QFETCH(QString, field);
    QFETCH(QString, value);
    MailAccount a;
    a.client = client;
    a.identityRef = QStringLiteral("x");
    a.smtpRef = QStringLiteral("x");
    a.identitySource = QStringLiteral("/tmp/x");
    AccountChange c;
    if (field == QLatin1String("host")) c.host = value;
    if (field == QLatin1String("user")) c.user = value;
    if (field == QLatin1String("auth")) c.auth = value;
    if (field == QLatin1String("from")) c.from = value;
    if (field == QLatin1String("replyTo")) c.replyTo = value;
    if (field == QLatin1String("port")) c.port = value.toInt();
    QVERIFY(!AccountWriter::validate(a, c).isEmpty());
    QVERIFY(!AccountWriter::applyChange(a, c).ok());
}

void TestAccountWriter::thunderbirdTransformOnlyConcernedLines()
{
    const QString path = shared("thunderbird/helvethor/f9y4s44h.default/prefs.js");
    const QString before = text(path);
    const ReadResult r = AccountReaders::readThunderbirdPrefs(load(path), path);
    const MailAccount *a = find(r, QStringLiteral("id2"));
    QVERIFY(a);
    AccountChange c;
    c.host = QStringLiteral("smtp.hotel.example");
    c.port = 465;
    c.security = Security::Tls;
    c.user = QStringLiteral("user4"); // unchanged: no line for it
    c.from = QStringLiteral("new4@example.net");
    const TransformResult t = AccountWriter::transformThunderbirdPrefs(before, *a, c);
    QVERIFY2(t.ok(), qPrintable(t.error.text()));
    const Diff d = diffLines(before, t.text);
    QCOMPARE(d.added, (QStringList{
                           QStringLiteral("user_pref(\"mail.identity.id2.useremail\", \"new4@example.net\");"),
                           QStringLiteral("user_pref(\"mail.smtpserver.smtp4.hostname\", \"smtp.hotel.example\");"),
                           QStringLiteral("user_pref(\"mail.smtpserver.smtp4.port\", 465);"),
                           QStringLiteral("user_pref(\"mail.smtpserver.smtp4.try_ssl\", 3);"),
                       }));
    QCOMPARE(d.removed.size(), 4);
    // +1 (address) -2 (host) -1 (port 25 → 465) +0 (try_ssl 2 → 3): nothing else moved.
    QCOMPARE(before.size() - t.text.size(), qsizetype(-2));
}

void TestAccountWriter::thunderbirdAppendsMissingKey()
{
    const QString path = shared("thunderbird/mozilla-central-mailnewsTestPrefs/prefs.js");
    const QString before = text(path);
    const ReadResult r = AccountReaders::readThunderbirdPrefs(load(path), path);
    AccountChange c;
    c.port = 587;
    c.security = Security::StartTls;
    c.auth = QString(AuthId::PasswordCleartext);
    c.replyTo = QStringLiteral("replies@invalid.com");
    const TransformResult t = AccountWriter::transformThunderbirdPrefs(before, r.accounts.constFirst(), c);
    QVERIFY(t.ok());
    QVERIFY(t.text.startsWith(before));
    QCOMPARE(t.text.mid(before.size()), QStringLiteral(
        "user_pref(\"mail.smtpserver.smtp1.port\", 587);\n"
        "user_pref(\"mail.smtpserver.smtp1.try_ssl\", 2);\n"
        "user_pref(\"mail.smtpserver.smtp1.authMethod\", 3);\n"
        "user_pref(\"mail.identity.id1.reply_to\", \"replies@invalid.com\");\n"));
}

void TestAccountWriter::msmtpTransform()
{
    const QString path = shared("msmtp/msmtprc-user.example");
    const QString before = text(path);
    const ReadResult r = AccountReaders::readMsmtprc(load(path), path);
    // freemail2 inherits from freemail: its own block gets the new lines, freemail stays.
    const MailAccount *a = find(r, QStringLiteral("freemail2"));
    QVERIFY(a);
    AccountChange c;
    c.host = QStringLiteral("smtp.other.example");
    c.port = 587;                 // same as inherited: nothing written
    c.security = Security::Tls;   // tls already on: only tls_starttls off
    c.from = QStringLiteral("joey@other.example");
    const TransformResult t = AccountWriter::transformMsmtprc(before, *a, c);
    QVERIFY2(t.ok(), qPrintable(t.error.text()));
    QCOMPARE(t.changed, (QStringList{QStringLiteral("host"), QStringLiteral("tls_starttls"), QStringLiteral("from")}));
    const Diff d = diffLines(before, t.text);
    QCOMPARE(d.removed, QStringList{QStringLiteral("from joey@freemail.example")});
    QCOMPARE(sorted(d.added), (QStringList{QStringLiteral("from joey@other.example"), QStringLiteral("host smtp.other.example"),
                                           QStringLiteral("tls_starttls off")}));
    const ReadResult after = AccountReaders::readMsmtprc(t.text.toUtf8(), path);
    QCOMPARE(find(after, QStringLiteral("freemail2"))->smtp.host, QStringLiteral("smtp.other.example"));
    QCOMPARE(find(after, QStringLiteral("freemail2"))->smtp.security, Security::Tls);
    QCOMPARE(*find(after, QStringLiteral("freemail")), *find(r, QStringLiteral("freemail")));
}

void TestAccountWriter::msmtpAlignedColumns()
{
    const QString path = shared("msmtp/apache-proxy-k8s-msmtprc.tpl");
    const QString before = text(path);
    const ReadResult r = AccountReaders::readMsmtprc(load(path), path);
    AccountChange c;
    c.user = QStringLiteral("new user@example.com"); // needs quotes
    c.auth = QString(AuthId::Plain);
    const TransformResult t = AccountWriter::transformMsmtprc(before, *find(r, QStringLiteral("gmail")), c);
    QVERIFY(t.ok());
    const Diff d = diffLines(before, t.text);
    QCOMPARE(d.added, (QStringList{QStringLiteral("user           \"new user@example.com\""),
                                   QStringLiteral("auth           plain")}));
    QCOMPARE(d.removed, (QStringList{QStringLiteral("user           myproject@example.com"),
                                     QStringLiteral("auth           on")}));
    QCOMPARE(find(AccountReaders::readMsmtprc(t.text.toUtf8(), path), QStringLiteral("gmail"))->smtp.user,
             QStringLiteral("new user@example.com"));
}

void TestAccountWriter::kmailTransform()
{
    const QString path = shared("kmail/DNM1008/mailtransports");
    const QString before = text(path);
    const ReadResult r = AccountReaders::readKMail(load(path), path);
    AccountChange c;
    c.port = 587;
    c.security = Security::StartTls; // already TLS
    c.auth = QString(AuthId::Login);
    const TransformResult t = AccountWriter::transformKMailTransports(before, r.accounts.constFirst(), c);
    QVERIFY(t.ok());
    const Diff d = diffLines(before, t.text);
    QVERIFY(d.removed.isEmpty());
    QCOMPARE(sorted(d.added), (QStringList{QStringLiteral("auth=true"), QStringLiteral("authtype=0"), QStringLiteral("port=587")}));
    const MailAccount after = AccountReaders::readKMail(t.text.toUtf8(), path).accounts.constFirst();
    QCOMPARE(after.smtp.port, 587);
    QCOMPARE(after.smtp.auth, QString(AuthId::Login));
    QCOMPARE(after.smtp.host, QStringLiteral("smtp.office365.com"));
}

void TestAccountWriter::gitTransform()
{
    QString path = shared("git-send-email/xe1gyq.gitconfig");
    QString before = text(path);
    ReadResult r = AccountReaders::readGitConfig(load(path), path);
    AccountChange c;
    c.host = QStringLiteral("smtp.work.example");
    c.security = Security::Tls;
    c.port = 465;
    TransformResult t = AccountWriter::transformGitConfig(before, r.accounts.constFirst(), c);
    QVERIFY(t.ok());
    Diff d = diffLines(before, t.text);
    QCOMPARE(d.added, (QStringList{QStringLiteral("        smtpEncryption = ssl"), QStringLiteral("        smtpServer = smtp.work.example"),
                                   QStringLiteral("        smtpServerPort = 465")}));
    QCOMPARE(d.removed.size(), 3);

    // An identity inherits from [sendemail]; the change goes into its own section.
    path = own("git/identities.gitconfig");
    before = text(path);
    r = AccountReaders::readGitConfig(load(path), path);
    AccountChange u;
    u.user = QStringLiteral("worker");
    u.auth = QString(AuthId::Login);
    t = AccountWriter::transformGitConfig(before, *find(r, QStringLiteral("sendemail.work")), u);
    QVERIFY(t.ok());
    d = diffLines(before, t.text);
    QVERIFY(d.removed.isEmpty());
    QCOMPARE(sorted(d.added), (QStringList{QStringLiteral("\tsmtpAuth = LOGIN"), QStringLiteral("\tsmtpUser = worker")}));
    const ReadResult after = AccountReaders::readGitConfig(t.text.toUtf8(), path);
    QCOMPARE(find(after, QStringLiteral("sendemail.work"))->smtp.user, QStringLiteral("worker"));
    QCOMPARE(*find(after, QStringLiteral("sendemail")), *find(r, QStringLiteral("sendemail")));
    // Base section: the inline comment after smtpUser survives.
    AccountChange b;
    b.user = QStringLiteral("other@example.org");
    t = AccountWriter::transformGitConfig(before, *find(r, QStringLiteral("sendemail")), b);
    QVERIFY(t.text.contains(QLatin1String("\tsmtpUser = other@example.org ; trailing comment")));
}

void TestAccountWriter::roundTrip_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("identityRef");
    QTest::newRow("thunderbird-helvethor") << shared("thunderbird/helvethor/f9y4s44h.default/prefs.js") << "prefs.js" << "id1";
    QTest::newRow("thunderbird-edge") << own("thunderbird-edge/prefs.js") << "prefs.js" << "id2";
    QTest::newRow("thunderbird-m4") << shared("thunderbird/netscape-m4-legacy/prefs.js") << "prefs.js" << "id1";
    QTest::newRow("msmtp-user") << shared("msmtp/msmtprc-user.example") << ".msmtprc" << "isp";
    QTest::newRow("msmtp-seirdy") << shared("msmtp/seirdy.msmtprc") << ".msmtprc" << "personal";
    QTest::newRow("msmtp-void") << shared("msmtp/voidrice.msmtprc") << ".msmtprc" << "gmail";
    QTest::newRow("git-xe1gyq") << shared("git-send-email/xe1gyq.gitconfig") << ".gitconfig" << "sendemail";
    QTest::newRow("git-bwsd0") << shared("git-send-email/bwsd0-gitconfig.m4") << ".gitconfig" << "sendemail";
    QTest::newRow("git-identities") << own("git/identities.gitconfig") << ".gitconfig" << "sendemail.work";
}

void TestAccountWriter::roundTrip()
{
    QFETCH(QString, fixture);
    QFETCH(QString, fileName);
    QFETCH(QString, identityRef);
    QTemporaryDir dir;
    const QString path = dir.filePath(fileName);
    save(path, load(fixture));
    const ReadResult before = reread(path);
    QVERIFY(before.ok());
    const MailAccount *a = find(before, identityRef);
    QVERIFY(a);
    const bool legacy = a->client == ClientId::Thunderbird && a->smtpRef.isEmpty();
    AccountChange c;
    c.host = QStringLiteral("smtp.roundtrip.example");
    c.user = QStringLiteral("rt-user");
    c.from = QStringLiteral("rt@roundtrip.example");
    if (!legacy) {
        c.port = 2525;
        c.security = Security::StartTls;
        c.auth = QString(AuthId::Any);
    }
    const ApplyResult res = AccountWriter::applyChange(*a, c);
    QVERIFY2(res.ok(), qPrintable(res.error.text()));
    QCOMPARE(res.files, QStringList{path});
    QCOMPARE(res.backups.size(), 1);
    QCOMPARE(load(res.backups.constFirst()), load(fixture)); // the backup is the original
    QVERIFY(QFileInfo(res.backups.constFirst()).fileName().startsWith(fileName + QLatin1String(".outbox-doctor-")));

    const ReadResult after = reread(path);
    QCOMPARE(after.accounts.size(), before.accounts.size());
    MailAccount expected = *a;
    expected.smtp.host = *c.host;
    expected.smtp.user = *c.user;
    expected.email = *c.from;
    if (!legacy) {
        expected.smtp.port = 2525;
        expected.smtp.security = Security::StartTls;
        expected.smtp.auth = AuthId::Any;
    }
    QVERIFY(find(after, identityRef));
    if (a->name == a->email) // the name may be derived from the address
        expected.name = find(after, identityRef)->name;
    QCOMPARE(*find(after, identityRef), expected);
    // Every other account is untouched unless it shares the changed server.
    for (const MailAccount &o : before.accounts) {
        if (o.identityRef == identityRef)
            continue;
        const MailAccount *n = nullptr;
        for (const MailAccount &x : after.accounts) {
            if (x.identityRef == o.identityRef && x.smtpRef == o.smtpRef)
                n = &x;
        }
        QVERIFY(n);
        if (o.smtpRef != a->smtpRef || o.client == ClientId::Msmtp || o.client == ClientId::GitSendEmail)
            QCOMPARE(*n, o);
    }
    // Nothing about passwords appeared.
    QCOMPARE(text(path).count(QLatin1String("pass"), Qt::CaseInsensitive),
             QString::fromUtf8(load(fixture)).count(QLatin1String("pass"), Qt::CaseInsensitive));
    // Undo.
    const ApplyResult undo = AccountWriter::undoChange(res.backups.constFirst());
    QVERIFY2(undo.ok(), qPrintable(undo.error.text()));
    QCOMPARE(load(path), load(fixture));
}

void TestAccountWriter::kmailRoundTripBothFiles()
{
    QTemporaryDir dir;
    save(dir.filePath(QStringLiteral("mailtransports")), load(own("kmail/mailtransports")));
    save(dir.filePath(QStringLiteral("emailidentities")), load(own("kmail/emailidentities")));
    const ReadResult before = reread(dir.filePath(QStringLiteral("mailtransports")));
    QCOMPARE(before.accounts.size(), 3);
    const MailAccount a = before.accounts.at(1); // Work identity → transport 2002
    AccountChange c;
    c.host = QStringLiteral("smtp.new-work.example");
    c.port = 587;
    c.security = Security::StartTls;
    c.auth = QString(AuthId::Plain);
    c.user = QStringLiteral("me@work.example");
    c.from = QStringLiteral("me2@work.example");
    c.replyTo = QString();
    const ApplyResult res = AccountWriter::applyChange(a, c);
    QVERIFY2(res.ok(), qPrintable(res.error.text()));
    QCOMPARE(res.files.size(), 2);
    const ReadResult after = reread(dir.filePath(QStringLiteral("emailidentities")));
    QCOMPARE(after.accounts.size(), 3);
    QCOMPARE(after.accounts.at(1).smtp, (SmtpSettings{QStringLiteral("smtp.new-work.example"), 587, Security::StartTls,
                                                      QString(AuthId::Plain), QStringLiteral("me@work.example")}));
    QCOMPARE(after.accounts.at(1).email, QStringLiteral("me2@work.example"));
    QVERIFY(after.accounts.at(1).replyTo.isEmpty());
    QCOMPARE(after.accounts.at(0), before.accounts.at(0));
    const Diff d = diffLines(QString::fromUtf8(load(own("kmail/emailidentities"))), text(dir.filePath(QStringLiteral("emailidentities"))));
    QCOMPARE(d.added, (QStringList{QStringLiteral("Email Address=me2@work.example"), QStringLiteral("Reply-to Address=")}));
    for (const QString &b : res.backups)
        QVERIFY(AccountWriter::undoChange(b).ok());
    QCOMPARE(load(dir.filePath(QStringLiteral("mailtransports"))), load(own("kmail/mailtransports")));
    QCOMPARE(load(dir.filePath(QStringLiteral("emailidentities"))), load(own("kmail/emailidentities")));
}

void TestAccountWriter::utf16AndCrlfKept()
{
    // A prefs.js with CRLF and a UTF-8 BOM, a git config in UTF-16: encoding and endings stay.
    QTemporaryDir dir;
    const QString prefs = dir.filePath(QStringLiteral("prefs.js"));
    QByteArray src = load(own("thunderbird-edge/prefs.js"));
    src.replace("\n", "\r\n");
    save(prefs, "\xEF\xBB\xBF" + src);
    ReadResult r = reread(prefs);
    AccountChange c;
    c.port = 2525;
    ApplyResult res = AccountWriter::applyChange(*find(r, QStringLiteral("id1")), c);
    QVERIFY2(res.ok(), qPrintable(res.error.text()));
    QByteArray now = load(prefs);
    QVERIFY(now.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(now.count("\r\n"), src.count("\r\n"));
    QCOMPARE(now.count('\n'), src.count('\n'));
    QVERIFY(now.contains("user_pref(\"mail.smtpserver.smtp2.port\", 2525);\r\n"));

    const QString git = dir.filePath(QStringLiteral(".gitconfig"));
    const QString gitText = QString::fromUtf8(load(own("git/identities.gitconfig")));
    save(git, ConfigText::encode(gitText, ConfigText::Encoding::Utf16Le));
    r = reread(git);
    QVERIFY(r.ok());
    AccountChange g;
    g.host = QStringLiteral("smtp.x.example");
    res = AccountWriter::applyChange(*find(r, QStringLiteral("sendemail")), g);
    QVERIFY(res.ok());
    now = load(git);
    QVERIFY(now.startsWith("\xFF\xFE"));
    const ConfigText::Decoded d = ConfigText::decode(now);
    QCOMPARE(diffLines(gitText, d.text).added, QStringList{QStringLiteral("\tsmtpServer = smtp.x.example")});
}

void TestAccountWriter::permissionsKept()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral(".msmtprc"));
    save(path, load(shared("msmtp/seirdy.msmtprc")));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    const ReadResult r = reread(path);
    AccountChange c;
    c.port = 465;
    const ApplyResult res = AccountWriter::applyChange(r.accounts.constFirst(), c);
    QVERIFY(res.ok());
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
    QCOMPARE(QFile::permissions(path) & others, QFile::Permissions());
    QVERIFY(QFile::permissions(path) & QFile::ReadOwner);
    QCOMPARE(QFile::permissions(res.backups.constFirst()) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
}

void TestAccountWriter::refusedWhileThunderbirdRuns()
{
    QTemporaryDir dir;
    const QString prefs = dir.filePath(QStringLiteral("prefs.js"));
    save(prefs, load(own("thunderbird-edge/prefs.js")));
    const ReadResult r = reread(prefs);
    AccountChange c;
    c.port = 25;
    // A live lock: our own PID.
    QVERIFY(QFile::link(QStringLiteral("127.0.1.1:+%1").arg(QCoreApplication::applicationPid()), dir.filePath(QStringLiteral("lock"))));
    ApplyResult res = AccountWriter::applyChange(r.accounts.constFirst(), c);
    QVERIFY(!res.ok());
    QVERIFY(res.error.text().contains(QLatin1String("Thunderbird")));
    QCOMPARE(load(prefs), load(own("thunderbird-edge/prefs.js")));
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.bak")}, QDir::Files).size(), 0);
    // A stale lock (a PID that does not exist) does not block.
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("lock"))));
    QVERIFY(QFile::link(QStringLiteral("127.0.1.1:+%1").arg(0x3ffffff0), dir.filePath(QStringLiteral("lock"))));
    res = AccountWriter::applyChange(r.accounts.constFirst(), c);
    QVERIFY2(res.ok(), qPrintable(res.error.text()));
    // Undo is refused while it runs too.
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("lock"))));
    QVERIFY(QFile::link(QStringLiteral("127.0.1.1:+%1").arg(QCoreApplication::applicationPid()), dir.filePath(QStringLiteral("lock"))));
    QVERIFY(!AccountWriter::undoChange(res.backups.constFirst()).ok());
}

void TestAccountWriter::refusedWhileParentLockHeld()
{
    QTemporaryDir dir;
    const QString prefs = dir.filePath(QStringLiteral("prefs.js"));
    save(prefs, load(own("thunderbird-edge/prefs.js")));
    save(dir.filePath(QStringLiteral(".parentlock")), QByteArray());
    const ReadResult r = reread(prefs);
    AccountChange c;
    c.port = 25;
    QVERIFY(AccountWriter::applyChange(r.accounts.constFirst(), c).ok()); // file present, not held
    QProcess holder;
    holder.start(QStringLiteral(OD_WRITEHELPER), {QStringLiteral("holdlock"), dir.filePath(QStringLiteral(".parentlock"))});
    QVERIFY(holder.waitForReadyRead(5000));
    QCOMPARE(holder.readAll().trimmed(), QByteArray("locked"));
    c.port = 26;
    const ApplyResult res = AccountWriter::applyChange(r.accounts.constFirst(), c);
    holder.kill();
    holder.waitForFinished(5000);
    QVERIFY(!res.ok());
}

// KMail would write its own settings back when it closes: no change while it runs.
void TestAccountWriter::refusedWhileKMailRuns()
{
#ifndef Q_OS_LINUX
    QSKIP("the running-program check reads /proc");
#else
    QTemporaryDir dir;
    save(dir.filePath(QStringLiteral("mailtransports")), load(own("kmail/mailtransports")));
    const ReadResult r = reread(dir.filePath(QStringLiteral("mailtransports")));
    QVERIFY(!r.accounts.isEmpty());
    const MailAccount account = r.accounts.constFirst();
    QVERIFY(AccountWriter::lockReason(account).isEmpty());
    // A stand-in process called "kmail": a copy of sleep.
    const QString fake = dir.filePath(QStringLiteral("kmail"));
    QVERIFY(QFile::copy(QStringLiteral("/bin/sleep"), fake));
    QProcess kmail;
    kmail.start(fake, {QStringLiteral("30")});
    QVERIFY(kmail.waitForStarted(5000));
    QTRY_VERIFY_WITH_TIMEOUT(!AccountWriter::lockReason(account).isEmpty(), 5000);
    AccountChange c;
    c.port = 587;
    const QByteArray before = load(dir.filePath(QStringLiteral("mailtransports")));
    QVERIFY(!AccountWriter::applyChange(account, c).ok());
    QCOMPARE(load(dir.filePath(QStringLiteral("mailtransports"))), before);
    kmail.kill();
    kmail.waitForFinished(5000);
    QTRY_VERIFY_WITH_TIMEOUT(AccountWriter::lockReason(account).isEmpty(), 5000);
#endif
}

void TestAccountWriter::undoRestoresBytes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral(".msmtprc"));
    save(path, load(shared("msmtp/msmtprc-user.example")));
    const ReadResult r = reread(path);
    AccountChange c;
    c.host = QStringLiteral("a.example");
    const ApplyResult first = AccountWriter::applyChange(*find(r, QStringLiteral("isp")), c);
    c.host = QStringLiteral("b.example");
    const ApplyResult second = AccountWriter::applyChange(*find(reread(path), QStringLiteral("isp")), c);
    QVERIFY(first.ok() && second.ok());
    QVERIFY(first.backups.constFirst() != second.backups.constFirst()); // unique names
    QVERIFY(AccountWriter::undoChange(first.backups.constFirst()).ok());
    QCOMPARE(load(path), load(shared("msmtp/msmtprc-user.example")));
    QVERIFY(!AccountWriter::undoChange(path).ok()); // not a backup name
    QCOMPARE(AccountWriter::originalPathOf(QStringLiteral("/h/.msmtprc.outbox-doctor-20240102-030405-2.bak")), QStringLiteral("/h/.msmtprc"));
}

void TestAccountWriter::killedWriterLeavesOldOrNew()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.conf"));
    const int mb = 32;
    const QByteArray a(mb * 1024 * 1024, 'A'), b(mb * 1024 * 1024, 'B');
    save(path, a);
    // Calibrate: how long does one write take, from "start" to exit?
    qint64 writeUs = 0;
    {
        QProcess p;
        p.start(QStringLiteral(OD_WRITEHELPER), {QStringLiteral("write"), path, QString::number(mb), QStringLiteral("A")});
        QVERIFY(p.waitForReadyRead(5000));
        QElapsedTimer t;
        t.start();
        QVERIFY(p.waitForFinished(10000));
        writeUs = t.nsecsElapsed() / 1000;
        QCOMPARE(p.exitCode(), 0);
    }
    QVERIFY(writeUs > 0);
    QRandomGenerator rng(4711);
    int killed = 0, midWrite = 0, completed = 0;
    const int runs = 40;
    for (int i = 0; i < runs; ++i) {
        const char fill = (i % 2) ? 'A' : 'B';
        QProcess p;
        p.start(QStringLiteral(OD_WRITEHELPER), {QStringLiteral("write"), path, QString::number(mb), QString(QLatin1Char(fill))});
        QVERIFY(p.waitForStarted(5000));
        QVERIFY(p.waitForReadyRead(5000)); // "start": the data is about to be written
        // Kill at a random moment within the measured write time (a few later, to see both ends).
        const quint32 delay = rng.bounded(quint32(writeUs * 12 / 10) + 1);
        QThread::usleep(delay);
        p.kill();
        QVERIFY(p.waitForFinished(10000));
        if (p.exitStatus() == QProcess::CrashExit) {
            ++killed;
            if (delay < writeUs)
                ++midWrite;
        }
        else if (p.exitCode() == 0)
            ++completed;
        const QByteArray now = load(path);
        QVERIFY2(now == a || now == b, qPrintable(QStringLiteral("run %1: partial file of %2 bytes").arg(i).arg(now.size())));
        // QSaveFile's temporary (named, or O_TMPFILE on Linux) never replaces the file early.
        const QStringList temps = QDir(dir.path()).entryList({QStringLiteral("big.conf.*")}, QDir::Files | QDir::Hidden);
        for (const QString &t : temps)
            QFile::remove(dir.filePath(t));
    }
    qInfo("kill test: one write takes %lld us; %d runs, %d killed (%d within the write time), %d completed",
          writeUs, runs, killed, midWrite, completed);
    QVERIFY(midWrite > 0);
}

// Every backup beside `dir`'s files, by name.
QStringList backupsIn(const QString &dir)
{
    QStringList l;
    const QStringList names = QDir(dir).entryList({QStringLiteral("*.outbox-doctor-*.bak")}, QDir::Files | QDir::Hidden);
    for (const QString &n : names)
        l << dir + u'/' + n;
    return l;
}

void TestAccountWriter::backupNeverWiderThan0600_data()
{
    QTest::addColumn<int>("originalMode");
    QTest::newRow("0600 original") << 0600;
    QTest::newRow("0644 original") << 0644;
    QTest::newRow("0400 original") << 0400;
}

// A watcher stats every backup as fast as it can while changes are applied: no backup is ever
// seen readable by group or others, not even for an instant (.msmtprc holds passwords).
void TestAccountWriter::backupNeverWiderThan0600()
{
#ifndef Q_OS_UNIX
    QSKIP("file modes are POSIX");
#else
    QFETCH(int, originalMode);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral(".msmtprc"));
    save(path, load(shared("msmtp/seirdy.msmtprc")));
    QVERIFY(::chmod(QFile::encodeName(path).constData(), mode_t(originalMode)) == 0);
    const MailAccount account = reread(path).accounts.constFirst();

    std::atomic<bool> stop{false};
    std::atomic<int> widest{0};
    std::atomic<int> seen{0};
    QThread *watcher = QThread::create([&] {
        while (!stop.load()) {
            for (const QString &b : backupsIn(dir.path())) {
                struct stat sb;
                if (::stat(QFile::encodeName(b).constData(), &sb) == 0) {
                    widest.fetch_or(int(sb.st_mode & 0777));
                    seen.fetch_add(1);
                }
            }
        }
    });
    watcher->start();
    for (int i = 0; i < 60; ++i) {
        AccountChange c;
        c.port = i % 2 ? 587 : 465;
        const ApplyResult res = AccountWriter::applyChange(account, c);
        QVERIFY2(res.ok(), qPrintable(res.error.text()));
        for (const QString &b : res.backups) // remove them, so the watcher keeps seeing new ones
            QVERIFY(QFile::remove(b));
    }
    stop = true;
    watcher->wait();
    delete watcher;
    QVERIFY(seen.load() > 0);
    QCOMPARE(widest.load() & 077, 0);                        // never group or others
    QCOMPARE(widest.load() & ~0600, 0);                      // never executable
    // The original keeps its mode.
    struct stat sb;
    QVERIFY(::stat(QFile::encodeName(path).constData(), &sb) == 0);
    QCOMPARE(int(sb.st_mode & 0777), originalMode);
    // A backup is as narrow as a narrower original.
    AccountChange c;
    c.port = 2525;
    const ApplyResult res = AccountWriter::applyChange(account, c);
    QVERIFY2(res.ok(), qPrintable(res.error.text()));
    QVERIFY(::stat(QFile::encodeName(res.backups.constFirst()).constData(), &sb) == 0);
    QCOMPARE(int(sb.st_mode & 0777), originalMode & 0600);
#endif
}

// A backup never replaces or follows anything already there.
void TestAccountWriter::backupCreatedExclusively()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config"));
    save(path, "one\n");
    const QString victim = dir.filePath(QStringLiteral("victim"));
    save(victim, "keep\n");
    // Names a backup could take now, already taken: a file and a symlink to another file.
    const QDateTime now = QDateTime::currentDateTime();
    for (int s = 0; s < 3; ++s) {
        const QString stamp = now.addSecs(s).toString(QStringLiteral("yyyyMMdd-HHmmss"));
        save(path + QLatin1String(".outbox-doctor-") + stamp + QLatin1String(".bak"), "taken\n");
        QVERIFY(QFile::link(victim, path + QLatin1String(".outbox-doctor-") + stamp + QLatin1String("-1.bak")));
    }
    QString backup;
    Phrase error;
    QVERIFY2(AccountWriter::createBackup(path, "one\n", &backup, &error), qPrintable(error.text()));
    QVERIFY(!QFileInfo(backup).isSymLink());
    QCOMPARE(load(backup), QByteArray("one\n"));
    QCOMPARE(load(victim), QByteArray("keep\n"));
    QCOMPARE(AccountWriter::originalPathOf(backup), path);
    QCOMPARE(QFile::permissions(backup) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
}

// The file changed between reading and writing: refused, nothing written, no backup left.
void TestAccountWriter::changeSinceReadRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral(".msmtprc"));
    const QByteArray original = load(shared("msmtp/seirdy.msmtprc"));
    save(path, original);
    const QByteArray other = original + "# written by another program\n";
    // Changed after the transform read it (same size and contents differ, or longer).
    for (const QByteArray &now : {other, QByteArray(original).replace('a', 'b')}) {
        save(path, now);
        const ApplyResult res = AccountWriter::writeFiles({{path, original, "new\n"}});
        QVERIFY(!res.ok());
        QVERIFY2(res.error.text().contains(QLatin1String("changed since it was read")), qPrintable(res.error.text()));
        QCOMPARE(load(path), now);
        QVERIFY(backupsIn(dir.path()).isEmpty());
    }
    // Changed in place between the preparation and the replace (same size: mtime and hash).
    save(path, original);
    const ApplyResult res = AccountWriter::writeFiles({{path, original, "new\n"}}, [&](int) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.write("X");
    });
    QVERIFY(!res.ok());
    QVERIFY2(res.error.text().contains(QLatin1String("changed since it was read")), qPrintable(res.error.text()));
    QCOMPARE(load(path).mid(1), original.mid(1));
    QVERIFY(backupsIn(dir.path()).isEmpty());
}

// Another process appends lines (open, append, close — like >>) while changes are applied:
// every line ends up in the file or in a backup; a write that would lose one is refused.
void TestAccountWriter::concurrentAppenderLosesNothing()
{
#ifndef Q_OS_UNIX
    QSKIP("the appender uses O_APPEND");
#else
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral(".msmtprc"));
    save(path, load(shared("msmtp/seirdy.msmtprc")));
    const MailAccount account = reread(path).accounts.constFirst();
    const int lines = 3000;
    QProcess appender;
    appender.start(QStringLiteral(OD_WRITEHELPER), {QStringLiteral("append"), path, QString::number(lines)});
    QVERIFY(appender.waitForReadyRead(10000));
    int written = 0, refused = 0;
    QElapsedTimer t;
    t.start();
    for (int i = 0; appender.state() != QProcess::NotRunning && t.elapsed() < 60000; ++i) {
        AccountChange c;
        c.port = i % 2 ? 587 : 465;
        const ApplyResult res = AccountWriter::applyChange(account, c);
        if (res.ok())
            ++written;
        else if (res.error.text().contains(QLatin1String("changed since it was read")))
            ++refused;
        else
            QFAIL(qPrintable(res.error.text()));
        appender.waitForFinished(0);
    }
    QVERIFY(appender.state() == QProcess::NotRunning || appender.waitForFinished(60000));
    QCOMPARE(appender.exitStatus(), QProcess::NormalExit);
    QCOMPARE(appender.exitCode(), 0);
    QVERIFY(written > 0);
    QByteArray everything = load(path);
    for (const QString &b : backupsIn(dir.path()))
        everything += load(b);
    int lost = 0;
    for (int i = 0; i < lines; ++i)
        lost += everything.contains("# appended " + QByteArray::number(i) + '\n') ? 0 : 1;
    qInfo("%d changes written, %d refused, %d of %d appended lines lost", written, refused, lost, lines);
    QCOMPARE(lost, 0);
#endif
}

// KMail's change spans two files: when the second cannot be replaced, the first gets its old
// contents back and no backup is left behind.
void TestAccountWriter::twoFileChangeRolledBack()
{
    QTemporaryDir dir;
    const QString transports = dir.filePath(QStringLiteral("mailtransports"));
    const QString identities = dir.filePath(QStringLiteral("emailidentities"));
    save(transports, load(own("kmail/mailtransports")));
    save(identities, load(own("kmail/emailidentities")));
    const MailAccount a = reread(transports).accounts.at(1);
    AccountChange c;
    c.port = 587;
    c.from = QStringLiteral("me2@work.example");
    const QByteArray t0 = load(transports), i0 = load(identities);
    const TransformResult tt = AccountWriter::transformKMailTransports(QString::fromUtf8(t0), a, c);
    const TransformResult ti = AccountWriter::transformKMailIdentities(QString::fromUtf8(i0), a, c);
    QVERIFY(tt.ok() && ti.ok());
    const QList<FileWrite> writes = {{transports, t0, tt.text.toUtf8()}, {identities, i0, ti.text.toUtf8()}};
    QByteArray appended;
    int calls = 0;
    const ApplyResult res = AccountWriter::writeFiles(writes, [&](int index) {
        ++calls;
        if (index == 1) {
            // By now the first file holds the new settings; another program writes the second.
            QCOMPARE(load(transports), tt.text.toUtf8());
            appended = i0 + "[Identity #9]\nIdentity=late\n";
            save(identities, appended);
        }
    });
    QCOMPARE(calls, 2);
    QVERIFY(!res.ok());
    QVERIFY2(res.error.text().contains(QLatin1String("changed since it was read")), qPrintable(res.error.text()));
    QVERIFY(res.files.isEmpty());
    QCOMPARE(load(transports), t0);       // rolled back
    QCOMPARE(load(identities), appended); // the other program's version stays
    QVERIFY(backupsIn(dir.path()).isEmpty());
    // Without interference both are written.
    save(identities, i0);
    const ApplyResult ok = AccountWriter::writeFiles(writes);
    QVERIFY2(ok.ok(), qPrintable(ok.error.text()));
    QCOMPARE(ok.files.size(), 2);
    QCOMPARE(load(identities), ti.text.toUtf8());
}

void TestAccountWriter::fileErrorsAreCodes_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<QString>("code"); // the outer sentence's catalogue key
    QTest::addColumn<QString>("id");   // the file problem's ID
    QTest::addColumn<bool>("needsNonRoot");
    // These work as root too: the path itself is wrong.
    QTest::newRow("settings file is a folder") << "source-folder" << "%1 cannot be read (%2)." << "is-a-folder" << false;
    QTest::newRow("settings file under a file") << "source-under-file" << "%1 cannot be read (%2)." << "path-not-a-folder"
                                                << false;
    QTest::newRow("write under a file") << "write-under-file" << "%1 cannot be written (%2)." << "path-not-a-folder" << false;
    QTest::newRow("write over a folder") << "write-folder" << "%1 cannot be written (%2)." << "is-a-folder" << false;
    QTest::newRow("undo from a folder") << "undo-folder" << "%1 cannot be read (%2)." << "is-a-folder" << false;
    // Permissions stop everyone but root.
    QTest::newRow("settings file mode 000") << "source-000" << "%1 cannot be read (%2)." << "permission-denied" << true;
    QTest::newRow("folder mode 500: no backup") << "folder-500" << "The backup %1 cannot be created (%2)."
                                                << "permission-denied" << true;
}

void TestAccountWriter::fileErrorsAreCodes()
{
    QFETCH(QString, situation);
    QFETCH(QString, code);
    QFETCH(QString, id);
    QFETCH(bool, needsNonRoot);
    if (needsNonRoot && odtest::runsAsRoot())
        QSKIP("running as root: permissions do not stop reading or writing");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString rc = dir.filePath(QStringLiteral(".msmtprc"));
    save(rc, load(shared("msmtp/seirdy.msmtprc")));
    const ReadResult r = reread(rc);
    QVERIFY(!r.accounts.isEmpty());
    MailAccount account = r.accounts.constFirst();
    AccountChange change;
    change.port = 465;
    const QString closed = dir.filePath(QStringLiteral("closed"));
    const QString folderBackup = AccountWriter::backupPathFor(rc);

    // The error of one attempt in the installed language; the files are set up again each time.
    auto attempt = [&]() -> Phrase {
        if (situation == QLatin1String("source-folder")) {
            account.source = dir.path();
            return AccountWriter::applyChange(account, change).error;
        }
        if (situation == QLatin1String("source-under-file")) {
            account.source = rc + QLatin1String("/.msmtprc");
            return AccountWriter::applyChange(account, change).error;
        }
        if (situation == QLatin1String("write-under-file") || situation == QLatin1String("write-folder")) {
            Phrase e;
            const QString target = situation == QLatin1String("write-folder") ? dir.path() : rc + QLatin1String("/x");
            if (AccountWriter::writeFileAtomically(target, "x\n", &e))
                return {};
            return e;
        }
        if (situation == QLatin1String("undo-folder")) {
            QDir().mkpath(folderBackup);
            return AccountWriter::undoChange(folderBackup).error;
        }
        if (situation == QLatin1String("source-000")) {
            QFile::setPermissions(rc, QFile::Permissions());
            return AccountWriter::applyChange(account, change).error;
        }
        // folder-500: the file can be read and replaced, but no backup can be made beside it.
        QDir().mkpath(closed);
        QFile::setPermissions(closed, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        account.source = closed + QLatin1String("/.msmtprc");
        QFile::remove(account.source);
        save(account.source, load(shared("msmtp/seirdy.msmtprc")));
        QFile::setPermissions(closed, QFile::ReadOwner | QFile::ExeOwner);
        return AccountWriter::applyChange(account, change).error;
    };

    QByteArray english;
    QString englishText;
    for (const char *lang : {"en", "de", "zh_CN"}) {
        QVERIFY(installLanguage(QLatin1String(lang)));
        const Phrase error = attempt();
        QVERIFY2(!error.isEmpty(), lang);
        const QJsonObject o = error.toJson();
        const QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Compact);
        QCOMPARE(o.value(QStringLiteral("code")).toString(), code);
        // The path is the only argument; the reason is an inner phrase with its ID.
        QCOMPARE(o.value(QStringLiteral("args")).toArray().size(), 1);
        const QJsonObject reason = o.value(QStringLiteral("inner")).toArray().at(0).toObject();
        QVERIFY2(reason.value(QStringLiteral("id")).toString() == id, json.constData());
        QCOMPARE(reason.value(QStringLiteral("context")).toString(), QStringLiteral("od::Files"));
        if (english.isEmpty()) {
            english = json;
            englishText = error.text();
            QString clause;
            for (int i = int(FileProblem::NotFound); i <= int(FileProblem::Unknown); ++i) {
                if (fileProblemId(FileProblem(i)) == id)
                    clause = fileProblemPhrase(FileProblem(i)).text();
            }
            QVERIFY2(englishText.contains(u'(' + clause + QLatin1String(").")), qPrintable(englishText));
            continue;
        }
        QCOMPARE(json, english);
        QVERIFY2(error.text() != englishText, lang); // the sentence around it is worded in that language
    }
    installLanguage(QStringLiteral("en"));
    QFile::setPermissions(rc, QFile::ReadOwner | QFile::WriteOwner);
    QFile::setPermissions(closed, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

QTEST_GUILESS_MAIN(TestAccountWriter)
#include "tst_accountwriter.moc"
