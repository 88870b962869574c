// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtpsession.h"

#include "core/networkerrors.h"
#include "smtp/certificatetrust.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QUuid>

namespace od {

namespace {
// A sentence of this file kept as a phrase: the context is the one its tr() had, so the
// existing translations stay valid.
Phrase phraseSmtpSession(const char *source, QStringList args = {}, int n = -1)
{
    return Phrase("od::SmtpSession", source, std::move(args), n);
}
} // namespace

Q_LOGGING_CATEGORY(lcSmtp, "outboxdoctor.smtp", QtWarningMsg)

namespace {

QByteArray addressLiteral(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return "[IPv6:" + address.toString().toLatin1() + ']';
    return '[' + address.toString().toLatin1() + ']';
}

bool isAscii(const QString &s)
{
    for (QChar c : s) {
        if (c.unicode() > 127)
            return false;
    }
    return true;
}

// RFC 2047 for a header value with non-ASCII text.
QByteArray encodedWord(const QString &text)
{
    if (isAscii(text))
        return text.toLatin1();
    return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

} // namespace

SmtpSession::SmtpSession(const ProbeSettings &settings, const QList<QHostAddress> &addresses, const Endpoint &endpoint,
                         const QElapsedTimer &clock, const CertificateTrust *trust, QObject *parent)
    : Connection(clock, parent)
    , m_settings(settings)
    , m_addresses(addresses)
    , m_endpoint(endpoint)
    , m_trust(trust)
{
    m_attempt.host = settings.host;
    m_attempt.endpoint = endpoint;
    m_attempt.security = effectiveSecurity(endpoint);
    m_attempt.address = addresses.value(0);
    transcript().setRedactor(Redactor(settings.user, settings.password, settings.oauthToken));
    setMaxLineLength(SmtpReplyReader::Limits().maxLineLength);
    m_overdue.setSingleShot(true);
    connect(&m_overdue, &QTimer::timeout, this, [this] {
        if (m_state == State::AwaitingGreeting)
            emit greetingOverdue();
    });
}

SmtpSession::~SmtpSession() = default;

void SmtpSession::onDeadline()
{
    if (m_state == State::AwaitingQuit) {
        finish();
        return;
    }
    fail(Failure::DeadlineReached, phraseSmtpSession(QT_TRANSLATE_N_NOOP("od::SmtpSession", "The server answers so slowly that the test was stopped after %n second(s)."), {}, (m_settings.attemptTimeoutMs + 999) / 1000));
}

Phrase SmtpSession::stateText(State state)
{
    switch (state) {
    case State::Idle: return phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "Not started"));
    case State::Connecting: return phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "Connecting to the server"));
    case State::TlsHandshake: return phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "Setting up encryption (SSL/TLS)"));
    case State::AwaitingGreeting: return phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "Waiting for the server to say hello"));
    case State::AwaitingEhlo: return phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "Introducing ourselves (EHLO)"));
    case State::AwaitingHelo: return phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "Introducing ourselves the old way (HELO)"));
    case State::AwaitingStartTls: return phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "Asking for encryption (STARTTLS)"));
    case State::StartTlsHandshake: return phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "Setting up encryption (STARTTLS)"));
    case State::AwaitingEhloAfterTls: return phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "Introducing ourselves again, encrypted"));
    case State::AwaitingLoginTurn: return phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "Waiting to log in until the other port has logged in"));
    case State::AwaitingAuth: return phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "Logging in"));
    case State::AwaitingEnvelope: return phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "Asking whether the sender and recipients are accepted"));
    case State::AwaitingDataAccepted: return phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "Sending the test message"));
    case State::AwaitingQuit: return phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "Saying goodbye"));
    case State::Done: return phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "Finished"));
    }
    return {};
}

void SmtpSession::setState(State state)
{
    qCDebug(lcSmtp) << m_endpoint.port << "state" << state;
    m_state = state;
}

void SmtpSession::recordStep(Step step, bool ok, const SmtpReply &reply, const QString &detail)
{
    // The server's words end up in the JSON and the report: a server that quotes the
    // credentials back in a refusal must not carry them there.
    SmtpReply shown = reply;
    for (QString &line : shown.lines)
        line = transcript().redactor().redact(line);
    StepRecord record{step, ok, shown, now() - m_stepStart, transcript().redactor().redact(detail)};
    m_stepStart = now();
    m_attempt.steps.append(record);
    emit stepFinished(record);
}

