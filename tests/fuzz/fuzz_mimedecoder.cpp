// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the MIME decoder (structure, transfer encodings, charsets) and the
// RFC 2047 encoded-word decoder on the same bytes.
#include "diagnosis/mimedecoder.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const od::MimeMessage message = od::parseMime(bytes);
    (void)message.allText();
    (void)od::decodeEncodedWords(bytes.left(4096));
    (void)od::decodeQuotedPrintable(bytes);
    (void)od::decodeBase64(bytes);
    return 0;
}
