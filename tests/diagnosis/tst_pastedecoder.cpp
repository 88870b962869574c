// SPDX-License-Identifier: GPL-3.0-or-later
// The paste decoder: the Outlook dialog in the five languages of the seeds, our bounce fixtures
// (Postfix, Exim, qmail, Sendmail, Exchange/Office 365, Gmail; multi-recipient, encoded,
// truncated, malformed), bare replies and log lines, and hostile input.
#include "diagnosis/pastedecoder.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace od;

class TestPasteDecoder : public QObject
{
    Q_OBJECT

private slots:
    void outlookSeeds_data();
    void outlookSeeds();
    void outlookOther_data();
    void outlookOther();
    void fixtures_data();
    void fixtures();
    void fixtureDetails();
    void replies_data();
    void replies();
    void contextOrdersFixes();
    void confidence_data();
    void confidence();
    void returnedMessageIsNoEvidence_data();
    void returnedMessageIsNoEvidence();
    void bounceEvidence_data();
    void dsnRecipientsWithoutBlankLines();
    void sendmailMultilineReply();
    void refusalAfterData();
    void reportForwardedAsText();
    void sendmailSubject();
    void dragonflyMailAgent_data();
    void dragonflyMailAgent();
    void bounceEvidence();
    void json();
    void truncatedEverywhere();
    void hostile_data();
    void hostile();
};

static QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(OD_TESTS_DIR "/fixtures/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

void TestPasteDecoder::outlookSeeds_data()
{
    QTest::addColumn<QString>("dialog");
    QTest::addColumn<QString>("rejected");
    QTest::addColumn<int>("code");
    const struct { const char *file; const char *lang; const char *address; } seeds[] = {
        {"000_3c427011d49767b8.txt", "nl", "iemand@example.com"},
        {"001_ea2e207f356bd41d.txt", "sv", "someone@example.com"},
        {"002_51e6f77b7e5d3c5a.txt", "de", "jemand@example.com"},
        {"003_bb127e676797586a.txt", "zh", "someone@example.com"},
    };
    for (const auto &s : seeds) {
        QFile f(QStringLiteral(OD_SHARED_DIR "/seeds/") + QLatin1String(s.file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        int n = 0;
        for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
            if (!line.contains(QLatin1String("0x800CCC79")))
                continue;
            // The first example is the 550 with an address, the second the 553 with a placeholder.
            const bool first = n++ == 0;
            QTest::newRow(QStringLiteral("%1 %2").arg(QLatin1String(s.lang)).arg(first ? 550 : 553).toUtf8().constData())
                << line << (first ? QString::fromLatin1(s.address) : QString()) << (first ? 550 : 553);
        }
        QCOMPARE(n, 2);
    }
}

void TestPasteDecoder::outlookSeeds()
{
    QFETCH(QString, dialog);
    QFETCH(QString, rejected);
    QFETCH(int, code);
    const DecodeResult r = decodePaste(dialog);
    QCOMPARE(pasteFormatId(r.format), QStringLiteral("outlook-dialog"));
    QVERIFY(r.outlook.present);
    QCOMPARE(r.outlook.errorNumber, QStringLiteral("0x800CCC79"));
    QCOMPARE(r.outlook.port, 25);
    QCOMPARE(r.outlook.ssl, std::optional<bool>(false));
    QCOMPARE(r.outlook.serverError, code);
    QCOMPARE(r.outlook.server.toLower(), QStringLiteral("smtp.example.com"));
    QCOMPARE(r.outlook.rejectedAddress, rejected);
    QVERIFY(r.outlook.serverResponse.startsWith(QString::number(code)));
    QCOMPARE(r.findings.size(), 1);
    QCOMPARE(r.findings.first().code, code);
    QCOMPARE(r.findings.first().stage, Stage::RcptTo);
    if (code == 553)
        QCOMPARE(r.findings.first().enhanced.toString(), QStringLiteral("5.7.1"));
    QCOMPARE(causeId(r.verdict.cause), QStringLiteral("relay-denied"));
    QCOMPARE(r.verdict.owner, Owner::You);
    QVERIFY(r.verdict.fixes.contains(Fix::EnableAuth));
    QVERIFY(r.verdict.fixes.contains(Fix::UseLocalServer));
    QVERIFY(r.hasProblem());
    QCOMPARE(r, decodePaste(dialog));   // pure
}

void TestPasteDecoder::outlookOther_data()
{
    QTest::addColumn<QString>("dialog");
    QTest::addColumn<QString>("cause");
    QTest::addColumn<QString>("number");
    QTest::newRow("en 550 relay") << QStringLiteral(
        "The message could not be sent because one of the recipients was rejected by the server. The rejected e-mail "
        "address was 'bob@example.net'. Subject 'Test', Account: 'Home', Server: 'smtp.example.org', Protocol: SMTP, "
        "Server Response: '550 5.7.1 <bob@example.net>... Relaying denied', Port: 25, Secure(SSL): No, Server Error: 550, "
        "Error Number: 0x800CCC79")
        << QStringLiteral("relay-denied") << QStringLiteral("0x800CCC79");
    QTest::newRow("en sender") << QStringLiteral(
        "The message could not be sent because the server rejected the sender's e-mail address. The sender's e-mail "
        "address was 'me@example.com'. Subject 'Hi', Account: 'Work', Server: 'smtp.example.org', Protocol: SMTP, "
        "Server Response: '553 5.7.1 <me@example.com>: Sender address rejected: not owned by user me@example.org', "
        "Port: 587, Secure(SSL): Yes, Server Error: 553, Error Number: 0x800CCC78")
        << QStringLiteral("sender-rejected") << QStringLiteral("0x800CCC78");
    QTest::newRow("en bare 550 recipient") << QStringLiteral(
        "Server: 'smtp.example.org', Protocol: SMTP, Server Response: '550', Port: 25, Secure(SSL): No, "
        "Server Error: 550, Error Number: 0x800CCC79")
        << QStringLiteral("relay-denied") << QStringLiteral("0x800CCC79");
    QTest::newRow("en unknown user") << QStringLiteral(
        "Server Response: '550 5.1.1 <nobody@example.net>: Recipient address rejected: User unknown', Port: 587, "
        "Secure(SSL): No, Server Error: 550, Error Number: 0x800CCC79")
        << QStringLiteral("recipient-unknown") << QStringLiteral("0x800CCC79");
    QTest::newRow("cannot connect") << QStringLiteral(
        "The connection to the server has failed. Account: 'Home', Server: 'smtp.example.org', Protocol: SMTP, Port: 25, "
        "Secure(SSL): No, Socket Error: 10060, Error Number: 0x800CCC0E")
        << QStringLiteral("port-blocked") << QStringLiteral("0x800CCC0E");
    QTest::newRow("task reported") << QStringLiteral(
        "Task 'smtp.example.org - Sending' reported error (0x800CCC0F) : 'The connection to the server was interrupted.'")
        << QStringLiteral("port-blocked") << QStringLiteral("0x800CCC0F");
    QTest::newRow("encryption type") << QStringLiteral(
        "Your server does not support the connection encryption type you have specified. Error Number: 0x800CCC7D, "
        "Port: 465, Secure(SSL): No")
        << QStringLiteral("tls-failed") << QStringLiteral("0x800CCC7D");
    QTest::newRow("outlook smtp unreachable") << QStringLiteral(
        "Sending reported error (0x80042109) : 'Outlook cannot connect to your outgoing (SMTP) e-mail server.'")
        << QStringLiteral("port-blocked") << QStringLiteral("0x80042109");
    QTest::newRow("lower case labels") << QStringLiteral(
        "server response: '530 5.7.0 authentication required', port: 25, secure(ssl): no, error number: 0x800ccc79")
        << QStringLiteral("auth-required") << QStringLiteral("0x800CCC79");
}

void TestPasteDecoder::outlookOther()
{
    QFETCH(QString, dialog);
    QFETCH(QString, cause);
    QFETCH(QString, number);
    const DecodeResult r = decodePaste(dialog);
    QCOMPARE(pasteFormatId(r.format), QStringLiteral("outlook-dialog"));
    QCOMPARE(causeId(r.verdict.cause), cause);
    QVERIFY(r.errorNumbers.contains(number));
}

void TestPasteDecoder::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("cause");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<int>("findings");
    QTest::addColumn<QString>("recipient");
    const auto row = [](const char *file, const char *format, const char *cause, const char *owner, int n, const char *rcpt) {
        QTest::newRow(file) << QString::fromLatin1(file) << QString::fromLatin1(format) << QString::fromLatin1(cause)
                            << QString::fromLatin1(owner) << n << QString::fromLatin1(rcpt);
    };
    // A remote server refusing to relay / wanting a login is the receiving side's problem.
    row("postfix-relay.eml", "postfix", "relay-denied", "recipient", 1, "bob@example.net");
    row("postfix-multi.eml", "postfix", "recipient-unknown", "you", 2, "nobody@example.com");
    row("exim.txt", "exim", "recipient-unknown", "you", 2, "frank@example.net");
    row("qmail.txt", "qmail", "relay-denied", "recipient", 1, "heidi@example.net");
    row("sendmail.txt", "sendmail", "recipient-unknown", "you", 1, "mallory@example.net");
    row("exchange.txt", "exchange", "recipient-unknown", "you", 2, "oscar@example.net");
    row("gmail.eml", "gmail", "recipient-unknown", "you", 1, "walter@example.net");
    row("delayed.eml", "postfix", "server-unavailable", "recipient", 1, "zach@example.net");
    row("iso2022jp.eml", "postfix", "recipient-unknown", "you", 1, "kenji@example.jp");
    row("gb2312.eml", "postfix", "relay-denied", "recipient", 1, "wang@example.cn");
    row("truncated.eml", "postfix", "relay-denied", "recipient", 1, "bob@example.net");
    row("malformed.eml", "unknown", "unknown", "you", 0, "");
}

void TestPasteDecoder::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(QString, cause);
    QFETCH(QString, owner);
    QFETCH(int, findings);
    QFETCH(QString, recipient);
    const QByteArray raw = fixture(file);
    const DecodeResult r = decodeBytes(raw);
    QCOMPARE(pasteFormatId(r.format), format);
    QCOMPARE(causeId(r.verdict.cause), cause);
    QCOMPARE(ownerId(r.verdict.owner), owner);
    QCOMPARE(r.findings.size(), findings);
    if (findings) {
        QCOMPARE(r.findings.at(r.verdict.finding).recipient, recipient);
        QVERIFY(r.hasProblem());
    } else {
        QVERIFY(!r.hasProblem());
    }
    // Pasted as text rather than read as a file: the same answer.
    if (!file.contains(QLatin1String("2022")) && !file.contains(QLatin1String("gb2312"))) {
        const DecodeResult p = decodePaste(QString::fromUtf8(raw));
        QCOMPARE(causeId(p.verdict.cause), cause);
        QCOMPARE(p.findings.size(), findings);
    }
}

