// SPDX-License-Identifier: GPL-3.0-or-later
// classifyReply(): one SMTP reply at a given stage -> cause. Data-driven, with the wordings of the
// common MTAs, odd casing, truncation and junk.
#include "diagnosis/replyclassifier.h"

#include <QTest>

using namespace od;

Q_DECLARE_METATYPE(od::Cause)
Q_DECLARE_METATYPE(od::Stage)

class TestReplyClassifier : public QObject
{
    Q_OBJECT

private slots:
    void classify_data();
    void classify();
    void stageIds();
    void stageFromCommand_data();
    void stageFromCommand();
    void ownerAndRule();
};

static SmtpReply reply(int code, const QString &text)
{
    SmtpReply r;
    r.code = code;
    r.lines = text.split(QLatin1Char('\n'));
    r.enhanced = EnhancedStatus::fromString(r.lines.first().section(QLatin1Char(' '), 0, 0));
    if (!r.enhanced.isValid())
        r.enhanced = EnhancedStatus::findIn(r.text(), code / 100);
    return r;
}

void TestReplyClassifier::classify_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("text");
    QTest::addColumn<Stage>("stage");
    QTest::addColumn<Cause>("expected");

    const auto row = [](const char *name, int code, const char *text, Stage stage, Cause cause) {
        QTest::newRow(name) << code << QString::fromUtf8(text) << stage << cause;
    };
    // Positive
    row("250 rcpt", 250, "2.1.5 Ok", Stage::RcptTo, Cause::Ok);
    row("235 auth", 235, "2.7.0 Authentication successful", Stage::Auth, Cause::Ok);
    row("354 data", 354, "End data with <CR><LF>.<CR><LF>", Stage::Data, Cause::Ok);
    // Relay: Postfix, Sendmail, Exim, qmail, IIS, Exchange, Gmail, seed translations
    row("postfix relay", 554, "5.7.1 <bob@example.net>: Relay access denied", Stage::RcptTo, Cause::RelayDenied);
    row("postfix relay upper", 554, "5.7.1 <BOB@EXAMPLE.NET>: RELAY ACCESS DENIED", Stage::RcptTo, Cause::RelayDenied);
    row("sendmail relay", 550, "5.7.1 <bob@example.net>... Relaying denied. Proper authentication required.", Stage::RcptTo, Cause::RelayDenied);
    row("sendmail relay ip", 550, "5.7.1 <bob@example.net>... Relaying denied. IP name lookup failed [192.0.2.7]", Stage::RcptTo, Cause::RelayDenied);
    row("exim relay", 550, "relay not permitted", Stage::RcptTo, Cause::RelayDenied);
    row("qmail rcpthosts", 553, "sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)", Stage::RcptTo, Cause::RelayDenied);
    row("iis relay", 550, "5.7.1 Unable to relay for bob@example.net", Stage::RcptTo, Cause::RelayDenied);
    row("exchange 5.7.54", 550, "5.7.54 SMTP; Unable to relay recipient in non-accepted domain", Stage::RcptTo, Cause::RelayDenied);
    row("gmail relay", 550, "5.7.0 Mail relay denied [192.0.2.7]. Invalid credentials for relay for one of the domains in: example.org", Stage::RcptTo, Cause::RelayDenied);
    row("nl relay", 550, "<iemand@example.com>... Doorsturen geweigerd", Stage::Unknown, Cause::RelayDenied);
    row("sv relay", 550, "<someone@example.com>... Vidarebefordran nekad", Stage::Unknown, Cause::RelayDenied);
    row("de relay", 550, "< jemand@example.com >... Weiterleitung verweigert", Stage::Unknown, Cause::RelayDenied);
    row("de rcpthosts", 553, "Entschuldigung, diese Domäne ist nicht in meiner Liste erlaubter rcpthosts (#5.7.1)", Stage::Unknown, Cause::RelayDenied);
    row("zh relay", 550, "<someone@example.com>...中继拒绝", Stage::Unknown, Cause::RelayDenied);
    row("zh rcpthost", 553, "抱歉,该域不在我的允许的 rcpthost (#5.7.1)", Stage::Unknown, Cause::RelayDenied);
    row("bare 553 rcpt", 553, "", Stage::RcptTo, Cause::RelayDenied);
    row("bare 5.7.1 rcpt", 550, "5.7.1", Stage::RcptTo, Cause::RelayDenied);
    // Authentication
    row("530 auth required", 530, "5.7.0 Authentication required", Stage::MailFrom, Cause::AuthRequired);
    row("gmail 530", 530, "5.7.0 Authentication Required. Learn more at", Stage::MailFrom, Cause::AuthRequired);
    row("exchange 5.7.57", 530, "5.7.57 Client not authenticated to send mail. [AM0PR01CA0001.example.test]", Stage::MailFrom, Cause::AuthRequired);
    row("exchange client not auth", 530, "5.7.1 Client was not authenticated", Stage::RcptTo, Cause::AuthRequired);
    row("postfix login fail", 535, "5.7.8 Error: authentication failed: authentication failure", Stage::Auth, Cause::AuthFailed);
    row("gmail bad pass", 535, "5.7.8 Username and Password not accepted. Learn more at", Stage::Auth, Cause::AuthFailed);
    row("exim 535", 535, "Incorrect authentication data", Stage::Auth, Cause::AuthFailed);
    row("gmail app password", 534, "5.7.9 Application-specific password required.", Stage::Auth, Cause::PasswordLoginDisabled);
    row("bare 535", 535, "", Stage::Auth, Cause::AuthFailed);
    row("535 invalid user pasted", 535, "5.7.8 Invalid user or password", Stage::Unknown, Cause::AuthFailed);
    row("535 no such user pasted", 535, "No such user", Stage::Unknown, Cause::AuthFailed);
    row("550 invalid user pasted", 550, "Invalid user", Stage::Unknown, Cause::RecipientUnknown);
    row("o365 5.7.139 disabled", 535, "5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.", Stage::Auth, Cause::PasswordLoginDisabled);
    row("o365 5.7.139 bad creds", 535, "5.7.139 Authentication unsuccessful, the user credentials were incorrect.", Stage::Auth, Cause::AuthFailed);
    row("o365 5.7.3", 535, "5.7.3 Authentication unsuccessful", Stage::Auth, Cause::AuthFailed);
    row("postfix auth not enabled", 503, "5.5.1 Error: authentication not enabled", Stage::Auth, Cause::AuthUnavailable);
    row("504 mech", 504, "5.7.4 Unrecognized authentication type", Stage::Auth, Cause::AuthUnavailable);
    row("pop before smtp", 550, "You must check your mail first (POP before SMTP)", Stage::RcptTo, Cause::AuthRequired);
    // TLS
    row("starttls first", 530, "5.7.0 Must issue a STARTTLS command first", Stage::MailFrom, Cause::TlsRequired);
    row("538", 538, "5.7.11 Encryption required for requested authentication mechanism", Stage::Auth, Cause::TlsRequired);
    row("454 tls", 454, "4.7.0 TLS not available due to local problem", Stage::StartTls, Cause::TlsFailed);
    // Sender
    row("postfix not owned", 553, "5.7.1 <a@example.org>: Sender address rejected: not owned by user alice", Stage::MailFrom, Cause::SenderRejected);
    row("postfix not logged in", 553, "5.7.1 <a@example.org>: Sender address rejected: not logged in", Stage::MailFrom, Cause::AuthRequired);
    row("exchange 5.7.60", 550, "5.7.60 SMTP; Client does not have permissions to send as this sender", Stage::EndOfData, Cause::SenderRejected);
    row("exchange SendAsDenied", 554, "5.2.252 SendAsDenied; alice@example.com not allowed to send as boss@example.com; STOREDRV.Submission.Exception", Stage::EndOfData, Cause::SenderRejected);
    row("qmail sender domain", 553, "sorry, your envelope sender domain must exist (#5.7.1)", Stage::MailFrom, Cause::SenderRejected);
    row("sendmail sender domain", 553, "5.1.8 <a@nowhere.test>... Domain of sender address a@nowhere.test does not exist", Stage::MailFrom, Cause::SenderRejected);
    row("exim sender verify", 550, "Sender verify failed", Stage::MailFrom, Cause::SenderRejected);
    row("bare 550 mail", 550, "", Stage::MailFrom, Cause::SenderRejected);
    // Recipient
    row("postfix unknown", 550, "5.1.1 <bob@example.com>: Recipient address rejected: User unknown in local recipient table", Stage::RcptTo, Cause::RecipientUnknown);
    row("gmail unknown", 550, "5.1.1 The email account that you tried to reach does not exist. Please try double-checking", Stage::RcptTo, Cause::RecipientUnknown);
    row("qmail no mailbox", 550, "Sorry, no mailbox here by that name. (#5.1.1)", Stage::RcptTo, Cause::RecipientUnknown);
    row("exchange recipnotfound", 550, "5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", Stage::RcptTo, Cause::RecipientUnknown);
    row("opensmtpd invalid", 550, "Invalid recipient: <bob@example.com>", Stage::RcptTo, Cause::RecipientUnknown);
    row("only enhanced 5.1.1", 550, "5.1.1 ", Stage::Unknown, Cause::RecipientUnknown);
    row("mailbox full", 552, "5.2.2 <bob@example.com>: mailbox full", Stage::RcptTo, Cause::MailboxFull);
    row("gmail over quota", 452, "4.2.2 The email account that you tried to reach is over quota.", Stage::RcptTo, Cause::MailboxFull);
    row("gmail disabled", 550, "5.2.1 The email account that you tried to reach is disabled.", Stage::RcptTo, Cause::MailboxDisabled);
    // Blocking, greylisting, limits
    row("spamhaus", 554, "5.7.1 Service unavailable; Client host [192.0.2.9] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.9", Stage::RcptTo, Cause::Blocked);
    row("spamcop", 550, "5.7.1 Mail from 192.0.2.9 refused - see http://www.spamcop.net/bl.shtml", Stage::RcptTo, Cause::Blocked);
    row("barracuda", 554, "Service unavailable; Client host [192.0.2.9] blocked using Barracuda Reputation; http://www.barracudanetworks.com/reputation/?r=1&ip=192.0.2.9", Stage::Greeting, Cause::Blocked);
    row("sorbs", 550, "Rejected: 192.0.2.9 listed at dnsbl.sorbs.net", Stage::RcptTo, Cause::Blocked);
    row("uceprotect", 550, "5.7.1 Your IP 192.0.2.9 is listed in UCEPROTECT-Level1", Stage::Greeting, Cause::Blocked);
    // "not listed in" a directory is an unknown user, not a block list (Lotus Domino).
    row("domino directory", 550, "5.1.1 User kijitora@example.jp not listed in Domino Directory", Stage::RcptTo, Cause::RecipientUnknown);
    row("domino nab casing", 550, "USER NOT LISTED IN PUBLIC NAME & ADDRESS BOOK", Stage::RcptTo, Cause::RecipientUnknown);
    row("ip name lookup", 450, "4.7.1 Access denied. IP name lookup failed [192.0.2.222]", Stage::RcptTo, Cause::Blocked);
    row("unverifyable ips", 450, "service permits 2 unverifyable sending IPs - a.example is not 203.0.113.2", Stage::MailFrom, Cause::Blocked);
    row("domain mismatches ip", 550, "5.5.0 domain mismatches client ip", Stage::RcptTo, Cause::Blocked);
    row("yahoo no account", 554, "delivery error: dd This user doesn't have a yahoo.com account (x@yahoo.com) [0]", Stage::RcptTo, Cause::RecipientUnknown);
    row("groups spam, mentions spf", 550, "Your email to group a@example.com was rejected due to spam classification. Set up SPF records for your sending domain", Stage::EndOfData, Cause::MessageRejected);
    row("duplicate header", 554, "Transaction failed: Duplicate header 'DKIM-Signature'.", Stage::EndOfData, Cause::MessageRejected);
    row("gmail receiving rate", 450, "4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered", Stage::RcptTo, Cause::RateLimited);
    row("pbl", 550, "5.7.1 Client host rejected: 192.0.2.9 is listed in the Spamhaus PBL (dynamic IP)", Stage::RcptTo, Cause::Blocked);
    row("greylist", 450, "4.2.0 <bob@example.com>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.com.html", Stage::RcptTo, Cause::ServerUnavailable);
    row("greylist exim", 451, "Greylisting in action, please come back later", Stage::RcptTo, Cause::ServerUnavailable);
    row("gmail rate", 550, "5.4.5 Daily user sending quota exceeded.", Stage::MailFrom, Cause::RateLimited);
    row("gmail unusual rate", 421, "4.7.0 Our system has detected an unusual rate of unsolicited mail originating from your IP address.", Stage::RcptTo, Cause::Blocked);   // "... has been temporarily blocked"
    row("dmarc", 550, "5.7.26 Unauthenticated email from example.org is not accepted due to domain's DMARC policy.", Stage::EndOfData, Cause::DomainAuthFailed);
    row("spf", 550, "5.7.23 Message rejected due to: SPF fail - not authorized.", Stage::RcptTo, Cause::DomainAuthFailed);
    row("size", 552, "5.3.4 Message size exceeds fixed maximum message size", Stage::EndOfData, Cause::MessageTooLarge);
    row("spam content", 554, "5.7.1 Message rejected as spam by Content Filtering.", Stage::EndOfData, Cause::MessageRejected);
    row("loop", 554, "5.4.6 Too many hops", Stage::EndOfData, Cause::RoutingLoop);
    row("421 greeting", 421, "mx.example.com Service not available, closing transmission channel", Stage::Greeting, Cause::ServerUnavailable);
    row("554 greeting", 554, "", Stage::Greeting, Cause::Blocked);
    // Junk, truncation
    row("empty", 0, "", Stage::Unknown, Cause::Unknown);
    row("junk", 0, "\x01\x02 zzz ~~~", Stage::Unknown, Cause::Unknown);
    row("truncated", 550, "5.1", Stage::Unknown, Cause::Unknown);
    row("bare 4xx", 451, "", Stage::Unknown, Cause::ServerUnavailable);
}

