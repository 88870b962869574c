// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection.h"

namespace od {

Connection::Connection(const QElapsedTimer &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    // Coarse timers may fire 5% early; a timeout is a verdict, so it must be exact.
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] { onTimeout(); });
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, [this] { onDeadline(); });
}

Connection::~Connection()
{
    if (m_transport) {
        m_transport->disconnect(this);
        m_transport->abort();
    }
}

Transport *Connection::createTransport(const TransportOptions &options)
{
    if (m_transport) {
        m_transport->disconnect(this);
        m_transport->abort();
        m_transport->deleteLater();
    }
    m_transport = m_factory ? m_factory(options, this) : new SocketTransport(options, this);
    return m_transport;
}

void Connection::note(const Phrase &text)
{
    emit transcriptLine(m_transcript.addNote(now(), inTls(), text));
}

void Connection::showClient(const QString &shown)
{
    emit transcriptLine(m_transcript.add(now(), TranscriptLine::Direction::Client, inTls(), shown));
}

void Connection::showServer(const QByteArray &raw)
{
    emit transcriptLine(m_transcript.add(now(), TranscriptLine::Direction::Server, inTls(), QString::fromUtf8(raw)));
}

bool Connection::isSafeLine(const QByteArray &line)
{
    return !line.contains('\r') && !line.contains('\n') && !line.contains('\0');
}

bool Connection::writeLine(const QByteArray &line, const QString &shown, int replyTimeoutMs)
{
    if (!isSafeLine(line) || !m_transport)
        return false;
    if (!shown.isNull())
        showClient(shown);
    m_transport->write(line + "\r\n");
    armTimer(replyTimeoutMs);
    return true;
}

void Connection::receive()
{
    if (m_transport)
        m_lines.feed(m_transport->readAll());
}

int Connection::upgradeToTls()
{
    if (!m_transport)
        return 0;
    const int dropped = m_lines.discard() + int(m_transport->readAll().size());
    m_transport->startTls();
    return dropped;
}

void Connection::closeTransport(bool graceful)
{
    if (!m_transport)
        return;
    Transport *t = m_transport;
    t->disconnect(this);
    if (graceful)
        t->closeGracefully(parent());
    else
        t->abort();
}

void Connection::armTimer(int ms)
{
    m_timer.start(std::max(ms, 1));
}

void Connection::stopTimers()
{
    m_timer.stop();
    m_deadline.stop();
}

void Connection::startDeadline(int ms)
{
    m_deadline.start(std::max(ms, 1));
}

} // namespace od
