#include "knowledge.h"

#include <QCoreApplication>

namespace od {

namespace {


const CauseInfo kCauses[] = {
    {Cause::Ok, Owner::You, {},
     QT_TRANSLATE_NOOP("od::Knowledge", "Mail would go through"),
     QT_TRANSLATE_NOOP("od::Knowledge", "The server accepted the sender and every recipient. Mail sent with these settings would be delivered.")},
    {Cause::RelayDenied, Owner::You, {Fix::EnableAuth, Fix::UseLocalServer, Fix::PopBeforeSmtp, Fix::ContactProvider},
     QT_TRANSLATE_NOOP("od::Knowledge", "The server refuses to pass your mail on"),
     QT_TRANSLATE_NOOP("od::Knowledge", "The server accepts mail for its own addresses but refuses to forward mail to other domains for you, because it does not recognise you as one of its users. This usually happens when you send through your home or work server from another network.")},
    {Cause::AuthRequired, Owner::You, {Fix::EnableAuth, Fix::UseLocalServer, Fix::PopBeforeSmtp},
     QT_TRANSLATE_NOOP("od::Knowledge", "The server wants you to log in first"),
     QT_TRANSLATE_NOOP("od::Knowledge", "The server only accepts mail from users who log in with a user name and password. Your mail program is sending without logging in.")},
    {Cause::AuthFailed, Owner::You, {Fix::EnableAuth, Fix::ContactProvider},
     QT_TRANSLATE_NOOP("od::Knowledge", "The server refused your user name or password"),
     QT_TRANSLATE_NOOP("od::Knowledge", "The server asked for a login and refused the user name or password it was given.")},
    {Cause::AuthUnavailable, Owner::Provider, {Fix::UseSubmissionPort, Fix::UseLocalServer, Fix::ContactProvider},
     QT_TRANSLATE_NOOP("od::Knowledge", "The server offers no usable way to log in"),
     QT_TRANSLATE_NOOP("od::Knowledge", "A login is needed, but this server does not offer a login method Outbox Doctor can use on this connection.")},
    {Cause::TlsRequired, Owner::You, {Fix::UseSubmissionPort, Fix::EnableAuth},
     QT_TRANSLATE_NOOP("od::Knowledge", "The server requires an encrypted connection"),
     QT_TRANSLATE_NOOP("od::Knowledge", "The server will only continue once the connection is encrypted (STARTTLS or SSL/TLS).")},
    {Cause::TlsFailed, Owner::Provider, {Fix::UseSubmissionPort, Fix::ContactProvider},
     QT_TRANSLATE_NOOP("od::Knowledge", "An encrypted connection could not be set up"),
     QT_TRANSLATE_NOOP("od::Knowledge", "The connection could not be encrypted, so your password was not sent.")},
    {Cause::CertificateInvalid, Owner::Provider, {Fix::TrustCertificate, Fix::ContactProvider},
     QT_TRANSLATE_NOOP("od::Knowledge", "The server's certificate cannot be trusted"),
     QT_TRANSLATE_NOOP("od::Knowledge", "The server's identity could not be verified. This can be a misconfigured server, or someone on this network intercepting the connection.")},
    {Cause::SenderRejected, Owner::You, {Fix::FixSenderAddress, Fix::EnableAuth, Fix::ContactProvider},
     QT_TRANSLATE_NOOP("od::Knowledge", "The server refuses your sender address"),
     QT_TRANSLATE_NOOP("od::Knowledge", "The server does not accept mail from this From address, usually because the address does not belong to the account you log in with.")},
    {Cause::RecipientUnknown, Owner::Recipient, {Fix::CheckRecipient},
     QT_TRANSLATE_NOOP("od::Knowledge", "The recipient's address does not exist"),
     QT_TRANSLATE_NOOP("od::Knowledge", "The receiving side says there is no mailbox with this address.")},
    {Cause::Blocked, Owner::Provider, {Fix::UseLocalServer, Fix::ContactProvider},
     QT_TRANSLATE_NOOP("od::Knowledge", "Your connection or server is blocked"),
     QT_TRANSLATE_NOOP("od::Knowledge", "The server refuses mail from this network address or server, often because it is on a block list.")},
    {Cause::RateLimited, Owner::You, {Fix::WaitRetry, Fix::ContactProvider},
     QT_TRANSLATE_NOOP("od::Knowledge", "Too much mail in a short time"),
     QT_TRANSLATE_NOOP("od::Knowledge", "The server has temporarily limited how much you may send. Try again later.")},
    {Cause::MessageRejected, Owner::You, {Fix::ContactProvider},
     QT_TRANSLATE_NOOP("od::Knowledge", "The message itself was refused"),
     QT_TRANSLATE_NOOP("od::Knowledge", "The server accepted the addresses but refused the message content.")},
    {Cause::MessageTooLarge, Owner::You, {Fix::ContactProvider},
     QT_TRANSLATE_NOOP("od::Knowledge", "The message is too large"),
     QT_TRANSLATE_NOOP("od::Knowledge", "The message is larger than the server allows.")},
    {Cause::MailboxFull, Owner::Recipient, {Fix::WaitRetry, Fix::CheckRecipient},
     QT_TRANSLATE_NOOP("od::Knowledge", "The recipient's mailbox is full"),
     QT_TRANSLATE_NOOP("od::Knowledge", "The recipient's mailbox has no room left.")},
    {Cause::MailboxDisabled, Owner::Recipient, {Fix::CheckRecipient},
     QT_TRANSLATE_NOOP("od::Knowledge", "The recipient's mailbox is disabled"),
     QT_TRANSLATE_NOOP("od::Knowledge", "The recipient's mailbox exists but does not accept mail.")},
    {Cause::DomainAuthFailed, Owner::Provider, {Fix::UseLocalServer, Fix::ContactProvider},
     QT_TRANSLATE_NOOP("od::Knowledge", "The sender domain's checks failed"),
     QT_TRANSLATE_NOOP("od::Knowledge", "The receiving side checked whether your server may send for your domain (SPF, DKIM, DMARC) and the check failed.")},
    {Cause::RoutingLoop, Owner::Provider, {Fix::ContactProvider},
     QT_TRANSLATE_NOOP("od::Knowledge", "The message went round in a loop"),
     QT_TRANSLATE_NOOP("od::Knowledge", "The message was passed between servers too many times.")},
    {Cause::DeliveryExpired, Owner::Recipient, {Fix::WaitRetry, Fix::CheckRecipient},
     QT_TRANSLATE_NOOP("od::Knowledge", "Delivery took too long and was given up"),
     QT_TRANSLATE_NOOP("od::Knowledge", "The sending server tried to deliver the message for a long time without success.")},
    {Cause::PortBlocked, Owner::You, {Fix::UseSubmissionPort, Fix::UseLocalServer},
     QT_TRANSLATE_NOOP("od::Knowledge", "The connection is blocked on this network"),
     QT_TRANSLATE_NOOP("od::Knowledge", "No answer came from the server on this port. Networks in hotels, cafés and many providers block outgoing mail ports, especially port 25.")},
    {Cause::ConnectionRefused, Owner::You, {Fix::UseSubmissionPort, Fix::ContactProvider},
     QT_TRANSLATE_NOOP("od::Knowledge", "The server refused the connection"),
     QT_TRANSLATE_NOOP("od::Knowledge", "Nothing accepts connections on this server and port.")},
    {Cause::NoBanner, Owner::Provider, {Fix::UseSubmissionPort, Fix::ContactProvider},
     QT_TRANSLATE_NOOP("od::Knowledge", "The server does not answer"),
     QT_TRANSLATE_NOOP("od::Knowledge", "A connection was made, but the server never said hello. Something in between may be intercepting the connection.")},
    {Cause::HostNotFound, Owner::You, {Fix::UseLocalServer, Fix::ContactProvider},
     QT_TRANSLATE_NOOP("od::Knowledge", "The server name cannot be found"),
     QT_TRANSLATE_NOOP("od::Knowledge", "The name of the outgoing server could not be looked up. Check its spelling, or this network may not resolve it.")},
    {Cause::ServerUnavailable, Owner::Provider, {Fix::WaitRetry, Fix::ContactProvider},
     QT_TRANSLATE_NOOP("od::Knowledge", "The server is not available right now"),
     QT_TRANSLATE_NOOP("od::Knowledge", "The server said it cannot take mail at the moment.")},
    {Cause::ProtocolError, Owner::Provider, {Fix::UseSubmissionPort, Fix::ContactProvider},
     QT_TRANSLATE_NOOP("od::Knowledge", "The server's answers make no sense"),
     QT_TRANSLATE_NOOP("od::Knowledge", "The server sent something that is not valid SMTP, so the test was stopped. Something in between may be interfering.")},
    {Cause::SecurityMismatch, Owner::You, {Fix::FixSecuritySetting, Fix::UseSubmissionPort},
     QT_TRANSLATE_NOOP("od::Knowledge", "The connection security setting does not match the port"),
     QT_TRANSLATE_NOOP("od::Knowledge", "This port expects a different kind of encryption than your mail program is set to use. Port 465 is encrypted from the start (SSL/TLS); ports 587 and 25 start unencrypted and switch with STARTTLS.")},
    {Cause::PasswordLoginDisabled, Owner::You, {Fix::UseModernAuth, Fix::ContactProvider},
     QT_TRANSLATE_NOOP("od::Knowledge", "Your provider no longer accepts your normal password for sending"),
     QT_TRANSLATE_NOOP("od::Knowledge", "The provider wants another way to sign in: its own sign-in page (OAuth2) in your mail program, an app password or authorisation code made in its web settings, or sending (SMTP) switched on there first.")},
    {Cause::Unknown, Owner::You, {Fix::ContactProvider},
     QT_TRANSLATE_NOOP("od::Knowledge", "The cause is not clear"),
     QT_TRANSLATE_NOOP("od::Knowledge", "Outbox Doctor could not tell what went wrong from what the server said.")},
};

const FixInfo kFixes[] = {
    {Fix::UseLocalServer, QT_TRANSLATE_NOOP("od::Knowledge", "Use the outgoing server of the network you are on"),
     QT_TRANSLATE_NOOP("od::Knowledge", "Send through the outgoing (SMTP) server of the network you are connected to: your work server at work, or the provider of this connection.")},
    {Fix::EnableAuth, QT_TRANSLATE_NOOP("od::Knowledge", "Turn on authentication for the outgoing server"),
     QT_TRANSLATE_NOOP("od::Knowledge", "Tell your mail program that the outgoing server requires authentication, usually with the same user name and password as for incoming mail.")},
    {Fix::PopBeforeSmtp, QT_TRANSLATE_NOOP("od::Knowledge", "Check your incoming mail before sending"),
     QT_TRANSLATE_NOOP("od::Knowledge", "Some providers let you send only after you have logged in to the incoming (POP3) server from the same connection.")},
    {Fix::FixSenderAddress, QT_TRANSLATE_NOOP("od::Knowledge", "Correct your From or reply address"),
     QT_TRANSLATE_NOOP("od::Knowledge", "Use an e-mail address that belongs to the account you send through.")},
    {Fix::UseSubmissionPort, QT_TRANSLATE_NOOP("od::Knowledge", "Use port 587 (STARTTLS) or 465 (SSL/TLS)"),
     QT_TRANSLATE_NOOP("od::Knowledge", "Switch the outgoing server to the submission port 587 with STARTTLS, or 465 with SSL/TLS, and turn on authentication.")},
    {Fix::TrustCertificate, QT_TRANSLATE_NOOP("od::Knowledge", "Check the server's certificate"),
     QT_TRANSLATE_NOOP("od::Knowledge", "Compare the certificate's fingerprint with what your provider publishes; trust it only if it matches.")},
    {Fix::CheckRecipient, QT_TRANSLATE_NOOP("od::Knowledge", "Check the recipient's address"),
     QT_TRANSLATE_NOOP("od::Knowledge", "Make sure the recipient's address is spelled correctly and still in use.")},
    {Fix::ContactProvider, QT_TRANSLATE_NOOP("od::Knowledge", "Contact your provider or administrator"),
     QT_TRANSLATE_NOOP("od::Knowledge", "Send them the report from Outbox Doctor: it contains what they need to help you.")},
    {Fix::WaitRetry, QT_TRANSLATE_NOOP("od::Knowledge", "Wait and try again"),
     QT_TRANSLATE_NOOP("od::Knowledge", "The problem is temporary. Try again in a while.")},
    {Fix::FixSecuritySetting, QT_TRANSLATE_NOOP("od::Knowledge", "Correct the connection security setting"),
     QT_TRANSLATE_NOOP("od::Knowledge", "Set the connection security to what the port expects: SSL/TLS for port 465, STARTTLS for port 587.")},
    {Fix::UseModernAuth, QT_TRANSLATE_NOOP("od::Knowledge", "Sign in the way your provider now requires"),
     QT_TRANSLATE_NOOP("od::Knowledge", "Switch your mail program to the provider's own sign-in (OAuth2), or make an app password or authorisation code in the provider's web settings and use it instead of your normal password. Some providers also need sending (SMTP) switched on there.")},
};


} // namespace

const CauseInfo &causeInfo(Cause cause)
{
    for (const CauseInfo &info : kCauses) {
        if (info.cause == cause)
            return info;
    }
    return kCauses[std::size(kCauses) - 1];
}

const FixInfo &fixInfo(Fix fix)
{
    for (const FixInfo &info : kFixes) {
        if (info.fix == fix)
            return info;
    }
    return kFixes[std::size(kFixes) - 1];
}

QString causeTitle(Cause cause) { return QCoreApplication::translate("od::Knowledge", causeInfo(cause).title); }
QString causeExplanation(Cause cause) { return QCoreApplication::translate("od::Knowledge", causeInfo(cause).explanation); }
QString fixTitle(Fix fix) { return QCoreApplication::translate("od::Knowledge", fixInfo(fix).title); }
QString fixDescription(Fix fix) { return QCoreApplication::translate("od::Knowledge", fixInfo(fix).description); }

QString ownerText(Owner owner)
{
    switch (owner) {
    case Owner::You: return QCoreApplication::translate("od::Knowledge", "You can fix this yourself.");
    case Owner::Provider: return QCoreApplication::translate("od::Knowledge", "Your provider or administrator has to act.");
    case Owner::Recipient: return QCoreApplication::translate("od::Knowledge", "The problem is on the recipient's side.");
    }
    return {};
}

} // namespace od
