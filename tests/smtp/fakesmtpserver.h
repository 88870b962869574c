// SPDX-License-Identifier: GPL-3.0-or-later
// Scripted SMTP (and a little POP3) servers for the adversarial tests: a QTcpServer on
// 127.0.0.1, port 0, that speaks plain, implicit TLS or STARTTLS with the fixtures in certs/,
// behaves well by default and misbehaves on request. It records everything it receives.
#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QMessageAuthenticationCode>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QStringList>
#include <QTcpServer>
#include <QTimer>

#include <functional>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

class FakePeer;

struct FakeBehaviour
{
    // Sent on connect (after the handshake with implicit TLS); empty: stay silent.
    QByteArray greeting = "220 fake.test ESMTP ready\r\n";
    int dripMs = 0;                    // > 0: the greeting goes out one byte per dripMs
    bool closeAfterGreeting = false;
    // Capabilities after the first EHLO line, before and after TLS.
    QList<QByteArray> capabilities = {"PIPELINING", "8BITMIME"};
    QList<QByteArray> capabilitiesTls = {"PIPELINING", "8BITMIME", "AUTH PLAIN LOGIN CRAM-MD5 XOAUTH2"};
    QByteArray ehloOverride;           // the whole EHLO reply, instead of the capabilities
    QByteArray helo = "250 fake.test\r\n";
    QByteArray startTlsReply = "220 2.0.0 Ready to start TLS\r\n";
    QByteArray afterStartTlsReply;     // plaintext injected in the same write as the go-ahead
    QByteArray mail = "250 2.1.0 Ok\r\n";
    std::function<QByteArray(const QByteArray &address)> rcpt; // default: accept
    // Authentication: the credentials the server accepts.
    QByteArray user = "tim";
    QByteArray password = "tanstaaftanstaaf";
    QByteArray token;
    QByteArray cramChallenge = "<1896.697170952@postoffice.reston.mci.net>";
    QByteArray authFailure = "535 5.7.8 Error: authentication failed\r\n";
    bool authAlwaysFails = false;
    bool echoSecrets = false;          // refusals quote what the client sent, decoded too
    int junk334 = 0;                   // answer this many AUTH lines with "334 junk" (-1: forever)
    // Pipelining check: hold the replies to the envelope until RSET arrives (or 300 ms).
    bool holdEnvelope = false;
    // Runs first for every line; return true when the line was handled.
    std::function<bool(FakePeer *peer, const QByteArray &line)> hook;
};

struct ReceivedCommand
{
    QByteArray line;
    int repliesBefore = 0;  // replies the server had written when the line arrived
    bool tls = false;
};

class FakePeer : public QObject
{
    Q_OBJECT
public:
    FakePeer(QSslSocket *socket, const FakeBehaviour &behaviour, QObject *parent)
        : QObject(parent), m_socket(socket), m_b(behaviour)
    {
        m_socket->setParent(this);
        connect(m_socket, &QSslSocket::readyRead, this, &FakePeer::onReadyRead);
        connect(m_socket, &QSslSocket::encrypted, this, [this] {
            if (m_greetOnEncrypted)
                greet();
        });
        m_holdTimer.setSingleShot(true);
        connect(&m_holdTimer, &QTimer::timeout, this, &FakePeer::flushHeld);
    }

    QSslSocket *socket() const { return m_socket; }
    const QByteArray &received() const { return m_received; }
    const QList<ReceivedCommand> &commands() const { return m_commands; }
    const QList<QByteArray> &heldGroup() const { return m_heldGroup; }
    QByteArray cramResponse() const { return m_cramResponse; }
    int repliesWritten() const { return m_replies; }

    void greetAfterHandshake() { m_greetOnEncrypted = true; }

    void greet()
    {
        if (m_b.greeting.isEmpty())
            return;
        if (m_b.dripMs > 0) {
            auto *drip = new QTimer(this);
            connect(drip, &QTimer::timeout, this, [this, drip] {
                if (m_dripPos >= m_b.greeting.size() || m_socket->state() != QAbstractSocket::ConnectedState) {
                    drip->stop();
                    return;
                }
                m_socket->write(m_b.greeting.mid(m_dripPos++, 1));
            });
            drip->start(m_b.dripMs);
            return;
        }
        reply(m_b.greeting);
        if (m_b.closeAfterGreeting)
            m_socket->disconnectFromHost();
    }

