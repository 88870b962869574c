// SPDX-License-Identifier: GPL-3.0-or-later
#include "pop3login.h"

#include "core/networkerrors.h"
#include "smtp/certificatetrust.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace od {

namespace {
// A sentence of this file kept as a phrase: the context is the one its tr() had, so the
// existing translations stay valid.
Phrase phrasePop3Login(const char *source, QStringList args = {}, int n = -1)
{
    return Phrase("od::Pop3Login", source, std::move(args), n);
}
} // namespace

namespace {
constexpr int kMaxLine = 4096;

QString popUser(const ProbeSettings &s) { return s.pop3.user.isEmpty() ? s.user : s.pop3.user; }
} // namespace

Pop3Login::Pop3Login(const ProbeSettings &settings, const QHostAddress &address, const QElapsedTimer &clock,
                     const CertificateTrust *trust, QObject *parent)
    : Connection(clock, parent)
    , m_settings(settings)
    , m_address(address)
    , m_trust(trust)
{
    m_result.attempted = true;
    m_result.host = settings.pop3.host;
    m_result.security = settings.pop3.security;
    m_result.port = settings.pop3.port ? settings.pop3.port
                                       : (settings.pop3.security == Security::Tls ? 995 : 110);
    transcript().setRedactor(Redactor(popUser(settings), settings.password));
    setMaxLineLength(kMaxLine);
}

Pop3Login::~Pop3Login() = default;

QByteArray Pop3Login::apopTimestamp(const QByteArray &greeting)
{
    static const QRegularExpression re(QStringLiteral("(<[^<>@\\s]+@[^<>\\s]+>)"));
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(greeting));
    return m.hasMatch() ? m.captured(1).toLatin1() : QByteArray();
}

QByteArray Pop3Login::apopDigest(const QByteArray &timestamp, const QString &password)
{
    return QCryptographicHash::hash(timestamp + password.toUtf8(), QCryptographicHash::Md5).toHex();
}

void Pop3Login::start()
{
    if (m_state != State::Idle)
        return;
    Transport *t = createTransport({m_settings.pop3.host, m_settings.sourceAddress, m_settings.extraCaCertificates, 64 * 1024});
    connect(t, &Transport::connected, this, [this] {
        m_connected = true;
        onConnected();
    });
    connect(t, &Transport::connectFailed, this, [this](Failure failure, const Phrase &detail) {
        failOnSocketError(failure, transport()->error(), detail);
    });
    connect(t, &Transport::encrypted, this, &Pop3Login::onEncrypted);
    connect(t, &Transport::readyRead, this, &Pop3Login::onReadyRead);
    connect(t, &Transport::sslErrors, this, &Pop3Login::onSslErrors);
    connect(t, &Transport::errorOccurred, this, &Pop3Login::onSocketError);
    connect(t, &Transport::disconnected, this, [this] {
        if (m_state == State::AwaitingQuit)
            finish();
        else
            fail(Failure::ConnectionClosed, phrasePop3Login(QT_TRANSLATE_NOOP("od::Pop3Login", "The incoming mail server closed the connection.")));
    });
    note(phrasePop3Login(QT_TRANSLATE_NOOP("od::Pop3Login", "Logging in to the incoming mail server %1 (%2) port %3 first"), {m_settings.pop3.host, m_address.toString(), QString::number(m_result.port)}));
    m_state = State::Connecting;
    armTimer(m_settings.connectTimeoutMs);
    t->open({m_address}, m_result.port, m_settings.pop3.security == Security::Tls);
}

void Pop3Login::abort()
{
    fail(Failure::Aborted, phrasePop3Login(QT_TRANSLATE_NOOP("od::Pop3Login", "The test was cancelled.")));
}

void Pop3Login::onConnected()
{
    if (m_settings.pop3.security == Security::Tls) {
        m_result.tls.attempted = true;
        m_state = State::TlsHandshake;
    } else {
        m_state = State::AwaitingGreeting;
    }
    armTimer(m_settings.greetingTimeoutMs);
}

