// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: property lists (Apple Mail's account plists, .mobileconfig profiles)
// through the Apple Mail reader.
#include "accounts/accountreaders.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)od::AccountReaders::readApplePlist(bytes, QStringLiteral("Accounts.plist"));
    return 0;
}
