// SPDX-License-Identifier: GPL-3.0-or-later
// The accounts command and the scanner over fake home directories laid out like each client.
#include "accounts/accountscanjob.h"
#include "accounts/accountscanner.h"
#include "accounts/accountscommand.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QThread>
#include <QtTest>

using namespace od;

namespace {

QString shared(const char *rel) { return QStringLiteral(OD_SHARED_DIR "/fixtures/clients/") + QLatin1String(rel); }
QString own(const char *rel) { return QStringLiteral(OD_TESTS_DIR "/fixtures/") + QLatin1String(rel); }

void put(const QString &root, const QString &rel, const QString &from)
{
    const QString dst = root + u'/' + rel;
    QVERIFY(QDir().mkpath(QFileInfo(dst).absolutePath()));
    QFile::remove(dst);
    QVERIFY2(QFile::copy(from, dst), qPrintable(dst));
    QFile::setPermissions(dst, QFile::ReadOwner | QFile::WriteOwner);
}

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run run(const QStringList &args)
{
    Run r;
    QTextStream out(&r.out), err(&r.err);
    r.code = runAccounts(args, out, err);
    return r;
}

QJsonArray accountsOf(const Run &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("accounts")).toArray();
}

QStringList clientsOf(const QJsonArray &a)
{
    QStringList c;
    for (const QJsonValue &v : a)
        c.append(v.toObject().value(QStringLiteral("client")).toString());
    return c;
}

} // namespace

class TestAccountsCommand : public QObject
{
    Q_OBJECT

private slots:
    void fakeLinuxHome();
    void flatpakSnapAndMac();
    void emptyHome();
    void scanJobOffThread();
    void fromEachFormat_data();
    void fromEachFormat();
    void fromErrors();
    void humanOutput();
    void usageErrors();
};

void TestAccountsCommand::fakeLinuxHome()
{
    QTemporaryDir home;
    const QString h = home.path();
    put(h, QStringLiteral(".thunderbird/profiles.ini"), shared("thunderbird/hokkaydo/profiles.ini"));
    put(h, QStringLiteral(".thunderbird/duy2kt7l.default-release/prefs.js"), shared("thunderbird/hokkaydo/duy2kt7l.default-release/prefs.js"));
    put(h, QStringLiteral(".config/mailtransports"), own("kmail/mailtransports"));
    put(h, QStringLiteral(".config/emailidentities"), own("kmail/emailidentities"));
    const QString evo = shared("evolution/tegami/sources");
    for (const QString &f : QDir(evo).entryList({QStringLiteral("*.source")}))
        put(h, QStringLiteral(".config/evolution/sources/") + f, evo + u'/' + f);
    put(h, QStringLiteral(".claws-mail/accountrc"), shared("claws-mail/aferlazzo/accountrc"));
    put(h, QStringLiteral(".msmtprc"), shared("msmtp/seirdy.msmtprc"));
    put(h, QStringLiteral(".config/mutt/muttrc"), shared("neomutt/terminaldweller-account.self"));
    put(h, QStringLiteral(".gitconfig"), shared("git-send-email/xe1gyq.gitconfig"));
    put(h, QStringLiteral(".config/git/config"), own("git/identities.gitconfig"));

    const Run r = run({QStringLiteral("--json"), QStringLiteral("--home"), h});
    QCOMPARE(r.code, 0);
    const QJsonArray a = accountsOf(r);
    QCOMPARE(clientsOf(a), (QStringList{
                                QStringLiteral("thunderbird"),
                                QStringLiteral("kmail"), QStringLiteral("kmail"), QStringLiteral("kmail"),
                                QStringLiteral("evolution"), QStringLiteral("evolution"),
                                QStringLiteral("claws-mail"),
                                QStringLiteral("msmtp"), QStringLiteral("msmtp"),
                                QStringLiteral("neomutt"),
                                QStringLiteral("git-send-email"),
                                QStringLiteral("git-send-email"), QStringLiteral("git-send-email"), QStringLiteral("git-send-email"),
                            }));
    const QJsonObject tb = a.at(0).toObject();
    QCOMPARE(tb.value(QStringLiteral("email")).toString(), QStringLiteral("first.last@student.example.edu"));
    QCOMPARE(tb.value(QStringLiteral("source")).toString(), h + QLatin1String("/.thunderbird/duy2kt7l.default-release/prefs.js"));
    const QJsonObject msmtp = a.at(7).toObject();
    QCOMPARE(msmtp.value(QStringLiteral("smtp")).toObject().value(QStringLiteral("host")).toString(), QStringLiteral("smtp.migadu.com"));
    QCOMPARE(msmtp.value(QStringLiteral("smtp")).toObject().value(QStringLiteral("port")).toInt(), 587);
    QCOMPARE(msmtp.value(QStringLiteral("smtp")).toObject().value(QStringLiteral("security")).toString(), QStringLiteral("starttls"));
    // XDG_CONFIG_HOME moves the XDG places.
    AccountScanner moved(h, {{QStringLiteral("XDG_CONFIG_HOME"), h + QLatin1String("/nowhere")}});
    moved.setReadRegistry(false);
    QCOMPARE(moved.scan().accounts.size(), 1 + 1 + 2 + 1); // thunderbird, claws, msmtp, ~/.gitconfig
}