void SmtpSession::start()
{
    if (m_state != State::Idle)
        return;
    m_stepStart = now();
    setState(State::Connecting);
    began(Step::Connect);
    armTimer(m_settings.connectTimeoutMs);
    startDeadline(m_settings.attemptTimeoutMs);
    if (m_addresses.isEmpty()) {
        fail(Failure::ResolveFailed, phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "The name has no usable address.")));
        return;
    }
    Transport *t = createTransport({m_settings.host, m_settings.sourceAddress, m_settings.extraCaCertificates, 256 * 1024});
    connect(t, &Transport::note, this, [this](const Phrase &text) { note(text); });
    connect(t, &Transport::connectFailed, this, [this](Failure failure, const Phrase &detail) {
        if (m_state == State::Connecting)
            failOnSocketError(failure, transport()->error(), detail);
    });
    connect(t, &Transport::connected, this, [this] {
        if (m_state != State::Connecting)
            return;
        m_connected = true;
        onConnected();
    });
    connect(t, &Transport::encrypted, this, &SmtpSession::onEncrypted);
    connect(t, &Transport::readyRead, this, &SmtpSession::onReadyRead);
    connect(t, &Transport::sslErrors, this, &SmtpSession::onSslErrors);
    connect(t, &Transport::errorOccurred, this, &SmtpSession::onSocketError);
    connect(t, &Transport::disconnected, this, &SmtpSession::onDisconnected);
    t->open(m_addresses, m_endpoint.port, m_attempt.security == Security::Tls);
}

void SmtpSession::abort()
{
    if (m_state == State::Done)
        return;
    fail(Failure::Aborted, phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "The test was cancelled.")));
}

void SmtpSession::onConnected()
{
    m_attempt.address = transport()->peerAddress();
    m_attempt.localAddress = transport()->localAddress();
    recordStep(Step::Connect, true, {}, m_attempt.address.toString());
    note(phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "Connected from %1"), {m_attempt.localAddress.toString()}));
    if (m_attempt.security == Security::Tls) {
        m_attempt.tls.attempted = true;
        setState(State::TlsHandshake);
        began(Step::Tls);
        armTimer(m_settings.replyTimeoutMs);
    } else {
        setState(State::AwaitingGreeting);
        began(Step::Banner);
        armTimer(m_settings.greetingTimeoutMs);
        if (m_purpose == Purpose::Test && m_settings.securityCheckAfterMs > 0)
            m_overdue.start(m_settings.securityCheckAfterMs);
    }
}

void SmtpSession::onEncrypted()
{
    TlsReport &tls = m_attempt.tls;
    tls.established = true;
    tls.protocol = transport()->tlsProtocol();
    tls.cipher = transport()->tlsCipher();
    tls.chain = transport()->peerCertificateChain();
    note(phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "Encrypted with %1 (%2)"), {tls.protocol, tls.cipher}));
    if (m_state == State::TlsHandshake) {
        recordStep(Step::Tls, true, {}, tls.protocol);
        setState(State::AwaitingGreeting);
        began(Step::Banner);
        armTimer(m_settings.greetingTimeoutMs);
    } else if (m_state == State::StartTlsHandshake) {
        recordStep(Step::TlsHandshake, true, {}, tls.protocol);
        sendEhlo();
    }
}

void SmtpSession::onSslErrors(const QList<QSslError> &errors)
{
    m_sslErrorsSeen = true;
    TlsReport &tls = m_attempt.tls;
    const bool trusted = applyCertificateDecision(transport(), errors, m_trust, &tls);
    const QList<Phrase> worded = tls.errorPhrases();
    note(Phrase("od::SmtpSession", QT_TRANSLATE_NOOP("od::SmtpSession", "The certificate did not pass verification: %1"), {},
                std::vector<Phrase>{Phrase::list({worded.cbegin(), worded.cend()})}));
    if (trusted)
        note(phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "Continuing because you chose to trust the certificate with fingerprint %1"), {fingerprintText(tls.leafFingerprint())}));
}

void SmtpSession::onSocketError()
{
    if (m_state == State::Done || !m_connected)
        return;
    const auto error = transport()->error();
    if (error == QAbstractSocket::RemoteHostClosedError) {
        onDisconnected();
        return;
    }
    // Qt's wording is in the language of the moment: the result keeps the code.
    const Phrase detail = socketErrorDetail(error, transport()->errorString());
    if (m_state == State::Connecting) {
        if (error == QAbstractSocket::ConnectionRefusedError)
            failOnSocketError(Failure::ConnectRefused, error, socketErrorPhrase(error));
        else if (error == QAbstractSocket::HostNotFoundError)
            failOnSocketError(Failure::ResolveFailed, error, detail);
        else
            failOnSocketError(Failure::NetworkError, error, detail);
        return;
    }
    if (error == QAbstractSocket::SslHandshakeFailedError
        || m_state == State::TlsHandshake || m_state == State::StartTlsHandshake) {
        const bool rejected = m_sslErrorsSeen && !m_attempt.tls.trustedByUser;
        if (!rejected)
            m_attempt.tls.failure = detail;
        failOnSocketError(rejected ? Failure::CertificateRejected : Failure::TlsHandshakeFailed, error, detail);
        return;
    }
    failOnSocketError(Failure::NetworkError, error, detail);
}