void TestPasteDecoder::fixtureDetails()
{
    {
        const DecodeResult r = decodeBytes(fixture(QStringLiteral("postfix-relay.eml")));
        QCOMPARE(r.generatingServer, QStringLiteral("mail.example.org"));
        const Finding &f = r.findings.first();
        QCOMPARE(f.code, 554);
        QCOMPARE(f.enhanced.toString(), QStringLiteral("5.7.1"));
        QCOMPARE(f.remoteMta, QStringLiteral("mx.example.net"));
        QCOMPARE(f.stage, Stage::RcptTo);
        QCOMPARE(f.action, QStringLiteral("failed"));
        QVERIFY(f.serverText.contains(QLatin1String("Relay access denied")));
        QCOMPARE(r.headers.to, QStringList{QStringLiteral("Bob <bob@example.net>")});
        QVERIFY(r.headers.receivedSpf.startsWith(QLatin1String("pass")));
        QCOMPARE(r.headers.received.size(), 1);
        QCOMPARE(r.headers.subject, QStringLiteral("Quarterly figures"));
        // The remote refusal leaves nothing for the sender's settings to fix.
        QVERIFY(!r.verdict.fixes.contains(Fix::EnableAuth));
    }
    {
        const DecodeResult r = decodeBytes(fixture(QStringLiteral("postfix-multi.eml")));
        QCOMPARE(causeId(r.findings.at(1).cause()), QStringLiteral("blocked"));
        QCOMPARE(r.findings.at(1).remoteMta, QStringLiteral("mail.example.test"));
        QVERIFY(r.headers.receivedSpf.startsWith(QLatin1String("softfail")));
    }
    {
        const DecodeResult r = decodeBytes(fixture(QStringLiteral("exchange.txt")));
        QCOMPARE(r.generatingServer, QStringLiteral("AM0PR01MB1234.eurprd01.prod.example.test"));
        QCOMPARE(r.findings.at(0).enhanced.toString(), QStringLiteral("5.1.10"));
        QVERIFY(r.findings.at(0).remoteMta.isEmpty());
        // The seed's example: mail.contoso refused with 530 5.7.1 -> contoso's administrators act.
        const Finding &peggy = r.findings.at(1);
        QCOMPARE(peggy.recipient, QStringLiteral("peggy@contoso.test"));
        QCOMPARE(peggy.remoteMta, QStringLiteral("mail.contoso.test"));
        QCOMPARE(peggy.code, 530);
        QCOMPARE(causeId(peggy.cause()), QStringLiteral("auth-required"));
        QCOMPARE(peggy.owner(), Owner::Recipient);
        QVERIFY(r.headers.receivedSpf.startsWith(QLatin1String("Pass")));
    }
    {
        const DecodeResult r = decodeBytes(fixture(QStringLiteral("exim.txt")));
        QCOMPARE(r.findings.at(0).stage, Stage::RcptTo);
        QCOMPARE(r.findings.at(0).remoteMta, QStringLiteral("mx.example.net"));
        QCOMPARE(r.findings.at(1).recipient, QStringLiteral("grace@nowhere.test"));
        QCOMPARE(r.findings.at(1).serverText, QStringLiteral("Unrouteable address"));
        QCOMPARE(r.generatingServer, QStringLiteral("mx.example.org"));
    }
    {
        const DecodeResult r = decodeBytes(fixture(QStringLiteral("qmail.txt")));
        QCOMPARE(r.findings.first().code, 553);
        QCOMPARE(r.findings.first().remoteMta, QStringLiteral("192.0.2.60"));
        QCOMPARE(r.generatingServer, QStringLiteral("mail.example.org"));
    }
    {
        const DecodeResult r = decodeBytes(fixture(QStringLiteral("sendmail.txt")));
        QCOMPARE(r.findings.first().remoteMta, QStringLiteral("mx.example.net"));
        QCOMPARE(r.findings.first().stage, Stage::RcptTo);
    }
    {
        const DecodeResult r = decodeBytes(fixture(QStringLiteral("gmail.eml")));
        QCOMPARE(r.findings.first().remoteMta, QStringLiteral("mx.example.net"));
        QCOMPARE(r.headers.subject, QStringLiteral("Lunch"));
    }
    {
        const DecodeResult r = decodeBytes(fixture(QStringLiteral("delayed.eml")));
        QVERIFY(r.findings.first().isTransient());
        QCOMPARE(r.verdict.fixes.first(), Fix::WaitRetry);
    }
    {
        const DecodeResult r = decodeBytes(fixture(QStringLiteral("iso2022jp.eml")));
        QCOMPARE(r.headers.subject, QStringLiteral("配信エラー"));
        QCOMPARE(r.findings.first().stage, Stage::RcptTo);
    }
    {
        const DecodeResult r = decodeBytes(fixture(QStringLiteral("truncated.eml")));
        QVERIFY(r.truncated);
    }
    {
        const DecodeResult r = decodeBytes(fixture(QStringLiteral("malformed.eml")));
        QVERIFY(r.malformed);
        QCOMPARE(r.verdict.finding, -1);
    }
}

