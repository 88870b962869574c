// SPDX-License-Identifier: GPL-3.0-or-later
// The stable vocabulary shared by the engine, the decoder, the wizard and the report:
// causes, fixes, who has to act, where the user is, and connection security.
// The string IDs are part of the JSON interface: extend the lists, never rename.
#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace od {
Q_NAMESPACE

enum class Cause {
    Ok,
    RelayDenied,
    AuthRequired,
    AuthFailed,
    AuthUnavailable,
    TlsRequired,
    TlsFailed,
    CertificateInvalid,
    SenderRejected,
    RecipientUnknown,
    Blocked,
    RateLimited,
    MessageRejected,
    MessageTooLarge,
    MailboxFull,
    MailboxDisabled,
    DomainAuthFailed,
    RoutingLoop,
    DeliveryExpired,
    PortBlocked,
    ConnectionRefused,
    NoBanner,
    HostNotFound,
    ServerUnavailable,
    ProtocolError, // extension: the server broke the protocol (oversized/garbled replies)
    SecurityMismatch, // the port speaks SSL/TLS but the client is set to STARTTLS, or the other way
    PasswordLoginDisabled, // the provider wants OAuth2, an app password or SMTP access switched on
    Unknown,
};
Q_ENUM_NS(Cause)

enum class Fix {
    UseLocalServer,
    EnableAuth,
    PopBeforeSmtp,
    FixSenderAddress,
    UseSubmissionPort,
    TrustCertificate,
    CheckRecipient,
    ContactProvider,
    WaitRetry,
    FixSecuritySetting,
    UseModernAuth,
};
Q_ENUM_NS(Fix)

// The settings of the mail program a fix changes, and so which click-by-click instructions apply.
enum class InstructionPath { Login, Server, PopFirst, Sender };
inline constexpr InstructionPath AllInstructionPaths[] = {InstructionPath::Login, InstructionPath::Server,
                                                          InstructionPath::PopFirst, InstructionPath::Sender};

enum class Owner { You, Provider, Recipient };
Q_ENUM_NS(Owner)

enum class Location { Home, Work, Travel, Unknown };
Q_ENUM_NS(Location)

// How a connection is protected. Auto: implicit TLS on 465, otherwise STARTTLS when offered.
enum class Security { Auto, None, StartTls, Tls };
Q_ENUM_NS(Security)

QString causeId(Cause cause);
std::optional<Cause> causeFromId(const QString &id);
QList<Cause> allCauses();

QString fixId(Fix fix);
std::optional<Fix> fixFromId(const QString &id);
QList<Fix> allFixes();

QString ownerId(Owner owner);
std::optional<Owner> ownerFromId(const QString &id);

QString locationId(Location location);
std::optional<Location> locationFromId(const QString &id);

QString securityId(Security security);
std::optional<Security> securityFromId(const QString &id);

} // namespace od
