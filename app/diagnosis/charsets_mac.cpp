// SPDX-License-Identifier: GPL-3.0-or-later
// Charset conversion on macOS through CoreFoundation's converters (the system has ICU, but
// not as a public library).
#include "charsets.h"

#include <CoreFoundation/CoreFoundation.h>

namespace od::Charsets {

std::optional<QString> Detail::convert(const QByteArray &bytes, const QByteArray &name)
{
    const CFStringRef cfName = CFStringCreateWithBytes(kCFAllocatorDefault,
        reinterpret_cast<const UInt8 *>(name.constData()), CFIndex(name.size()), kCFStringEncodingASCII, false);
    if (!cfName)
        return std::nullopt;
    const CFStringEncoding encoding = CFStringConvertIANACharSetNameToEncoding(cfName);
    CFRelease(cfName);
    if (encoding == kCFStringEncodingInvalidId || !CFStringIsEncodingAvailable(encoding))
        return std::nullopt;
    if (bytes.isEmpty())
        return QString();
    CFStringRef text = CFStringCreateWithBytes(kCFAllocatorDefault, reinterpret_cast<const UInt8 *>(bytes.constData()),
                                               CFIndex(bytes.size()), encoding, false);
    if (!text) {
        // CoreFoundation refuses invalid input as a whole: decode what it can, a byte at a
        // time replaced by U+FFFD where a sequence does not convert.
        QString out;
        qsizetype start = 0;
        while (start < bytes.size()) {
            qsizetype end = bytes.size();
            CFStringRef piece = nullptr;
            // The longest prefix that converts (bounded: at most 64 halvings of the span).
            for (int tries = 0; tries < 64 && end > start; ++tries) {
                piece = CFStringCreateWithBytes(kCFAllocatorDefault,
                    reinterpret_cast<const UInt8 *>(bytes.constData() + start), CFIndex(end - start), encoding, false);
                if (piece)
                    break;
                end = start + (end - start) / 2;
            }
            if (!piece) {
                out += QChar(QChar::ReplacementCharacter);
                ++start;
                continue;
            }
            out += QString::fromCFString(piece);
            CFRelease(piece);
            start = end;
        }
        return out;
    }
    const QString out = QString::fromCFString(text);
    CFRelease(text);
    return out;
}

QString Detail::backendName()
{
    return QStringLiteral("CoreFoundation");
}

} // namespace od::Charsets
