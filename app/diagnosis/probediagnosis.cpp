// SPDX-License-Identifier: GPL-3.0-or-later
#include "probediagnosis.h"

#include "diagnosis/knowledge.h"
#include "diagnosis/relayreasoning.h"
#include "diagnosis/replyclassifier.h"
#include "smtp/proberesultjson.h"

#include <QJsonArray>

#include <QRegularExpression>

namespace od {

namespace {

// A refusal that is about logging in or encryption rather than about an address.
bool isAccessCause(Cause c)
{
    return c == Cause::AuthRequired || c == Cause::TlsRequired || c == Cause::AuthUnavailable;
}

// Login wanted but the server offered no way to log in: that, not "log in first", is the news.
Cause adjustForAuth(Cause c, const Attempt &a, bool authUnavailable)
{
    if (c == Cause::AuthRequired && authUnavailable)
        return Cause::AuthUnavailable;
    if (c == Cause::TlsRequired && a.tls.established)
        return Cause::AuthRequired;
    return c;
}

// The classifier's cause, or a fallback when it cannot tell from the reply alone.
Cause classified(const SmtpReply &r, Stage stage, Cause permanentFallback)
{
    const Cause c = classifyReply(r, stage);
    if (c != Cause::Unknown && c != Cause::Ok)
        return c;
    return r.isTransientFailure() ? Cause::ServerUnavailable : permanentFallback;
}

} // namespace

bool saysRecipientUnknown(const SmtpReply &r)
{
    // RFC 3463: X.1.1 bad destination mailbox, X.1.10 recipient address has null MX; and the
    // words of the common MTAs when the mailbox does not exist (see tst_probediagnosis for
    // each MTA's reply and its source).
    if (r.enhanced.isValid() && r.enhanced.subject == 1 && (r.enhanced.detail == 1 || r.enhanced.detail == 10))
        return true;
    static const QRegularExpression words(
        QStringLiteral(R"(user unknown|unknown user|no such (?:user|recipient|mailbox|address)|mailbox unavailable|)"
                       R"(mailbox (?:not found|does not exist)|unknown (?:recipient|mailbox|local[- ]part|address)|)"
                       R"(does not exist|doesn't exist|no mailbox here|recipient not found|user not found|)"
                       R"(unrouteable address|unroutable address|invalid mailbox|not a valid (?:mailbox|recipient|user)|)"
                       R"(recipientnotfound|addressnotfound|no such person|undeliverable address)"),
        QRegularExpression::CaseInsensitiveOption);
    // "User <nosuch@example.org> unknown" (Courier): the address is not part of the words.
    static const QRegularExpression address(QStringLiteral(R"(<[^>]*>)"));
    return words.match(r.text().replace(address, QString()).simplified()).hasMatch();
}

bool saysRelayDenied(const SmtpReply &r)
{
    const CodeMeaning m = analyzeReply(r, Stage::RcptTo);
    return m.cause == Cause::RelayDenied && !m.rule.startsWith(QLatin1String("smtp:"))
        && !m.rule.startsWith(QLatin1String("rfc3463:"));
}

namespace {

QString domainPart(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    QString d = at < 0 ? QString() : address.mid(at + 1);
    while (d.endsWith(QLatin1Char('>')) || d.endsWith(QLatin1Char('.')))
        d.chop(1);
    return d.toLower();
}

// The same refusal for two addresses: the codes match and the words do once the addresses are
// taken out.
bool alike(const SmtpReply &a, const SmtpReply &b)
{
    static const QRegularExpression address(QStringLiteral(R"(<[^>]*>|\S+@\S+)"));
    QString ta = a.text();
    QString tb = b.text();
    ta.replace(address, QString());
    tb.replace(address, QString());
    return a.code == b.code && ta.simplified().compare(tb.simplified(), Qt::CaseInsensitive) == 0;
}

// The live side of "password login disabled": the provider's words at AUTH (Microsoft 365,
// Gmail, Yahoo, and the wordings the reply classifier already knows as "app password" or
// "SMTP AUTH disabled").
bool saysPasswordLoginDisabled(const SmtpReply &r)
{
    // Microsoft 365: "535 5.7.139 Authentication unsuccessful, basic authentication is disabled."
    //   and "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the
    //   Tenant. Visit https://aka.ms/smtp_auth_disabled for more information."
    //   (learn.microsoft.com, "Fix issues with printers, scanners and LOB applications that send
    //   email using Microsoft 365" and "Enable or disable SMTP AUTH in Exchange Online").
    // Gmail: "534-5.7.9 Application-specific password required. Learn more at
    //   https://support.google.com/mail/?p=InvalidSecondFactor" (Gmail SMTP error reference).
    // Yahoo: "535 5.7.0 (#AUTH005) Too many bad auth attempts." is a lockout, not this.
    static const QRegularExpression words(
        QStringLiteral(R"(basic authentication is disabled|smtpclientauthentication is disabled|)"
                       R"(smtp_auth_disabled|application-specific password (?:is )?required|)"
                       R"(\bapp(?:lication)? password (?:is )?required|invalidsecondfactor|)"
                       R"(security defaults policy|authentication (?:method )?not allowed for this (?:account|user)|)"
                       R"(please log ?in (?:via|with) your web browser and then try again)"),
        QRegularExpression::CaseInsensitiveOption);
    if (words.match(r.text()).hasMatch())
        return true;
    return classifyReply(r, Stage::Auth) == Cause::PasswordLoginDisabled;
}

} // namespace

Diagnosis diagnoseAttempt(const Attempt &a)
{
    auto at = [](Cause c, Step s, const SmtpReply &r = SmtpReply()) {
        Diagnosis d;
        d.cause = c;
        d.owner = causeInfo(c).owner;
        d.step = s;
        d.reply = r;
        return d;
    };

    // A second connection proved that the port speaks another security than the one set.
    if (a.securityCheck.works
        && (a.failure == Failure::WrongSecurity || a.failure == Failure::TlsHandshakeFailed
            || a.failure == Failure::GreetingTimeout || a.failure == Failure::ClosedBeforeGreeting
            || a.failure == Failure::ProtocolViolation)
        && !a.lastStep(Step::Ehlo) && !a.lastStep(Step::Helo))
        return at(Cause::SecurityMismatch, a.security == Security::Tls ? Step::Tls : Step::Banner,
                  a.securityCheck.greeting);

    switch (a.failure) {
    case Failure::ResolveFailed: return at(Cause::HostNotFound, Step::Resolve);
    case Failure::ConnectRefused: return at(Cause::ConnectionRefused, Step::Connect);
    case Failure::ConnectTimeout: return at(Cause::PortBlocked, Step::Connect);
    case Failure::GreetingTimeout:
    case Failure::ClosedBeforeGreeting: return at(Cause::NoBanner, Step::Banner);
    case Failure::ProtocolViolation: {
        const StepRecord *last = a.steps.isEmpty() ? nullptr : &a.steps.last();
        return at(Cause::ProtocolError, last ? last->step : Step::Banner);
    }
    case Failure::CertificateRejected:
        return at(Cause::CertificateInvalid, a.security == Security::Tls ? Step::Tls : Step::TlsHandshake);
    case Failure::TlsHandshakeFailed:
        return at(Cause::TlsFailed, a.security == Security::Tls ? Step::Tls : Step::TlsHandshake);
    case Failure::StartTlsNotOffered:
    case Failure::CredentialsWithheld: return at(Cause::TlsFailed, Step::StartTls);
    case Failure::NetworkError:
        if (!a.lastStep(Step::Connect))
            return at(Cause::PortBlocked, Step::Connect);
        break;
    default:
        break;
    }

    if (const StepRecord *banner = a.lastStep(Step::Banner); banner && !banner->ok)
        return at(classified(banner->reply, Stage::Greeting, Cause::ServerUnavailable), Step::Banner, banner->reply);
    if (const StepRecord *st = a.lastStep(Step::StartTls); st && !st->ok)
        return at(Cause::TlsFailed, Step::StartTls, st->reply);
    {
        const StepRecord *ehlo = a.lastStep(Step::Ehlo);
        const StepRecord *helo = a.lastStep(Step::Helo);
        const StepRecord *ehloTls = a.lastStep(Step::EhloAfterTls);
        const StepRecord *refused = nullptr;
        if (ehloTls && !ehloTls->ok)
            refused = ehloTls;
        else if (helo && !helo->ok)
            refused = helo;
        else if (ehlo && !ehlo->ok && !helo)
            refused = ehlo;
        if (refused && refused->reply.isValid())
            return at(classified(refused->reply, Stage::Ehlo, Cause::ServerUnavailable), refused->step, refused->reply);
    }

    bool authUnavailable = false;
    if (const StepRecord *auth = a.lastStep(Step::Auth); auth && !auth->ok) {
        const SmtpReply &r = auth->reply;
        if (a.failure == Failure::LoginSkipped) {
            // The password was refused on another port; that attempt tells the story.
            return at(Cause::AuthFailed, Step::Auth);
        } else if (!r.isValid()) {
            authUnavailable = true; // not offered: the envelope was tested without logging in
        } else if (saysPasswordLoginDisabled(r)) {
            return at(Cause::PasswordLoginDisabled, Step::Auth, r);
        } else {
            Cause c = classified(r, Stage::Auth, Cause::AuthFailed);
            if (c == Cause::TlsRequired && a.tls.established)
                c = Cause::AuthUnavailable;
            return at(c, Step::Auth, r);
        }
    }

    if (const StepRecord *mail = a.lastStep(Step::MailFrom); mail && !mail->ok) {
        const SmtpReply &r = mail->reply;
        if (a.failure == Failure::Smtputf8NotOffered) {
            // Nothing was sent: an address needs SMTPUTF8. Whose address it is decides the fix.
            const bool senderNeedsIt = std::any_of(mail->detail.cbegin(), mail->detail.cend(),
                                                   [](QChar c) { return c.unicode() > 127; });
            return at(senderNeedsIt ? Cause::SenderRejected : Cause::RecipientUnknown, Step::MailFrom);
        }
        if (!r.isValid())
            return at(Cause::ServerUnavailable, Step::MailFrom);
        return at(adjustForAuth(classified(r, Stage::MailFrom, Cause::SenderRejected), a, authUnavailable),
                  Step::MailFrom, r);
    }

    const StepRecord *local = a.lastStep(Step::RcptLocal);
    const StepRecord *refusedForeign = nullptr;
    bool anyForeign = false;
    for (const StepRecord &s : a.steps) {
        if (s.step != Step::RcptForeign)
            continue;
        anyForeign = true;
        if (!s.ok && !refusedForeign)
            refusedForeign = &s;
    }

    if (refusedForeign) {
        const SmtpReply &r = refusedForeign->reply;
        if (!r.isValid())
            return at(Cause::ServerUnavailable, Step::RcptForeign);
        const Cause said = adjustForAuth(classified(r, Stage::RcptTo, Cause::RelayDenied), a, authUnavailable);
        // What the words are sure about: a login or encryption demand ("Sender address rejected:
        // not logged in"), a sender check some servers make only at RCPT time, a passing limit.
        if (isAccessCause(said) || said == Cause::SenderRejected || r.isTransientFailure())
            return at(said, Step::RcptForeign, r);
        const bool wordsRelay = saysRelayDenied(r);
        const bool wordsUnknown = saysRecipientUnknown(r);
        // A recipient in the sender's own domain involves no relaying: refused, it is unknown
        // there (whatever the code), unless the server says "relay" in so many words.
        const QString senderDomain = a.lastStep(Step::MailFrom) ? domainPart(a.lastStep(Step::MailFrom)->detail)
                                                                : QString();
        const bool ownDomain = !senderDomain.isEmpty() && domainPart(refusedForeign->detail) == senderDomain;
        if ((ownDomain || wordsUnknown) && !wordsRelay)
            return at(Cause::RecipientUnknown, Step::RcptForeign, r);
        // The experiment: the server takes mail for its own domain but not for another, whatever
        // it calls the refusal ("Invalid recipient", "relay not permitted", no code at all).
        if (local && local->ok)
            return at(authUnavailable ? Cause::AuthUnavailable : Cause::RelayDenied, Step::RcptForeign, r);
        if (local && !local->ok && local->reply.isValid()) {
            if (classifyReply(local->reply, Stage::RcptTo) == Cause::SenderRejected)
                return at(Cause::SenderRejected, Step::RcptLocal, local->reply);
            // Both refused alike: the server refuses every recipient, so the refusal is not
            // about relaying unless it says so.
            if (alike(local->reply, r) && !wordsRelay) {
                const Cause c = said == Cause::RelayDenied || said == Cause::RecipientUnknown ? Cause::Unknown : said;
                return at(c, Step::RcptForeign, r);
            }
        }
        if (said == Cause::RelayDenied && authUnavailable)
            return at(Cause::AuthUnavailable, Step::RcptForeign, r);
        return at(said, Step::RcptForeign, r);
    }

    if (anyForeign) {
        if (const StepRecord *data = a.lastStep(Step::Data); data && !data->ok) {
            // Every recipient was accepted, so a refusal of DATA is about the message itself.
            const Cause c = classified(data->reply, Stage::Data, Cause::MessageRejected);
            return at(c == Cause::ProtocolError ? Cause::MessageRejected : c, Step::Data, data->reply);
        }
        if (const StepRecord *msg = a.lastStep(Step::Message); msg && !msg->ok)
            return at(classified(msg->reply, Stage::EndOfData, Cause::MessageRejected), Step::Message, msg->reply);
        // Everything accepted, but the conversation did not end as it should: a test cut off by
        // the deadline (or the network) is not a pass.
        if (a.failure != Failure::None) {
            const StepRecord *last = a.steps.isEmpty() ? nullptr : &a.steps.last();
            return at(Cause::ServerUnavailable, last ? last->step : Step::Connect);
        }
        return at(Cause::Ok, Step::RcptForeign, a.lastStep(Step::RcptForeign)->reply);
    }

    switch (a.failure) {
    case Failure::DeadlineReached:
    case Failure::ReplyTimeout:
    case Failure::ConnectionClosed:
    case Failure::NetworkError: {
        const StepRecord *last = a.steps.isEmpty() ? nullptr : &a.steps.last();
        return at(Cause::ServerUnavailable, last ? last->step : Step::Connect);
    }
    default:
        break;
    }
    return at(Cause::Unknown, a.steps.isEmpty() ? Step::Connect : a.steps.last().step);
}

Cause diagnosePop3(const Pop3Result &p)
{
    if (p.ok)
        return Cause::Ok;
    switch (p.failure) {
    case Failure::ResolveFailed: return Cause::HostNotFound;
    case Failure::ConnectRefused: return Cause::ConnectionRefused;
    case Failure::ConnectTimeout: return Cause::PortBlocked;
    case Failure::GreetingTimeout: return Cause::NoBanner;
    case Failure::CertificateRejected: return Cause::CertificateInvalid;
    case Failure::TlsHandshakeFailed:
    case Failure::StartTlsNotOffered:
    case Failure::CredentialsWithheld: return Cause::TlsFailed;
    case Failure::Refused: return Cause::AuthFailed;
    case Failure::ProtocolViolation: return Cause::ProtocolError;
    default: return Cause::Unknown;
    }
}

namespace {

// How far a conversation got: a refusal late in the dialogue tells more than a dead port.
int progressOf(const Attempt &a)
{
    int best = -1;
    for (const StepRecord &s : a.steps) {
        if (s.ok || s.reply.isValid())
            best = std::max(best, int(s.step));
    }
    return best;
}

} // namespace

namespace {

// The diagnosis of the attempts that count (`counted`: finished, not cut short, and not excluded),
// with `causes` each attempt's own.
Diagnosis diagnoseAttempts(const ProbeResult &result, const QList<Cause> &causes, const QList<bool> &counted)
{
    Diagnosis v;
    if (!result.inputError.isEmpty()) {
        v.cause = Cause::Unknown;
    } else if (!result.resolveError.isEmpty() && result.attempts.isEmpty()) {
        v.cause = Cause::HostNotFound;
        v.step = Step::Resolve;
    } else {
        int chosen = -1;
        int chosenProgress = -2;
        for (int i = 0; i < result.attempts.size(); ++i) {
            const Attempt &a = result.attempts.at(i);
            if (!counted.at(i))
                continue;
            if (causes.at(i) == Cause::Ok) {
                chosen = i;
                break;
            }
            const int p = progressOf(a);
            if (p > chosenProgress) {
                chosen = i;
                chosenProgress = p;
            }
        }
        if (chosen >= 0) {
            const Diagnosis d = diagnoseAttempt(result.attempts.at(chosen));
            v.cause = d.cause;
            v.step = d.step;
            v.reply = d.reply;
            v.attempt = chosen;
        }
        // Every port silent: the network blocks mail, whatever the server would say.
        if (chosenProgress < 0 && chosen >= 0 && v.cause != Cause::Ok) {
            const bool allBlocked = std::all_of(causes.cbegin(), causes.cend(),
                                                [](Cause c) { return c == Cause::PortBlocked; });
            if (allBlocked)
                v.cause = Cause::PortBlocked;
        }
    }
    // A failed POP3 login explains a relay refusal that POP-before-SMTP was meant to lift.
    if (result.pop3.attempted && !result.pop3.ok && v.cause != Cause::Ok) {
        v.cause = diagnosePop3(result.pop3);
        v.step = Step::Pop3;
        v.reply = SmtpReply{};
    }
    const CauseInfo &info = causeInfo(v.cause);
    v.owner = info.owner;
    v.fixes = v.cause == Cause::Ok ? QList<Fix>() : orderFixes(v.cause, result.settings.location);
    return v;
}

} // namespace

Diagnosis diagnoseProbe(const ProbeResult &result)
{
    QList<Cause> causes;
    QList<bool> counted;
    QList<Cause> causesThen;   // as known when the probe decided
    QList<bool> countedThen;
    bool late = false;
    for (const Attempt &a : result.attempts) {
        const Cause c = diagnoseAttempt(a).cause;
        const bool counts = a.finished && !a.cutShort;
        causes.append(c);
        counted.append(counts);
        causesThen.append(a.endedAfterDecision ? Cause::Unknown : c);
        countedThen.append(counts && !a.endedAfterDecision);
        late = late || a.endedAfterDecision;
    }
    Diagnosis d = diagnoseAttempts(result, causes, counted);
    if (late) {
        // What was decided stays unless the late attempts tell more: an accepted attempt still
        // wins, and an aborted run keeps what was known when it was decided.
        const Diagnosis then = diagnoseAttempts(result, causesThen, countedThen);
        if (result.aborted || then.cause == Cause::Ok || d.cause == Cause::Unknown)
            d = then;
    }
    d.attemptCauses = causes;
    d.pop3Cause = result.pop3.attempted ? diagnosePop3(result.pop3) : Cause::Unknown;
    return d;
}

QJsonObject diagnosisToJson(const Diagnosis &d)
{
    QJsonArray fixes;
    for (Fix f : d.fixes)
        fixes.append(fixId(f));
    QJsonObject o{{QStringLiteral("cause"), causeId(d.cause)},
                  {QStringLiteral("owner"), ownerId(d.owner)},
                  {QStringLiteral("fixes"), fixes},
                  {QStringLiteral("attempt"), d.attempt},
                  {QStringLiteral("step"), stepId(d.step)}};
    if (d.reply.code)
        o.insert(QStringLiteral("reply"), replyToJson(d.reply));
    return o;
}

QJsonObject probeResultToJson(const ProbeResult &result, const Diagnosis &diagnosis)
{
    QJsonObject o = probeFactsToJson(result);
    o.insert(QStringLiteral("verdict"), diagnosisToJson(diagnosis));
    QJsonArray attempts = o.value(QStringLiteral("attempts")).toArray();
    for (qsizetype i = 0; i < attempts.size(); ++i) {
        QJsonObject a = attempts.at(i).toObject();
        a.insert(QStringLiteral("cause"), causeId(diagnosis.attemptCause(int(i))));
        attempts.replace(i, a);
    }
    o.insert(QStringLiteral("attempts"), attempts);
    if (o.contains(QStringLiteral("pop3"))) {
        QJsonObject pop3 = o.value(QStringLiteral("pop3")).toObject();
        pop3.insert(QStringLiteral("cause"), causeId(diagnosis.pop3Cause));
        o.insert(QStringLiteral("pop3"), pop3);
    }
    return o;
}

} // namespace od
