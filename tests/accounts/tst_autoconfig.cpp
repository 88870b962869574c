// SPDX-License-Identifier: GPL-3.0-or-later
// Autoconfig parsing (every shared ISPDB fixture) and ServerSuggester against a local HTTP
// stand-in and a DNS table. Nothing here reaches the internet: every URL points at 127.0.0.1.
#include "accounts/autoconfig.h"
#include "accounts/mailaccount.h"
#include "accounts/serversuggester.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace od;
Q_DECLARE_METATYPE(od::AutoconfigResult::Error)

namespace {

QByteArray fixture(const QString &domain)
{
    QFile f(QStringLiteral(OD_SHARED_DIR "/fixtures/autoconfig/") + domain + QLatin1String("/config-v1.1.xml"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing autoconfig fixture %s", qPrintable(domain));
    return f.readAll();
}

// A minimal HTTP/1.0 server: GET path → body from a table, 404 otherwise; optional delay.
class LocalHttpServer : public QTcpServer
{
public:
    QHash<QString, QByteArray> routes;
    QSet<QString> hang; // paths that never answer (timeout tests)
    QStringList requested;

    bool start() { return listen(QHostAddress::LocalHost, 0); }
    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }

protected:
    void incomingConnection(qintptr fd) override
    {
        auto *s = new QTcpSocket(this);
        s->setSocketDescriptor(fd);
        connect(s, &QTcpSocket::readyRead, s, [this, s]() {
            const QByteArray req = s->peek(8192);
            if (!req.contains("\r\n\r\n"))
                return;
            s->readAll();
            const QList<QByteArray> first = req.left(req.indexOf("\r\n")).split(' ');
            const QString path = first.size() > 1 ? QString::fromLatin1(first.at(1)) : QString();
            requested.append(path);
            const QString key = path.section(u'?', 0, 0);
            if (hang.contains(key))
                return;
            QByteArray resp;
            if (routes.contains(key)) {
                const QByteArray body = routes.value(key);
                resp = "HTTP/1.0 200 OK\r\nContent-Type: text/xml\r\nContent-Length: "
                       + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
            } else {
                resp = "HTTP/1.0 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
            }
            s->write(resp);
            s->disconnectFromHost();
        });
        connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
    }
};

class TableDns : public DnsResolver
{
public:
    QHash<QString, QList<SrvRecord>> srv;
    QHash<QString, QList<SrvRecord>> mx;
    QSet<QString> silent; // never answer
    QStringList asked;
    void lookup(QDnsLookup::Type type, const QString &name, QObject *context, Callback cb) override
    {
        asked.append(name);
        if (silent.contains(name))
            return;
        const QList<SrvRecord> recs = type == QDnsLookup::SRV ? srv.value(name) : mx.value(name);
        QTimer::singleShot(10, context, [cb, recs]() { cb(recs, QString()); });
    }
};

} // namespace

class TestAutoconfig : public QObject
{
    Q_OBJECT

private slots:
    void parseFixtures_data();
    void parseFixtures();
    void parseDetails();
    void parseJunk_data();
    void parseJunk();
    void srvOrdering();
    void baseDomains_data();
    void baseDomains();
    void suggesterAllSources();
    void suggesterTimeoutAndNoInternet();
    void suggesterBadInput();
};

void TestAutoconfig::parseFixtures_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QStringList>("expected"); // "host:port:security:auth"
    auto row = [](const char *d, std::initializer_list<const char *> e) {
        QStringList list;
        for (const char *x : e)
            list.append(QString::fromLatin1(x));
        QTest::newRow(d) << QString::fromLatin1(d) << list;
    };
    row("posteo.de", {"posteo.de:465:tls:password-cleartext", "posteo.de:587:starttls:password-cleartext"});
    row("gmx.net", {"mail.gmx.net:465:tls:password-cleartext", "mail.gmx.net:587:starttls:password-cleartext"});
    row("googlemail.com", {"smtp.gmail.com:465:tls:password-cleartext"});
    row("office365.com", {"smtp.office365.com:587:starttls:oauth2"});
    row("hotmail.com", {"smtp-mail.outlook.com:587:starttls:oauth2"});
    row("thinline.cz", {"smtp.cesky-hosting.cz:465:tls:password-cleartext", "smtp.cesky-hosting.cz:587:starttls:password-cleartext", "smtp.cesky-hosting.cz:25:starttls:password-cleartext"});
    row("rediffmail.com", {"smtp.rediffmail.com:586:tls:password-cleartext", "smtp.rediffmail.com:465:tls:password-cleartext", "smtp.rediffmail.com:587:none:password-cleartext"});
    row("kokuyou.ne.jp", {"smtp.kokuyou.ne.jp:25:none:none"});
    row("o2.pl", {"poczta.o2.pl:465:tls:password-cleartext", "poczta.o2.pl:587:starttls:password-cleartext"});
    row("clustermail.de", {"mail.clustermail.de:587:starttls:password-encrypted", "mail.clustermail.de:25:starttls:password-encrypted"});
    row("mx1.tiki.ne.jp", {"smtp-auth.tiki.ne.jp:587:none:password-cleartext"});
    row("mail.ru", {"smtp.mail.ru:465:tls:password-cleartext", "smtp.mail.ru:587:starttls:password-cleartext"});
    row("t-online.de", {"securesmtp.t-online.de:465:tls:password-cleartext", "securesmtp.t-online.de:587:starttls:password-cleartext"});
    row("evolution-me.com", {"smtp.me.com:465:tls:password-cleartext"});
}

