// Outlook read from a registry through RegistrySource: the same walk the Win32 registry gets
// on Windows, here over an in-memory registry built from real .reg exports (Outlook 2016+
// profile layout with UTF-16LE REG_BINARY strings and REG_DWORD numbers) and from the
// registry values of Thunderbird's own Outlook-import test (OMI Account Manager layouts).
#include "accounts/accountreaders.h"
#include "accounts/registrysource.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace od;

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
    void memoryRegistryWalk();
    void profiles_data();
    void profiles();
    void bothVersions();
    void omiLayouts_data();
    void omiLayouts();
    void newOutlook_data();
    void newOutlook();
    void bounded();
    void emptyRegistry();
    void systemRegistry();
};

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
        QVERIFY2(r.ok(), qPrintable(r.error));
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
    // An upgrade leaves the 2013 profiles beside the 2016 ones: both are read.
    const MemoryRegistry reg(exportKeys("outlook2016-profile.reg") + asVersion(exportKeys("outlook2016-profile.reg"), QStringLiteral("15.0")));
    const ReadResult r = AccountReaders::readOutlookFromRegistry(reg);
    QCOMPARE(r.accounts.size(), 6);
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
    const ReadResult r = AccountReaders::readOutlookFromRegistry(reg, dataFolder);
    QCOMPARE(r.accounts.size(), 3); // classic Outlook's accounts are still read
    const bool saysNew = r.warnings.join(u'\n').contains(QLatin1String("new Outlook"));
    QCOMPARE(saysNew, warned);
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