void TestPasteDecoder::replies_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("cause");
    QTest::addColumn<QString>("recipient");
    QTest::newRow("postfix reply") << QStringLiteral("554 5.7.1 <bob@example.net>: Relay access denied")
                                   << QStringLiteral("reply") << QStringLiteral("relay-denied") << QStringLiteral("bob@example.net");
    QTest::newRow("qmail reply") << QStringLiteral("553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)")
                                 << QStringLiteral("reply") << QStringLiteral("relay-denied") << QString();
    QTest::newRow("words only") << QStringLiteral("Relay access denied")
                                << QStringLiteral("reply") << QStringLiteral("relay-denied") << QString();
    QTest::newRow("maillog line") << QStringLiteral(
        "Jun  4 10:15:02 mail postfix/smtp[4242]: 4F1A21C0042: to=<bob@example.net>, relay=mx.example.net[192.0.2.10]:25, "
        "delay=1.2, dsn=5.1.1, status=bounced (host mx.example.net[192.0.2.10] said: 550 5.1.1 <bob@example.net>: "
        "Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command))")
        << QStringLiteral("postfix") << QStringLiteral("recipient-unknown") << QStringLiteral("bob@example.net");
    QTest::newRow("gmail multiline") << QStringLiteral(
        "550-5.7.26 This mail is unauthenticated, which poses a security risk to the\n"
        "550-5.7.26 sender and Gmail users, and has been blocked. The sender must\n"
        "550 5.7.26 authenticate with at least one of SPF or DKIM.")
        << QStringLiteral("reply") << QStringLiteral("domain-auth-failed") << QString();
    QTest::newRow("exchange 5.7.57") << QStringLiteral("530 5.7.57 Client not authenticated to send mail. Error: 535 5.7.139")
                                     << QStringLiteral("reply") << QStringLiteral("auth-required") << QString();
    QTest::newRow("opensmtpd") << QStringLiteral("550 Invalid recipient: <bob@example.net>")
                               << QStringLiteral("reply") << QStringLiteral("recipient-unknown") << QStringLiteral("bob@example.net");
    QTest::newRow("greylist") << QStringLiteral("450 4.7.1 <bob@example.net>: Recipient address rejected: Greylisted for 5 minutes")
                              << QStringLiteral("reply") << QStringLiteral("server-unavailable") << QStringLiteral("bob@example.net");
    QTest::newRow("iis") << QStringLiteral("550 5.7.1 Unable to relay for bob@example.net")
                         << QStringLiteral("reply") << QStringLiteral("relay-denied") << QStringLiteral("bob@example.net");
    QTest::newRow("positive") << QStringLiteral("250 2.0.0 Ok: queued as 4F1A21C0042")
                              << QStringLiteral("reply") << QStringLiteral("ok") << QString();
    QTest::newRow("junk") << QStringLiteral("hello, my mail does not work :(")
                          << QStringLiteral("unknown") << QStringLiteral("unknown") << QString();
    QTest::newRow("numbers not codes") << QStringLiteral("Port 25, room 550b, 192.0.2.250, 2024-06-04, 5501")
                                       << QStringLiteral("unknown") << QStringLiteral("unknown") << QString();
    QTest::newRow("empty") << QString() << QStringLiteral("unknown") << QStringLiteral("unknown") << QString();
}

void TestPasteDecoder::replies()
{
    QFETCH(QString, text);
    QFETCH(QString, format);
    QFETCH(QString, cause);
    QFETCH(QString, recipient);
    const DecodeResult r = decodePaste(text);
    QCOMPARE(pasteFormatId(r.format), format);
    QCOMPARE(causeId(r.verdict.cause), cause);
    if (r.verdict.finding >= 0)
        QCOMPARE(r.findings.at(r.verdict.finding).recipient, recipient);
    // Odd casing and surrounding noise change nothing.
    const DecodeResult upper = decodePaste(QStringLiteral("  \n> ") + text.toUpper() + QStringLiteral("\n\n"));
    if (format == QLatin1String("reply"))
        QCOMPARE(causeId(upper.verdict.cause), cause);
}

