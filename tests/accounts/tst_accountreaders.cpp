// SPDX-License-Identifier: GPL-3.0-or-later
// The readers against every shared client fixture (expected values written here) and our own
// edge-case fixtures: unicode, escapes, duplicates, broken lines, huge and binary input.
#include "accounts/accountreaders.h"
#include "accounts/accountscanner.h"
#include "accounts/registryfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace od;
using namespace od::AccountReaders;

namespace {

QString shared(const char *rel)
{
    return QStringLiteral(OD_SHARED_DIR "/fixtures/clients/") + QLatin1String(rel);
}
QString own(const char *rel)
{
    return QStringLiteral(OD_TESTS_DIR "/fixtures/") + QLatin1String(rel);
}
QByteArray load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(path));
    return f.readAll();
}

const MailAccount *byEmail(const ReadResult &r, const QString &email)
{
    for (const MailAccount &a : r.accounts) {
        if (a.email == email)
            return &a;
    }
    return nullptr;
}
const MailAccount *byName(const ReadResult &r, const QString &name)
{
    for (const MailAccount &a : r.accounts) {
        if (a.name == name)
            return &a;
    }
    return nullptr;
}

SmtpSettings smtp(const char *host, int port, Security sec, QLatin1String auth, const char *user)
{
    SmtpSettings s;
    s.host = QLatin1String(host);
    s.port = port;
    s.security = sec;
    s.auth = auth;
    s.user = QString::fromUtf8(user);
    return s;
}

} // namespace

class TestAccountReaders : public QObject
{
    Q_OBJECT

private slots:
    // --- Thunderbird ---
    void profilesIniInstallWins_data();
    void profilesIniInstallWins();
    void thunderbirdHelvethor();
    void thunderbirdHokkaydoEws();
    void thunderbirdNoAccounts_data();
    void thunderbirdNoAccounts();
    void thunderbirdOnionbird();
    void thunderbirdProfileImporter();
    void thunderbirdMailnewsTestPrefs();
    void thunderbirdNetscapeM4();
    void thunderbirdEdgeCases();
    void thunderbirdServerKeys_data();
    void thunderbirdServerKeys();

    // --- Outlook ---
    void outlookRegistryJson_data();
    void outlookRegistryJson();
    void outlookRegFile_data();
    void outlookRegFile();
    void outlookRegedit4();
    void outlookRegBroken();
    void regFileNotReg();

    // --- others ---
    void appleMobileConfig();
    void appleAccountsPlist();
    void kmailShared_data();
    void kmailShared();
    void kmailIdentities();
    void evolutionTegami();
    void clawsCweagans();
    void clawsMektub();
    void clawsAferlazzo();
    void msmtpUserExample();
    void msmtpOthers();
    void msmtpEdge();
    void muttFixtures_data();
    void muttFixtures();
    void gitFixtures();
    void gitIdentities();

    // --- robustness ---
    void detectFormat_data();
    void detectFormat();
    void junkNeverCrashes_data();
    void junkNeverCrashes();
    void hugeInputIsRefused();
    void randomBytesNeverCrash();
    void jsonShape();
};

// ---------------------------------------------------------------------------------------------

void TestAccountReaders::profilesIniInstallWins_data()
{
    QTest::addColumn<QString>("dir");
    QTest::addColumn<QString>("defaultPath");
    QTest::addColumn<int>("count");
    QTest::newRow("helvethor") << QStringLiteral("thunderbird/helvethor") << QStringLiteral("f9y4s44h.default") << 1;
    QTest::newRow("hokkaydo") << QStringLiteral("thunderbird/hokkaydo") << QStringLiteral("duy2kt7l.default-release") << 2;
    QTest::newRow("mint-backup") << QStringLiteral("thunderbird/mint-backup") << QStringLiteral("uskvscu2.default-esr") << 2;
}

void TestAccountReaders::profilesIniInstallWins()
{
    QFETCH(QString, dir);
    QFETCH(QString, defaultPath);
    QFETCH(int, count);
    const QString d = shared(dir.toUtf8().constData());
    const QList<ThunderbirdProfile> p = parseProfilesIni(load(d + QLatin1String("/profiles.ini")), d);
    QCOMPARE(p.size(), count);
    QVERIFY(p.constFirst().isDefault);
    QCOMPARE(p.constFirst().path, QDir::cleanPath(d + u'/' + defaultPath));
    for (qsizetype i = 1; i < p.size(); ++i)
        QVERIFY(!p.at(i).isDefault); // Default=1 of [Profile1] loses against [Install…]
}

void TestAccountReaders::thunderbirdHelvethor()
{
    const QString path = shared("thunderbird/helvethor/f9y4s44h.default/prefs.js");
    const ReadResult r = readThunderbirdPrefs(load(path), path);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.accounts.size(), 4); // 3 identities + smtp2 used by none

    const MailAccount *a = byEmail(r, QStringLiteral("user1@example.com"));
    QVERIFY(a);
    QCOMPARE(a->client, QString(ClientId::Thunderbird));
    QCOMPARE(a->identityRef, QStringLiteral("id1"));
    QCOMPARE(a->smtpRef, QStringLiteral("smtp1"));
    QCOMPARE(a->smtp, smtp("posteo.de", 587, Security::StartTls, AuthId::PasswordCleartext, "user1@example.com"));
    QCOMPARE(a->displayName, QStringLiteral("Example User"));
    QCOMPARE(a->incoming.type, QStringLiteral("imap"));
    QCOMPARE(a->incoming.host, QStringLiteral("posteo.de"));
    QCOMPARE(a->incoming.user, QStringLiteral("user1@example.com"));
    QVERIFY(a->isDefault);
    QCOMPARE(a->source, path);

    a = byEmail(r, QStringLiteral("user4@example.net"));
    QVERIFY(a);
    QCOMPARE(a->smtpRef, QStringLiteral("smtp4"));
    QCOMPARE(a->smtp, smtp("smtp.example.net", 25, Security::StartTls, AuthId::PasswordCleartext, "user4"));
    QCOMPARE(a->incoming.host, QStringLiteral("mail.example.net"));

    a = byEmail(r, QStringLiteral("user3@edu.example.edu"));
    QVERIFY(a);
    QCOMPARE(a->smtp, smtp("smtp.example.edu", 25, Security::StartTls, AuthId::PasswordCleartext, "user3"));
    QCOMPARE(a->incoming.port, 993);
    QCOMPARE(a->incoming.user, QStringLiteral("user3"));

    const MailAccount &orphan = r.accounts.constLast();
    QCOMPARE(orphan.smtpRef, QStringLiteral("smtp2"));
    QVERIFY(orphan.email.isEmpty());
    QCOMPARE(orphan.name, QStringLiteral("Google Mail"));
    QCOMPARE(orphan.smtp, smtp("smtp.gmail.com", 465, Security::Tls, AuthId::OAuth2, "user2@example.com"));
}