void TestReplyClassifier::classify()
{
    QFETCH(int, code);
    QFETCH(QString, text);
    QFETCH(Stage, stage);
    QFETCH(Cause, expected);
    const SmtpReply r = reply(code, text);
    const Cause got = classifyReply(r, stage);
    if (got != expected)
        qWarning() << analyzeReply(r, stage);
    QCOMPARE(causeId(got), causeId(expected));
}

void TestReplyClassifier::stageIds()
{
    for (Stage s : {Stage::Unknown, Stage::Greeting, Stage::Ehlo, Stage::StartTls, Stage::Auth,
                    Stage::MailFrom, Stage::RcptTo, Stage::Data, Stage::EndOfData}) {
        QCOMPARE(stageFromId(stageId(s)), std::optional<Stage>(s));
    }
    QCOMPARE(stageFromId(u"RCPT"), std::optional<Stage>(Stage::RcptTo));
    QVERIFY(!stageFromId(u"nonsense"));
}

void TestReplyClassifier::stageFromCommand_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<Stage>("stage");
    QTest::newRow("rcpt") << QStringLiteral("RCPT TO") << Stage::RcptTo;
    QTest::newRow("rcpt lower") << QStringLiteral("rcpt to:<a@b>") << Stage::RcptTo;
    QTest::newRow("mail") << QStringLiteral("MAIL FROM") << Stage::MailFrom;
    QTest::newRow("end of data") << QStringLiteral("end of DATA") << Stage::EndOfData;
    QTest::newRow("data") << QStringLiteral("DATA") << Stage::Data;
    QTest::newRow("helo") << QStringLiteral("HELO") << Stage::Ehlo;
    QTest::newRow("junk") << QStringLiteral("???") << Stage::Unknown;
    QTest::newRow("empty") << QString() << Stage::Unknown;
}

