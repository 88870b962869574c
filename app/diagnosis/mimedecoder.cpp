// SPDX-License-Identifier: GPL-3.0-or-later
#include "mimedecoder.h"

#include "charsets.h"

#include <QDebugStateSaver>
#include <QStringConverter>
#include <QStringDecoder>


namespace od {

namespace {

bool isSpace(char c) { return c == ' ' || c == '\t'; }

int hexValue(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Splits off the header block: returns the offset of the body (after the blank line), or -1 when
// there is no blank line (then everything is headers).
qsizetype bodyOffset(const QByteArray &raw)
{
    qsizetype pos = 0;
    while (pos < raw.size()) {
        const qsizetype nl = raw.indexOf('\n', pos);
        const qsizetype end = nl < 0 ? raw.size() : nl;
        qsizetype len = end - pos;
        if (len > 0 && raw.at(end - 1) == '\r')
            --len;
        if (len == 0)
            return nl < 0 ? raw.size() : nl + 1;
        if (nl < 0)
            return -1;
        pos = nl + 1;
    }
    return -1;
}

struct ContentType
{
    QByteArray type = "text/plain";
    QByteArray charset;
    QByteArray boundary;
};

// Parameters of a structured header: `type/sub; a=b; c="d e"`. Lenient about spacing and case.
ContentType parseContentType(const QString &value)
{
    ContentType ct;
    const QByteArray v = value.toUtf8();
    qsizetype semi = v.indexOf(';');
    const QByteArray type = v.left(semi < 0 ? v.size() : semi).trimmed().toLower();
    if (type.contains('/'))
        ct.type = type;
    qsizetype pos = semi < 0 ? v.size() : semi + 1;
    while (pos < v.size()) {
        while (pos < v.size() && (isSpace(v.at(pos)) || v.at(pos) == ';' || v.at(pos) == '\r' || v.at(pos) == '\n'))
            ++pos;
        const qsizetype eq = v.indexOf('=', pos);
        if (eq < 0)
            break;
        const QByteArray key = v.mid(pos, eq - pos).trimmed().toLower();
        pos = eq + 1;
        while (pos < v.size() && isSpace(v.at(pos)))
            ++pos;
        QByteArray val;
        if (pos < v.size() && v.at(pos) == '"') {
            ++pos;
            while (pos < v.size() && v.at(pos) != '"') {
                if (v.at(pos) == '\\' && pos + 1 < v.size())
                    ++pos;
                val += v.at(pos++);
            }
            ++pos;
        } else {
            const qsizetype end = v.indexOf(';', pos);
            val = v.mid(pos, (end < 0 ? v.size() : end) - pos).trimmed();
            pos = end < 0 ? v.size() : end;
        }
        if (key == "charset")
            ct.charset = val.toLower();
        else if (key == "boundary")
            ct.boundary = val;
    }
    return ct;
}

QByteArray decodeTransfer(const QByteArray &body, const QString &cte)
{
    const QString e = cte.trimmed().toLower();
    if (e == QLatin1String("base64"))
        return decodeBase64(body);
    if (e == QLatin1String("quoted-printable"))
        return decodeQuotedPrintable(body);
    return body;
}

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString s = decoder.decode(bytes);
    Q_UNUSED(s)
    return !decoder.hasError();
}

class Parser
{
public:
    Parser(const MimeLimits &limits, MimeMessage &out) : m_limits(limits), m_out(out) { }

    void entity(const QByteArray &raw, int depth, MimeHeaders *headersOut)
    {
        if (depth > m_limits.maxDepth || m_out.parts.size() >= m_limits.maxParts) {
            m_out.truncated = true;
            return;
        }
        const qsizetype off = bodyOffset(raw);
        const QByteArray headerBlock = off < 0 ? raw : raw.left(off);
        const QByteArray body = off < 0 ? QByteArray() : raw.mid(off);
        MimeHeaders headers = parseHeaders(headerBlock, m_limits.maxHeaders);
        if (headersOut)
            *headersOut = headers;
        const ContentType ct = parseContentType(headerValue(headers, u"Content-Type"));
        const QString cte = headerValue(headers, u"Content-Transfer-Encoding");
        leaf(headers, ct, cte, body, depth);
    }

