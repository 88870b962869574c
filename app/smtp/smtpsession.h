// SPDX-License-Identifier: GPL-3.0-or-later
// One SMTP conversation with one endpoint: a job object over a Transport (QSslSocket, or a
// scripted one in tests).
#pragma once

#include "smtp/connection.h"
#include "smtp/probetypes.h"
#include "smtp/smtpreply.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSslError>
#include <QTimer>

namespace od {

Q_DECLARE_LOGGING_CATEGORY(lcSmtp)

class CertificateTrust;

class SmtpSession : public Connection
{
    Q_OBJECT
public:
    // Named after what is awaited.
    enum class State {
        Idle,
        Connecting,
        TlsHandshake,
        AwaitingGreeting,
        AwaitingEhlo,
        AwaitingHelo,
        AwaitingStartTls,
        StartTlsHandshake,
        AwaitingEhloAfterTls,
        AwaitingLoginTurn,  // ready to log in, waiting until no other port is logging in
        AwaitingAuth,
        AwaitingEnvelope,   // MAIL FROM / RCPT TO / RSET replies (possibly pipelined)
        AwaitingDataAccepted,
        AwaitingQuit,
        Done,
    };
    Q_ENUM(State)

    // What the conversation is for. SecurityCheck: only find out whether the port greets with
    // the endpoint's security (SSL/TLS: handshake and greeting; otherwise greeting and EHLO).
    enum class Purpose { Test, SecurityCheck };

    // clock: shared by the probe's sessions so transcript times line up; trust may be null.
    // addresses: every address of the server, tried as RFC 8305 describes (the first at once,
    // the next when it fails or has not connected within 250 ms, the first to connect wins).
    SmtpSession(const ProbeSettings &settings, const QList<QHostAddress> &addresses, const Endpoint &endpoint,
                const QElapsedTimer &clock, const CertificateTrust *trust, QObject *parent = nullptr);
    ~SmtpSession() override;

    void setPurpose(Purpose purpose) { m_purpose = purpose; }
    // Gated: when ready to log in, emit loginReady() and wait for continueLogin().
    void setLoginGated(bool gated) { m_loginGated = gated; }

    void start();
    void abort();
    // Ends an unfinished session because the probe's verdict no longer depends on it.
    void cutShort();
    // Ends a session waiting for a greeting: a second connection proved the port speaks `works`.
    void stopForWrongSecurity(Security works);
    // allowed: log in now; otherwise stop without sending the password (it was refused elsewhere).
    void continueLogin(bool allowed);
    bool isConnected() const { return m_connected; }

    State state() const { return m_state; }
    const Attempt &attempt() const { return m_attempt; }
    static Phrase stateText(State state);

signals:
    void stepStarted(od::Step step);
    void stepFinished(const od::StepRecord &record);
    // The port connected but has not greeted within ProbeSettings::securityCheckAfterMs.
    void greetingOverdue();
    void loginReady();
    // retryElsewhere: the refusal is not about the credentials (another port may do better).
    void loginFinished(bool accepted, bool retryElsewhere);
    void finished();

private:
    struct Command
    {
        Step step;
        QByteArray line;    // without CRLF
        QString shown;      // what the transcript shows (redacted)
        QString detail;
    };

    void setState(State state);
    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketError();
    void onDisconnected();
    void onTimeout() override;
    void onDeadline() override;

    void handleReply(const SmtpReply &reply);
    void handleGreeting(const SmtpReply &reply);
    void handleEhlo(const SmtpReply &reply);
    void handleHelo(const SmtpReply &reply);
    void handleStartTls(const SmtpReply &reply);
    void handleAuth(const SmtpReply &reply);
    void handleEnvelope(const SmtpReply &reply);
    void handleDataAccepted(const SmtpReply &reply);

    void sendEhlo();
    void afterEhlo();
    void startAuth();
    void startEnvelope(bool forDelivery);
    void flushCommands();
    void sendLine(const QByteArray &line, const QString &shown);
    void sendQuit();
    void endPolitely();
    bool checkDone();
    void roundComplete();
    void began(Step step) { emit stepStarted(step); }
    void recordStep(Step step, bool ok, const SmtpReply &reply = SmtpReply(), const QString &detail = QString());
    void fail(Failure failure, const Phrase &detail);
    // A failure the transport reported: its code is kept with it (Attempt::socketError).
    void failOnSocketError(Failure failure, QAbstractSocket::SocketError error, const Phrase &detail);
    void finish();
    QString chooseMechanism() const;
    QByteArray buildMessage() const;

    ProbeSettings m_settings;
    QList<QHostAddress> m_addresses;   // every address of the server
    bool m_connected = false;          // the transport connected and the session is not done
    Purpose m_purpose = Purpose::Test;
    bool m_loginGated = false;
    bool m_loginRunning = false;
    bool m_quitSent = false;
    QTimer m_overdue;
    Endpoint m_endpoint;
    const CertificateTrust *m_trust = nullptr;
    State m_state = State::Idle;
    SmtpReplyReader m_reader;
    Attempt m_attempt;
    qint64 m_stepStart = 0;
    QList<Command> m_queue;        // to send
    QList<Command> m_inflight;     // sent, reply awaited
    bool m_pipelining = false;
    bool m_deliveryRound = false;  // the second envelope, for a real test message
    bool m_quitPipelined = false;
    QString m_mechanism;
    int m_authRound = 0;
    int m_repliesOwed = 1;         // the greeting, then one per command sent
    bool m_sslErrorsSeen = false;
};

} // namespace od