void TestAccountsCommand::flatpakSnapAndMac()
{
    QTemporaryDir home;
    const QString h = home.path();
    put(h, QStringLiteral(".var/app/org.mozilla.Thunderbird/.thunderbird/profiles.ini"), shared("thunderbird/helvethor/profiles.ini"));
    put(h, QStringLiteral(".var/app/org.mozilla.Thunderbird/.thunderbird/f9y4s44h.default/prefs.js"), shared("thunderbird/helvethor/f9y4s44h.default/prefs.js"));
    put(h, QStringLiteral("snap/thunderbird/common/.thunderbird/profiles.ini"), shared("thunderbird/mint-backup/profiles.ini"));
    put(h, QStringLiteral("snap/thunderbird/common/.thunderbird/uskvscu2.default-esr/prefs.js"), shared("thunderbird/mint-backup/uskvscu2.default-esr/prefs.js"));
    put(h, QStringLiteral("Library/Thunderbird/profiles.ini"), shared("thunderbird/helvethor/profiles.ini"));
    put(h, QStringLiteral("Library/Thunderbird/f9y4s44h.default/prefs.js"), own("thunderbird-edge/prefs.js"));
    put(h, QStringLiteral("Library/Mail/V2/MailData/Accounts.plist"), shared("apple-mail/profiledocs-com.apple.mail.managed.mobileconfig"));
    put(h, QStringLiteral("Library/Mail/V10/MailData/Accounts.plist"), own("apple-mail/Accounts.plist"));
    put(h, QStringLiteral("AppData/Roaming/Thunderbird/profiles.ini"), shared("thunderbird/helvethor/profiles.ini"));
    put(h, QStringLiteral("AppData/Roaming/Thunderbird/f9y4s44h.default/prefs.js"), shared("thunderbird/mozilla-central-mailnewsTestPrefs/prefs.js"));
    AccountScanner s(h);
    s.setReadRegistry(false);
    const ReadResult r = s.scan();
    QStringList sources;
    for (const MailAccount &a : r.accounts)
        sources.append(a.source.mid(h.size() + 1).section(u'/', 0, 0));
    sources.removeDuplicates();
    QCOMPARE(sources, (QStringList{QStringLiteral(".var"), QStringLiteral("Library"), QStringLiteral("AppData")}));
    QCOMPARE(r.accounts.size(), 4 + 3 + 1 + 1); // helvethor, edge, Apple (V10 only), tinderbox
    bool apple = false;
    for (const MailAccount &a : r.accounts)
        apple = apple || (a.client == ClientId::AppleMail && a.email == QLatin1String("user@mac.example"));
    QVERIFY(apple);
}

// The scan job reads on another thread, reports progress in order and finishes with what a
// synchronous scan finds; destroying a running job neither crashes nor leaks.
void TestAccountsCommand::scanJobOffThread()
{
    QTemporaryDir home;
    const QString h = home.path();
    put(h, QStringLiteral(".thunderbird/profiles.ini"), shared("thunderbird/helvethor/profiles.ini"));
    put(h, QStringLiteral(".thunderbird/f9y4s44h.default/prefs.js"), shared("thunderbird/helvethor/f9y4s44h.default/prefs.js"));
    put(h, QStringLiteral(".msmtprc"), shared("msmtp/seirdy.msmtprc"));
    AccountScanner scanner(h);
    scanner.setReadRegistry(false);
    const ReadResult expected = scanner.scan();
    QVERIFY(expected.accounts.size() >= 2);

    AccountScanJob job(scanner);
    QList<QPair<int, int>> steps;
    Qt::HANDLE progressThread = nullptr;
    connect(&job, &AccountScanJob::progress, this, [&](int done, int total) {
        steps.append({done, total});
        progressThread = QThread::currentThreadId();
    });
    QSignalSpy finished(&job, &AccountScanJob::finished);
    job.start();
    QVERIFY(job.isRunning());
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.size(), 1);
    QVERIFY(!job.isRunning());
    QVERIFY(job.isFinished());
    QCOMPARE(job.result().accounts, expected.accounts);
    QCOMPARE(finished.constFirst().constFirst().value<ReadResult>().accounts, expected.accounts);
    QVERIFY(!steps.isEmpty());
    QCOMPARE(progressThread, QThread::currentThreadId()); // delivered on the job's thread
    for (qsizetype i = 1; i < steps.size(); ++i)
        QVERIFY(steps.at(i).first > steps.at(i - 1).first);
    QCOMPARE(steps.constLast().first, steps.constLast().second);

    // Cancelled at once: it still finishes, with at most what the full scan finds.
    AccountScanJob cancelled(scanner);
    QSignalSpy cancelledDone(&cancelled, &AccountScanJob::finished);
    cancelled.start();
    cancelled.cancel();
    QVERIFY(cancelledDone.wait(30000));
    QVERIFY(cancelled.result().accounts.size() <= expected.accounts.size());

    // Destroyed while running.
    auto *dropped = new AccountScanJob(scanner);
    dropped->start();
    delete dropped;
}