    void leaf(const MimeHeaders &headers, const ContentType &ct, const QString &cte,
              const QByteArray &body, int depth)
    {
        if (m_out.parts.size() >= m_limits.maxParts) {
            m_out.truncated = true;
            return;
        }
        if (ct.type.startsWith("multipart/")) {
            if (ct.boundary.isEmpty()) {
                m_out.malformed = true;
                addText(headers, QByteArrayLiteral("text/plain"), ct.charset, body, depth);
                return;
            }
            multipart(body, ct.boundary, depth);
            return;
        }
        if (ct.type == "message/rfc822" || ct.type == "message/global"
            || ct.type == "message/rfc822-headers" || ct.type == "text/rfc822-headers"
            || ct.type == "message/global-headers") {
            const QByteArray inner = decodeTransfer(body, cte);
            MimePart part;
            part.kind = MimePart::Kind::Headers;
            part.contentType = QString::fromLatin1(ct.type);
            part.depth = depth;
            part.enclosed = m_enclosed > 0;
            const qsizetype off = bodyOffset(inner);
            part.headers = parseHeaders(off < 0 ? inner : inner.left(off), m_limits.maxHeaders);
            m_out.parts.append(part);
            // The original message's own body may hold text worth reading; its depth is bounded.
            if (ct.type.endsWith("rfc822") || ct.type == "message/global") {
                if (off >= 0 && depth + 1 <= m_limits.maxDepth) {
                    const ContentType innerCt = parseContentType(headerValue(part.headers, u"Content-Type"));
                    if (innerCt.type.startsWith("multipart/")) {
                        ++m_enclosed;
                        leaf(part.headers, innerCt, headerValue(part.headers, u"Content-Transfer-Encoding"),
                             inner.mid(off), depth + 1);
                        --m_enclosed;
                    }
                }
            }
            return;
        }
        if (ct.type == "message/delivery-status" || ct.type == "message/global-delivery-status") {
            MimePart part;
            part.kind = MimePart::Kind::DeliveryStatus;
            part.contentType = QString::fromLatin1(ct.type);
            part.depth = depth;
            part.enclosed = m_enclosed > 0;
            part.headers = headers;
            part.text = decodeCharset(decodeTransfer(body, cte), QByteArrayLiteral("utf-8"));
            m_out.parts.append(part);
            return;
        }
        if (ct.type.startsWith("text/")) {
            addText(headers, ct.type, ct.charset, decodeTransfer(body, cte), depth);
            return;
        }
        MimePart part;
        part.kind = MimePart::Kind::Other;
        part.contentType = QString::fromLatin1(ct.type);
        part.depth = depth;
        part.enclosed = m_enclosed > 0;
        part.headers = headers;
        m_out.parts.append(part);
    }

    void addText(const MimeHeaders &headers, const QByteArray &type, const QByteArray &charset,
                 const QByteArray &bytes, int depth)
    {
        MimePart part;
        part.kind = MimePart::Kind::Text;
        part.contentType = QString::fromLatin1(type);
        part.depth = depth;
        part.enclosed = m_enclosed > 0;
        part.headers = headers;
        part.text = decodeCharset(bytes, charset);
        if (type == "text/html")
            part.text = htmlToText(part.text);
        m_out.parts.append(part);
    }

    void multipart(const QByteArray &body, const QByteArray &boundary, int depth)
    {
        const QByteArray marker = "--" + boundary;
        // Find delimiter lines: marker at the start of a line.
        QList<qsizetype> starts;   // offsets of part contents
        QList<qsizetype> ends;     // offsets where each part's content ends
        bool closed = false;
        qsizetype pos = 0;
        qsizetype open = -1;
        while (pos <= body.size()) {
            const qsizetype hit = body.indexOf(marker, pos);
            if (hit < 0)
                break;
            if (hit > 0 && body.at(hit - 1) != '\n') {
                pos = hit + marker.size();
                continue;
            }
            const qsizetype after = hit + marker.size();
            const bool isClose = body.mid(after, 2) == "--";
            qsizetype lineEnd = body.indexOf('\n', after);
            if (lineEnd < 0)
                lineEnd = body.size();
            if (open >= 0) {
                qsizetype e = hit;
                if (e > 0 && body.at(e - 1) == '\n') --e;
                if (e > 0 && body.at(e - 1) == '\r') --e;
                starts.append(open);
                ends.append(qMax(open, e));
                if (starts.size() >= m_limits.maxParts) {
                    m_out.truncated = true;
                    break;
                }
            }
            if (isClose) {
                closed = true;
                break;
            }
            open = qMin(lineEnd + 1, body.size());
            pos = lineEnd + 1;
        }
        if (!closed) {
            if (open >= 0 && (starts.isEmpty() || starts.last() != open)) {
                starts.append(open);          // truncated: take what is there
                ends.append(body.size());
            }
            m_out.truncated = true;
        }
        if (starts.isEmpty()) {
            m_out.malformed = true;
            addText({}, QByteArrayLiteral("text/plain"), QByteArray(), body, depth);
            return;
        }
        for (qsizetype i = 0; i < starts.size(); ++i) {
            if (m_out.parts.size() >= m_limits.maxParts) {
                m_out.truncated = true;
                return;
            }
            entity(body.mid(starts.at(i), ends.at(i) - starts.at(i)), depth + 1, nullptr);
        }
    }