    void reply(const QByteArray &bytes)
    {
        if (m_holding) {
            m_held += bytes;
            return;
        }
        ++m_replies;
        m_socket->write(bytes);
    }

    // An abortive close: RST instead of FIN.
    void reset()
    {
        const linger hard{1, 0};
#ifdef Q_OS_WIN
        ::setsockopt(SOCKET(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER,
                     reinterpret_cast<const char *>(&hard), int(sizeof hard));
#else
        ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
#endif
        m_socket->abort();
    }

private:
    void onReadyRead()
    {
        const QByteArray bytes = m_socket->readAll();
        m_received += bytes;
        m_buffer += bytes;
        const int snapshot = m_replies;
        qsizetype nl;
        while ((nl = m_buffer.indexOf('\n')) >= 0) {
            QByteArray line = m_buffer.left(nl);
            m_buffer.remove(0, nl + 1);
            if (line.endsWith('\r'))
                line.chop(1);
            m_commands.append({line, snapshot, m_socket->isEncrypted()});
            handle(line);
            if (m_socket->mode() == QSslSocket::SslServerMode && !m_socket->isEncrypted()) {
                m_buffer.clear(); // STARTTLS began: nothing plaintext after it counts
                break;
            }
            if (m_socket->state() != QAbstractSocket::ConnectedState)
                break;
        }
    }

    void flushHeld()
    {
        if (!m_holding)
            return;
        m_holding = false;
        m_holdTimer.stop();
        ++m_replies;
        m_socket->write(m_held);
        m_held.clear();
    }

    void handle(const QByteArray &line)
    {
        if (m_b.hook && m_b.hook(this, line))
            return;
        if (m_inData) {
            if (line == ".") {
                m_inData = false;
                reply("250 2.0.0 Ok: queued as FAKE\r\n");
            }
            return;
        }
        if (m_authStep != Auth::None) {
            handleAuthLine(line);
            return;
        }
        const QByteArray upper = line.toUpper();
        if (upper.startsWith("EHLO ")) {
            if (!m_b.ehloOverride.isEmpty()) {
                reply(m_b.ehloOverride);
                return;
            }
            const QList<QByteArray> caps = m_socket->isEncrypted() ? m_b.capabilitiesTls : m_b.capabilities;
            QByteArray out = "250" + QByteArray(caps.isEmpty() ? " " : "-") + "fake.test greets " + line.mid(5) + "\r\n";
            for (qsizetype i = 0; i < caps.size(); ++i)
                out += "250" + QByteArray(i + 1 < caps.size() ? "-" : " ") + caps.at(i) + "\r\n";
            reply(out);
        } else if (upper.startsWith("HELO ")) {
            reply(m_b.helo);
        } else if (upper == "STARTTLS") {
            ++m_replies;
            m_socket->write(m_b.startTlsReply + m_b.afterStartTlsReply);
            m_socket->flush();
            m_socket->startServerEncryption();
        } else if (upper.startsWith("AUTH ")) {
            startAuth(line.mid(5));
        } else if (upper.startsWith("MAIL FROM:")) {
            if (m_b.holdEnvelope && !m_heldOnce) {
                m_heldOnce = true;
                m_holding = true;
                m_holdTimer.start(300);
            }
            if (m_holding)
                m_heldGroup.append(line);
            reply(m_b.mail);
        } else if (upper.startsWith("RCPT TO:")) {
            if (m_holding)
                m_heldGroup.append(line);
            const qsizetype lt = line.indexOf('<');
            const qsizetype gt = line.indexOf('>');
            const QByteArray address = lt >= 0 && gt > lt ? line.mid(lt + 1, gt - lt - 1) : QByteArray();
            reply(m_b.rcpt ? m_b.rcpt(address) : QByteArray("250 2.1.5 Ok\r\n"));
        } else if (upper == "RSET") {
            if (m_holding)
                m_heldGroup.append(line);
            reply("250 2.0.0 Ok\r\n");
            flushHeld();
        } else if (upper == "DATA") {
            m_inData = true;
            reply("354 End data with <CR><LF>.<CR><LF>\r\n");
        } else if (upper == "QUIT") {
            flushHeld();
            reply("221 2.0.0 Bye\r\n");
            m_socket->disconnectFromHost();
        } else if (upper == "NOOP") {
            reply("250 2.0.0 Ok\r\n");
        } else {
            reply("502 5.5.2 Error: command not recognized\r\n");
        }
    }

    enum class Auth { None, PlainBlob, LoginUser, LoginPassword, Cram, XoauthError, Junk };

    bool junk()
    {
        if (m_b.junk334 == 0)
            return false;
        if (m_b.junk334 > 0)
            --m_b.junk334;
        m_authStep = Auth::Junk;
        reply("334 junk\r\n");
        return true;
    }

    void startAuth(const QByteArray &args)
    {
        const QList<QByteArray> parts = args.split(' ');
        m_mechanism = parts.value(0).toUpper();
        const QByteArray initial = parts.value(1);
        if (junk())
            return;
        if (m_mechanism == "PLAIN") {
            if (initial.isEmpty()) {
                m_authStep = Auth::PlainBlob;
                reply("334 \r\n");
                return;
            }
            checkPlain(initial);
        } else if (m_mechanism == "LOGIN") {
            m_authStep = Auth::LoginUser;
            reply("334 VXNlcm5hbWU6\r\n");
        } else if (m_mechanism == "CRAM-MD5") {
            m_authStep = Auth::Cram;
            reply("334 " + m_b.cramChallenge.toBase64() + "\r\n");
        } else if (m_mechanism == "XOAUTH2") {
            const QByteArray expected = "user=" + m_b.user + "\x01" "auth=Bearer " + m_b.token + "\x01\x01";
            if (!m_b.authAlwaysFails && !m_b.token.isEmpty() && QByteArray::fromBase64(initial) == expected) {
                reply("235 2.7.0 Accepted\r\n");
            } else {
                m_authStep = Auth::XoauthError;
                QByteArray json = R"({"status":"401","schemes":"bearer","scope":"https://mail.example/"})";
                if (m_b.echoSecrets)
                    json += QByteArray::fromBase64(initial);
                reply("334 " + json.toBase64() + "\r\n");
            }
        } else {
            reply("504 5.5.4 Unrecognized authentication type\r\n");
        }
    }

    void refuse(const QByteArray &sent)
    {
        m_authStep = Auth::None;
        if (m_b.echoSecrets) {
            QByteArray decoded = QByteArray::fromBase64(sent);
            decoded.replace('\0', ' ').replace('\x01', ' ').replace('\r', ' ').replace('\n', ' ');
            reply("535 5.7.8 Authentication failed for " + sent + " (" + decoded + ")\r\n");
            return;
        }
        reply(m_b.authFailure);
    }

    void accept()
    {
        m_authStep = Auth::None;
        reply("235 2.7.0 Authentication successful\r\n");
    }

    void checkPlain(const QByteArray &b64)
    {
        const QByteArray blob = QByteArray::fromBase64(b64);
        const bool ok = blob == '\0' + m_b.user + '\0' + m_b.password
            || blob == m_b.user + '\0' + m_b.user + '\0' + m_b.password;
        if (ok && !m_b.authAlwaysFails)
            accept();
        else
            refuse(b64);
    }

    void handleAuthLine(const QByteArray &line)
    {
        if (m_authStep == Auth::Junk && m_b.junk334 < 0) {
            reply("334 junk\r\n"); // a server that never lets go
            return;
        }
        if (line == "*") {
            m_authStep = Auth::None;
            reply("501 5.7.0 Authentication aborted\r\n");
            return;
        }
        switch (m_authStep) {
        case Auth::Junk:
            if (!junk()) {
                m_authStep = Auth::None;
                reply("535 5.7.8 Error: authentication failed\r\n");
            }
            break;
        case Auth::PlainBlob:
            checkPlain(line);
            break;
        case Auth::LoginUser:
            m_loginUser = QByteArray::fromBase64(line);
            m_authStep = Auth::LoginPassword;
            reply("334 UGFzc3dvcmQ6\r\n");
            break;
        case Auth::LoginPassword:
            if (m_loginUser == m_b.user && QByteArray::fromBase64(line) == m_b.password && !m_b.authAlwaysFails)
                accept();
            else
                refuse(line);
            break;
        case Auth::Cram: {
            m_cramResponse = line;
            const QByteArray digest = QMessageAuthenticationCode::hash(m_b.cramChallenge, m_b.password,
                                                                       QCryptographicHash::Md5).toHex();
            if (QByteArray::fromBase64(line) == m_b.user + ' ' + digest && !m_b.authAlwaysFails)
                accept();
            else
                refuse(line);
            break;
        }
        case Auth::XoauthError:
            m_authStep = Auth::None;
            reply(line.isEmpty() ? m_b.authFailure : QByteArray("501 5.5.2 Expected an empty line\r\n"));
            break;
        case Auth::None:
            break;
        }
    }

    QSslSocket *m_socket;
    FakeBehaviour m_b;
    QByteArray m_received;
    QByteArray m_buffer;
    QList<ReceivedCommand> m_commands;
    int m_replies = 0;
    bool m_greetOnEncrypted = false;
    int m_dripPos = 0;
    bool m_inData = false;
    Auth m_authStep = Auth::None;
    QByteArray m_mechanism;
    QByteArray m_loginUser;
    QByteArray m_cramResponse;
    bool m_holding = false;
    bool m_heldOnce = false;
    QByteArray m_held;
    QList<QByteArray> m_heldGroup;
    QTimer m_holdTimer;
};

class FakeSmtpServer : public QTcpServer
{
    Q_OBJECT
public:
    enum class Mode { Plain, ImplicitTls };

