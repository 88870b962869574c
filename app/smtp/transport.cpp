// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport.h"

#include "core/networkerrors.h"
#include "smtp/certificatetrust.h"

#include <QSocketNotifier>
#include <QSslCipher>
#include <QSslSocket>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#endif

namespace od {

namespace {
// The connection's notes are the SMTP session's sentences: the context is the one their tr()
// had, so the existing translations stay valid.
Phrase phraseSmtpSession(const char *source, QStringList args = {}, int n = -1)
{
    return Phrase("od::SmtpSession", source, std::move(args), n);
}

QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_2: return QStringLiteral("TLS 1.2");
    case QSsl::TlsV1_3: return QStringLiteral("TLS 1.3");
    case QSsl::DtlsV1_2: return QStringLiteral("DTLS 1.2");
    default: break;
    }
    return QStringLiteral("TLS (older than 1.2)");
}
} // namespace

SocketTransport::SocketTransport(const TransportOptions &options, QObject *parent)
    : Transport(parent)
    , m_options(options)
{
    // RFC 8305 5: the next address after 250 ms without a connection.
    m_nextAddress.setSingleShot(true);
    connect(&m_nextAddress, &QTimer::timeout, this, &SocketTransport::connectNext);
    m_connectErrorPoll.setInterval(10);
    connect(&m_connectErrorPoll, &QTimer::timeout, this, &SocketTransport::checkPendingConnectErrors);
}

SocketTransport::~SocketTransport()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    for (QSslSocket *c : std::as_const(m_candidates)) {
        c->disconnect(this);
        c->abort();
    }
}

QSslSocket *SocketTransport::newSocket()
{
    auto *socket = new QSslSocket(this);
    socket->setSslConfiguration(sslConfigurationWith(m_options.extraCaCertificates));
    socket->setPeerVerifyName(m_options.peerName);
    // Bytes must never pile up: a hostile server could otherwise fill memory.
    socket->setReadBufferSize(m_options.readBufferSize);
    return socket;
}

void SocketTransport::open(const QList<QHostAddress> &addresses, quint16 port, bool implicitTls)
{
    m_addresses = addresses;
    m_port = port;
    m_implicitTls = implicitTls;
    m_opening = true;
    connectNext();
}

void SocketTransport::connectNext()
{
    if (!m_opening)
        return;
    if (m_addresses.isEmpty()) {
        if (m_candidates.isEmpty()) {
            m_opening = false;
            m_connectErrorPoll.stop();
            // Every address failed: the refusal (a server said no) tells more than a network error.
            if (m_connectErrorCode == QAbstractSocket::ConnectionRefusedError)
                emit connectFailed(Failure::ConnectRefused, socketErrorPhrase(QAbstractSocket::ConnectionRefusedError));
            else if (m_connectErrorCode == QAbstractSocket::HostNotFoundError)
                emit connectFailed(Failure::ResolveFailed, m_connectError);
            else
                emit connectFailed(Failure::NetworkError, m_connectError);
        }
        return;
    }
    const QHostAddress address = m_addresses.takeFirst();
    QSslSocket *socket = newSocket();
    m_candidates.append(socket);
    connect(socket, &QSslSocket::connected, this, [this, socket] { onCandidateConnected(socket); });
    connect(socket, &QSslSocket::errorOccurred, this, [this, socket] { onCandidateError(socket); });
    emit note(phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "Connecting to %1 (%2) port %3"), {m_options.peerName, address.toString(), QString::number(m_port)}));
    if (!m_options.sourceAddress.isNull()) {
        if (!socket->bind(m_options.sourceAddress, 0)) {
            m_candidates.removeOne(socket);
            m_connectErrorString = socket->errorString();
            m_connectErrorCode = socket->error();
            m_connectError = socketErrorDetail(m_connectErrorCode, m_connectErrorString);
            socket->deleteLater();
            dropCandidates();
            emit connectFailed(Failure::NetworkError,
                               Phrase("od::SmtpSession", QT_TRANSLATE_NOOP("od::SmtpSession", "Cannot send from the address %1: %2"),
                                      {m_options.sourceAddress.toString()}, std::vector<Phrase>{m_connectError}));
            return;
        }
    }
    if (!m_addresses.isEmpty())
        m_nextAddress.start(250);
#ifdef Q_OS_UNIX
    if (!m_connectErrorPoll.isActive())
        m_connectErrorPoll.start();
#endif
    // QAbstractSocket would retry its own address list; one address per socket keeps the race
    // here, where every failure is seen at once.
    socket->setProperty("od_address", QVariant::fromValue(address));
    if (m_implicitTls)
        socket->connectToHostEncrypted(address.toString(), m_port, m_options.peerName);
    else
        socket->connectToHost(address, m_port);
}