    static QString htmlToText(const QString &html)
    {
        // Enough for bounces that only come as HTML: drop tags, keep line structure.
        QString out;
        out.reserve(html.size());
        bool inTag = false;
        QString tag;
        for (const QChar c : html) {
            if (inTag) {
                if (c == QLatin1Char('>')) {
                    inTag = false;
                    const QString t = tag.toLower();
                    if (t.startsWith(QLatin1String("br")) || t.startsWith(QLatin1String("/p"))
                        || t.startsWith(QLatin1String("/div")) || t.startsWith(QLatin1String("/tr"))
                        || t.startsWith(QLatin1String("p")) || t.startsWith(QLatin1String("/h")))
                        out += QLatin1Char('\n');
                    tag.clear();
                } else if (tag.size() < 16) {
                    tag += c;
                }
            } else if (c == QLatin1Char('<')) {
                inTag = true;
            } else {
                out += c;
            }
        }
        out.replace(QLatin1String("&lt;"), QLatin1String("<"));
        out.replace(QLatin1String("&gt;"), QLatin1String(">"));
        out.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
        out.replace(QLatin1String("&quot;"), QLatin1String("\""));
        out.replace(QLatin1String("&#39;"), QLatin1String("'"));
        out.replace(QLatin1String("&amp;"), QLatin1String("&"));
        return out;
    }

private:
    const MimeLimits &m_limits;
    MimeMessage &m_out;
    int m_enclosed = 0; // > 0 while reading the body of an attached message
};

} // namespace

QString headerValue(const MimeHeaders &headers, QStringView name)
{
    for (const MimeHeader &h : headers) {
        if (h.name.compare(name, Qt::CaseInsensitive) == 0)
            return h.value;
    }
    return {};
}

QStringList headerValues(const MimeHeaders &headers, QStringView name)
{
    QStringList out;
    for (const MimeHeader &h : headers) {
        if (h.name.compare(name, Qt::CaseInsensitive) == 0)
            out.append(h.value);
    }
    return out;
}

QString MimeMessage::allText() const
{
    QString out;
    for (const MimePart &p : parts) {
        if (p.kind == MimePart::Kind::Text) {
            if (!out.isEmpty())
                out += QLatin1Char('\n');
            out += p.text;
        }
    }
    return out;
}

bool looksLikeMessage(const QByteArray &raw)
{
    // At least two header lines "Name: value" before anything else (a "From " mbox line is
    // allowed first), and a known message header among them.
    qsizetype pos = 0;
    int headers = 0;
    bool known = false;
    for (int line = 0; line < 40 && pos < raw.size(); ++line) {
        qsizetype nl = raw.indexOf('\n', pos);
        if (nl < 0)
            nl = raw.size();
        QByteArray l = raw.mid(pos, qMin<qsizetype>(nl - pos, 1000));
        pos = nl + 1;
        if (l.endsWith('\r'))
            l.chop(1);
        if (l.isEmpty())
            break;
        if (line == 0 && l.startsWith("From "))
            continue;
        if (isSpace(l.at(0))) {
            if (headers == 0)
                return false;
            continue;
        }
        const qsizetype colon = l.indexOf(':');
        if (colon <= 0)
            return false;
        for (qsizetype i = 0; i < colon; ++i) {
            const char c = l.at(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
                return false;
        }
        const QByteArray name = l.left(colon).toLower();
        if (name == "received" || name == "return-path" || name == "from" || name == "to"
            || name == "subject" || name == "date" || name == "mime-version" || name == "content-type"
            || name == "message-id" || name == "delivered-to" || name == "x-failed-recipients"
            || name == "auto-submitted")
            known = true;
        ++headers;
    }
    return known && headers >= 2;
}

MimeHeaders parseHeaders(const QByteArray &block, int maxHeaders)
{
    MimeHeaders out;
    QByteArray name;
    QByteArray value;
    const auto flush = [&] {
        if (!name.isEmpty() && out.size() < maxHeaders)
            out.append({QString::fromLatin1(name), decodeEncodedWords(value.trimmed())});
        name.clear();
        value.clear();
    };
    qsizetype pos = 0;
    bool first = true;
    while (pos < block.size()) {
        qsizetype nl = block.indexOf('\n', pos);
        if (nl < 0)
            nl = block.size();
        QByteArray line = block.mid(pos, nl - pos);
        pos = nl + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            break;
        if (first && line.startsWith("From ")) {
            first = false;
            continue;
        }
        first = false;
        if (isSpace(line.at(0))) {
            if (!name.isEmpty() && value.size() < 64 * 1024)
                value += ' ' + line.trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        flush();
        if (colon <= 0 || colon > 76)
            continue;   // junk line in the header block: skip it
        name = line.left(colon).trimmed();
        value = line.mid(colon + 1);
        if (out.size() >= maxHeaders)
            break;
    }
    flush();
    return out;
}

QByteArray decodeQuotedPrintable(const QByteArray &in)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c != '=') {
            out += c;
            continue;
        }
        // Soft line break: "=" followed by optional spaces and a line end.
        qsizetype j = i + 1;
        while (j < in.size() && isSpace(in.at(j)))
            ++j;
        if (j < in.size() && (in.at(j) == '\r' || in.at(j) == '\n')) {
            if (in.at(j) == '\r' && j + 1 < in.size() && in.at(j + 1) == '\n')
                ++j;
            i = j;
            continue;
        }
        if (j >= in.size()) {
            i = j;
            continue;
        }
        if (i + 2 < in.size()) {
            const int hi = hexValue(in.at(i + 1));
            const int lo = hexValue(in.at(i + 2));
            if (hi >= 0 && lo >= 0) {
                out += char(hi * 16 + lo);
                i += 2;
                continue;
            }
        }
        out += c;   // a stray "=": keep it
    }
    return out;
}

