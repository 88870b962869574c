// SPDX-License-Identifier: GPL-3.0-or-later
// From a live test's record to a cause: the experiment (own-domain recipient beside a foreign
// one) reconciled with the server's words, with the replies of real MTAs and providers. Each
// row names where its wording comes from.
#include "diagnosis/knowledge.h"
#include "diagnosis/probediagnosis.h"
#include "smtp/proberesultjson.h"

#include <QJsonArray>
#include <QJsonObject>

#include <QTest>

using namespace od;

namespace {

SmtpReply reply(const QByteArray &text)
{
    SmtpReplyReader reader;
    reader.feed(text.endsWith("\r\n") ? text : text + "\r\n");
    return reader.hasReply() ? reader.takeReply() : SmtpReply();
}

StepRecord step(Step s, const QByteArray &replyText, const QString &detail = QString())
{
    const SmtpReply r = replyText.isEmpty() ? SmtpReply() : reply(replyText);
    return StepRecord{s, r.isValid() && r.isPositive(), r, 0, detail};
}

// A conversation up to the envelope, as the engine records it.
Attempt envelope(const QByteArray &mail, const QByteArray &local, const QByteArray &foreign,
                 const QString &foreignAddress = QStringLiteral("bob@elsewhere.test"))
{
    Attempt a;
    a.endpoint = {587, Security::None};
    a.security = Security::None;
    a.finished = true;
    a.steps = {step(Step::Connect, {}), step(Step::Banner, "220 mail.example.org ESMTP"),
               step(Step::Ehlo, "250 mail.example.org")};
    a.steps[0].ok = true;
    a.steps.append(step(Step::MailFrom, mail, QStringLiteral("alice@example.org")));
    if (!local.isEmpty())
        a.steps.append(step(Step::RcptLocal, local, QStringLiteral("postmaster@example.org")));
    if (!foreign.isEmpty())
        a.steps.append(step(Step::RcptForeign, foreign, foreignAddress));
    const bool refused = std::any_of(a.steps.cbegin(), a.steps.cend(), [](const StepRecord &s) { return !s.ok; });
    a.failure = refused ? Failure::Refused : Failure::None;
    return a;
}

} // namespace

class TestProbeDiagnosis : public QObject
{
    Q_OBJECT

private slots:
    void recipients_data();
    void recipients();
    void mailFrom_data();
    void mailFrom();
    void login_data();
    void login();
    void securityMismatch();
    void deadlineIsNeverOk();
    void cutShortAttemptsDoNotDecide();
    void attemptsEndedAfterTheDecision();
    void json();
};

