// SPDX-License-Identifier: GPL-3.0-or-later
// A transport that plays a server from a script, line by line, with no socket: the way KSmtp's
// and KIMAP's FakeServer scenarios drive their jobs ("S: 220 ..." / "C: EHLO ..."). Every
// event reaches the conversation from the event loop, one per read, never inside a write.
//
// Script entries:
//   "S: text"   the server sends text + CRLF; consecutive S: lines go out in one read
//   "S| bytes"  the server sends exactly these bytes as one read (a reply split across reads)
//   "C: text"   the client must send this line next ("C: prefix*" matches a prefix)
//   "TLS"       the client must ask for TLS now; the handshake then succeeds
//   "X"         the server closes the connection
//   "REFUSE"    (first entry) the connection is refused
//   "TLS-FAIL reason"  the client must ask for TLS now (or the implicit TLS handshake runs); the
//               handshake fails as Qt's OpenSSL backend reports it: "Error during SSL handshake:
//               <reason>" worded in the language installed now
//   "TLS-REJECT" the same, but the certificate fails verification (self-signed, and its name
//               does not match): sslErrors(), then the failure worded as Qt words it
// What the client sends beyond the script, or differently, is recorded in mismatches().
#pragma once

#include "core/networkerrors.h"
#include "smtp/transport.h"

#include <QCoreApplication>

#include <QList>
#include <QTimer>

#include <deque>

class ScriptedTransport : public od::Transport
{
    Q_OBJECT
public:
    explicit ScriptedTransport(QList<QByteArray> script, QObject *parent = nullptr)
        : od::Transport(parent), m_script(std::move(script))
    {
        m_tick.setSingleShot(true);
        m_tick.setInterval(0);
        connect(&m_tick, &QTimer::timeout, this, &ScriptedTransport::deliverOne);
    }

    // Everything the client wrote, as written.
    QByteArray written() const { return m_written; }
    QStringList mismatches() const { return m_mismatches; }
    // Script entries not reached (the conversation ended early).
    QList<QByteArray> remaining() const { return m_script.mid(m_cursor); }
    bool opened() const { return m_opened; }
    bool closed() const { return m_closed; }

    void open(const QList<QHostAddress> &addresses, quint16, bool implicitTls) override
    {
        m_opened = true;
        m_peer = addresses.value(0);
        if (m_cursor < m_script.size() && m_script.at(m_cursor) == "REFUSE") {
            ++m_cursor;
            m_error = QAbstractSocket::ConnectionRefusedError;
            m_errorString = QStringLiteral("Connection refused");
            queue(Event::Refused);
            return;
        }
        queue(Event::Connected);
        if (implicitTls && !handshakeFails())
            queue(Event::Encrypted);
        advance();
    }
    void startTls() override
    {
        if (handshakeFails())
            return;
        if (m_cursor < m_script.size() && m_script.at(m_cursor) == "TLS") {
            ++m_cursor;
            queue(Event::Encrypted);
            advance();
        } else {
            m_mismatches << QStringLiteral("unexpected TLS request at entry %1").arg(m_cursor);
        }
    }
    void write(const QByteArray &bytes) override
    {
        if (m_closed)
            return;
        m_written += bytes;
        m_pending += bytes;
        qsizetype nl;
        while ((nl = m_pending.indexOf("\r\n")) >= 0) {
            const QByteArray line = m_pending.left(nl);
            m_pending.remove(0, nl + 2);
            expectLine(line);
        }
        advance();
    }
    void flush() override { }
    QByteArray readAll() override
    {
        const QByteArray out = m_readable;
        m_readable.clear();
        return out;
    }
    void ignoreSslErrors(const QList<QSslError> &) override { }
    void abort() override { closeNow(); }
    void closeGracefully(QObject *) override { closeNow(); }
    bool isConnected() const override { return m_connected && !m_closed; }
    bool isEncrypted() const override { return m_encrypted; }
    QHostAddress peerAddress() const override { return m_peer; }
    QHostAddress localAddress() const override { return QHostAddress(QHostAddress::LocalHost); }
    QString tlsProtocol() const override { return QStringLiteral("TLS 1.3"); }
    QString tlsCipher() const override { return QStringLiteral("TLS_AES_256_GCM_SHA384"); }
    QList<QSslCertificate> peerCertificateChain() const override { return {}; }
    QAbstractSocket::SocketError error() const override { return m_error; }
    QString errorString() const override { return m_errorString; }

private:
    enum class Event { Connected, Refused, Data, Encrypted, Closed, SslErrors, Failed };