    FakeSmtpServer(const FakeBehaviour &behaviour, const QSslCertificate &certificate, const QSslKey &key,
                   Mode mode = Mode::Plain)
        : m_behaviour(behaviour), m_certificate(certificate), m_key(key), m_mode(mode)
    {
        listen(QHostAddress::LocalHost, 0);
    }

    quint16 port() const { return serverPort(); }
    QList<FakePeer *> peers() const
    {
        QList<FakePeer *> out;
        for (const QPointer<FakePeer> &p : m_peers) {
            if (p)
                out.append(p);
        }
        return out;
    }
    FakePeer *lastPeer() const { return m_peers.isEmpty() ? nullptr : m_peers.last().data(); }
    int connections() const { return int(m_peers.size()); }
    // Everything every client sent, decrypted.
    QByteArray allReceived() const
    {
        QByteArray out;
        for (FakePeer *p : peers())
            out += p->received();
        return out;
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket;
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setLocalCertificate(m_certificate);
        socket->setPrivateKey(m_key);
        socket->setPeerVerifyMode(QSslSocket::VerifyNone);
        auto *peer = new FakePeer(socket, m_behaviour, this);
        m_peers.append(peer);
        if (m_mode == Mode::ImplicitTls) {
            peer->greetAfterHandshake();
            socket->startServerEncryption();
        } else {
            peer->greet();
        }
    }

private:
    FakeBehaviour m_behaviour;
    QSslCertificate m_certificate;
    QSslKey m_key;
    Mode m_mode;
    QList<QPointer<FakePeer>> m_peers;
};

// A POP3 server that refuses every password, quoting it back; with an APOP timestamp in its
// greeting it accepts APOP for `apopUser` with `apopSecret` (RFC 1939's example by default).
class FakePop3Server : public QTcpServer
{
    Q_OBJECT
public:
    FakePop3Server() { listen(QHostAddress::LocalHost, 0); }
    QByteArray received;
    QByteArray greeting = "+OK POP3 ready\r\n";
    QByteArray apopTimestamp;   // e.g. "<1896.697170952@dbc.mtview.ca.us>"
    QByteArray apopUser = "mrose";
    QByteArray apopSecret = "tanstaaf";

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        socket->write(apopTimestamp.isEmpty() ? greeting : "+OK POP3 server ready " + apopTimestamp + "\r\n");
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            const QByteArray bytes = socket->readAll();
            received += bytes;
            for (QByteArray line : bytes.split('\n')) {
                line = line.trimmed();
                if (line.isEmpty())
                    continue;
                if (line.startsWith("CAPA"))
                    socket->write("-ERR no CAPA here\r\n");
                else if (line.startsWith("USER "))
                    socket->write("+OK send PASS\r\n");
                else if (line.startsWith("APOP ")) {
                    const QByteArray expected = "APOP " + apopUser + ' '
                        + QCryptographicHash::hash(apopTimestamp + apopSecret, QCryptographicHash::Md5).toHex();
                    socket->write(!apopTimestamp.isEmpty() && line == expected ? "+OK maildrop locked and ready\r\n"
                                                                              : "-ERR permission denied\r\n");
                } else if (line.startsWith("PASS "))
                    socket->write("-ERR [AUTH] invalid password " + line.mid(5) + "\r\n");
                else if (line.startsWith("QUIT")) {
                    socket->write("+OK bye\r\n");
                    socket->disconnectFromHost();
                } else
                    socket->write("-ERR unknown command\r\n");
            }
        });
    }
};