void TestProbeDiagnosis::recipients_data()
{
    QTest::addColumn<QByteArray>("local");
    QTest::addColumn<QByteArray>("foreign");
    QTest::addColumn<QString>("foreignAddress");
    QTest::addColumn<Cause>("cause");

    const QString elsewhere = QStringLiteral("bob@elsewhere.test");
    const QString ownUnknown = QStringLiteral("nosuchuser@example.org");

    // Postfix, src/smtpd/smtpd_check.c: "Recipient address rejected: User unknown in local
    // recipient table" / "... in virtual mailbox table"; "Relay access denied".
    QTest::newRow("postfix unknown user in own domain")
        << QByteArray("250 2.1.5 Ok")
        << QByteArray("550 5.1.1 <nosuchuser@example.org>: Recipient address rejected: User unknown in local recipient table")
        << ownUnknown << Cause::RecipientUnknown;
    QTest::newRow("postfix unknown virtual user, own domain, postmaster refused too")
        << QByteArray("550 5.1.1 <postmaster@example.org>: Recipient address rejected: User unknown in virtual mailbox table")
        << QByteArray("550 5.1.1 <nosuchuser@example.org>: Recipient address rejected: User unknown in virtual mailbox table")
        << ownUnknown << Cause::RecipientUnknown;
    QTest::newRow("postfix relay access denied")
        << QByteArray("250 2.1.5 Ok") << QByteArray("554 5.7.1 <bob@elsewhere.test>: Relay access denied")
        << elsewhere << Cause::RelayDenied;
    QTest::newRow("postfix relay access denied, both")
        << QByteArray("554 5.7.1 <postmaster@example.org>: Relay access denied")
        << QByteArray("554 5.7.1 <bob@elsewhere.test>: Relay access denied") << elsewhere << Cause::RelayDenied;
    // Exim, src/src/configure.default acl_check_rcpt: "unknown user" (verify = recipient for
    // local domains), "relay not permitted"; src/src/route.c: "Unrouteable address".
    QTest::newRow("exim unknown user in own domain")
        << QByteArray("250 Accepted") << QByteArray("550 unknown user") << ownUnknown << Cause::RecipientUnknown;
    QTest::newRow("exim relay not permitted")
        << QByteArray("250 Accepted") << QByteArray("550 relay not permitted") << elsewhere << Cause::RelayDenied;
    QTest::newRow("exim unrouteable foreign address")
        << QByteArray("250 Accepted") << QByteArray("550 Unrouteable address") << elsewhere << Cause::RecipientUnknown;
    // OpenSMTPD, usr.sbin/smtpd/smtp_session.c: "550 Invalid recipient: <address>" for any
    // refused recipient, relaying or unknown alike.
    QTest::newRow("opensmtpd invalid recipient, own domain accepted")
        << QByteArray("250 2.1.5 Destination address valid: Recipient ok")
        << QByteArray("550 Invalid recipient: <bob@elsewhere.test>") << elsewhere << Cause::RelayDenied;
    QTest::newRow("opensmtpd invalid recipient in own domain")
        << QByteArray("250 2.1.5 Destination address valid: Recipient ok")
        << QByteArray("550 Invalid recipient: <nosuchuser@example.org>") << ownUnknown << Cause::RecipientUnknown;
    QTest::newRow("opensmtpd both refused alike")
        << QByteArray("550 Invalid recipient: <postmaster@example.org>")
        << QByteArray("550 Invalid recipient: <bob@elsewhere.test>") << elsewhere << Cause::Unknown;
    // Sendmail, cf/m4/proto.m4: "Relaying denied"; "User unknown".
    QTest::newRow("sendmail relaying denied")
        << QByteArray("250 2.1.5 <postmaster@example.org>... Recipient ok")
        << QByteArray("550 5.7.1 <bob@elsewhere.test>... Relaying denied") << elsewhere << Cause::RelayDenied;
    QTest::newRow("sendmail user unknown")
        << QByteArray("250 2.1.5 <postmaster@example.org>... Recipient ok")
        << QByteArray("550 5.1.1 <nosuchuser@example.org>... User unknown") << ownUnknown << Cause::RecipientUnknown;
    // Courier, courier/module.esmtp (and fail2ban's courier-smtp filter): "513 Relaying denied.",
    // "550 User <address> unknown".
    QTest::newRow("courier relaying denied")
        << QByteArray("250 Ok.") << QByteArray("513 Relaying denied.") << elsewhere << Cause::RelayDenied;
    QTest::newRow("courier user unknown, foreign-looking words")
        << QByteArray("250 Ok.") << QByteArray("550 User <nosuch@elsewhere.test> unknown") << elsewhere
        << Cause::RecipientUnknown;
    // Haraka, connection.js: "550 I cannot deliver mail for <address>" when no rcpt plugin
    // accepts (unknown local user and relaying alike).
    QTest::newRow("haraka cannot deliver, own domain accepted")
        << QByteArray("250 2.1.5 Ok") << QByteArray("550 I cannot deliver mail for <bob@elsewhere.test>")
        << elsewhere << Cause::RelayDenied;
    QTest::newRow("haraka cannot deliver, both alike")
        << QByteArray("550 I cannot deliver mail for <postmaster@example.org>")
        << QByteArray("550 I cannot deliver mail for <bob@elsewhere.test>") << elsewhere << Cause::Unknown;
    // Exchange (learn.microsoft.com, "Fix NDR error 550 5.7.54" and "5.1.10"):
    QTest::newRow("exchange unable to relay")
        << QByteArray("250 2.1.5 Recipient OK")
        << QByteArray("550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain") << elsewhere
        << Cause::RelayDenied;
    QTest::newRow("exchange recipient not found")
        << QByteArray("250 2.1.5 Recipient OK")
        << QByteArray("550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup")
        << ownUnknown << Cause::RecipientUnknown;
    // qmail, qmail-smtpd.c: "553 sorry, that domain isn't in my list of allowed rcpthosts
    // (#5.7.1)"; chkuser: "511 sorry, no mailbox here by that name (#5.1.1 - chkuser)".
    QTest::newRow("qmail rcpthosts")
        << QByteArray("250 ok") << QByteArray("553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)")
        << elsewhere << Cause::RelayDenied;
    QTest::newRow("qmail chkuser no mailbox")
        << QByteArray("250 ok") << QByteArray("511 sorry, no mailbox here by that name (#5.1.1 - chkuser)")
        << ownUnknown << Cause::RecipientUnknown;
    // Still what the words are sure about.
    QTest::newRow("login demanded at RCPT")
        << QByteArray("250 2.1.5 Ok")
        << QByteArray("554 5.7.1 <bob@elsewhere.test>: Sender address rejected: not logged in") << elsewhere
        << Cause::AuthRequired;
    QTest::newRow("own domain but relay words")
        << QByteArray("250 2.1.5 Ok") << QByteArray("554 5.7.1 <nosuchuser@example.org>: Relay access denied")
        << ownUnknown << Cause::RelayDenied;
    QTest::newRow("all accepted") << QByteArray("250 2.1.5 Ok") << QByteArray("250 2.1.5 Ok") << elsewhere << Cause::Ok;
}

