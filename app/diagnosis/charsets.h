// SPDX-License-Identifier: GPL-3.0-or-later
// Legacy charsets to text, the same on Linux, Windows and macOS. Qt's own converters cover
// only UTF-8/16/32 and Latin-1 when Qt is built without ICU (as Qt's Windows and macOS
// builds are), so the conversion goes through the system's converters: ICU on Linux and on
// Windows 10 1903+ (icu.dll, part of Windows), CoreFoundation's on macOS.
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace od::Charsets {

// The bytes in the named charset (an IANA or MIME name, any case, e.g. "GB2312", "Big5",
// "ISO-2022-JP", "KOI8-R", "windows-1251") as text; bytes that cannot be decoded become
// U+FFFD. nullopt when no converter here knows the name. GB2312 and GBK are decoded as
// GB18030, their superset, because mail labelled GB2312 routinely holds GBK characters.
std::optional<QString> decode(const QByteArray &bytes, const QByteArray &charset);

// The converter this build uses: "ICU" or "CoreFoundation" (for diagnostics and tests).
QString backend();

namespace Detail {
// The charset name handed to the system converter (lower case, aliases resolved).
QByteArray systemName(const QByteArray &charset);
// Implemented once per system (charsets_icu.cpp, charsets_mac.cpp).
std::optional<QString> convert(const QByteArray &bytes, const QByteArray &name);
QString backendName();
} // namespace Detail

} // namespace od::Charsets