void TestAccountReaders::thunderbirdHokkaydoEws()
{
    const QString path = shared("thunderbird/hokkaydo/duy2kt7l.default-release/prefs.js");
    const ReadResult r = readThunderbirdPrefs(load(path), path);
    QVERIFY(r.ok());
    QCOMPARE(r.accounts.size(), 1);
    const MailAccount &a = r.accounts.constFirst();
    QCOMPARE(a.email, QStringLiteral("first.last@student.example.edu"));
    QCOMPARE(a.displayName, QString::fromUtf8("Éxample Usér"));
    QVERIFY(a.smtp.host.isEmpty()); // EWS: no SMTP at all
    QCOMPARE(a.smtpRef, QStringLiteral("ews1"));
    QCOMPARE(a.incoming.type, QStringLiteral("ews"));
    QCOMPARE(a.incoming.host, QStringLiteral("outlook.office365.com"));
    QCOMPARE(a.incoming.port, 443);
    QVERIFY(r.warnings.join(u'\n').contains(QLatin1String("EWS")));
}

void TestAccountReaders::thunderbirdNoAccounts_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("mint-backup") << shared("thunderbird/mint-backup/uskvscu2.default-esr/prefs.js");
    QTest::newRow("cyrillic") << shared("thunderbird/no-accounts-cyrillic-tags/prefs.js");
    QTest::newRow("distroastro") << shared("thunderbird/distroastro-no-smtp/prefs.js");
}

void TestAccountReaders::thunderbirdNoAccounts()
{
    QFETCH(QString, path);
    const ReadResult r = readThunderbirdPrefs(load(path), path);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.accounts.size(), 0);
    QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(u'\n')));
}

void TestAccountReaders::thunderbirdOnionbird()
{
    const QString path = shared("thunderbird/onionbird-test-sample/prefs.js");
    const ReadResult r = readThunderbirdPrefs(load(path), path);
    QVERIFY(r.ok());
    // 2 identities (default server: the first one found, smtp1) + smtp2..smtp5 unused.
    QCOMPARE(r.accounts.size(), 6);
    const MailAccount *alice = byEmail(r, QStringLiteral("alice@example.com"));
    QVERIFY(alice);
    QCOMPARE(alice->displayName, QStringLiteral("Alice"));
    QCOMPARE(alice->smtp, smtp("smtp.example.com", 587, Security::None, QLatin1String(), "alice@example.com"));
    QVERIFY(byEmail(r, QStringLiteral("bob@example.com")));
    QVERIFY(byName(r, QStringLiteral("CL76KXDKJVYEQRUG65AUKSTUB3CVKVAX6PZBDJUP54QIDQ2UQINFNBID.ONION:587.")));
    const QString warnings = r.warnings.join(u'\n');
    QVERIFY(warnings.contains(QLatin1String("attacker.onion[glob]")));
    QVERIFY(warnings.contains(QLatin1String(":587.")));
}

void TestAccountReaders::thunderbirdProfileImporter()
{
    const QString path = shared("thunderbird/comm-central-profileimporter-test/prefs.js");
    const ReadResult r = readThunderbirdPrefs(load(path), path);
    QVERIFY(r.ok());
    QCOMPARE(r.accounts.size(), 2); // id1 → smtp3, id3 → default smtp1; id4's "stmpServer" ignored
    QCOMPARE(r.accounts.at(0).identityRef, QStringLiteral("id1"));
    QCOMPARE(r.accounts.at(0).smtpRef, QStringLiteral("smtp3"));
    QCOMPARE(r.accounts.at(0).smtp.user, QStringLiteral("smtp-user-2"));
    QCOMPARE(r.accounts.at(0).incoming.type, QStringLiteral("imap"));
    QCOMPARE(r.accounts.at(1).identityRef, QStringLiteral("id3"));
    QCOMPARE(r.accounts.at(1).displayName, QStringLiteral("id-name-2"));
    QCOMPARE(r.accounts.at(1).smtpRef, QStringLiteral("smtp1"));
    QCOMPARE(r.accounts.at(1).smtp.user, QStringLiteral("smtp-user-1"));
    QVERIFY(r.accounts.at(1).smtp.host.isEmpty());
}

void TestAccountReaders::thunderbirdMailnewsTestPrefs()
{
    const QString path = shared("thunderbird/mozilla-central-mailnewsTestPrefs/prefs.js");
    const ReadResult r = readThunderbirdPrefs(load(path), path);
    QVERIFY(r.ok());
    QCOMPARE(r.accounts.size(), 1);
    const MailAccount &a = r.accounts.constFirst();
    QCOMPARE(a.email, QStringLiteral("tinderbox@invalid.com"));
    QCOMPARE(a.displayName, QStringLiteral("Tinderbox"));
    QCOMPARE(a.smtp, smtp("tinderbox", 0, Security::None, QLatin1String(), "tinderbox"));
    QCOMPARE(a.incoming.type, QStringLiteral("pop3"));
    QCOMPARE(a.incoming.host, QStringLiteral("tinderbox"));
    QVERIFY(a.isDefault);
}

void TestAccountReaders::thunderbirdNetscapeM4()
{
    const QString path = shared("thunderbird/netscape-m4-legacy/prefs.js");
    const ReadResult r = readThunderbirdPrefs(load(path), path);
    QVERIFY(r.ok());
    QCOMPARE(r.accounts.size(), 1);
    const MailAccount &a = r.accounts.constFirst();
    QCOMPARE(a.email, QStringLiteral("user_name@mail_server.foo.com"));
    QCOMPARE(a.displayName, QStringLiteral("Your_full_name"));
    QCOMPARE(a.smtp.host, QStringLiteral("mail_server.foo.com"));
    QCOMPARE(a.smtp.user, QStringLiteral("user_name"));
    QCOMPARE(a.incoming.type, QStringLiteral("pop3"));
    QCOMPARE(a.incoming.user, QStringLiteral("username"));
}