void TestProbeDiagnosis::recipients()
{
    QFETCH(QByteArray, local);
    QFETCH(QByteArray, foreign);
    QFETCH(QString, foreignAddress);
    QFETCH(Cause, cause);
    const Attempt a = envelope("250 2.1.0 Ok", local, foreign, foreignAddress);
    QCOMPARE(diagnoseAttempt(a).cause, cause);
    QCOMPARE(a.accepted(), cause == Cause::Ok); // the engine's own fact agrees
}

void TestProbeDiagnosis::mailFrom_data()
{
    QTest::addColumn<QByteArray>("mail");
    QTest::addColumn<Cause>("cause");
    // OpenSMTPD, smtp_session.c, a listener with "auth" required.
    QTest::newRow("opensmtpd must issue AUTH")
        << QByteArray("530 5.5.1 Invalid command: Must issue an AUTH command first") << Cause::AuthRequired;
    QTest::newRow("opensmtpd must issue AUTH, old wording")
        << QByteArray("530 Must issue an AUTH command first") << Cause::AuthRequired;
    QTest::newRow("postfix sender not owned")
        << QByteArray("553 5.7.1 <alice@example.org>: Sender address rejected: not owned by user tim")
        << Cause::SenderRejected;
}

void TestProbeDiagnosis::mailFrom()
{
    QFETCH(QByteArray, mail);
    QFETCH(Cause, cause);
    const Attempt a = envelope(mail, {}, {});
    QCOMPARE(diagnoseAttempt(a).cause, cause);
    QCOMPARE(a.accepted(), cause == Cause::Ok); // the engine's own fact agrees
}

void TestProbeDiagnosis::login_data()
{
    QTest::addColumn<QByteArray>("auth");
    QTest::addColumn<Cause>("cause");
    // Microsoft 365 (learn.microsoft.com, "Enable or disable SMTP AUTH in Exchange Online" and
    // "Deprecation of Basic authentication in Exchange Online").
    QTest::newRow("m365 basic auth disabled")
        << QByteArray("535 5.7.139 Authentication unsuccessful, basic authentication is disabled. [AM0PR02CA0001.eurprd02.prod.outlook.com]")
        << Cause::PasswordLoginDisabled;
    QTest::newRow("m365 smtp auth disabled for tenant")
        << QByteArray("535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.")
        << Cause::PasswordLoginDisabled;
    QTest::newRow("m365 security defaults")
        << QByteArray("535 5.7.139 Authentication unsuccessful, user is locked by your organization's security defaults policy. Contact your administrator.")
        << Cause::PasswordLoginDisabled;
    // Gmail (support.google.com/a/answer/3726730, SMTP error reference).
    QTest::newRow("gmail application-specific password")
        << QByteArray("534-5.7.9 Application-specific password required. Learn more at\r\n"
                      "534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor")
        << Cause::PasswordLoginDisabled;
    // Dovecot SASL behind Postfix: a plain wrong password.
    QTest::newRow("postfix wrong password")
        << QByteArray("535 5.7.8 Error: authentication failed: authentication failure") << Cause::AuthFailed;
    QTest::newRow("exchange on-premises wrong password")
        << QByteArray("535 5.7.3 Authentication unsuccessful") << Cause::AuthFailed;
}

void TestProbeDiagnosis::login()
{
    QFETCH(QByteArray, auth);
    QFETCH(Cause, cause);
    Attempt a = envelope("250 2.1.0 Ok", {}, {});
    a.steps.removeLast(); // no MAIL after a refused login
    a.steps.append(step(Step::Auth, auth, QStringLiteral("PLAIN")));
    a.failure = Failure::Refused;
    QCOMPARE(diagnoseAttempt(a).cause, cause);
    QCOMPARE(a.accepted(), cause == Cause::Ok); // the engine's own fact agrees
}