void SmtpSession::failOnSocketError(Failure failure, QAbstractSocket::SocketError error, const Phrase &detail)
{
    if (m_state != State::Done && m_attempt.failure == Failure::None)
        m_attempt.socketError = error;
    fail(failure, detail);
}

void SmtpSession::onDisconnected()
{
    if (m_state == State::Done)
        return;
    if (m_state == State::AwaitingQuit) {
        finish();
        return;
    }
    if (m_state == State::AwaitingGreeting)
        fail(Failure::ClosedBeforeGreeting, phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "The server closed the connection without a greeting.")));
    else if (m_state == State::TlsHandshake || m_state == State::StartTlsHandshake)
        fail(m_sslErrorsSeen && !m_attempt.tls.trustedByUser ? Failure::CertificateRejected
                                                              : Failure::TlsHandshakeFailed,
             phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "The connection closed while encryption was being set up.")));
    else
        fail(Failure::ConnectionClosed, phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "The server closed the connection (%1)."), {stateText(m_state).sourceText()}));
}

void SmtpSession::onTimeout()
{
    switch (m_state) {
    case State::Connecting:
        fail(Failure::ConnectTimeout, phraseSmtpSession(QT_TRANSLATE_N_NOOP("od::SmtpSession", "No answer to the connection attempt within %n second(s)."), {}, (m_settings.connectTimeoutMs + 999) / 1000));
        break;
    case State::AwaitingGreeting:
        fail(Failure::GreetingTimeout, phraseSmtpSession(QT_TRANSLATE_N_NOOP("od::SmtpSession", "The server did not greet within %n second(s)."), {}, (m_settings.greetingTimeoutMs + 999) / 1000));
        break;
    case State::TlsHandshake:
    case State::StartTlsHandshake:
        fail(Failure::TlsHandshakeFailed, phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "Encryption could not be set up in time.")));
        break;
    case State::AwaitingQuit:
        finish();
        break;
    case State::Idle:
    case State::Done:
        break;
    default:
        fail(Failure::ReplyTimeout, phraseSmtpSession(QT_TRANSLATE_N_NOOP("od::SmtpSession", "The server did not answer within %n second(s) (%1)."), {stateText(m_state).sourceText()}, (m_settings.replyTimeoutMs + 999) / 1000));
        break;
    }
}

void SmtpSession::onReadyRead()
{
    if (!m_connected || m_state == State::Done)
        return;
    m_overdue.stop(); // whatever arrived, the port is not silent
    receive();
    QByteArray raw;
    int wireBytes = 0;
    while (m_reader.error() == SmtpReplyReader::Error::None && nextLine(&raw, &wireBytes)) {
        showServer(raw);
        m_reader.addLine(raw, wireBytes);
    }
    // A reply can only answer a command sent before it arrived. One beyond that was never
    // asked for; taking it as the next answer would shift every later one, and a refused
    // recipient could pass for an accepted one.
    int owed = m_repliesOwed;
    while (m_reader.hasReply() && m_state != State::Done && m_state != State::StartTlsHandshake) {
        const SmtpReply reply = m_reader.takeReply();
        if (owed <= 0) {
            note(phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "Ignored a reply the server sent without being asked.")));
            continue;
        }
        --owed;
        --m_repliesOwed;
        handleReply(reply);
    }
    if (m_state != State::Done && (m_reader.error() != SmtpReplyReader::Error::None || lineTooLong())) {
        const SmtpReplyReader::Error error = m_reader.error() != SmtpReplyReader::Error::None
            ? m_reader.error() : SmtpReplyReader::Error::LineTooLong;
        const QByteArray offending = lineTooLong() ? overlongLine() : m_reader.offendingLine();
        if (error == SmtpReplyReader::Error::LineTooLong && !offending.isEmpty())
            showServer(offending);
        fail(Failure::ProtocolViolation, replyReaderErrorPhrase(error));
    }
}