void TestAutoconfig::parseFixtures()
{
    QFETCH(QString, domain);
    QFETCH(QStringList, expected);
    const AutoconfigResult r = parseAutoconfig(fixture(domain), QStringLiteral("jan.kowalski@") + domain);
    QVERIFY2(r.ok(), qPrintable(r.errorPhrase().sourceText()));
    QStringList got;
    for (const ServerSuggestion &s : r.outgoing)
        got.append(QStringLiteral("%1:%2:%3:%4").arg(s.host).arg(s.port).arg(securityId(s.security), s.auth));
    QCOMPARE(got, expected);
    QVERIFY(!r.incoming.isEmpty());
    QVERIFY(!r.displayName.isEmpty());
}

void TestAutoconfig::parseDetails()
{
    // o2.pl: client-IP restriction and %EMAILLOCALPART%.
    AutoconfigResult r = parseAutoconfig(fixture(QStringLiteral("o2.pl")), QStringLiteral("jan@o2.pl"));
    QCOMPARE(r.outgoing.size(), 2);
    QVERIFY(r.outgoing.at(0).clientIpRestricted);
    QCOMPARE(r.outgoing.at(0).user, QStringLiteral("jan"));
    QCOMPARE(r.providerId, QStringLiteral("o2.pl"));
    QVERIFY(r.domains.contains(QStringLiteral("tlen.pl")));
    // googlemail: OAuth2 listed first; the password method is preferred, both kept.
    r = parseAutoconfig(fixture(QStringLiteral("googlemail.com")), QStringLiteral("a@gmail.com"));
    QCOMPARE(r.outgoing.constFirst().auths, (QStringList{QStringLiteral("oauth2"), QStringLiteral("password-cleartext")}));
    QCOMPARE(r.outgoing.constFirst().user, QStringLiteral("a@gmail.com"));
    QCOMPARE(r.outgoing.constFirst().provider, QStringLiteral("Google Mail"));
    // office365: six incoming types, one outgoing.
    r = parseAutoconfig(fixture(QStringLiteral("office365.com")), QStringLiteral("a@contoso.example"));
    QCOMPARE(r.incoming.size(), 6);
    QCOMPARE(r.outgoing.constFirst().auths, QStringList{QStringLiteral("oauth2")});
    // tiki: %EMAILDOMAIN% in the host name is resolved.
    r = parseAutoconfig(fixture(QStringLiteral("mx1.tiki.ne.jp")), QStringLiteral("u@tiki.ne.jp"));
    QVERIFY(!r.outgoing.constFirst().host.contains(u'%'));
    // thinline.cz: non-ASCII display name, no XML declaration.
    r = parseAutoconfig(fixture(QStringLiteral("thinline.cz")), QStringLiteral("u@thinline.cz"));
    QCOMPARE(r.displayName, QString::fromUtf8("Český hosting"));
}