void TestPasteDecoder::contextOrdersFixes()
{
    const QString relay = QStringLiteral("554 5.7.1 <bob@example.net>: Relay access denied");
    const DecodeResult travel = decodePaste(relay, {Location::Travel, AccountKind::Home});
    QCOMPARE(travel.verdict.fixes.first(), Fix::EnableAuth);
    const DecodeResult work = decodePaste(relay, {Location::Work, AccountKind::Home});
    QCOMPARE(work.verdict.fixes.first(), Fix::UseLocalServer);
    const DecodeResult home = decodePaste(relay, {Location::Home, AccountKind::Home});
    QVERIFY(home.verdict.fixes.indexOf(Fix::ContactProvider) < home.verdict.fixes.indexOf(Fix::UseLocalServer)
            || !home.verdict.fixes.contains(Fix::UseLocalServer));
}

// How sure each reading is, and "unknown" rather than a guess.
void TestPasteDecoder::confidence_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("cause");       // the verdict's
    QTest::addColumn<QString>("confidence");
    QTest::addColumn<QString>("guess");       // the deciding finding's own cause ("" = no finding)
    QTest::newRow("code and words agree") << QStringLiteral("550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown")
        << "recipient-unknown" << "high" << "recipient-unknown";
    QTest::newRow("words only") << QStringLiteral("Relay access denied") << "relay-denied" << "medium" << "relay-denied";
    QTest::newRow("specific code only") << QStringLiteral("550 5.2.2 sorry") << "mailbox-full" << "medium" << "mailbox-full";
    QTest::newRow("bare code out of context") << QStringLiteral("550 please see our web site") << "unknown" << "low" << "unknown";
    QTest::newRow("class only") << QStringLiteral("554 5.0.0 see https://example.net/e/42") << "unknown" << "low" << "unknown";
    QTest::newRow("vague words") << QStringLiteral("451 Requested action aborted: try again later") << "unknown" << "low" << "server-unavailable";
    QTest::newRow("protocol family says little") << QStringLiteral("550 5.5.0 error 17, see the log") << "unknown" << "low" << "protocol-error";
    QTest::newRow("sender restriction") << QStringLiteral("554 5.7.1 <a@example.org>: Sender address rejected: Domain not found")
        << "sender-rejected" << "high" << "sender-rejected";
    QTest::newRow("recipient restriction, reason unreadable") << QStringLiteral("550 5.7.0 <a@example.org>: Recipient address rejected: Zugriff verweigert (Richtlinie 7)")
        << "unknown" << "low" << "recipient-unknown";
    QTest::newRow("recipient restriction, reason readable") << QStringLiteral("550 5.7.0 <a@example.org>: Recipient address rejected: Mailbox is full")
        << "mailbox-full" << "high" << "mailbox-full";
    QTest::newRow("outlook number") << QStringLiteral("Server Response: '550 x', Port: 25, Secure(SSL): No, Error Number: 0x800CCC79")
        << "relay-denied" << "high" << "relay-denied";
    // A number registered as the answer to AUTH, with the reply code registered for it, with
    // another reply code, and with another reply code but words that say the same.
    QTest::newRow("login code with its own reply code") << QStringLiteral("534 5.7.9 Please use a stronger login method")
        << "auth-unavailable" << "medium" << "auth-unavailable";
    QTest::newRow("login code with a refusal's reply code") << QStringLiteral("554 5.7.9 Rejected")
        << "unknown" << "low" << "auth-unavailable";
    QTest::newRow("login code with a refusal's reply code, words agree") << QStringLiteral("554 5.7.8 Authentication credentials invalid")
        << "auth-failed" << "high" << "auth-failed";
}

void TestPasteDecoder::confidence()
{
    QFETCH(QString, text);
    QFETCH(QString, cause);
    QFETCH(QString, confidence);
    QFETCH(QString, guess);
    const DecodeResult r = decodePaste(text);
    QCOMPARE(causeId(r.verdict.cause), cause);
    QCOMPARE(confidenceId(r.verdict.confidence), confidence);
    QVERIFY(r.verdict.finding >= 0);
    QCOMPARE(causeId(r.findings.at(r.verdict.finding).cause()), guess);
    QCOMPARE(r.verdict.isUnsure(), cause == QLatin1String("unknown"));
    QCOMPARE(toJson(r).value(QLatin1String("verdict")).toObject().value(QLatin1String("confidence")).toString(), confidence);
}

// The returned copy of the original message is never evidence: its headers speak of SPF and
// DKIM, its text may say anything. A report in a language the decoder does not read gives
// "unknown" (or what its structured fields say), not a guess from stray words.
void TestPasteDecoder::returnedMessageIsNoEvidence_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("cause");
    const QByteArray originalHeaders =
        "Return-Path: <alice@example.org>\r\n"
        "Received-SPF: pass (example.net: domain of alice@example.org designates 192.0.2.1 as permitted sender)\r\n"
        "Authentication-Results: mx.example.net; spf=pass smtp.mailfrom=alice@example.org; dkim=fail\r\n"
        "DKIM-Signature: v=1; a=rsa-sha256; d=example.org; s=s1; b=abc\r\n"
        "From: Alice <alice@example.org>\r\nTo: team@lists.example.net\r\nSubject: relay access denied? mailbox full?\r\n";
    QTest::newRow("inline copy after a separator")
        << QByteArray("From: Mail Delivery Subsystem <mailer-daemon@example.net>\r\nTo: alice@example.org\r\n"
                      "Subject: Delivery Status Notification\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                      "\xe3\x81\x93\xe3\x81\xae\xe3\x82\xb0\xe3\x83\xab\xe3\x83\xbc\xe3\x83\x97\xe3\x81\xab\xe3\x81\xaf\xe6\x8a\x95\xe7\xa8\xbf\xe3\x81\xa7\xe3\x81\x8d\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93\xe3\x80\x82\r\n\r\n"
                      "----- Original message -----\r\n\r\n") + originalHeaders + "\r\nRelay access denied. Mailbox full.\r\n"
        << "unknown";
    QTest::newRow("inline copy without a separator")
        << QByteArray("From: MAILER-DAEMON@example.net\r\nSubject: Returned mail\r\n\r\n"
                      "Le message n'a pas pu \xc3\xaatre remis.\r\n\r\n") + originalHeaders + "\r\nRelay access denied\r\n"
        << "unknown";
    QTest::newRow("attached copy with a multipart body")
        << QByteArray("From: MAILER-DAEMON@example.net\r\nSubject: Undeliverable\r\nMIME-Version: 1.0\r\n"
                      "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\r\n\r\n"
                      "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nNachricht konnte nicht zugestellt werden.\r\n"
                      "--b1\r\nContent-Type: message/rfc822\r\n\r\n") + originalHeaders
           + "MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=\"b2\"\r\n\r\n"
             "--b2\r\nContent-Type: text/plain\r\n\r\n554 5.7.1 Relay access denied\r\n--b2--\r\n--b1--\r\n"
        << "unknown";
    QTest::newRow("DSN fields decide, text unreadable")
        << QByteArray("From: MAILER-DAEMON@example.net\r\nSubject: Undeliverable\r\nMIME-Version: 1.0\r\n"
                      "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\r\n\r\n"
                      "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\xd0\x9f\xd0\xb8\xd1\x81\xd1\x8c\xd0\xbc\xd0\xbe \xd0\xbd\xd0\xb5 \xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd0\xb0\xd0\xb2\xd0\xbb\xd0\xb5\xd0\xbd\xd0\xbe.\r\n"
                      "--b1\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.net\r\n\r\n"
                      "Final-Recipient: rfc822; bob@example.net\r\nAction: failed\r\nStatus: 5.2.2\r\n\r\n"
                      "--b1\r\nContent-Type: text/rfc822-headers\r\n\r\n") + originalHeaders + "--b1--\r\n"
        << "mailbox-full";
}