void SmtpSession::handleReply(const SmtpReply &reply)
{
    switch (m_state) {
    case State::AwaitingGreeting: handleGreeting(reply); break;
    case State::AwaitingEhlo:
    case State::AwaitingEhloAfterTls: handleEhlo(reply); break;
    case State::AwaitingHelo: handleHelo(reply); break;
    case State::AwaitingStartTls: handleStartTls(reply); break;
    case State::AwaitingAuth: handleAuth(reply); break;
    case State::AwaitingEnvelope: handleEnvelope(reply); break;
    case State::AwaitingDataAccepted: handleDataAccepted(reply); break;
    case State::AwaitingQuit:
        recordStep(Step::Quit, reply.isPositive(), reply);
        finish();
        break;
    default:
        note(phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "Ignored an unexpected reply from the server.")));
        break;
    }
}

void SmtpSession::handleGreeting(const SmtpReply &reply)
{
    m_attempt.greeting = reply;
    recordStep(Step::Banner, reply.code == 220, reply);
    if (reply.code != 220) {
        fail(Failure::Refused, phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "The server greeted with a refusal.")));
        return;
    }
    if (m_purpose == Purpose::SecurityCheck && m_attempt.security == Security::Tls) {
        endPolitely();
        return;
    }
    sendEhlo();
}

void SmtpSession::sendEhlo()
{
    const QByteArray name = m_settings.heloName.isEmpty() ? addressLiteral(transport()->localAddress())
                                                          : m_settings.heloName.toUtf8();
    setState(inTls() && m_attempt.security != Security::Tls ? State::AwaitingEhloAfterTls : State::AwaitingEhlo);
    began(m_state == State::AwaitingEhloAfterTls ? Step::EhloAfterTls : Step::Ehlo);
    const QByteArray line = "EHLO " + name;
    sendLine(line, QString::fromUtf8(line));
}

void SmtpSession::handleEhlo(const SmtpReply &reply)
{
    const Step step = m_state == State::AwaitingEhloAfterTls ? Step::EhloAfterTls : Step::Ehlo;
    if (reply.isPositive()) {
        m_attempt.capabilities = parseCapabilities(reply);
        recordStep(step, true, reply);
        afterEhlo();
        return;
    }
    recordStep(step, false, reply);
    if (reply.isPermanentFailure() && step == Step::Ehlo) {
        setState(State::AwaitingHelo);
        began(Step::Helo);
        const QByteArray line = "HELO " + (m_settings.heloName.isEmpty() ? addressLiteral(transport()->localAddress())
                                                                         : m_settings.heloName.toUtf8());
        sendLine(line, QString::fromUtf8(line));
        return;
    }
    fail(Failure::Refused, phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "The server refused our introduction.")));
}

void SmtpSession::handleHelo(const SmtpReply &reply)
{
    recordStep(Step::Helo, reply.isPositive(), reply);
    if (!reply.isPositive()) {
        fail(Failure::Refused, phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "The server refused our introduction.")));
        return;
    }
    m_attempt.capabilities = SmtpCapabilities{};
    m_attempt.capabilities.domain = reply.lines.value(0).section(QLatin1Char(' '), 0, 0);
    afterEhlo();
}

void SmtpSession::afterEhlo()
{
    if (m_purpose == Purpose::SecurityCheck) {
        endPolitely();
        return;
    }
    const bool wantsCredentials = !m_settings.user.isEmpty()
        && (!m_settings.password.isEmpty() || !m_settings.oauthToken.isEmpty());
    const bool plaintextChosen = m_settings.allowPlaintextAuth || m_endpoint.security == Security::None;
    if (!inTls() && m_attempt.security != Security::None) {
        const bool offered = m_attempt.capabilities.startTls;
        if (offered) {
            setState(State::AwaitingStartTls);
            began(Step::StartTls);
            sendLine("STARTTLS", QStringLiteral("STARTTLS"));
            return;
        }
        if (m_attempt.security == Security::StartTls) {
            recordStep(Step::StartTls, false, {}, QStringLiteral("not offered"));
            fail(Failure::StartTlsNotOffered,
                 phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "The server does not offer encryption (STARTTLS), so the test stopped before anything was sent.")));
            return;
        }
        if (wantsCredentials && !plaintextChosen) {
            recordStep(Step::StartTls, false, {}, QStringLiteral("not offered"));
            fail(Failure::CredentialsWithheld,
                 phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "The server does not offer encryption, so your password was not sent.")));
            return;
        }
    }
    if (!wantsCredentials) {
        startEnvelope(false);
    } else if (m_loginGated) {
        // One login at a time across the ports: a wrong password then costs one refusal, not
        // one per port (lockout counters, slowed-down servers).
        setState(State::AwaitingLoginTurn);
        replyTimer().stop();
        emit loginReady();
    } else {
        startAuth();
    }
}