void Pop3Login::onEncrypted()
{
    m_result.tls.established = true;
    m_result.tls.chain = transport()->peerCertificateChain();
    m_result.tls.cipher = transport()->tlsCipher();
    note(phrasePop3Login(QT_TRANSLATE_NOOP("od::Pop3Login", "Encrypted (%1)"), {m_result.tls.cipher}));
    if (m_state == State::TlsHandshake) {
        m_state = State::AwaitingGreeting;
        armTimer(m_settings.greetingTimeoutMs);
    } else if (m_state == State::StlsHandshake) {
        login();
    }
}

void Pop3Login::onSslErrors(const QList<QSslError> &errors)
{
    m_sslErrorsSeen = true;
    applyCertificateDecision(transport(), errors, m_trust, &m_result.tls);
}

void Pop3Login::onSocketError()
{
    if (m_state == State::Done)
        return;
    const QAbstractSocket::SocketError error = transport()->error();
    if (error == QAbstractSocket::RemoteHostClosedError)
        return; // disconnected() follows
    // Qt's wording is in the language of the moment: the result keeps the code.
    const Phrase detail = socketErrorDetail(error, transport()->errorString());
    if (m_state == State::TlsHandshake || m_state == State::StlsHandshake) {
        const bool rejected = m_sslErrorsSeen && !m_result.tls.trustedByUser;
        if (!rejected)
            m_result.tls.failure = detail;
        failOnSocketError(rejected ? Failure::CertificateRejected : Failure::TlsHandshakeFailed, error, detail);
        return;
    }
    failOnSocketError(Failure::NetworkError, error, detail);
}

void Pop3Login::failOnSocketError(Failure failure, QAbstractSocket::SocketError error, const Phrase &detail)
{
    if (m_state != State::Done && m_result.failure == Failure::None)
        m_result.socketError = error;
    fail(failure, detail);
}

void Pop3Login::onTimeout()
{
    switch (m_state) {
    case State::Connecting: fail(Failure::ConnectTimeout, phrasePop3Login(QT_TRANSLATE_NOOP("od::Pop3Login", "The incoming mail server did not answer the connection attempt."))); break;
    case State::AwaitingGreeting: fail(Failure::GreetingTimeout, phrasePop3Login(QT_TRANSLATE_NOOP("od::Pop3Login", "The incoming mail server did not greet."))); break;
    case State::AwaitingQuit: finish(); break;
    default: fail(Failure::ReplyTimeout, phrasePop3Login(QT_TRANSLATE_NOOP("od::Pop3Login", "The incoming mail server stopped answering."))); break;
    }
}

void Pop3Login::onReadyRead()
{
    if (m_state == State::Done)
        return;
    receive();
    QByteArray line;
    while (m_state != State::Done && nextLine(&line)) {
        showServer(line);
        handleLine(line);
    }
    if (m_state != State::Done && lineTooLong())
        fail(Failure::ProtocolViolation, phrasePop3Login(QT_TRANSLATE_NOOP("od::Pop3Login", "The incoming mail server sent a line that is far too long.")));
}

void Pop3Login::sendLine(const QByteArray &line, const QString &shown)
{
    if (!writeLine(line, shown, m_settings.replyTimeoutMs))
        fail(Failure::Aborted, phrasePop3Login(QT_TRANSLATE_NOOP("od::Pop3Login", "A setting contains a line break, so the command was not sent.")));
}