// How outgoing servers' prefs are found: the newer mail.outgoingserver.* over the older
// mail.smtpserver.*, the last of duplicates, fields with dots of their own (oauth2.*), servers
// without a list in natural order, "default" (Thunderbird's template) never a server, and
// strings with and without escapes.
void TestAccountReaders::thunderbirdServerKeys_data()
{
    QTest::addColumn<QByteArray>("prefs");
    QTest::addColumn<QStringList>("refs");  // the accounts' smtpRef, in order
    QTest::addColumn<QStringList>("hosts"); // and their host
    QTest::addColumn<QList<int>>("ports");

    QTest::newRow("newer name wins")
        << QByteArray("user_pref(\"mail.smtpservers\", \"smtp1\");\n"
                      "user_pref(\"mail.outgoingserver.smtp1.hostname\", \"new.example\");\n"
                      "user_pref(\"mail.smtpserver.smtp1.hostname\", \"old.example\");\n"
                      "user_pref(\"mail.smtpserver.smtp1.port\", 465);\n")
        << QStringList{QStringLiteral("smtp1")} << QStringList{QStringLiteral("new.example")} << QList<int>{465};
    QTest::newRow("outgoingservers list")
        << QByteArray("user_pref(\"mail.outgoingservers\", \"a, b ,a\");\n"
                      "user_pref(\"mail.outgoingserver.b.hostname\", \"b.example\");\n"
                      "user_pref(\"mail.outgoingserver.a.hostname\", \"a.example\");\n"
                      "USER_PREF(\"mail.outgoingserver.a.port\", 1);\n")
        << QStringList{QStringLiteral("a"), QStringLiteral("b")}
        << QStringList{QStringLiteral("a.example"), QStringLiteral("b.example")} << QList<int>{0, 0};
    QTest::newRow("last duplicate wins")
        << QByteArray("user_pref(\"mail.smtpserver.s.hostname\", \"first.example\");\n"
                      "user_pref(\"mail.smtpserver.s.port\", 25);\n"
                      "user_pref(\"mail.smtpserver.s.hostname\", \"last.example\");\n")
        << QStringList{QStringLiteral("s")} << QStringList{QStringLiteral("last.example")} << QList<int>{25};
    QTest::newRow("no list, dotted fields, natural order")
        << QByteArray("user_pref(\"mail.smtpserver.smtp10.hostname\", \"ten.example\");\n"
                      "user_pref(\"mail.smtpserver.smtp2.oauth2.scope\", \"https://mail.example/\");\n"
                      "user_pref(\"mail.smtpserver.smtp2.oauth2.issuer\", \"login.example\");\n"
                      "user_pref(\"mail.smtpserver.smtp2.hostname\", \"two.example\");\n"
                      "user_pref(\"mail.smtpserver.default.port\", 587);\n"
                      "user_pref(\"mail.smtpserver.smtp2\", \"no field: not a server\");\n")
        << QStringList{QStringLiteral("smtp2"), QStringLiteral("smtp10")}
        << QStringList{QStringLiteral("two.example"), QStringLiteral("ten.example")} << QList<int>{0, 0};
    QTest::newRow("escapes and plain strings")
        << QByteArray("user_pref('mail.smtpservers', 's1,s2');\n"
                      "user_pref(\"mail.smtpserver.s1.hostname\", \"plain.example\");\n"
                      "user_pref(\"mail.smtpserver.s2.host\\x6eame\", \"esc\\u0061ped.\\x65xample\");\n"
                      "user_pref(\"mail.smtpserver.s2.port\", \"2525\");\n")
        << QStringList{QStringLiteral("s1"), QStringLiteral("s2")}
        << QStringList{QStringLiteral("plain.example"), QStringLiteral("escaped.example")} << QList<int>{0, 2525};
    QTest::newRow("truncated string")
        << QByteArray("user_pref(\"mail.smtpserver.s1.hostname\", \"one.example\");\n"
                      "user_pref(\"mail.smtpserver.s2.hostname\", \"two.exa")
        << QStringList{QStringLiteral("s1")} << QStringList{QStringLiteral("one.example")} << QList<int>{0};
}

