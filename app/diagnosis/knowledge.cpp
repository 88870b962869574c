#include "knowledge.h"

#include <QCoreApplication>

namespace od {

namespace {

#define K(text) QT_TRANSLATE_NOOP("od::Knowledge", text)

const CauseInfo kCauses[] = {
    {Cause::Ok, Owner::You, {},
     K("Mail would go through"),
     K("The server accepted the sender and every recipient. Mail sent with these settings would be delivered.")},
    {Cause::RelayDenied, Owner::You, {Fix::EnableAuth, Fix::UseLocalServer, Fix::PopBeforeSmtp, Fix::ContactProvider},
     K("The server refuses to pass your mail on"),
     K("The server accepts mail for its own addresses but refuses to forward mail to other domains for you, because it does not recognise you as one of its users. This usually happens when you send through your home or work server from another network.")},
    {Cause::AuthRequired, Owner::You, {Fix::EnableAuth, Fix::UseLocalServer, Fix::PopBeforeSmtp},
     K("The server wants you to log in first"),
     K("The server only accepts mail from users who log in with a user name and password. Your mail program is sending without logging in.")},
    {Cause::AuthFailed, Owner::You, {Fix::EnableAuth, Fix::ContactProvider},
     K("The server refused your user name or password"),
     K("The server asked for a login and refused the user name or password it was given.")},
    {Cause::AuthUnavailable, Owner::Provider, {Fix::UseSubmissionPort, Fix::UseLocalServer, Fix::ContactProvider},
     K("The server offers no usable way to log in"),
     K("A login is needed, but this server does not offer a login method Outbox Doctor can use on this connection.")},
    {Cause::TlsRequired, Owner::You, {Fix::UseSubmissionPort, Fix::EnableAuth},
     K("The server requires an encrypted connection"),
     K("The server will only continue once the connection is encrypted (STARTTLS or SSL/TLS).")},
    {Cause::TlsFailed, Owner::Provider, {Fix::UseSubmissionPort, Fix::ContactProvider},
     K("An encrypted connection could not be set up"),
     K("The connection could not be encrypted, so your password was not sent.")},
    {Cause::CertificateInvalid, Owner::Provider, {Fix::TrustCertificate, Fix::ContactProvider},
     K("The server's certificate cannot be trusted"),
     K("The server's identity could not be verified. This can be a misconfigured server, or someone on this network intercepting the connection.")},
    {Cause::SenderRejected, Owner::You, {Fix::FixSenderAddress, Fix::EnableAuth, Fix::ContactProvider},
     K("The server refuses your sender address"),
     K("The server does not accept mail from this From address, usually because the address does not belong to the account you log in with.")},
    {Cause::RecipientUnknown, Owner::Recipient, {Fix::CheckRecipient},
     K("The recipient's address does not exist"),
     K("The receiving side says there is no mailbox with this address.")},
    {Cause::Blocked, Owner::Provider, {Fix::UseLocalServer, Fix::ContactProvider},
     K("Your connection or server is blocked"),
     K("The server refuses mail from this network address or server, often because it is on a block list.")},
    {Cause::RateLimited, Owner::You, {Fix::WaitRetry, Fix::ContactProvider},
     K("Too much mail in a short time"),
     K("The server has temporarily limited how much you may send. Try again later.")},
    {Cause::MessageRejected, Owner::You, {Fix::ContactProvider},
     K("The message itself was refused"),
     K("The server accepted the addresses but refused the message content.")},
    {Cause::MessageTooLarge, Owner::You, {Fix::ContactProvider},
     K("The message is too large"),
     K("The message is larger than the server allows.")},
    {Cause::MailboxFull, Owner::Recipient, {Fix::WaitRetry, Fix::CheckRecipient},
     K("The recipient's mailbox is full"),
     K("The recipient's mailbox has no room left.")},
    {Cause::MailboxDisabled, Owner::Recipient, {Fix::CheckRecipient},
     K("The recipient's mailbox is disabled"),
     K("The recipient's mailbox exists but does not accept mail.")},
    {Cause::DomainAuthFailed, Owner::Provider, {Fix::UseLocalServer, Fix::ContactProvider},
     K("The sender domain's checks failed"),
     K("The receiving side checked whether your server may send for your domain (SPF, DKIM, DMARC) and the check failed.")},
    {Cause::RoutingLoop, Owner::Provider, {Fix::ContactProvider},
     K("The message went round in a loop"),
     K("The message was passed between servers too many times.")},
    {Cause::DeliveryExpired, Owner::Recipient, {Fix::WaitRetry, Fix::CheckRecipient},
     K("Delivery took too long and was given up"),
     K("The sending server tried to deliver the message for a long time without success.")},
    {Cause::PortBlocked, Owner::You, {Fix::UseSubmissionPort, Fix::UseLocalServer},
     K("The connection is blocked on this network"),
     K("No answer came from the server on this port. Networks in hotels, cafés and many providers block outgoing mail ports, especially port 25.")},
    {Cause::ConnectionRefused, Owner::You, {Fix::UseSubmissionPort, Fix::ContactProvider},
     K("The server refused the connection"),
     K("Nothing accepts connections on this server and port.")},
    {Cause::NoBanner, Owner::Provider, {Fix::UseSubmissionPort, Fix::ContactProvider},
     K("The server does not answer"),
     K("A connection was made, but the server never said hello. Something in between may be intercepting the connection.")},
    {Cause::HostNotFound, Owner::You, {Fix::UseLocalServer, Fix::ContactProvider},
     K("The server name cannot be found"),
     K("The name of the outgoing server could not be looked up. Check its spelling, or this network may not resolve it.")},
    {Cause::ServerUnavailable, Owner::Provider, {Fix::WaitRetry, Fix::ContactProvider},
     K("The server is not available right now"),
     K("The server said it cannot take mail at the moment.")},
    {Cause::ProtocolError, Owner::Provider, {Fix::UseSubmissionPort, Fix::ContactProvider},
     K("The server's answers make no sense"),
     K("The server sent something that is not valid SMTP, so the test was stopped. Something in between may be interfering.")},
    {Cause::Unknown, Owner::You, {Fix::ContactProvider},
     K("The cause is not clear"),
     K("Outbox Doctor could not tell what went wrong from what the server said.")},
};

const FixInfo kFixes[] = {
    {Fix::UseLocalServer, K("Use the outgoing server of the network you are on"),
     K("Send through the outgoing (SMTP) server of the network you are connected to: your work server at work, or the provider of this connection.")},
    {Fix::EnableAuth, K("Turn on authentication for the outgoing server"),
     K("Tell your mail program that the outgoing server requires authentication, usually with the same user name and password as for incoming mail.")},
    {Fix::PopBeforeSmtp, K("Check your incoming mail before sending"),
     K("Some providers let you send only after you have logged in to the incoming (POP3) server from the same connection.")},
    {Fix::FixSenderAddress, K("Correct your From or reply address"),
     K("Use an e-mail address that belongs to the account you send through.")},
    {Fix::UseSubmissionPort, K("Use port 587 (STARTTLS) or 465 (SSL/TLS)"),
     K("Switch the outgoing server to the submission port 587 with STARTTLS, or 465 with SSL/TLS, and turn on authentication.")},
    {Fix::TrustCertificate, K("Check the server's certificate"),
     K("Compare the certificate's fingerprint with what your provider publishes; trust it only if it matches.")},
    {Fix::CheckRecipient, K("Check the recipient's address"),
     K("Make sure the recipient's address is spelled correctly and still in use.")},
    {Fix::ContactProvider, K("Contact your provider or administrator"),
     K("Send them the report from Outbox Doctor: it contains what they need to help you.")},
    {Fix::WaitRetry, K("Wait and try again"),
     K("The problem is temporary. Try again in a while.")},
};

#undef K

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
