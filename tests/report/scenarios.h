// SPDX-License-Identifier: GPL-3.0-or-later
// Probe results for the engine's scenarios, built by hand the way the engine builds them
// (steps, replies, the redacted transcript), plus secrets planted where a careless report
// could leak them.
#pragma once

#include "core/networkerrors.h"
#include "core/taxonomy.h"
#include "report/report.h"
#include "smtp/probetypes.h"
#include "smtp/smtpreply.h"
#include "smtp/certificatetrust.h"
#include "smtp/transcript.h"

#include <QFile>
#include <QTimeZone>
#include <QSslCertificate>

namespace scenario {

using namespace od;

inline const QString kUser = QStringLiteral("alice");
inline const QString kPassword = QStringLiteral("Kr1sp-Pässwörd+42");
inline const QString kHost = QStringLiteral("mail.home.test");
inline const QString kFrom = QStringLiteral("alice@home.test");
inline const QString kForeign = QStringLiteral("friend@elsewhere.test");

// Every form in which the password can travel: itself, base64 of it, the SASL PLAIN blobs
// (with and without authzid), base64url, and the needles the Redactor searches for.
inline QStringList secretForms(const QString &user = kUser, const QString &password = kPassword)
{
    const QByteArray u = user.toUtf8();
    const QByteArray p = password.toUtf8();
    QStringList forms{password,
                      QString::fromLatin1(p.toBase64()),
                      QString::fromLatin1(p.toBase64(QByteArray::Base64UrlEncoding)),
                      QString::fromLatin1(QByteArray('\0' + u + '\0' + p).toBase64()),
                      QString::fromLatin1(QByteArray(u + '\0' + u + '\0' + p).toBase64())};
    forms += Redactor(user, password).secrets();
    forms.removeDuplicates();
    return forms;
}

inline SmtpReply reply(int code, const QStringList &lines)
{
    SmtpReply r;
    r.code = code;
    r.lines = lines;
    r.enhanced = EnhancedStatus::findIn(lines.value(0));
    return r;
}

inline SmtpReply reply(int code, const QString &line)
{
    return reply(code, QStringList{line});
}

inline StepRecord step(Step s, bool ok, const SmtpReply &r = {}, qint64 ms = 12, const QString &detail = {})
{
    StepRecord rec;
    rec.step = s;
    rec.ok = ok;
    rec.reply = r;
    rec.ms = ms;
    rec.detail = detail;
    return rec;
}

// Adds lines through a Transcript with the engine's Redactor, as the session does.
struct Conversation
{
    Transcript transcript;
    qint64 ms = 0;
    bool tls = false;

