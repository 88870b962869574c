// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtpreply.h"

#include <QCoreApplication>
#include <QDebugStateSaver>

#include <algorithm>
#include <limits>

namespace od {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// Reads 1-3 digits at pos; returns -1 when there are none or more than three.
int readNumber(QStringView text, qsizetype &pos)
{
    int value = 0;
    int digits = 0;
    while (pos < text.size() && text.at(pos).isDigit() && text.at(pos).unicode() < 128) {
        value = value * 10 + (text.at(pos).unicode() - '0');
        ++pos;
        if (++digits > 3)
            return -1;
    }
    return digits == 0 ? -1 : value;
}

// Tries to read "c.s.d" starting exactly at pos; on success pos is moved past it.
EnhancedStatus readEnhancedAt(QStringView text, qsizetype &pos)
{
    qsizetype p = pos;
    if (p >= text.size())
        return {};
    const QChar first = text.at(p);
    if (first != QLatin1Char('2') && first != QLatin1Char('4') && first != QLatin1Char('5'))
        return {};
    const int klass = first.unicode() - '0';
    ++p;
    if (p >= text.size() || text.at(p) != QLatin1Char('.'))
        return {};
    ++p;
    const int subject = readNumber(text, p);
    if (subject < 0 || p >= text.size() || text.at(p) != QLatin1Char('.'))
        return {};
    ++p;
    const int detail = readNumber(text, p);
    if (detail < 0)
        return {};
    // "5.7.1.2" or "5.7.1x" is something else (a version, an address).
    if (p < text.size()) {
        const QChar next = text.at(p);
        if (next.isLetterOrNumber() || (next == QLatin1Char('.') && p + 1 < text.size()
                                        && text.at(p + 1).isDigit()))
            return {};
    }
    pos = p;
    return {klass, subject, detail};
}

} // namespace

QString EnhancedStatus::toString() const
{
    if (!isValid())
        return {};
    return QStringLiteral("%1.%2.%3").arg(klass).arg(subject).arg(detail);
}

EnhancedStatus EnhancedStatus::fromString(QStringView text)
{
    const QStringView t = text.trimmed();
    qsizetype pos = 0;
    const EnhancedStatus status = readEnhancedAt(t, pos);
    return pos == t.size() ? status : EnhancedStatus{};
}

EnhancedStatus EnhancedStatus::findIn(QStringView text, int preferredClass)
{
    EnhancedStatus firstFound;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (i > 0) {
            const QChar before = text.at(i - 1);
            if (before.isLetterOrNumber() || before == QLatin1Char('.') || before == QLatin1Char('-'))
                continue;
        }
        qsizetype pos = i;
        const EnhancedStatus status = readEnhancedAt(text, pos);
        if (!status.isValid())
            continue;
        if (preferredClass == 0 || status.klass == preferredClass)
            return status;
        if (!firstFound.isValid())
            firstFound = status;
        i = pos;
    }
    return firstFound;
}

QString SmtpReply::text() const
{
    return lines.join(QLatin1Char(' '));
}

SmtpReplyLine parseReplyLine(const QByteArray &raw)
{
    SmtpReplyLine line;
    QByteArray bytes = raw;
    while (bytes.endsWith('\r') || bytes.endsWith('\n'))
        bytes.chop(1);
    if (bytes.size() < 3 || !isDigit(bytes[0]) || !isDigit(bytes[1]) || !isDigit(bytes[2]))
        return line;
    const int code = (bytes[0] - '0') * 100 + (bytes[1] - '0') * 10 + (bytes[2] - '0');
    if (code < 200 || code > 599 || bytes[1] > '5')
        return line;
    if (bytes.size() == 3) {
        line.last = true;
    } else if (bytes[3] == ' ') {
        line.last = true;
    } else if (bytes[3] == '-') {
        line.last = false;
    } else {
        return line;
    }
    line.code = code;
    line.text = QString::fromUtf8(bytes.mid(4));
    line.valid = true;
    return line;
}

