// SPDX-License-Identifier: GPL-3.0-or-later
// Apple Mail on current macOS: binary property lists (bplist00, written by Python's plistlib
// in Apple's format), NSKeyedArchiver values and the Internet Accounts database
// Accounts4.sqlite (fixtures/apple-mail/make_binary_fixtures.py writes all of them).
#include "accounts/accountreaders.h"
#include "accounts/accountscanner.h"
#include "accounts/appleaccountsdb.h"
#include "accounts/binaryplist.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace od;
using namespace od::AccountReaders;

namespace {
QString own(const char *name)
{
    return QStringLiteral(OD_TESTS_DIR "/fixtures/apple-mail/") + QLatin1String(name);
}

QByteArray load(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A binary plist by hand: objects, then the offset table and trailer (1-byte sizes).
QByteArray bplist(const QList<QByteArray> &objects, quint8 top = 0)
{
    QByteArray out("bplist00");
    QByteArray offsets;
    for (const QByteArray &o : objects) {
        offsets.append(char(out.size()));
        out += o;
    }
    const qsizetype table = out.size();
    out += offsets;
    QByteArray trailer(32, '\0');
    trailer[6] = 1;
    trailer[7] = 1;
    trailer[15] = char(objects.size());
    trailer[23] = char(top);
    trailer[31] = char(table);
    return out + trailer;
}
// A binary plist with 2-byte offsets and references, for files larger than 255 bytes.
QByteArray bplist16(const QList<QByteArray> &objects, quint16 top = 0)
{
    QByteArray out("bplist00");
    QByteArray offsets;
    for (const QByteArray &o : objects) {
        offsets.append(char(out.size() >> 8)).append(char(out.size() & 0xff));
        out += o;
    }
    const qsizetype table = out.size();
    out += offsets;
    QByteArray trailer(32, '\0');
    trailer[6] = 2;
    trailer[7] = 2;
    trailer[14] = char(objects.size() >> 8);
    trailer[15] = char(objects.size() & 0xff);
    trailer[22] = char(top >> 8);
    trailer[23] = char(top & 0xff);
    for (int i = 0; i < 8; ++i)
        trailer[31 - i] = char((quint64(table) >> (8 * i)) & 0xff);
    return out + trailer;
}
} // namespace

class TestAppleAccounts : public QObject
{
    Q_OBJECT
private slots:
    void binaryTypes();
    void binaryEqualsXml_data();
    void binaryEqualsXml();
    void damaged_data();
    void damaged();
    void sharedLargeString();
    void unarchive();
    void accountsDatabase();
    void accountsDatabaseBad();
    void accountsForHome();
    void scanner();
};

void TestAppleAccounts::binaryTypes()
{
    Phrase error;
    const auto v = Plist::parseBinary(load(own("types.bplist")), &error);
    QVERIFY2(v, qPrintable(error.text()));
    const QVariantMap m = v->toMap();
    QCOMPARE(m.value(QStringLiteral("ascii")).toString(), QStringLiteral("smtp.example.com"));
    QCOMPARE(m.value(QStringLiteral("unicode")).toString(), QString::fromUtf8("Jöhn Dœ 张伟 😀"));
    QCOMPARE(m.value(QStringLiteral("small")).toLongLong(), 7);
    QCOMPARE(m.value(QStringLiteral("byte")).toLongLong(), 200);
    QCOMPARE(m.value(QStringLiteral("short")).toLongLong(), 40000);
    QCOMPARE(m.value(QStringLiteral("int")).toLongLong(), 3000000000LL);
    QCOMPARE(m.value(QStringLiteral("negative")).toLongLong(), -5);
    QCOMPARE(m.value(QStringLiteral("large")).toLongLong(), 1LL << 62);
    QCOMPARE(m.value(QStringLiteral("real")).toDouble(), 2.5);
    QCOMPARE(m.value(QStringLiteral("yes")), QVariant(true));
    QCOMPARE(m.value(QStringLiteral("no")), QVariant(false));
    QCOMPARE(m.value(QStringLiteral("date")).toDateTime(),
             QDateTime(QDate(2026, 11, 22), QTime(9, 30), QTimeZone::utc()));
    QCOMPARE(m.value(QStringLiteral("data")).toByteArray(), QByteArray("\x00\x01\xfe\xff", 4));
    const QVariantList list = m.value(QStringLiteral("list")).toList();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(2).toList().value(0), QVariant(true));
    QCOMPARE(m.value(QStringLiteral("uid")).toMap().value(QStringLiteral("CF$UID")).toLongLong(), 3);
    QCOMPARE(m.value(QStringLiteral("empty")).toString(), QString());
    QCOMPARE(m.value(QStringLiteral("long")).toString(), QString(300, u'x'));
}