    Conversation() { transcript.setRedactor(Redactor(kUser, kPassword)); }
    void c(const QString &text) { transcript.add(ms += 3, TranscriptLine::Direction::Client, tls, text); }
    void s(const QString &text) { transcript.add(ms += 9, TranscriptLine::Direction::Server, tls, text); }
    void note(const QString &text) { transcript.add(ms += 1, TranscriptLine::Direction::Note, tls, text); }
    void serverReply(int code, const QStringList &lines)
    {
        for (int i = 0; i < lines.size(); ++i)
            s(QStringLiteral("%1%2%3").arg(code).arg(i == lines.size() - 1 ? QLatin1Char(' ') : QLatin1Char('-')).arg(lines.at(i)));
    }
};

inline QStringList ehloLines()
{
    return {QStringLiteral("mail.home.test"), QStringLiteral("PIPELINING"), QStringLiteral("SIZE 10240000"),
            QStringLiteral("STARTTLS"), QStringLiteral("AUTH PLAIN LOGIN"), QStringLiteral("ENHANCEDSTATUSCODES"),
            QStringLiteral("8BITMIME"), QStringLiteral("SMTPUTF8")};
}

inline SmtpCapabilities capabilities()
{
    return parseCapabilities(reply(250, ehloLines()));
}

inline QSslCertificate selfSignedCertificate()
{
    QFile f(QStringLiteral(OD_TESTS_DIR "/fixtures/selfsigned.pem"));
    if (!f.open(QIODevice::ReadOnly))
        return QSslCertificate();
    return QSslCertificate(f.readAll(), QSsl::Pem);
}

// The opening every successful connection shares: banner, EHLO, STARTTLS, TLS, EHLO again.
inline void opening(Attempt &a, Conversation &conv, bool withTls = true)
{
    a.steps << step(Step::Connect, true, {}, 21);
    conv.note(QStringLiteral("Connected to 81.2.69.142 port %1 from 172.20.10.5").arg(a.endpoint.port));
    a.greeting = reply(220, QStringLiteral("mail.home.test ESMTP Postfix (Debian/GNU)"));
    a.steps << step(Step::Banner, true, a.greeting, 40);
    conv.serverReply(220, a.greeting.lines);
    conv.c(QStringLiteral("EHLO [172.20.10.5]"));
    conv.serverReply(250, ehloLines());
    a.steps << step(Step::Ehlo, true, reply(250, ehloLines()), 9);
    if (withTls) {
        conv.c(QStringLiteral("STARTTLS"));
        conv.serverReply(220, {QStringLiteral("2.0.0 Ready to start TLS")});
        a.steps << step(Step::StartTls, true, reply(220, QStringLiteral("2.0.0 Ready to start TLS")), 8);
        conv.tls = true;
        a.steps << step(Step::TlsHandshake, true, {}, 35);
        conv.note(QStringLiteral("TLS established: TLSv1.3 TLS_AES_256_GCM_SHA384"));
        a.tls.attempted = true;
        a.tls.established = true;
        a.tls.protocol = QStringLiteral("TLSv1.3");
        a.tls.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
        conv.c(QStringLiteral("EHLO [172.20.10.5]"));
        conv.serverReply(250, ehloLines());
        a.steps << step(Step::EhloAfterTls, true, reply(250, ehloLines()), 9);
        a.security = Security::StartTls;
    }
    a.capabilities = capabilities();
}

inline Attempt baseAttempt(quint16 port, Security security)
{
    Attempt a;
    a.host = kHost;
    a.endpoint = {port, security};
    a.security = security == Security::Auto ? Security::StartTls : security;
    a.address = QHostAddress(QStringLiteral("81.2.69.142"));
    a.localAddress = QHostAddress(QStringLiteral("172.20.10.5"));
    return a;
}

inline Attempt blockedAttempt(quint16 port, Security security)
{
    Attempt a = baseAttempt(port, security);
    a.localAddress = QHostAddress();
    Conversation conv;
    conv.note(QStringLiteral("Connecting to 81.2.69.142 port %1…").arg(port));
    conv.note(QStringLiteral("No answer within 6 s."));
    a.steps << step(Step::Connect, false, {}, 6000, QStringLiteral("no answer within 6 s"));
    a.failure = Failure::ConnectTimeout;
    a.failureDetail = Phrase::fromText(QStringLiteral("Connection to 81.2.69.142:%1 timed out").arg(port));
    a.transcript = conv.transcript.lines();
    a.elapsedMs = 6000;
    a.finished = true;
    return a;
}

inline ProbeResult baseResult()
{
    ProbeResult r;
    r.settings.host = kHost;
    r.settings.from = kFrom;
    r.settings.foreignRecipients = {kForeign};
    r.settings.location = Location::Travel;
    r.addresses = {QHostAddress(QStringLiteral("81.2.69.142"))};
    r.started = QDateTime(QDate(2024, 5, 17), QTime(14, 3, 22), QTimeZone(7200));
    r.verdictMs = 1450;
    r.totalMs = 6100;
    return r;
}

inline void envelope(Attempt &a, Conversation &conv, const SmtpReply &localReply, const SmtpReply &foreignReply)
{
    conv.c(QStringLiteral("MAIL FROM:<%1>").arg(kFrom));
    conv.serverReply(250, {QStringLiteral("2.1.0 Ok")});
    a.steps << step(Step::MailFrom, true, reply(250, QStringLiteral("2.1.0 Ok")), 10, kFrom);
    conv.c(QStringLiteral("RCPT TO:<postmaster@home.test>"));
    conv.serverReply(localReply.code, localReply.lines);
    a.steps << step(Step::RcptLocal, localReply.isPositive(), localReply, 11, QStringLiteral("postmaster@home.test"));
    if (!localReply.isPositive())
        return;
    conv.c(QStringLiteral("RCPT TO:<%1>").arg(kForeign));
    conv.serverReply(foreignReply.code, foreignReply.lines);
    a.steps << step(Step::RcptForeign, foreignReply.isPositive(), foreignReply, 11, kForeign);
}

inline void closing(Attempt &a, Conversation &conv)
{
    conv.c(QStringLiteral("RSET"));
    conv.serverReply(250, {QStringLiteral("2.0.0 Ok")});
    a.steps << step(Step::Rset, true, reply(250, QStringLiteral("2.0.0 Ok")), 5);
    conv.c(QStringLiteral("QUIT"));
    conv.serverReply(221, {QStringLiteral("2.0.0 Bye")});
    a.steps << step(Step::Quit, true, reply(221, QStringLiteral("2.0.0 Bye")), 5);
    a.transcript = conv.transcript.lines();
    a.finished = true;
    a.elapsedMs = conv.ms;
}

// Travelling, no login: the local recipient is accepted, the foreign one refused.
inline ProbeResult relayRefused()
{
    ProbeResult r = baseResult();
    Attempt a = baseAttempt(587, Security::StartTls);
    Conversation conv;
    opening(a, conv);
    const SmtpReply refused = reply(554, QStringLiteral("5.7.1 <friend@elsewhere.test>: Relay access denied"));
    envelope(a, conv, reply(250, QStringLiteral("2.1.5 Ok")), refused);
    closing(a, conv);
    a.failure = Failure::Refused;
    r.attempts << a << blockedAttempt(465, Security::Tls);
    Attempt a25 = baseAttempt(25, Security::Auto);
    Conversation conv25;
    opening(a25, conv25);
    envelope(a25, conv25, reply(250, QStringLiteral("2.1.5 Ok")), refused);
    closing(a25, conv25);
    a25.failure = Failure::Refused;
    r.attempts << a25;
    return r;
}

// Login refused, with PLAIN or LOGIN. The transcript is redacted as the engine does, and the
// password is planted, unredacted, where a careless report could pick it up.
inline ProbeResult loginRefused(const QString &mechanism = QStringLiteral("PLAIN"))
{
    ProbeResult r = baseResult();
    r.settings.user = kUser;
    r.settings.authMechanism = mechanism;
    r.settings.location = Location::Home;
    Attempt a = baseAttempt(587, Security::StartTls);
    Conversation conv;
    opening(a, conv);
    const QByteArray u = kUser.toUtf8();
    const QByteArray p = kPassword.toUtf8();
    if (mechanism == QLatin1String("PLAIN")) {
        // What the engine shows, and what it must never show, through the Redactor.
        conv.c(QStringLiteral("AUTH PLAIN ") + QString::fromLatin1(QByteArray('\0' + u + '\0' + p).toBase64()));
    } else {
        conv.c(QStringLiteral("AUTH LOGIN"));
        conv.s(QStringLiteral("334 VXNlcm5hbWU6"));
        conv.c(Redactor::mask());
        conv.s(QStringLiteral("334 UGFzc3dvcmQ6"));
        conv.c(Redactor::mask());
    }
    const SmtpReply refused = reply(535, QStringLiteral("5.7.8 Error: authentication failed: authentication failure"));
    conv.serverReply(535, refused.lines);
    a.steps << step(Step::Auth, false, refused, 320, mechanism);
    a.authMechanism = mechanism;
    a.failure = Failure::Refused;
    a.failureDetail = Phrase::fromText(QStringLiteral("The server refused the login."));
    a.transcript = conv.transcript.lines();

    // Planted: unredacted lines as a careless caller might add them.
    a.transcript << TranscriptLine{conv.ms + 1, TranscriptLine::Direction::Client, true,
                                   QStringLiteral("AUTH PLAIN ") + QString::fromLatin1(QByteArray(u + '\0' + u + '\0' + p).toBase64())};
    a.transcript << TranscriptLine{conv.ms + 2, TranscriptLine::Direction::Server, true, QStringLiteral("334 UGFzc3dvcmQ6")};
    a.transcript << TranscriptLine{conv.ms + 3, TranscriptLine::Direction::Client, true, QString::fromLatin1(p.toBase64())};
    a.transcript << TranscriptLine{conv.ms + 4, TranscriptLine::Direction::Note, true,
                                   QStringLiteral("debug: password was %1").arg(kPassword)};
    a.failureDetail.verbatim += QStringLiteral(" (sent %1 / %2)").arg(QString::fromLatin1(QByteArray('\0' + u + '\0' + p).toBase64()),
                                                             QString::fromLatin1(p.toBase64(QByteArray::Base64UrlEncoding)));
    a.steps.last().detail += QLatin1Char(' ') + kPassword;
    a.tls.failure = Phrase::fromText(QStringLiteral("(none) ") + QString::fromLatin1(p.toBase64()));

    a.finished = true;
    a.elapsedMs = conv.ms;
    r.attempts << a;
    r.inputError = Phrase();
    return r;
}

// Logged in, but the From address belongs to someone else.
inline ProbeResult senderRefused()
{
    ProbeResult r = baseResult();
    r.settings.user = kUser;
    r.settings.from = QStringLiteral("x@gmail.test");
    r.settings.location = Location::Work;
    Attempt a = baseAttempt(587, Security::StartTls);
    Conversation conv;
    opening(a, conv);
    conv.c(QStringLiteral("AUTH PLAIN ") + QString::fromLatin1(QByteArray("\0alice\0" + kPassword.toUtf8()).toBase64()));
    conv.serverReply(235, {QStringLiteral("2.7.0 Authentication successful")});
    a.steps << step(Step::Auth, true, reply(235, QStringLiteral("2.7.0 Authentication successful")), 40, QStringLiteral("PLAIN"));
    a.authenticated = true;
    a.authMechanism = QStringLiteral("PLAIN");
    conv.c(QStringLiteral("MAIL FROM:<x@gmail.test>"));
    conv.serverReply(250, {QStringLiteral("2.1.0 Ok")});
    a.steps << step(Step::MailFrom, true, reply(250, QStringLiteral("2.1.0 Ok")), 10, QStringLiteral("x@gmail.test"));
    const SmtpReply refused = reply(553, QStringLiteral("5.7.1 <x@gmail.test>: Sender address rejected: not owned by user alice@home.test"));
    conv.c(QStringLiteral("RCPT TO:<postmaster@gmail.test>"));
    conv.serverReply(553, refused.lines);
    a.steps << step(Step::RcptLocal, false, refused, 11, QStringLiteral("postmaster@gmail.test"));
    // The engine asks for the foreign recipient too; the sender check refuses it alike.
    conv.c(QStringLiteral("RCPT TO:<%1>").arg(kForeign));
    conv.serverReply(553, refused.lines);
    a.steps << step(Step::RcptForeign, false, refused, 11, kForeign);
    closing(a, conv);
    a.failure = Failure::Refused;
    r.attempts << a;
    return r;
}

// Port 465: the certificate is self-signed and not trusted; nothing was sent.
inline ProbeResult tlsUntrusted()
{
    ProbeResult r = baseResult();
    r.settings.user = kUser;
    r.settings.endpoints = {{465, Security::Tls}};
    Attempt a = baseAttempt(465, Security::Tls);
    Conversation conv;
    a.steps << step(Step::Connect, true, {}, 20);
    conv.note(QStringLiteral("Connected to 81.2.69.142 port 465"));
    a.steps << step(Step::Tls, false, {}, 60, QStringLiteral("The certificate is self-signed, and untrusted"));
    conv.note(QStringLiteral("Certificate rejected: The certificate is self-signed, and untrusted"));
    a.tls.attempted = true;
    a.tls.established = false;
    a.tls.chain = {selfSignedCertificate()};
    a.tls.findings = {CertificateFinding::SelfSigned, CertificateFinding::Untrusted};
    a.tls.errors = {{QSslError::SelfSignedCertificate, 0}};
    a.tls.failure = sslErrorPhrase(QSslError::SelfSignedCertificate);
    a.failure = Failure::CertificateRejected;
    a.socketError = QAbstractSocket::SslHandshakeFailedError;
    a.failureDetail = sslErrorPhrase(QSslError::SelfSignedCertificate);
    a.transcript = conv.transcript.lines();
    a.finished = true;
    a.elapsedMs = 80;
    r.attempts << a;
    return r;
}

// Every port times out (a hotel network that blocks mail ports).
inline ProbeResult portBlocked()
{
    ProbeResult r = baseResult();
    r.attempts << blockedAttempt(587, Security::StartTls) << blockedAttempt(465, Security::Tls)
               << blockedAttempt(25, Security::Auto);
    r.verdictMs = 6000;
    return r;
}

inline Report reportFor(const ProbeResult &result)
{
    Report report;
    report.probe = result;
    report.location = result.settings.location;
    report.redactor = Redactor(kUser, kPassword);
    report.created = QDateTime(QDate(2024, 5, 17), QTime(14, 10, 0), QTimeZone(7200));
    return report;
}

inline ReportPaste relayPaste()
{
    ReportPaste p;
    p.format = QStringLiteral("outlook-dialog");
    p.cause = Cause::RelayDenied;
    p.owner = Owner::You;
    p.fixes = {Fix::EnableAuth, Fix::UseLocalServer};
    p.dialogServer = kHost;
    p.dialogPort = 25;
    p.dialogAccount = kFrom;
    p.errorNumbers = {QStringLiteral("0x800CCC79")};
    ReportPasteFinding f;
    f.recipient = kForeign;
    f.code = 554;
    f.enhanced = EnhancedStatus::fromString(u"5.7.1");
    f.serverText = QStringLiteral("5.7.1 <friend@elsewhere.test>: Relay access denied");
    f.remoteServer = kHost;
    f.cause = Cause::RelayDenied;
    p.findings << f;
    p.text = QStringLiteral("The message could not be sent because one of the recipients was rejected by the server. "
                            "The rejected e-mail address was 'friend@elsewhere.test'. Subject 'Hi', Account: '%1', "
                            "Server: 'mail.home.test', Protocol: SMTP, Server Response: '554 5.7.1 "
                            "<friend@elsewhere.test>: Relay access denied', Port: 25, Secure(SSL): No, "
                            "Server Error: 554, Error Number: 0x800CCC79").arg(kFrom);
    return p;
}

// After "turn on authentication": port 587 with STARTTLS, logged in, both recipients accepted.
inline ProbeResult authenticatedOk()
{
    ProbeResult r = baseResult();
    r.settings.user = kUser;
    r.settings.endpoints = {{587, Security::StartTls}};
    r.started = QDateTime(QDate(2024, 5, 17), QTime(14, 8, 40), QTimeZone(7200));
    r.verdictMs = 310;
    r.totalMs = 330;
    Attempt a = baseAttempt(587, Security::StartTls);
    Conversation conv;
    opening(a, conv);
    conv.c(QStringLiteral("AUTH PLAIN ") + QString::fromLatin1(QByteArray("\0alice\0" + kPassword.toUtf8()).toBase64()));
    conv.serverReply(235, {QStringLiteral("2.7.0 Authentication successful")});
    a.steps << step(Step::Auth, true, reply(235, QStringLiteral("2.7.0 Authentication successful")), 40, QStringLiteral("PLAIN"));
    a.authenticated = true;
    a.authMechanism = QStringLiteral("PLAIN");
    const SmtpReply accepted = reply(250, QStringLiteral("2.1.5 Ok"));
    envelope(a, conv, accepted, accepted);
    closing(a, conv);
    r.attempts << a;
    return r;
}

inline const QString kPrefsJs = QStringLiteral("/home/alice/.thunderbird/k2x9.default-release/prefs.js");
inline const QString kPrefsBackup = QStringLiteral("/home/alice/.thunderbird/k2x9.default-release/prefs.js.outbox-doctor-20240517-140912.bak");

// The hotel story, solved: relay denied (pasted, then tested), "turn on authentication" tried
// and tested, Thunderbird's settings changed by "apply for me".
inline Report solvedStory()
{
    Report report;
    report.original = relayRefused();
    report.probe = authenticatedOk();
    report.paste = relayPaste();
    report.location = Location::Travel;
    report.redactor = Redactor(kUser, kPassword);
    report.created = QDateTime(QDate(2024, 5, 17), QTime(14, 10, 0), QTimeZone(7200));
    ReportFixTried fix;
    fix.fix = Fix::EnableAuth;
    fix.outcome = ReportFixTried::Outcome::Solved;
    fix.causeAfter = Cause::Ok;
    fix.detail = QStringLiteral("mail.home.test, port 587 (STARTTLS), login as alice");
    fix.settingsChange.outcome = ReportSettingsChange::Outcome::Applied;
    fix.settingsChange.program = QStringLiteral("Thunderbird");
    fix.settingsChange.files = {kPrefsJs};
    fix.settingsChange.backups = {kPrefsBackup};
    fix.settingsChange.changed = {QStringLiteral("mail.smtpserver.smtp1.port"), QStringLiteral("mail.smtpserver.smtp1.try_ssl"),
                                  QStringLiteral("mail.smtpserver.smtp1.authMethod"), QStringLiteral("mail.smtpserver.smtp1.username")};
    report.fixesTried << fix;
    return report;
}

// The same story still open: with authentication the password is refused.
inline Report openStory()
{
    Report report = solvedStory();
    report.probe = loginRefused();
    report.probe->settings.location = Location::Travel;
    ReportFixTried &fix = report.fixesTried.first();
    fix.outcome = ReportFixTried::Outcome::NotSolved;
    fix.causeAfter = Cause::AuthFailed;
    fix.settingsChange = {};
    return report;
}

// The hotel story solved at the second attempt: authentication first tried on port 25 (the
// password refused), then on 587.
inline Report retriedStory()
{
    Report report = solvedStory();
    ReportFixTried first = report.fixesTried.constFirst();
    first.outcome = ReportFixTried::Outcome::NotSolved;
    first.causeAfter = Cause::AuthFailed;
    first.detail = QStringLiteral("mail.home.test, port 25, login as alice");
    first.settingsChange = {};
    report.fixesTried.prepend(first);
    return report;
}

// The engine scenarios every report test covers, by name.
using Builder = ProbeResult (*)();
inline ProbeResult loginPlain() { return loginRefused(QStringLiteral("PLAIN")); }
inline ProbeResult loginLogin() { return loginRefused(QStringLiteral("LOGIN")); }
inline const QList<std::pair<const char *, Builder>> &scenarios()
{
    static const QList<std::pair<const char *, Builder>> list = {
        {"relay-refused", &relayRefused},  {"login-refused-plain", &loginPlain},
        {"login-refused-login", &loginLogin}, {"sender-refused", &senderRefused},
        {"tls-untrusted", &tlsUntrusted},  {"port-blocked", &portBlocked},
    };
    return list;
}

} // namespace scenario