void SmtpSession::continueLogin(bool allowed)
{
    if (m_state != State::AwaitingLoginTurn)
        return;
    if (allowed) {
        startAuth();
        return;
    }
    recordStep(Step::Auth, false, {}, QStringLiteral("skipped"));
    fail(Failure::LoginSkipped, phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "Not logged in on this port: the server already refused the password on another port.")));
}

void SmtpSession::handleStartTls(const SmtpReply &reply)
{
    recordStep(Step::StartTls, reply.code == 220, reply);
    if (reply.code != 220) {
        fail(Failure::Refused, phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "The server refused to start encryption.")));
        return;
    }
    // Anything the server sent after its "go ahead" arrived unprotected and could have been
    // injected by someone in between: it must not be taken as an answer given inside TLS.
    m_attempt.tls.attempted = true;
    setState(State::StartTlsHandshake);
    began(Step::TlsHandshake);
    armTimer(m_settings.replyTimeoutMs);
    const int dropped = m_reader.discard() + upgradeToTls();
    if (dropped > 0)
        note(phraseSmtpSession(QT_TRANSLATE_N_NOOP("od::SmtpSession", "Ignored %n byte(s) the server sent before encryption started."), {}, dropped));
}

QString SmtpSession::chooseMechanism() const
{
    const SmtpCapabilities &caps = m_attempt.capabilities;
    if (!m_settings.authMechanism.isEmpty()) {
        const QString wanted = m_settings.authMechanism.toUpper();
        return caps.offersAuth(wanted) ? wanted : QString();
    }
    if (!m_settings.oauthToken.isEmpty())
        return caps.offersAuth(QStringLiteral("XOAUTH2")) ? QStringLiteral("XOAUTH2") : QString();
    for (const char *mech : {"CRAM-MD5", "PLAIN", "LOGIN"}) {
        if (caps.offersAuth(QLatin1String(mech)))
            return QLatin1String(mech);
    }
    return {};
}

void SmtpSession::startAuth()
{
    m_mechanism = chooseMechanism();
    m_attempt.authMechanism = m_mechanism;
    if (m_mechanism.isEmpty()) {
        const QString offered = m_attempt.capabilities.authMechanisms.join(QLatin1Char(' '));
        recordStep(Step::Auth, false, {}, offered.isEmpty() ? QStringLiteral("not offered")
                                                            : QStringLiteral("offered: ") + offered);
        note(offered.isEmpty() ? phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "The server does not offer to log in here; continuing without logging in."))
                               : phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "None of the login methods the server offers (%1) can be used; continuing without logging in."), {offered}));
        if (m_loginGated)
            emit loginFinished(false, true);
        startEnvelope(false);
        return;
    }
    m_loginRunning = true;
    setState(State::AwaitingAuth);
    began(Step::Auth);
    m_authRound = 0;
    const QByteArray user = m_settings.user.toUtf8();
    if (m_mechanism == QLatin1String("PLAIN")) {
        const QByteArray blob = '\0' + user + '\0' + m_settings.password.toUtf8();
        sendLine("AUTH PLAIN " + blob.toBase64(), QStringLiteral("AUTH PLAIN ") + Redactor::mask());
    } else if (m_mechanism == QLatin1String("XOAUTH2")) {
        const QByteArray blob = "user=" + user + "\x01" "auth=Bearer " + m_settings.oauthToken.toUtf8() + "\x01\x01";
        sendLine("AUTH XOAUTH2 " + blob.toBase64(), QStringLiteral("AUTH XOAUTH2 ") + Redactor::mask());
    } else {
        sendLine("AUTH " + m_mechanism.toLatin1(), QStringLiteral("AUTH ") + m_mechanism);
    }
}

void SmtpSession::handleAuth(const SmtpReply &reply)
{
    if (reply.code == 334) {
        // No mechanism here needs more than three challenges (LOGIN: user, password, and a
        // cancel after that); a server that keeps asking would hold the test forever.
        if (++m_authRound > 3) {
            recordStep(Step::Auth, false, reply, m_mechanism);
            fail(Failure::ProtocolViolation, phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "The server kept asking for more login data.")));
            return;
        }
        QByteArray response;
        if (m_mechanism == QLatin1String("LOGIN") && m_authRound == 1) {
            response = m_settings.user.toUtf8().toBase64();
        } else if (m_mechanism == QLatin1String("LOGIN") && m_authRound == 2) {
            response = m_settings.password.toUtf8().toBase64();
        } else if (m_mechanism == QLatin1String("CRAM-MD5") && m_authRound == 1) {
            const QByteArray challenge = QByteArray::fromBase64(reply.text().trimmed().toLatin1());
            const QByteArray digest = QMessageAuthenticationCode::hash(challenge, m_settings.password.toUtf8(),
                                                                       QCryptographicHash::Md5).toHex();
            response = (m_settings.user.toUtf8() + ' ' + digest).toBase64();
        } else if (m_mechanism == QLatin1String("XOAUTH2")) {
            // The server explains the refusal in a challenge; an empty answer ends the exchange.
            response = QByteArray();
            sendLine(response, QString());
            return;
        } else {
            sendLine("*", QStringLiteral("*"));
            return;
        }
        sendLine(response, Redactor::mask());
        return;
    }
    recordStep(Step::Auth, reply.isPositive(), reply, m_mechanism);
    m_loginRunning = false;
    if (reply.isPositive()) {
        m_attempt.authenticated = true;
        emit loginFinished(true, false);
        startEnvelope(false);
        return;
    }
    // What another port could change: a passing failure, a mechanism or encryption this port
    // lacks. A refusal of the credentials themselves (535, 534, any other 5.7.x) it cannot.
    const bool aboutThisPort = reply.isTransientFailure() || reply.code == 502 || reply.code == 503
        || reply.code == 504 || reply.code == 530 || reply.code == 538;
    emit loginFinished(false, aboutThisPort);
    fail(Failure::Refused, phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "The server refused the login.")));
}