QByteArray decodeBase64(const QByteArray &in)
{
    // Drop everything outside the alphabet (line breaks, junk) and stop at the padding.
    QByteArray clean;
    clean.reserve(in.size());
    for (const char c : in) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+'
            || c == '/' || c == '-' || c == '_')
            clean += c;
        else if (c == '=')
            break;
    }
    while (clean.size() % 4 == 1)
        clean.chop(1);   // a lone trailing character carries no full byte
    const auto result = QByteArray::fromBase64Encoding(clean, QByteArray::Base64Encoding
                                                       | QByteArray::AbortOnBase64DecodingErrors);
    if (result)
        return *result;
    return QByteArray::fromBase64(clean, QByteArray::Base64UrlEncoding);
}

QString decodeEncodedWords(const QByteArray &value)
{
    if (!value.contains("=?"))
        return decodeCharset(value, QByteArray());
    QString out;
    qsizetype pos = 0;
    bool lastWasEncoded = false;
    QByteArray pendingSpace;
    while (pos < value.size()) {
        const qsizetype start = value.indexOf("=?", pos);
        if (start < 0)
            break;
        const qsizetype q1 = value.indexOf('?', start + 2);
        const qsizetype q2 = q1 < 0 ? -1 : value.indexOf('?', q1 + 1);
        const qsizetype end = q2 < 0 ? -1 : value.indexOf("?=", q2 + 1);
        if (q1 < 0 || q2 != q1 + 2 || end < 0 || end - start > 2000) {
            // Not an encoded word: copy up to and including "=?" literally.
            out += decodeCharset(value.mid(pos, start + 2 - pos), QByteArray());
            pos = start + 2;
            lastWasEncoded = false;
            continue;
        }
        const QByteArray between = value.mid(pos, start - pos);
        // Whitespace between two encoded words is not shown (RFC 2047 section 6.2).
        if (!(lastWasEncoded && between.trimmed().isEmpty()))
            out += decodeCharset(between, QByteArray());
        QByteArray charset = value.mid(start + 2, q1 - start - 2);
        const qsizetype star = charset.indexOf('*');
        if (star >= 0)
            charset.truncate(star);
        const char enc = char(value.at(q1 + 1) | 0x20);
        QByteArray text = value.mid(q2 + 1, end - q2 - 1);
        QByteArray bytes;
        if (enc == 'b') {
            bytes = decodeBase64(text);
        } else if (enc == 'q') {
            text.replace('_', ' ');
            bytes = decodeQuotedPrintable(text);
        } else {
            bytes = value.mid(start, end + 2 - start);
            charset.clear();
        }
        out += decodeCharset(bytes, charset);
        pos = end + 2;
        lastWasEncoded = true;
    }
    if (pos < value.size())
        out += decodeCharset(value.mid(pos), QByteArray());
    return out;
}

