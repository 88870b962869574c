#include "wordings.h"

#include <QRegularExpression>

namespace od {

namespace {


// Order matters: the first match wins, so specific phrases come before general ones
// (e.g. "Relaying denied. Proper authentication required" is a relay refusal, and
// "Sender was not authenticated by organization" is not a login problem of yours).
// Patterns avoid nested quantifiers so that hostile input cannot make them backtrack.
const QList<Wording> kWordings = {
    // --- encryption ------------------------------------------------------------------------
    {"tls-required",
     R"(must issue a starttls|starttls (?:command )?(?:is )?required|requires? (?:a )?(?:secure|encrypted|tls) (?:connection|transport|session)|encryption (?:is )?(?:required|needed)|\btls (?:is )?required|must use (?:tls|ssl|starttls)|please use (?:starttls|tls|ssl)|not accepted without (?:tls|encryption))",
     Cause::TlsRequired, Owner::You, true, nullptr},
    {"tls-failed",
     R"(tls (?:is )?not available|starttls (?:is )?(?:not available|unavailable|failed)|(?:tls|ssl) (?:negotiation|handshake) (?:failed|error)|ssl routines|no shared cipher|wrong version number)",
     Cause::TlsFailed, std::nullopt, true, nullptr},
    {"certificate-invalid",
     R"(certificate (?:verify|verification) failed|self[- ]signed certificate|certificate (?:has )?expired|unable to get local issuer|certificate name mismatch|hostname mismatch)",
     Cause::CertificateInvalid, std::nullopt, true, nullptr},
    // --- relaying --------------------------------------------------------------------------
    {"relay-denied",
     R"(relay(?:ing)? (?:access )?(?:is )?(?:denied|not permitted|prohibited|not allowed|refused|disallowed|rejected|forbidden)|unable to relay|(?:not|isn't|is not) (?:allowed|permitted|authori[sz]ed) to relay|we do not relay|(?:no|not) relaying|cannot relay|can't relay|relay not (?:permitted|allowed)|relay attempt|rcpt-?hosts?\b|invalid credentials for relay|mail relay denied|non-accepted domain|relay-prohibited|doorsturen geweigerd|vidarebefordran (?:nekad|förbjuden)|weiterleitung verweigert|relaying verweigert|中继(?:被)?拒绝|拒绝中继|不允许中继|relais (?:refusé|interdit))",
     Cause::RelayDenied, std::nullopt, true, nullptr},
    // --- the recipient's organisation only takes internal mail (Exchange 5.7.12/13x) --------
    {"recipient-internal-only",
     R"(sender (?:was )?not authenticated|not authenticated (?:by organi[sz]ation|for (?:group|mailbox|public folder))|sender not in allowed|only accepts? mail from|delivery not authori[sz]ed|not authori[sz]ed to send to|rejected by (?:a )?(?:transport rule|moderator)|restricted to (?:internal|members))",
     Cause::MessageRejected, Owner::Recipient, true,
     QT_TRANSLATE_NOOP("od::CodeTables", "The recipient (a person, group or folder) only accepts mail from certain senders, for example from inside its own organisation. Only the recipient's side can allow you.")},
    // --- logging in --------------------------------------------------------------------------
    {"app-password-required",
     R"(application-specific password|app password)",
     Cause::AuthFailed, Owner::You, true,
     QT_TRANSLATE_NOOP("od::CodeTables", "The provider does not accept the account's normal password from mail programs. Create an app password in the provider's security settings, or use a program that supports modern sign-in.")},
    {"web-login-required",
     R"(log ?in (?:via|with|through) your web browser|web login required|verify your account)",
     Cause::AuthFailed, Owner::You, true,
     QT_TRANSLATE_NOOP("od::CodeTables", "The provider blocked this login as unusual. Sign in once through its web mail, confirm it was you, then try again.")},
    {"smtp-auth-disabled",
     R"(smtpclientauthentication is disabled|basic authentication is disabled|security defaults|user is locked|smtp auth(?:entication)? (?:is )?disabled)",
     Cause::AuthUnavailable, Owner::Provider, true,
     QT_TRANSLATE_NOOP("od::CodeTables", "Logging in to send with a user name and password is switched off for this account or organisation. The administrator has to allow it, or you must send another way.")},
    {"auth-failed",
     R"(authentication (?:failed|unsuccessful|failure|credentials invalid|rejected)|username and password not accepted|incorrect authentication data|invalid (?:user ?name|login|credentials|password)|bad (?:user ?name|password)|(?:user ?name|password) (?:is )?(?:incorrect|invalid|wrong)|login (?:failed|incorrect|denied)|credentials were incorrect|auth failure|anmeldung fehlgeschlagen|aanmelding mislukt)",
     Cause::AuthFailed, Owner::You, true, nullptr},
    {"auth-unavailable",
     R"(authentication not enabled|auth(?:entication)? (?:is )?not (?:supported|available|offered|allowed|enabled)|unrecognized authentication type|no (?:suitable|supported) authentication|authentication mechanism (?:is )?(?:too weak|not supported))",
     Cause::AuthUnavailable, std::nullopt, true, nullptr},
    {"sender-not-logged-in",
     R"(sender address rejected: not logged in)",
     Cause::AuthRequired, Owner::You, true, nullptr},
    {"auth-required",
     R"(authentication (?:is )?required|auth(?:entication)? required|must (?:be )?authenticat|please authenticate|not authenticated|authenticate first|requires? (?:smtp )?authentication|log ?in required|log ?in first|you must log ?in|to send anonymous mail|anonymous (?:mail|relay|users?|senders?) (?:is |are )?not (?:allowed|permitted|accepted)|pop[- ]before[- ]smtp|check your (?:incoming )?mail first|(?:turn on|enable|switch on) (?:smtp )?auth(?:entication)? in your (?:mail|e-?mail) (?:client|program))",
     Cause::AuthRequired, Owner::You, true, nullptr},
    // --- the sender's address ----------------------------------------------------------------
    {"sender-not-owned",
     R"(not owned by (?:user|auth)|send ?as ?denied|not allowed to send as|permissions? to send as|(?:from|sender) address (?:is )?not (?:allowed|permitted|authori[sz]ed|verified)|sender (?:is )?not allowed|envelope sender is not allowed|address does not match (?:the )?(?:authenticated|login)|does not belong to (?:your|the authenticated)|sender address does not belong)",
     Cause::SenderRejected, Owner::You, true,
     QT_TRANSLATE_NOOP("od::CodeTables", "The server only lets you send with addresses that belong to the account you log in with. Use that address as From, or have the other address added to your account.")},
    {"sender-rejected",
     R"(sender address rejected|sender (?:domain|address) (?:must exist|not found|does not exist|unknown)|domain of sender address|sender verif(?:y|ication) failed|your envelope sender|badmailfrom|sender rejected|rejected sender|bad sender\b|mail from address (?:rejected|refused))",
     Cause::SenderRejected, std::nullopt, true, nullptr},
    // --- greylisting -------------------------------------------------------------------------
    {"greylisted",
     R"(gr[ae]y-?list)",
     Cause::ServerUnavailable, Owner::Recipient, true,
     QT_TRANSLATE_NOOP("od::CodeTables", "The receiving server uses greylisting: it turns away the first attempt from a sender it does not know yet and accepts a retry a few minutes later. Mail servers retry by themselves; nothing needs doing unless it keeps failing for hours.")},
    // --- block lists and reputation ----------------------------------------------------------
    {"residential-ip",
     R"(\bpbl\b|policy block list|dynamic(?:ally assigned)? (?:ip|address|range|pool)|dial-?up|residential|end-?user (?:ip|network)|consumer (?:ip|network|connection)|direct[- ]to[- ]mx|not allowed to send directly)",
     Cause::Blocked, Owner::You, true,
     QT_TRANSLATE_NOOP("od::CodeTables", "The receiving server does not take mail straight from home and mobile connections. Send through your provider's outgoing server (with a login) instead of delivering directly.")},
    {"blocklisted",
     R"(spamhaus|spamcop|barracuda|\bsorbs\b|uceprotect|blocklist\.de|spamrats|mailspike|\bpsbl\b|dnsbl|\brbl\b|realtime block|block ?list|black ?list|blocked using|listed (?:at|in|on|by) |banned sending ip|poor reputation|bad reputation|sender reputation|ip reputation|\(s3150\)|\(s3140\))",
     Cause::Blocked, std::nullopt, true,
     QT_TRANSLATE_NOOP("od::CodeTables", "The sending server's IP address is on a block list, so the receiving server refuses it. Whoever runs the sending server has to find out why it was listed, fix that, and ask for removal; until then, sending through another server helps.")},
    {"reverse-dns",
     R"(reverse dns|\bptr\b|reverse (?:lookup|hostname)|find your hostname|find your reverse|\brdns\b|helo command rejected|bad helo|invalid helo|helo name)",
     Cause::Blocked, Owner::Provider, true,
     QT_TRANSLATE_NOOP("od::CodeTables", "The sending server's name and address do not check out (no reverse DNS, or a wrong HELO name). Whoever runs the sending server has to fix its DNS or configuration.")},
    // --- sender domain authentication --------------------------------------------------------
    {"domain-auth-failed",
     R"(\bspf\b|sender policy framework|\bdkim\b|\bdmarc\b|domainkeys|unauthenticated email|sender id)",
     Cause::DomainAuthFailed, Owner::Provider, true, nullptr},
    // --- limits ------------------------------------------------------------------------------
    {"sending-quota",
     R"(sending (?:quota|limit)|daily (?:user )?sending|quota exceeded for sending|(?:message|sending|rate) limit (?:exceeded|reached)|exceeded (?:the )?(?:rate|sending|message) limit)",
     Cause::RateLimited, Owner::You, true, nullptr},
    {"mailbox-full",
     R"(mailbox (?:is )?full|mailbox quota|over ?quota|quota exceeded|exceed(?:s|ed)? (?:the |its |his |her )?(?:storage|quota|mailbox)|insufficient (?:system )?storage|no space left|mailbox size limit|storage allocation|inbox (?:is )?full|disk quota|postfach (?:ist )?voll|postvak (?:is )?vol|brevlådan är full|邮箱已满)",
     Cause::MailboxFull, std::nullopt, true, nullptr},
    {"rate-limited",
     R"(rate.?limit|too many (?:messages|connections|recipients|mails|emails|errors|concurrent)|throttl|slow down|unusual rate|frequency limit|too much mail|message rate|mail flood)",
     Cause::RateLimited, std::nullopt, true, nullptr},
    // --- the recipient -----------------------------------------------------------------------
    {"mailbox-disabled",
     R"(account (?:is |has been )?(?:disabled|suspended|deactivated|inactive|closed|expired)|mailbox (?:is |has been )?(?:disabled|inactive|suspended|closed|frozen)|is disabled|no longer (?:active|in use|accepting)|inactive (?:user|account|mailbox))",
     Cause::MailboxDisabled, std::nullopt, true, nullptr},
    // A DNS failure of the sending server (Postfix "Name service error for name=... type=MX",
    // Sendmail "host name lookup failure", Gmail "DNS Error: ... DNS type 'mx' lookup of ...").
    {"dns-failure",
     R"(name service error|host name lookup failure|dns error\b|dns type '?mx'? lookup|mx lookup (?:failed|error)|no mx (?:record|host)s? (?:found )?for)",
     Cause::HostNotFound, std::nullopt, true, nullptr},
    {"recipient-unknown",
     R"(user unknown|unknown user|no such (?:user|mailbox|recipient|address|account|domain)|(?:recipient|user|mailbox|address|account) (?:does not|doesn't|did not) exist|does not exist|unknown (?:recipient|mailbox|address|local[- ]part|alias|domain)|recipient (?:address )?(?:not found|unknown|invalid)|(?:mailbox|user|recipient|address) not found|invalid (?:recipient|mailbox)|unroute?able address|no mailbox here|not a valid (?:mailbox|recipient)|bad destination mailbox|recipnotfound|recipient address rejected|address couldn't be found|domain (?:not found|does not exist)|host or domain name not found|benutzer unbekannt|empfänger unbekannt|gebruiker onbekend|用户不存在|收件人不存在)",
     Cause::RecipientUnknown, std::nullopt, true, nullptr},
    // --- the message -------------------------------------------------------------------------
    {"message-too-large",
     R"(message (?:size )?(?:exceeds|too (?:large|big))|too (?:large|big)\b|size limit|exceeds? (?:the )?(?:fixed )?maximum (?:message )?size|message length exceeds|maximum message size|message size|nachricht (?:ist )?zu groß|bericht is te groot)",
     Cause::MessageTooLarge, Owner::You, true, nullptr},
    {"routing-loop",
     R"(mail loop|loops back to myself|routing loop|too many hops|hop count|forwarding loop|loop detected)",
     Cause::RoutingLoop, std::nullopt, true, nullptr},
    {"delivery-expired",
     R"(retry timeout exceeded|message expired|delivery time expired|in the queue too long|retry time not reached for any host after a long failure|could not be delivered (?:within|for) \d+|maximum time in queue|have been failing for a long time)",
     Cause::DeliveryExpired, Owner::Recipient, true, nullptr},
    // --- connections -------------------------------------------------------------------------
    {"connection-refused",
     R"(connection refused|socket error code 10061)",
     Cause::ConnectionRefused, std::nullopt, true, nullptr},
    {"host-not-found",
     R"(host not found|name or service not known|nodename nor servname|could not resolve|couldn't resolve|unknown host|nxdomain|servfail|no address associated)",
     Cause::HostNotFound, std::nullopt, true, nullptr},
    // --- weak: only when the codes say nothing more specific ---------------------------------
    {"content-rejected",
     R"(spam|junk mail|unsolicited|content (?:rejected|filter)|virus|malware|infected|phishing|attachment|bulk mail|message (?:was )?(?:rejected|refused|blocked) (?:as|because|due))",
     Cause::MessageRejected, std::nullopt, false, nullptr},
    {"connection-lost",
     R"(timed out|no route to host|network is unreachable|host unreachable|connection reset|lost connection|connection (?:was )?(?:dropped|closed|lost|interrupted))",
     Cause::ServerUnavailable, std::nullopt, false, nullptr},
    {"recipient-unavailable",
     R"(mailbox unavailable|mailbox not available|recipient rejected|address rejected)",
     Cause::RecipientUnknown, std::nullopt, false, nullptr},
    {"server-unavailable",
     R"(service (?:is )?(?:temporarily )?(?:not available|unavailable)|temporarily unavailable|try (?:again )?later|temporary (?:failure|error|problem)|too busy|server busy|closing (?:transmission )?channel|overloaded|resources temporarily|local error in processing|requested action aborted|please retry)",
     Cause::ServerUnavailable, std::nullopt, false, nullptr},
};


struct Compiled
{
    QList<QRegularExpression> regexes;
};

const Compiled &compiled()
{
    static const Compiled c = [] {
        Compiled out;
        out.regexes.reserve(kWordings.size());
        for (const Wording &w : kWordings) {
            QRegularExpression re(QString::fromUtf8(w.pattern),
                                  QRegularExpression::CaseInsensitiveOption
                                      | QRegularExpression::UseUnicodePropertiesOption);
            re.optimize();
            Q_ASSERT_X(re.isValid(), "wordings", w.id);
            out.regexes.append(re);
        }
        return out;
    }();
    return c;
}

} // namespace

const QList<Wording> &wordings() { return kWordings; }

CodeMeaning matchWording(QStringView text, bool *strong, qsizetype maxChars, qsizetype *position)
{
    if (strong)
        *strong = false;
    if (text.isEmpty())
        return {};
    const QStringView t = text.left(maxChars);
    const Compiled &c = compiled();
    for (qsizetype i = 0; i < kWordings.size(); ++i) {
        const QRegularExpressionMatch match = c.regexes.at(i).match(t);
        if (!match.hasMatch())
            continue;
        if (position)
            *position = match.capturedStart();
        const Wording &w = kWordings.at(i);
        CodeMeaning m;
        m.cause = w.cause;
        m.owner = w.owner;
        m.source = MeaningSource::Wording;
        m.rule = QStringLiteral("wording:") + QLatin1String(w.id);
        m.explanation = w.explanation;
        if (strong)
            *strong = w.strong;
        return m;
    }
    return {};
}

} // namespace od