void TestAccountReaders::thunderbirdServerKeys()
{
    QFETCH(QByteArray, prefs);
    QFETCH(QStringList, refs);
    QFETCH(QStringList, hosts);
    QFETCH(QList<int>, ports);
    const ReadResult r = readThunderbirdPrefs(prefs, QStringLiteral("prefs.js"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QStringList gotRefs, gotHosts;
    QList<int> gotPorts;
    for (const MailAccount &a : r.accounts) {
        gotRefs << a.smtpRef;
        gotHosts << a.smtp.host;
        gotPorts << a.smtp.port;
    }
    QCOMPARE(gotRefs, refs);
    QCOMPARE(gotHosts, hosts);
    QCOMPARE(gotPorts, ports);
}

void TestAccountReaders::thunderbirdEdgeCases()
{
    const QString path = own("thunderbird-edge/prefs.js");
    const ReadResult r = readThunderbirdPrefs(load(path), path);
    QVERIFY(r.ok());
    QCOMPARE(r.accounts.size(), 3);
    const MailAccount *a = byEmail(r, QStringLiteral("first@example.com"));
    QVERIFY(a);
    QCOMPARE(a->displayName, QStringLiteral("Quoted \"Nick\" \\ Back"));
    QCOMPARE(a->smtp, smtp("smtp2.example.com", 465, Security::Tls, AuthId::PasswordEncrypted, "first"));
    a = byEmail(r, QStringLiteral("second@example.com"));
    QVERIFY(a);
    QCOMPARE(a->displayName, QString::fromUtf8("Émilie 张"));
    QCOMPARE(a->replyTo, QStringLiteral("replies@example.com"));
    QCOMPARE(a->smtp.host, QStringLiteral("smtp.example.com")); // duplicate key: the last wins
    QCOMPARE(a->smtpRef, QStringLiteral("smtp1"));               // no smtpServer: the default
    QVERIFY(a->isDefault);
    QCOMPARE(a->name, QStringLiteral("Second account"));
    a = byEmail(r, QStringLiteral("third@example.com"));
    QVERIFY(a);
    QCOMPARE(a->smtpRef, QStringLiteral("smtp1")); // smtp9 does not exist
    QVERIFY(!byEmail(r, QStringLiteral("commented@out.example")));
    const QString w = r.warnings.join(u'\n');
    QVERIFY(w.contains(QLatin1String("smtp9")));
    QVERIFY(w.contains(QLatin1String("line 39")));
    QVERIFY(w.contains(QLatin1String("line 40")));
    QVERIFY(!w.contains(QLatin1String("line 41")));
}

// ---------------------------------------------------------------------------------------------

namespace {

// The shared JSON re-expresses Thunderbird's mock registry; turn it into registry keys.
QList<RegistryKey> keysFromJson(const QJsonObject &registry, const QJsonObject &fallback)
{
    QList<RegistryKey> keys;
    for (auto it = registry.constBegin(); it != registry.constEnd(); ++it) {
        QJsonObject body = it.value().toObject();
        if (it.value().isString()) // "same account values as …"
            body = fallback.constBegin().value().toObject();
        RegistryKey root{it.key(), {}};
        for (auto v = body.constBegin(); v != body.constEnd(); ++v) {
            if (v.value().isObject()) {
                RegistryKey sub{it.key() + u'\\' + v.key(), {}};
                const QJsonObject vals = v.value().toObject();
                for (auto x = vals.constBegin(); x != vals.constEnd(); ++x) {
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
                RegistryValue rv;
                rv.name = v.key();
                rv.text = v.value().toString();
                root.values.append(rv);
            }
        }
        keys.prepend(root);
    }
    return keys;
}

} // namespace

void TestAccountReaders::outlookRegistryJson_data()
{
    QTest::addColumn<QString>("registry");
    QTest::addColumn<QString>("fallback");
    QTest::addColumn<QString>("incomingType");
    QTest::addColumn<QString>("incomingHost");
    QTest::addColumn<QString>("incomingUser");
    QTest::addColumn<QString>("email");
    QTest::newRow("outlook2003_pop3") << "outlook2003_pop3" << "" << "pop3" << "pop.host.invalid" << "pop3user" << "pop3user@host.invalid";
    QTest::newRow("outlook2003_imap") << "outlook2003_imap" << "" << "imap" << "imap.host.invalid" << "imapuser" << "imapuser@host.invalid";
    QTest::newRow("outlook98_pop3") << "outlook98_pop3" << "outlook2003_pop3" << "pop3" << "pop.host.invalid" << "pop3user" << "pop3user@host.invalid";
    QTest::newRow("outlook98_imap") << "outlook98_imap" << "outlook2003_imap" << "imap" << "imap.host.invalid" << "imapuser" << "imapuser@host.invalid";
}

void TestAccountReaders::outlookRegistryJson()
{
    QFETCH(QString, registry);
    QFETCH(QString, fallback);
    QFETCH(QString, incomingType);
    QFETCH(QString, incomingHost);
    QFETCH(QString, incomingUser);
    QFETCH(QString, email);
    const QJsonObject root = QJsonDocument::fromJson(load(shared("outlook/comm-central-test_outlook_settings.registry.json"))).object();
    const QJsonObject regs = root.value(QStringLiteral("registries")).toObject();
    const QList<RegistryKey> keys = keysFromJson(regs.value(registry).toObject(),
                                                 regs.value(fallback.isEmpty() ? registry : fallback).toObject());
    const ReadResult r = readOutlookRegistry(keys, QStringLiteral("registry"));
    QVERIFY(r.ok());
    QCOMPARE(r.accounts.size(), 1);
    const MailAccount &a = r.accounts.constFirst();
    QCOMPARE(a.client, QString(ClientId::Outlook));
    QCOMPARE(a.smtp.host, QStringLiteral("smtp.host.invalid"));
    QCOMPARE(a.smtp.user, QStringLiteral("smtpuser"));
    QCOMPARE(a.displayName, QStringLiteral("SMTP Display Name"));
    QCOMPARE(a.email, email);
    QCOMPARE(a.replyTo, email);
    QCOMPARE(a.incoming.type, incomingType);
    QCOMPARE(a.incoming.host, incomingHost);
    QCOMPARE(a.incoming.user, incomingUser);
    QVERIFY(a.isDefault); // "Default Mail Account" = 00000001
}

void TestAccountReaders::outlookRegFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("utf16-bom-crlf") << own("outlook/outlook2016-profile.reg");
    QTest::newRow("utf8-lf") << own("outlook/outlook2016-profile-utf8.reg");
}

void TestAccountReaders::outlookRegFile()
{
    QFETCH(QString, file);
    const ReadResult r = readOutlookRegFile(load(file), file);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.accounts.size(), 3);
    const MailAccount *w = byEmail(r, QStringLiteral("worker@example.com"));
    QVERIFY(w);
    QCOMPARE(w->name, QStringLiteral("Work (IMAP)"));
    QCOMPARE(w->displayName, QStringLiteral("Example Worker"));
    QCOMPARE(w->replyTo, QStringLiteral("team@example.com"));
    QCOMPARE(w->smtp, smtp("smtp.example.com", 587, Security::StartTls, AuthId::Any, "worker@example.com"));
    QCOMPARE(w->incoming.type, QStringLiteral("imap"));
    QCOMPARE(w->incoming.port, 993);
    const MailAccount *h = byEmail(r, QStringLiteral("john@isp.example.net"));
    QVERIFY(h);
    QCOMPARE(h->displayName, QString::fromUtf8("Jöhn Dœ 张伟"));
    QCOMPARE(h->smtp, smtp("mail.isp.example.net", 25, Security::None, AuthId::None, ""));
    QVERIFY(h->popBeforeSmtp);
    QCOMPARE(h->incoming.type, QStringLiteral("pop3"));
    const MailAccount *x = byEmail(r, QStringLiteral("boss@corp.example.org"));
    QVERIFY(x);
    QVERIFY(x->smtp.host.isEmpty());
    QVERIFY(r.warnings.join(u'\n').contains(QLatin1String("Exchange")));
}

void TestAccountReaders::outlookRegedit4()
{
    const QString file = own("outlook/omi-regedit4.reg");
    const ReadResult r = readOutlookRegFile(load(file), file);
    QVERIFY(r.ok());
    QCOMPARE(r.accounts.size(), 1);
    const MailAccount &a = r.accounts.constFirst();
    QCOMPARE(a.smtp, smtp("smtp.old.example", 465, Security::Tls, AuthId::Any, "old@old.example"));
    QCOMPARE(a.replyTo, QStringLiteral("replies@old.example"));
    QVERIFY(a.isDefault); // Default Mail Account one level up from \Accounts
}

void TestAccountReaders::outlookRegBroken()
{
    const QString file = own("outlook/broken.reg");
    const ReadResult r = readOutlookRegFile(load(file), file);
    QVERIFY(r.ok());
    QCOMPARE(r.accounts.size(), 1);
    QCOMPARE(r.accounts.constFirst().smtp.host, QStringLiteral("smtp.broken.ex"));
    QCOMPARE(r.accounts.constFirst().email, QStringLiteral("ok@broken.example"));
    QVERIFY(r.warnings.size() >= 4);
}

void TestAccountReaders::regFileNotReg()
{
    const ReadResult r = readOutlookRegFile("[HKEY_CURRENT_USER]\n\"a\"=\"b\"\n", QStringLiteral("x.reg"));
    QVERIFY(!r.ok());
    QVERIFY(r.accounts.isEmpty());
    const RegistryParseResult p = parseRegFile(QByteArray("Windows Registry Editor Version 5.00\r\n\r\n[A\\B]\r\n\"v\"=hex(2):41,00,42,00,00,00\r\n\"m\"=hex(7):61,00,00,00,62,00,00,00,00,00\r\n\"q\"=hex(b):01,00,00,00,00,00,00,00\r\n@=\"def\"\r\n"));
    QVERIFY(p.error.isEmpty());
    QCOMPARE(p.keys.size(), 1);
    QCOMPARE(p.keys.constFirst().value(QStringLiteral("v"))->text, QStringLiteral("AB"));
    QCOMPARE(p.keys.constFirst().value(QStringLiteral("m"))->text, QStringLiteral("a\nb"));
    QCOMPARE(p.keys.constFirst().value(QStringLiteral("q"))->number, quint64(1));
    QCOMPARE(p.keys.constFirst().value(QString())->text, QStringLiteral("def"));
}

// ---------------------------------------------------------------------------------------------

void TestAccountReaders::appleMobileConfig()
{
    const QString file = shared("apple-mail/profiledocs-com.apple.mail.managed.mobileconfig");
    const ReadResult r = readApplePlist(load(file), file);
    QVERIFY(r.ok());
    QCOMPARE(r.accounts.size(), 1);
    const MailAccount &a = r.accounts.constFirst();
    QCOMPARE(a.client, QString(ClientId::AppleMail));
    QCOMPARE(a.smtp, smtp("", 587, Security::StartTls, AuthId::Any, ""));
    QCOMPARE(a.incoming.type, QStringLiteral("imap"));
    QCOMPARE(a.incoming.port, 993);
    QCOMPARE(a.name, QStringLiteral("Email"));
    QCOMPARE(r.warnings.size(), 1); // empty outgoing server
}

void TestAccountReaders::appleAccountsPlist()
{
    const QString file = own("apple-mail/Accounts.plist");
    const ReadResult r = readApplePlist(load(file), file);
    QVERIFY(r.ok());
    QCOMPARE(r.accounts.size(), 1);
    const MailAccount &a = r.accounts.constFirst();
    QCOMPARE(a.name, QStringLiteral("Mac & Co"));
    QCOMPARE(a.email, QStringLiteral("user@mac.example"));
    QCOMPARE(a.displayName, QString::fromUtf8("Mäc Üser"));
    QCOMPARE(a.smtp, smtp("smtp.mac.example", 587, Security::StartTls, AuthId::Any, "mac.user"));
    QCOMPARE(a.incoming.host, QStringLiteral("imap.mac.example"));
    QVERIFY(!readApplePlist("bplist00\x01\x02", QStringLiteral("x")).ok());
    QVERIFY(!readApplePlist("<plist><dict><key>a</key><string>unclosed", QStringLiteral("x")).ok());
}

void TestAccountReaders::kmailShared_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("auth");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("ref");
    QTest::newRow("DNM1008") << shared("kmail/DNM1008/mailtransports") << "smtp.office365.com" << "none" << "user@example.com" << "174192120";
    QTest::newRow("Ki11erRabbit") << shared("kmail/Ki11erRabbit/mailtransports") << "posteo.de" << "plain" << "user@example.com" << "1200639715";
    QTest::newRow("Imfkmm-kde4") << shared("kmail/Imfkmm-kde4/mailtransports") << "smtp.qq.com" << "login" << "123456789@example.com" << "890800976";
}