void TestProbeDiagnosis::securityMismatch()
{
    Attempt a;
    a.endpoint = {465, Security::StartTls};
    a.security = Security::StartTls;
    a.finished = true;
    a.steps = {StepRecord{Step::Connect, true, {}, 0, {}}};
    a.failure = Failure::WrongSecurity;
    // Without proof from the second connection, silence is just silence.
    a.failure = Failure::GreetingTimeout;
    QCOMPARE(diagnoseAttempt(a).cause, Cause::NoBanner);
    QCOMPARE(a.accepted(), Cause::NoBanner == Cause::Ok); // the engine's own fact agrees
    a.securityCheck = {true, Security::Tls, true, 30, reply("220 mail.example.org ESMTP")};
    QCOMPARE(diagnoseAttempt(a).cause, Cause::SecurityMismatch);
    QCOMPARE(a.accepted(), Cause::SecurityMismatch == Cause::Ok); // the engine's own fact agrees
    a.failure = Failure::WrongSecurity;
    QCOMPARE(diagnoseAttempt(a).cause, Cause::SecurityMismatch);
    QCOMPARE(a.accepted(), Cause::SecurityMismatch == Cause::Ok); // the engine's own fact agrees
    // A check that found nothing proves nothing.
    a.securityCheck.works = false;
    a.failure = Failure::GreetingTimeout;
    QCOMPARE(diagnoseAttempt(a).cause, Cause::NoBanner);
    QCOMPARE(a.accepted(), Cause::NoBanner == Cause::Ok); // the engine's own fact agrees

    // SSL/TLS set on a plaintext port.
    Attempt b;
    b.endpoint = {587, Security::Tls};
    b.security = Security::Tls;
    b.finished = true;
    b.steps = {StepRecord{Step::Connect, true, {}, 0, {}}};
    b.failure = Failure::TlsHandshakeFailed;
    QCOMPARE(diagnoseAttempt(b).cause, Cause::TlsFailed);
    QCOMPARE(b.accepted(), Cause::TlsFailed == Cause::Ok); // the engine's own fact agrees
    b.securityCheck = {true, Security::StartTls, true, 10, reply("220 mail.example.org ESMTP")};
    QCOMPARE(diagnoseAttempt(b).cause, Cause::SecurityMismatch);
    QCOMPARE(b.accepted(), Cause::SecurityMismatch == Cause::Ok); // the engine's own fact agrees
}

void TestProbeDiagnosis::deadlineIsNeverOk()
{
    // Every recipient accepted, then the deadline cut the conversation (during DATA, say).
    Attempt a = envelope("250 2.1.0 Ok", "250 2.1.5 Ok", "250 2.1.5 Ok");
    QCOMPARE(diagnoseAttempt(a).cause, Cause::Ok);
    QCOMPARE(a.accepted(), Cause::Ok == Cause::Ok); // the engine's own fact agrees
    a.steps.append(StepRecord{Step::Data, true, reply("354 go ahead"), 0, {}});
    a.failure = Failure::DeadlineReached;
    QVERIFY(diagnoseAttempt(a).cause != Cause::Ok);
    QCOMPARE(diagnoseAttempt(a).cause, Cause::ServerUnavailable);
    QCOMPARE(a.accepted(), Cause::ServerUnavailable == Cause::Ok); // the engine's own fact agrees
    a.failure = Failure::ReplyTimeout;
    QVERIFY(diagnoseAttempt(a).cause != Cause::Ok);
}

void TestProbeDiagnosis::cutShortAttemptsDoNotDecide()
{
    ProbeResult r;
    Attempt refused = envelope("250 2.1.0 Ok", "250 2.1.5 Ok", "554 5.7.1 <bob@elsewhere.test>: Relay access denied");
    Attempt cut = envelope("250 2.1.0 Ok", "250 2.1.5 Ok", "250 2.1.5 Ok");
    cut.steps.removeLast();
    cut.steps.removeLast(); // it got as far, but was stopped before the recipients
    cut.failure = Failure::Aborted;
    cut.cutShort = true;
    r.attempts = {cut, refused};
    const Diagnosis v = diagnoseProbe(r);
    QCOMPARE(v.cause, Cause::RelayDenied);
    QCOMPARE(v.attempt, 1);
    QCOMPARE(v.attemptCauses, (QList<Cause>{Cause::Unknown, Cause::RelayDenied}));
    QCOMPARE(v.step, Step::RcptForeign);
    QCOMPARE(v.reply.code, 554);
    QCOMPARE(v.owner, causeInfo(Cause::RelayDenied).owner);
    QVERIFY(!v.fixes.isEmpty());
}