void TestPasteDecoder::returnedMessageIsNoEvidence()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, cause);
    const DecodeResult r = decodeBytes(raw);
    QCOMPARE(causeId(r.verdict.cause), cause);
    for (const Finding &f : r.findings) {
        QVERIFY2(f.cause() != Cause::DomainAuthFailed && f.cause() != Cause::RelayDenied, qPrintable(f.meaning.rule));
        QVERIFY2(!f.serverText.contains(QLatin1String("spf="), Qt::CaseInsensitive), qPrintable(f.serverText));
    }
    // The same as a paste.
    QCOMPARE(causeId(decodePaste(QString::fromUtf8(raw)).verdict.cause), cause);
}

// Bounce-level reasoning: a temporary failure that ended the delivery, a delay notice, policy
// deferrals, and submission causes read from a code alone in a remote server's reply.
void TestPasteDecoder::bounceEvidence_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("diagnostic");
    QTest::addColumn<QString>("cause");
    QTest::newRow("gave up after time-outs") << "failed" << "4.4.1" << "" << "delivery-expired";
    QTest::newRow("delay notice") << "delayed" << "4.4.1" << "" << "server-unavailable";
    QTest::newRow("delay, time is up") << "delayed" << "4.4.7" << "" << "delivery-expired";
    QTest::newRow("policy deferral given up") << "failed" << "4.7.0"
        << "smtp; 421 4.7.0 [TS01] Messages from 192.0.2.1 temporarily deferred due to user complaints" << "blocked";
    QTest::newRow("specific temporary cause kept") << "failed" << "4.2.2" << "smtp; 452 4.2.2 Mailbox full" << "mailbox-full";
    // A login code with a refusal's reply code: receiving servers reuse the number (Yahoo's
    // "554 5.7.9 Message not accepted for policy reasons" is a DMARC refusal).
    QTest::newRow("login code with a refusal's reply code") << "failed" << "5.7.9"
        << "smtp; 554 5.7.9 See https://postmaster.example.net/e/79" << "unknown";
    QTest::newRow("login code with 550") << "failed" << "5.7.9" << "smtp; 550 5.7.9 Rejected" << "unknown";
    // Replies registered as answers to AUTH (RFC 4954 section 6): the sending server's login to
    // its relay failed.
    QTest::newRow("registered login reply 535 5.7.8") << "failed" << "5.7.8"
        << "smtp; 535 5.7.8 See https://relay.example.org/e/78" << "auth-failed";
    QTest::newRow("registered login reply 534 5.7.9") << "failed" << "5.7.9"
        << "smtp; 534 5.7.9 See https://relay.example.org/e/79" << "auth-unavailable";
    QTest::newRow("registered login reply 538 5.7.11") << "failed" << "5.7.11"
        << "smtp; 538 5.7.11 See https://relay.example.org/e/711" << "tls-required";
    QTest::newRow("login code alone in the Status field") << "failed" << "5.7.9" << "" << "auth-unavailable";
    QTest::newRow("530 5.7.0 from a remote server") << "failed" << "5.7.0" << "smtp; 530 5.7.0 See https://mx.example.net/e/70"
        << "auth-required";
    QTest::newRow("5.7.0 alone names nothing") << "failed" << "5.7.0" << "" << "unknown";
    QTest::newRow("media error") << "failed" << "5.6.0"
        << "smtp; 550 5.6.0 <bob@example.net>: Recipient address rejected: Media error" << "message-rejected";
    QTest::newRow("internal error of the receiving system") << "failed" << "5.3.0"
        << "smtp; 554 5.3.0 <bob@example.net>: Recipient address rejected: Internal system error" << "server-unavailable";
    QTest::newRow("Postfix's words around the reply") << "failed" << "5.0.0"
        << "X-Postfix; host mx.example.net[192.0.2.1] said: 550 Protocol violation (in reply to DATA command)"
        << "message-rejected";
    QTest::newRow("REQUIRETLS") << "failed" << "5.7.30" << "smtp; 550 5.7.30 REQUIRETLS support required" << "tls-required";
    QTest::newRow("bad sequence of commands") << "failed" << "5.5.0" << "smtp;503 Improper sequence of commands"
        << "protocol-error";
    QTest::newRow("remote server asks for a login in words") << "failed" << "5.0.0"
        << "smtp; 550 Please turn on SMTP Authentication in your mail client" << "auth-required";
    QTest::newRow("dns failure") << "failed" << "5.4.4"
        << "X-Postfix; Name service error for name=example.org type=MX: Malformed or unexpected name server reply" << "host-not-found";
    QTest::newRow("reason in the status comment") << "failed" << "4.0.0 (example.net: host name lookup failure)" << ""
        << "host-not-found";
    QTest::newRow("null MX") << "failed" << "5.0.0" << "X-Exim; an MX or SRV record indicated no SMTP service" << "host-not-found";
    QTest::newRow("reference code beats the words") << "failed" << "5.1.0"
        << "smtp; 550 5.1.0 <alice@example.org> sender rejected. Refer to Error Codes section at https://www.cox.com/ AUP#CDRBL"
        << "blocked";
    QTest::newRow("numbered reference code") << "failed" << "5.1.0"
        << "smtp; 550 5.1.0 <alice@example.org> sender rejected. Please see https://www.spectrum.net/ AUP#In-1310" << "rate-limited";
    QTest::newRow("reference code with a range") << "failed" << "4.2.0"
        << "smtp; 421 4.2.0 Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR005_505 [505]"
        << "server-unavailable";
    QTest::newRow("unknown reference code, words decide") << "failed" << "4.2.1"
        << "smtp; 421 4.2.1 Service refuse. Veuillez essayer plus tard. Service refused, please try later. LPN006_107"
        << "blocked";
    QTest::newRow("greeting line before the refusal") << "failed" << "4.2.1"
        << "smtp; 220-mx.example.net 421 4.2.1 Service refused, please try later." << "blocked";
    QTest::newRow("folded multi-line reply") << "failed" << "5.7.1"
        << "smtp; 550-5.7.1 [192.0.2.1 13] Messages with multiple 550 5.7.1 addresses in From: header are not accepted." << "message-rejected";
    QTest::newRow("bare 5.7.1 names nothing") << "failed" << "5.7.1"
        << "smtp; 550 5.7.1 <alice@example.org>... Access denied" << "unknown";
    QTest::newRow("vague restriction reason") << "failed" << "5.7.1"
        << "smtp; 550 5.7.1 <bob@example.net>: Recipient address rejected: Please try again later!" << "unknown";
    QTest::newRow("temporarily locked mailbox") << "failed" << "5.7.1"
        << "smtp; 550 5.7.1 <bob@example.net>: Recipient address rejected: User bob temporary locked. Please try again later!"
        << "mailbox-disabled";
    QTest::newRow("delay notice in expiry words") << "delayed" << "4.4.1"
        << "smtp; The recipient server did not accept our requests to connect." << "server-unavailable";
    QTest::newRow("unreachable host given up") << "failed" << "" << "smtp; Host not reachable." << "delivery-expired";
    // A temporary failure that ended the delivery, in words that name what failed at the receiving
    // system: that, not "given up", is the reason.
    QTest::newRow("named system failure given up") << "failed" << "4.0.0" << "smtp; 451 local configuration error"
        << "server-unavailable";
    QTest::newRow("vague system failure given up") << "failed" << "4.0.0" << "smtp; 451 Requested action aborted: try again later"
        << "delivery-expired";
}

