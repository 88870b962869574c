// SPDX-License-Identifier: GPL-3.0-or-later
#include "vocabulary.h"

#include <QCoreApplication>

#include <iterator>

namespace od {

namespace {

// Sources: the letter's sentences for the provider were written for the report; the
// security-mismatch and password-login-disabled rows word what providers' help pages ask
// of mail programs (port 465 = implicit TLS, 587 = STARTTLS; OAuth2 / app passwords).
const CauseInfo kCauses[] = {
    {Cause::Ok, Owner::You, {},
     QT_TRANSLATE_NOOP("od::Knowledge", "Mail would go through"),
     QT_TRANSLATE_NOOP("od::Knowledge", "The server accepted the sender and every recipient. Mail sent with these settings would be delivered."),
     27, LetterFact::None,
     QT_TRANSLATE_NOOP("od::Report", "The test shows that the server would accept my mail. If my messages still do not arrive, could you check whether something after your server refuses them?"),
     nullptr,
     nullptr,
     nullptr},
    {Cause::RelayDenied, Owner::You, {Fix::EnableAuth, Fix::UseLocalServer, Fix::PopBeforeSmtp, Fix::ContactProvider},
     QT_TRANSLATE_NOOP("od::Knowledge", "The server refuses to pass your mail on"),
     QT_TRANSLATE_NOOP("od::Knowledge", "The server accepts mail for its own addresses but refuses to forward mail to other domains for you, because it does not recognise you as one of its users. This usually happens when you send through your home or work server from another network."),
     0, LetterFact::None,
     QT_TRANSLATE_NOOP("od::Report", "The server accepts recipients in its own domain but refuses recipients in other domains. It replied: \"%1\""),
     nullptr,
     QT_TRANSLATE_NOOP("od::Report", "Do I have to log in (SMTP authentication) to send to other domains, and with which port and encryption? If I should use another server from this network, which one?"),
     nullptr},
    {Cause::AuthRequired, Owner::You, {Fix::EnableAuth, Fix::UseLocalServer, Fix::PopBeforeSmtp},
     QT_TRANSLATE_NOOP("od::Knowledge", "The server wants you to log in first"),
     QT_TRANSLATE_NOOP("od::Knowledge", "The server only accepts mail from users who log in with a user name and password. Your mail program is sending without logging in."),
     1, LetterFact::None,
     QT_TRANSLATE_NOOP("od::Report", "The server asks me to log in before it accepts mail. It replied: \"%1\""),
     nullptr,
     QT_TRANSLATE_NOOP("od::Report", "Which user name, login method, port and encryption should I use for sending?"),
     nullptr},
    {Cause::AuthFailed, Owner::You, {Fix::EnableAuth, Fix::ContactProvider},
     QT_TRANSLATE_NOOP("od::Knowledge", "The server refused your user name or password"),
     QT_TRANSLATE_NOOP("od::Knowledge", "The server asked for a login and refused the user name or password it was given."),
     3, LetterFact::User,
     QT_TRANSLATE_NOOP("od::Report", "The server refused my login. It replied: \"%1\""),
     QT_TRANSLATE_NOOP("od::Report", "The server refused my login as %1. It replied: \"%2\""),
     QT_TRANSLATE_NOOP("od::Report", "Is my account allowed to send mail, is this the right user name, and do I need a separate password for mail programs (an app password)?"),
     nullptr},
    {Cause::AuthUnavailable, Owner::Provider, {Fix::UseSubmissionPort, Fix::UseLocalServer, Fix::ContactProvider},
     QT_TRANSLATE_NOOP("od::Knowledge", "The server offers no usable way to log in"),
     QT_TRANSLATE_NOOP("od::Knowledge", "A login is needed, but this server does not offer a login method Outbox Doctor can use on this connection."),
     7, LetterFact::None,
     QT_TRANSLATE_NOOP("od::Report", "A login seems to be needed, but the server offers no login method my mail program can use on this connection."),
     nullptr,
     QT_TRANSLATE_NOOP("od::Report", "On which port and with which encryption should I log in to send mail?"),
     nullptr},
    {Cause::TlsRequired, Owner::You, {Fix::UseSubmissionPort, Fix::EnableAuth},
     QT_TRANSLATE_NOOP("od::Knowledge", "The server requires an encrypted connection"),
     QT_TRANSLATE_NOOP("od::Knowledge", "The server will only continue once the connection is encrypted (STARTTLS or SSL/TLS)."),
     6, LetterFact::None,
     QT_TRANSLATE_NOOP("od::Report", "An encrypted connection to the server could not be used. The server's last reply was: \"%1\""),
     nullptr,
     QT_TRANSLATE_NOOP("od::Report", "Which port and which encryption (STARTTLS or SSL/TLS) does your server support for sending?"),
     nullptr},
    {Cause::TlsFailed, Owner::Provider, {Fix::UseSubmissionPort, Fix::ContactProvider},
     QT_TRANSLATE_NOOP("od::Knowledge", "An encrypted connection could not be set up"),
     QT_TRANSLATE_NOOP("od::Knowledge", "The connection could not be encrypted, so your password was not sent."),
     8, LetterFact::None,
     QT_TRANSLATE_NOOP("od::Report", "An encrypted connection to the server could not be used. The server's last reply was: \"%1\""),
     nullptr,
     QT_TRANSLATE_NOOP("od::Report", "Which port and which encryption (STARTTLS or SSL/TLS) does your server support for sending?"),
     nullptr},
    {Cause::CertificateInvalid, Owner::Provider, {Fix::TrustCertificate, Fix::ContactProvider},
     QT_TRANSLATE_NOOP("od::Knowledge", "The server's certificate cannot be trusted"),
     QT_TRANSLATE_NOOP("od::Knowledge", "The server's identity could not be verified. This can be a misconfigured server, or someone on this network intercepting the connection."),
     9, LetterFact::Certificate,
     QT_TRANSLATE_NOOP("od::Report", "The server's certificate could not be verified."),
     QT_TRANSLATE_NOOP("od::Report", "The server's certificate could not be verified (%1). Its SHA-256 fingerprint is %2."),
     QT_TRANSLATE_NOOP("od::Report", "Is this your server's certificate? Can you install a certificate that mail programs can verify, or tell me which server name to use?"),
     nullptr},
    {Cause::SenderRejected, Owner::You, {Fix::FixSenderAddress, Fix::EnableAuth, Fix::ContactProvider},
     QT_TRANSLATE_NOOP("od::Knowledge", "The server refuses your sender address"),
     QT_TRANSLATE_NOOP("od::Knowledge", "The server does not accept mail from this From address, usually because the address does not belong to the account you log in with."),
     4, LetterFact::SenderAddress,
     QT_TRANSLATE_NOOP("od::Report", "The server refused my sender address. It replied: \"%1\""),
     QT_TRANSLATE_NOOP("od::Report", "The server refused my sender address %1. It replied: \"%2\""),
     QT_TRANSLATE_NOOP("od::Report", "Which sender (From) addresses may I use with this account?"),
     nullptr},
    {Cause::RecipientUnknown, Owner::Recipient, {Fix::CheckRecipient},
     QT_TRANSLATE_NOOP("od::Knowledge", "The recipient's address does not exist"),
     QT_TRANSLATE_NOOP("od::Knowledge", "The receiving side says there is no mailbox with this address."),
     18, LetterFact::None,
     QT_TRANSLATE_NOOP("od::Report", "The server refused my mail. It replied: \"%1\""),
     nullptr,
     QT_TRANSLATE_NOOP("od::Report", "What do I need to change so that my mail is accepted?"),
     nullptr},
    {Cause::Blocked, Owner::Provider, {Fix::UseLocalServer, Fix::ContactProvider},
     QT_TRANSLATE_NOOP("od::Knowledge", "Your connection or server is blocked"),
     QT_TRANSLATE_NOOP("od::Knowledge", "The server refuses mail from this network address or server, often because it is on a block list."),
     13, LetterFact::LocalAddress,
     QT_TRANSLATE_NOOP("od::Report", "The server refused my connection or my mail. It replied: \"%1\""),
     nullptr,
     QT_TRANSLATE_NOOP("od::Report", "Is my connection on a block list, and how can I get it removed?"),
     QT_TRANSLATE_NOOP("od::Report", "Is my address %1 (or the address my network uses to reach you) on a block list, and how can I get it removed?")},
    {Cause::RateLimited, Owner::You, {Fix::WaitRetry, Fix::ContactProvider},
     QT_TRANSLATE_NOOP("od::Knowledge", "Too much mail in a short time"),
     QT_TRANSLATE_NOOP("od::Knowledge", "The server has temporarily limited how much you may send. Try again later."),
     16, LetterFact::None,
     QT_TRANSLATE_NOOP("od::Report", "The server limited how much I may send. It replied: \"%1\""),
     nullptr,
     QT_TRANSLATE_NOOP("od::Report", "What are the sending limits for my account, and when can I send again?"),
     nullptr},
    {Cause::MessageRejected, Owner::You, {Fix::ContactProvider},
     QT_TRANSLATE_NOOP("od::Knowledge", "The message itself was refused"),
     QT_TRANSLATE_NOOP("od::Knowledge", "The server accepted the addresses but refused the message content."),
     17, LetterFact::None,
     QT_TRANSLATE_NOOP("od::Report", "The server refused my mail. It replied: \"%1\""),
     nullptr,
     QT_TRANSLATE_NOOP("od::Report", "What do I need to change so that my mail is accepted?"),
     nullptr},
    {Cause::MessageTooLarge, Owner::You, {Fix::ContactProvider},
     QT_TRANSLATE_NOOP("od::Knowledge", "The message is too large"),
     QT_TRANSLATE_NOOP("od::Knowledge", "The message is larger than the server allows."),
     15, LetterFact::None,
     QT_TRANSLATE_NOOP("od::Report", "The server refused my mail. It replied: \"%1\""),
     nullptr,
     QT_TRANSLATE_NOOP("od::Report", "What do I need to change so that my mail is accepted?"),
     nullptr},
    {Cause::MailboxFull, Owner::Recipient, {Fix::WaitRetry, Fix::CheckRecipient},
     QT_TRANSLATE_NOOP("od::Knowledge", "The recipient's mailbox is full"),
     QT_TRANSLATE_NOOP("od::Knowledge", "The recipient's mailbox has no room left."),
     19, LetterFact::None,
     QT_TRANSLATE_NOOP("od::Report", "The server refused my mail. It replied: \"%1\""),
     nullptr,
     QT_TRANSLATE_NOOP("od::Report", "What do I need to change so that my mail is accepted?"),
     nullptr},
    {Cause::MailboxDisabled, Owner::Recipient, {Fix::CheckRecipient},
     QT_TRANSLATE_NOOP("od::Knowledge", "The recipient's mailbox is disabled"),
     QT_TRANSLATE_NOOP("od::Knowledge", "The recipient's mailbox exists but does not accept mail."),
     20, LetterFact::None,
     QT_TRANSLATE_NOOP("od::Report", "The server refused my mail. It replied: \"%1\""),
     nullptr,
     QT_TRANSLATE_NOOP("od::Report", "What do I need to change so that my mail is accepted?"),
     nullptr},
    {Cause::DomainAuthFailed, Owner::Provider, {Fix::UseLocalServer, Fix::ContactProvider},
     QT_TRANSLATE_NOOP("od::Knowledge", "The sender domain's checks failed"),
     QT_TRANSLATE_NOOP("od::Knowledge", "The receiving side checked whether your server may send for your domain (SPF, DKIM, DMARC) and the check failed."),
     14, LetterFact::None,
     QT_TRANSLATE_NOOP("od::Report", "The server refused my mail. It replied: \"%1\""),
     nullptr,
     QT_TRANSLATE_NOOP("od::Report", "What do I need to change so that my mail is accepted?"),
     nullptr},
    {Cause::RoutingLoop, Owner::Provider, {Fix::ContactProvider},
     QT_TRANSLATE_NOOP("od::Knowledge", "The message went round in a loop"),
     QT_TRANSLATE_NOOP("od::Knowledge", "The message was passed between servers too many times."),
     21, LetterFact::None,
     QT_TRANSLATE_NOOP("od::Report", "The server refused my mail. It replied: \"%1\""),
     nullptr,
     QT_TRANSLATE_NOOP("od::Report", "What do I need to change so that my mail is accepted?"),
     nullptr},
    {Cause::DeliveryExpired, Owner::Recipient, {Fix::WaitRetry, Fix::CheckRecipient},
     QT_TRANSLATE_NOOP("od::Knowledge", "Delivery took too long and was given up"),
     QT_TRANSLATE_NOOP("od::Knowledge", "The sending server tried to deliver the message for a long time without success."),
     22, LetterFact::None,
     QT_TRANSLATE_NOOP("od::Report", "The server refused my mail. It replied: \"%1\""),
     nullptr,
     QT_TRANSLATE_NOOP("od::Report", "What do I need to change so that my mail is accepted?"),
     nullptr},
    {Cause::PortBlocked, Owner::You, {Fix::UseSubmissionPort, Fix::UseLocalServer},
     QT_TRANSLATE_NOOP("od::Knowledge", "The connection is blocked on this network"),
     QT_TRANSLATE_NOOP("od::Knowledge", "No answer came from the server on this port. Networks in hotels, cafés and many providers block outgoing mail ports, especially port 25."),
     10, LetterFact::Ports,
     nullptr,
     QT_TRANSLATE_NOOP("od::Report", "I could not get an answer from the server on port(s) %1 from the network I am on."),
     QT_TRANSLATE_NOOP("od::Report", "Which server names and ports do you support for sending mail (587, 465), and could something on your side or on this network be blocking the connection?"),
     nullptr},
    {Cause::ConnectionRefused, Owner::You, {Fix::UseSubmissionPort, Fix::ContactProvider},
     QT_TRANSLATE_NOOP("od::Knowledge", "The server refused the connection"),
     QT_TRANSLATE_NOOP("od::Knowledge", "Nothing accepts connections on this server and port."),
     12, LetterFact::Ports,
     nullptr,
     QT_TRANSLATE_NOOP("od::Report", "I could not get an answer from the server on port(s) %1 from the network I am on."),
     QT_TRANSLATE_NOOP("od::Report", "Which server names and ports do you support for sending mail (587, 465), and could something on your side or on this network be blocking the connection?"),
     nullptr},
    {Cause::NoBanner, Owner::Provider, {Fix::UseSubmissionPort, Fix::ContactProvider},
     QT_TRANSLATE_NOOP("od::Knowledge", "The server does not answer"),
     QT_TRANSLATE_NOOP("od::Knowledge", "A connection was made, but the server never said hello. Something in between may be intercepting the connection."),
     24, LetterFact::Ports,
     nullptr,
     QT_TRANSLATE_NOOP("od::Report", "I could not get an answer from the server on port(s) %1 from the network I am on."),
     QT_TRANSLATE_NOOP("od::Report", "Which server names and ports do you support for sending mail (587, 465), and could something on your side or on this network be blocking the connection?"),
     nullptr},
    {Cause::HostNotFound, Owner::You, {Fix::UseLocalServer, Fix::ContactProvider},
     QT_TRANSLATE_NOOP("od::Knowledge", "The server name cannot be found"),
     QT_TRANSLATE_NOOP("od::Knowledge", "The name of the outgoing server could not be looked up. Check its spelling, or this network may not resolve it."),
     11, LetterFact::Host,
     nullptr,
     QT_TRANSLATE_NOOP("od::Report", "The name of the outgoing server, %1, could not be found from the network I am on."),
     QT_TRANSLATE_NOOP("od::Report", "What is the correct name of your outgoing mail server?"),
     nullptr},
    {Cause::ServerUnavailable, Owner::Provider, {Fix::WaitRetry, Fix::ContactProvider},
     QT_TRANSLATE_NOOP("od::Knowledge", "The server is not available right now"),
     QT_TRANSLATE_NOOP("od::Knowledge", "The server said it cannot take mail at the moment."),
     23, LetterFact::None,
     QT_TRANSLATE_NOOP("od::Report", "The server refused my mail. It replied: \"%1\""),
     nullptr,
     QT_TRANSLATE_NOOP("od::Report", "What do I need to change so that my mail is accepted?"),
     nullptr},
    {Cause::ProtocolError, Owner::Provider, {Fix::UseSubmissionPort, Fix::ContactProvider},
     QT_TRANSLATE_NOOP("od::Knowledge", "The server's answers make no sense"),
     QT_TRANSLATE_NOOP("od::Knowledge", "The server sent something that is not valid SMTP, so the test was stopped. Something in between may be interfering."),
     25, LetterFact::None,
     QT_TRANSLATE_NOOP("od::Report", "The server refused my mail. It replied: \"%1\""),
     nullptr,
     QT_TRANSLATE_NOOP("od::Report", "What do I need to change so that my mail is accepted?"),
     nullptr},
    {Cause::SecurityMismatch, Owner::You, {Fix::FixSecuritySetting, Fix::UseSubmissionPort},
     QT_TRANSLATE_NOOP("od::Knowledge", "The connection security setting does not match the port"),
     QT_TRANSLATE_NOOP("od::Knowledge", "This port expects a different kind of encryption than your mail program is set to use. Port 465 is encrypted from the start (SSL/TLS); ports 587 and 25 start unencrypted and switch with STARTTLS."),
     5, LetterFact::None,
     QT_TRANSLATE_NOOP("od::Report", "My mail program's connection security setting (STARTTLS or SSL/TLS) does not seem to match the port. The server's last reply was: \"%1\""),
     nullptr,
     QT_TRANSLATE_NOOP("od::Report", "Which port goes with which encryption (STARTTLS or SSL/TLS) on your server for sending?"),
     nullptr},
    {Cause::PasswordLoginDisabled, Owner::You, {Fix::UseModernAuth, Fix::ContactProvider},
     QT_TRANSLATE_NOOP("od::Knowledge", "Your provider no longer accepts your normal password for sending"),
     QT_TRANSLATE_NOOP("od::Knowledge", "The provider wants another way to sign in: its own sign-in page (OAuth2) in your mail program, an app password or authorisation code made in its web settings, or sending (SMTP) switched on there first."),
     2, LetterFact::None,
     QT_TRANSLATE_NOOP("od::Report", "The server does not accept my normal password for sending. It replied: \"%1\""),
     nullptr,
     QT_TRANSLATE_NOOP("od::Report", "How should a mail program sign in to send mail: with OAuth2, with an app password or authorisation code, or do I have to switch on sending (SMTP) in my account settings first?"),
     nullptr},
    {Cause::Unknown, Owner::You, {Fix::ContactProvider},
     QT_TRANSLATE_NOOP("od::Knowledge", "The cause is not clear"),
     QT_TRANSLATE_NOOP("od::Knowledge", "Outbox Doctor could not tell what went wrong from what the server said."),
     26, LetterFact::None,
     QT_TRANSLATE_NOOP("od::Report", "The server refused my mail. It replied: \"%1\""),
     nullptr,
     QT_TRANSLATE_NOOP("od::Report", "What do I need to change so that my mail is accepted?"),
     nullptr},
};

const FixInfo kFixes[] = {
    {Fix::UseLocalServer, InstructionPath::Server, QT_TRANSLATE_NOOP("od::Knowledge", "Use the outgoing server of the network you are on"),
     QT_TRANSLATE_NOOP("od::Knowledge", "Send through the outgoing (SMTP) server of the network you are connected to: your work server at work, or the provider of this connection.")},
    {Fix::EnableAuth, InstructionPath::Login, QT_TRANSLATE_NOOP("od::Knowledge", "Turn on authentication for the outgoing server"),
     QT_TRANSLATE_NOOP("od::Knowledge", "Tell your mail program that the outgoing server requires authentication, usually with the same user name and password as for incoming mail.")},
    {Fix::PopBeforeSmtp, InstructionPath::PopFirst, QT_TRANSLATE_NOOP("od::Knowledge", "Check your incoming mail before sending"),
     QT_TRANSLATE_NOOP("od::Knowledge", "Some providers let you send only after you have logged in to the incoming (POP3) server from the same connection.")},
    {Fix::FixSenderAddress, InstructionPath::Sender, QT_TRANSLATE_NOOP("od::Knowledge", "Correct your From or reply address"),
     QT_TRANSLATE_NOOP("od::Knowledge", "Use an e-mail address that belongs to the account you send through.")},
    {Fix::UseSubmissionPort, InstructionPath::Login, QT_TRANSLATE_NOOP("od::Knowledge", "Use port 587 (STARTTLS) or 465 (SSL/TLS)"),
     QT_TRANSLATE_NOOP("od::Knowledge", "Switch the outgoing server to the submission port 587 with STARTTLS, or 465 with SSL/TLS, and turn on authentication.")},
    {Fix::TrustCertificate, std::nullopt, QT_TRANSLATE_NOOP("od::Knowledge", "Check the server's certificate"),
     QT_TRANSLATE_NOOP("od::Knowledge", "Compare the certificate's fingerprint with what your provider publishes; trust it only if it matches.")},
    {Fix::CheckRecipient, std::nullopt, QT_TRANSLATE_NOOP("od::Knowledge", "Check the recipient's address"),
     QT_TRANSLATE_NOOP("od::Knowledge", "Make sure the recipient's address is spelled correctly and still in use.")},
    {Fix::ContactProvider, std::nullopt, QT_TRANSLATE_NOOP("od::Knowledge", "Contact your provider or administrator"),
     QT_TRANSLATE_NOOP("od::Knowledge", "Send them the report from Outbox Doctor: it contains what they need to help you.")},
    {Fix::WaitRetry, std::nullopt, QT_TRANSLATE_NOOP("od::Knowledge", "Wait and try again"),
     QT_TRANSLATE_NOOP("od::Knowledge", "The problem is temporary. Try again in a while.")},
    {Fix::FixSecuritySetting, InstructionPath::Login, QT_TRANSLATE_NOOP("od::Knowledge", "Correct the connection security setting"),
     QT_TRANSLATE_NOOP("od::Knowledge", "Set the connection security to what the port expects: SSL/TLS for port 465, STARTTLS for port 587.")},
    {Fix::UseModernAuth, InstructionPath::Login, QT_TRANSLATE_NOOP("od::Knowledge", "Sign in the way your provider now requires"),
     QT_TRANSLATE_NOOP("od::Knowledge", "Switch your mail program to the provider's own sign-in (OAuth2), or make an app password or authorisation code in the provider's web settings and use it instead of your normal password. Some providers also need sending (SMTP) switched on there.")},
};


const OwnerInfo kOwners[] = {
    {Owner::You, QT_TRANSLATE_NOOP("od::Knowledge", "You can fix this yourself."), 0},
    {Owner::Provider, QT_TRANSLATE_NOOP("od::Knowledge", "Your provider or administrator has to act."), 1},
    {Owner::Recipient, QT_TRANSLATE_NOOP("od::Knowledge", "The problem is on the recipient's side."), 2},
};

const LocationInfo kLocations[] = {
    {Location::Home, QT_TRANSLATE_NOOP("od::WizardTexts", "At home, on your provider's connection"),
     QT_TRANSLATE_NOOP("od::Report", "At home, on the provider's own connection"),
     QT_TRANSLATE_NOOP("od::Report", "I am at home, on your own connection.")},
    {Location::Work, QT_TRANSLATE_NOOP("od::WizardTexts", "At work, on the office network"),
     QT_TRANSLATE_NOOP("od::Report", "At work, on the office network"),
     QT_TRANSLATE_NOOP("od::Report", "I am at work, on the office network.")},
    {Location::Travel, QT_TRANSLATE_NOOP("od::WizardTexts", "Travelling, on someone else's network"),
     QT_TRANSLATE_NOOP("od::Report", "Travelling: hotel, airport, café, mobile hotspot or someone else's network"),
     QT_TRANSLATE_NOOP("od::Report", "I am travelling and connected through someone else's network (hotel, airport, café or mobile hotspot).")},
    {Location::Unknown, QT_TRANSLATE_NOOP("od::WizardTexts", "Not sure where"),
     QT_TRANSLATE_NOOP("od::Report", "Not sure"),
     nullptr},
};

struct Labelled
{
    const char *source;
    const char *comment;
};

const Labelled kSecurityLabels[] = {
    QT_TRANSLATE_NOOP3("od::WizardTexts", "Automatic", "connection security"),
    QT_TRANSLATE_NOOP3("od::WizardTexts", "None (unencrypted)", "connection security"),
    QT_TRANSLATE_NOOP3("od::WizardTexts", "STARTTLS", "connection security"),
    QT_TRANSLATE_NOOP3("od::WizardTexts", "SSL/TLS", "connection security"),
};

const SecurityInfo kSecurities[] = {
    {Security::Auto, kSecurityLabels[0].source, QT_TRANSLATE_NOOP("od::Report", "STARTTLS when offered")},
    {Security::None, kSecurityLabels[1].source, QT_TRANSLATE_NOOP("od::Report", "no encryption")},
    {Security::StartTls, kSecurityLabels[2].source, "STARTTLS"},
    {Security::Tls, kSecurityLabels[3].source, "SSL/TLS"},
};

const StepInfo kSteps[] = {
    {Step::Resolve, QT_TRANSLATE_NOOP("od::WizardTexts", "Looking up the server's address"),
     QT_TRANSLATE_NOOP("od::Report", "Looking up the server's name (DNS)")},
    {Step::Connect, QT_TRANSLATE_NOOP("od::WizardTexts", "Connecting to the server"),
     QT_TRANSLATE_NOOP("od::Report", "Connecting (TCP)")},
    {Step::Tls, QT_TRANSLATE_NOOP("od::WizardTexts", "Setting up encryption (SSL/TLS) and checking the certificate"),
     QT_TRANSLATE_NOOP("od::Report", "Encrypting the connection (SSL/TLS)")},
    {Step::Banner, QT_TRANSLATE_NOOP("od::WizardTexts", "Waiting for the server to say hello"),
     QT_TRANSLATE_NOOP("od::Report", "Server greeting")},
    {Step::Ehlo, QT_TRANSLATE_NOOP("od::WizardTexts", "Introducing ourselves (EHLO)"), "EHLO"},
    {Step::Helo, QT_TRANSLATE_NOOP("od::WizardTexts", "Introducing ourselves the old way (HELO)"), "HELO"},
    {Step::StartTls, QT_TRANSLATE_NOOP("od::WizardTexts", "Asking for encryption (STARTTLS)"), "STARTTLS"},
    {Step::TlsHandshake, QT_TRANSLATE_NOOP("od::WizardTexts", "Setting up encryption and checking the certificate"),
     QT_TRANSLATE_NOOP("od::Report", "Encrypting the connection (after STARTTLS)")},
    {Step::EhloAfterTls, QT_TRANSLATE_NOOP("od::WizardTexts", "Introducing ourselves again, encrypted"),
     QT_TRANSLATE_NOOP("od::Report", "EHLO after encryption")},
    {Step::Auth, QT_TRANSLATE_NOOP("od::WizardTexts", "Logging in with your user name and password"),
     QT_TRANSLATE_NOOP("od::Report", "Logging in (AUTH)")},
    {Step::MailFrom, QT_TRANSLATE_NOOP("od::WizardTexts", "Giving your address as the sender"),
     QT_TRANSLATE_NOOP("od::Report", "Sender (MAIL FROM)")},
    {Step::RcptLocal, QT_TRANSLATE_NOOP("od::WizardTexts", "Asking to send to the provider's own postmaster"),
     QT_TRANSLATE_NOOP("od::Report", "Recipient in the sender's own domain (RCPT TO)")},
    {Step::RcptForeign, QT_TRANSLATE_NOOP("od::WizardTexts", "Asking to send to an address elsewhere"),
     QT_TRANSLATE_NOOP("od::Report", "Recipient in another domain (RCPT TO)")},
    {Step::Rset, QT_TRANSLATE_NOOP("od::WizardTexts", "Cancelling the test message (nothing is sent)"), "RSET"},
    {Step::Data, QT_TRANSLATE_NOOP("od::WizardTexts", "Starting the test message"), "DATA"},
    {Step::Message, QT_TRANSLATE_NOOP("od::WizardTexts", "Sending the test message"),
     QT_TRANSLATE_NOOP("od::Report", "Sending the test message")},
    {Step::Quit, QT_TRANSLATE_NOOP("od::WizardTexts", "Saying goodbye"), "QUIT"},
    {Step::Pop3, QT_TRANSLATE_NOOP("od::WizardTexts", "Logging in to the incoming mail server first"),
     QT_TRANSLATE_NOOP("od::Report", "Logging in to the incoming server (POP3)")},
};

const FindingInfo kFindings[] = {
    {CertificateFinding::Untrusted, QT_TRANSLATE_NOOP("od::WizardTexts", "It was not issued by an authority this computer trusts."),
     QT_TRANSLATE_NOOP("od::Report", "issued by an authority this computer does not trust")},
    {CertificateFinding::SelfSigned, QT_TRANSLATE_NOOP("od::WizardTexts", "It is self-signed: the server vouches for itself."),
     QT_TRANSLATE_NOOP("od::Report", "self-signed")},
    {CertificateFinding::Expired, QT_TRANSLATE_NOOP("od::WizardTexts", "It has expired."),
     QT_TRANSLATE_NOOP("od::Report", "expired")},
    {CertificateFinding::NotYetValid, QT_TRANSLATE_NOOP("od::WizardTexts", "It is not valid yet."),
     QT_TRANSLATE_NOOP("od::Report", "not yet valid")},
    {CertificateFinding::HostnameMismatch,
     QT_TRANSLATE_NOOP("od::WizardTexts", "It was issued for a different server name. Someone on this network may be intercepting the connection."),
     QT_TRANSLATE_NOOP("od::Report", "issued for another server name")},
    {CertificateFinding::Revoked, QT_TRANSLATE_NOOP("od::WizardTexts", "It has been revoked by the authority that issued it."),
     QT_TRANSLATE_NOOP("od::Report", "revoked")},
    {CertificateFinding::Other, QT_TRANSLATE_NOOP("od::WizardTexts", "It failed another check."),
     QT_TRANSLATE_NOOP("od::Report", "other verification error")},
};

// A value without a row answers with the table's last row; tst_vocabulary catches that.
template<typename Row, std::size_t N, typename E, typename Key>
const Row &rowFor(const Row (&table)[N], E value, Key key)
{
    for (const Row &row : table) {
        if (row.*key == value)
            return row;
    }
    return table[N - 1];
}

QString knowledge(const char *source) { return QCoreApplication::translate("od::Knowledge", source); }
QString wizard(const char *source) { return QCoreApplication::translate("od::WizardTexts", source); }
QString report(const char *source) { return QCoreApplication::translate("od::Report", source); }

// Fills %1, %2, ... with `args` in one pass, so a reply that itself holds "%2" stays as it is.
QString fill(const QString &text, const QStringList &args)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'%' && i + 1 < text.size() && text.at(i + 1) >= u'1' && text.at(i + 1) <= u'9') {
            const int n = text.at(i + 1).unicode() - '1';
            if (n < args.size()) {
                out += args.at(n);
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

bool hasFacts(const QStringList &facts)
{
    for (const QString &f : facts) {
        if (!f.isEmpty())
            return true;
    }
    return false;
}

} // namespace

const CauseInfo &causeInfo(Cause cause) { return rowFor(kCauses, cause, &CauseInfo::cause); }

Hop causeHop(Cause cause)
{
    switch (cause) {
    case Cause::Ok:
    case Cause::Unknown:
        return Hop::None;
    // The outgoing server cannot be reached, or does not accept this user or this sender.
    case Cause::AuthRequired:
    case Cause::AuthFailed:
    case Cause::AuthUnavailable:
    case Cause::TlsRequired:
    case Cause::TlsFailed:
    case Cause::CertificateInvalid:
    case Cause::SenderRejected:
    case Cause::Blocked:
    case Cause::RateLimited:
    case Cause::PortBlocked:
    case Cause::ConnectionRefused:
    case Cause::NoBanner:
    case Cause::HostNotFound:
    case Cause::ServerUnavailable:
    case Cause::ProtocolError:
    case Cause::SecurityMismatch:
    case Cause::PasswordLoginDisabled:
        return Hop::ToYourServer;
    // The server will not pass the mail on, or the recipient's side refuses or cannot take it.
    case Cause::RelayDenied:
    case Cause::RecipientUnknown:
    case Cause::MessageRejected:
    case Cause::MessageTooLarge:
    case Cause::MailboxFull:
    case Cause::MailboxDisabled:
    case Cause::DomainAuthFailed:
    case Cause::RoutingLoop:
    case Cause::DeliveryExpired:
        return Hop::OnToRecipient;
    }
    return Hop::None;
}
const FixInfo &fixInfo(Fix fix) { return rowFor(kFixes, fix, &FixInfo::fix); }
const OwnerInfo &ownerInfo(Owner owner) { return rowFor(kOwners, owner, &OwnerInfo::owner); }
const LocationInfo &locationInfo(Location location) { return rowFor(kLocations, location, &LocationInfo::location); }
const SecurityInfo &securityInfo(Security security) { return rowFor(kSecurities, security, &SecurityInfo::security); }
const StepInfo &stepInfo(Step step) { return rowFor(kSteps, step, &StepInfo::step); }
const FindingInfo &findingInfo(CertificateFinding finding) { return rowFor(kFindings, finding, &FindingInfo::finding); }

QString causeTitle(Cause cause) { return knowledge(causeInfo(cause).title); }
QString causeExplanation(Cause cause) { return knowledge(causeInfo(cause).explanation); }
QString fixTitle(Fix fix) { return knowledge(fixInfo(fix).title); }
QString fixDescription(Fix fix) { return knowledge(fixInfo(fix).description); }
QString ownerText(Owner owner) { return knowledge(ownerInfo(owner).text); }
QString locationUserText(Location location) { return wizard(locationInfo(location).userText); }
QString locationReportText(Location location) { return report(locationInfo(location).reportText); }

QString locationLetterText(Location location)
{
    const char *text = locationInfo(location).letterText;
    return text ? report(text) : QString();
}

QString securityLabel(Security security)
{
    return QCoreApplication::translate("od::WizardTexts", securityInfo(security).label, "connection security");
}

QString securityText(Security security) { return report(securityInfo(security).text); }
QString stepUserText(Step step) { return wizard(stepInfo(step).userText); }
QString stepReportText(Step step) { return report(stepInfo(step).reportText); }
QString findingUserText(CertificateFinding finding) { return wizard(findingInfo(finding).userText); }
QString findingReportText(CertificateFinding finding) { return report(findingInfo(finding).reportText); }

QString letterHappened(Cause cause, const QStringList &facts, const QString &reply)
{
    const CauseInfo &info = causeInfo(cause);
    const bool useFact = info.letterHappenedFact && (hasFacts(facts) || !info.letterHappened);
    if (useFact)
        return fill(report(info.letterHappenedFact), QStringList(facts) << reply);
    return fill(report(info.letterHappened), {reply});
}

QString letterQuestion(Cause cause, const QStringList &facts)
{
    const CauseInfo &info = causeInfo(cause);
    if (info.letterQuestionFact && (hasFacts(facts) || !info.letterQuestion))
        return fill(report(info.letterQuestionFact), facts);
    return info.letterQuestion ? report(info.letterQuestion) : QString();
}

} // namespace od