void TestAccountReaders::kmailShared()
{
    QFETCH(QString, file);
    QFETCH(QString, host);
    QFETCH(QString, auth);
    QFETCH(QString, user);
    QFETCH(QString, ref);
    const ReadResult r = readKMail(load(file), file);
    QVERIFY(r.ok());
    QCOMPARE(r.accounts.size(), 1);
    const MailAccount &a = r.accounts.constFirst();
    QCOMPARE(a.client, QString(ClientId::KMail));
    QCOMPARE(a.smtp.host, host);
    QCOMPARE(a.smtp.port, 0); // no port key: KMail's default
    QCOMPARE(a.smtp.security, Security::StartTls); // KMail's "TLS" is STARTTLS
    QCOMPARE(a.smtp.auth, auth);
    QCOMPARE(a.smtp.user, user);
    QCOMPARE(a.smtpRef, ref);
    QVERIFY(a.isDefault);
}

void TestAccountReaders::kmailIdentities()
{
    const QString t = own("kmail/mailtransports"), i = own("kmail/emailidentities");
    const ReadResult r = readKMail(load(t), t, load(i), i);
    QVERIFY(r.ok());
    QCOMPARE(r.accounts.size(), 3);
    QCOMPARE(r.accounts.at(0).displayName, QString::fromUtf8("Ünïcode Mé"));
    QCOMPARE(r.accounts.at(0).smtp, smtp("smtp.home.example", 587, Security::StartTls, AuthId::Plain, "me@home.example"));
    QVERIFY(r.accounts.at(0).isDefault);
    QCOMPARE(r.accounts.at(0).identitySource, i);
    QCOMPARE(r.accounts.at(1).replyTo, QStringLiteral("helpdesk@work.example"));
    QCOMPARE(r.accounts.at(1).smtp, smtp("mail.work.example", 465, Security::Tls, AuthId::None, ""));
    QCOMPARE(r.accounts.at(1).smtpRef, QStringLiteral("2002"));
    QCOMPARE(r.accounts.at(2).smtpRef, QStringLiteral("1001")); // no Transport: the default
}

void TestAccountReaders::evolutionTegami()
{
    QList<SourceFile> files;
    const QString dir = shared("evolution/tegami/sources");
    const QStringList names = QDir(dir).entryList({QStringLiteral("*.source")}, QDir::Files, QDir::Name);
    QCOMPARE(names.size(), 4);
    for (const QString &n : names)
        files.append(SourceFile{dir + u'/' + n, load(dir + u'/' + n)});
    const ReadResult r = readEvolutionSources(files);
    QVERIFY(r.ok());
    QCOMPARE(r.accounts.size(), 2);
    const MailAccount *g = byEmail(r, QStringLiteral("user@googlemail.example.org"));
    QVERIFY(g);
    QCOMPARE(g->smtp, smtp("smtp.gmail.example.org", 465, Security::Tls, AuthId::OAuth2, "user@googlemail.example.org"));
    QCOMPARE(g->smtpRef, QStringLiteral("d0669aa7f547a31b7460f04a991409ebae129940"));
    QVERIFY(g->source.endsWith(QLatin1String("d0669aa7f547a31b7460f04a991409ebae129940.source")));
    const MailAccount *f = byEmail(r, QStringLiteral("user@fastmail.example.org"));
    QVERIFY(f);
    QCOMPARE(f->displayName, QStringLiteral("Fixture User"));
    QCOMPARE(f->smtp, smtp("smtp.fastmail.example.org", 465, Security::Tls, AuthId::Plain, "user@fastmail.example.org"));
}