// With ProbeSettings::waitForAllAttempts the other attempts end after the probe decided: an
// accepted attempt known then still wins, a later one that tells more replaces a refusal, and
// an aborted run keeps what was known when it decided.
void TestProbeDiagnosis::attemptsEndedAfterTheDecision()
{
    const Attempt ok = envelope("250 2.1.0 Ok", "250 2.1.5 Ok", "250 2.1.5 Ok");
    const Attempt refused = envelope("250 2.1.0 Ok", "250 2.1.5 Ok", "554 5.7.1 <bob@elsewhere.test>: Relay access denied");
    QVERIFY(ok.accepted());
    QVERIFY(!refused.accepted());

    ProbeResult r;
    Attempt lateRefused = refused;
    lateRefused.endedAfterDecision = true;
    r.attempts = {lateRefused, ok};
    Diagnosis d = diagnoseProbe(r);
    QCOMPARE(d.cause, Cause::Ok);
    QCOMPARE(d.attempt, 1);
    QCOMPARE(d.attemptCauses, (QList<Cause>{Cause::RelayDenied, Cause::Ok}));

    Attempt lateOk = ok;
    lateOk.endedAfterDecision = true;
    r.attempts = {refused, lateOk};
    d = diagnoseProbe(r);
    QCOMPARE(d.cause, Cause::Ok);
    QCOMPARE(d.attempt, 1);

    r.aborted = true;
    d = diagnoseProbe(r);
    QCOMPARE(d.cause, Cause::RelayDenied);
    QCOMPARE(d.attempt, 0);
    QCOMPARE(d.attemptCauses, (QList<Cause>{Cause::RelayDenied, Cause::Ok}));
}

// The JSON the CLI prints: the engine's facts, with the diagnosis's keys added.
void TestProbeDiagnosis::json()
{
    ProbeResult r;
    r.attempts = {envelope("250 2.1.0 Ok", "250 2.1.5 Ok", "554 5.7.1 <bob@elsewhere.test>: Relay access denied")};
    r.pop3.attempted = true;
    r.pop3.failure = Failure::Refused;
    const QJsonObject facts = probeFactsToJson(r);
    QVERIFY(!facts.contains(QStringLiteral("verdict")));
    QVERIFY(!facts.value(QStringLiteral("attempts")).toArray().at(0).toObject().contains(QStringLiteral("cause")));
    QVERIFY(!facts.value(QStringLiteral("pop3")).toObject().contains(QStringLiteral("cause")));

    const QJsonObject o = probeResultToJson(r, diagnoseProbe(r));
    QCOMPARE(o.value(QStringLiteral("schemaVersion")).toInt(), 1);
    // A failed POP-before-SMTP login explains the refusal.
    QCOMPARE(o.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("cause")).toString(), QStringLiteral("auth-failed"));
    QCOMPARE(o.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("step")).toString(), QStringLiteral("pop3"));
    QCOMPARE(o.value(QStringLiteral("attempts")).toArray().at(0).toObject().value(QStringLiteral("cause")).toString(),
             QStringLiteral("relay-denied"));
    QCOMPARE(o.value(QStringLiteral("pop3")).toObject().value(QStringLiteral("cause")).toString(), QStringLiteral("auth-failed"));
    // Everything else is the engine's.
    QJsonObject rest = o;
    rest.remove(QStringLiteral("verdict"));
    QJsonArray attempts = rest.value(QStringLiteral("attempts")).toArray();
    QJsonObject a0 = attempts.at(0).toObject();
    a0.remove(QStringLiteral("cause"));
    attempts.replace(0, a0);
    rest.insert(QStringLiteral("attempts"), attempts);
    QJsonObject pop3 = rest.value(QStringLiteral("pop3")).toObject();
    pop3.remove(QStringLiteral("cause"));
    rest.insert(QStringLiteral("pop3"), pop3);
    QCOMPARE(rest, facts);
}

QTEST_GUILESS_MAIN(TestProbeDiagnosis)
#include "tst_probediagnosis.moc"
