// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the paste / bounce decoder on raw bytes (the `decode` command's input),
// and its JSON form.
#include "diagnosis/pastedecoder.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const od::DecodeResult result = od::decodeBytes(bytes);
    (void)od::toJson(result);
    return 0;
}