void TestAccountReaders::clawsCweagans()
{
    const QString file = shared("claws-mail/cweagans/accountrc");
    const ReadResult r = readClawsAccountrc(load(file), file);
    QVERIFY(r.ok());
    QCOMPARE(r.accounts.size(), 4);
    QCOMPARE(r.accounts.at(0).name, QStringLiteral("Gmail"));
    QCOMPARE(r.accounts.at(0).smtp, smtp("smtp.gmail.com", 465, Security::Tls, AuthId::Any, "user1@example.com"));
    QCOMPARE(r.accounts.at(0).incoming.type, QStringLiteral("imap")); // config_version 3: 1 = IMAP
    QVERIFY(r.accounts.at(0).isDefault);
    QCOMPARE(r.accounts.at(1).smtp, smtp("smtp.migadu.com", 465, Security::Tls, AuthId::Any, "user2@example.net"));
    QCOMPARE(r.accounts.at(3).name, QStringLiteral("Example Foundation"));
    QCOMPARE(r.accounts.at(3).email, QStringLiteral("user4@example.com"));
}

void TestAccountReaders::clawsMektub()
{
    const QString file = shared("claws-mail/Mektub/accountrc");
    const ReadResult r = readClawsAccountrc(load(file), file);
    QVERIFY(r.ok());
    QCOMPARE(r.accounts.size(), 8);
    const MailAccount &first = r.accounts.at(0);
    QCOMPARE(first.displayName, QString::fromUtf8("João Exemplo"));
    QVERIFY(first.smtp.host.isEmpty()); // /usr/bin/msmtp is a program
    QCOMPARE(first.incoming.type, QStringLiteral("local")); // no config_version: old numbering
    QCOMPARE(first.smtp.auth, QString(AuthId::Plain));       // smtp_auth_method=16
    QCOMPARE(first.smtp.security, Security::StartTls);
    QVERIFY(r.accounts.at(6).smtp.host.isEmpty()); // "msmtp"
    QCOMPARE(r.accounts.at(7).name, QStringLiteral("News - Gmane"));
    QCOMPARE(r.accounts.at(7).incoming.type, QStringLiteral("nntp"));
    QCOMPARE(r.accounts.at(7).smtp, smtp("smtp.gmail.com", 25, Security::None, AuthId::None, ""));
    QCOMPARE(r.warnings.size(), 7);
}

void TestAccountReaders::clawsAferlazzo()
{
    const QString file = shared("claws-mail/aferlazzo/accountrc");
    const ReadResult r = readClawsAccountrc(load(file), file);
    QVERIFY(r.ok());
    QCOMPARE(r.accounts.size(), 1);
    const MailAccount &a = r.accounts.constFirst();
    QVERIFY(a.popBeforeSmtp);
    QCOMPARE(a.incoming.type, QStringLiteral("pop3"));
    QCOMPARE(a.incoming.host, QStringLiteral("imap.gmail.com"));
    QCOMPARE(a.incoming.port, 993);
    QCOMPARE(a.smtp, smtp("smtp.gmail.com", 25, Security::StartTls, AuthId::Any, "user"));
}

void TestAccountReaders::msmtpUserExample()
{
    const QString file = shared("msmtp/msmtprc-user.example");
    const ReadResult r = readMsmtprc(load(file), file);
    QVERIFY(r.ok());
    QCOMPARE(r.accounts.size(), 3);
    QCOMPARE(r.accounts.at(0).name, QStringLiteral("freemail"));
    QCOMPARE(r.accounts.at(0).email, QStringLiteral("joe_smith@freemail.example"));
    QCOMPARE(r.accounts.at(0).smtp, smtp("smtp.freemail.example", 587, Security::StartTls, AuthId::Any, "joe.smith"));
    QVERIFY(r.accounts.at(0).isDefault); // account default : freemail
    QCOMPARE(r.accounts.at(1).name, QStringLiteral("freemail2"));
    QCOMPARE(r.accounts.at(1).email, QStringLiteral("joey@freemail.example"));
    QCOMPARE(r.accounts.at(1).smtp, r.accounts.at(0).smtp); // inherited
    QCOMPARE(r.accounts.at(2).smtp, smtp("mail.isp.example", 587, Security::StartTls, AuthId::Any, "12345"));
}

void TestAccountReaders::msmtpOthers()
{
    QString file = shared("msmtp/msmtprc-system.example");
    ReadResult r = readMsmtprc(load(file), file);
    QCOMPARE(r.accounts.size(), 1);
    QCOMPARE(r.accounts.at(0).smtp, smtp("mailhub.oursite.example", 465, Security::Tls, AuthId::None, ""));
    QVERIFY(r.accounts.at(0).isDefault);

    file = shared("msmtp/seirdy.msmtprc");
    r = readMsmtprc(load(file), file);
    QCOMPARE(r.accounts.size(), 2);
    QCOMPARE(r.accounts.at(0).smtp, smtp("smtp.migadu.com", 587, Security::StartTls, AuthId::Any, "user@example.com"));
    QVERIFY(r.accounts.at(0).isDefault);
    QCOMPARE(r.accounts.at(1).email, QStringLiteral("webmention@example.com"));

    file = shared("msmtp/voidrice.msmtprc");
    r = readMsmtprc(load(file), file);
    QCOMPARE(r.accounts.size(), 2);
    QCOMPARE(r.accounts.at(0).name, QStringLiteral("default"));
    QVERIFY(r.accounts.at(0).smtp.host.isEmpty());
    QCOMPARE(r.accounts.at(1).smtp, smtp("smtp.gmail.com", 587, Security::None, QLatin1String(), "YOURNAME@gmail.com"));

    file = shared("msmtp/apache-proxy-k8s-msmtprc.tpl");
    r = readMsmtprc(load(file), file);
    QCOMPARE(r.accounts.size(), 2);
    QCOMPARE(r.accounts.at(0).smtp, smtp("smtp.gmail.com", 465, Security::Tls, AuthId::Any, "myproject@example.com"));
    QCOMPARE(r.accounts.at(1).smtp, smtp("10.0.2.2", 1025, Security::None, AuthId::None, ""));
    QVERIFY(r.warnings.join(u'\n').contains(QLatin1String("{{ .Env.SMTP_ACCOUNT }}")));
}

