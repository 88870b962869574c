#include "probediagnosis.h"

#include "diagnosis/knowledge.h"

#include <QRegularExpression>

namespace od {

namespace {

bool says(const SmtpReply &reply, const QRegularExpression &re)
{
    return re.match(reply.text()).hasMatch();
}

const QRegularExpression &senderWords()
{
    static const QRegularExpression re(QStringLiteral(
        "sender address rejected|sender.{0,40}(rejected|refused|denied|not (allowed|permitted))|"
        "not owned by (the )?(user|auth)|sendasdenied|send as denied|from address.{0,30}(not|invalid)|"
        "sender verify failed|mail from.{0,30}(rejected|refused)|not authorized to send (as|on behalf)|"
        "login mismatch|domain of sender address"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &authWords()
{
    static const QRegularExpression re(QStringLiteral(
        "authentication (is )?required|must authenticate|not authenticated|authenticate first|"
        "client was not authenticated|auth(entication)? needed|please (log ?in|authenticate)|"
        "smtp auth(entication)? (is )?required|requires? authentication|not logged in|login required|"
        "relay access denied.{0,40}auth"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &tlsWords()
{
    static const QRegularExpression re(QStringLiteral(
        "starttls|must issue a starttls|encryption required|tls required|requires? (an )?encrypted|"
        "secure connection required"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &relayWords()
{
    static const QRegularExpression re(QStringLiteral(
        "relay|rcpthosts|not permitted|not allowed|unable to relay|we do not relay|"
        "not local|no such domain here|not accepted for this host"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &unknownRecipientWords()
{
    static const QRegularExpression re(QStringLiteral(
        "user unknown|unknown user|no such user|does not exist|mailbox unavailable|"
        "recipient address rejected: (user unknown|undeliverable)|invalid recipient|no mailbox|"
        "address rejected|recipient not found|unknown recipient"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &blockWords()
{
    static const QRegularExpression re(QStringLiteral(
        "block|blacklist|black list|denylist|spamhaus|spamcop|barracuda|sorbs|uceprotect|"
        "listed|reputation|poor reputation|banned|client host rejected|dynamic|dialup|residential"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &rateWords()
{
    static const QRegularExpression re(QStringLiteral(
        "too many|rate limit|ratelimit|throttl|slow down|exceeded|limit reached|try again later|greylist|graylist"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

bool isEnhanced(const SmtpReply &r, int klass, int subject, int detail = -1)
{
    return r.enhanced.isValid() && (klass < 0 || r.enhanced.klass == klass) && r.enhanced.subject == subject
        && (detail < 0 || r.enhanced.detail == detail);
}

// A refusal that is about the client not having logged in (or not being encrypted).
std::optional<Cause> accessRefusal(const SmtpReply &r, const Attempt &attempt, bool authWanted)
{
    if (r.code == 530 || r.code == 538 || says(r, authWords()) || isEnhanced(r, -1, 7, 0)
        || isEnhanced(r, -1, 7, 11) || says(r, tlsWords())) {
        if (says(r, tlsWords()) || r.code == 538 || isEnhanced(r, -1, 7, 11))
            return attempt.tls.established ? Cause::AuthRequired : Cause::TlsRequired;
        if (authWanted && !attempt.authenticated)
            return Cause::AuthUnavailable;
        return Cause::AuthRequired;
    }
    return std::nullopt;
}

bool isSenderRefusal(const SmtpReply &r)
{
    return says(r, senderWords()) || isEnhanced(r, 5, 1, 7) || isEnhanced(r, 5, 1, 8)
        || isEnhanced(r, 5, 7, 60) || (r.enhanced.klass == 5 && r.enhanced.subject == 2 && r.enhanced.detail == 252);
}

Cause transientCause(const SmtpReply &r)
{
    if (says(r, rateWords()) || isEnhanced(r, 4, 7, 0) || r.code == 452)
        return Cause::RateLimited;
    return Cause::ServerUnavailable;
}

} // namespace

AttemptDiagnosis diagnoseAttempt(const Attempt &a, const ProbeSettings &settings)
{
    const bool authWanted = !settings.user.isEmpty();
    auto at = [](Cause c, Step s, const SmtpReply &r = SmtpReply()) { return AttemptDiagnosis{c, s, r}; };

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

    if (const StepRecord *banner = a.lastStep(Step::Banner); banner && !banner->ok) {
        const SmtpReply &r = banner->reply;
        if (r.isPermanentFailure() && says(r, blockWords()))
            return at(Cause::Blocked, Step::Banner, r);
        return at(r.isTransientFailure() && says(r, rateWords()) ? Cause::RateLimited : Cause::ServerUnavailable,
                  Step::Banner, r);
    }
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
        if (refused && refused->reply.isValid()) {
            const SmtpReply &r = refused->reply;
            const bool blocked = r.isPermanentFailure() && says(r, blockWords());
            return at(blocked ? Cause::Blocked : Cause::ServerUnavailable, refused->step, r);
        }
    }

    bool authUnavailable = false;
    if (const StepRecord *auth = a.lastStep(Step::Auth); auth && !auth->ok) {
        const SmtpReply &r = auth->reply;
        if (!r.isValid()) {
            authUnavailable = true; // not offered: the envelope was tested without logging in
        } else if (r.code == 535 || isEnhanced(r, 5, 7, 8)) {
            return at(Cause::AuthFailed, Step::Auth, r);
        } else if (r.code == 530 || r.code == 538 || says(r, tlsWords())) {
            return at(a.tls.established ? Cause::AuthUnavailable : Cause::TlsRequired, Step::Auth, r);
        } else if (r.code == 534 || r.code == 504 || isEnhanced(r, 5, 7, 9)) {
            return at(Cause::AuthUnavailable, Step::Auth, r);
        } else if (r.isTransientFailure()) {
            return at(Cause::ServerUnavailable, Step::Auth, r);
        } else {
            return at(Cause::AuthFailed, Step::Auth, r);
        }
    }

    if (const StepRecord *mail = a.lastStep(Step::MailFrom); mail && !mail->ok) {
        const SmtpReply &r = mail->reply;
        if (!r.isValid())
            return at(Cause::ServerUnavailable, Step::MailFrom);
        if (const auto c = accessRefusal(r, a, authWanted))
            return at(authUnavailable && *c == Cause::AuthRequired ? Cause::AuthUnavailable : *c, Step::MailFrom, r);
        if (r.isTransientFailure())
            return at(transientCause(r), Step::MailFrom, r);
        if (says(r, blockWords()) && !says(r, senderWords()))
            return at(Cause::Blocked, Step::MailFrom, r);
        return at(Cause::SenderRejected, Step::MailFrom, r);
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
        // "Sender address rejected: not logged in" is about logging in, not about the address.
        if (const auto c = accessRefusal(r, a, authWanted))
            return at(authUnavailable && *c == Cause::AuthRequired ? Cause::AuthUnavailable : *c, Step::RcptForeign, r);
        // Some servers check the sender only at RCPT time; their words say so.
        if (isSenderRefusal(r))
            return at(Cause::SenderRejected, Step::RcptForeign, r);
        if (r.isTransientFailure())
            return at(transientCause(r), Step::RcptForeign, r);
        // The experiment: the server takes mail for its own domain but not for another.
        if (local && local->ok)
            return at(authUnavailable ? Cause::AuthUnavailable : Cause::RelayDenied, Step::RcptForeign, r);
        if (says(r, relayWords()) || isEnhanced(r, 5, 7, 1) || isEnhanced(r, 5, 7, 54) || isEnhanced(r, 5, 4, 1))
            return at(authUnavailable ? Cause::AuthUnavailable : Cause::RelayDenied, Step::RcptForeign, r);
        if (local && !local->ok && local->reply.isValid() && isSenderRefusal(local->reply))
            return at(Cause::SenderRejected, Step::RcptLocal, local->reply);
        if (says(r, unknownRecipientWords()) || isEnhanced(r, 5, 1, 1))
            return at(Cause::RecipientUnknown, Step::RcptForeign, r);
        if (says(r, blockWords()))
            return at(Cause::Blocked, Step::RcptForeign, r);
        return at(Cause::RelayDenied, Step::RcptForeign, r);
    }

    if (anyForeign) {
        if (const StepRecord *data = a.lastStep(Step::Data); data && !data->ok)
            return at(Cause::MessageRejected, Step::Data, data->reply);
        if (const StepRecord *msg = a.lastStep(Step::Message); msg && !msg->ok) {
            const SmtpReply &r = msg->reply;
            if (r.code == 552 || isEnhanced(r, 5, 3, 4))
                return at(Cause::MessageTooLarge, Step::Message, r);
            if (r.isTransientFailure())
                return at(transientCause(r), Step::Message, r);
            return at(Cause::MessageRejected, Step::Message, r);
        }
        return at(Cause::Ok, Step::RcptForeign, a.lastStep(Step::RcptForeign)->reply);
    }

    switch (a.failure) {
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

QList<Fix> fixesFor(Cause cause, Location location)
{
    QList<Fix> fixes = causeInfo(cause).fixes;
    // Where the user is changes what to try first (the relay scenarios of the seed article):
    // at home the provider's own server should accept you, so a refusal there means its rules changed.
    if (cause == Cause::RelayDenied || cause == Cause::AuthRequired) {
        if (location == Location::Home) {
            fixes.removeAll(Fix::UseLocalServer);
            fixes.removeAll(Fix::ContactProvider);
            fixes.append(Fix::ContactProvider);
        } else if (location == Location::Work) {
            fixes.removeAll(Fix::UseLocalServer);
            fixes.prepend(Fix::UseLocalServer);
        }
    }
    return fixes;
}

} // namespace

Verdict diagnoseProbe(const ProbeResult &result)
{
    Verdict v;
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
            if (!a.finished)
                continue;
            if (a.cause == Cause::Ok) {
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
            const AttemptDiagnosis d = diagnoseAttempt(result.attempts.at(chosen), result.settings);
            v.cause = d.cause;
            v.step = d.step;
            v.reply = d.reply;
            v.attempt = chosen;
        }
        // Every port silent: the network blocks mail, whatever the server would say.
        if (chosenProgress < 0 && chosen >= 0 && v.cause != Cause::Ok) {
            const bool allBlocked = std::all_of(result.attempts.cbegin(), result.attempts.cend(),
                                                [](const Attempt &a) { return a.cause == Cause::PortBlocked; });
            if (allBlocked)
                v.cause = Cause::PortBlocked;
        }
    }
    // A failed POP3 login explains a relay refusal that POP-before-SMTP was meant to lift.
    if (result.pop3.attempted && !result.pop3.ok && v.cause != Cause::Ok) {
        v.cause = result.pop3.cause;
        v.step = Step::Pop3;
        v.reply = SmtpReply{};
    }
    const CauseInfo &info = causeInfo(v.cause);
    v.owner = info.owner;
    v.fixes = v.cause == Cause::Ok ? QList<Fix>() : fixesFor(v.cause, result.settings.location);
    return v;
}

} // namespace od
