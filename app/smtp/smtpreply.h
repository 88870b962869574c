// SPDX-License-Identifier: GPL-3.0-or-later
// SMTP replies as values, and the pure functions that read them from bytes.
#pragma once

#include "core/phrase.h"
#include "smtp/linereader.h"

#include <QByteArray>
#include <QDebug>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace od {

// RFC 3463 enhanced status code, e.g. 5.7.1.
struct EnhancedStatus
{
    int klass = 0;
    int subject = 0;
    int detail = 0;

    bool isValid() const { return klass != 0; }
    QString toString() const;
    // Parses "5.7.1" exactly (surrounding spaces allowed); invalid on anything else.
    static EnhancedStatus fromString(QStringView text);
    // Finds the first enhanced code anywhere in free text ("(#5.7.1)", "said: 550 5.1.1 ...").
    // A code whose class matches preferredClass (2, 4 or 5) wins over an earlier one that doesn't.
    static EnhancedStatus findIn(QStringView text, int preferredClass = 0);

    friend bool operator==(const EnhancedStatus &a, const EnhancedStatus &b)
    { return a.klass == b.klass && a.subject == b.subject && a.detail == b.detail; }
    friend bool operator!=(const EnhancedStatus &a, const EnhancedStatus &b) { return !(a == b); }
};

struct SmtpReply
{
    int code = 0;             // 0: no reply (nothing or something unreadable arrived)
    EnhancedStatus enhanced;  // from the line starts, or found inside the text
    QStringList lines;        // each line's text after "NNN " / "NNN-", enhanced code kept

    bool isValid() const { return code >= 200 && code <= 599; }
    bool isPositive() const { return code >= 200 && code < 300; }
    bool isIntermediate() const { return code >= 300 && code < 400; }
    bool isTransientFailure() const { return code >= 400 && code < 500; }
    bool isPermanentFailure() const { return code >= 500 && code < 600; }
    bool isCode(int c) const { return code == c; }
    // Lines joined with a space: the server's own words for messages.
    QString text() const;

    friend bool operator==(const SmtpReply &a, const SmtpReply &b)
    { return a.code == b.code && a.enhanced == b.enhanced && a.lines == b.lines; }
    friend bool operator!=(const SmtpReply &a, const SmtpReply &b) { return !(a == b); }
};

// One line of a reply, as read off the wire.
struct SmtpReplyLine
{
    int code = 0;
    bool last = false;  // "NNN " or "NNN" (end) rather than "NNN-"
    QString text;
    bool valid = false;

    friend bool operator==(const SmtpReplyLine &a, const SmtpReplyLine &b)
    { return a.code == b.code && a.last == b.last && a.text == b.text && a.valid == b.valid; }
};

// Parses one line without its line ending. Pure.
SmtpReplyLine parseReplyLine(const QByteArray &line);

// What the server can do, from its EHLO reply.
struct SmtpCapabilities
{
    QString domain;             // the name the server gave in the first line
    bool ehlo = false;          // false: the server only spoke HELO
    bool startTls = false;
    bool pipelining = false;
    bool eightBitMime = false;
    bool smtpUtf8 = false;
    bool enhancedStatusCodes = false;
    bool chunking = false;
    bool dsn = false;
    std::optional<qint64> size;  // SIZE limit; 0 means "no fixed limit"
    QStringList authMechanisms;  // upper case, in the server's order, no duplicates
    QStringList keywords;        // every capability line as given (after the first line)

    bool offersAuth(const QString &mechanism) const
    { return authMechanisms.contains(mechanism.toUpper()); }

    friend bool operator==(const SmtpCapabilities &a, const SmtpCapabilities &b)
    {
        return a.domain == b.domain && a.ehlo == b.ehlo && a.startTls == b.startTls
            && a.pipelining == b.pipelining && a.eightBitMime == b.eightBitMime
            && a.smtpUtf8 == b.smtpUtf8 && a.enhancedStatusCodes == b.enhancedStatusCodes
            && a.chunking == b.chunking && a.dsn == b.dsn && a.size == b.size
            && a.authMechanisms == b.authMechanisms && a.keywords == b.keywords;
    }
};

// Reads capabilities from a positive EHLO reply. Pure; ignores junk lines.
SmtpCapabilities parseCapabilities(const SmtpReply &ehloReply);

// Incremental, bounded reader: bytes in, complete replies out.
// A violation of a bound or of the reply syntax is sticky: the connection cannot be trusted
// to stay in step any more, so the caller ends the session with a protocol error.
class SmtpReplyReader
{
public:
    struct Limits
    {
        int maxLineLength = 2048;     // RFC 5321 allows 512; be lenient, not unbounded
        int maxLinesPerReply = 200;
        int maxBytesPerReply = 64 * 1024;
    };
    enum class Error { None, LineTooLong, TooManyLines, ReplyTooLarge, MalformedLine, CodeMismatch };

    SmtpReplyReader() = default;
    explicit SmtpReplyReader(Limits limits) : m_limits(limits) { }

    // Appends received bytes; parses as far as possible.
    void feed(const QByteArray &bytes);
    // One line already split off the stream (LineReader), without its line ending; wireBytes:
    // its size on the wire. False once the reader is in error.
    bool addLine(const QByteArray &line, int wireBytes);
    bool hasReply() const { return !m_ready.isEmpty(); }
    SmtpReply takeReply();
    // Lines completed since the last call (for the transcript), raw text without CRLF.
    QList<QByteArray> takeLines();
    Error error() const { return m_error; }
    QByteArray offendingLine() const { return m_offending; }
    int pendingBytes() const { return m_splitter.pendingBytes(); }
    // Drops everything received but not taken yet (buffered bytes, partial and complete
    // replies) and forgets any error: the stream starts afresh (used when TLS starts).
    // Returns how many received bytes were dropped.
    int discard();

private:
    void fail(Error error, const QByteArray &line);

    Limits m_limits;
    LineReader m_splitter{m_limits.maxLineLength};
    SmtpReply m_partial;
    int m_partialBytes = 0;
    QList<SmtpReply> m_ready;
    QList<int> m_readyBytes;   // wire size of each ready reply
    qint64 m_unread = 0;       // bytes fed and not handed out in a taken reply
    QList<QByteArray> m_lines;
    Error m_error = Error::None;
    QByteArray m_offending;
};

QString replyReaderErrorText(SmtpReplyReader::Error error);
Phrase replyReaderErrorPhrase(SmtpReplyReader::Error error);

QDebug operator<<(QDebug debug, const EnhancedStatus &status);
QDebug operator<<(QDebug debug, const SmtpReply &reply);
QDebug operator<<(QDebug debug, const SmtpReplyLine &line);
QDebug operator<<(QDebug debug, const SmtpCapabilities &caps);

} // namespace od
