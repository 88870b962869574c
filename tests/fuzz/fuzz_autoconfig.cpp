// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: Mozilla autoconfig XML (config-v1.1.xml, also ISPDB answers).
#include "accounts/autoconfig.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)od::parseAutoconfig(bytes, QStringLiteral("someone@example.com"));
    return 0;
}