void TestAccountsCommand::emptyHome()
{
    QTemporaryDir home;
    Run r = run({QStringLiteral("--json"), QStringLiteral("--home"), home.path()});
    QCOMPARE(r.code, 0);
    QCOMPARE(accountsOf(r).size(), 0);
    r = run({QStringLiteral("--home"), home.path()});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QLatin1String("No mail accounts")));
}

void TestAccountsCommand::fromEachFormat_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("client");
    QTest::newRow("prefs.js") << shared("thunderbird/helvethor/f9y4s44h.default/prefs.js") << 4 << "thunderbird";
    QTest::newRow("profiles.ini") << shared("thunderbird/mint-backup/profiles.ini") << 0 << "";
    QTest::newRow("reg utf16") << own("outlook/outlook2016-profile.reg") << 3 << "outlook";
    QTest::newRow("reg utf8") << own("outlook/outlook2016-profile-utf8.reg") << 3 << "outlook";
    QTest::newRow("regedit4") << own("outlook/omi-regedit4.reg") << 1 << "outlook";
    QTest::newRow("mobileconfig") << shared("apple-mail/profiledocs-com.apple.mail.managed.mobileconfig") << 1 << "apple-mail";
    QTest::newRow("kmail") << shared("kmail/Ki11erRabbit/mailtransports") << 1 << "kmail";
    QTest::newRow("evolution identity") << shared("evolution/tegami/sources/5f17d8b5541804eee23b8902151f9cd17f3a9f97.source") << 1 << "evolution";
    QTest::newRow("claws") << shared("claws-mail/cweagans/accountrc") << 4 << "claws-mail";
    QTest::newRow("msmtp") << shared("msmtp/msmtprc-user.example") << 3 << "msmtp";
    QTest::newRow("mutt") << shared("neomutt/vmiklos-10gmail.conf.m4") << 1 << "neomutt";
    QTest::newRow("git") << shared("git-send-email/bwsd0-gitconfig.m4") << 1 << "git-send-email";
}

void TestAccountsCommand::fromEachFormat()
{
    QFETCH(QString, file);
    QFETCH(int, count);
    QFETCH(QString, client);
    const Run r = run({QStringLiteral("--from"), file, QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonArray a = accountsOf(r);
    QCOMPARE(a.size(), count);
    for (const QJsonValue &v : a) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.value(QStringLiteral("client")).toString(), client);
        for (const char *k : {"name", "email", "displayName", "replyTo", "smtp", "incoming", "source"})
            QVERIFY2(o.contains(QLatin1String(k)), k);
    }
}

void TestAccountsCommand::fromErrors()
{
    QTemporaryDir dir;
    Run r = run({QStringLiteral("--from"), dir.filePath(QStringLiteral("missing"))});
    QCOMPARE(r.code, 2);
    QVERIFY(!r.err.isEmpty());
    const QString junk = dir.filePath(QStringLiteral("junk.bin"));
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", 16));
    f.close();
    r = run({QStringLiteral("--from"), junk});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QLatin1String("binary")));
    r = run({QStringLiteral("--from"), shared("outlook/comm-central-test_outlook_settings.registry.json")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QLatin1String("not recognised")));
}

void TestAccountsCommand::humanOutput()
{
    const Run r = run({QStringLiteral("--from"), own("outlook/outlook2016-profile.reg")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QLatin1String("3 account(s) found.")) || r.out.contains(QLatin1String("3 accounts found.")));
    QVERIFY(r.out.contains(QLatin1String("SMTP server: smtp.example.com, port 587, security STARTTLS")));
    QVERIFY(r.out.contains(QLatin1String("POP before SMTP")));
    QVERIFY(r.err.contains(QLatin1String("warning:")));
}

void TestAccountsCommand::usageErrors()
{
    QCOMPARE(run({QStringLiteral("--bogus")}).code, 2);
    QCOMPARE(run({QStringLiteral("extra")}).code, 2);
    QCOMPARE(run({QStringLiteral("--from")}).code, 2);
    const Run help = run({QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains(QLatin1String("--from")));
    QVERIFY(!help.out.contains(QLatin1String("--home")));
}

QTEST_GUILESS_MAIN(TestAccountsCommand)
#include "tst_accountscommand.moc"
