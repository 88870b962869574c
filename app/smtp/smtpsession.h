// SPDX-License-Identifier: GPL-3.0-or-later
// One SMTP conversation with one endpoint: a job object over QSslSocket.
#pragma once

#include "smtp/probetypes.h"
#include "smtp/smtpreply.h"
#include "smtp/transcript.h"

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>

class QSslSocket;

namespace od {

Q_DECLARE_LOGGING_CATEGORY(lcSmtp)

class CertificateTrust;

class SmtpSession : public QObject
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
    bool isConnected() const { return m_socket != nullptr; }

    State state() const { return m_state; }
    const Attempt &attempt() const { return m_attempt; }
    static Phrase stateText(State state);

signals:
    void stepStarted(od::Step step);
    void stepFinished(const od::StepRecord &record);
    void transcriptLine(const od::TranscriptLine &line);
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
    void connectNext();
    void onCandidateConnected(QSslSocket *socket);
    void onCandidateError(QSslSocket *socket);
    void checkPendingConnectErrors();
    void adopt(QSslSocket *socket);
    QSslSocket *newSocket();
    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketError();
    void onDisconnected();
    void onTimeout();

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
    void armTimer(int ms);
    void began(Step step) { emit stepStarted(step); }
    void recordStep(Step step, bool ok, const SmtpReply &reply = SmtpReply(), const QString &detail = QString());
    void note(const Phrase &text);
    void fail(Failure failure, const Phrase &detail);
    void finish();
    qint64 now() const { return m_clock.elapsed(); }
    bool inTls() const;
    QString chooseMechanism() const;
    QByteArray buildMessage() const;

    ProbeSettings m_settings;
    QList<QHostAddress> m_addresses;   // still to try
    QList<QSslSocket *> m_candidates;  // connecting
    QTimer m_nextAddress;
    // Polls the pending error of connecting sockets (see checkPendingConnectErrors()).
    QTimer m_connectErrorPoll;
    Phrase m_connectError; // ours, or the socket's own words kept as they are
    QAbstractSocket::SocketError m_connectErrorCode = QAbstractSocket::UnknownSocketError;
    Purpose m_purpose = Purpose::Test;
    bool m_loginGated = false;
    bool m_loginRunning = false;
    bool m_quitSent = false;
    QTimer m_overdue;
    Endpoint m_endpoint;
    const QElapsedTimer &m_clock;
    const CertificateTrust *m_trust = nullptr;
    QSslSocket *m_socket = nullptr;
    QTimer m_timer;
    QTimer m_deadline;
    State m_state = State::Idle;
    SmtpReplyReader m_reader;
    Transcript m_transcript;
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