void TestAutoconfig::parseJunk_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<AutoconfigResult::Error>("error");
    QTest::addColumn<QString>("english");
    using E = AutoconfigResult::Error;
    QTest::newRow("empty") << QByteArray() << E::EndsEarly
                           << QStringLiteral("The autoconfig document ends before it is complete (line 1).");
    QTest::newRow("html") << QByteArray("<html><body>404</body></html>") << E::NotClientConfig
                          << QStringLiteral("This is not an autoconfig (clientConfig) document.");
    QTest::newRow("truncated") << fixture(QStringLiteral("posteo.de")).left(900) << E::EndsEarly << QString();
    QTest::newRow("mismatched tags") << QByteArray("<clientConfig version=\"1.1\">\n<emailProvider>\n</clientConfig>")
                                     << E::NotWellFormed
                                     << QStringLiteral("The autoconfig document is not well-formed XML (line 3).");
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff", 4) << E::NotWellFormed << QString();
    QTest::newRow("huge") << QByteArray(2 * 1024 * 1024, ' ') << E::TooLarge
                          << QStringLiteral("The autoconfig document is too large.");
}

void TestAutoconfig::parseJunk()
{
    QFETCH(QByteArray, xml);
    QFETCH(AutoconfigResult::Error, error);
    QFETCH(QString, english);
    const AutoconfigResult r = parseAutoconfig(xml, QStringLiteral("a@b.c"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error, error);
    QVERIFY(r.outgoing.isEmpty());
    // A code, worded when shown: the catalogue key of the accounts module, with the line.
    const Phrase phrase = r.errorPhrase();
    QCOMPARE(QString::fromLatin1(phrase.context), QStringLiteral("od::Accounts"));
    QVERIFY(!phrase.sourceText().isEmpty());
    if (!english.isEmpty())
        QCOMPARE(phrase.sourceText(), english);
}

void TestAutoconfig::srvOrdering()
{
    const QList<SrvRecord> in = {
        {QStringLiteral("b.example."), 587, 10, 5},
        {QStringLiteral("a.example."), 587, 0, 1},
        {QStringLiteral("."), 0, 0, 0},
        {QStringLiteral("c.example."), 587, 10, 50},
    };
    const QList<SrvRecord> out = orderSrvRecords(in);
    QCOMPARE(out.size(), 3);
    QCOMPARE(out.at(0).target, QStringLiteral("a.example"));
    QCOMPARE(out.at(1).target, QStringLiteral("c.example"));
    QCOMPARE(out.at(2).target, QStringLiteral("b.example"));
    const QList<ServerSuggestion> s = suggestionsFromSrv(in, true, QStringLiteral("u@example"), QStringLiteral("_submissions._tcp.example"));
    QCOMPARE(s.constFirst().security, Security::Tls);
    QCOMPARE(s.constFirst().source, QStringLiteral("srv"));
}

void TestAutoconfig::baseDomains_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("base");
    QTest::newRow("google") << "aspmx.l.google.com." << "google.com";
    QTest::newRow("outlook") << "contoso-com.mail.protection.outlook.com" << "outlook.com";
    QTest::newRow("co.uk") << "mx1.mail.example.co.uk" << "example.co.uk";
    QTest::newRow("ne.jp") << "mx1.tiki.ne.jp" << "tiki.ne.jp";
    QTest::newRow("short") << "example.org" << "example.org";
}

void TestAutoconfig::baseDomains()
{
    QFETCH(QString, host);
    QFETCH(QString, base);
    QCOMPARE(baseDomain(host), base);
}