void TestPasteDecoder::bounceEvidence()
{
    QFETCH(QString, action);
    QFETCH(QString, status);
    QFETCH(QString, diagnostic);
    QFETCH(QString, cause);
    QString raw = QStringLiteral(
        "From: MAILER-DAEMON@mx.example.org\r\nSubject: Delivery report\r\nMIME-Version: 1.0\r\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n"
        "--b\r\nContent-Type: text/plain\r\n\r\nDelivery report.\r\n"
        "--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.org\r\n\r\n"
        "Final-Recipient: rfc822; bob@example.net\r\nAction: %1\r\nStatus: %2\r\nRemote-MTA: dns; mx.example.net\r\n")
                      .arg(action, status);
    if (!diagnostic.isEmpty())
        raw += QStringLiteral("Diagnostic-Code: ") + diagnostic + QStringLiteral("\r\n");
    raw += QStringLiteral("\r\n--b--\r\n");
    const DecodeResult r = decodeBytes(raw.toUtf8());
    QCOMPARE(pasteFormatId(r.format), QStringLiteral("dsn"));
    QCOMPARE(causeId(r.verdict.cause), cause);
    // In a bounce, a refused login or a demand for encryption concerns the sending server and
    // its relay; a remote server that wants a login is the receiving side's configuration.
    if (cause == QLatin1String("auth-failed") || cause == QLatin1String("auth-unavailable")
        || cause == QLatin1String("tls-required")) {
        QCOMPARE(r.verdict.owner, Owner::Provider);
        QVERIFY2(r.findings.at(r.verdict.finding).meaning.rule.endsWith(QLatin1String("+relay")),
                 qPrintable(r.findings.at(r.verdict.finding).meaning.rule));
    }
    if (cause == QLatin1String("auth-required"))
        QCOMPARE(r.verdict.owner, Owner::Recipient);
}

// Some MTAs write the per-recipient fields of several recipients without a blank line between
// them: each Status and Diagnostic-Code stays with the recipient it follows.
void TestPasteDecoder::dsnRecipientsWithoutBlankLines()
{
    const QByteArray raw =
        "From: Postmaster <postmaster@example.net>\r\nSubject: Undeliverable\r\nMIME-Version: 1.0\r\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n"
        "--b\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n"
        "--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.net\r\n\r\n"
        "Final-Recipient: rfc822; carol@example.com\r\nOriginal-Recipient: rfc822;carol@example.com\r\n"
        "Action: failed\r\nStatus: 5.2.2\r\nDiagnostic-Code: smtp; 550 5.2.2 <carol@example.com>... Mailbox Full\r\n"
        "Final-Recipient: rfc822; dave@example.com\r\nOriginal-Recipient: rfc822;dave@example.com\r\n"
        "Action: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 <dave@example.com>... User Unknown\r\n"
        "\r\n--b--\r\n";
    const DecodeResult r = decodeBytes(raw);
    QCOMPARE(r.findings.size(), 2);
    QCOMPARE(r.findings.at(0).recipient, QStringLiteral("carol@example.com"));
    QCOMPARE(r.findings.at(0).cause(), Cause::MailboxFull);
    QCOMPARE(r.findings.at(1).recipient, QStringLiteral("dave@example.com"));
    QCOMPARE(r.findings.at(1).cause(), Cause::RecipientUnknown);
    QVERIFY(r.findings.at(1).serverText.contains(QLatin1String("dave@")));
}

// Sendmail's "(reason: ...)" keeps only the first line of a multi-line reply; the transcript
// has all of it (with the enhanced code repeated on every line).
void TestPasteDecoder::sendmailMultilineReply()
{
    const QString text = QStringLiteral(
        "   ----- The following addresses had permanent fatal errors -----\n"
        "<bob@example.net>\n"
        "    (reason: 552-5.7.0 This message was blocked because its content presents a potential)\n\n"
        "   ----- Transcript of session follows -----\n"
        "... while talking to mx.example.net.:\n"
        ">>> DATA\n"
        "<<< 552-5.7.0 This message was blocked because its content presents a potential\n"
        "<<< 552-5.7.0 security issue. Please visit\n"
        "<<< 552 5.7.0 https://support.google.com/mail/answer/6590 to review our guidelines.\n"
        "554 5.0.0 Service unavailable\n");
    const DecodeResult r = decodePaste(text);
    QCOMPARE(pasteFormatId(r.format), QStringLiteral("sendmail"));
    QCOMPARE(r.findings.size(), 1);
    QCOMPARE(r.findings.first().serverText, QStringLiteral(
        "552 5.7.0 This message was blocked because its content presents a potential security issue. Please visit "
        "https://support.google.com/mail/answer/6590 to review our guidelines."));
    QCOMPARE(r.verdict.cause, Cause::MessageRejected);
    // The mailer's own line names the reason when no reply was quoted.
    const DecodeResult d = decodePaste(QStringLiteral(
        "   ----- The following addresses had permanent fatal errors -----\n<bob@example.net>\n\n"
        "   ----- Transcript of session follows -----\n"
        "<bob@example.net>... Deferred: Name server: example.net.: host name lookup failure\n"
        "Message could not be delivered for 5 days\n"));
    QCOMPARE(d.verdict.cause, Cause::HostNotFound);
}

