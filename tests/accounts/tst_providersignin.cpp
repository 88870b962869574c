// SPDX-License-Identifier: GPL-3.0-or-later
// Which provider's sign-in guidance an account gets, by its address' domain and its server.
#include "accounts/providersignin.h"

#include <QTest>

using namespace od;

Q_DECLARE_METATYPE(std::optional<od::SignInProvider>)

class TestProviderSignIn : public QObject
{
    Q_OBJECT

private slots:
    void find_data();
    void find();
    void everyRowComplete();
};

void TestProviderSignIn::find_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("address");
    QTest::addColumn<std::optional<SignInProvider>>("expected");
    using P = SignInProvider;
    auto row = [](const char *name, const char *server, const char *address, std::optional<SignInProvider> p) {
        QTest::newRow(name) << QString::fromUtf8(server) << QString::fromUtf8(address) << p;
    };
    row("gmail", "smtp.gmail.com", "alice@gmail.com", P::Gmail);
    row("gmail casing and spaces", " SMTP.Gmail.COM ", " Alice@GMail.Com ", P::Gmail);
    row("googlemail", "smtp.googlemail.com", "", P::Gmail);
    row("workspace domain through gmail", "smtp.gmail.com", "bob@example.org", P::Gmail);
    row("microsoft 365 own domain", "smtp.office365.com", "carol@contoso.example", P::Microsoft365);
    row("outlook.com address through office365", "smtp.office365.com", "dave@hotmail.com", P::OutlookCom);
    row("outlook.com server", "smtp-mail.outlook.com", "", P::OutlookCom);
    row("hotmail in another country", "", "erin@hotmail.co.uk", P::OutlookCom);
    row("live.nl", "", "frank@live.nl", P::OutlookCom);
    row("msn", "", "gina@msn.com", P::OutlookCom);
    row("yahoo", "smtp.mail.yahoo.com", "hank@yahoo.com", P::Yahoo);
    row("yahoo uk", "", "ivy@yahoo.co.uk", P::Yahoo);
    row("yahoo japan is another company", "smtp.mail.yahoo.co.jp", "ivy@yahoo.co.jp", std::nullopt);
    row("ymail", "", "jo@ymail.com", P::Yahoo);
    row("icloud", "smtp.mail.me.com", "kim@icloud.com", P::ICloud);
    row("me.com", "", "lee@me.com", P::ICloud);
    row("163", "smtp.163.com", "wang@163.com", P::NetEase);
    row("126", "", "li@126.com", P::NetEase);
    row("qq", "smtp.qq.com", "10001@qq.com", P::QQ);
    row("foxmail", "", "zhang@foxmail.com", P::QQ);
    row("tencent business mail is not qq mail", "smtp.exmail.qq.com", "boss@company.example", std::nullopt);
    row("unknown provider", "mail.example.net", "user@example.net", std::nullopt);
    row("look-alike server", "smtp.gmail.com.evil.example", "", std::nullopt);
    row("look-alike domain", "", "x@notgmail.com", std::nullopt);
    row("hotmail without country", "", "x@hotmail.", std::nullopt);
    row("empty", "", "", std::nullopt);
    row("no domain", "", "alice@", std::nullopt);
    row("control characters", "smtp.gmail.com\r\nX", "a@b\nc", std::nullopt);
}

void TestProviderSignIn::find()
{
    QFETCH(QString, server);
    QFETCH(QString, address);
    QFETCH(std::optional<SignInProvider>, expected);
    const ProviderSignIn *p = ProviderSignIns::find(server, address);
    QCOMPARE(p != nullptr, expected.has_value());
    if (p)
        QCOMPARE(int(p->provider), int(*expected));
}

void TestProviderSignIn::everyRowComplete()
{
    QList<SignInProvider> seen;
    for (const ProviderSignIn &p : ProviderSignIns::all()) {
        QVERIFY(!seen.contains(p.provider));
        seen.append(p.provider);
        QVERIFY(p.name && *p.name);
        QVERIFY2(p.guidance && *p.guidance, p.name);
        QVERIFY2(p.source && *p.source, p.name);
        QVERIFY2(!p.servers.isEmpty(), p.name);
        QVERIFY(!ProviderSignIns::guidance(p).isEmpty());
        // Each row is found by its own servers.
        for (const QString &s : p.servers) {
            const QString server = s.startsWith(QLatin1Char('.')) ? QStringLiteral("smtp") + s : s;
            const ProviderSignIn *found = ProviderSignIns::find(server, QString());
            QVERIFY2(found && found->provider == p.provider, qPrintable(server));
        }
    }
    QCOMPARE(seen.size(), 7);
}

QTEST_GUILESS_MAIN(TestProviderSignIn)
#include "tst_providersignin.moc"