void TestAppleAccounts::binaryEqualsXml_data()
{
    QTest::addColumn<QString>("binary");
    QTest::addColumn<QString>("xml");
    QTest::newRow("Accounts.plist") << own("Accounts-binary.plist") << own("Accounts.plist");
    QTest::newRow("mobileconfig") << own("managed-binary.mobileconfig")
                                  << QStringLiteral(OD_SHARED_DIR "/fixtures/clients/apple-mail/profiledocs-com.apple.mail.managed.mobileconfig");
}

void TestAppleAccounts::binaryEqualsXml()
{
    QFETCH(QString, binary);
    QFETCH(QString, xml);
    const ReadResult b = readApplePlist(load(binary), QStringLiteral("x"));
    const ReadResult x = readApplePlist(load(xml), QStringLiteral("x"));
    QVERIFY2(b.ok(), qPrintable(b.error.text()));
    QVERIFY(x.ok());
    QVERIFY(!b.accounts.isEmpty());
    QCOMPARE(b.accounts, x.accounts);
    QCOMPARE(b.warnings, x.warnings);
}

void TestAppleAccounts::damaged_data()
{
    QTest::addColumn<QByteArray>("data");
    const QByteArray good = load(own("types.bplist"));
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("magic only") << QByteArray("bplist00");
    QTest::newRow("no trailer") << good.left(good.size() - 20);
    QTest::newRow("truncated objects") << good.left(40) + good.right(32);
    QTest::newRow("junk") << QByteArray("bplist00") + QByteArray(64, '\xff');
    QByteArray badTop = good;
    badTop[badTop.size() - 9] = '\x7f';
    QTest::newRow("top object out of range") << badTop;
    QByteArray badTable = good;
    badTable[badTable.size() - 1] = '\x01';
    QTest::newRow("offset table in the header") << badTable;
    QByteArray badSizes = good;
    badSizes[badSizes.size() - 26] = '\x09';
    QTest::newRow("offset size 9") << badSizes;
    // An array that contains itself.
    QTest::newRow("cycle") << bplist({QByteArray("\xa1\x00", 2)});
    // A string longer than the file.
    QTest::newRow("overlong string") << bplist({QByteArray("\x5f\x10\xff", 3)});
    // A length whose integer is not an integer marker.
    QTest::newRow("bad length marker") << bplist({QByteArray("\x5f\x55\x01", 3)});
    // Shared objects doubling at each level: 2^40 paths from 41 objects.
    QList<QByteArray> dag;
    for (int i = 0; i < 40; ++i)
        dag.append(QByteArray("\xa2") + char(i + 1) + char(i + 1));
    dag.append(QByteArray("\x08", 1));
    QTest::newRow("exponential sharing") << bplist(dag);
    // Nesting deeper than the limit.
    QList<QByteArray> deep;
    for (int i = 0; i < 100; ++i)
        deep.append(QByteArray("\xa1") + char(i + 1));
    deep.append(QByteArray("\x09", 1));
    QTest::newRow("too deep") << bplist(deep);
}

void TestAppleAccounts::damaged()
{
    QFETCH(QByteArray, data);
    Phrase error;
    QVERIFY(!Plist::parseBinary(data, &error));
    QVERIFY(!error.isEmpty());
    const ReadResult r = readApplePlist(data.isEmpty() ? QByteArray("bplist00") : data, QStringLiteral("x"));
    QVERIFY(!r.ok());
}

void TestAppleAccounts::sharedLargeString()
{
    // One 60 000-byte string and an array of 30 000 references to it: 1.8 GB if every
    // reference were a copy; one string's worth when they share it.
    QByteArray text("\x5f\x11\xea\x60", 4);
    text += QByteArray(60000, 'x');
    QByteArray array("\xaf\x11\x75\x30", 4);
    for (int i = 0; i < 30000; ++i)
        array += QByteArray("\x00\x01", 2);
    Phrase error;
    const auto v = Plist::parseBinary(bplist16({array, text}), &error);
    QVERIFY2(v, qPrintable(error.text()));
    const QVariantList list = v->toList();
    QCOMPARE(list.size(), 30000);
    QCOMPARE(list.constLast().toString().size(), 60000);
    QVERIFY(list.constFirst().toString().constData() == list.constLast().toString().constData());
    // More references than the visit budget: refused, not expanded.
    QByteArray many("\xaf\x12\x00\x03\x0d\x40", 6);
    for (int i = 0; i < 200000; ++i)
        many += QByteArray("\x00\x01", 2);
    QVERIFY(!Plist::parseBinary(bplist16({many, QByteArray("\x51y", 2)}), &error));
}