void TestAutoconfig::suggesterAllSources()
{
    LocalHttpServer http;
    QVERIFY(http.start());
    http.routes.insert(QStringLiteral("/ispdb/posteo.de"), fixture(QStringLiteral("posteo.de")));
    http.routes.insert(QStringLiteral("/provider/posteo.de/mail/config-v1.1.xml"), fixture(QStringLiteral("o2.pl")));
    http.routes.insert(QStringLiteral("/ispdb/google.com"), fixture(QStringLiteral("googlemail.com")));
    auto dns = std::make_shared<TableDns>();
    dns->srv.insert(QStringLiteral("_submissions._tcp.posteo.de"), {{QStringLiteral("submit.posteo.de."), 465, 0, 1}});
    dns->srv.insert(QStringLiteral("_submission._tcp.posteo.de"), {{QStringLiteral("."), 0, 0, 0}});
    dns->mx.insert(QStringLiteral("posteo.de"), {{QStringLiteral("aspmx.l.google.com."), 25, 10, 0},
                                                {QStringLiteral("alt1.aspmx.l.google.com."), 25, 20, 0}});

    ServerSuggester sug;
    sug.setIspdbBaseUrl(QUrl(http.base() + QLatin1String("/ispdb/")));
    sug.setProviderUrlTemplates({http.base() + QLatin1String("/provider/%DOMAIN%/mail/config-v1.1.xml?emailaddress=%EMAIL%")});
    sug.setDnsResolver(dns);
    sug.setTimeout(3000);
    QSignalSpy spy(&sug, &ServerSuggester::finished);
    sug.start(QStringLiteral("user@posteo.de"));
    QVERIFY(spy.wait(10000));
    const QList<ServerSuggestion> s = sug.suggestions();
    QStringList got;
    for (const ServerSuggestion &x : s)
        got.append(QStringLiteral("%1 %2:%3:%4").arg(x.source, x.host).arg(x.port).arg(securityId(x.security)));
    QCOMPARE(got, (QStringList{
                      QStringLiteral("ispdb posteo.de:465:tls"),
                      QStringLiteral("ispdb posteo.de:587:starttls"),
                      QStringLiteral("autoconfig poczta.o2.pl:465:tls"),
                      QStringLiteral("autoconfig poczta.o2.pl:587:starttls"),
                      QStringLiteral("srv submit.posteo.de:465:tls"),
                      QStringLiteral("mx smtp.gmail.com:465:tls"),
                  }));
    QCOMPARE(s.at(0).user, QStringLiteral("user@posteo.de"));
    QVERIFY(s.at(2).clientIpRestricted);
    QCOMPARE(s.at(2).user, QStringLiteral("user")); // %EMAILLOCALPART%
    // Only the stand-ins were asked.
    for (const QString &q : sug.queried())
        QVERIFY2(q.startsWith(http.base()) || !q.contains(QLatin1String("://")), qPrintable(q));
    QVERIFY(http.requested.contains(QStringLiteral("/provider/posteo.de/mail/config-v1.1.xml?emailaddress=user%40posteo.de")));
    QVERIFY(dns->asked.contains(QStringLiteral("_submission._tcp.posteo.de")));
}

void TestAutoconfig::suggesterTimeoutAndNoInternet()
{
    // The defaults point at the real ISPDB: check them, then replace every one.
    ServerSuggester sug;
    QCOMPARE(sug.ispdbBaseUrl(), QUrl(QStringLiteral("https://autoconfig.thunderbird.net/v1.1/")));
    QVERIFY(sug.providerUrlTemplates().constFirst().startsWith(QLatin1String("https://autoconfig.%DOMAIN%/")));

    LocalHttpServer http;
    QVERIFY(http.start());
    http.hang.insert(QStringLiteral("/ispdb/slow.example")); // never answers
    auto dns = std::make_shared<TableDns>();
    dns->silent.insert(QStringLiteral("_submissions._tcp.slow.example"));
    dns->silent.insert(QStringLiteral("slow.example"));
    dns->srv.insert(QStringLiteral("_submission._tcp.slow.example"), {{QStringLiteral("mail.slow.example"), 587, 0, 0}});
    sug.setIspdbBaseUrl(QUrl(http.base() + QLatin1String("/ispdb/")));
    sug.setProviderUrlTemplates({http.base() + QLatin1String("/none/%DOMAIN%")});
    sug.setDnsResolver(dns);
    sug.setTimeout(500);
    QSignalSpy spy(&sug, &ServerSuggester::finished);
    QElapsedTimer t;
    t.start();
    sug.start(QStringLiteral("slow.example"));
    QVERIFY(spy.wait(5000));
    QVERIFY2(t.elapsed() < 3000, qPrintable(QString::number(t.elapsed()))); // parallel, bounded
    QCOMPARE(sug.suggestions().size(), 1);
    QCOMPARE(sug.suggestions().constFirst().host, QStringLiteral("mail.slow.example"));
    QCOMPARE(sug.suggestions().constFirst().security, Security::StartTls);
    QCOMPARE(spy.count(), 1);
    QTest::qWait(700); // late answers after the timeout do not emit again
    QCOMPARE(spy.count(), 1);
}

void TestAutoconfig::suggesterBadInput()
{
    ServerSuggester sug;
    sug.setSources({}); // nothing may go out
    QSignalSpy spy(&sug, &ServerSuggester::finished);
    sug.start(QStringLiteral("not an address/"));
    QVERIFY(spy.wait(2000));
    QVERIFY(sug.suggestions().isEmpty());
    QVERIFY(sug.queried().isEmpty());
}

QTEST_GUILESS_MAIN(TestAutoconfig)
#include "tst_autoconfig.moc"
