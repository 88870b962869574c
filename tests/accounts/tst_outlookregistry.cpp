// SPDX-License-Identifier: GPL-3.0-or-later
// Outlook read from a registry through RegistrySource: the same walk the Win32 registry gets
// on Windows, here over an in-memory registry built from real .reg exports (Outlook 2016+
// profile layout with UTF-16LE REG_BINARY strings and REG_DWORD numbers) and from the
// registry values of Thunderbird's own Outlook-import test (OMI Account Manager layouts).
#include "accounts/accountreaders.h"
#include "accounts/registrysource.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace od;

Q_DECLARE_METATYPE(QList<od::RegistryValue>)

namespace {
QByteArray load(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QList<RegistryKey> exportKeys(const char *file)
{
    const RegistryParseResult r = parseRegFile(load(QStringLiteral(OD_TESTS_DIR "/fixtures/outlook/") + QLatin1String(file)));
    return r.keys;
}

// The same export as Outlook 2013 would write it: the layout under 15.0 is identical.
QList<RegistryKey> asVersion(QList<RegistryKey> keys, const QString &version)
{
    for (RegistryKey &k : keys)
        k.path.replace(QLatin1String("\\Office\\16.0\\"), QLatin1String("\\Office\\") + version + u'\\');
    return keys;
}

// Thunderbird's mock registry (JSON: key path → values, sub keys as objects).
QList<RegistryKey> jsonKeys(const QString &name)
{
    const QJsonObject all = QJsonDocument::fromJson(
        load(QStringLiteral(OD_SHARED_DIR "/fixtures/clients/outlook/comm-central-test_outlook_settings.registry.json")))
        .object().value(QStringLiteral("registries")).toObject().value(name).toObject();
    QList<RegistryKey> keys;
    for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
        const QString path = QString(it.key()).replace(QLatin1String("HKCU\\"), QLatin1String("HKEY_CURRENT_USER\\"));
        RegistryKey root{path, {}};
        const QJsonObject values = it.value().toObject();
        for (auto v = values.constBegin(); v != values.constEnd(); ++v) {
            if (v.value().isObject()) {
                RegistryKey sub{path + u'\\' + v.key(), {}};
                const QJsonObject inner = v.value().toObject();
                for (auto x = inner.constBegin(); x != inner.constEnd(); ++x) {
                    RegistryValue rv;
                    rv.name = x.key();
                    if (x.value().isDouble()) {
                        rv.type = RegistryValue::Type::Dword;
                        rv.number = quint64(x.value().toInt());
                    } else {
                        rv.text = x.value().toString();
                    }
                    sub.values.append(rv);
                }
                keys.append(sub);
            } else {
                root.values.append(RegistryValue{v.key(), RegistryValue::Type::String, v.value().toString(), {}, 0});
            }
        }
        keys.prepend(root);
    }
    return keys;
}

RegistryKey preferences(quint64 useNewOutlook)
{
    RegistryValue v;
    v.name = QStringLiteral("UseNewOutlook");
    v.type = RegistryValue::Type::Dword;
    v.number = useNewOutlook;
    return RegistryKey{QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Outlook\\Preferences"), {v}};
}


// --- the pure reading of one account key, value by value --------------------------------------
const QString kProfile = QStringLiteral(
    "HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles\\Outlook\\9375CFF0413111d3B88A00104B2A6676\\00000002");
const QString kOmi = QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\Outlook\\OMI Account Manager\\Accounts\\00000001");

// As Outlook writes a string: UTF-16LE REG_BINARY with a trailing NUL.
RegistryValue bin(const char *name, const QString &text, bool nul = true)
{
    QByteArray b(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    if (nul)
        b += QByteArray(2, '\0');
    return RegistryValue{QLatin1String(name), RegistryValue::Type::Binary, {}, b, 0};
}
RegistryValue raw(const char *name, const QByteArray &bytes)
{
    return RegistryValue{QLatin1String(name), RegistryValue::Type::Binary, {}, bytes, 0};
}
RegistryValue dw(const char *name, quint64 n)
{
    return RegistryValue{QLatin1String(name), RegistryValue::Type::Dword, {}, {}, n};
}
RegistryValue sz(const char *name, const QString &text)
{
    return RegistryValue{QLatin1String(name), RegistryValue::Type::String, text, {}, 0};
}

// One line per account, fields in a fixed order, so a table row states all of it.
QString summary(const MailAccount &a)
{
    return QStringLiteral("%1:%2 %3 %4 user=%5 | %6 <%7> name=%8 reply=%9 | %10 %11:%12 user=%13%14")
        .arg(a.smtp.host).arg(a.smtp.port).arg(securityId(a.smtp.security), a.smtp.auth, a.smtp.user,
                                                a.displayName, a.email, a.name, a.replyTo)
        .arg(a.incoming.type, a.incoming.host).arg(a.incoming.port)
        .arg(a.incoming.user, a.popBeforeSmtp ? QStringLiteral(" pop-before-smtp") : QString());
}

const MailAccount *byEmail(const ReadResult &r, const QString &email)
{
    for (const MailAccount &a : r.accounts) {
        if (a.email == email)
            return &a;
    }
    return nullptr;
}
} // namespace

class TestOutlookRegistry : public QObject
{
    Q_OBJECT
private slots:
    void accountKey_data();
    void accountKey();
    void versionsSideBySide();
    void memoryRegistryWalk();
    void profiles_data();
    void profiles();
    void bothVersions();
    void omiLayouts_data();
    void omiLayouts();
    void newOutlook_data();
    void newOutlook();
    void newOutlookData();
    void bounded();
    void emptyRegistry();
    void systemRegistry();
};


void TestOutlookRegistry::accountKey_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QList<RegistryValue>>("values");
    QTest::addColumn<QString>("expected"); // summary(); empty: no account
    QTest::addColumn<int>("warnings");

    const QList<RegistryValue> full{
        bin("Account Name", QStringLiteral("Work")), bin("Display Name", QStringLiteral("Example Worker")),
        bin("Email", QStringLiteral("worker@example.com")), bin("Reply To Email Address", QStringLiteral("team@example.com")),
        bin("IMAP Server", QStringLiteral("imap.example.com")), bin("IMAP User", QStringLiteral("worker")), dw("IMAP Port", 993),
        bin("SMTP Server", QStringLiteral("smtp.example.com")), dw("SMTP Port", 587), dw("SMTP Secure Connection", 2),
        dw("SMTP Use Auth", 1), bin("SMTP User", QStringLiteral("worker@example.com"))};
    const QString fullText = QStringLiteral("smtp.example.com:587 starttls any user=worker@example.com | Example Worker "
                                            "<worker@example.com> name=Work reply=team@example.com | imap imap.example.com:993 user=worker");
    QTest::newRow("Outlook 2016 account") << kProfile << full << fullText << 0;
    QList<RegistryValue> lower = full;
    for (RegistryValue &v : lower)
        v.name = v.name.toLower();
    QTest::newRow("value names in lower case") << kProfile << lower << fullText << 0;
    QList<RegistryValue> noNul = full;
    noNul[7] = bin("SMTP Server", QStringLiteral("smtp.example.com"), false);
    noNul[2] = bin("Email", QStringLiteral("worker@example.com"), false);
    QTest::newRow("strings without their NUL") << kProfile << noNul << fullText << 0;
    QList<RegistryValue> odd = full;
    odd[7] = raw("SMTP Server", bin("", QStringLiteral("smtp.example.com")).bytes + QByteArray("\x7f", 1));
    odd[2] = raw("Email", bin("", QStringLiteral("worker@example.com"), false).bytes + QByteArray("\x00", 1));
    QTest::newRow("odd-length binary") << kProfile << odd << fullText << 0;
    QList<RegistryValue> tail = full;
    tail[7] = raw("SMTP Server", bin("", QStringLiteral("smtp.example.com")).bytes + bin("", QStringLiteral("old.example")).bytes);
    QTest::newRow("left-over bytes after the NUL") << kProfile << tail << fullText << 0;
    QList<RegistryValue> binaryNumbers = full;
    binaryNumbers[8] = raw("SMTP Port", QByteArray("\x4b\x02\x00\x00", 4));
    binaryNumbers[9] = raw("SMTP Secure Connection", QByteArray("\x02\x00\x00\x00\x00\x00\x00\x00", 8));
    binaryNumbers[6] = raw("IMAP Port", QByteArray("\xe1\x03\x00\x00", 4));
    QTest::newRow("DWORDs stored as binary") << kProfile << binaryNumbers << fullText << 0;
    QList<RegistryValue> strings = full;
    strings[8] = sz("SMTP Port", QStringLiteral(" 587 "));
    strings[7] = sz("SMTP Server", QStringLiteral("smtp.example.com"));
    strings[0] = sz("Account Name", QStringLiteral("Work")); // scripts set it with Set-ItemProperty
    QTest::newRow("REG_SZ and decimal strings") << kProfile << strings << fullText << 0;
    QList<RegistryValue> textPort = full;
    textPort[8] = bin("SMTP Port", QStringLiteral("587x")); // not a number, not 4 or 8 bytes
    QTest::newRow("unreadable port")
        << kProfile << textPort << QString(fullText).replace(QLatin1String(":587 "), QLatin1String(":0 ")) << 1;
    QList<RegistryValue> bigPort = full;
    bigPort[8] = dw("SMTP Port", 70000);
    QTest::newRow("port out of range")
        << kProfile << bigPort << QString(fullText).replace(QLatin1String(":587 "), QLatin1String(":0 ")) << 1;

    QTest::newRow("missing values: server only")
        << kProfile << QList<RegistryValue>{bin("SMTP Server", QStringLiteral("mail.isp.example"))}
        << QStringLiteral("mail.isp.example:0 none none user= |  <> name= reply= |  :0 user=") << 0;
    QTest::newRow("missing server: Exchange-like")
        << kProfile << QList<RegistryValue>{bin("Account Name", QStringLiteral("Corp")), bin("Email", QStringLiteral("boss@corp.example"))}
        << QStringLiteral(":0 none none user= |  <boss@corp.example> name=Corp reply= |  :0 user=") << 1;
    QTest::newRow("no mail values at all")
        << kProfile << QList<RegistryValue>{dw("NextAccountID", 5), bin("Account Name", QStringLiteral("Other"))} << QString() << 0;
    QTest::newRow("empty binary server, empty email")
        << kProfile << QList<RegistryValue>{raw("SMTP Server", QByteArray()), raw("Email", QByteArray(2, '\0'))} << QString() << 0;

    const QString cjk = QString::fromUtf8("张伟"); // 0x5F20 0x4F1F: no zero byte at all
    QTest::newRow("CJK display name without NUL")
        << kProfile << QList<RegistryValue>{bin("SMTP Server", QStringLiteral("s.example")), bin("Display Name", cjk, false)}
        << QStringLiteral("s.example:0 none none user= | %1 <> name= reply= |  :0 user=").arg(cjk) << 0;
    QByteArray surrogate = bin("", QStringLiteral("a")).bytes.left(2) + QByteArray("\x3d\xd8", 2); // a lone high surrogate
    QTest::newRow("cut surrogate pair")
        << kProfile << QList<RegistryValue>{bin("SMTP Server", QStringLiteral("s.example")), raw("Display Name", surrogate)}
        << QStringLiteral("s.example:0 none none user= | a%1 <> name= reply= |  :0 user=").arg(QChar(QChar::ReplacementCharacter)) << 0;

    // Security and authentication, value by value.
    const auto sec = [](quint64 secure, QList<RegistryValue> more) {
        more.prepend(dw("SMTP Secure Connection", secure));
        more.prepend(bin("SMTP Server", QStringLiteral("s.example")));
        return more;
    };
    QTest::newRow("secure 0, no auth") << kProfile << sec(0, {dw("SMTP Use Auth", 0)})
                                       << QStringLiteral("s.example:0 none none user= |  <> name= reply= |  :0 user=") << 0;
    QTest::newRow("secure 1 = SSL/TLS") << kProfile << sec(1, {dw("SMTP Port", 465), dw("SMTP Use Auth", 1)})
                                        << QStringLiteral("s.example:465 tls any user= |  <> name= reply= |  :0 user=") << 0;
    QTest::newRow("secure 3 = auto, SPA") << kProfile << sec(3, {dw("SMTP Use Auth", 1), dw("SMTP Use SPA", 1)})
                                          << QStringLiteral("s.example:0 auto ntlm user= |  <> name= reply= |  :0 user=") << 0;
    QTest::newRow("auth method 2 = POP before SMTP")
        << kProfile << sec(0, {dw("SMTP Auth Method", 2), bin("POP3 Server", QStringLiteral("pop.example")), dw("POP3 Port", 110)})
        << QStringLiteral("s.example:0 none none user= |  <> name= reply= | pop3 pop.example:110 user= pop-before-smtp") << 0;
    QTest::newRow("auth method 1, no Use Auth value") << kProfile << sec(2, {dw("SMTP Auth Method", 1)})
                                                      << QStringLiteral("s.example:0 starttls any user= |  <> name= reply= |  :0 user=") << 0;

    // The older layouts: REG_SZ strings, 8-bit binary.
    QTest::newRow("OMI key, REG_SZ")
        << kOmi << QList<RegistryValue>{sz("Account Name", QStringLiteral("Old")), sz("SMTP Server", QStringLiteral("smtp.old.example")),
                                        sz("SMTP Email Address", QStringLiteral("old@old.example")), dw("SMTP Port", 465),
                                        dw("SMTP Secure Connection", 1), dw("SMTP Use Sicily", 3), sz("SMTP User Name", QStringLiteral("old")),
                                        sz("SMTP Reply To Email Address", QStringLiteral("r@old.example"))}
        << QStringLiteral("smtp.old.example:465 tls any user=old |  <old@old.example> name=Old reply=r@old.example |  :0 user=") << 0;
    QTest::newRow("OMI key, 8-bit binary")
        << kOmi << QList<RegistryValue>{raw("SMTP Server", QByteArray("smtp.old.example\0", 17)), raw("SMTP Email Address", QByteArray("o@old.example")),
                                        dw("SMTP Use Sicily", 1)}
        << QStringLiteral("smtp.old.example:0 none ntlm user= |  <o@old.example> name=o@old.example reply= |  :0 user=") << 0;
}

void TestOutlookRegistry::accountKey()
{
    QFETCH(QString, path);
    QFETCH(QList<RegistryValue>, values);
    QFETCH(QString, expected);
    QFETCH(int, warnings);
    const ReadResult r = AccountReaders::readOutlookRegistry({RegistryKey{path, values}}, QStringLiteral("registry"));
    QVERIFY(r.ok());
    if (expected.isEmpty()) {
        QVERIFY(r.accounts.isEmpty());
        return;
    }
    QCOMPARE(r.accounts.size(), 1);
    QCOMPARE(summary(r.accounts.constFirst()), expected);
    QVERIFY(!summary(r.accounts.constFirst()).contains(QChar(0)));
    QCOMPARE(r.warnings.size(), warnings);
}

void TestOutlookRegistry::versionsSideBySide()
{
    // The same export under 15.0 and 16.0 (Outlook 2016 copies the 2013 profiles): each account
    // once, from 16.0, whichever comes first; a 15.0 account that differs stays.
    QList<RegistryKey> v15 = asVersion(exportKeys("outlook2016-profile.reg"), QStringLiteral("15.0"));
    for (const QList<RegistryKey> &keys : {v15 + exportKeys("outlook2016-profile.reg"), exportKeys("outlook2016-profile.reg") + v15}) {
        const ReadResult r = AccountReaders::readOutlookRegistry(keys, QStringLiteral("registry"));
        QCOMPARE(r.accounts.size(), 3);
        for (const MailAccount &a : r.accounts)
            QVERIFY2(a.identityRef.contains(QLatin1String("\\Office\\16.0\\")), qPrintable(a.identityRef));
        QCOMPARE(r.warnings.size(), 1); // the Exchange-like account, once
    }
    for (RegistryKey &k : v15) {
        for (RegistryValue &v : k.values) {
            if (v.name == QLatin1String("SMTP Port"))
                v.number = 465;
        }
    }
    const ReadResult r = AccountReaders::readOutlookRegistry(exportKeys("outlook2016-profile.reg") + v15, QStringLiteral("registry"));
    QCOMPARE(r.accounts.size(), 5); // the two changed accounts are different ones
}

void TestOutlookRegistry::memoryRegistryWalk()
{
    const MemoryRegistry reg(exportKeys("outlook2016-profile.reg"));
    // Ancestors exist and list their children, case-insensitively, as in the real registry.
    QCOMPARE(reg.subKeys(QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles")),
             QStringList{QStringLiteral("Outlook")});
    QCOMPARE(reg.subKeys(QStringLiteral("hkey_current_user\\software\\microsoft\\office\\16.0\\outlook\\profiles\\outlook")),
             QStringList{QStringLiteral("9375CFF0413111d3B88A00104B2A6676")});
    QVERIFY(reg.values(QStringLiteral("HKEY_CURRENT_USER\\Software")).has_value());
    QVERIFY(!reg.values(QStringLiteral("HKEY_CURRENT_USER\\Software\\Nope")).has_value());
    const QList<RegistryKey> keys = collectRegistryKeys(reg,
        QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles"));
    QCOMPARE(keys.size(), 6); // Profiles, Outlook, the GUID key and three accounts
    QVERIFY(keys.at(3).path.endsWith(QLatin1String("\\00000002")));
}

void TestOutlookRegistry::profiles_data()
{
    QTest::addColumn<QString>("version");
    QTest::newRow("Outlook 2016+ (16.0)") << QStringLiteral("16.0");
    QTest::newRow("Outlook 2013 (15.0)") << QStringLiteral("15.0");
}

void TestOutlookRegistry::profiles()
{
    QFETCH(QString, version);
    for (const char *file : {"outlook2016-profile.reg", "outlook2016-profile-utf8.reg"}) {
        const MemoryRegistry reg(asVersion(exportKeys(file), version));
        const ReadResult r = AccountReaders::readOutlookFromRegistry(reg);
        QVERIFY2(r.ok(), qPrintable(r.error.text()));
        QCOMPARE(r.accounts.size(), 3);
        const MailAccount *w = byEmail(r, QStringLiteral("worker@example.com"));
        QVERIFY(w);
        // REG_BINARY UTF-16LE with its trailing NUL: no NUL may survive into a host name.
        QCOMPARE(w->smtp.host, QStringLiteral("smtp.example.com"));
        QVERIFY(!w->smtp.host.contains(QChar(u'\0')));
        QCOMPARE(w->smtp.port, 587);                          // REG_DWORD "SMTP Port"
        QCOMPARE(w->smtp.security, Security::StartTls);       // "SMTP Secure Connection" 2
        QCOMPARE(w->smtp.auth, QString(AuthId::Any));         // "SMTP Use Auth" 1
        QCOMPARE(w->smtp.user, QStringLiteral("worker@example.com"));
        QCOMPARE(w->incoming.type, QStringLiteral("imap"));
        QCOMPARE(w->incoming.host, QStringLiteral("imap.example.com"));
        QCOMPARE(w->incoming.port, 993);
        QVERIFY(w->smtpRef.contains(QLatin1String("\\Office\\") + version + u'\\'));
        const MailAccount *h = byEmail(r, QStringLiteral("john@isp.example.net"));
        QVERIFY(h);
        QCOMPARE(h->displayName, QString::fromUtf8("Jöhn Dœ 张伟"));
        QCOMPARE(h->smtp.security, Security::None);
        QVERIFY(h->popBeforeSmtp);
        QCOMPARE(h->incoming.type, QStringLiteral("pop3"));
        QVERIFY(byEmail(r, QStringLiteral("boss@corp.example.org")));
    }
}

void TestOutlookRegistry::bothVersions()
{
    // An upgrade leaves the 2013 profiles beside the 2016 ones: both roots are walked, and the
    // copies are listed once.
    const MemoryRegistry reg(exportKeys("outlook2016-profile.reg") + asVersion(exportKeys("outlook2016-profile.reg"), QStringLiteral("15.0")));
    const ReadResult r = AccountReaders::readOutlookFromRegistry(reg);
    QCOMPARE(r.accounts.size(), 3);
    // Only under 15.0 (Outlook 2013 alone): read from there.
    const MemoryRegistry only15(asVersion(exportKeys("outlook2016-profile.reg"), QStringLiteral("15.0")));
    const ReadResult r15 = AccountReaders::readOutlookFromRegistry(only15);
    QCOMPARE(r15.accounts.size(), 3);
    QVERIFY(r15.accounts.constFirst().identityRef.contains(QLatin1String("\\Office\\15.0\\")));
}

void TestOutlookRegistry::omiLayouts_data()
{
    QTest::addColumn<QString>("registry");
    QTest::addColumn<QString>("incomingHost");
    QTest::newRow("Outlook 2003 POP3") << QStringLiteral("outlook2003_pop3") << QStringLiteral("pop.host.invalid");
    QTest::newRow("Outlook 2003 IMAP") << QStringLiteral("outlook2003_imap") << QStringLiteral("imap.host.invalid");
}

void TestOutlookRegistry::omiLayouts()
{
    QFETCH(QString, registry);
    QFETCH(QString, incomingHost);
    const MemoryRegistry reg(jsonKeys(registry));
    const ReadResult r = AccountReaders::readOutlookFromRegistry(reg);
    QCOMPARE(r.accounts.size(), 1);
    QCOMPARE(r.accounts.constFirst().smtp.host, QStringLiteral("smtp.host.invalid"));
    QCOMPARE(r.accounts.constFirst().incoming.host, incomingHost);
    QVERIFY(r.accounts.constFirst().isDefault);
}

void TestOutlookRegistry::newOutlook_data()
{
    QTest::addColumn<int>("useNewOutlook"); // -1: no value
    QTest::addColumn<bool>("dataFolder");
    QTest::addColumn<bool>("warned");
    QTest::newRow("classic only") << -1 << false << false;
    QTest::newRow("switched back to classic") << 0 << false << false;
    QTest::newRow("new Outlook switched on") << 1 << false << true;
    QTest::newRow("new Outlook data folder") << -1 << true << true;
}

void TestOutlookRegistry::newOutlook()
{
    QFETCH(int, useNewOutlook);
    QFETCH(bool, dataFolder);
    QFETCH(bool, warned);
    QList<RegistryKey> keys = exportKeys("outlook2016-profile.reg");
    if (useNewOutlook >= 0)
        keys.append(preferences(quint64(useNewOutlook)));
    const MemoryRegistry reg(keys);
    const ReadResult r = AccountReaders::readOutlookFromRegistry(reg, dataFolder ? QStringLiteral("C:/Users/u/AppData/Local/Microsoft/Olk") : QString());
    QCOMPARE(r.accounts.size(), 3); // classic Outlook's accounts are still read
    const QString all = phraseTexts(r.warnings).join(u'\n');
    QCOMPARE(all.contains(QLatin1String("new Outlook")), warned);
    // What cannot be read, and where to look instead.
    QCOMPARE(all.contains(QLatin1String("cannot be read")), warned);
    QCOMPARE(all.contains(QLatin1String("Settings > Accounts")), warned);
}

void TestOutlookRegistry::newOutlookData()
{
    QTemporaryDir local;
    QVERIFY(local.isValid());
    QCOMPARE(AccountReaders::findNewOutlookData(QString()), QString());
    QCOMPARE(AccountReaders::findNewOutlookData(local.path()), QString());
    // The app package alone (installed, never opened), then the cache folder too.
    const QString package = local.filePath(QStringLiteral("Packages/Microsoft.OutlookForWindows_8wekyb3d8bbwe"));
    QVERIFY(QDir().mkpath(package));
    QCOMPARE(AccountReaders::findNewOutlookData(local.path()), package);
    const QString olk = local.filePath(QStringLiteral("Microsoft/Olk"));
    QVERIFY(QDir().mkpath(olk));
    QCOMPARE(AccountReaders::findNewOutlookData(QDir::toNativeSeparators(local.path())), olk);
    // A file of that name is not the folder.
    QTemporaryDir other;
    QVERIFY(QDir().mkpath(other.filePath(QStringLiteral("Microsoft"))));
    QFile f(other.filePath(QStringLiteral("Microsoft/Olk")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    QCOMPARE(AccountReaders::findNewOutlookData(other.path()), QString());
}

void TestOutlookRegistry::bounded()
{
    // A deep chain and a very wide key: the walk stops at its bounds.
    QList<RegistryKey> keys;
    QString path = QStringLiteral("HKEY_CURRENT_USER\\Deep");
    for (int i = 0; i < 100; ++i) {
        path += QStringLiteral("\\k");
        keys.append(RegistryKey{path, {}});
    }
    for (int i = 0; i < 500; ++i)
        keys.append(RegistryKey{QStringLiteral("HKEY_CURRENT_USER\\Wide\\%1").arg(i), {}});
    const MemoryRegistry reg(keys);
    QCOMPARE(collectRegistryKeys(reg, QStringLiteral("HKEY_CURRENT_USER\\Deep"), 8).size(), 9);
    QCOMPARE(collectRegistryKeys(reg, QStringLiteral("HKEY_CURRENT_USER\\Wide"), 8, 100).size(), 100);
}

void TestOutlookRegistry::emptyRegistry()
{
    const MemoryRegistry reg({});
    const ReadResult r = AccountReaders::readOutlookFromRegistry(reg);
    QVERIFY(r.ok());
    QVERIFY(r.accounts.isEmpty());
    QVERIFY(r.warnings.isEmpty());
}

void TestOutlookRegistry::systemRegistry()
{
#ifdef Q_OS_WIN
    QVERIFY(openSystemRegistry());
#else
    QVERIFY(!openSystemRegistry());
#endif
}

QTEST_GUILESS_MAIN(TestOutlookRegistry)
#include "tst_outlookregistry.moc"