void SmtpSession::startEnvelope(bool forDelivery)
{
    m_deliveryRound = forDelivery;
    m_pipelining = m_attempt.capabilities.pipelining;
    const SmtpCapabilities &caps = m_attempt.capabilities;
    const QStringList foreign = m_settings.effectiveForeignRecipients();
    const QString local = forDelivery ? QString() : m_settings.localRecipient();
    // RFC 6531: an address with non-ASCII characters needs SMTPUTF8 on MAIL FROM, and a server
    // that does not offer it cannot take such an address at all.
    bool needsUtf8 = !isAscii(m_settings.from) || !isAscii(local);
    for (const QString &to : foreign)
        needsUtf8 = needsUtf8 || !isAscii(to);
    if (needsUtf8 && !caps.smtpUtf8) {
        recordStep(Step::MailFrom, false, {}, m_settings.from);
        fail(Failure::Smtputf8NotOffered,
             phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "An address contains non-ASCII characters, and this server does not offer SMTPUTF8, "
                "which such addresses need; nothing was sent. Use an address written in ASCII only.")));
        return;
    }
    QByteArray mail = "MAIL FROM:<" + m_settings.from.toUtf8() + '>';
    if (needsUtf8)
        mail += " SMTPUTF8";
    if (forDelivery && caps.eightBitMime)
        mail += " BODY=8BITMIME";
    m_queue.append({Step::MailFrom, mail, QString::fromUtf8(mail), m_settings.from});
    if (!local.isEmpty()) {
        const QByteArray rcpt = "RCPT TO:<" + local.toUtf8() + '>';
        m_queue.append({Step::RcptLocal, rcpt, QString::fromUtf8(rcpt), local});
    }
    for (const QString &to : foreign) {
        const QByteArray rcpt = "RCPT TO:<" + to.toUtf8() + '>';
        m_queue.append({Step::RcptForeign, rcpt, QString::fromUtf8(rcpt), to});
    }
    if (forDelivery) {
        m_queue.append({Step::Data, "DATA", QStringLiteral("DATA"), {}});
    } else if (m_pipelining || m_settings.sendMessage) {
        // RSET ends the test transaction; one by one it would cost a round trip the verdict does
        // not need (QUIT ends the transaction too), so it is sent only when pipelined or when a
        // second transaction follows.
        m_queue.append({Step::Rset, "RSET", QStringLiteral("RSET"), {}});
        // QUIT may end a pipelined group (RFC 2920): the verdict then costs no extra round trip.
        m_quitPipelined = m_pipelining && !m_settings.sendMessage;
        if (m_quitPipelined)
            m_queue.append({Step::Quit, "QUIT", QStringLiteral("QUIT"), {}});
    }
    setState(State::AwaitingEnvelope);
    flushCommands();
}

void SmtpSession::flushCommands()
{
    if (m_queue.isEmpty())
        return;
    for (const Command &cmd : std::as_const(m_queue)) {
        // A line break inside a command would let a field inject commands of its own.
        if (cmd.line.contains('\r') || cmd.line.contains('\n') || cmd.line.contains('\0')) {
            m_queue.clear();
            fail(Failure::Aborted, phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "A setting contains a line break, so the command was not sent.")));
            return;
        }
    }
    if (m_pipelining) {
        QByteArray batch;
        for (const Command &cmd : std::as_const(m_queue)) {
            began(cmd.step);
            showClient(cmd.shown);
            batch += cmd.line + "\r\n";
            if (cmd.step == Step::Quit)
                m_quitSent = true;
        }
        m_inflight += m_queue;
        m_repliesOwed += int(m_queue.size());
        m_queue.clear();
        transport()->write(batch);
        armTimer(m_settings.replyTimeoutMs);
        return;
    }
    if (m_inflight.isEmpty()) {
        const Command cmd = m_queue.takeFirst();
        m_inflight.append(cmd);
        began(cmd.step);
        sendLine(cmd.line, cmd.shown);
    }
}