void TestAccountReaders::msmtpEdge()
{
    const QString file = own("msmtp/edge.msmtprc");
    const ReadResult r = readMsmtprc(load(file), file);
    QCOMPARE(r.accounts.size(), 3);
    QCOMPARE(r.accounts.at(0).displayName, QStringLiteral("Base Name"));
    QCOMPARE(r.accounts.at(0).email, QStringLiteral("base@base.example"));
    QCOMPARE(r.accounts.at(1).smtp, smtp("smtp.base.example", 465, Security::Tls, AuthId::Any, "base"));
    QVERIFY(r.accounts.at(1).isDefault);
    QCOMPARE(r.accounts.at(2).smtp.auth, QString(AuthId::None));
    QVERIFY(r.warnings.size() >= 2); // settings before any account; nohost has no host
}

void TestAccountReaders::muttFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<Security>("security");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("imapHost");
    QTest::newRow("terminaldweller") << shared("neomutt/terminaldweller-account.self") << "user@example.com"
                                     << "mail.example.com" << 587 << Security::Auto << "user@example.com" << "mail.example.com";
    QTest::newRow("barroit") << shared("neomutt/barroit-@naver.com") << "" << "smtp.naver.com" << 587
                             << Security::Auto << "$imap_user" << "imap.naver.com";
    QTest::newRow("vmiklos") << shared("neomutt/vmiklos-10gmail.conf.m4") << "user@example.com" << "smtp.gmail.com" << 465
                             << Security::Tls << "user@example.com" << "imap.gmail.com";
}

void TestAccountReaders::muttFixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, email);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(Security, security);
    QFETCH(QString, user);
    QFETCH(QString, imapHost);
    const ReadResult r = readMuttrc(load(file), file);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.accounts.size(), 1);
    const MailAccount &a = r.accounts.constFirst();
    QCOMPARE(a.client, QString(ClientId::NeoMutt));
    QCOMPARE(a.email, email);
    QCOMPARE(a.smtp.host, host);
    QCOMPARE(a.smtp.port, port);
    QCOMPARE(a.smtp.security, security);
    QCOMPARE(a.smtp.user, user);
    QCOMPARE(a.incoming.host, imapHost);
}

void TestAccountReaders::gitFixtures()
{
    QString file = shared("git-send-email/xe1gyq.gitconfig");
    ReadResult r = readGitConfig(load(file), file);
    QCOMPARE(r.accounts.size(), 1);
    QCOMPARE(r.accounts.at(0).email, QStringLiteral("email@example.com"));
    QCOMPARE(r.accounts.at(0).displayName, QStringLiteral("Example User"));
    QCOMPARE(r.accounts.at(0).smtp, smtp("smtp.gmail.com", 587, Security::StartTls, AuthId::Any, "email@example.com"));

    file = shared("git-send-email/bwsd0-gitconfig.m4");
    r = readGitConfig(load(file), file);
    QVERIFY(r.ok());
    QCOMPARE(r.accounts.size(), 1);
    QCOMPARE(r.accounts.at(0).email, QStringLiteral("GIT_AUTHOR_EMAIL"));
    QCOMPARE(r.accounts.at(0).smtp, smtp("smtp.gmail.com", 587, Security::StartTls, AuthId::Any, "GIT_AUTHOR_EMAIL"));
}

void TestAccountReaders::gitIdentities()
{
    const QString file = own("git/identities.gitconfig");
    const ReadResult r = readGitConfig(load(file), file);
    QCOMPARE(r.accounts.size(), 3);
    QCOMPARE(r.accounts.at(0).smtp, smtp("smtp.example.org", 587, Security::StartTls, AuthId::Any, "git@example.org"));
    QCOMPARE(r.accounts.at(0).displayName, QString::fromUtf8("Gït Üser"));
    QCOMPARE(r.accounts.at(1).identityRef, QStringLiteral("sendemail.work"));
    QCOMPARE(r.accounts.at(1).email, QStringLiteral("work@work.example"));
    QCOMPARE(r.accounts.at(1).displayName, QStringLiteral("Work Name"));
    QCOMPARE(r.accounts.at(1).smtp, smtp("smtp.work.example", 465, Security::Tls, AuthId::Any, "git@example.org"));
    QVERIFY(r.accounts.at(1).isDefault);
    QVERIFY(r.accounts.at(2).smtp.host.isEmpty());
    QVERIFY(r.warnings.join(u'\n').contains(QLatin1String("/usr/bin/msmtp")));
}

// ---------------------------------------------------------------------------------------------

void TestAccountReaders::detectFormat_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Format>("format");
    QTest::newRow("prefs") << shared("thunderbird/helvethor/f9y4s44h.default/prefs.js") << Format::ThunderbirdPrefs;
    QTest::newRow("m4") << shared("thunderbird/netscape-m4-legacy/prefs.js") << Format::ThunderbirdPrefs;
    QTest::newRow("profiles") << shared("thunderbird/hokkaydo/profiles.ini") << Format::ThunderbirdProfiles;
    QTest::newRow("reg16") << own("outlook/outlook2016-profile.reg") << Format::RegExport;
    QTest::newRow("reg4") << own("outlook/omi-regedit4.reg") << Format::RegExport;
    QTest::newRow("mobileconfig") << shared("apple-mail/profiledocs-com.apple.mail.managed.mobileconfig") << Format::ApplePlist;
    QTest::newRow("kmail") << shared("kmail/Imfkmm-kde4/mailtransports") << Format::KMailTransports;
    QTest::newRow("kmail-ids") << own("kmail/emailidentities") << Format::KMailIdentities;
    QTest::newRow("evolution") << shared("evolution/tegami/sources/07333698cc03117632160cb8de2cc6bf11df61cb.source") << Format::EvolutionSource;
    QTest::newRow("claws") << shared("claws-mail/Mektub/accountrc") << Format::ClawsAccountrc;
    QTest::newRow("msmtp-user") << shared("msmtp/msmtprc-user.example") << Format::Msmtprc;
    QTest::newRow("msmtp-tpl") << shared("msmtp/apache-proxy-k8s-msmtprc.tpl") << Format::Msmtprc;
    QTest::newRow("msmtp-void") << shared("msmtp/voidrice.msmtprc") << Format::Msmtprc;
    QTest::newRow("mutt1") << shared("neomutt/terminaldweller-account.self") << Format::Muttrc;
    QTest::newRow("mutt2") << shared("neomutt/barroit-@naver.com") << Format::Muttrc;
    QTest::newRow("mutt3") << shared("neomutt/vmiklos-10gmail.conf.m4") << Format::Muttrc;
    QTest::newRow("git1") << shared("git-send-email/xe1gyq.gitconfig") << Format::GitConfig;
    QTest::newRow("git2") << shared("git-send-email/bwsd0-gitconfig.m4") << Format::GitConfig;
    QTest::newRow("outlook-json") << shared("outlook/comm-central-test_outlook_settings.registry.json") << Format::Unknown;
}

