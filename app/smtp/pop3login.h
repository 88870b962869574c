// SPDX-License-Identifier: GPL-3.0-or-later
// Logs in to a POP3 server, for providers that allow sending only after a recent
// POP3 login from the same address (POP-before-SMTP).
#pragma once

#include "smtp/connection.h"
#include "smtp/probetypes.h"

#include <QElapsedTimer>
#include <QSslError>

namespace od {

class CertificateTrust;

class Pop3Login : public Connection
{
    Q_OBJECT
public:
    enum class State {
        Idle,
        Connecting,
        TlsHandshake,
        AwaitingGreeting,
        AwaitingCapa,
        AwaitingStls,
        StlsHandshake,
        AwaitingUser,
        AwaitingPass,
        AwaitingApop,
        AwaitingQuit,
        Done,
    };
    Q_ENUM(State)

    Pop3Login(const ProbeSettings &settings, const QHostAddress &address, const QElapsedTimer &clock,
              const CertificateTrust *trust, QObject *parent = nullptr);
    ~Pop3Login() override;

    void start();
    void abort();
    const Pop3Result &result() const { return m_result; }

    // Pure helpers, public for tests.
    static QByteArray apopTimestamp(const QByteArray &greeting);
    static QByteArray apopDigest(const QByteArray &timestamp, const QString &password);

signals:
    void finished();

private:
    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketError();
    void onTimeout() override;
    void handleLine(const QByteArray &line);
    void sendLine(const QByteArray &line, const QString &shown);
    void login();
    void fail(Failure failure, const Phrase &detail);
    // A failure the transport reported: its code is kept with it (Pop3Result::socketError).
    void failOnSocketError(Failure failure, QAbstractSocket::SocketError error, const Phrase &detail);
    void finish();

    ProbeSettings m_settings;
    QHostAddress m_address;
    const CertificateTrust *m_trust = nullptr;
    bool m_connected = false;
    State m_state = State::Idle;
    QByteArray m_timestamp;
    bool m_inCapa = false;
    bool m_stlsOffered = false;
    bool m_sslErrorsSeen = false;
    Pop3Result m_result;
};

} // namespace od