void SmtpSession::handleEnvelope(const SmtpReply &reply)
{
    if (m_inflight.isEmpty()) {
        note(phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "Ignored an unexpected reply from the server.")));
        return;
    }
    const Command cmd = m_inflight.takeFirst();
    if (cmd.step == Step::Quit) {
        recordStep(Step::Quit, reply.isPositive(), reply);
        finish();
        return;
    }
    if (cmd.step == Step::Data) {
        recordStep(Step::Data, reply.code == 354, reply);
        if (reply.code != 354) {
            fail(Failure::Refused, phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "The server refused to take the message.")));
            return;
        }
        setState(State::AwaitingDataAccepted);
        began(Step::Message);
        const QByteArray message = buildMessage();
        if (message.isEmpty()) {
            fail(Failure::Aborted, phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "The test message's subject contains a line break, so the message was not sent.")));
            return;
        }
        showClient(phraseSmtpSession(QT_TRANSLATE_N_NOOP("od::SmtpSession", "[test message, %n byte(s)]"), {}, int(message.size())).sourceText());
        transport()->write(message);
        sendLine(".", QStringLiteral("."));
        return;
    }
    recordStep(cmd.step, reply.isPositive(), reply, cmd.detail);
    if (cmd.step == Step::MailFrom && !reply.isPositive()) {
        // Recipients cannot be tested without a sender: their answers (pipelined ones included)
        // are not waited for, which matters on a server that delays every refusal.
        m_queue.clear();
        fail(Failure::Refused, phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "The server refused the sender.")));
        return;
    }
    const auto envelopeStep = [](const Command &c) {
        return c.step == Step::MailFrom || c.step == Step::RcptLocal || c.step == Step::RcptForeign
            || c.step == Step::Data;
    };
    const bool envelopePending = std::any_of(m_inflight.cbegin(), m_inflight.cend(), envelopeStep)
        || std::any_of(m_queue.cbegin(), m_queue.cend(), envelopeStep);
    if (envelopePending) {
        if (m_inflight.isEmpty())
            flushCommands();
        return;
    }
    roundComplete();
}

// Every recipient of the round has been answered: the outcome is decided.
void SmtpSession::roundComplete()
{
    const StepRecord *mail = m_attempt.lastStep(Step::MailFrom);
    bool allForeignOk = mail && mail->ok;
    bool anyRefused = !mail || !mail->ok;
    for (const StepRecord &s : std::as_const(m_attempt.steps)) {
        if ((s.step == Step::RcptForeign || s.step == Step::RcptLocal) && !s.ok) {
            anyRefused = true;
            if (s.step == Step::RcptForeign)
                allForeignOk = false;
        }
    }
    if (!m_deliveryRound && m_settings.sendMessage && allForeignOk) {
        // The test transaction must be reset before the real one.
        if (!m_inflight.isEmpty())
            return;
        if (!m_queue.isEmpty()) {
            flushCommands();
            return;
        }
        startEnvelope(true);
        return;
    }
    if (!mail || !mail->ok)
        fail(Failure::Refused, phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "The server refused the sender.")));
    else if (anyRefused)
        fail(Failure::Refused, phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "The server refused a recipient.")));
    else
        endPolitely();
}

void SmtpSession::handleDataAccepted(const SmtpReply &reply)
{
    recordStep(Step::Message, reply.isPositive(), reply);
    if (!reply.isPositive()) {
        fail(Failure::Refused, phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "The server refused the message.")));
        return;
    }
    note(phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "The test message was accepted for delivery.")));
    endPolitely();
}