SmtpCapabilities parseCapabilities(const SmtpReply &reply)
{
    SmtpCapabilities caps;
    if (!reply.isPositive() || reply.lines.isEmpty())
        return caps;
    caps.ehlo = true;
    caps.domain = reply.lines.first().section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
    for (qsizetype i = 1; i < reply.lines.size(); ++i) {
        const QString line = reply.lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        caps.keywords.append(line);
        // "AUTH=LOGIN PLAIN" is the pre-standard form some servers still send.
        QString keyword = line.section(QLatin1Char(' '), 0, 0).toUpper();
        QStringList params = line.section(QLatin1Char(' '), 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (keyword.startsWith(QLatin1String("AUTH="))) {
            params.prepend(keyword.mid(5));
            keyword = QStringLiteral("AUTH");
        }
        if (keyword == QLatin1String("STARTTLS")) {
            caps.startTls = true;
        } else if (keyword == QLatin1String("PIPELINING")) {
            caps.pipelining = true;
        } else if (keyword == QLatin1String("8BITMIME")) {
            caps.eightBitMime = true;
        } else if (keyword == QLatin1String("SMTPUTF8")) {
            caps.smtpUtf8 = true;
        } else if (keyword == QLatin1String("ENHANCEDSTATUSCODES")) {
            caps.enhancedStatusCodes = true;
        } else if (keyword == QLatin1String("CHUNKING")) {
            caps.chunking = true;
        } else if (keyword == QLatin1String("DSN")) {
            caps.dsn = true;
        } else if (keyword == QLatin1String("SIZE")) {
            bool ok = false;
            const qint64 limit = params.value(0).toLongLong(&ok);
            caps.size = (ok && limit >= 0) ? limit : 0;
        } else if (keyword == QLatin1String("AUTH")) {
            for (const QString &mech : std::as_const(params)) {
                const QString m = mech.toUpper();
                if (!m.isEmpty() && !caps.authMechanisms.contains(m))
                    caps.authMechanisms.append(m);
            }
        }
    }
    return caps;
}

void SmtpReplyReader::feed(const QByteArray &bytes)
{
    m_unread += bytes.size();
    if (m_error != Error::None)
        return;
    m_splitter.feed(bytes);
    QByteArray raw;
    int wireBytes = 0;
    while (m_splitter.takeLine(&raw, &wireBytes)) {
        m_lines.append(raw);
        m_unread -= wireBytes; // counted again by addLine
        if (!addLine(raw, wireBytes))
            return;
    }
    if (m_splitter.tooLong())
        fail(Error::LineTooLong, m_splitter.offendingLine());
}

void SmtpReplyReader::fail(Error error, const QByteArray &line)
{
    m_error = error;
    m_offending = line.left(200);
    m_splitter.discard();
    m_partial = SmtpReply{};
}

bool SmtpReplyReader::addLine(const QByteArray &raw, int wireBytes)
{
    if (m_error != Error::None)
        return false;
    m_unread += wireBytes;
    if (raw.size() > m_limits.maxLineLength) {
        fail(Error::LineTooLong, raw);
        return false;
    }
    const SmtpReplyLine line = parseReplyLine(raw);
    if (!line.valid) {
        fail(Error::MalformedLine, raw);
        return false;
    }
    if (!m_partial.lines.isEmpty() && line.code != m_partial.code) {
        fail(Error::CodeMismatch, raw);
        return false;
    }
    m_partial.code = line.code;
    m_partial.lines.append(line.text);
    m_partialBytes += wireBytes;
    if (m_partial.lines.size() > m_limits.maxLinesPerReply) {
        fail(Error::TooManyLines, raw);
        return false;
    }
    if (m_partialBytes > m_limits.maxBytesPerReply) {
        fail(Error::ReplyTooLarge, raw);
        return false;
    }
    if (line.last) {
        const int klass = m_partial.code / 100;
        // With ENHANCEDSTATUSCODES every line starts with the code; otherwise look inside.
        m_partial.enhanced = EnhancedStatus::fromString(m_partial.lines.first().section(QLatin1Char(' '), 0, 0));
        if (!m_partial.enhanced.isValid()) {
            // Inside free text only a code of the reply's own class counts (RFC 3463 2):
            // "220 ... Exim 4.96.1" is a version number, not a 4.x.x status.
            const EnhancedStatus found = EnhancedStatus::findIn(m_partial.text(), klass);
            if (found.klass == klass)
                m_partial.enhanced = found;
        }
        m_ready.append(m_partial);
        m_readyBytes.append(m_partialBytes);
        m_partial = SmtpReply{};
        m_partialBytes = 0;
    }
    return true;
}

SmtpReply SmtpReplyReader::takeReply()
{
    if (m_ready.isEmpty())
        return {};
    m_unread -= m_readyBytes.takeFirst();
    return m_ready.takeFirst();
}

QList<QByteArray> SmtpReplyReader::takeLines()
{
    QList<QByteArray> out;
    out.swap(m_lines);
    return out;
}

int SmtpReplyReader::discard()
{
    const qint64 dropped = m_unread;
    m_splitter.discard();
    m_partial = SmtpReply{};
    m_partialBytes = 0;
    m_ready.clear();
    m_readyBytes.clear();
    m_unread = 0;
    m_error = Error::None;
    m_offending.clear();
    return int(std::min<qint64>(dropped, std::numeric_limits<int>::max()));
}

QString replyReaderErrorText(SmtpReplyReader::Error error)
{
    return replyReaderErrorPhrase(error).text();
}

Phrase replyReaderErrorPhrase(SmtpReplyReader::Error error)
{
    const char *text = nullptr;
    switch (error) {
    case SmtpReplyReader::Error::None:
        return {};
    case SmtpReplyReader::Error::LineTooLong:
        text = QT_TRANSLATE_NOOP("od::SmtpReplyReader", "The server sent a line that is far too long.");
        break;
    case SmtpReplyReader::Error::TooManyLines:
        text = QT_TRANSLATE_NOOP("od::SmtpReplyReader", "The server sent a reply with far too many lines.");
        break;
    case SmtpReplyReader::Error::ReplyTooLarge:
        text = QT_TRANSLATE_NOOP("od::SmtpReplyReader", "The server sent a reply that is far too large.");
        break;
    case SmtpReplyReader::Error::MalformedLine:
        text = QT_TRANSLATE_NOOP("od::SmtpReplyReader", "The server sent something that is not an SMTP reply.");
        break;
    case SmtpReplyReader::Error::CodeMismatch:
        text = QT_TRANSLATE_NOOP("od::SmtpReplyReader", "The server changed its reply code in the middle of a reply.");
        break;
    }
    return Phrase("od::SmtpReplyReader", text);
}

QDebug operator<<(QDebug debug, const EnhancedStatus &status)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "EnhancedStatus(" << (status.isValid() ? status.toString() : QStringLiteral("-")) << ')';
    return debug;
}

QDebug operator<<(QDebug debug, const SmtpReply &reply)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "SmtpReply(" << reply.code << ", " << reply.enhanced << ", " << reply.lines << ')';
    return debug;
}

QDebug operator<<(QDebug debug, const SmtpReplyLine &line)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "SmtpReplyLine(" << line.code << (line.last ? " last " : " more ") << line.text
                    << (line.valid ? "" : " invalid") << ')';
    return debug;
}

QDebug operator<<(QDebug debug, const SmtpCapabilities &caps)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "SmtpCapabilities(" << caps.domain << (caps.ehlo ? " ehlo" : " helo")
                    << (caps.startTls ? " starttls" : "") << (caps.pipelining ? " pipelining" : "")
                    << " auth=" << caps.authMechanisms << ')';
    return debug;
}

} // namespace od
