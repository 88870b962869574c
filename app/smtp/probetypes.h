// SPDX-License-Identifier: GPL-3.0-or-later
// Value types of an SMTP probe: what to test, and what happened.
#pragma once

#include "core/taxonomy.h"
#include "core/phrase.h"
#include "smtp/smtpreply.h"
#include "smtp/transcript.h"

#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QAbstractSocket>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>

#include <optional>

namespace od {

// The engine's enums live in their own meta-namespace (od has one already, in taxonomy.h).
namespace engine {
Q_NAMESPACE

// The steps of a session, in the order they happen. Their IDs appear in the JSON.
enum class Step {
    Resolve,
    Connect,
    Tls,          // implicit TLS handshake (465)
    Banner,
    Ehlo,
    Helo,
    StartTls,
    TlsHandshake, // after STARTTLS
    EhloAfterTls,
    Auth,
    MailFrom,
    RcptLocal,
    RcptForeign,
    Rset,
    Data,
    Message,
    Quit,
    Pop3,
};
Q_ENUM_NS(Step)

enum class CertificateFinding { Untrusted, SelfSigned, Expired, NotYetValid, HostnameMismatch, Revoked, Other };
Q_ENUM_NS(CertificateFinding)

// Why a session stopped before the end of the conversation.
enum class Failure {
    None,
    ResolveFailed,
    ConnectRefused,
    ConnectTimeout,
    NetworkError,
    GreetingTimeout,
    ClosedBeforeGreeting,
    ProtocolViolation,
    ReplyTimeout,
    ConnectionClosed,
    TlsHandshakeFailed,
    CertificateRejected,
    StartTlsNotOffered,
    CredentialsWithheld,
    AuthNotOffered,
    Refused,       // the server answered with an error at some step
    Aborted,
    WrongSecurity, // the port speaks another security, proven on a second connection (Attempt::securityCheck)
    LoginSkipped,  // not logged in here: the password was already refused on another port
    Smtputf8NotOffered, // an address needs SMTPUTF8 and the server does not offer it
    DeadlineReached,    // the whole conversation took longer than ProbeSettings::attemptTimeoutMs
};
Q_ENUM_NS(Failure)

} // namespace engine

using engine::Step;
using engine::CertificateFinding;
using engine::Failure;

// One place to try: a port with a way of protecting it.
struct Endpoint
{
    quint16 port = 0;
    Security security = Security::Auto;

    friend bool operator==(const Endpoint &a, const Endpoint &b)
    { return a.port == b.port && a.security == b.security; }
};

// 587 STARTTLS, 465 implicit TLS, 25 (STARTTLS when offered), probed in parallel.
QList<Endpoint> defaultEndpoints();
// Security actually used for an endpoint given as Auto.
Security effectiveSecurity(const Endpoint &endpoint);

struct Pop3Settings
{
    QString host;               // empty: no POP-before-SMTP
    quint16 port = 0;           // 0: 110, or 995 with Security::Tls
    Security security = Security::Auto; // Auto: STLS when offered
    QString user;               // empty: the SMTP user
};

struct ProbeSettings
{
    QString host;
    QList<Endpoint> endpoints;  // empty: defaultEndpoints()
    QString from;               // the sender address to test
    QStringList foreignRecipients; // empty: a placeholder in a foreign domain
    QString user;               // empty: no authentication
    QString password;           // kept in memory only
    QString oauthToken;         // XOAUTH2 when set
    QString authMechanism;      // empty: strongest offered; else PLAIN, LOGIN, CRAM-MD5, XOAUTH2
    bool allowPlaintextAuth = false; // true only when the user chose an unencrypted connection
    QHostAddress sourceAddress; // null: the system chooses
    Location location = Location::Unknown;
    Pop3Settings pop3;
    QList<QSslCertificate> extraCaCertificates;
    QString heloName;           // empty: the local address literal
    bool sendMessage = false;   // really deliver a test message
    QString messageSubject;     // for sendMessage; empty: a default
    // Two SYN retransmissions (after 1 s and 3 s) fit; a dropped port is reported within 6 s.
    int connectTimeoutMs = 5000;
    int greetingTimeoutMs = 10000;
    int replyTimeoutMs = 20000;
    // A whole conversation may take no longer than this, however each answer is paced.
    int attemptTimeoutMs = 90000;
    // A port silent this long after connecting gets an implicit-TLS handshake on a second
    // connection, and a failed handshake a plaintext one: a mixed-up security setting is then
    // found within seconds. 0: never.
    int securityCheckAfterMs = 1500;
    // false: once the verdict is decided the other attempts are cut short (Attempt::cutShort).
    bool waitForAllAttempts = false;

    QString senderDomain() const;
    QString localRecipient() const; // postmaster@<sender's domain>
    QStringList effectiveForeignRecipients() const;
};

QString stepId(Step step);

struct StepRecord
{
    Step step = Step::Connect;
    bool ok = false;
    SmtpReply reply;    // the server's answer, when there was one
    qint64 ms = 0;      // how long the step took
    QString detail;     // e.g. the recipient, the mechanism, or what went wrong

