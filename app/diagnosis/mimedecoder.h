// SPDX-License-Identifier: GPL-3.0-or-later
// A small, bounded MIME reader for bounces: headers (unfolded, RFC 2047 words decoded), multipart
// bodies, message/rfc822 and text/rfc822-headers, quoted-printable and base64, and charsets
// (Qt's own codecs for UTF-8/16 and Latin-1, the system's converters for the rest: charsets.h).
// Pure functions over bytes; never throws, never recurses without bound.
#pragma once

#include <QByteArray>
#include <QDebug>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace od {

struct MimeHeader
{
    QString name;   // as written, e.g. "Content-Type"
    QString value;  // unfolded, encoded words decoded, trimmed

    friend bool operator==(const MimeHeader &a, const MimeHeader &b)
    { return a.name == b.name && a.value == b.value; }
};

using MimeHeaders = QList<MimeHeader>;

// First value of a header (case-insensitive name); empty when absent.
QString headerValue(const MimeHeaders &headers, QStringView name);
QStringList headerValues(const MimeHeaders &headers, QStringView name);

struct MimePart
{
    enum class Kind {
        Text,            // text/* body, decoded to text
        DeliveryStatus,  // message/delivery-status (or message/global-delivery-status) text
        Headers,         // headers of an attached original message (message/rfc822 or
                         // text/rfc822-headers); in `headers`
        Other,           // anything else (attachments): type only, no body kept
    };
    Kind kind = Kind::Other;
    QString contentType;  // lower case "type/subtype"
    int depth = 0;        // nesting level, 0 = top-level body
    MimeHeaders headers;  // the part's own headers (Kind::Headers: the original message's)
    QString text;         // Kind::Text / DeliveryStatus
    bool enclosed = false; // inside an attached message (a returned original, a forwarded mail)

    friend bool operator==(const MimePart &a, const MimePart &b)
    {
        return a.kind == b.kind && a.contentType == b.contentType && a.depth == b.depth
            && a.headers == b.headers && a.text == b.text && a.enclosed == b.enclosed;
    }
};

struct MimeLimits
{
    qsizetype maxInput = 8 * 1024 * 1024; // bytes looked at, the rest is ignored
    int maxDepth = 8;                     // multipart / message nesting
    int maxParts = 256;
    int maxHeaders = 1000;                // per entity
};

struct MimeMessage
{
    MimeHeaders headers;    // top-level headers
    QList<MimePart> parts;  // leaves in document order
    bool isMime = false;    // false: the input did not start with headers
    bool truncated = false; // a limit was hit or the input ended inside a structure
    bool malformed = false; // something could not be read as declared (kept as text)

    QString header(QStringView name) const { return headerValue(headers, name); }
    // All text parts joined (for readers of plain-text bounces).
    QString allText() const;

    friend bool operator==(const MimeMessage &a, const MimeMessage &b)
    {
        return a.headers == b.headers && a.parts == b.parts && a.isMime == b.isMime
            && a.truncated == b.truncated && a.malformed == b.malformed;
    }
};

// True when the bytes start like an RFC 5322 message (a few header lines).
bool looksLikeMessage(const QByteArray &raw);

// Reads a whole message. When the input does not look like a message, the result has one text
// part with the bytes decoded by decodeUnknownBytes().
MimeMessage parseMime(const QByteArray &raw, const MimeLimits &limits = {});

// Header block (up to the first empty line) only.
MimeHeaders parseHeaders(const QByteArray &block, int maxHeaders = 1000);

// Transfer encodings, lenient about junk and line breaks.
QByteArray decodeQuotedPrintable(const QByteArray &encoded);
QByteArray decodeBase64(const QByteArray &encoded);

// RFC 2047 encoded words ("=?utf-8?B?...?=") in a header value.
QString decodeEncodedWords(const QByteArray &value);

// Bytes in a named charset to text; unknown or empty charset: UTF-8 if valid, else Windows-1252.
QString decodeCharset(const QByteArray &bytes, const QByteArray &charset);
// Text files and pastes without a declared charset: BOM, UTF-8, UTF-16, else Windows-1252.
QString decodeUnknownBytes(const QByteArray &bytes);

QDebug operator<<(QDebug debug, const MimePart &part);
QDebug operator<<(QDebug debug, const MimeMessage &message);

} // namespace od