// An ICMP error (port unreachable, administratively prohibited) that arrives while connect() is
// still in the kernel is kept as a "soft" error: the socket stays in SYN-SENT, connect() keeps
// answering EALREADY and QAbstractSocket, which never asks for SO_ERROR, polls it in a busy loop
// until the SYN retransmission gets the error again (about 2 s). SO_ERROR hands out the pending
// error at once, so the refusal is seen within one round trip.
void SocketTransport::checkPendingConnectErrors()
{
#ifdef Q_OS_UNIX
    const QList<QSslSocket *> candidates = m_candidates;
    for (QSslSocket *socket : candidates) {
        if (!m_candidates.contains(socket) || socket->state() != QAbstractSocket::ConnectingState)
            continue;
        // The descriptor is not public until the socket is connected; the socket engine's
        // notifiers (children of the socket) carry it.
        qintptr fd = -1;
        if (const auto *notifier = socket->findChild<QSocketNotifier *>())
            fd = notifier->socket();
        if (fd < 0)
            continue;
        int error = 0;
        socklen_t length = sizeof error;
        if (::getsockopt(int(fd), SOL_SOCKET, SO_ERROR, &error, &length) != 0 || error == 0)
            continue;
        m_candidates.removeOne(socket);
        m_connectErrorString = QString::fromLocal8Bit(::strerror(error));
        // The system's wording (strerror) depends on the locale: only the code is kept.
        if (error == ECONNREFUSED) {
            m_connectErrorCode = QAbstractSocket::ConnectionRefusedError;
            m_connectError = socketErrorPhrase(QAbstractSocket::ConnectionRefusedError);
        } else {
            const auto code = error == EACCES || error == EPERM ? QAbstractSocket::SocketAccessError
                : error == ETIMEDOUT                            ? QAbstractSocket::SocketTimeoutError
                                                                : QAbstractSocket::NetworkError;
            if (m_connectErrorCode != QAbstractSocket::ConnectionRefusedError)
                m_connectErrorCode = code;
            m_connectError = error == EHOSTUNREACH ? phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "Host unreachable"))
                : error == ENETUNREACH             ? phraseSmtpSession(QT_TRANSLATE_NOOP("od::SmtpSession", "Network unreachable"))
                                                   : socketErrorPhrase(code);
        }
        emit note(Phrase("od::SmtpSession", QT_TRANSLATE_NOOP("od::SmtpSession", "No connection to %1: %2"),
                         {socket->property("od_address").value<QHostAddress>().toString()}, std::vector<Phrase>{m_connectError}));
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
        m_nextAddress.stop();
        connectNext();
        if (!m_opening)
            break;
    }
    if (m_candidates.isEmpty() || !m_opening)
        m_connectErrorPoll.stop();
#endif
}

void SocketTransport::onCandidateError(QSslSocket *socket)
{
    if (!m_candidates.contains(socket))
        return;
    m_candidates.removeOne(socket);
    m_connectErrorCode = m_connectErrorCode == QAbstractSocket::ConnectionRefusedError ? m_connectErrorCode
                                                                                    : socket->error();
    m_connectErrorString = socket->errorString();
    m_connectError = socketErrorDetail(socket->error(), m_connectErrorString);
    emit note(Phrase("od::SmtpSession", QT_TRANSLATE_NOOP("od::SmtpSession", "No connection to %1: %2"),
                     {socket->property("od_address").value<QHostAddress>().toString()}, std::vector<Phrase>{m_connectError}));
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
    // A failed address hands over to the next at once (RFC 8305 5).
    m_nextAddress.stop();
    connectNext();
}

void SocketTransport::onCandidateConnected(QSslSocket *socket)
{
    if (!m_candidates.contains(socket) || !m_opening)
        return;
    m_opening = false;
    m_candidates.removeOne(socket);
    dropCandidates();
    socket->disconnect(this);
    m_socket = socket;
    m_address = socket->property("od_address").value<QHostAddress>();
    connect(m_socket, &QSslSocket::encrypted, this, &Transport::encrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &Transport::readyRead);
    connect(m_socket, &QSslSocket::sslErrors, this, &Transport::sslErrors);
    connect(m_socket, &QSslSocket::errorOccurred, this, &Transport::errorOccurred);
    connect(m_socket, &QSslSocket::disconnected, this, &Transport::disconnected);
    emit connected();
}

void SocketTransport::dropCandidates()
{
    m_nextAddress.stop();
    m_connectErrorPoll.stop();
    for (QSslSocket *other : std::as_const(m_candidates)) {
        other->disconnect(this);
        other->abort();
        other->deleteLater();
    }
    m_candidates.clear();
}

void SocketTransport::startTls()
{
    if (m_socket)
        m_socket->startClientEncryption();
}

void SocketTransport::write(const QByteArray &bytes)
{
    if (m_socket)
        m_socket->write(bytes);
}

void SocketTransport::flush()
{
    if (m_socket)
        m_socket->flush();
}

QByteArray SocketTransport::readAll()
{
    return m_socket ? m_socket->readAll() : QByteArray();
}

void SocketTransport::ignoreSslErrors(const QList<QSslError> &errors)
{
    if (m_socket)
        m_socket->ignoreSslErrors(errors);
}

void SocketTransport::abort()
{
    m_opening = false;
    dropCandidates();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void SocketTransport::closeGracefully(QObject *keeper)
{
    m_opening = false;
    dropCandidates();
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState || !keeper) {
        abort();
        return;
    }
    // Closed gracefully, so the QUIT reaches the server; the socket goes to the keeper (which
    // outlives the conversation) and deletes itself once closed, within 2 s at most.
    QSslSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->setParent(keeper);
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(2000, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
    socket->disconnectFromHost();
}

bool SocketTransport::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

bool SocketTransport::isEncrypted() const
{
    return m_socket && m_socket->isEncrypted();
}

QHostAddress SocketTransport::localAddress() const
{
    return m_socket ? m_socket->localAddress() : QHostAddress();
}

QString SocketTransport::tlsProtocol() const
{
    return m_socket ? protocolName(m_socket->sessionProtocol()) : QString();
}

QString SocketTransport::tlsCipher() const
{
    return m_socket ? m_socket->sessionCipher().name() : QString();
}

QList<QSslCertificate> SocketTransport::peerCertificateChain() const
{
    return m_socket ? m_socket->peerCertificateChain() : QList<QSslCertificate>();
}

QAbstractSocket::SocketError SocketTransport::error() const
{
    return m_socket ? m_socket->error() : m_connectErrorCode;
}

QString SocketTransport::errorString() const
{
    return m_socket ? m_socket->errorString() : m_connectErrorString;
}

} // namespace od