// "Unknown user" in reply to the end of DATA: the recipient was accepted at RCPT TO; what the
// refusal is about is not sure (a filter's refusal in the words of an unknown user).
void TestPasteDecoder::refusalAfterData()
{
    const QString postfix = QStringLiteral(
        "This is the mail system at host mx.example.org.\n\n"
        "<bob@example.net>: host mx.example.net[192.0.2.2] said: 550 Unknown user bob@example.net (in\n"
        "    reply to end of DATA command)\n");
    DecodeResult r = decodePaste(postfix);
    QCOMPARE(r.verdict.cause, Cause::Unknown);
    QCOMPARE(r.findings.first().cause(), Cause::RecipientUnknown);
    QCOMPARE(r.findings.first().confidence, Confidence::Low);
    // At RCPT TO it is what it says.
    r = decodePaste(QString(postfix).replace(QLatin1String("end of DATA"), QLatin1String("RCPT TO")));
    QCOMPARE(r.verdict.cause, Cause::RecipientUnknown);
    // An addressing code (LMTP's per-recipient replies after DATA) is believed.
    r = decodePaste(QString(postfix).replace(QLatin1String("550 Unknown"), QLatin1String("550 5.1.1 Unknown")));
    QCOMPARE(r.verdict.cause, Cause::RecipientUnknown);
}

// A delivery report forwarded inside a text part: the outer text says nothing, the report that
// follows it (from a mailer daemon, multipart/report) is the evidence, not a returned original.
void TestPasteDecoder::reportForwardedAsText()
{
    const QByteArray inner =
        "Return-Path: <>\nDate: Thu, 29 Apr 2015 23:34:45 +0900\n"
        "From: MAILER-DAEMON@relay.example.net (Mail Delivery System)\nSubject: Undelivered Mail Returned to Sender\n"
        "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"in\"\n\n"
        "--in\nContent-Type: text/plain\n\nThis is the mail system at host relay.example.net.\n\n"
        "<bob@example.com>: host mx.example.com[192.0.2.5] said: 552 5.2.2 Mailbox full (in reply to RCPT TO command)\n\n"
        "--in\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; relay.example.net\n\n"
        "Final-Recipient: rfc822; bob@example.com\nAction: failed\nStatus: 5.2.2\n\n--in--\n";
    const QByteArray outer = QByteArray(
        "From: support@example.net\nTo: alice@example.org\nSubject: Fw: your mail\nContent-Type: text/plain; charset=utf-8\n\n"
        "\xe3\x81\x93\xe3\x81\xae\xe3\x83\xa1\xe3\x83\xbc\xe3\x83\xab\n\n") + inner;
    const DecodeResult r = decodeBytes(outer);
    QCOMPARE(r.verdict.cause, Cause::MailboxFull);
    QCOMPARE(r.findings.first().recipient, QStringLiteral("bob@example.com"));
    // A returned original (not a report) after the same text stays no evidence.
    QByteArray original = outer;
    original.replace("MAILER-DAEMON@relay.example.net", "carol@example.net");
    original.replace("multipart/report; report-type=delivery-status;", "multipart/mixed;");
    QCOMPARE(decodeBytes(original).verdict.cause, Cause::Unknown);
}

// Sendmail names the error in the report's subject ("Returned mail: %s", savemail.c); it is the
// reason only when the report itself says nothing sure.
void TestPasteDecoder::sendmailSubject()
{
    const auto bounce = [](const char *subject, const char *body) {
        return decodeBytes(QByteArray("From: Mail Delivery Subsystem <MAILER-DAEMON@example.org>\nSubject: ") + subject
                           + "\nContent-Type: text/plain\n\nThe original message was received at Thu, 13 Oct 2015\n"
                             "----- The following addresses had permanent delivery errors -----\n" + body);
    };
    QCOMPARE(bounce("Returned mail: User unknown", "").verdict.cause, Cause::RecipientUnknown);
    QCOMPARE(bounce("Returned mail: see transcript for details", "").verdict.cause, Cause::Unknown);
    QCOMPARE(bounce("Returned mail: User unknown", "").findings.first().meaning.rule,
             QStringLiteral("layout:sendmail-subject/wording:recipient-unknown"));
    // The report's own sure reading wins over the subject.
    QCOMPARE(bounce("Returned mail: User unknown", "bob@example.net: 552 5.2.2 Mailbox full\n").verdict.cause,
             Cause::MailboxFull);
}

// The DragonFly Mail Agent's bounce (dma.c, net.c): the recipient in its sentence, then its own
// reason or "<host> [<ip>] did not like our <command>:" and the reply.
void TestPasteDecoder::dragonflyMailAgent_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("stage");
    QTest::addColumn<QString>("cause");
    QTest::newRow("refused recipient") << QStringLiteral(
        "mx.example.net [192.0.2.25] did not like our RCPT TO:\r\n"
        "550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown in virtual mailbox table")
        << "rcpt" << "recipient-unknown";
    QTest::newRow("multi-line reply") << QStringLiteral(
        "mx.example.net [192.0.2.25] did not like our DATA:\r\n"
        "550-5.7.26 Unauthenticated email from example.org is not accepted due to domain's\r\n"
        "550-5.7.26 DMARC policy.\r\n")
        << "data" << "domain-auth-failed";
    QTest::newRow("its own reason") << QStringLiteral("Could not deliver for the last 432000 seconds. Giving up.")
        << "unknown" << "delivery-expired";
    // The report quoting the reply again is no further evidence: a security code the reply's words
    // do not explain stays unsure, whatever "Recipient address rejected" seems to say.
    QTest::newRow("unexplained security code") << QStringLiteral(
        "mx.example.net [192.0.2.25] did not like our RCPT TO:\r\n"
        "550 5.7.4 <bob@example.net>: Recipient address rejected: Security features not supported.")
        << "rcpt" << "unknown";
}

