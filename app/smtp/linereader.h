// SPDX-License-Identifier: GPL-3.0-or-later
// Received bytes split into lines, the one way both protocols read them (SMTP replies, POP3
// answers): a line ends with LF (CRLF's CR is removed), and a line longer than the limit is an
// error that ends the reading, so a hostile server cannot make bytes pile up. Pure.
#pragma once

#include <QByteArray>

namespace od {

class LineReader
{
public:
    explicit LineReader(int maxLineLength = 2048) : m_max(maxLineLength) { }

    void setMaxLineLength(int length) { m_max = length; }
    int maxLineLength() const { return m_max; }

    void feed(const QByteArray &bytes);
    // The next complete line without its line ending, and how many bytes it took on the wire;
    // false when no line is complete, or after a line that is too long.
    bool takeLine(QByteArray *line, int *wireBytes = nullptr);
    // A line was longer than the limit (sticky until discard()).
    bool tooLong() const { return m_tooLong; }
    // Its first 200 bytes.
    QByteArray offendingLine() const { return m_offending; }
    int pendingBytes() const { return int(m_buffer.size() - m_start); }
    // Forgets what was received and not taken, and the error (used when TLS starts: what came
    // before the handshake could have been injected). Returns how many bytes were dropped.
    int discard();

private:
    void fail(const QByteArray &line);

    int m_max;
    QByteArray m_buffer;
    qsizetype m_start = 0;   // bytes before this were taken
    bool m_tooLong = false;
    QByteArray m_offending;
};

} // namespace od
