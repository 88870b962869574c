// SPDX-License-Identifier: GPL-3.0-or-later
// What a conversation needs from the network: connect (to the first of a server's addresses
// that answers), write, read, upgrade to TLS, close. SocketTransport does it over QSslSocket;
// tests give SmtpSession and Pop3Login a scripted transport instead (no sockets).
#pragma once

#include "core/phrase.h"
#include "smtp/probetypes.h"

#include <QAbstractSocket>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

#include <functional>

class QSslSocket;

namespace od {

// How to reach the server, whatever the transport.
struct TransportOptions
{
    QString peerName;                     // the name the certificate must carry
    QHostAddress sourceAddress;           // null: the system chooses
    QList<QSslCertificate> extraCaCertificates;
    qint64 readBufferSize = 256 * 1024;   // bytes never pile up beyond this
};

class Transport : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Connects to the first of `addresses` that answers; implicitTls: the TLS handshake follows
    // the connection at once. Emits connected() or connectFailed().
    virtual void open(const QList<QHostAddress> &addresses, quint16 port, bool implicitTls) = 0;
    // STARTTLS/STLS: the handshake on the open connection; emits encrypted() or errorOccurred().
    virtual void startTls() = 0;
    virtual void write(const QByteArray &bytes) = 0;
    virtual void flush() = 0;
    virtual QByteArray readAll() = 0;
    // The user's explicit decision to go on despite these verification errors.
    virtual void ignoreSslErrors(const QList<QSslError> &errors) = 0;
    // Closes at once.
    virtual void abort() = 0;
    // Closes after what was written has gone out (a QUIT); the transport then belongs to
    // `keeper` and deletes itself once closed, within 2 s at most.
    virtual void closeGracefully(QObject *keeper) = 0;

    virtual bool isConnected() const = 0;
    virtual bool isEncrypted() const = 0;
    virtual QHostAddress peerAddress() const = 0;
    virtual QHostAddress localAddress() const = 0;
    virtual QString tlsProtocol() const = 0;   // e.g. "TLS 1.3"
    virtual QString tlsCipher() const = 0;
    virtual QList<QSslCertificate> peerCertificateChain() const = 0;
    // After errorOccurred() (or connectFailed()): what went wrong. errorString() is worded in
    // the current language: results keep error() and socketErrorDetail() of the two.
    virtual QAbstractSocket::SocketError error() const = 0;
    virtual QString errorString() const = 0;

signals:
    // What happened while connecting (each address tried, each refusal), for the transcript.
    void note(const od::Phrase &text);
    void connected();
    // failure: ConnectRefused, ResolveFailed or NetworkError.
    void connectFailed(od::Failure failure, const od::Phrase &detail);
    void encrypted();
    void readyRead();
    void sslErrors(const QList<QSslError> &errors);
    void errorOccurred();
    void disconnected();
};

using TransportFactory = std::function<Transport *(const TransportOptions &options, QObject *parent)>;

// The real one: QSslSocket, several addresses raced as RFC 8305 describes.
class SocketTransport : public Transport
{
    Q_OBJECT
public:
    explicit SocketTransport(const TransportOptions &options, QObject *parent = nullptr);
    ~SocketTransport() override;

    void open(const QList<QHostAddress> &addresses, quint16 port, bool implicitTls) override;
    void startTls() override;
    void write(const QByteArray &bytes) override;
    void flush() override;
    QByteArray readAll() override;
    void ignoreSslErrors(const QList<QSslError> &errors) override;
    void abort() override;
    void closeGracefully(QObject *keeper) override;
    bool isConnected() const override;
    bool isEncrypted() const override;
    QHostAddress peerAddress() const override { return m_address; }
    QHostAddress localAddress() const override;
    QString tlsProtocol() const override;
    QString tlsCipher() const override;
    QList<QSslCertificate> peerCertificateChain() const override;
    QAbstractSocket::SocketError error() const override;
    QString errorString() const override;

private:
    QSslSocket *newSocket();
    void connectNext();
    void onCandidateConnected(QSslSocket *socket);
    void onCandidateError(QSslSocket *socket);
    void checkPendingConnectErrors();
    void dropCandidates();

    TransportOptions m_options;
    QList<QHostAddress> m_addresses;   // still to try
    quint16 m_port = 0;
    bool m_implicitTls = false;
    QList<QSslSocket *> m_candidates;  // connecting
    QTimer m_nextAddress;
    // Polls the pending error of connecting sockets (see checkPendingConnectErrors()).
    QTimer m_connectErrorPoll;
    Phrase m_connectError; // worded when shown (core/networkerrors.h)
    QAbstractSocket::SocketError m_connectErrorCode = QAbstractSocket::UnknownSocketError;
    QString m_connectErrorString;
    QSslSocket *m_socket = nullptr;    // the one that connected
    QHostAddress m_address;
    bool m_opening = false;
};

} // namespace od