void TestReplyClassifier::stageFromCommand()
{
    QFETCH(QString, command);
    QFETCH(Stage, stage);
    QCOMPARE(od::stageFromCommand(command), stage);
}

void TestReplyClassifier::ownerAndRule()
{
    // Agreeing wording and code: the code table's owner is kept.
    const CodeMeaning m = analyzeReply(550, EnhancedStatus::fromString(u"5.7.513"),
        u"5.7.513 Service unavailable, Client host [192.0.2.1] blocked by example.com using Customer Block list",
        Stage::RcptTo);
    QCOMPARE(m.cause, Cause::Blocked);
    QCOMPARE(m.owner, std::optional<Owner>(Owner::Recipient));
    QCOMPARE(m.rule, QStringLiteral("o365:5.7.513"));
    QVERIFY(!m.explanationText().isEmpty());

    const CodeMeaning relay = analyzeReply(554, EnhancedStatus::fromString(u"5.7.1"),
                                           u"5.7.1 <b@example.net>: Relay access denied", Stage::RcptTo);
    QCOMPARE(relay.cause, Cause::RelayDenied);
    QVERIFY(relay.rule.startsWith(QLatin1String("o365:5.7.1")));

    const CodeMeaning bare = analyzeReply(553, EnhancedStatus(), u"", Stage::RcptTo);
    QCOMPARE(bare.rule, QStringLiteral("smtp:553@rcpt"));
}

QTEST_GUILESS_MAIN(TestReplyClassifier)
#include "tst_replyclassifier.moc"