QByteArray SmtpSession::buildMessage() const
{
    const QString domain = m_settings.senderDomain().isEmpty() ? QStringLiteral("localhost") : m_settings.senderDomain();
    const QString subject = m_settings.messageSubject.isEmpty()
        ? phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "Test message from Outbox Doctor")).text()
        : m_settings.messageSubject;
    // A line break in the subject would start a header (or the body) of the caller's choosing.
    for (QChar c : subject) {
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n') || c == QChar(0))
            return {};
    }
    QByteArray head;
    head += "Date: " + QDateTime::currentDateTime().toString(Qt::RFC2822Date).toLatin1() + "\r\n";
    head += "Message-ID: <" + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() + "@outbox-doctor." + domain.toUtf8() + ">\r\n";
    head += "From: <" + m_settings.from.toUtf8() + ">\r\n";
    head += "To: " + m_settings.effectiveForeignRecipients().join(QStringLiteral(", ")).toUtf8() + "\r\n";
    head += "Subject: " + encodedWord(subject) + "\r\n";
    head += "MIME-Version: 1.0\r\n";
    head += "Content-Type: text/plain; charset=UTF-8\r\n";
    const QString bodyText = phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "This message was sent by Outbox Doctor to check that mail from this account is delivered.\n"
                                "You can delete it.")).text();
    QByteArray body;
    if (m_attempt.capabilities.eightBitMime) {
        head += "Content-Transfer-Encoding: 8bit\r\n";
        body = bodyText.toUtf8();
        body.replace("\n", "\r\n");
    } else {
        head += "Content-Transfer-Encoding: base64\r\n";
        const QByteArray b64 = bodyText.toUtf8().toBase64();
        for (qsizetype i = 0; i < b64.size(); i += 76)
            body += b64.mid(i, 76) + "\r\n";
    }
    // Dot-stuffing (RFC 5321 4.5.2).
    QByteArray stuffed;
    const QList<QByteArray> lines = body.split('\n');
    for (const QByteArray &l : lines)
        stuffed += (l.startsWith('.') ? "." + l : l) + '\n';
    stuffed.chop(1);
    if (!stuffed.endsWith("\r\n"))
        stuffed += "\r\n";
    return head + "\r\n" + stuffed;
}

void SmtpSession::sendLine(const QByteArray &line, const QString &shown)
{
    if (!m_connected || m_state == State::Done)
        return;
    if (!writeLine(line, shown, m_settings.replyTimeoutMs)) {
        fail(Failure::Aborted, phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "A setting contains a line break, so the command was not sent.")));
        return;
    }
    ++m_repliesOwed;
}

void SmtpSession::sendQuit()
{
    if (m_state == State::Done)
        return;
    setState(State::AwaitingQuit);
    began(Step::Quit);
    m_quitSent = true;
    sendLine("QUIT", QStringLiteral("QUIT"));
    armTimer(std::min(m_settings.replyTimeoutMs, 5000));
}

// The outcome is decided: say goodbye without waiting for the answer, which the verdict does not
// need (a QUIT already pipelined is not sent again).
void SmtpSession::endPolitely()
{
    if (m_state == State::Done)
        return;
    if (m_connected && transport()->isConnected() && !m_quitSent) {
        m_quitSent = true;
        showClient(QStringLiteral("QUIT"));
        transport()->write("QUIT\r\n");
        transport()->flush();
    }
    finish();
}

void SmtpSession::stopForWrongSecurity(Security works)
{
    if (m_state == State::Done)
        return;
    fail(Failure::WrongSecurity,
         works == Security::Tls
             ? phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "The port did not greet; a second connection showed that it expects SSL/TLS from the start."))
             : phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "The port did not greet; a second connection showed that it speaks plain SMTP.")));
}

void SmtpSession::cutShort()
{
    if (m_state == State::Done)
        return;
    m_attempt.cutShort = true;
    fail(Failure::Aborted, phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "Stopped: the verdict was already clear without this port.")));
}

void SmtpSession::fail(Failure failure, const Phrase &detail)
{
    if (m_state == State::Done)
        return;
    if (m_attempt.failure == Failure::None) {
        m_attempt.failure = failure;
        m_attempt.failureDetail = detail;
    }
    note(detail);
    const bool polite = failure == Failure::Refused || failure == Failure::StartTlsNotOffered
        || failure == Failure::CredentialsWithheld || failure == Failure::AuthNotOffered
        || failure == Failure::LoginSkipped || failure == Failure::Smtputf8NotOffered
        || failure == Failure::Aborted;
    if (polite && m_state != State::AwaitingQuit && m_state != State::TlsHandshake
        && m_state != State::StartTlsHandshake) {
        m_queue.clear();
        m_inflight.clear();
        endPolitely();
        return;
    }
    finish();
}

void SmtpSession::finish()
{
    if (m_state == State::Done)
        return;
    stopTimers();
    m_overdue.stop();
    const bool loginWasRunning = m_loginRunning;
    m_loginRunning = false;
    setState(State::Done);
    // Gracefully after a QUIT, so it reaches the server.
    closeTransport(m_quitSent && m_connected);
    m_connected = false;
    m_attempt.finished = true;
    m_attempt.elapsedMs = now();
    m_attempt.transcript = transcript().lines();
    if (loginWasRunning)
        emit loginFinished(false, true);
    emit finished();
}

} // namespace od