QString decodeCharset(const QByteArray &bytes, const QByteArray &charsetIn)
{
    const QByteArray charset = charsetIn.trimmed().toLower();
    if (charset.isEmpty() || charset == "us-ascii" || charset == "ascii" || charset == "utf-8"
        || charset == "utf8" || charset == "unknown-8bit" || charset == "x-unknown") {
        if (isValidUtf8(bytes))
            return QString::fromUtf8(bytes);
        return decodeCharset(bytes, QByteArrayLiteral("windows-1252"));
    }
    // Mislabelled Latin-1 is almost always Windows-1252 in practice.
    const QByteArray name = (charset == "iso-8859-1" || charset == "latin1") ? QByteArrayLiteral("windows-1252")
                                                                               : charset;
    if (const auto enc = QStringConverter::encodingForName(name.constData())) {
        if (*enc == QStringConverter::Latin1 && name == "windows-1252") {
            // Qt's own table has no Windows-1252; fall through to ICU below.
        } else {
            QStringDecoder decoder(*enc);
            return decoder.decode(bytes);
        }
    }
    // Legacy charsets through the system's converters, the same on every system.
    if (const auto text = Charsets::decode(bytes, name))
        return *text;
    if (isValidUtf8(bytes))
        return QString::fromUtf8(bytes);
    return QString::fromLatin1(bytes);
}

QString decodeUnknownBytes(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(bytes.mid(3));
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(QStringConverter::Utf16);
        return decoder.decode(bytes);
    }
    // UTF-16 without BOM: many NUL bytes in alternate positions.
    if (bytes.size() >= 4 && bytes.at(1) == '\0' && bytes.at(3) == '\0' && bytes.at(0) != '\0') {
        QStringDecoder decoder(QStringConverter::Utf16LE);
        return decoder.decode(bytes);
    }
    if (bytes.size() >= 4 && bytes.at(0) == '\0' && bytes.at(2) == '\0' && bytes.at(1) != '\0') {
        QStringDecoder decoder(QStringConverter::Utf16BE);
        return decoder.decode(bytes);
    }
    return decodeCharset(bytes, QByteArray());
}

MimeMessage parseMime(const QByteArray &rawIn, const MimeLimits &limits)
{
    MimeMessage out;
    QByteArray raw = rawIn;
    if (raw.size() > limits.maxInput) {
        raw.truncate(limits.maxInput);
        out.truncated = true;
    }
    if (!looksLikeMessage(raw)) {
        MimePart part;
        part.kind = MimePart::Kind::Text;
        part.contentType = QStringLiteral("text/plain");
        part.text = decodeUnknownBytes(raw);
        out.parts.append(part);
        return out;
    }
    out.isMime = true;
    Parser parser(limits, out);
    parser.entity(raw, 0, &out.headers);
    return out;
}

QDebug operator<<(QDebug debug, const MimePart &part)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "MimePart(" << int(part.kind) << ' ' << part.contentType << " depth=" << part.depth
                    << " headers=" << part.headers.size() << " text=" << part.text.left(60) << ')';
    return debug;
}

QDebug operator<<(QDebug debug, const MimeMessage &message)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "MimeMessage(mime=" << message.isMime << " truncated=" << message.truncated
                    << " malformed=" << message.malformed << " headers=" << message.headers.size()
                    << " parts=" << message.parts << ')';
    return debug;
}

} // namespace od
