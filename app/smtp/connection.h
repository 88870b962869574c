// SPDX-License-Identifier: GPL-3.0-or-later
// What an SMTP session and a POP3 login share: a transport (real sockets, or a scripted one in
// tests), the received bytes split into bounded lines (LineReader), the transcript with its
// redactor, the reply timer and the whole-conversation deadline, command lines written with a
// check against line breaks, and the TLS upgrade.
#pragma once

#include "smtp/linereader.h"
#include "smtp/transcript.h"
#include "smtp/transport.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace od {

class Connection : public QObject
{
    Q_OBJECT
public:
    // clock: shared by the probe's conversations so transcript times line up.
    explicit Connection(const QElapsedTimer &clock, QObject *parent = nullptr);
    ~Connection() override;

    // The transport to use instead of sockets (set before start()); tests script one.
    void setTransportFactory(TransportFactory factory) { m_factory = std::move(factory); }

signals:
    void transcriptLine(const od::TranscriptLine &line);

protected:
    // Creates the transport; its signals are the subclass's to connect.
    Transport *createTransport(const TransportOptions &options);
    Transport *transport() const { return m_transport; }
    bool inTls() const { return m_transport && m_transport->isEncrypted(); }
    qint64 now() const { return m_clock.elapsed(); }
    Transcript &transcript() { return m_transcript; }
    const Transcript &transcript() const { return m_transcript; }

    void note(const Phrase &text);
    // A line as the transcript shows it (the client's, or the server's).
    void showClient(const QString &shown);
    void showServer(const QByteArray &raw);
    // Sends one command line (CRLF added) and restarts the reply timer with `replyTimeoutMs`.
    // false, and nothing sent, when the line holds a line break or a NUL: a field would
    // otherwise inject commands of its own. shown: the transcript's (redacted) form; null: not shown.
    bool writeLine(const QByteArray &line, const QString &shown, int replyTimeoutMs);
    static bool isSafeLine(const QByteArray &line);
    // Reading: receive() moves what the transport has into the line reader; nextLine() hands out
    // the complete lines one by one (without line endings). A line longer than the limit ends the
    // reading: lineTooLong() then says so, and overlongLine() is its start.
    void setMaxLineLength(int length) { m_lines.setMaxLineLength(length); }
    void receive();
    bool nextLine(QByteArray *line, int *wireBytes = nullptr) { return m_lines.takeLine(line, wireBytes); }
    bool lineTooLong() const { return m_lines.tooLong(); }
    QByteArray overlongLine() const { return m_lines.offendingLine(); }
    // STARTTLS/STLS accepted: anything the server sent after its go-ahead (lines not taken yet
    // included) arrived unprotected and could have been injected; it is dropped (the count is
    // returned) and the handshake starts.
    int upgradeToTls();
    // Closes the transport: gracefully (what was written still goes out) or at once.
    void closeTransport(bool graceful);

    // The reply timer (exact: a timeout is a verdict) and the deadline of the whole conversation.
    void armTimer(int ms);
    void stopTimers();
    void startDeadline(int ms);
    QTimer &replyTimer() { return m_timer; }
    virtual void onTimeout() = 0;
    virtual void onDeadline() { }

private:
    const QElapsedTimer &m_clock;
    TransportFactory m_factory;
    QPointer<Transport> m_transport;
    Transcript m_transcript;
    LineReader m_lines;
    QTimer m_timer;
    QTimer m_deadline;
};

} // namespace od