void Pop3Login::handleLine(const QByteArray &line)
{
    const bool ok = line.startsWith("+OK");
    const bool err = line.startsWith("-ERR");
    if (m_inCapa) {
        if (line == ".") {
            m_inCapa = false;
            if (!inTls() && m_settings.pop3.security != Security::None && m_stlsOffered) {
                m_state = State::AwaitingStls;
                sendLine("STLS", QStringLiteral("STLS"));
            } else if (!inTls() && m_settings.pop3.security == Security::StartTls) {
                fail(Failure::StartTlsNotOffered, phrasePop3Login(QT_TRANSLATE_NOOP("od::Pop3Login", "The incoming mail server does not offer encryption (STLS).")));
            } else if (!inTls() && m_settings.pop3.security != Security::None) {
                fail(Failure::CredentialsWithheld, phrasePop3Login(QT_TRANSLATE_NOOP("od::Pop3Login", "The incoming mail server does not offer encryption, so your password was not sent.")));
            } else {
                login();
            }
        } else if (line.trimmed().toUpper() == "STLS") {
            m_stlsOffered = true;
        }
        return;
    }
    if (!ok && !err) {
        fail(Failure::ProtocolViolation, phrasePop3Login(QT_TRANSLATE_NOOP("od::Pop3Login", "The incoming mail server sent something that is not a POP3 answer.")));
        return;
    }
    if (m_state != State::AwaitingQuit)
        m_result.serverText = transcript().redactor().redact(QString::fromUtf8(line)); // it may quote the password
    switch (m_state) {
    case State::AwaitingGreeting:
        if (!ok) {
            fail(Failure::Refused, phrasePop3Login(QT_TRANSLATE_NOOP("od::Pop3Login", "The incoming mail server refused the connection.")));
            return;
        }
        m_timestamp = apopTimestamp(line);
        if (inTls()) {
            login();
        } else {
            m_state = State::AwaitingCapa;
            sendLine("CAPA", QStringLiteral("CAPA"));
        }
        break;
    case State::AwaitingCapa:
        if (ok) {
            m_inCapa = true;
        } else if (m_settings.pop3.security == Security::None) {
            login();
        } else {
            // No CAPA: try STLS directly; a refusal keeps the password back.
            m_state = State::AwaitingStls;
            sendLine("STLS", QStringLiteral("STLS"));
        }
        break;
    case State::AwaitingStls:
        if (!ok) {
            fail(Failure::StartTlsNotOffered, phrasePop3Login(QT_TRANSLATE_NOOP("od::Pop3Login", "The incoming mail server refused to start encryption.")));
            return;
        }
        // Anything after the go-ahead came unprotected: dropped (by upgradeToTls()), not taken
        // as an answer.
        m_result.tls.attempted = true;
        m_state = State::StlsHandshake;
        upgradeToTls();
        break;
    case State::AwaitingUser:
        if (!ok) {
            fail(Failure::Refused, phrasePop3Login(QT_TRANSLATE_NOOP("od::Pop3Login", "The incoming mail server refused the user name.")));
            return;
        }
        m_state = State::AwaitingPass;
        sendLine("PASS " + m_settings.password.toUtf8(), QStringLiteral("PASS ") + Redactor::mask());
        break;
    case State::AwaitingPass:
    case State::AwaitingApop:
        if (!ok) {
            fail(Failure::Refused, phrasePop3Login(QT_TRANSLATE_NOOP("od::Pop3Login", "The incoming mail server refused the login.")));
            return;
        }
        m_result.ok = true;
        note(phrasePop3Login(QT_TRANSLATE_NOOP("od::Pop3Login", "Logged in to the incoming mail server.")));
        m_state = State::AwaitingQuit;
        sendLine("QUIT", QStringLiteral("QUIT"));
        break;
    case State::AwaitingQuit:
        finish();
        break;
    default:
        break;
    }
}

void Pop3Login::login()
{
    const QByteArray user = popUser(m_settings).toUtf8();
    if (!m_timestamp.isEmpty()) {
        m_result.mechanism = QStringLiteral("APOP");
        m_state = State::AwaitingApop;
        sendLine("APOP " + user + ' ' + apopDigest(m_timestamp, m_settings.password),
                 QStringLiteral("APOP %1 %2").arg(QString::fromUtf8(user), Redactor::mask()));
    } else {
        m_result.mechanism = QStringLiteral("USER/PASS");
        m_state = State::AwaitingUser;
        sendLine("USER " + user, QStringLiteral("USER ") + QString::fromUtf8(user));
    }
}

void Pop3Login::fail(Failure failure, const Phrase &detail)
{
    if (m_state == State::Done)
        return;
    if (m_result.failure == Failure::None) {
        m_result.failure = failure;
        m_result.failureDetail = detail;
    }
    note(detail);
    if (failure == Failure::Refused && m_connected && transport()->isConnected()) {
        m_state = State::AwaitingQuit;
        sendLine("QUIT", QStringLiteral("QUIT"));
        armTimer(3000);
        return;
    }
    finish();
}

void Pop3Login::finish()
{
    if (m_state == State::Done)
        return;
    m_state = State::Done;
    stopTimers();
    closeTransport(false);
    m_connected = false;
    m_result.transcript = transcript().lines();
    emit finished();
}

} // namespace od