void TestAppleAccounts::unarchive()
{
    // {"$top": {"root": UID 1}, "$objects": ["$null", {NS.keys: [2], NS.objects: [3]}, "k", "v"]}
    const auto uid = [](int n) { return QVariantMap{{QStringLiteral("CF$UID"), n}}; };
    const QVariantMap dict{{QStringLiteral("NS.keys"), QVariantList{uid(2)}},
                           {QStringLiteral("NS.objects"), QVariantList{uid(3)}}, {QStringLiteral("$class"), uid(4)}};
    QVariantMap archive{{QStringLiteral("$archiver"), QStringLiteral("NSKeyedArchiver")},
                        {QStringLiteral("$top"), QVariantMap{{QStringLiteral("root"), uid(1)}}},
                        {QStringLiteral("$objects"), QVariantList{QStringLiteral("$null"), dict, QStringLiteral("k"),
                                                                  QStringLiteral("v"), QVariantMap()}}};
    QCOMPARE(Plist::unarchive(archive).toMap(), (QVariantMap{{QStringLiteral("k"), QStringLiteral("v")}}));
    // A UID out of range or pointing at itself: nothing, not a hang.
    archive[QStringLiteral("$top")] = QVariantMap{{QStringLiteral("root"), uid(99)}};
    QVERIFY(!Plist::unarchive(archive).isValid());
    archive[QStringLiteral("$objects")] = QVariantList{QStringLiteral("$null"), uid(1)};
    archive[QStringLiteral("$top")] = QVariantMap{{QStringLiteral("root"), uid(1)}};
    QVERIFY(!Plist::unarchive(archive).isValid());
    // Not an archive: unchanged.
    QCOMPARE(Plist::unarchive(QStringLiteral("plain")), QVariant(QStringLiteral("plain")));
}

void TestAppleAccounts::accountsDatabase()
{
    const ReadResult r = readAppleAccountsDatabase(own("Accounts4.sqlite"));
    QVERIFY2(r.ok(), qPrintable(r.error.text()));
    // IMAP, POP and iCloud's IMAP; the SMTP rows are their servers, the iCloud and calendar
    // accounts are not mail servers, the switched-off account is left out.
    QCOMPARE(r.accounts.size(), 3);
    const MailAccount &w = r.accounts.at(0);
    QCOMPARE(w.client, QString(ClientId::AppleMail));
    QCOMPARE(w.name, QStringLiteral("Work"));
    QCOMPARE(w.email, QStringLiteral("worker@work.example"));
    QCOMPARE(w.displayName, QString::fromUtf8("Wörker Ëxample"));
    QCOMPARE(w.incoming.type, QStringLiteral("imap"));
    QCOMPARE(w.incoming.host, QStringLiteral("imap.work.example"));
    QCOMPARE(w.incoming.port, 993);
    QCOMPARE(w.smtp.host, QStringLiteral("smtp.work.example"));
    QCOMPARE(w.smtp.port, 587);
    QCOMPARE(w.smtp.security, Security::StartTls);
    QCOMPARE(w.smtp.auth, QString(AuthId::Any));
    QCOMPARE(w.smtp.user, QStringLiteral("worker@work.example"));
    QCOMPARE(w.smtpRef, QStringLiteral("6A1F-SMTP"));
    const MailAccount &h = r.accounts.at(1);
    QCOMPARE(h.email, QStringLiteral("john@isp.example")); // from EmailAliases
    QCOMPARE(h.incoming.type, QStringLiteral("pop3"));
    QCOMPARE(h.incoming.port, 110);                        // stored as text
    QCOMPARE(h.smtp.host, QStringLiteral("mail.isp.example"));
    QCOMPARE(h.smtp.port, 25);
    QCOMPARE(h.smtp.security, Security::None);
    QCOMPARE(h.smtp.auth, QString(AuthId::None));
    // iCloud: the servers come from the parent's Mail settings; SSLIsDirect false with
    // requiresSSL is STARTTLS, true is TLS from the start.
    const MailAccount &c = r.accounts.at(2);
    QCOMPARE(c.name, QStringLiteral("iCloud"));
    QCOMPARE(c.email, QStringLiteral("someone@icloud.example"));
    QCOMPARE(c.displayName, QStringLiteral("Some One"));
    QCOMPARE(c.incoming.type, QStringLiteral("imap"));
    QCOMPARE(c.incoming.host, QStringLiteral("p01-imap.mail.me.example"));
    QCOMPARE(c.incoming.port, 993);
    QCOMPARE(c.incoming.user, QStringLiteral("someone@icloud.example"));
    QCOMPARE(c.smtp.host, QStringLiteral("p01-smtp.mail.me.example"));
    QCOMPARE(c.smtp.port, 587);
    QCOMPARE(c.smtp.security, Security::StartTls);
    QCOMPARE(c.smtp.user, QStringLiteral("someone@icloud.example"));
    QCOMPARE(c.smtpRef, QStringLiteral("ICLOUD-SMTP"));
    for (const MailAccount &a : r.accounts)
        QVERIFY(a.incoming.host != QLatin1String("imap.old.example"));
    QVERIFY(r.warnings.isEmpty());

    // The columns every macOS version has, without parents, switches or data classes: the
    // same two accounts of their own.
    const ReadResult m = readAppleAccountsDatabase(own("Accounts4-minimal.sqlite"));
    QVERIFY2(m.ok(), qPrintable(m.error.text()));
    QCOMPARE(m.accounts.size(), 2);
    for (int i = 0; i < 2; ++i) {
        MailAccount same = m.accounts.at(i);
        same.source = r.accounts.at(i).source;
        QCOMPARE(same, r.accounts.at(i));
    }
}

