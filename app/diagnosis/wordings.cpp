// SPDX-License-Identifier: GPL-3.0-or-later
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
    // RFC 8689 "5.7.30 REQUIRETLS support required": the message asked for TLS on every hop.
    // Mimecast "This route requires encryption (TLS)" (rhost/for-mimecast.go), MessageLabs "451
    // TLS/SSLv3 Connection required. (#4.7.1)" (rhost/for-messagelabs.go), Gmail "421 4.7.29 ...
    // this message wasn't sent over a TLS connection ... use TLS/SSL for SMTP connections"
    // (rhost/for-google.go); all go-sisimai, from the providers' pages.
    {"tls-required",
     R"(must issue a starttls|requiretls|route requires (?:encryption|tls)|tls(?:/sslv?3)? connection required|wasn't sent over a tls connection|to use tls/ssl for smtp|starttls (?:command )?(?:is )?required|requires? (?:a )?(?:secure|encrypted|tls) (?:connection|transport|session)|encryption (?:is )?(?:required|needed)|\btls (?:is )?required|must use (?:tls|ssl|starttls)|please use (?:starttls|tls|ssl)|not accepted without (?:tls|encryption))",
     Cause::TlsRequired, Owner::You, true, nullptr},
    // Gmail "500 Remote server does not support TLS (state 6)" (a bounce quoting why Gmail's
    // server gave up: Sisimai lib/Sisimai/Lhost/Gmail.pm). Exchange Online's refusals to deliver
    // over an unverified channel: "failed MTA-STS validation", "starttls-not-supported:",
    // "certificate-expired:", "certificate-host-mismatch:", "tlsa-invalid:", "dnssec-invalid:"
    // (5.4.8, 5.7.321-325; go-sisimai rhost/for-microsoft.go from learn.microsoft.com); Mimecast
    // "This route requires high-strength ciphers", "Configuration is invalid for this certificate"
    // (go-sisimai rhost/for-mimecast.go); Gmail "STARTTLS may not be repeated" (rhost/for-google.go).
    {"tls-failed",
     R"(mta-sts validation|starttls-not-supported|certificate-expired:|certificate-host-mismatch|tlsa-invalid|dnssec-invalid|requires high-strength ciphers|configuration is invalid for this certificate|starttls may not be repeated|does not support (?:tls|starttls)|tls (?:is )?not available|starttls (?:is )?(?:not available|unavailable|failed)|(?:tls|ssl) (?:negotiation|handshake) (?:failed|error)|ssl routines|no shared cipher|wrong version number)",
     Cause::TlsFailed, std::nullopt, true, nullptr},
    {"certificate-invalid",
     R"(certificate (?:verify|verification) failed|self[- ]signed certificate|cert_has_expired|depth_zero_self_signed_cert|unable_to_verify_leaf_signature|err_tls_cert_altname_invalid|certificate (?:has )?expired|unable to get local issuer|certificate name mismatch|hostname mismatch)",
     Cause::CertificateInvalid, std::nullopt, true, nullptr},
    // --- relaying --------------------------------------------------------------------------
    // Besides the MTAs' own: the phrases of go-sisimai reason/why-norelaying.go ("insecure mail
    // relay", MailEnable "mail server requires authentication when attempting to send to a
    // non-local e-mail address", "not a gateway", "not local host", "we don't handle mail for",
    // "specified domain is not allowed", "relaying mail to"), MessageLabs "You are trying to use me
    // [...] as a relay, but I have not been configured to let you [...] do this"
    // (rhost/for-messagelabs.go) and i.ua "The use of SMTP as mail gate is forbidden" (err/1,
    // rhost/for-iua.go).
    {"relay-denied",
     R"((?:not|isn't) configured to relay|\bas a relay\b|insecure mail relay|requires authentication when attempting to send to a non-local|\bnot a gateway\b|not an open relay|\bnot local host\b|relaying mail to\b|specified domain is not allowed|don't handle mail for|as (?:a )?mail ?gate\b|relay(?:ing)? (?:access )?(?:is )?(?:denied|not permitted|prohibited|not allowed|refused|disallowed|rejected|forbidden)|unable to relay|(?:not|isn't|is not) (?:allowed|permitted|authori[sz]ed) to relay|we do not relay|(?:no|not) relaying|cannot relay|can't relay|relay not (?:permitted|allowed)|relay attempt|rcpt-?hosts?\b|invalid credentials for relay|mail relay denied|non-accepted domain|relay-prohibited|doorsturen geweigerd|vidarebefordran (?:nekad|förbjuden)|weiterleitung verweigert|relaying verweigert|中继(?:被)?拒绝|拒绝中继|不允许中继|relais (?:refusé|interdit))",
     Cause::RelayDenied, std::nullopt, true, nullptr},
    // --- the recipient's organisation only takes internal mail (Exchange 5.7.12/13x) --------
    // Also the recipient's own filters: "user refuses to receive this mail", "refused due to
    // recipient preferences" (Facebook), "recipient is only accepting mail from specific email
    // addresses" (AOL), "you have been blocked by the recipient", "message rejected due to user
    // rules", "is not accepting any mail", AT&T "has restricted SMS e-mail", "account is protected by" (go-sisimai
    // reason/why-filtered.go), Exchange "because the
    // sender isn't on the recipient's list of senders to accept mail from" (reason/why-rejected.go).
    {"recipient-internal-only",
     R"(refuses? to receive (?:this )?mail|restricted sms e-?mail|account is protected by|due to recipient preferences|only accepting mail from specific|blocked by the recipient|rejected due to user rules|is not accepting any mail|recipient's list of senders to accept mail from|sender (?:was )?not authenticated|not authenticated (?:by organi[sz]ation|for (?:group|mailbox|public folder))|sender not in allowed|only accepts? mail from|delivery not authori[sz]ed|not authori[sz]ed to send to|rejected by (?:a )?(?:transport rule|moderator)|restricted to (?:internal|members))",
     Cause::MessageRejected, Owner::Recipient, true,
     QT_TRANSLATE_NOOP("od::CodeTables", "The recipient (a person, group or folder) only accepts mail from certain senders, for example from inside its own organisation. Only the recipient's side can allow you.")},
    // --- providers: the account's normal password is not accepted for sending ----------------
    // Gmail "534-5.7.9 Application-specific password required" (?p=InvalidSecondFactor):
    //   support.google.com/a/answer/3726730 (Gmail SMTP errors and codes).
    // QQ Mail "535 Error: 请使用授权码登录。详情请看: http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=28&&no=1001256"
    //   (log in with the client authorisation code): github.com/ZsgsDesign/NOJ/issues/93.
    // NetEase 163/126 "550 User has no permission" (SMTP not switched on in the web settings, or
    //   the client authorisation code not used): github.com/open-falcon/mail-provider/issues/6,
    //   github.com/testerSunshine/12306/issues/62.
    {"app-password-required",
     R"(application-specific password|app password|invalidsecondfactor|授权码|authori[sz]ation code|no=1001256|user has no permission)",
     Cause::PasswordLoginDisabled, Owner::You, true,
     QT_TRANSLATE_NOOP("od::CodeTables", "The provider does not accept the account's normal password from mail programs. Create an app password in the provider's security settings, or use a program that supports modern sign-in.")},
    {"web-login-required",
     R"(log ?in (?:via|with|through) your web browser|web login required|verify your account)",
     Cause::AuthFailed, Owner::You, true,
     QT_TRANSLATE_NOOP("od::CodeTables", "The provider blocked this login as unusual. Sign in once through its web mail, confirm it was you, then try again.")},
    // Microsoft 365 "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled
    //   for the Tenant", "... basic authentication is disabled", "... user is locked by your
    //   organization's security defaults policy", "... the request did not meet the criteria to be
    //   authenticated successfully": learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/
    //   authenticated-client-smtp-submission (and aka.ms/smtp_auth_disabled).
    {"smtp-auth-disabled",
     R"(smtpclientauthentication is disabled|basic authentication is disabled|security defaults|user is locked|smtp auth(?:entication)? (?:is )?disabled|did not meet the criteria to be authenticated)",
     Cause::PasswordLoginDisabled, Owner::Provider, true,
     QT_TRANSLATE_NOOP("od::CodeTables", "Logging in to send with a user name and password is switched off for this account or organisation. The administrator has to allow it, or you must send another way.")},
    // Gmail "454 4.7.0 Too many login attempts, please try again later"
    //   (support.google.com/a/answer/3726730); Yahoo "535 5.7.0 (#AUTH005) Too many bad auth attempts".
    // Mimecast "550 Submitter failed to authenticate" (rhost/for-mimecast.go).
    {"auth-failed",
     R"((?:submitter|client|sender|user) failed to authenticate|too many (?:login|bad auth|failed login|authentication) attempts|authentication (?:failed|unsuccessful|failure|credentials invalid|rejected)|username and password not accepted|incorrect authentication data|invalid (?:user ?name|login|credentials|password)|bad (?:user ?name|password)|(?:user ?name|password) (?:is )?(?:incorrect|invalid|wrong)|login (?:failed|incorrect|denied)|credentials were incorrect|auth failure|anmeldung fehlgeschlagen|aanmelding mislukt)",
     Cause::AuthFailed, Owner::You, true, nullptr},
    {"auth-unavailable",
     R"(authentication not enabled|auth(?:entication)? (?:is )?not (?:supported|available|offered|allowed|enabled)|unrecognized authentication type|no (?:suitable|supported) authentication|authentication mechanism (?:is )?(?:too weak|not supported))",
     Cause::AuthUnavailable, std::nullopt, true, nullptr},
    {"sender-not-logged-in",
     R"(sender address rejected: not logged in)",
     Cause::AuthRequired, Owner::You, true, nullptr},
    // Gmail "550-5.7.26 This mail is unauthenticated, which poses a security risk to the sender and
    //   Gmail users ... The sender must authenticate with at least one of SPF or DKIM"
    //   (support.google.com/a/answer/3726730): domain authentication, not a login.
    {"domain-unauthenticated",
     R"(this mail is unauthenticated|has been blocked because the sender is unauthenticated|must authenticate with at least one of spf or dkim)",
     Cause::DomainAuthFailed, Owner::Provider, true, nullptr},
    // "... SMTP authentication turned on in your email client" (go-sisimai reason/why-securityerror.go),
    // Exchange "5.7.3 Cannot achieve Exchange Server authentication" (rhost/for-microsoft.go).
    {"auth-required",
     R"(authentication (?:is )?required|auth(?:entication)? required|must (?:be )?authenticat|please authenticate|not authenticated|authenticate first|must issue an auth command|requires? (?:smtp )?authentication|log ?in required|log ?in first|you must log ?in|to send anonymous mail|anonymous (?:mail|relay|users?|senders?) (?:is |are )?not (?:allowed|permitted|accepted)|pop[- ]before[- ]smtp|check your (?:incoming )?mail first|(?:turn on|enable|switch on) (?:smtp )?auth(?:entication)? in your (?:mail|e-?mail) (?:client|program)|auth(?:entication)? turned on in your (?:mail|e-?mail) (?:client|program)|cannot achieve exchange server authentication|unauthenticated (?:senders?|users?|relay|mail) (?:are |is )?not (?:allowed|permitted|accepted))",
     Cause::AuthRequired, Owner::You, true, nullptr},
    // --- the sender's address ----------------------------------------------------------------
    // NetEase 163/126 "553 Mail from must equal authorized user" (github.com/xuxueli/xxl-job/issues/3858,
    //   github.com/matomo-org/matomo/issues/12426); QQ "501 mail from address must be same as
    //   authorization user" (github.com/nodeSolidServer/node-solid-server/issues/1281); Amazon SES
    //   "554 Message rejected: Email address is not verified. The following identities failed the
    //   check in region ..." (docs.aws.amazon.com/ses/latest/dg/troubleshoot-error-messages.html);
    //   "550 5.7.0 From address is not one of your addresses" (github.com/TryGhost/Ghost/issues/24100);
    //   Gmail "It appears you are sending this from a different address or alias using the 'Send mail
    //   as' feature" (go-sisimai reason/why-rejected.go).
    {"sender-not-owned",
     R"(sending this from a different address or alias|not one of your addresses|must equal authori[sz]ed user|must be (?:the )?same as (?:the )?authori[sz]ation user|address is not verified|identities failed the check|not owned by (?:user|auth)|send ?as ?denied|not allowed to send as|permissions? to send as|(?:from|sender) address (?:is )?not (?:allowed|permitted|authori[sz]ed|verified)|sender (?:is )?not allowed|envelope sender is not allowed|address does not match (?:the )?(?:authenticated|login)|does not belong to (?:your|the authenticated)|sender address does not belong)",
     Cause::SenderRejected, Owner::You, true,
     QT_TRANSLATE_NOOP("od::CodeTables", "The server only lets you send with addresses that belong to the account you log in with. Use that address as From, or have the other address added to your account.")},
    // Mailing lists that take posts from members only: Mailman "Post by non-member to a
    //   members-only list" (Mailman/Handlers/Hold.py), fml "You are not a member of this mailing
    //   list" (Sisimai lib/Sisimai/Lhost/FML.pm), "you are not allowed to post to this mailing
    //   list" (Sisimai reason/why-rejected.go), "closed mailing list", Google Groups "the email address
    //   used to send your message is not subscribed to this group" (go-sisimai
    //   reason/why-policyviolation.go).
    {"members-only-list",
     R"(not a member of this (?:mailing )?list|closed mailing list|not subscribed to this group|non-?member to a members-only list|not allowed to post to this (?:mailing )?list|not member article from)",
     Cause::SenderRejected, Owner::Recipient, true,
     QT_TRANSLATE_NOOP("od::CodeTables", "The mailing list accepts posts only from its members. Subscribe with the address you send from, or ask the list's owner to let you post.")},
    // The receiving side keeps a list of senders it refuses (or accepts): Mimecast "Envelope blocked
    //   - User Entry", "Rejected by header-based Blocked Senders - Block policy for Header From"
    //   (rhost/for-mimecast.go), MessageLabs "Sorry, your email address has been blacklisted", "your
    //   domain has been blocked" (rhost/for-messagelabs.go), "sender address has been blacklisted",
    //   "sender is in my black list", "sender not pre-approved", McAfee "denied [bouncedeny]",
    //   Exchange "email address is on SenderFilterConfig list", "this server does not accept mail
    //   from" (go-sisimai reason/why-rejected.go).
    {"sender-blocked",
     R"(envelope blocked|envelope rejected - block policy|blocked senders|block policy for (?:envelope from|header from)|sender address has been blacklisted|sender is in my black ?list|sender is spammer|your (?:e-?mail address|domain)(?: \([^()]{1,100}\))? has been (?:blocked|blacklisted)|sending to/from an address that has been blacklisted|senderfilterconfig|sender not pre-approved|\(sender blacklisted\)|\[bouncedeny\]|this server does not accept mail from)",
     Cause::SenderRejected, Owner::Recipient, true,
     QT_TRANSLATE_NOOP("od::CodeTables", "The receiving side refuses mail from your address or domain: it is on that side's list of blocked senders, or not on its list of approved ones. Only the recipient or their administrator can allow you; ask them by other means.")},
    // Besides Postfix's and Exim's own: Courier "550 5.7.1 can't determine Purported Responsible
    //   Address" (its Sender ID check of the From/Sender header, RFC 4407), qmail-remote
    //   "Connected to x but sender was rejected." (qmail-remote.c), Orange "Emetteur invalide.
    //   Invalid Sender." and "null sender is not allowed", "unroutable sender address" (Sisimai
    //   reason/why-rejected.go); more from there and the providers' tables of go-sisimai: IMail "bogus
    //   mail from", Exchange "5.1.7 Unknown sender address"
    //   (rhost/for-microsoft.go), MessageLabs "sender envelope domain not allowed for sender IP
    //   address" (rhost/for-messagelabs.go), Yahoo "451 Message temporarily deferred due to
    //   unresolvable RFC.5321 from domain" (rhost/for-yahooinc.go), GoDaddy "From: Domain is
    //   invalid" (IB506, rhost/for-godaddy.go), Google Workspace "550 5.7.0 Mail Sending denied" (the
    //   sending account disabled or not registered, rhost/for-google.go), and refusals of bounces
    //   (a null sender) without a valid BATV tag or signature: "batv failed to verify", MDaemon
    //   "backscatter protection", SpamWall "no third-party DSNs", "unsigned DSN", "returned mail not
    //   accepted here".
    {"sender-rejected",
     R"(can't determine purported\s+responsible address|but sender was rejected|emetteur invalide|invalid sender\b|null sender is not allowed|empty envelope senders not allowed|unroutable sender address|sender address rejected|sender (?:domain|address) (?:must exist|not found|does not exist|unknown)|domain of sender address|sender verif(?:y|ication) failed|your envelope sender|badmailfrom|sender rejected|rejected sender|bad sender\b(?! ip)|mail from address (?:rejected|refused)|bogus mail from|sender (?:email address rejected|domain is empty)|sender was rejected|(?:unknown|invalid) sender (?:address|domain)|without a valid sender domain|from: domain is invalid|sender envelope domain not allowed|unresolvable rfc\.?5321 (?:from )?domain|mail sending denied|\bbatv\b|backscatter protection|no third-party dsns|unsigned dsn|returned mail not accepted here)",
     Cause::SenderRejected, std::nullopt, true, nullptr},
    // --- greylisting -------------------------------------------------------------------------
    {"greylisted",
     R"(gr[ae]y-?list)",
     Cause::ServerUnavailable, Owner::Recipient, true,
     QT_TRANSLATE_NOOP("od::CodeTables", "The receiving server uses greylisting: it turns away the first attempt from a sender it does not know yet and accepts a retry a few minutes later. Mail servers retry by themselves; nothing needs doing unless it keeps failing for hours.")},
    // --- block lists and reputation ----------------------------------------------------------
    // Gmail "421-4.7.0 Our system has detected an unusual rate of unsolicited mail originating from
    //   your IP address ... temporarily blocked" and "... very low reputation of the sending IP
    //   address / domain" (support.google.com/a/answer/3726730). Yahoo/AOL "421 4.7.0 [TSS04]
    //   Messages from x temporarily deferred due to unexpected volume or user complaints",
    //   "553 5.7.2 [TSS09] All messages from x will be permanently deferred" (senders.yahooinc.com
    //   SMTP error codes; help.yahoo.com/kb/review-xx-smtp-sln26151.html). T-Online "554 IP=x - A
    //   problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to
    //   clarify.) (BL)" (github.com/mailcow/mailcow-dockerized/issues/2639). Gmail "421 4.7.28 Gmail has
    //   detected an unusual rate of mail originating from your IP address" (rhost/for-google.go),
    //   "a poor email reputation score", "IP/domain reputation problems", T-Online "none/bad
    //   reputation" (go-sisimai reason/why-badreputation.go).
    {"provider-reputation",
     R"(unusual rate of (?:unsolicited )?mail|low reputation|poor (?:\S+ )?reputation|reputation (?:score|problems)|none/bad reputation|\[tss?\d\d\]|temporarily deferred due to (?:unexpected volume|user complaints)|permanently deferred|\(bl\)|tosa@rx\.t-online\.de)",
     Cause::Blocked, Owner::Provider, true,
     QT_TRANSLATE_NOOP("od::CodeTables", "The receiving provider refuses or defers mail from the sending server because of its reputation (spam complaints, unusual volume, a block list). Whoever runs the sending server has to follow the link in the reply to ask for removal; sending through your provider's own server usually helps.")},
    // Gmail "550-5.7.1 The IP you're using to send mail is not authorized to send email directly to
    //   our servers" (support.google.com/a/answer/3726730); T-Online "554 IP=x - Dialup/transient IP
    //   not allowed. Use a mailgateway ... (DIAL)" (github.com/chatmail/provider-db/issues/280).
    {"residential-ip",
     R"(\bpbl\b|policy block list|dynamic(?:ally assigned)? (?:ip|address|range|pool)|dial-?up|transient ip not allowed|not authori[sz]ed to send (?:e-?mail )?directly|residential|end-?user (?:ip|network)|consumer (?:ip|network|connection)|direct[- ]to[- ]mx|not allowed to send directly)",
     Cause::Blocked, Owner::You, true,
     QT_TRANSLATE_NOOP("od::CodeTables", "The receiving server does not take mail straight from home and mobile connections. Send through your provider's outgoing server (with a login) instead of delivering directly.")},
    // "listed in" names a block list unless negated: Lotus Domino's "User ... not listed in Domino
    //   Directory" / "... not listed in public Name & Address Book" is an unknown recipient
    //   (Sisimai lib/Sisimai/Reason/UserUnknown.pm).
    // The receiving server refuses the sending server's address itself (spam sent from it, a
    // dynamic address, its own list): "currently sending spam", "you are sending spam", free.fr
    // "too many spams from your IP", "dynamic/zombied/spam IPs blocked", "extreme bad IP profile",
    // "your access to submit messages to this e-mail system has been rejected", "please use the SMTP
    // server of your ISP", "server access forbidden by your IP", "access from ip address x blocked",
    // Earthlink "IP x is blocked by EarthLink", "mail server at x is blocked", "server IP x listed as
    // abusive", "your access IP x has been rejected", "rejected because the sending MTA or the
    // sender has not passed validation", "your server requires confirmation" (go-sisimai
    // reason/why-blocked.go); AT&T "blocked for abuse. see http://att.net/blocks"
    // (reason/why-spamdetected.go); Gmail "IP not in whitelist for RCPT domain", "The IP you're using
    // to send mail is not authorized to send email directly to our servers" (rhost/for-google.go);
    // i.ua "Use SMTP of your provider to send mail" (err/6, rhost/for-iua.go); Exchange Online
    // "Access denied, rejected by recipient" (5.7.507, rhost/for-microsoft.go), Tencent "Mail is
    // rejected by recipients" (rhost/for-tencent.go); GoDaddy "This IP has been temporarily blocked ..."
    // (IB110-113, rhost/for-godaddy.go); MessageLabs "Sorry, your IP address has been blocked",
    // "Connection rejected by policy" (rhost/for-messagelabs.go); Tencent "Suspected bounce
    // attacks", "Suspected spam IP" (rhost/for-tencent.go); Mimecast "Sender address blocked" (its
    // Blocked Senders policy on the sending IP, rhost/for-mimecast.go); Cox "too many bad commands",
    // "too many invalid recipients" (a block of the IP, rhost/for-cox.go); Zoho "Mail rejected by
    // destination domain" (rhost/for-zoho.go).
    {"sending-ip-blocked",
     R"(currently sending spam|you are sending spam|too many spams from your ip|dynamic/zombied/spam ips|bad ip profile|to submit messages to this e-mail system has been rejected|(?:use|through) (?:the )?smtp (?:server |relay )?(?:of|at) your (?:isp|provider|service provider)|use smtp of your provider|forbidden by your ip|not authori[sz]ed to send e-?mail directly to our servers|ip not in (?:white|allow) ?list|this ip (?:address )?has been (?:temporarily )?blocked|your ip(?: address)?(?: \(?[0-9a-f.:]{3,45}\)?)? (?:has been|is) (?:temporarily )?(?:blocked|blacklisted|banned|rejected)|(?:\bip|\bip address|mail server at|server ip|access ip|access from ip address) \[?[0-9a-f]{1,4}[.:][0-9a-f.:]{2,40}\]?,? (?:(?:is|has been|was) )?(?:temporarily )?(?:blocked|banned|rejected|refused|blacklisted|listed as abusive)|mail from \[?\d{1,3}(?:\.\d{1,3}){3}\]? refused|not passed validation|your server requires confirmation|confirm this mail server|blocked for abuse|att\.net/blocks|access denied, rejected by recipient|mail is rejected by recipients|mail rejected by destination domain|connection rejected by policy|suspected bounce attack|suspected spam ip|sender address blocked|too many bad commands|too many invalid recipients|invalid ip for sending mail|is not allowed to send mail from|(?:blocked|refused) - see https?:)",
     Cause::Blocked, std::nullopt, true,
     QT_TRANSLATE_NOOP("od::CodeTables", "The receiving server refuses mail from the sending server's network address (for spam sent from it, a dynamic or home address, or its own list). Whoever runs the sending server has to ask for removal; sending through your provider's own server usually helps.")},
    {"blocklisted",
     R"(spamhaus|spamcop|barracuda|\bsorbs\b|uceprotect|blocklist\.de|spamrats|mailspike|\bpsbl\b|dnsbl|\brbl\b|realtime block|block ?list|black ?list|blocked using|(?<!not )listed (?:at|in|on|by) |banned sending ip|poor reputation|bad reputation|sender reputation|ip reputation|\(s3150\)|\(s3140\))",
     Cause::Blocked, std::nullopt, true,
     QT_TRANSLATE_NOOP("od::CodeTables", "The sending server's IP address is on a block list, so the receiving server refuses it. Whoever runs the sending server has to find out why it was listed, fix that, and ask for removal; until then, sending through another server helps.")},
    // qmail-remote "Connected to x but my name was rejected." (qmail-remote.c: the HELO refused);
    // Sendmail "Access denied. IP name lookup failed", "unresolvable relay host name", Exim-side
    //   "service permits N unverifyable sending IPs", "domain ... mismatches client ip": missing or
    //   wrong PTR records (Sisimai lib/Sisimai/Reason/RequirePTR.pm); "cannot resolve your address",
    //   Gmail "the corresponding forward DNS entry does not point to the sending IP" (go-sisimai
    //   reason/why-requireptr.go), Cox "dns check failure - try again later" (its reverse DNS check,
    //   rhost/for-cox.go), Gmail "501 5.5.4 HELO/EHLO argument is invalid" (rhost/for-google.go).
    {"reverse-dns",
     R"(but my name was rejected|reverse dns|cannot resolve your address|forward dns entry|dns check failure|helo/ehlo argument|ip name lookup failed|unresolvable relay host name|unverifyable sending ips|mismatches client ip|\bptr\b|reverse (?:lookup|hostname)|find your hostname|find your reverse|\brdns\b|helo command rejected|bad helo|invalid helo|helo name)",
     Cause::Blocked, Owner::Provider, true,
     QT_TRANSLATE_NOOP("od::CodeTables", "The sending server's name and address do not check out (no reverse DNS, or a wrong HELO name). Whoever runs the sending server has to fix its DNS or configuration.")},
    // --- providers' policy refusals of the message --------------------------------------------
    // NetEase "554 DT:SPM 163 smtp14,... please see http://mail.163.com/help/help_spam_16.htm"
    //   (content taken for spam: github.com/hohoTT/Logistics_Manage_System/issues/11); iCloud
    //   "554 5.7.1 [CS01] Message rejected due to local policy. Please visit
    //   https://support.apple.com/en-us/HT204137" (github.com/chatmail/core/issues/6547); Yahoo
    //   "554 5.7.9 Message not accepted for policy reasons"; GMX / WEB.DE / IONOS (1&1)
    //   "554-Transaction failed 554-Reject due to policy restrictions. 554 For explanation visit
    //   https://postmaster.gmx.net/..." (github.com/nextcloud/mail/issues/6497,
    //   github.com/zammad/zammad/issues/4630, github.com/homematic-community/hm_email/issues/13).
    // Google Groups "Your email to group x was rejected due to spam classification"
    //   (support.google.com/a/answer/168383); Gmail "This message is not RFC 5322 compliant ...
    //   ?p=RfcMessageNonCompliant", "Duplicate header 'DKIM-Signature'" (Sisimai
    //   lib/Sisimai/Reason/NotCompliantRFC.pm); Sendmail "552 5.6.0 Headers too large (N max)"
    //   (sendmail collect.c, MaxHeadersLength): the headers, not the message's size. Gmail "552-5.7.0
    //   This message was blocked because its content presents a potential security issue", "Our
    //   system detected an illegal attachment on your message", "550 5.7.1 Messages with multiple
    //   addresses in From: header are not accepted" (support.google.com/a/answer/3726730). From
    //   go-sisimai: reason/why-policyviolation.go ("denied by policy", "email rejected due to security
    //   policies", "local policy violation", "message bounced due to organizational settings",
    //   "rejected for policy reasons", "the message was rejected by organization policy", "we do not
    //   accept messages containing images or other attachments", "you're using a mass mailer", AOL
    //   "because the recipient is not accepting mail with ..."), reason/why-contenterror.go
    //   ("improper use of 8-bit data in message header", "message mime complexity exceeds the policy
    //   maximum", "this message contain invalid mime headers / improperly-formatted binary content /
    //   text that uses unnecessary base64 encoding", "message header size, or recipient list, exceeds
    //   policy limit"), reason/why-securityerror.go ("executable files are not allowed in compressed
    //   files"), rhost/for-microsoft.go ("5.5.6 Invalid message content", "5.4.11 Agent generated
    //   message depth exceeded", "5.0.350 policy violation detected (AS345)"), rhost/for-mimecast.go
    //   ("Anti-Spoofing policy", "Content Examination Policy"), rhost/for-yahooinc.go ("headers are not
    //   RFC compliant"), rhost/for-godaddy.go ("Blank From: addresses are not allowed", "IP addresses
    //   are not allowed as a From: Address"), rhost/for-cox.go ("attachment extension is forbidden"),
    //   rhost/for-google.go ("exceeded its quota for sending messages with the same Message-ID:"),
    //   rhost/for-facebook.go (MSG-P3 "multiple instances of a header field"); Gmail "550 5.7.1
    //   Messages missing a valid address in the From: header", "... missing a valid Message-ID:
    //   header", "The message contains a unicode character in a disallowed header", "Encoded-word
    //   syntax is not permitted in message header", "The user or domain that you are sending to (or
    //   from) has a policy that prohibited the mail that you sent" (rhost/for-google.go).
    {"provider-policy",
     R"(\bdt:spm\b|content presents a potential|illegal attachment|missing a valid (?:address in the from:|message-id)|unicode character in a disallowed header|encoded-word syntax is not permitted|has a policy that prohibited the mail|multiple addresses in from: header|messages with multiple addresses|header are not accepted|multiple instances of a header|not rfc compliant|blank from: addresses|not allowed as a from: address|same message-id|8-bit data in message header|mime complexity|invalid mime headers|improperly-formatted binary content|unnecessary base64|invalid message content|message depth exceeded|header size(?:, or recipient list,)? exceeds|executable files are not allowed|attachment extension is forbidden|messages containing images or other attachments|not accepting mail with|mass mailer|anti-spoofing|content examination|denied by policy|due to security policies|local policy violation|policy violation detected|due to organizational settings|rejected (?:for|by organization) policy|rejected due to spam classification|not rfc ?5322 compliant|rfcmessagenoncompliant|duplicate header|headers too large|\[cs0\d\]|rejected due to local policy|not accepted for policy reasons|reject due to policy restrictions)",
     Cause::MessageRejected, Owner::Provider, true,
     QT_TRANSLATE_NOOP("od::CodeTables", "The provider's filter refused this message (its content, its headers, or the sending server's standing). The link in the reply names the exact reason; often a missing or malformed header (Date, From, Message-ID) or spam-like content is the cause.")},
    // Content filters that say the message was taken for spam: amavisd-new "554 5.7.0 Reject,
    //   id=... - SPAM" (its reject reply names the content category: SPAM, INFECTED, BANNED,
    //   BAD-HEADER), SpamAssassin-based filters "scored as spam with a probability of ...", and the
    //   phrases Sisimai collects in reason/why-spamdetected.go ("message filtered", "classified as
    //   spam", "high probability of spam", ...) and reason/why-virusdetected.go ("virus detected",
    //   "your message was infected with a virus", "potentially executable attachment"); more of
    //   reason/why-spamdetected.go and reason/why-virusdetected.go of go-sisimai ("spam not accepted",
    //   "your email is considered spam", "message refused by MailMarshal SpamProfiler", "spam score
    //   exceeded", "this message scored 12 spam points", "the message was rejected due to
    //   classification as bulk mail", "virus phishing/malicious_url detected"), Tencent "Spam is
    //   embedded in the email", "Mail content denied", "Suspected spam" (rhost/for-tencent.go), Zoho
    //   "virus x detected by Zoho Mail" (rhost/for-zoho.go), GoDaddy "content judged to be spam",
    //   "Virus infected message rejected" (rhost/for-godaddy.go), Exchange "Content Filter agent
    //   quarantined this message" (rhost/for-microsoft.go).
    {"spam-detected",
     R"(virus detected|virus \S{1,80} detected|virus infected|malicious_url|infected with a virus|\bspam(?:ming)? (?:blocked|refused|rejected|rejection|not (?:accepted|allowed)|detected|check|score|points|content|message|e-?mail|complaints|filter|list)|(?:as|is|be|like|probably|consider(?:ed)?|thinks this e-?mail is|seems to be a|similar to|judged to be) (?:an? )?spam\b|anti-?spam|spam ?(?:filtering|profiler|engine|bouncer)|spam-like|spam(?: or |/)virus|too (?:much|many) spam\b|no spam please|(?:dont|don't|do not) accept spam|\(spam\)|identified spam|suspected spam\b|spam is embedded|help_spam_16|unsolicited bulk|rejected - bulk e-?mail|as a bulk e-?mail|bulk[ .]advertising|block for spam|spamassassin|nature of the content|classification as bulk mail|banned content|mail content (?:denied|rejected)|rejecting mail content|recurrent pattern detection|uribl|mail score \(|probability of being spam|triggered a spam|blocked by our filter|blacklisted url|likely unsolicited|content filter agent|prohibited virus or spam content|potentially executable attachment|used by recent viruses|reject, id=\S{1,60} - (?:spam|infected|banned|bad-header)|scored as spam|(?:classified|identified|detected|considered|rejected) as spam|looks like spam|appears to be (?:spam|unsolicited)|high probability of spam|probable spam|spam detected|spam score|spam content|message filtered|blocked by spamassassin|content filter rejection|message content rejected|unacceptable content)",
     Cause::MessageRejected, std::nullopt, true, nullptr},
    // Receiving servers refusing the sending server itself: Postfix "host x refused to talk to me:
    //   421 ..." (smtp_proto.c: the greeting was a refusal), iCloud "554 ... ESMTP not accepting
    //   connections", Microsoft "too many unwanted messages have been sent from the following IP
    //   address", "not currently accepting mail from your ip", Mimecast "Host network not
    //   allowed", Sendmail "Rejecting open proxy" (srvrsmtp.c), and more from Sisimai
    //   reason/why-blocked.go; Orange / La Poste "Service refuse. Veuillez essayer plus tard.
    //   Service refused, please try later." (Sisimai reason/why-blocked.go, rhost/FrancePTT.pm; the
    //   reference codes that say more are read from its table first).
    {"client-refused",
     R"(refused to talk to me|esmtp not accepting connections|too many unwanted messages have been sent from|not currently accepting mail from your ip|host network not allowed|rejecting open proxy|you are not allowed to connect|sender ip address rejected|hosts with dynamic ip|looks suspiciously like spammer|no access from mail server|bad sender ip address|service refus(?:e|é|ed)\b)",
     Cause::Blocked, std::nullopt, true, nullptr},
    // --- sender domain authentication --------------------------------------------------------
    // Besides the names of the mechanisms: Exchange Online "5.7.515 Access denied, sending domain x
    // doesn't meet the required authentication level. The sender's domain in the 5322.From address
    // doesn't meet the authentication requirements defined for the sender" (go-sisimai
    // reason/why-authfailure.go, rhost/for-microsoft.go).
    {"domain-auth-failed",
     R"(\bspf\b|sender policy framework|required authentication level|authentication requirements defined for the sender|\bdkim\b|\bdmarc\b|domainkeys|unauthenticated email|sender id)",
     Cause::DomainAuthFailed, Owner::Provider, true, nullptr},
    // --- limits ------------------------------------------------------------------------------
    // Amazon SES "554 Message rejected: Sending quota exceeded", "454 Throttling failure: Maximum
    //   sending rate exceeded", "454 Throttling failure: Daily message quota exceeded"
    //   (docs.aws.amazon.com/ses/latest/dg/troubleshoot-error-messages.html,
    //   github.com/hackclub/hackathons-backend/issues/543); Microsoft 365 "550 5.1.90 Your message
    //   can't be sent because you've reached your daily limit for message recipients"; Gmail
    //   "550 5.4.5 Daily user sending limit exceeded" (support.google.com/a/answer/3726730), "Daily SMTP
    //   relay limit exceeded for user", "Peak SMTP relay limit exceeded for customer"
    //   (rhost/for-google.go), Exchange "5.2.2 Submission quota exceeded" (rhost/for-microsoft.go).
    {"sending-quota",
     R"(maximum sending rate|daily message quota|submission quota|relay (?:sending )?limit exceeded|daily limit for message recipients|relay quota|quota of \d+ (?:messages|mails|e-?mails|recipients)|sending (?:quota|limit)|daily (?:user )?sending|quota exceeded for sending|(?:message|sending|rate) limit (?:exceeded|reached)|exceeded (?:the )?(?:rate|sending|message) limit)",
     Cause::RateLimited, Owner::You, true, nullptr},
    // "452 4.3.1 Insufficient system storage" (RFC 5321 4.2.2, RFC 3463 X.3.1 "mail system full"):
    // the receiving server's own disk, not a recipient's mailbox.
    {"server-storage",
     R"(insufficient system (?:storage|resources)|mail system full)",
     Cause::ServerUnavailable, std::nullopt, true, nullptr},
    // Also "insufficient disk space", "boite du destinataire pleine", "mailbox exceeds allowed size",
    // "mailfolder is full", "quota violation for", "user's space has been used up", "user has too
    // many messages on the server", NTT docomo "552 too much mail data" (go-sisimai
    // reason/why-mailboxfull.go), GoDaddy "Account storage limit" (rhost/for-godaddy.go), Gmail "The
    // recipient's inbox is out of storage space" (rhost/for-google.go).
    {"mailbox-full",
     R"(mailbox (?:is )?full|full mailbox|mailbox quota|(?:insufficient|not (?:sufficient|enough)) disk space|boite du destinataire pleine|mailbox (?:exceeds allowed size|would exceed|has exceeded)|mail ?folder is full|quota violation|space has been used up|account storage limit|out of storage space|too much mail data|too many messages on the server|over ?quota|quota exceeded|exceed(?:s|ed)? (?:the |its |his |her )?(?:storage|quota|mailbox)|no space left|mailbox size limit|storage allocation|inbox (?:is )?full|disk quota|postfach (?:ist )?voll|postvak (?:is )?vol|brevlådan är full|邮箱已满)",
     Cause::MailboxFull, std::nullopt, true, nullptr},
    // Gmail "The user you are trying to contact is receiving mail at a rate that prevents
    //   additional messages from being delivered" (?p=ReceivingRatePerm), Postfix policy
    //   "Please try again slower" (Sisimai lib/Sisimai/Reason/Speeding.pm); "has exceeded the max
    //   emails per hour", Orange "Trop de connexions", "connection limit", Sendmail "too many SMTP
    //   sessions for this host", "exceeded the allowable number of posts without solving a captcha"
    //   (go-sisimai reason/why-ratelimited.go, why-toomanyconn.go), Gmail "is receiving mail too
    //   quickly" (rhost/for-google.go), Yahoo "Max message per connection reached"
    //   (rhost/for-yahooinc.go), iCloud "deferred due to excessive volume" (rhost/for-apple.go),
    //   Exchange "recipient thread limit exceeded", "has exceeded the maximum number of connections"
    //   (rhost/for-microsoft.go), Mimecast "Exceeding outbound thread limit" (rhost/for-mimecast.go),
    //   Cox "message threshold exceeded" (rhost/for-cox.go), Tencent "Frequency of receiving messages
    //   is limited" (rhost/for-tencent.go), GoDaddy "exceeded the max number of messages per session"
    //   (IB510, rhost/for-godaddy.go).
    {"rate-limited",
     R"(rate.?limit|receiving mail at a rate|receiving mail too quickly|excessive volume|max(?:imum)? (?:e-?mails|messages?) per (?:hour|connection|session)|max(?:imum)? number of (?:messages|connections|recipients)|trop de connexions|connection limit|maximum connection|too many (?:smtp )?sessions|thread limit|message threshold exceeded|allowable number of posts|frequency of receiving messages is limited|receivingrate|try again slower|too many (?:messages|connections|recipients|mails|emails|errors|concurrent)|throttl|slow down|unusual rate|frequency limit|too much mail|message rate|mail flood)",
     Cause::RateLimited, std::nullopt, true, nullptr},
    // --- the recipient -----------------------------------------------------------------------
    // QQ "invalid/inactive user", NetEase "user suspended", "mailbox currently suspended",
    //   "recipient suspend the service", vpopmail "vdelivermail: account is locked", "User ...
    //   temporary locked", Orange "Boite du destinataire archivee. Archived recipient.", Gmail "The
    //   email account that you tried to reach is disabled / inactive" (Sisimai
    //   lib/Sisimai/Reason/Suspend.pm, reason/why-suspend.go); Yahoo "554 delivery error: dd x is no
    //   longer valid." (rhost/for-yahooinc.go).
    {"mailbox-disabled",
     R"(invalid/inactive user|user suspended|temporary locked|is currently suspended|archived recipient|boite du destinataire archivee|user is terminated|temporarily inactive|this address no longer accepts mail|user or domain is disabled|account that you tried to reach is (?:disabled|inactive)|disabled or discontinued|mailbox currently suspended|recipient suspend the service|vdelivermail: account is locked|is a deactivated mailbox|(?<!wrong or )\bis no longer valid\b|has been (?:temporarily )?suspended|account (?:is |has been )?(?:temporarily )?(?:disabled|suspended|deactivated|inactive|closed|expired)|mailbox (?:is |has been )?(?:disabled|inactive|suspended|closed|frozen)|(?<!archive )is disabled|no longer (?:active|in use|accepting)|inactive (?:user|account|mailbox))",
     Cause::MailboxDisabled, std::nullopt, true, nullptr},
    // A DNS failure of the sending server (Postfix "Name service error for name=... type=MX",
    // Sendmail "host name lookup failure", Gmail "DNS Error: ... DNS type 'mx' lookup of ...",
    // DragonFly Mail Agent "DNS lookup failure: host x not found" (dma net.c), Outlook.com "The mail
    // could not be delivered to the recipient because the domain is not reachable" (Sisimai
    // rhost/microsoft), Sendmail "550 Host unknown (Authoritative answer from name server)", Exim
    // "an MX or SRV record indicated no SMTP service" (routers/dnslookup.c: a null MX, RFC 7505),
    // OpenSMTPD "No MX found for domain" (smtpd/mta.c); Exchange "DNS records for the destination
    // computer could not be found", "DNS query failed", "SMTPSEND.DNS.NonExistentDomain",
    // "malformed or unexpected name server reply", "unrouteable mail domain", "recipient domain must
    // exist", "mail domain mentioned in email address is unknown" (go-sisimai reason/why-networkerror.go,
    // why-hostunknown.go, rhost/for-microsoft.go); a null MX (RFC 7505): iCloud "host/domain does
    // not accept mail", Sendmail "host does not accept mail", "does not accept mail (nullmx)"
    // (reason/why-notaccept.go, rhost/for-apple.go), Google Workspace "Null MX" (rhost/for-gsuite.go).
    {"dns-failure",
     R"(name service error|host name lookup failure|dns records for the destination computer could not be found|malformed (?:or unexpected )?name server reply|dns query failed|nonexistent ?domain|unrouteable mail domain|unable to resolve route|domain must exist|mail domain mentioned in email address is unknown|(?:host|domain|host/domain) does not accept mail|does not accept mail \(nullmx\)|null ?mx\b|dns lookup failure|domain is not reachable|\bhost unknown\b|indicated no smtp service|no mx found for domain|dns error\b|dns type '?mx'? lookup|mx lookup (?:failed|error)|no mx (?:record|host)s? (?:found )?for)",
     Cause::HostNotFound, std::nullopt, true, nullptr},
    // Lotus Domino: "User ... not listed in Domino Directory", "... not listed in public Name &
    //   Address Book" (Sisimai lib/Sisimai/Reason/UserUnknown.pm).
    // Yahoo "554 delivery error: dd This user doesn't have a yahoo.com account"
    //   (senders.yahooinc.com SMTP error codes; Sisimai lib/Sisimai/Reason/UserUnknown.pm).
    // The other MTAs' and languages' wordings of go-sisimai reason/why-userunknown.go (qmail
    //   "sorry, no mailbox here by that name", "badrcptto", vpopmail "vdeliver: invalid or unknown
    //   virtual user", "nessun utente simile", "no existe dicha persona", "utilisateur inconnu", "weil
    //   die Adresse nicht gefunden wurde", "Recipient address rejected: invalid-recipient", ...),
    //   i.ua "User is not found" (err/2, rhost/for-iua.go), MessageLabs "Recipient mailbox is not
    //   allowed" (rhost/for-messagelabs.go), "the account or domain may not exist"
    //   (reason/why-hostunknown.go). Not "invalid address" (Exchange says it of the sender, 5.1.7),
    //   "recipient is not local" or "not a local address" (may be a relay refusal): those decide
    //   nothing alone.
    {"recipient-unknown",
     R"(user unknown|user doesn't have an? \S+ account|can't accept user|not found recipient account|destination addresses were unknown|destination server rejected recipients|e-?mail address could not be found|is not a known user|not an active address at this host|mailbox (?:invalid|not present)|nessun utente simile|no existe (?:dicha persona|ese usuario)|no account by that name|no mail ?box (?:available for this user|by that name|found)|no such person|not a valid user|recipient (?:not exist|not ok|is not accepted)|\brecipient (?:address rejected: )?invalid[- ](?:user|recipient)\b|\buserunknown\b|resolver\.adr\.recipient ?notfound|badrcptto|badrecipientto|not in my validrcptto list|envelope recipient has been denied|user's email name is not found|no one at this address|e-?mail address is wrong or no longer valid|user missing home directory|user not (?:active|exist|known)|utilisateur inconnu|invalid or unknown virtual user|adresse nicht gefunden|non-?existent user|unknown e-?mail address|unknown local ?part|user \S{1,100} was not found|user \(\S{1,100}\) unknown|recipient \S{1,100} was not found|no \S{1,100} in name directory|mailbox(?: \S{1,100})? unavailable or access denied|(?:user|recipient|mailbox|address) is not found|mailbox is not allowed|\bbad recipient\b|no valid recipients, bye|> not found\b|\baddress unknown\b|account or domain may not exist|\binvalid[- ]recipient\b|\binvalid user\b|\bdoesn't exist\b|not present in directory|not listed in (?:the )?(?:domino directory|public name & address book)|unknown user|no such (?:user|mailbox|recipient|address|account|domain)|(?:recipient|user|mailbox|address|account) (?:does not|doesn't|did not) exist|does not exist|unknown (?:recipient|mailbox|address|local[- ]part|alias|domain)|recipient (?:address )?(?:not found|unknown|invalid)|(?:mailbox|user|recipient|address) not found|invalid (?:recipient|mailbox)|unroute?able address|no mailbox here|not a valid (?:mailbox|recipient)|bad destination mailbox|recipnotfound|recipient address rejected|address couldn't be found|domain (?:not found|does not exist)|host or domain name not found|benutzer unbekannt|empfänger unbekannt|gebruiker onbekend|用户不存在|收件人不存在)",
     Cause::RecipientUnknown, std::nullopt, true, nullptr},
    // --- the message -------------------------------------------------------------------------
    // Also Orange "Taille limite du message atteinte" (go-sisimai reason/why-emailtoolarge.go),
    // Mimecast "Maximum email size exceeded" (rhost/for-mimecast.go).
    {"message-too-large",
     R"(message (?:size )?(?:exceeds|too (?:large|big))|too (?:large|big)\b|size limit|exceeds? (?:the )?(?:fixed )?maximum (?:message )?size|message length exceeds|maximum message size|message size|(?:maximum|max) e-?mail size|taille limite du message|nachricht (?:ist )?zu groß|bericht is te groot)",
     Cause::MessageTooLarge, Owner::You, true, nullptr},
    // Also "loop was found in the mail exchanger", "message looping" (go-sisimai
    // reason/why-systemerror.go, why-networkerror.go), GoDaddy "This message is looping"
    // (rhost/for-godaddy.go).
    {"routing-loop",
     R"(mail loop|loops back to myself|routing loop|too many hops|hop count|forwarding loop|loop detected|loop was found|message (?:is )?looping)",
     Cause::RoutingLoop, std::nullopt, true, nullptr},
    // DragonFly Mail Agent "Could not deliver for the last N seconds. Giving up." (dma.c),
    // OpenSMTPD "Envelope expired" (smtpd/queue.c), "unable to deliver message after multiple
    // retries" (Sisimai reason/why-expired.go), au EZweb "Your message was not delivered within 0
    // days and 1 hours." (Sisimai lib/Sisimai/Lhost/EZweb.pm); "delivery expired", "giving up on",
    // "message timed out", "could not find a gateway for", "failed to deliver to domain", "was not
    // reachable within the allowed queue period", "it has not been collected after" (go-sisimai
    // reason/why-expired.go).
    {"delivery-expired",
     R"(retry timeout exceeded|message expired|delivery expired|could not find a gateway for|failed to deliver to domain|giving up on\b|has not been collected after|message timed out|not reachable within the allowed queue period|your message was not delivered within \d+ days|could not deliver for the last \d+ seconds|message could not be delivered for more than|envelope expired|unable to deliver message after multiple retries|delivery time expired|in the queue too long|retry time not reached for any host after a long failure|could not be delivered (?:within|for) \d+|maximum time in queue|have been failing for a long time)",
     Cause::DeliveryExpired, Owner::Recipient, true, nullptr},
    // --- connections -------------------------------------------------------------------------
    // Node.js / nodemailer: "connect ECONNREFUSED 127.0.0.1:587", "getaddrinfo ENOTFOUND host",
    // "Connection timeout" with code ETIMEDOUT (github.com/nodemailer/nodemailer, lib/smtp-connection).
    // A remote host that cannot be reached at all: "No route to host", "Network is unreachable"
    // (the operating system's errors, strerror(EHOSTUNREACH / ENETUNREACH), as Postfix, Exim and
    // Sendmail quote them), Zoho "Host not reachable", "could not connect and send the mail to"
    // (go-sisimai reason/why-networkerror.go).
    {"network-unreachable",
     R"(no route to host|network is unreachable|host (?:is )?unreachable|host not reachable|could not connect and send the mail to)",
     Cause::ServerUnavailable, std::nullopt, true, nullptr},
    // Sendmail "451 4.0.0 Operating system error" (sysexits EX_OSERR, sendmail/err.c): the
    // receiving system failed; Exim "pipe to |command ... generated by" (deliver.c): the
    // recipient's own delivery program failed; "local configuration error", "queue file write
    // error", "service currently unavailable" and the other receiving-system failures of Sisimai
    // reason/why-systemerror.go ("could not load DRD for domain", "recipient deferred because there
    // is no MDB", "unable to connect to the daemon"); Exchange "5.2.14 Misconfigured forwarding
    // address" (rhost/for-microsoft.go).
    {"receiving-system-error",
     R"(operating system error|\bpipe to \||could not load drd|there is no mdb|misconfigured forwarding address|unable to connect to the daemon|can't create user output file|local configuration error|mail system configuration error|server configuration error|system config error|queue file write error|remote server is misconfigured|internal error reading data|temporary local problem|service currently unavailable)",
     Cause::ServerUnavailable, Owner::Recipient, true, nullptr},
    // A server's own failure while handling the mail: Dovecot "Internal error occurred. Refer to
    // server log for more information." (lib-master/master-auth.h, the LDA/LMTP reply when
    // anything unexpected happens), "Internal server error", "Internal system error". Whose server
    // it is depends on where the reply came from, so no owner here. Also RFC 5321's "451 Requested
    // action aborted: local error in processing", "interrupted system call" (go-sisimai
    // reason/why-systemerror.go), Gmail "Temporary System Problem" (rhost/for-google.go), Zoho
    // "Temporary System Error" (rhost/for-zoho.go), Mimecast "Unable to process connection at this
    // time", "Message ended early" (rhost/for-mimecast.go), Exchange Online "PFA agent busy",
    // "Message failed to be replicated", "Connection was closed abruptly
    // (SuspiciousRemoteServerError)" (rhost/for-microsoft.go), Gmail "Mail server temporarily
    // rejected message" (rhost/for-google.go).
    {"internal-error",
     R"(\binternal (?:system |server |mail )?error\b|local error in processing|encountered an error while being processed|mail server (?:has )?temporarily rejected|suspiciousremoteservererror|temporary system (?:problem|error)|interrupted system call|agent busy|unable to process (?:connection|command|an? e-?mail)|message ended early|failed to be replicated)",
     Cause::ServerUnavailable, std::nullopt, true, nullptr},
    // RFC 5321 section 4.2.2 "503 Bad sequence of commands" and its rewordings ("Improper
    // sequence of commands"): the client sent the commands in an order the server does not accept.
    // Likewise Gmail "503 5.5.1 EHLO/HELO first", "No DATA after BDAT", "525 5.7.10 SMTP protocol violation",
    // "554 5.7.0 Too many unauthenticated commands" (rhost/for-google.go), Exchange "Send hello
    // first" (rhost/for-microsoft.go). Not RFC 5321's generic "500 Syntax error, command
    // unrecognized" or "502 Command not implemented": what they mean depends on the command they
    // answer (to STARTTLS: no encryption offered; to AUTH: no login method).
    {"bad-command-sequence",
     R"((?:bad|improper|wrong|invalid) sequence of commands|commands? out of sequence|(?:ehlo/helo|helo|hello|mail|rcpt) first\b|no data after bdat|too many unauthenticated commands|smtp protocol violation)",
     Cause::ProtocolError, std::nullopt, true, nullptr},
    // Gmail "The recipient server did not accept our requests to connect" in a report of a failed
    // delivery: it retried for days and gave up (Sisimai reason/why-expired.go).
    {"gave-up-connecting",
     R"(did not accept our requests to connect)",
     Cause::DeliveryExpired, Owner::Recipient, true, nullptr},
    {"connection-timeout",
     R"(\betimedout\b|connection timeout\b)",
     Cause::PortBlocked, std::nullopt, true, nullptr},
    {"connection-refused",
     R"(connection refused|socket error code 10061|\beconnrefused\b)",
     Cause::ConnectionRefused, std::nullopt, true, nullptr},
    {"host-not-found",
     R"(\benotfound\b|\beai_again\b|getaddrinfo|host not found|name or service not known|nodename nor servname|could not resolve|couldn't resolve|unknown host|nxdomain|servfail|no address associated)",
     Cause::HostNotFound, std::nullopt, true, nullptr},
    // --- weak: only when the codes say nothing more specific ---------------------------------
    {"content-rejected",
     R"(spam|junk mail|unsolicited|content (?:rejected|filter)|virus|malware|infected|phishing|attachment|bulk mail|message (?:was )?(?:rejected|refused|blocked) (?:as|because|due))",
     Cause::MessageRejected, std::nullopt, false, nullptr},
    {"connection-lost",
     R"(timed out|\beconnreset\b|no route to host|network is unreachable|host unreachable|connection reset|lost connection|connection (?:was )?(?:dropped|closed|lost|interrupted))",
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

// --- providers' reference codes ---------------------------------------------------------------
// Some providers put a reference code in every refusal and document what each means; the code
// says more than the words around it ("sender rejected ... AUP#CDRBL" is a block of the sending
// IP, not a problem with the sender's address).

struct ReferenceCode
{
    const char *code;   // exact code, or a prefix when it ends in '*'
    Cause cause;
};

// Cox (AUP#xxxx): www.cox.com/residential/support/email-error-codes.html, as tabled in Sisimai
// lib/Sisimai/Rhost/Cox.pm.
const ReferenceCode kCoxCodes[] = {
    {"CXBL", Cause::Blocked},          // the sending IP blocked for spam-like behaviour
    {"CDRBL", Cause::Blocked},         // the same, temporarily (at most 24 hours)
    {"CXDNS", Cause::Blocked},         // the sending IP's reverse DNS fails
    {"CXSNDR", Cause::DomainAuthFailed}, // SPF / DomainKeys / DKIM of the sending domain failed
    {"CXSMTP", Cause::Blocked},        // could not verify the mail came from a legitimate sender
    {"CXCNCT", Cause::RateLimited},    // too many concurrent connections from the IP
    {"CXMXRT", Cause::RateLimited},    // too many recipients; wait before sending more
    {"IPBL*", Cause::Blocked},         // the sending IP on a block list (Spamhaus, Cloudmark, ...)
    {"URLBL*", Cause::MessageRejected}, // a URL in the message on a block list
};

// Orange / La Poste (OFR_nnn, LPNnnn_nnn, OUK_nnn; the last three digits): Sisimai
// lib/Sisimai/Rhost/FrancePTT.pm (from Orange's and La Poste's postmaster pages).
struct NumberedCode
{
    int from;
    int to;
    Cause cause;
};
const NumberedCode kOrangeCodes[] = {
    {102, 103, Cause::Blocked},        // source IP blocked for spam / service refused
    {104, 104, Cause::RateLimited},    // too many connections, slow down
    {305, 305, Cause::AuthFailed},     // invalid authentication code
    {401, 401, Cause::DomainAuthFailed}, // SPF: not allowed to send mail
    {402, 402, Cause::AuthRequired},   // authentication required
    {403, 403, Cause::SenderRejected}, // invalid sender
    {405, 405, Cause::SenderRejected},
    {415, 415, Cause::SenderRejected},
    {416, 416, Cause::RecipientUnknown}, // invalid recipient
    {417, 417, Cause::MailboxFull},    // recipient over quota
    {418, 418, Cause::RecipientUnknown},
    {420, 420, Cause::MailboxDisabled}, // archived recipient
    {421, 421, Cause::SenderRejected}, // mail from not owned by user
    {426, 426, Cause::MailboxDisabled}, // the recipient's account is blocked
    {505, 505, Cause::ServerUnavailable}, // service refused (a system problem), try later
    {506, 506, Cause::MessageRejected}, // mail rejected (spam)
    {510, 510, Cause::Blocked},
    {514, 514, Cause::MessageTooLarge},
    {630, 630, Cause::Blocked},        // "554 5.7.1 Client host rejected" (go-sisimai rhost/for-franceptt.go)
    {999, 999, Cause::Blocked},
};

// Spectrum / Charter (AUP#I-nnnn incoming, AUP#O-nnnn outgoing):
// www.spectrumbusiness.net/support/internet/understanding-email-error-codes, as tabled in Sisimai
// lib/Sisimai/Rhost/Spectrum.pm.
const NumberedCode kSpectrumCodes[] = {
    {1000, 1000, Cause::Blocked},      // the IP blocked for suspicious activity
    {1010, 1080, Cause::SenderRejected}, // the sending account blocked or limited
    {1090, 1090, Cause::ServerUnavailable}, // cannot be processed now, try later
    {1100, 1150, Cause::Blocked},      // the IP's DNS (no full-circle reverse DNS)
    {1160, 1190, Cause::MessageRejected}, // against the domain's security policies
    {1200, 1250, Cause::Blocked},      // Cloudmark CSI / Spamhaus listing
    {1300, 1340, Cause::RateLimited},  // too many connections
    {1350, 1490, Cause::RateLimited},  // too many messages / recipients
    {1500, 1500, Cause::SenderRejected}, // sending as another address than signed in
    {1520, 1520, Cause::SenderRejected},
    {1530, 1530, Cause::MessageTooLarge},
    {1540, 1550, Cause::RateLimited},
    {1580, 1580, Cause::RateLimited},
};

CodeMeaning referenceMeaning(Cause cause, const QString &rule)
{
    CodeMeaning m;
    m.cause = cause;
    m.source = MeaningSource::Wording;
    m.rule = rule;
    return m;
}

std::optional<Cause> numbered(const NumberedCode *begin, const NumberedCode *end, int n)
{
    for (const NumberedCode *c = begin; c != end; ++c) {
        if (n >= c->from && n <= c->to)
            return c->cause;
    }
    return std::nullopt;
}

CodeMeaning matchReferenceCode(QStringView text)
{
    static const QRegularExpression aup(QStringLiteral(R"(AUP#(?:(?:In|Out|I|O)-?(\d{4})\b|([A-Z0-9]{3,12})\b))"));
    static const QRegularExpression orange(QStringLiteral(R"(\b(?:LPN|OFR|OUK)(?:_|\d{3}[-_])(\d{3})\b)"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (!text.contains(QLatin1String("AUP#")) && !text.contains(QLatin1String("LPN"), Qt::CaseInsensitive)
        && !text.contains(QLatin1String("OFR"), Qt::CaseInsensitive) && !text.contains(QLatin1String("OUK"), Qt::CaseInsensitive))
        return {};
    QRegularExpressionMatch m = aup.match(text);
    if (m.hasMatch()) {
        if (m.hasCaptured(1)) {
            if (const auto c = numbered(std::begin(kSpectrumCodes), std::end(kSpectrumCodes), m.captured(1).toInt()))
                return referenceMeaning(*c, QStringLiteral("provider:spectrum/") + m.captured(1));
        } else {
            const QString code = m.captured(2);
            for (const ReferenceCode &c : kCoxCodes) {
                const QLatin1String k(c.code);
                const bool match = k.endsWith(QLatin1Char('*')) ? code.startsWith(k.chopped(1)) : code == k;
                if (match)
                    return referenceMeaning(c.cause, QStringLiteral("provider:cox/") + code);
            }
        }
    }
    m = orange.match(text);
    if (m.hasMatch()) {
        if (const auto c = numbered(std::begin(kOrangeCodes), std::end(kOrangeCodes), m.captured(1).toInt()))
            return referenceMeaning(*c, QStringLiteral("provider:orange/") + m.captured(1));
    }
    return {};
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
    const CodeMeaning reference = matchReferenceCode(t);
    if (reference.isValid()) {
        if (strong)
            *strong = true;
        if (position)
            *position = 0;
        return reference;
    }
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
