// SPDX-License-Identifier: GPL-3.0-or-later
#include "linereader.h"

namespace od {

void LineReader::feed(const QByteArray &bytes)
{
    if (m_tooLong)
        return;
    m_buffer.append(bytes);
}

void LineReader::fail(const QByteArray &line)
{
    m_tooLong = true;
    m_offending = line.left(200);
    m_buffer.clear();
    m_buffer.squeeze();
    m_start = 0;
}

bool LineReader::takeLine(QByteArray *line, int *wireBytes)
{
    if (m_tooLong)
        return false;
    const qsizetype nl = m_buffer.indexOf('\n', m_start);
    if (nl < 0) {
        // +1: the CR of a line that is exactly at the limit may arrive before its LF.
        if (m_buffer.size() - m_start > m_max + 1) {
            fail(m_buffer.mid(m_start, 200));
        } else {
            m_buffer.remove(0, m_start);
            m_start = 0;
        }
        return false;
    }
    QByteArray raw = m_buffer.mid(m_start, nl - m_start);
    const int wire = int(nl + 1 - m_start);
    m_start = nl + 1;
    if (raw.endsWith('\r'))
        raw.chop(1);
    if (raw.size() > m_max) {
        fail(raw);
        return false;
    }
    *line = raw;
    if (wireBytes)
        *wireBytes = wire;
    return true;
}

int LineReader::discard()
{
    const int dropped = pendingBytes();
    m_buffer.clear();
    m_start = 0;
    m_tooLong = false;
    m_offending.clear();
    return dropped;
}

} // namespace od
