// SPDX-License-Identifier: GPL-3.0-or-later
// Bounce layouts as the Sisimai project's decoders describe them (go-sisimai lhost/via-*.go, the
// module and the commit read are named in each row): one small synthetic bounce per layout under
// fixtures/layouts/, built from the markers and the sample fragment the module documents, with
// invented addresses and hosts and a diagnostic other than the module's own sample where the
// layout does not fix its wording. Each row asserts what the layout states: the recipients, the
// diagnostic the report gives, the step when the layout names it, and the cause. Each returned
// original carries decoy words ("spf=pass", "mailbox full?", "relay access denied?") that must not
// decide anything.
#include "diagnosis/pastedecoder.h"

#include <QFile>
#include <QTest>

using namespace od;

class TestBounceLayouts : public QObject
{
    Q_OBJECT

private slots:
    void layouts_data();
    void layouts();
    void summary();

private:
    int m_rows = 0;
    int m_recipientRight = 0;
    int m_textRight = 0;
    int m_stageRight = 0;
    int m_causeRight = 0;
};

static QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(OD_TESTS_DIR "/fixtures/layouts/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

void TestBounceLayouts::layouts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("recipients");
    QTest::addColumn<QString>("text");   // part of the deciding finding's diagnostic
    QTest::addColumn<QString>("stage");  // "" when the layout does not say
    QTest::addColumn<QString>("cause");
    const auto row = [](const char *file, const char *source, QStringList rcpts, const char *text, const char *stage,
                        const char *cause) {
        Q_UNUSED(source); // where the layout is described; kept in the table for the reader
        QTest::newRow(file) << QString::fromLatin1(file) << rcpts << QString::fromUtf8(text) << QString::fromLatin1(stage)
                            << QString::fromLatin1(cause);
    };
    const auto one = [](const char *a) { return QStringList{QString::fromLatin1(a)}; };
    // Layouts that are not in the shared half of the collection.
    row("biglobe.eml", "lhost/via-biglobe.go@0e29b0e238df", one("ayumi@mail.example.ne.jp"),
        "mailbox exceeded the local limit", "", "mailbox-full");
    row("einsundeins-size.eml", "lhost/via-einsundeins.go@02714b7712e9", one("bernd@example.eu"),
        "Mail size limit exceeded", "", "message-too-large");
    row("einsundeins-remote.eml", "lhost/via-einsundeins.go@02714b7712e9", one("claire@example.fr"),
        "554 5.7.1 Message refused: spam content detected", "end-of-data", "message-rejected");
    row("imailserver-user.eml", "lhost/via-imailserver.go@02714b7712e9", one("dieter@imail.example.org"),
        "Unknown user", "", "recipient-unknown");
    row("imailserver-response.eml", "lhost/via-imailserver.go@02714b7712e9", one("erika@remote.example.net"),
        "552 5.2.2 Mailbox quota reached", "", "mailbox-full");
    row("mailmarshal.eml", "lhost/via-mailmarshal.go@11df4d13cc3f", one("fiona@example.net"),
        "552 5.3.4 Message size exceeds fixed limit", "", "message-too-large");
    row("trendmicro.eml", "lhost/via-trendmicro.go@2a4b1a3a259a", one("hiro@example.co.jp"),
        "no such mailbox here", "rcpt", "recipient-unknown");
    row("x1.eml", "lhost/via-x1.go@0795a80177eb", one("ines@example.co.jp"), "Mailbox full", "", "mailbox-full");
    row("deutschetelekom.eml", "lhost/via-deutschetelekom.go@455e18ac68d6", one("jonas@example.de"),
        "550 5.1.1 <jonas@example.de> Recipient address rejected: no such user", "", "recipient-unknown");
    row("smail3.eml", "lhost/via-deutschetelekom.go@455e18ac68d6 (Smail 3 banners)", one("karl@nohost.example.org"),
        "unknown host", "", "host-not-found");
    row("mimecast.eml", "lhost/via-mimecast.go@1246aab094d6", one("lena@example.org"),
        "552 5.2.2 Mailbox over quota", "", "mailbox-full");
    row("googleworkspace-sendas.eml", "lhost/via-googleworkspace.go@0d5f590929a2", one("marta@example.net"),
        "does not advertise AUTH capability", "ehlo", "auth-unavailable");
    row("googleworkspace-notfound.eml", "lhost/via-googleworkspace.go@0d5f590929a2", one("nils@example.net"),
        "address couldn't be found", "", "recipient-unknown");
    // Variants of layouts in the shared half that its samples do not show.
    row("exchange2007-fr.eml", "lhost/via-exchange2007.go@02714b7712e9", one("olivier@example.fr"),
        "550 5.2.3 RESOLVER.RST.RecipSizeLimit", "", "message-too-large");
    row("exchange2007-it.eml", "lhost/via-exchange2007.go@02714b7712e9", one("paola@example.ch"),
        "550 5.1.1 RESOLVER.ADR.RecipNotFound", "", "recipient-unknown");
    row("exchange2007-sv.eml", "lhost/via-exchange2007.go@02714b7712e9", one("rasmus@example.se"),
        "550 5.7.1 RESOLVER.RST.NotAuthorized", "", "sender-rejected");
    row("exchange-details.eml", "lhost/via-exchange2007.go@02714b7712e9 (Error Details)", one("sven@example.org"),
        "550 5.4.1 Recipient address rejected: Access denied", "", "recipient-unknown");
    row("notes.eml", "lhost/via-notes.go@02714b7712e9", one("tomoko@notes.example.jp"),
        "Message has exceeded maximum hop count", "", "routing-loop");
    row("domino-fr.eml", "lhost/via-domino.go@02714b7712e9", one("ulrich@domino.example.fr"),
        "non répertorié dans l'annuaire Domino", "", "recipient-unknown");
    row("qmail-es.eml", "lhost/via-qmail.go@02714b7712e9", one("valeria@correo.example.es"),
        "no mailbox here by that name", "", "recipient-unknown");
    row("exim-undisclosed.eml", "lhost/via-exim.go@02714b7712e9 (an undisclosed address)", one("xavier@example.org"),
        "User unknown in local recipient table", "rcpt", "recipient-unknown");
    row("exim-lmtp.eml", "lhost/via-exim.go@02714b7712e9 (LMTP error after)", one("yara@example.org"),
        "552 5.2.2 <yara@example.org> Over storage allocation", "end-of-data", "mailbox-full");
    row("exim-router.eml", "lhost/via-exim.go@02714b7712e9 (routers/dnslookup.c)", one("zoe@nohost.example.net"),
        "all relevant MX records point to non-existent hosts", "", "host-not-found");
    row("courier.eml", "lhost/via-courier.go@02714b7712e9 (text only)", one("adam@example.co.jp"),
        "553 5.1.8 <sender@example.com>... Domain of sender address does not exist", "mail", "sender-rejected");
    row("messagingserver.eml", "lhost/via-messagingserver.go@0e29b0e238df (text only)", one("bruno@example.jp"),
        "550 5.7.1 <bruno@example.jp>... Access denied: your IP is listed on a blocklist", "", "blocked");
    row("kddi.eml", "lhost/via-kddi.go@0e29b0e238df", one("chika@mail.example.ne.jp"), "As their mailbox is full", "",
        "mailbox-full");
    row("ezweb.eml", "lhost/via-ezweb.go@0134733433f7", one("daiki@ezweb.example.ne.jp"), "550 <daiki@ezweb.example.ne.jp>: User unknown",
        "rcpt", "recipient-unknown");
    row("postfix-notice.eml", "lhost/via-postfix.go@0a1524feea37 (SMTP server: errors from)", one("carla@elsewhere.example.net"),
        "454 4.7.1 <carla@elsewhere.example.net>: Relay access denied", "rcpt", "relay-denied");
    row("postfix-greeting.eml", "lhost/via-postfix.go@0a1524feea37 (refused to talk to me)", one("dora@example.net"),
        "554 5.7.1 Service unavailable; Client host [198.51.100.9] blocked", "greeting", "blocked");
    row("x6.eml", "lhost/via-x6.go@02714b7712e9", one("emi@example.jp"), "550 5.1.1 No such user here", "rcpt",
        "recipient-unknown");
    row("zoho.eml", "lhost/via-zoho.go@0e29b0e238df", one("felix@example.org"), "Mailbox full", "", "mailbox-full");
    row("x3.eml", "lhost/via-x3.go@02714b7712e9", one("gina@example.net"), "553 5.1.8 <sender@example.com>", "mail",
        "sender-rejected");
    row("mfilter.eml", "lhost/via-mfilter.go@02714b7712e9", one("hana@example.jp"),
        "552 5.3.4 Message size exceeds fixed maximum message size", "data", "message-too-large");
    row("qmail-greeting.eml", "lhost/via-qmail.go@02714b7712e9", one("walter@remote.example.net"),
        "501 5.5.4 Invalid EHLO/HELO domain", "ehlo", "blocked");
}