    // "TLS-FAIL ..." / "TLS-REJECT" next: the handshake fails (queued), and true.
    bool handshakeFails()
    {
        if (m_cursor >= m_script.size())
            return false;
        const QByteArray entry = m_script.at(m_cursor);
        if (!entry.startsWith("TLS-FAIL ") && entry != "TLS-REJECT")
            return false;
        ++m_cursor;
        m_error = QAbstractSocket::SslHandshakeFailedError;
        if (entry == "TLS-REJECT") {
            m_sslErrors = {QSslError(QSslError::SelfSignedCertificate), QSslError(QSslError::HostNameMismatch)};
            m_errorString = m_sslErrors.constFirst().errorString();
            queue(Event::SslErrors);
        } else {
            m_errorString = QCoreApplication::translate("QSslSocket", "Error during SSL handshake: %1")
                                .arg(QString::fromUtf8(entry.mid(9)));
        }
        queue(Event::Failed);
        return true;
    }

    void queue(Event e, const QByteArray &data = {})
    {
        m_events.push_back({e, data});
        m_tick.start();
    }

    // Plays the server's part up to the next thing the client must do.
    void advance()
    {
        QByteArray chunk;
        while (m_cursor < m_script.size()) {
            const QByteArray &entry = m_script.at(m_cursor);
            if (entry.startsWith("S: ")) {
                chunk += entry.mid(3) + "\r\n";
            } else if (entry.startsWith("S| ")) {
                if (!chunk.isEmpty())
                    queue(Event::Data, std::exchange(chunk, {}));
                queue(Event::Data, entry.mid(3));
            } else if (entry == "X") {
                if (!chunk.isEmpty())
                    queue(Event::Data, std::exchange(chunk, {}));
                queue(Event::Closed);
            } else {
                break; // C: or TLS: the client's turn
            }
            ++m_cursor;
        }
        if (!chunk.isEmpty())
            queue(Event::Data, chunk);
    }

    void expectLine(const QByteArray &line)
    {
        if (m_cursor >= m_script.size() || !m_script.at(m_cursor).startsWith("C: ")) {
            m_mismatches << QStringLiteral("unexpected client line \"%1\" at entry %2")
                                .arg(QString::fromUtf8(line)).arg(m_cursor);
            return;
        }
        const QByteArray want = m_script.at(m_cursor).mid(3);
        const bool ok = want.endsWith('*') ? line.startsWith(want.chopped(1)) : line == want;
        if (!ok)
            m_mismatches << QStringLiteral("expected \"%1\", got \"%2\"").arg(QString::fromUtf8(want), QString::fromUtf8(line));
        ++m_cursor;
    }

    void deliverOne()
    {
        if (m_events.empty() || m_closed)
            return;
        const auto [event, data] = m_events.front();
        m_events.pop_front();
        if (!m_events.empty())
            m_tick.start();
        switch (event) {
        case Event::Connected:
            m_connected = true;
            emit connected();
            break;
        case Event::Refused:
            // As the real transport: the refusal's code, worded when shown.
            emit connectFailed(od::Failure::ConnectRefused, od::socketErrorPhrase(m_error));
            break;
        case Event::SslErrors:
            emit sslErrors(m_sslErrors);
            break;
        case Event::Failed:
            emit errorOccurred();
            break;
        case Event::Data:
            m_readable += data;
            emit readyRead();
            break;
        case Event::Encrypted:
            m_encrypted = true;
            emit encrypted();
            break;
        case Event::Closed:
            m_connected = false;
            m_error = QAbstractSocket::RemoteHostClosedError;
            m_errorString = QStringLiteral("The remote host closed the connection");
            emit disconnected();
            break;
        }
    }

    void closeNow()
    {
        m_closed = true;
        m_connected = false;
        m_events.clear();
        m_tick.stop();
    }

    struct Pending
    {
        Event event;
        QByteArray data;
    };

    QList<QByteArray> m_script;
    qsizetype m_cursor = 0;
    std::deque<Pending> m_events;
    QTimer m_tick;
    QByteArray m_written;
    QByteArray m_pending;
    QByteArray m_readable;
    QStringList m_mismatches;
    QHostAddress m_peer;
    QAbstractSocket::SocketError m_error = QAbstractSocket::UnknownSocketError;
    QString m_errorString;
    QList<QSslError> m_sslErrors;
    bool m_opened = false;
    bool m_connected = false;
    bool m_encrypted = false;
    bool m_closed = false;
};
