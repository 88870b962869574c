// SPDX-License-Identifier: GPL-3.0-or-later
// Charset conversion through ICU: libicu on Linux (and other Unix systems), the icu.dll that
// Windows 10 1903 and later ship (declared in the SDK's <icu.h>).
#include "charsets.h"

#if defined(OD_ICU_WINDOWS)
#include <icu.h>
#else
#include <unicode/ucnv.h>
#include <unicode/utypes.h>
#endif

#include <memory>

namespace od::Charsets {

namespace {
struct ConverterCloser
{
    void operator()(UConverter *c) const { ucnv_close(c); }
};
} // namespace

std::optional<QString> Detail::convert(const QByteArray &bytes, const QByteArray &name)
{
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(name.constData(), &status));
    if (U_FAILURE(status) || !converter)
        return std::nullopt;
    // Undecodable input becomes the converter's substitute (U+FFFD for multi-byte sets).
    if (bytes.isEmpty())
        return QString();
    // Every input byte makes at most two UTF-16 units; ISO-2022 escapes make none.
    QString out(bytes.size() * 2 + 1, Qt::Uninitialized);
    status = U_ZERO_ERROR;
    const int32_t length = ucnv_toUChars(converter.get(), reinterpret_cast<UChar *>(out.data()),
                                         int32_t(out.size()), bytes.constData(), int32_t(bytes.size()), &status);
    if (U_FAILURE(status) || length < 0)
        return std::nullopt;
    out.truncate(length);
    return out;
}

QString Detail::backendName()
{
    return QStringLiteral("ICU");
}

} // namespace od::Charsets