void TestAppleAccounts::accountsDatabaseBad()
{
    QTemporaryDir dir;
    // Missing: nothing to read, no error.
    QVERIFY(readAppleAccountsDatabase(dir.filePath(QStringLiteral("none.sqlite"))).ok());
    // Not a database, and a database without the tables: clear errors.
    const QString junk = dir.filePath(QStringLiteral("junk.sqlite"));
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not SQLite\n");
    f.close();
    const ReadResult bad = readAppleAccountsDatabase(junk);
    QVERIFY(!bad.ok());
    QVERIFY(bad.error.text().contains(junk));
}

void TestAppleAccounts::accountsForHome()
{
    QTemporaryDir home;
    QVERIFY(QDir(home.path()).mkpath(QStringLiteral("Library/Accounts")));
    QVERIFY(QDir(home.path()).mkpath(QStringLiteral("Library/Mail/V10/MailData")));
    QVERIFY(QFile::copy(own("Accounts4.sqlite"), home.filePath(QStringLiteral("Library/Accounts/Accounts4.sqlite"))));
    const ReadResult r = readAppleMailAccounts(home.path());
    QVERIFY2(r.ok(), qPrintable(r.error.text()));
    QCOMPARE(r.accounts.size(), 3);
    // No Library at all: nothing, no error.
    QTemporaryDir empty;
    QVERIFY(readAppleMailAccounts(empty.path()).ok());
    QVERIFY(readAppleMailAccounts(empty.path()).accounts.isEmpty());
    // The Full Disk Access steps name the setting and both macOS generations' paths.
    const QString steps = fullDiskAccessSteps().text();
    QVERIFY(steps.contains(QLatin1String("Full Disk Access")));
    QVERIFY(steps.contains(QLatin1String("Privacy & Security")));
    QVERIFY(steps.contains(QLatin1String("Security & Privacy")));
}

void TestAppleAccounts::scanner()
{
    // The account scan of a home with Internet Accounts' database lists Mail's accounts.
    QTemporaryDir home;
    QVERIFY(QDir(home.path()).mkpath(QStringLiteral("Library/Accounts")));
    QVERIFY(QFile::copy(own("Accounts4.sqlite"), home.filePath(QStringLiteral("Library/Accounts/Accounts4.sqlite"))));
    const ReadResult r = AccountScanner(home.path()).scan();
    QVERIFY2(r.ok(), qPrintable(r.error.text()));
    const auto apple = std::count_if(r.accounts.cbegin(), r.accounts.cend(), [](const MailAccount &a) {
        return a.client == QLatin1String(ClientId::AppleMail);
    });
    QCOMPARE(apple, 3);

    // An Accounts.plist left behind by an upgrade is not read in place of the database; on
    // OS X 10.11 and earlier (Accounts3.sqlite only) the Accounts.plist is what Mail uses.
    const auto appleSources = [](const QString &dir) {
        QStringList sources;
        const ReadResult scanned = AccountScanner(dir).scan();
        for (const MailAccount &a : scanned.accounts) {
            if (a.client == QLatin1String(ClientId::AppleMail))
                sources.append(QFileInfo(a.source).fileName());
        }
        sources.removeDuplicates();
        return sources;
    };
    QVERIFY(QDir(home.path()).mkpath(QStringLiteral("Library/Mail/V2/MailData")));
    QVERIFY(QFile::copy(own("Accounts.plist"), home.filePath(QStringLiteral("Library/Mail/V2/MailData/Accounts.plist"))));
    QCOMPARE(appleSources(home.path()), QStringList{QStringLiteral("Accounts4.sqlite")});
    QVERIFY(QFile::remove(home.filePath(QStringLiteral("Library/Accounts/Accounts4.sqlite"))));
    QFile old(home.filePath(QStringLiteral("Library/Accounts/Accounts3.sqlite")));
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.close();
    QCOMPARE(appleSources(home.path()), QStringList{QStringLiteral("Accounts.plist")});
}

QTEST_GUILESS_MAIN(TestAppleAccounts)
#include "tst_appleaccounts.moc"