void TestPasteDecoder::dragonflyMailAgent()
{
    QFETCH(QString, reason);
    QFETCH(QString, stage);
    QFETCH(QString, cause);
    const QString raw = QStringLiteral(
        "From: MAILER-DAEMON <>\r\nTo: alice@df.example.org\r\nSubject: Mail delivery failed\r\n\r\n"
        "This is the DragonFly Mail Agent v0.13 at df.example.org.\r\n\r\n"
        "There was an error delivering your mail to <bob@example.net>.\r\n\r\n%1\r\n\r\n"
        "Message headers follow.\r\nSubject: Hello\r\nTo: <bob@example.net>\r\nFrom: <alice@df.example.org>\r\n")
        .arg(reason);
    const DecodeResult r = decodeBytes(raw.toUtf8());
    QCOMPARE(pasteFormatId(r.format), QStringLiteral("bounce"));
    QCOMPARE(r.findings.size(), 1);
    QCOMPARE(r.findings.at(0).recipient, QStringLiteral("bob@example.net"));
    QCOMPARE(stageId(r.findings.at(0).stage), stage);
    if (stage != QLatin1String("unknown"))
        QCOMPARE(r.findings.at(0).remoteMta, QStringLiteral("mx.example.net"));
    QCOMPARE(causeId(r.verdict.cause), cause);
}

void TestPasteDecoder::json()
{
    const DecodeResult r = decodeBytes(fixture(QStringLiteral("postfix-multi.eml")));
    const QJsonObject o = toJson(r);
    QCOMPARE(o.value(QLatin1String("format")).toString(), QStringLiteral("postfix"));
    const QJsonObject v = o.value(QLatin1String("verdict")).toObject();
    QCOMPARE(v.value(QLatin1String("cause")).toString(), QStringLiteral("recipient-unknown"));
    QCOMPARE(v.value(QLatin1String("owner")).toString(), QStringLiteral("you"));
    QCOMPARE(v.value(QLatin1String("fixes")).toArray().first().toString(), QStringLiteral("check-recipient"));
    const QJsonArray findings = o.value(QLatin1String("findings")).toArray();
    QCOMPARE(findings.size(), 2);
    const QJsonObject f = findings.at(1).toObject();
    QCOMPARE(v.value(QLatin1String("confidence")).toString(), QStringLiteral("high"));
    for (const char *key : {"recipient", "code", "enhanced", "text", "cause", "owner", "rule", "remoteMta", "stage", "action", "transient", "confidence"})
        QVERIFY2(f.contains(QLatin1String(key)), key);
    QCOMPARE(f.value(QLatin1String("enhanced")).toString(), QStringLiteral("5.7.1"));
    QCOMPARE(f.value(QLatin1String("code")).toInt(), 554);
    QVERIFY(o.value(QLatin1String("headers")).toObject().contains(QLatin1String("receivedSpf")));
    QVERIFY(!o.contains(QLatin1String("outlook")));
    const QJsonObject d = toJson(decodePaste(QStringLiteral("Server Response: '550 x', Port: 25, Secure(SSL): No, Error Number: 0x800CCC79")));
    QCOMPARE(d.value(QLatin1String("outlook")).toObject().value(QLatin1String("errorNumber")).toString(), QStringLiteral("0x800CCC79"));
    QCOMPARE(d.value(QLatin1String("outlook")).toObject().value(QLatin1String("ssl")).toBool(true), false);
}

void TestPasteDecoder::truncatedEverywhere()
{
    // Every prefix of a bounce (in steps) decodes without trouble; long enough ones still find
    // the refusal.
    const QByteArray raw = fixture(QStringLiteral("postfix-relay.eml"));
    for (qsizetype n = 0; n <= raw.size(); n += 37) {
        const DecodeResult r = decodeBytes(raw.left(n));
        if (n > 1500)
            QCOMPARE(causeId(r.verdict.cause), QStringLiteral("relay-denied"));
    }
    const QByteArray ex = fixture(QStringLiteral("exchange.txt"));
    for (qsizetype n = 0; n <= ex.size(); n += 41)
        decodePaste(QString::fromUtf8(ex.left(n)));
}

void TestPasteDecoder::hostile_data()
{
    QTest::addColumn<QByteArray>("input");
    QByteArray random(1024 * 1024, '\0');
    QRandomGenerator gen(42);
    for (char &c : random)
        c = char(gen.bounded(256));
    QTest::newRow("1 MB random bytes") << random;
    QByteArray printable(1024 * 1024, ' ');
    for (char &c : printable)
        c = char(32 + gen.bounded(95));
    QTest::newRow("1 MB printable junk") << printable;
    QTest::newRow("1 MB of 'a'") << QByteArray(1024 * 1024, 'a');
    QTest::newRow("1 MB of '<'") << QByteArray(1024 * 1024, '<');
    QTest::newRow("1 MB of '='") << QByteArray(1024 * 1024, '=');
    QTest::newRow("1 MB of newlines") << QByteArray(1024 * 1024, '\n');
    QTest::newRow("550 repeated") << QByteArray("550 ").repeated(250000);
    QTest::newRow("addresses repeated") << QByteArray("<a@b.example>:\n").repeated(60000);
    QTest::newRow("labels repeated") << QByteArray("Server: x, Port: 25, ").repeated(40000);
    QTest::newRow("encoded words") << (QByteArray("From: a@example.org\nTo: b@example.org\nSubject: ")
                                       + QByteArray("=?utf-8?B?").repeated(80000) + "\n\nx");
    QByteArray nested = "From: a@example.org\nTo: b@example.org\nContent-Type: multipart/mixed; boundary=a\n\n";
    while (nested.size() < 1024 * 1024)
        nested += "--a\nContent-Type: multipart/mixed; boundary=a\n\n";
    QTest::newRow("nested same boundary") << nested;
    QByteArray forwarded;
    while (forwarded.size() < 1024 * 1024)
        forwarded += "From: a@example.org\nTo: b@example.org\n\n";
    QTest::newRow("message in message") << forwarded;
    QTest::newRow("8 MB of 'x'") << QByteArray(8 * 1024 * 1024, 'x');
}

void TestPasteDecoder::hostile()
{
    QFETCH(QByteArray, input);
    QElapsedTimer t;
    t.start();
    const DecodeResult r = decodeBytes(input);
    const DecodeResult p = decodePaste(QString::fromLatin1(input.left(2 * 1024 * 1024)));
    // Generous: sanitizer builds are slow. The benchmark holds the real figures.
    QVERIFY2(t.elapsed() < 10000, qPrintable(QString::number(t.elapsed())));
    QVERIFY(r.findings.size() <= 100);
    QVERIFY(p.findings.size() <= 100);
    if (input.size() > kMaxDecodeInput)
        QVERIFY(r.truncated);
}

QTEST_GUILESS_MAIN(TestPasteDecoder)
#include "tst_pastedecoder.moc"
