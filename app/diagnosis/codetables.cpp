// SPDX-License-Identifier: GPL-3.0-or-later
#include "codetables.h"

#include <QCoreApplication>
#include <QDebugStateSaver>
#include <QRegularExpression>

namespace od {

namespace {


constexpr char kContext[] = "od::CodeTables";

// ---------------------------------------------------------------------------------------------
// Office 365 / Exchange Online. The codes and their circumstances follow Microsoft's published
// NDR table (see ../shared/seeds); the sentences are ours. Entries sharing a code are tried in
// order and the first whose wording matches wins, so the catch-all entry comes last.
const QList<Office365Code> kOffice365 = {
    {4, 4, 316, 316, nullptr, Cause::ConnectionRefused, Owner::Recipient,
     QT_TRANSLATE_NOOP("od::CodeTables", "Connection refused"),
     QT_TRANSLATE_NOOP("od::CodeTables", "The sending service could not open a connection to the receiving mail server. The fault lies with that server or its network; the bounce usually names its IP address.")},
    {4, 4, 7, 7, nullptr, Cause::DeliveryExpired, Owner::Recipient,
     QT_TRANSLATE_NOOP("od::CodeTables", "Message expired"),
     QT_TRANSLATE_NOOP("od::CodeTables", "The message waited in the queue until its time ran out, because the receiving server did not take it in time. Check the address; if it is right, the receiving side has to fix its server.")},
    {4, 5, 3, 3, nullptr, Cause::RateLimited, Owner::You,
     QT_TRANSLATE_NOOP("od::CodeTables", "Too many recipients"),
     QT_TRANSLATE_NOOP("od::CodeTables", "The message was addressed to more recipients in one domain than the service accepts in one go (more than 200 for Office 365). Send it in smaller batches.")},
    {4, 7, 26, 26, nullptr, Cause::DomainAuthFailed, Owner::Provider,
     QT_TRANSLATE_NOOP("od::CodeTables", "IPv6 mail must pass SPF or DKIM"),
     QT_TRANSLATE_NOOP("od::CodeTables", "Mail arriving over IPv6 is only accepted when it passes an SPF or DKIM check, and this message passed neither. The sending domain's administrator has to publish SPF or sign with DKIM.")},
    {4, 7, 500, 699, nullptr, Cause::RateLimited, Owner::Provider,
     QT_TRANSLATE_NOOP("od::CodeTables", "Sending temporarily restricted"),
     QT_TRANSLATE_NOOP("od::CodeTables", "The service saw unusual activity and has held back mail from this sender while it takes a closer look. If the mail is legitimate, sending is allowed again after a while.")},
    {4, 7, 850, 899, nullptr, Cause::Blocked, Owner::Provider,
     QT_TRANSLATE_NOOP("od::CodeTables", "Sending IP temporarily blocked"),
     QT_TRANSLATE_NOOP("od::CodeTables", "Suspicious traffic came from the sending IP address, so it is blocked for now while it is investigated. Legitimate senders are let through again after a while.")},
    {5, 1, 0, 0, nullptr, Cause::RecipientUnknown, Owner::You,
     QT_TRANSLATE_NOOP("od::CodeTables", "Sender denied / recipient not resolved"),
     QT_TRANSLATE_NOOP("od::CodeTables", "The recipient's address could not be resolved, often because a saved message was opened and answered offline. Check the address and write a new message instead of replying to the saved one.")},
    {5, 1, 1, 1, nullptr, Cause::RecipientUnknown, Owner::You,
     QT_TRANSLATE_NOOP("od::CodeTables", "Bad destination mailbox address"),
     QT_TRANSLATE_NOOP("od::CodeTables", "The receiving system has no mailbox with this address: it is mistyped, no longer exists, or your mail program remembers an outdated address. Remove the remembered address, type it again and send a new message.")},
    {5, 1, 10, 10, nullptr, Cause::RecipientUnknown, Owner::You,
     QT_TRANSLATE_NOOP("od::CodeTables", "Recipient not found"),
     QT_TRANSLATE_NOOP("od::CodeTables", "The receiving organisation has no recipient with this address. Check the spelling, or ask the recipient for the right address.")},
    {5, 1, 8, 8, nullptr, Cause::Blocked, Owner::Provider,
     QT_TRANSLATE_NOOP("od::CodeTables", "Bad outbound sender"),
     QT_TRANSLATE_NOOP("od::CodeTables", "The sending account was blocked because it sent a lot of spam, which usually means it was taken over (stolen password, phishing or malware). Change the password; the administrator has to unblock the account.")},
    {5, 2, 121, 121, nullptr, Cause::RateLimited, Owner::You,
     QT_TRANSLATE_NOOP("od::CodeTables", "Too many messages to this recipient per hour"),
     QT_TRANSLATE_NOOP("od::CodeTables", "This sender has sent the recipient more messages within an hour than is allowed. Send fewer messages to this recipient and try again later.")},
    {5, 2, 122, 122, nullptr, Cause::RateLimited, Owner::Recipient,
     QT_TRANSLATE_NOOP("od::CodeTables", "Recipient receives too many messages per hour"),
     QT_TRANSLATE_NOOP("od::CodeTables", "The recipient has received more messages within an hour, from all senders together, than is allowed. Try again later.")},
    {5, 2, 252, 252, nullptr, Cause::SenderRejected, Owner::You,
     QT_TRANSLATE_NOOP("od::CodeTables", "Send as denied"),
     QT_TRANSLATE_NOOP("od::CodeTables", "The account you logged in with is not allowed to send mail with this From address. Use your own address, or ask the administrator for send-as rights.")},
    {5, 3, 190, 190, nullptr, Cause::MessageRejected, Owner::Provider,
     QT_TRANSLATE_NOOP("od::CodeTables", "Journaling not supported"),
     QT_TRANSLATE_NOOP("od::CodeTables", "A journaling rule sent a copy of the message to the cloud service, but journal archiving is not switched on there. The organisation's administrator has to change the rule or the setting.")},
    // "550 5.1.90 Your message can't be sent because you've reached your daily limit for message
    // recipients": learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online.
    {5, 1, 90, 90, nullptr, Cause::RateLimited, Owner::You,
     QT_TRANSLATE_NOOP("od::CodeTables", "Daily recipient limit reached"),
     QT_TRANSLATE_NOOP("od::CodeTables", "The account has sent to more recipients today than the service allows. Sending works again once the 24-hour window has passed.")},
    // "550 5.4.1 Recipient address rejected: Access denied. AS(201806281)": Directory-Based Edge
    // Blocking, the recipient does not exist in the receiving organisation
    // (learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-550-5-4-1-in-exchange-online).
    {5, 4, 1, 1, "recipient address rejected: access denied", Cause::RecipientUnknown, Owner::You,
     QT_TRANSLATE_NOOP("od::CodeTables", "Recipient not found by the receiving organisation"),
     QT_TRANSLATE_NOOP("od::CodeTables", "The receiving organisation checks recipients against its directory and has no one with this address. Check the address for typing errors, or ask the recipient for the right one.")},
    {5, 4, 1, 1, nullptr, Cause::RelayDenied, Owner::Recipient,
     QT_TRANSLATE_NOOP("od::CodeTables", "Relay access denied"),
     QT_TRANSLATE_NOOP("od::CodeTables", "The server that answered does not accept mail for the recipient's domain. This usually points to a wrong MX record or a server set up without that domain, on the receiving side.")},
    {5, 4, 6, 6, nullptr, Cause::RoutingLoop, Owner::Provider,
     QT_TRANSLATE_NOOP("od::CodeTables", "Routing loop detected"),
     QT_TRANSLATE_NOOP("od::CodeTables", "The message kept being passed around, for example by forwarding rules that send mail back and forth, and was stopped after many rounds. Check automatic forwarding on both sides.")},
    {5, 4, 14, 14, nullptr, Cause::RoutingLoop, Owner::Provider,
     QT_TRANSLATE_NOOP("od::CodeTables", "Hop count exceeded"),
     QT_TRANSLATE_NOOP("od::CodeTables", "The message passed through too many servers, which points to a loop between mail servers or connectors.")},
    {5, 4, 300, 300, nullptr, Cause::DeliveryExpired, Owner::Recipient,
     QT_TRANSLATE_NOOP("od::CodeTables", "Message expired"),
     QT_TRANSLATE_NOOP("od::CodeTables", "The message could not be delivered within the allowed time and was given up.")},
    {5, 4, 310, 310, nullptr, Cause::RecipientUnknown, Owner::You,
     QT_TRANSLATE_NOOP("od::CodeTables", "Recipient domain does not exist"),
     QT_TRANSLATE_NOOP("od::CodeTables", "The domain of the recipient's address does not exist in DNS. Check the part after the @.")},
    {5, 6, 11, 11, nullptr, Cause::MessageRejected, Owner::You,
     QT_TRANSLATE_NOOP("od::CodeTables", "Invalid characters"),
     QT_TRANSLATE_NOOP("od::CodeTables", "Your mail program put characters in the message that are not allowed (line ends without carriage return). Updating or changing the program usually helps.")},
    // The three kinds of 5.7.1 are told apart by their wording; the catch-all is last.
    {5, 7, 1, 1, "relay", Cause::RelayDenied, std::nullopt,
     QT_TRANSLATE_NOOP("od::CodeTables", "Unable to relay"),
     QT_TRANSLATE_NOOP("od::CodeTables", "The server refused to pass the message on to another domain because it does not recognise the sender as one of its users. Either the sending program or server has to log in (or use the right server), or the domain's MX record points at a server that does not handle that domain.")},
    {5, 7, 1, 1, "not authenticated|authentication required|must authenticate|authenticate first", Cause::AuthRequired, std::nullopt,
     QT_TRANSLATE_NOOP("od::CodeTables", "Client was not authenticated"),
     QT_TRANSLATE_NOOP("od::CodeTables", "The receiving server only accepts mail from senders that log in first, and this sender did not. The sending side has to be set up to authenticate.")},
    {5, 7, 1, 1, nullptr, Cause::MessageRejected, Owner::Recipient,
     QT_TRANSLATE_NOOP("od::CodeTables", "Delivery not authorised"),
     QT_TRANSLATE_NOOP("od::CodeTables", "The sender is not allowed to send to this recipient, for example a distribution group that only accepts mail from its members, or a rule on the receiving side that rejects this message. Ask the recipient's side for permission.")},
    {5, 7, 3, 3, nullptr, Cause::AuthFailed, std::nullopt,
     QT_TRANSLATE_NOOP("od::CodeTables", "Authentication unsuccessful"),
     QT_TRANSLATE_NOOP("od::CodeTables", "The server did not accept the login. Check the user name and password.")},
    {5, 7, 12, 12, nullptr, Cause::MessageRejected, Owner::Recipient,
     QT_TRANSLATE_NOOP("od::CodeTables", "Sender not authenticated by organisation"),
     QT_TRANSLATE_NOOP("od::CodeTables", "The recipient only accepts mail from inside its own organisation. Only an administrator on the recipient's side can change that.")},
    {5, 7, 13, 13, nullptr, Cause::MessageRejected, Owner::Recipient,
     QT_TRANSLATE_NOOP("od::CodeTables", "Sender not authenticated for public folder"),
     QT_TRANSLATE_NOOP("od::CodeTables", "The recipient is a public folder that refuses mail from outside its organisation. Only an administrator on the recipient's side can change that.")},
    {5, 7, 25, 25, nullptr, Cause::Blocked, Owner::Provider,
     QT_TRANSLATE_NOOP("od::CodeTables", "IPv6 sender without reverse DNS"),
     QT_TRANSLATE_NOOP("od::CodeTables", "Mail over IPv6 is refused from addresses without a reverse DNS (PTR) record. Whoever runs the sending server has to add one.")},
    {5, 7, 54, 54, nullptr, Cause::RelayDenied, std::nullopt,
     QT_TRANSLATE_NOOP("od::CodeTables", "Unable to relay to a domain that is not accepted"),
     QT_TRANSLATE_NOOP("od::CodeTables", "The server only passes on mail for its own (accepted) domains unless the sender logs in or is on an allowed network; mail to other domains was refused.")},
    {5, 7, 57, 57, nullptr, Cause::AuthRequired, Owner::You,
     QT_TRANSLATE_NOOP("od::CodeTables", "Client not authenticated to send mail"),
     QT_TRANSLATE_NOOP("od::CodeTables", "The server wants a login before it accepts mail, and your mail program sent without one. Turn on authentication for the outgoing server, normally on port 587 with STARTTLS.")},
    {5, 7, 60, 60, nullptr, Cause::SenderRejected, Owner::You,
     QT_TRANSLATE_NOOP("od::CodeTables", "No permission to send as this sender"),
     QT_TRANSLATE_NOOP("od::CodeTables", "The account you logged in with may not send with this From address. Use your own address, or ask the administrator for send-as rights.")},
    {5, 7, 64, 64, nullptr, Cause::RelayDenied, Owner::Provider,
     QT_TRANSLATE_NOOP("od::CodeTables", "Relay access denied (tenant attribution)"),
     QT_TRANSLATE_NOOP("od::CodeTables", "The service could not tie the relayed message to an organisation, so it refused to relay it. The administrator has to fix the connector settings.")},
    {5, 7, 124, 124, nullptr, Cause::MessageRejected, Owner::Recipient,
     QT_TRANSLATE_NOOP("od::CodeTables", "Sender not in the allowed-senders list"),
     QT_TRANSLATE_NOOP("od::CodeTables", "The recipient is a group that only accepts mail from a list of allowed senders, and you are not on it. The group's owner or administrator can add you.")},
    {5, 7, 133, 133, nullptr, Cause::MessageRejected, Owner::Recipient,
     QT_TRANSLATE_NOOP("od::CodeTables", "Sender not authenticated for group"),
     QT_TRANSLATE_NOOP("od::CodeTables", "The recipient is a group that refuses mail from outside its organisation. The group's owner or an administrator on the recipient's side can change that.")},
    {5, 7, 134, 134, nullptr, Cause::MessageRejected, Owner::Recipient,
     QT_TRANSLATE_NOOP("od::CodeTables", "Sender not authenticated for mailbox"),
     QT_TRANSLATE_NOOP("od::CodeTables", "The recipient's mailbox refuses mail from outside its organisation. Only an administrator on the recipient's side can change that.")},
    {5, 7, 135, 135, nullptr, Cause::MessageRejected, Owner::Recipient,
     QT_TRANSLATE_NOOP("od::CodeTables", "Sender not authenticated for public folder"),
     QT_TRANSLATE_NOOP("od::CodeTables", "The recipient is a public folder that refuses mail from outside its organisation. Only an administrator on the recipient's side can change that.")},
    {5, 7, 136, 136, nullptr, Cause::MessageRejected, Owner::Recipient,
     QT_TRANSLATE_NOOP("od::CodeTables", "Sender not authenticated for mail user"),
     QT_TRANSLATE_NOOP("od::CodeTables", "The recipient is a contact that refuses mail from outside its organisation. Only an administrator on the recipient's side can change that.")},
    {5, 7, 139, 139, "credentials were incorrect|password", Cause::AuthFailed, Owner::You,
     QT_TRANSLATE_NOOP("od::CodeTables", "Authentication unsuccessful"),
     QT_TRANSLATE_NOOP("od::CodeTables", "The server refused the user name or password. Check both, and whether the account needs an app password.")},
    // "SmtpClientAuthentication is disabled for the Tenant", "basic authentication is disabled",
    // "user is locked by your organization's security defaults policy": learn.microsoft.com/
    // exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission.
    {5, 7, 139, 139, nullptr, Cause::PasswordLoginDisabled, Owner::Provider,
     QT_TRANSLATE_NOOP("od::CodeTables", "Authentication disabled for this account"),
     QT_TRANSLATE_NOOP("od::CodeTables", "Logging in to send (SMTP AUTH, basic authentication) is switched off for this account or organisation, or blocked by a security policy. The administrator has to allow it, or you must use a different way to send.")},
    {5, 7, 501, 501, nullptr, Cause::Blocked, Owner::Provider,
     QT_TRANSLATE_NOOP("od::CodeTables", "Spam abuse detected"),
     QT_TRANSLATE_NOOP("od::CodeTables", "The sending account was blocked because spam was sent from it. Secure the account and reset its password, then have the administrator or support unblock it.")},
    {5, 7, 502, 503, nullptr, Cause::Blocked, Owner::Provider,
     QT_TRANSLATE_NOOP("od::CodeTables", "Banned sender"),
     QT_TRANSLATE_NOOP("od::CodeTables", "The sending account was blocked because spam was sent from it. Secure the account and reset its password, then have the administrator or support unblock it.")},
    {5, 7, 504, 504, nullptr, Cause::RecipientUnknown, Owner::You,
     QT_TRANSLATE_NOOP("od::CodeTables", "Recipient address rejected"),
     QT_TRANSLATE_NOOP("od::CodeTables", "The recipient's address is not valid on the receiving system. Check it and try again.")},
    {5, 7, 505, 505, nullptr, Cause::MailboxDisabled, Owner::Recipient,
     QT_TRANSLATE_NOOP("od::CodeTables", "Banned recipient"),
     QT_TRANSLATE_NOOP("od::CodeTables", "The recipient is barred from receiving mail. If you think that is wrong, the recipient's side has to contact its support.")},
    {5, 7, 506, 506, nullptr, Cause::Blocked, Owner::Provider,
     QT_TRANSLATE_NOOP("od::CodeTables", "Bad HELO"),
     QT_TRANSLATE_NOOP("od::CodeTables", "The sending server introduced itself (HELO/EHLO) with the receiving server's own name instead of its own, which is typical of spam software. The sending server's configuration has to be corrected.")},
    {5, 7, 507, 507, nullptr, Cause::Blocked, Owner::Recipient,
     QT_TRANSLATE_NOOP("od::CodeTables", "Rejected by recipient"),
     QT_TRANSLATE_NOOP("od::CodeTables", "The recipient's organisation blocks the IP address you send from. Ask the recipient to lift the block.")},
    {5, 7, 508, 508, nullptr, Cause::RateLimited, Owner::Provider,
     QT_TRANSLATE_NOOP("od::CodeTables", "IPv6 range over its limits"),
     QT_TRANSLATE_NOOP("od::CodeTables", "The sender's IPv6 range sent too many messages in too short a time.")},
    {5, 7, 509, 509, nullptr, Cause::DomainAuthFailed, Owner::Provider,
     QT_TRANSLATE_NOOP("od::CodeTables", "DMARC check failed"),
     QT_TRANSLATE_NOOP("od::CodeTables", "The domain in the From address did not pass its DMARC check. The domain's administrator has to align SPF and DKIM with the From domain, or you must send through the domain's own servers.")},
    {5, 7, 510, 510, nullptr, Cause::Blocked, Owner::Provider,
     QT_TRANSLATE_NOOP("od::CodeTables", "No mail over IPv6"),
     QT_TRANSLATE_NOOP("od::CodeTables", "The recipient does not accept mail over IPv6, and the message came over IPv6. The sending server has to deliver over IPv4.")},
    {5, 7, 511, 511, nullptr, Cause::Blocked, Owner::Provider,
     QT_TRANSLATE_NOOP("od::CodeTables", "Banned sender"),
     QT_TRANSLATE_NOOP("od::CodeTables", "The account you are sending from is on a block list. The provider or administrator has to have it removed.")},
    {5, 7, 512, 512, nullptr, Cause::SenderRejected, Owner::You,
     QT_TRANSLATE_NOOP("od::CodeTables", "From header not valid"),
     QT_TRANSLATE_NOOP("od::CodeTables", "The message had no valid e-mail address in its From line. Check the address set in your mail program.")},
    {5, 7, 513, 513, nullptr, Cause::Blocked, Owner::Recipient,
     QT_TRANSLATE_NOOP("od::CodeTables", "Blocked by the recipient's own block list"),
     QT_TRANSLATE_NOOP("od::CodeTables", "The recipient's domain put your sending IP address on its own block list. If that is a mistake, ask the recipient to remove it.")},
    {5, 7, 606, 649, nullptr, Cause::Blocked, Owner::Provider,
     QT_TRANSLATE_NOOP("od::CodeTables", "Banned sending IP"),
     QT_TRANSLATE_NOOP("od::CodeTables", "The IP address the mail came from is on the service's block list, usually after spam or a compromised machine sent through it. Whoever runs the sending server has to clean it up and ask for delisting.")},
    {5, 7, 700, 749, nullptr, Cause::Blocked, Owner::Provider,
     QT_TRANSLATE_NOOP("od::CodeTables", "Tenant over its threshold"),
     QT_TRANSLATE_NOOP("od::CodeTables", "Most of the mail from this organisation looked suspicious, so it may no longer send. The administrator has to remove the cause (e.g. a hacked account or an open connector) and contact support.")},
    {5, 7, 750, 750, nullptr, Cause::Blocked, Owner::Provider,
     QT_TRANSLATE_NOOP("od::CodeTables", "Sending from unregistered domains blocked"),
     QT_TRANSLATE_NOOP("od::CodeTables", "The organisation sent a lot of mail from domains it has not registered with the service, so sending was blocked. The administrator has to register the domains.")},
};

// ---------------------------------------------------------------------------------------------
// RFC 3463 and the later registrations, as the IANA "Simple Mail Transfer Protocol (SMTP)
// Enhanced Status Codes" registry lists them (iana.org/assignments/smtp-enhanced-status-codes;
// RFC 3463, 3886, 4468, 4954, 5248, 6531, 6710, 7293, 7372, 7505, 8617, 8689), subject.detail
// -> cause. A row whose cause is Unknown keeps its description but names no cause.
struct DetailEntry
{
    int subject;
    int detail;
    Cause cause;
    std::optional<Owner> owner;
    const char *label;
};

const DetailEntry kDetails[] = {
    {1, 1, Cause::RecipientUnknown, std::nullopt, QT_TRANSLATE_NOOP("od::CodeTables", "the mailbox does not exist")},
    {1, 2, Cause::RecipientUnknown, Owner::You, QT_TRANSLATE_NOOP("od::CodeTables", "the recipient's domain does not exist or takes no mail")},
    {1, 3, Cause::RecipientUnknown, Owner::You, QT_TRANSLATE_NOOP("od::CodeTables", "the recipient's address is not written correctly")},
    {1, 4, Cause::RecipientUnknown, Owner::You, QT_TRANSLATE_NOOP("od::CodeTables", "the recipient's address is ambiguous")},
    {1, 5, Cause::Ok, std::nullopt, QT_TRANSLATE_NOOP("od::CodeTables", "the recipient's address is valid")},
    {1, 6, Cause::RecipientUnknown, Owner::You, QT_TRANSLATE_NOOP("od::CodeTables", "the mailbox has moved and no forwarding is set up")},
    {1, 7, Cause::SenderRejected, Owner::You, QT_TRANSLATE_NOOP("od::CodeTables", "the sender's address is not written correctly")},
    {1, 8, Cause::SenderRejected, Owner::You, QT_TRANSLATE_NOOP("od::CodeTables", "the sender's domain is not valid")},
    {1, 10, Cause::RecipientUnknown, Owner::You, QT_TRANSLATE_NOOP("od::CodeTables", "the recipient's domain says it takes no mail (null MX)")},
    {2, 1, Cause::MailboxDisabled, std::nullopt, QT_TRANSLATE_NOOP("od::CodeTables", "the mailbox is disabled")},
    {2, 2, Cause::MailboxFull, std::nullopt, QT_TRANSLATE_NOOP("od::CodeTables", "the mailbox is full")},
    {2, 3, Cause::MessageTooLarge, std::nullopt, QT_TRANSLATE_NOOP("od::CodeTables", "the message is larger than the recipient allows")},
    // RFC 3463: "the mailbox is a mailing list address and the mailing list was unable to be
    // expanded": the receiving side's list failed, nothing about the message.
    {2, 4, Cause::ServerUnavailable, Owner::Recipient, QT_TRANSLATE_NOOP("od::CodeTables", "a mailing list could not be expanded")},
    {3, 0, Cause::ServerUnavailable, std::nullopt, QT_TRANSLATE_NOOP("od::CodeTables", "the mail system has a problem")},
    {3, 1, Cause::ServerUnavailable, std::nullopt, QT_TRANSLATE_NOOP("od::CodeTables", "the mail system is out of space")},
    {3, 2, Cause::ServerUnavailable, std::nullopt, QT_TRANSLATE_NOOP("od::CodeTables", "the mail system is not accepting mail")},
    {3, 3, Cause::MessageRejected, std::nullopt, QT_TRANSLATE_NOOP("od::CodeTables", "the system cannot handle a feature the message needs")},
    {3, 4, Cause::MessageTooLarge, std::nullopt, QT_TRANSLATE_NOOP("od::CodeTables", "the message is too big for the system")},
    {3, 5, Cause::ServerUnavailable, Owner::Provider, QT_TRANSLATE_NOOP("od::CodeTables", "the mail system is configured wrongly")},
    {4, 1, Cause::ServerUnavailable, Owner::Recipient, QT_TRANSLATE_NOOP("od::CodeTables", "the receiving host did not answer")},
    {4, 2, Cause::ServerUnavailable, Owner::Recipient, QT_TRANSLATE_NOOP("od::CodeTables", "the connection broke down")},
    {4, 3, Cause::ServerUnavailable, std::nullopt, QT_TRANSLATE_NOOP("od::CodeTables", "a DNS or directory lookup failed")},
    {4, 4, Cause::RecipientUnknown, Owner::You, QT_TRANSLATE_NOOP("od::CodeTables", "no route to the recipient's domain")},
    {4, 5, Cause::ServerUnavailable, std::nullopt, QT_TRANSLATE_NOOP("od::CodeTables", "the mail system is congested")},
    {4, 6, Cause::RoutingLoop, std::nullopt, QT_TRANSLATE_NOOP("od::CodeTables", "the message was going round in a loop")},
    {4, 7, Cause::DeliveryExpired, std::nullopt, QT_TRANSLATE_NOOP("od::CodeTables", "delivery took too long and was given up")},
    {5, 0, Cause::ProtocolError, std::nullopt, QT_TRANSLATE_NOOP("od::CodeTables", "a protocol error")},
    {5, 1, Cause::ProtocolError, std::nullopt, QT_TRANSLATE_NOOP("od::CodeTables", "the command was not valid")},
    {5, 2, Cause::ProtocolError, std::nullopt, QT_TRANSLATE_NOOP("od::CodeTables", "the command had a syntax error")},
    {5, 3, Cause::RateLimited, Owner::You, QT_TRANSLATE_NOOP("od::CodeTables", "too many recipients at once")},
    {5, 4, Cause::ProtocolError, std::nullopt, QT_TRANSLATE_NOOP("od::CodeTables", "a command parameter was not valid")},
    {5, 5, Cause::ProtocolError, std::nullopt, QT_TRANSLATE_NOOP("od::CodeTables", "wrong protocol version")},
    // RFC 4954: "500 5.5.6 Authentication Exchange line is too long", a reply to AUTH.
    {5, 6, Cause::AuthFailed, std::nullopt, QT_TRANSLATE_NOOP("od::CodeTables", "the login exchange was too long")},
    {6, 0, Cause::MessageRejected, std::nullopt, QT_TRANSLATE_NOOP("od::CodeTables", "a problem with the message content")},
    {6, 1, Cause::MessageRejected, std::nullopt, QT_TRANSLATE_NOOP("od::CodeTables", "a content type is not supported")},
    {6, 2, Cause::MessageRejected, std::nullopt, QT_TRANSLATE_NOOP("od::CodeTables", "the content would have to be converted, which is not allowed")},
    {6, 3, Cause::MessageRejected, std::nullopt, QT_TRANSLATE_NOOP("od::CodeTables", "the content would have to be converted, which is not supported")},
    {6, 4, Cause::MessageRejected, std::nullopt, QT_TRANSLATE_NOOP("od::CodeTables", "the content was converted with loss")},
    {6, 5, Cause::MessageRejected, std::nullopt, QT_TRANSLATE_NOOP("od::CodeTables", "converting the content failed")},
    {6, 6, Cause::MessageRejected, std::nullopt, QT_TRANSLATE_NOOP("od::CodeTables", "the message content is not available")},
    {6, 7, Cause::MessageRejected, std::nullopt, QT_TRANSLATE_NOOP("od::CodeTables", "addresses with non-ASCII characters are not accepted")},
    {6, 8, Cause::MessageRejected, std::nullopt, QT_TRANSLATE_NOOP("od::CodeTables", "a UTF-8 reply would be needed")},
    {6, 9, Cause::MessageRejected, std::nullopt, QT_TRANSLATE_NOOP("od::CodeTables", "a message with UTF-8 headers cannot be passed on")},
    {7, 2, Cause::MessageRejected, Owner::Recipient, QT_TRANSLATE_NOOP("od::CodeTables", "sending to this mailing list is not allowed")},
    {7, 3, Cause::MessageRejected, std::nullopt, QT_TRANSLATE_NOOP("od::CodeTables", "a required security conversion is not possible")},
    {7, 4, Cause::AuthUnavailable, std::nullopt, QT_TRANSLATE_NOOP("od::CodeTables", "the security feature or login method is not supported")},
    {7, 5, Cause::TlsFailed, std::nullopt, QT_TRANSLATE_NOOP("od::CodeTables", "a cryptographic operation failed")},
    {7, 6, Cause::TlsFailed, std::nullopt, QT_TRANSLATE_NOOP("od::CodeTables", "the cryptographic algorithm is not supported")},
    {7, 7, Cause::MessageRejected, std::nullopt, QT_TRANSLATE_NOOP("od::CodeTables", "the message failed an integrity check")},
    // X.7.8 to X.7.12 are replies to AUTH (RFC 4954 section 6: "535 5.7.8 Authentication
    // credentials invalid", "534 5.7.9 Authentication mechanism is too weak", "538 5.7.11
    // Encryption required for requested authentication mechanism", "432 4.7.12 A password
    // transition is needed"; RFC 5248: X.7.10 "Encryption Needed" for the requested mechanism).
    {7, 8, Cause::AuthFailed, Owner::You, QT_TRANSLATE_NOOP("od::CodeTables", "the user name or password is wrong")},
    {7, 9, Cause::AuthUnavailable, std::nullopt, QT_TRANSLATE_NOOP("od::CodeTables", "the login method is too weak for this server")},
    {7, 10, Cause::TlsRequired, Owner::You, QT_TRANSLATE_NOOP("od::CodeTables", "this login method needs an encrypted connection")},
    {7, 11, Cause::TlsRequired, Owner::You, QT_TRANSLATE_NOOP("od::CodeTables", "this login method needs an encrypted connection")},
    {7, 12, Cause::AuthUnavailable, Owner::You, QT_TRANSLATE_NOOP("od::CodeTables", "a password transition is needed: log in once with the plain password method")},
    // RFC 5248: "User Account Disabled", after a successful login to a disabled account (at the
    // AUTH step it reads as a refused login, see replyclassifier). Office 365 uses 5.7.12 and
    // 5.7.13 for other things; its table is tried first.
    {7, 13, Cause::MailboxDisabled, std::nullopt, QT_TRANSLATE_NOOP("od::CodeTables", "the account is disabled")},
    // RFC 5248: a submission server needs a trust relationship with another server to fetch the
    // message content (BURL, RFC 4468); nothing the sender's settings can change.
    {7, 14, Cause::Unknown, std::nullopt, QT_TRANSLATE_NOOP("od::CodeTables", "a trust relationship between servers is required")},
    {7, 15, Cause::MessageRejected, std::nullopt, QT_TRANSLATE_NOOP("od::CodeTables", "the priority is too low")},
    {7, 16, Cause::MessageTooLarge, std::nullopt, QT_TRANSLATE_NOOP("od::CodeTables", "the message is too big for its priority")},
    {7, 17, Cause::RecipientUnknown, Owner::You, QT_TRANSLATE_NOOP("od::CodeTables", "the mailbox now belongs to someone else")},
    {7, 18, Cause::RecipientUnknown, Owner::You, QT_TRANSLATE_NOOP("od::CodeTables", "the domain now belongs to someone else")},
    {7, 19, Cause::RecipientUnknown, Owner::You, QT_TRANSLATE_NOOP("od::CodeTables", "the recipient could not be verified as unchanged")},
    {7, 20, Cause::DomainAuthFailed, Owner::Provider, QT_TRANSLATE_NOOP("od::CodeTables", "no valid DKIM signature")},
    {7, 21, Cause::DomainAuthFailed, Owner::Provider, QT_TRANSLATE_NOOP("od::CodeTables", "no acceptable DKIM signature")},
    {7, 22, Cause::DomainAuthFailed, Owner::Provider, QT_TRANSLATE_NOOP("od::CodeTables", "no DKIM signature matching the author's domain")},
    {7, 23, Cause::DomainAuthFailed, Owner::Provider, QT_TRANSLATE_NOOP("od::CodeTables", "the SPF check failed")},
    {7, 24, Cause::DomainAuthFailed, Owner::Provider, QT_TRANSLATE_NOOP("od::CodeTables", "the SPF check could not be completed")},
    {7, 25, Cause::Blocked, Owner::Provider, QT_TRANSLATE_NOOP("od::CodeTables", "the sending address has no valid reverse DNS")},
    {7, 26, Cause::DomainAuthFailed, Owner::Provider, QT_TRANSLATE_NOOP("od::CodeTables", "several authentication checks (SPF, DKIM, DMARC) failed")},
    {7, 27, Cause::SenderRejected, Owner::You, QT_TRANSLATE_NOOP("od::CodeTables", "the sender's domain says it sends no mail (null MX)")},
    {7, 28, Cause::RateLimited, std::nullopt, QT_TRANSLATE_NOOP("od::CodeTables", "a flood of mail was detected")},
    {7, 29, Cause::DomainAuthFailed, Owner::Provider, QT_TRANSLATE_NOOP("od::CodeTables", "the ARC check failed")},
    {7, 30, Cause::TlsRequired, std::nullopt, QT_TRANSLATE_NOOP("od::CodeTables", "REQUIRETLS support is required")},
};

// The enhanced codes the registry defines as replies to the AUTH command, each with the reply
// codes it is registered with (RFC 4954 section 6; RFC 5248 and the IANA registry's "associated
// basic status code" for X.7.10 and X.7.11). 530 5.7.0 "Authentication required" is RFC 4954's
// too; 454 4.7.0 is left out, as RFC 3207 uses it for "TLS not available" as well.
struct LoginReply
{
    int subject;
    int detail;
    int replyCodes[2];  // 0: unused slot
    Cause cause;
};

const LoginReply kLoginReplies[] = {
    {7, 0, {530, 0}, Cause::AuthRequired},
    {7, 8, {535, 0}, Cause::AuthFailed},
    {7, 9, {534, 0}, Cause::AuthUnavailable},
    {7, 10, {523, 0}, Cause::TlsRequired},
    {7, 11, {538, 524}, Cause::TlsRequired},
    {7, 12, {432, 422}, Cause::AuthUnavailable},
};

struct SubjectEntry
{
    int subject;
    const char *text;
};

const SubjectEntry kSubjects[] = {
    {0, QT_TRANSLATE_NOOP("od::CodeTables", "Other")},
    {1, QT_TRANSLATE_NOOP("od::CodeTables", "Addressing")},
    {2, QT_TRANSLATE_NOOP("od::CodeTables", "Mailbox")},
    {3, QT_TRANSLATE_NOOP("od::CodeTables", "Mail system")},
    {4, QT_TRANSLATE_NOOP("od::CodeTables", "Network and routing")},
    {5, QT_TRANSLATE_NOOP("od::CodeTables", "Mail delivery protocol")},
    {6, QT_TRANSLATE_NOOP("od::CodeTables", "Message content")},
    {7, QT_TRANSLATE_NOOP("od::CodeTables", "Security or policy")},
};

// ---------------------------------------------------------------------------------------------
// Error numbers of Outlook / Outlook Express / Windows (Live) Mail. The 0x800CCCxx family is
// FACILITY_INTERNET (0x0C) + 0xCC00 + n, named IXP_E_* in the SDK's imnxport.h; only numbers
// whose meaning is certain are listed.
using OS = OutlookError::Stage;

const QList<OutlookError> kOutlook = {
    {0x800CCC01, "IXP_E_INVALID_CERT_CN", Cause::CertificateInvalid, 0, OS::Tls, std::nullopt,
     QT_TRANSLATE_NOOP("od::CodeTables", "The server's certificate is made out to a different name than the server you entered.")},
    {0x800CCC02, "IXP_E_INVALID_CERT_DATE", Cause::CertificateInvalid, 0, OS::Tls, std::nullopt,
     QT_TRANSLATE_NOOP("od::CodeTables", "The server's certificate has expired or is not valid yet (or this computer's clock is wrong).")},
    {0x800CCC04, "IXP_E_CONN", Cause::PortBlocked, 0, OS::Connect, Owner::You,
     QT_TRANSLATE_NOOP("od::CodeTables", "The connection to the server could not be made or used. The port may be blocked on this network, or a firewall or antivirus may be in the way.")},
    {0x800CCC05, "IXP_E_NOT_CONNECTED", Cause::ServerUnavailable, 0, OS::Connect, std::nullopt,
     QT_TRANSLATE_NOOP("od::CodeTables", "The mail program was no longer connected to the server when it tried to continue.")},
    {0x800CCC06, "IXP_E_CONN_SEND", Cause::ServerUnavailable, 0, OS::Connect, std::nullopt,
     QT_TRANSLATE_NOOP("od::CodeTables", "Sending data to the server failed; the connection broke off.")},
    {0x800CCC09, "IXP_E_CONN_RECV", Cause::ServerUnavailable, 0, OS::Connect, std::nullopt,
     QT_TRANSLATE_NOOP("od::CodeTables", "Receiving the server's answer failed; the connection broke off.")},
    {0x800CCC0A, "IXP_E_INCOMPLETE", Cause::ServerUnavailable, 0, OS::Connect, std::nullopt,
     QT_TRANSLATE_NOOP("od::CodeTables", "The server's answer was cut off before it was complete.")},
    {0x800CCC0B, "IXP_E_BUSY", Cause::ServerUnavailable, 0, OS::Connect, std::nullopt,
     QT_TRANSLATE_NOOP("od::CodeTables", "The server (or the mail program's connection to it) was busy; try again in a moment.")},
    {0x800CCC0D, "IXP_E_CANT_FIND_HOST", Cause::HostNotFound, 0, OS::Connect, Owner::You,
     QT_TRANSLATE_NOOP("od::CodeTables", "The mail program could not find the server: the name is misspelt, or this network cannot look it up.")},
    {0x800CCC0E, "IXP_E_FAILED_TO_CONNECT", Cause::PortBlocked, 0, OS::Connect, Owner::You,
     QT_TRANSLATE_NOOP("od::CodeTables", "The mail program could not connect to the server. The port may be blocked on this network (port 25 often is), a firewall or antivirus may be in the way, or the server may be down.")},
    {0x800CCC0F, "IXP_E_CONNECTION_DROPPED", Cause::PortBlocked, 0, OS::Connect, Owner::You,
     QT_TRANSLATE_NOOP("od::CodeTables", "The connection to the server was cut off. Common reasons: the security setting does not match the port (SSL on a STARTTLS port or the other way round), an antivirus program scanning outgoing mail, or a network that blocks mail ports.")},
    {0x800CCC10, "IXP_E_INVALID_ADDRESS", Cause::RecipientUnknown, 0, OS::Recipient, Owner::You,
     QT_TRANSLATE_NOOP("od::CodeTables", "An address of the message is not a valid e-mail address. Check the recipients for typing mistakes and stray characters.")},
    {0x800CCC11, "IXP_E_INVALID_ADDRESS_LIST", Cause::RecipientUnknown, 0, OS::Recipient, Owner::You,
     QT_TRANSLATE_NOOP("od::CodeTables", "The list of recipients is not valid (an address is misspelt, or separators are wrong).")},
    {0x800CCC12, "IXP_E_SOCKET_READ_ERROR", Cause::ServerUnavailable, 0, OS::Connect, std::nullopt,
     QT_TRANSLATE_NOOP("od::CodeTables", "Reading from the connection to the server failed; the connection broke off, often because of an antivirus program or an unstable network.")},
    {0x800CCC13, "IXP_E_SOCKET_WRITE_ERROR", Cause::PortBlocked, 0, OS::Connect, Owner::You,
     QT_TRANSLATE_NOOP("od::CodeTables", "The mail program could not send data over the network; usually a firewall or antivirus program blocks it.")},
    {0x800CCC15, "IXP_E_SOCKET_CONNECT_ERROR", Cause::PortBlocked, 0, OS::Connect, Owner::You,
     QT_TRANSLATE_NOOP("od::CodeTables", "The mail program could not open a connection to the server's port. The port may be blocked on this network, or the server name or port is wrong.")},
    {0x800CCC18, "IXP_E_SICILY_LOGON_FAILED", Cause::AuthFailed, 0, OS::Auth, Owner::You,
     QT_TRANSLATE_NOOP("od::CodeTables", "Logging on with Secure Password Authentication (SPA) failed. Most providers do not use SPA: switch it off and use the normal user name and password.")},
    {0x800CCC19, "IXP_E_TIMEOUT", Cause::PortBlocked, 0, OS::Connect, Owner::You,
     QT_TRANSLATE_NOOP("od::CodeTables", "The server did not answer in time. The port may be blocked on this network, or the server is slow or down.")},
    {0x800CCC1A, "IXP_E_SECURE_CONNECT_FAILED", Cause::TlsFailed, 0, OS::Tls, Owner::You,
     QT_TRANSLATE_NOOP("od::CodeTables", "The encrypted connection could not be set up: the server does not support the encryption type chosen for this port. Use 587 with STARTTLS or 465 with SSL/TLS.")},
    {0x800CCC60, "IXP_E_SMTP_RESPONSE_ERROR", Cause::Unknown, 0, OS::None, std::nullopt,
     QT_TRANSLATE_NOOP("od::CodeTables", "The outgoing server answered with an error; its own words say more.")},
    {0x800CCC61, "IXP_E_SMTP_UNKNOWN_RESPONSE_CODE", Cause::ProtocolError, 0, OS::None, std::nullopt,
     QT_TRANSLATE_NOOP("od::CodeTables", "The outgoing server gave an answer the mail program did not understand.")},
    {0x800CCC62, "IXP_E_SMTP_500_SYNTAX_ERROR", Cause::ProtocolError, 500, OS::None, std::nullopt,
     QT_TRANSLATE_NOOP("od::CodeTables", "The outgoing server did not recognise a command (reply 500). Something between you and the server may be interfering.")},
    {0x800CCC63, "IXP_E_SMTP_501_PARAM_SYNTAX", Cause::ProtocolError, 501, OS::None, std::nullopt,
     QT_TRANSLATE_NOOP("od::CodeTables", "The outgoing server refused a command's parameters (reply 501), often an address written in a way it does not accept.")},
    {0x800CCC64, "IXP_E_SMTP_502_COMMAND_NOTIMPL", Cause::ProtocolError, 502, OS::None, std::nullopt,
     QT_TRANSLATE_NOOP("od::CodeTables", "The outgoing server does not implement a command the mail program used (reply 502).")},
    {0x800CCC65, "IXP_E_SMTP_503_COMMAND_SEQ", Cause::AuthRequired, 503, OS::None, std::nullopt,
     QT_TRANSLATE_NOOP("od::CodeTables", "The outgoing server says the commands came in the wrong order (reply 503); mostly this means it expected a login first.")},
    {0x800CCC66, "IXP_E_SMTP_504_COMMAND_PARAM_NOTIMPL", Cause::AuthUnavailable, 504, OS::Auth, std::nullopt,
     QT_TRANSLATE_NOOP("od::CodeTables", "The outgoing server does not support a parameter the mail program used (reply 504), typically the login method.")},
    {0x800CCC67, "IXP_E_SMTP_421_NOT_AVAILABLE", Cause::ServerUnavailable, 421, OS::None, std::nullopt,
     QT_TRANSLATE_NOOP("od::CodeTables", "The outgoing server is not available and closed the connection (reply 421).")},
    {0x800CCC68, "IXP_E_SMTP_450_MAILBOX_BUSY", Cause::ServerUnavailable, 450, OS::Recipient, std::nullopt,
     QT_TRANSLATE_NOOP("od::CodeTables", "The outgoing server could not take the message for now (reply 450).")},
    {0x800CCC69, "IXP_E_SMTP_550_MAILBOX_NOT_FOUND", Cause::RecipientUnknown, 550, OS::Recipient, std::nullopt,
     QT_TRANSLATE_NOOP("od::CodeTables", "The outgoing server refused an address (reply 550): the mailbox does not exist or is not available to you.")},
    {0x800CCC6A, "IXP_E_SMTP_451_ERROR_PROCESSING", Cause::ServerUnavailable, 451, OS::None, std::nullopt,
     QT_TRANSLATE_NOOP("od::CodeTables", "The outgoing server reported a temporary internal error (reply 451).")},
    {0x800CCC6B, "IXP_E_SMTP_551_USER_NOT_LOCAL", Cause::RelayDenied, 551, OS::Recipient, std::nullopt,
     QT_TRANSLATE_NOOP("od::CodeTables", "The outgoing server says the recipient is not one of its users and will not pass the message on (reply 551).")},
    {0x800CCC6C, "IXP_E_SMTP_452_NO_SYSTEM_STORAGE", Cause::ServerUnavailable, 452, OS::None, std::nullopt,
     QT_TRANSLATE_NOOP("od::CodeTables", "The outgoing server is short of storage or limits the number of recipients (reply 452).")},
    {0x800CCC6D, "IXP_E_SMTP_552_STORAGE_OVERFLOW", Cause::MessageTooLarge, 552, OS::Data, std::nullopt,
     QT_TRANSLATE_NOOP("od::CodeTables", "The message is larger than the outgoing server allows (reply 552).")},
    {0x800CCC6E, "IXP_E_SMTP_553_MAILBOX_NAME_SYNTAX", Cause::RelayDenied, 553, OS::Recipient, std::nullopt,
     QT_TRANSLATE_NOOP("od::CodeTables", "The outgoing server refused an address (reply 553); servers use this mostly to refuse passing mail on to other domains.")},
    {0x800CCC6F, "IXP_E_SMTP_554_TRANSACT_FAILED", Cause::MessageRejected, 554, OS::Data, std::nullopt,
     QT_TRANSLATE_NOOP("od::CodeTables", "The outgoing server refused the message (reply 554).")},
    {0x800CCC78, "IXP_E_SMTP_REJECTED_SENDER", Cause::SenderRejected, 0, OS::Sender, std::nullopt,
     QT_TRANSLATE_NOOP("od::CodeTables", "The outgoing server refused the sender's address, usually because it does not belong to the account you send through, or because you did not log in.")},
    {0x800CCC79, "IXP_E_SMTP_REJECTED_RECIPIENTS", Cause::RelayDenied, 0, OS::Recipient, std::nullopt,
     QT_TRANSLATE_NOOP("od::CodeTables", "The outgoing server refused one of the recipients. When the address is right, this almost always means the server will not pass mail on to other domains for you: you are not logged in, or not on its network.")},
    {0x800CCC7A, "IXP_E_SMTP_NO_SENDER", Cause::SenderRejected, 0, OS::Sender, Owner::You,
     QT_TRANSLATE_NOOP("od::CodeTables", "No sender address was given; fill in your e-mail address in the account settings.")},
    {0x800CCC7B, "IXP_E_SMTP_NO_RECIPIENTS", Cause::Unknown, 0, OS::Recipient, Owner::You,
     QT_TRANSLATE_NOOP("od::CodeTables", "The message has no recipient the server accepted (or none at all).")},
    {0x800CCC7C, "IXP_E_SMTP_530_STARTTLS_REQUIRED", Cause::TlsRequired, 530, OS::Tls, Owner::You,
     QT_TRANSLATE_NOOP("od::CodeTables", "The outgoing server requires an encrypted connection (STARTTLS) before anything else.")},
    {0x800CCC7D, "IXP_E_SMTP_NO_STARTTLS_SUPPORT", Cause::TlsFailed, 0, OS::Tls, Owner::You,
     QT_TRANSLATE_NOOP("od::CodeTables", "The server does not support the kind of encryption set for this account. Match the security setting to the port: STARTTLS on 587 (or 25), SSL/TLS on 465.")},
    {0x800CCC7F, "IXP_E_SMTP_454_STARTTLS_FAILED", Cause::TlsFailed, 454, OS::Tls, std::nullopt,
     QT_TRANSLATE_NOOP("od::CodeTables", "Starting the encrypted connection failed (reply 454). The security setting may not match the port, or the server's encryption is broken.")},
    {0x800CCC90, "IXP_E_POP3_RESPONSE_ERROR", Cause::AuthFailed, 0, OS::Incoming, std::nullopt,
     QT_TRANSLATE_NOOP("od::CodeTables", "The incoming (POP3) server reported an error, most often about the login or the security setting. Where sending depends on checking mail first, this also stops sending.")},
    {0x800CCC91, "IXP_E_POP3_INVALID_USER_NAME", Cause::AuthFailed, 0, OS::Incoming, Owner::You,
     QT_TRANSLATE_NOOP("od::CodeTables", "The incoming (POP3) server did not accept the user name.")},
    {0x800CCC92, "IXP_E_POP3_INVALID_PASSWORD", Cause::AuthFailed, 0, OS::Incoming, Owner::You,
     QT_TRANSLATE_NOOP("od::CodeTables", "The incoming (POP3) server did not accept the password.")},
    // Outlook's own transport errors (not IXP_E_*).
    {0x80042108, "Outlook: cannot connect to the incoming (POP3) server", Cause::PortBlocked, 0, OS::Incoming, Owner::You,
     QT_TRANSLATE_NOOP("od::CodeTables", "Outlook could not connect to the incoming (POP3) server: no network, a wrong server name or port, or a firewall.")},
    {0x80042109, "Outlook: cannot connect to the outgoing (SMTP) server", Cause::PortBlocked, 0, OS::Connect, Owner::You,
     QT_TRANSLATE_NOOP("od::CodeTables", "Outlook could not connect to the outgoing (SMTP) server. The port is often blocked on hotel, café and provider networks; try 587 or 465, or the server of the network you are on.")},
    {0x8004210A, "Outlook: timeout waiting for the incoming (POP3) server", Cause::PortBlocked, 0, OS::Incoming, Owner::You,
     QT_TRANSLATE_NOOP("od::CodeTables", "The incoming (POP3) server did not answer in time.")},
    {0x8004210B, "Outlook: timeout waiting for the outgoing (SMTP) server", Cause::PortBlocked, 0, OS::Connect, Owner::You,
     QT_TRANSLATE_NOOP("od::CodeTables", "The outgoing (SMTP) server did not answer in time; the port may be blocked or the server slow.")},
};


QString tr(const char *text)
{
    return text ? QCoreApplication::translate(kContext, text) : QString();
}

// The wordings of kOffice365, compiled once (thread-safe static initialisation).
const QList<QRegularExpression> &office365Regexes()
{
    static const QList<QRegularExpression> list = [] {
        QList<QRegularExpression> out;
        out.reserve(kOffice365.size());
        for (const Office365Code &c : kOffice365) {
            out.append(c.wording ? QRegularExpression(QLatin1String(c.wording),
                                                      QRegularExpression::CaseInsensitiveOption)
                                 : QRegularExpression());
        }
        return out;
    }();
    return list;
}

} // namespace

QString meaningSourceId(MeaningSource source)
{
    switch (source) {
    case MeaningSource::None: return QStringLiteral("none");
    case MeaningSource::Wording: return QStringLiteral("wording");
    case MeaningSource::Office365: return QStringLiteral("o365");
    case MeaningSource::Enhanced: return QStringLiteral("rfc3463");
    case MeaningSource::OutlookError: return QStringLiteral("outlook");
    case MeaningSource::ReplyCode: return QStringLiteral("smtp");
    }
    return {};
}

QString CodeMeaning::labelText() const { return tr(label); }
QString CodeMeaning::explanationText() const { return tr(explanation); }

QString Office365Code::codeText() const
{
    if (detailFrom == detailTo)
        return QStringLiteral("%1.%2.%3").arg(klass).arg(subject).arg(detailFrom);
    return QStringLiteral("%1.%2.%3-%4").arg(klass).arg(subject).arg(detailFrom).arg(detailTo);
}

const QList<Office365Code> &office365Codes() { return kOffice365; }

CodeMeaning office365Meaning(const EnhancedStatus &status, QStringView serverText)
{
    if (!status.isValid())
        return {};
    const QList<QRegularExpression> &regexes = office365Regexes();
    for (qsizetype i = 0; i < kOffice365.size(); ++i) {
        const Office365Code &c = kOffice365.at(i);
        if (c.klass != status.klass || c.subject != status.subject || status.detail < c.detailFrom
            || status.detail > c.detailTo)
            continue;
        if (c.wording && !regexes.at(i).match(serverText).hasMatch())
            continue;
        CodeMeaning m;
        m.cause = c.cause;
        m.owner = c.owner;
        m.source = MeaningSource::Office365;
        m.rule = QStringLiteral("o365:") + c.codeText();
        if (c.wording)
            m.rule += QLatin1Char('/') + QString::fromLatin1(c.wording).section(QLatin1Char('|'), 0, 0);
        m.label = c.label;
        m.explanation = c.explanation;
        return m;
    }
    return {};
}

CodeMeaning enhancedMeaning(const EnhancedStatus &status)
{
    if (!status.isValid())
        return {};
    if (status.klass == 2) {
        CodeMeaning m;
        m.cause = Cause::Ok;
        m.source = MeaningSource::Enhanced;
        m.rule = QStringLiteral("rfc3463:2.x.x");
        return m;
    }
    for (const DetailEntry &d : kDetails) {
        if (d.subject == status.subject && d.detail == status.detail) {
            if (d.cause == Cause::Unknown)
                return {};
            CodeMeaning m;
            m.cause = d.cause;
            m.owner = d.owner;
            m.source = MeaningSource::Enhanced;
            m.rule = QStringLiteral("rfc3463:X.%1.%2").arg(d.subject).arg(d.detail);
            m.label = d.label;
            return m;
        }
    }
    return {};
}

Cause registeredLoginReply(int replyCode, const EnhancedStatus &status)
{
    if (!status.isValid() || status.klass == 2)
        return Cause::Unknown;
    for (const LoginReply &l : kLoginReplies) {
        if (l.subject != status.subject || l.detail != status.detail)
            continue;
        // Without a reply code only a code that is specific by itself counts (not X.7.0).
        if (replyCode == 0)
            return l.detail != 0 ? l.cause : Cause::Unknown;
        for (int code : l.replyCodes) {
            if (code != 0 && code == replyCode)
                return l.cause;
        }
        return Cause::Unknown;
    }
    return Cause::Unknown;
}

QString enhancedClassText(int klass)
{
    switch (klass) {
    case 2: return QCoreApplication::translate("od::CodeTables", "Success");
    case 4: return QCoreApplication::translate("od::CodeTables", "Temporary failure (the sender will retry)");
    case 5: return QCoreApplication::translate("od::CodeTables", "Permanent failure");
    }
    return {};
}

QString enhancedSubjectText(int subject)
{
    for (const SubjectEntry &s : kSubjects) {
        if (s.subject == subject)
            return tr(s.text);
    }
    return tr(kSubjects[0].text);
}

QString enhancedDescription(const EnhancedStatus &status)
{
    if (!status.isValid())
        return {};
    const QString head = enhancedClassText(status.klass);
    const QString subject = enhancedSubjectText(status.subject);
    const char *detail = nullptr;
    if (status.subject == 7 && status.detail == 1)
        detail = QT_TRANSLATE_NOOP("od::CodeTables", "delivery not authorised");
    for (const DetailEntry &d : kDetails) {
        if (!detail && d.subject == status.subject && d.detail == status.detail)
            detail = d.label;
    }
    if (!detail)
        return QCoreApplication::translate("od::CodeTables", "%1 · %2").arg(head, subject);
    return QCoreApplication::translate("od::CodeTables", "%1 · %2: %3").arg(head, subject, tr(detail));
}

QString OutlookError::numberText() const
{
    return QStringLiteral("0x%1").arg(number, 8, 16, QLatin1Char('0')).toUpper().replace(
        QLatin1String("0X"), QLatin1String("0x"));
}

const QList<OutlookError> &outlookErrors() { return kOutlook; }

std::optional<OutlookError> outlookError(quint32 number)
{
    for (const OutlookError &e : kOutlook) {
        if (e.number == number)
            return e;
    }
    return std::nullopt;
}

CodeMeaning outlookMeaning(quint32 number)
{
    const std::optional<OutlookError> e = outlookError(number);
    if (!e)
        return {};
    CodeMeaning m;
    m.cause = e->cause;
    m.owner = e->owner;
    m.source = MeaningSource::OutlookError;
    m.rule = QStringLiteral("outlook:") + e->numberText();
    m.explanation = e->explanation;
    return m;
}

std::optional<quint32> parseErrorNumber(QStringView text)
{
    QStringView t = text.trimmed();
    while (!t.isEmpty() && (t.endsWith(QLatin1Char('.')) || t.endsWith(QLatin1Char(')'))
                            || t.endsWith(QChar(0x3002))))
        t.chop(1);
    if (t.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        t = t.mid(2);
    if (t.size() != 8)
        return std::nullopt;
    bool ok = false;
    const quint32 value = t.toUInt(&ok, 16);
    return ok ? std::optional<quint32>(value) : std::nullopt;
}

QDebug operator<<(QDebug debug, const CodeMeaning &meaning)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "CodeMeaning(" << causeId(meaning.cause);
    if (meaning.owner)
        debug << " owner=" << ownerId(*meaning.owner);
    debug << ' ' << meaning.rule << ')';
    return debug;
}

} // namespace od
