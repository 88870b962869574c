// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the SMTP reply reader, fed in chunks whose sizes come from the input
// (a server may split its bytes anywhere), then the capability parser on every reply.
#include "smtp/smtpreply.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    od::SmtpReplyReader reader;
    // The first byte chooses the chunk size (1..32); the rest is the stream.
    const size_t chunk = size_t(data[0] % 32) + 1;
    for (size_t at = 1; at < size && reader.error() == od::SmtpReplyReader::Error::None; at += chunk) {
        const size_t n = size - at < chunk ? size - at : chunk;
        reader.feed(QByteArray(reinterpret_cast<const char *>(data + at), qsizetype(n)));
        while (reader.hasReply())
            (void)od::parseCapabilities(reader.takeReply());
        (void)reader.takeLines();
    }
    (void)od::parseReplyLine(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