void TestAccountReaders::detectFormat()
{
    QFETCH(QString, file);
    QFETCH(Format, format);
    QCOMPARE(AccountReaders::detectFormat(load(file), file), format);
}

void TestAccountReaders::junkNeverCrashes_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("nul") << QByteArray("user_pref(\"a\", \0\"b\");", 21);
    QTest::newRow("elf") << QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0\x01\0\0\0", 24);
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    QTest::newRow("half-utf16") << QByteArray("\xff\xfe" "W\0i\0n\0", 7);
    QTest::newRow("latin1") << QByteArray("[Account: 1]\naddress=j\xf6rg@example.de\nname=J\xf6rg\n");
    QTest::newRow("unclosed") << QByteArray("user_pref(\"mail.identity.id1.useremail\", \"x");
    QTest::newRow("deep-plist") << QByteArray("<plist>") + QByteArray(200, '\0').replace('\0', "<array>");
    QTest::newRow("only-brackets") << QByteArray("[[[[]]]]\n[\n]\n=\n==\n");
    QTest::newRow("reg-header-only") << QByteArray("Windows Registry Editor Version 5.00");
}

void TestAccountReaders::junkNeverCrashes()
{
    QFETCH(QByteArray, data);
    const QString src = QStringLiteral("junk");
    const QList<ReadResult> results = {
        readThunderbirdPrefs(data, src), readOutlookRegFile(data, src), readApplePlist(data, src),
        readKMail(data, src, data, src), readEvolutionSources({SourceFile{src, data}}),
        readClawsAccountrc(data, src), readMsmtprc(data, src), readMuttrc(data, src),
        readGitConfig(data, src),
    };
    for (const ReadResult &r : results) {
        if (!r.ok())
            QVERIFY(r.accounts.isEmpty());
    }
    (void)AccountReaders::detectFormat(data, src);
    (void)parseProfilesIni(data, src);
}

void TestAccountReaders::hugeInputIsRefused()
{
    QByteArray huge(17 * 1024 * 1024, 'a');
    const ReadResult r = readThunderbirdPrefs(huge, QStringLiteral("huge"));
    QVERIFY(!r.ok());
    QVERIFY(r.error.contains(QLatin1String("too large")));
    QVERIFY(!readMsmtprc(huge, QStringLiteral("huge")).ok());
    QVERIFY(!readApplePlist(huge, QStringLiteral("huge")).ok());

    // Big but allowed: 5 MB of prefs with one account at the end is read in reasonable time.
    QByteArray big;
    for (int i = 0; big.size() < 5 * 1024 * 1024; ++i)
        big += "user_pref(\"extensions.filler." + QByteArray::number(i) + "\", \"" + QByteArray(60, 'x') + "\");\n";
    big += "user_pref(\"mail.identity.id1.useremail\", \"big@example.com\");\n";
    QElapsedTimer t;
    t.start();
    const ReadResult b = readThunderbirdPrefs(big, QStringLiteral("big"));
    QVERIFY(b.ok());
    QCOMPARE(b.accounts.size(), 1);
    QVERIFY2(t.elapsed() < 20000, qPrintable(QString::number(t.elapsed())));

    // Oversized file through the scanner: refused before reading.
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("huge.msmtprc")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(17 * 1024 * 1024));
    f.close();
    const ReadResult s = AccountScanner::readFile(f.fileName());
    QVERIFY(!s.ok());
}

void TestAccountReaders::randomBytesNeverCrash()
{
    QRandomGenerator rng(20240501);
    const QList<QByteArray> seeds = {
        load(shared("thunderbird/helvethor/f9y4s44h.default/prefs.js")),
        load(own("outlook/outlook2016-profile.reg")),
        load(shared("claws-mail/cweagans/accountrc")),
        load(shared("msmtp/msmtprc-user.example")),
        load(shared("git-send-email/bwsd0-gitconfig.m4")),
        load(shared("apple-mail/profiledocs-com.apple.mail.managed.mobileconfig")),
    };
    for (int round = 0; round < 200; ++round) {
        QByteArray d = seeds.at(round % seeds.size());
        // Flip, cut and insert bytes.
        for (int k = 0; k < 20; ++k) {
            const qsizetype pos = qsizetype(rng.bounded(quint32(qMax<qsizetype>(1, d.size()))));
            switch (rng.bounded(3)) {
            case 0: if (!d.isEmpty()) d[pos] = char(rng.bounded(256)); break;
            case 1: d.truncate(pos); break;
            default: d.insert(pos, char(rng.bounded(256))); break;
            }
        }
        const QString src = QStringLiteral("fuzz");
        (void)readThunderbirdPrefs(d, src);
        (void)readOutlookRegFile(d, src);
        (void)readApplePlist(d, src);
        (void)readKMail(d, src);
        (void)readClawsAccountrc(d, src);
        (void)readMsmtprc(d, src);
        (void)readMuttrc(d, src);
        (void)readGitConfig(d, src);
        (void)AccountReaders::detectFormat(d, src);
    }
}

void TestAccountReaders::jsonShape()
{
    MailAccount a;
    a.client = ClientId::Msmtp;
    a.name = QStringLiteral("n");
    a.email = QStringLiteral("e@x");
    a.smtp = smtp("h", 587, Security::StartTls, AuthId::Any, "u");
    a.incoming.type = QStringLiteral("imap");
    a.source = QStringLiteral("/s");
    const QJsonObject o = toJson(a);
    for (const char *k : {"client", "name", "email", "displayName", "replyTo", "smtp", "incoming", "source"})
        QVERIFY2(o.contains(QLatin1String(k)), k);
    const QJsonObject s = o.value(QStringLiteral("smtp")).toObject();
    QCOMPARE(s.value(QStringLiteral("host")).toString(), QStringLiteral("h"));
    QCOMPARE(s.value(QStringLiteral("port")).toInt(), 587);
    QCOMPARE(s.value(QStringLiteral("security")).toString(), QStringLiteral("starttls"));
    QCOMPARE(s.value(QStringLiteral("auth")).toString(), QStringLiteral("any"));
    QCOMPARE(s.value(QStringLiteral("user")).toString(), QStringLiteral("u"));
    const QJsonObject in = o.value(QStringLiteral("incoming")).toObject();
    QVERIFY(in.contains(QStringLiteral("type")) && in.contains(QStringLiteral("host")) && in.contains(QStringLiteral("user")));
}

QTEST_GUILESS_MAIN(TestAccountReaders)
#include "tst_accountreaders.moc"