    friend bool operator==(const StepRecord &a, const StepRecord &b)
    { return a.step == b.step && a.ok == b.ok && a.reply == b.reply && a.detail == b.detail; }
};

QString certificateFindingId(CertificateFinding finding);

// A verification error as the TLS library reported it: its code and the certificate it is about.
struct CertificateError
{
    QSslError::SslError error = QSslError::UnspecifiedError;
    int certificate = -1;           // its position in TlsReport::chain (0: the server's own); -1: none

    friend bool operator==(const CertificateError &a, const CertificateError &b)
    { return a.error == b.error && a.certificate == b.certificate; }
};

struct TlsReport
{
    bool attempted = false;
    bool established = false;
    QString protocol;
    QString cipher;
    QList<QSslCertificate> chain;   // leaf first
    QList<CertificateFinding> findings;
    QList<CertificateError> errors; // each verification error (worded when shown: core/networkerrors.h)
    bool trustedByUser = false;     // findings overridden by an explicit fingerprint decision
    Phrase failure;                 // why the handshake failed, worded when shown

    // The verification errors worded: in the reader's language (text()) or in English (sourceText()).
    QList<Phrase> errorPhrases() const;

    QByteArray leafFingerprint() const; // SHA-256, empty without a certificate
};

QString failureId(Failure failure);

// A second connection made when the configured security looked wrong for the port: silence
// where a greeting was due (the port may want SSL/TLS), or a failed SSL/TLS handshake (the port
// may speak plaintext SMTP, with or without STARTTLS).
struct SecurityCheck
{
    bool attempted = false;
    Security security = Security::Auto; // what was tried: Tls, or StartTls/None as the port offered
    bool works = false;                 // the port greeted with it
    qint64 ms = 0;                      // when the answer was in, since the probe started
    SmtpReply greeting;
};

struct Attempt
{
    QString host;
    Endpoint endpoint;
    Security security = Security::Auto; // as actually used
    QHostAddress address;               // the address connected to
    QHostAddress localAddress;          // the source address used
    QList<StepRecord> steps;
    SmtpCapabilities capabilities;      // the last EHLO's (after TLS when TLS was used)
    SmtpReply greeting;
    TlsReport tls;
    QList<TranscriptLine> transcript;
    bool authenticated = false;
    QString authMechanism;
    Failure failure = Failure::None;
    Phrase failureDetail;               // worded when shown
    // The network library's code when the failure came from the connection itself (refused,
    // unreachable, a failed TLS handshake): an ID in the JSON (core/networkerrors.h).
    std::optional<QAbstractSocket::SocketError> socketError;
    SecurityCheck securityCheck;
    bool finished = false;
    bool cutShort = false;              // ended unfinished because the outcome was already decided
    // Ended after the probe had decided (ProbeResult::verdictMs) that the outcome no longer
    // depended on it: with ProbeSettings::waitForAllAttempts, or stopped by SmtpProbe::abort().
    bool endedAfterDecision = false;
    qint64 elapsedMs = 0;               // when it ended, on the probe's clock

    const StepRecord *lastStep(Step step) const;
    const StepRecord *lastFailedStep() const;
    // The server took the whole test: every step it answered before the foreign recipients was
    // a yes (a refused EHLO only when HELO followed, a refused AUTH only when none was offered),
    // every foreign recipient and the message when one was sent were accepted, and the
    // conversation ended without a failure. A protocol fact: the probe stops waiting for other
    // ports once one attempt has it.
    bool accepted() const;
};

struct Pop3Result
{
    bool attempted = false;
    bool ok = false;
    QString host;
    quint16 port = 0;
    Security security = Security::Auto;
    QString mechanism;                  // USER/PASS or APOP
    QString serverText;                 // the last reply
    Failure failure = Failure::None;
    Phrase failureDetail;               // worded when shown
    std::optional<QAbstractSocket::SocketError> socketError; // as Attempt::socketError
    TlsReport tls;
    QList<TranscriptLine> transcript;
};

struct ProbeResult
{
    ProbeSettings settings;             // password and token are cleared
    QList<QHostAddress> addresses;      // what the name resolved to
    Phrase inputError;                  // the settings could not be tested (see SmtpProbe::validate)
    Phrase resolveError;
    // Why the name lookup failed, as the network library's code (HostNotFoundError: the name does
    // not exist; UnknownSocketError: no answer). Unset when it did not fail or was not made.
    std::optional<QAbstractSocket::SocketError> resolveSocketError;
    Pop3Result pop3;
    QList<Attempt> attempts;
    QDateTime started;
    // When the outcome stopped depending on the attempts still running (SmtpProbe::verdictReady);
    // the diagnosis (diagnosis/probediagnosis.h) is made from the facts known then.
    qint64 verdictMs = -1;
    qint64 totalMs = 0;
    bool aborted = false;
};

} // namespace od

Q_DECLARE_METATYPE(od::ProbeResult)
Q_DECLARE_METATYPE(od::StepRecord)
Q_DECLARE_METATYPE(od::Attempt)
Q_DECLARE_METATYPE(od::TranscriptLine)