void TestBounceLayouts::layouts()
{
    QFETCH(QString, file);
    QFETCH(QStringList, recipients);
    QFETCH(QString, text);
    QFETCH(QString, stage);
    QFETCH(QString, cause);
    const QByteArray raw = fixture(file);
    const DecodeResult r = decodeBytes(raw);
    ++m_rows;
    QStringList found;
    for (const Finding &f : r.findings) {
        if (!found.contains(f.recipient, Qt::CaseInsensitive))
            found.append(f.recipient);
    }
    const Finding deciding = r.verdict.finding >= 0 ? r.findings.at(r.verdict.finding) : Finding{};
    const bool recipientRight = found == recipients;
    const bool textRight = deciding.serverText.contains(text, Qt::CaseInsensitive);
    const bool stageRight = stage.isEmpty() || stageId(deciding.stage) == stage;
    const bool causeRight = causeId(r.verdict.cause) == cause;
    m_recipientRight += recipientRight;
    m_textRight += textRight;
    m_stageRight += stageRight;
    m_causeRight += causeRight;
    QVERIFY2(recipientRight && textRight && stageRight && causeRight,
             qPrintable(QStringLiteral("recipients %1 (want %2); text \"%3\"; stage %4 (want %5); cause %6 (want %7)")
                            .arg(found.join(QLatin1Char(',')), recipients.join(QLatin1Char(',')), deciding.serverText.left(120),
                                 stageId(deciding.stage), stage, causeId(r.verdict.cause), cause)));
    // Pasted as text rather than read as a file: the same recipients and cause.
    const DecodeResult p = decodePaste(QString::fromUtf8(raw));
    QCOMPARE(causeId(p.verdict.cause), cause);
    QVERIFY(p.verdict.finding >= 0);
    QCOMPARE(p.findings.at(p.verdict.finding).recipient, recipients.first());
}

// The figures over all layouts (each is asserted above; printed for the record).
void TestBounceLayouts::summary()
{
    qInfo("layouts: %d; recipients right %d, diagnostic right %d, step right %d, cause right %d", m_rows,
          m_recipientRight, m_textRight, m_stageRight, m_causeRight);
    QVERIFY(m_rows > 0);
}

QTEST_GUILESS_MAIN(TestBounceLayouts)
#include "tst_bouncelayouts.moc"
