// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: .reg exports (REGEDIT4 and version 5, UTF-16 or 8-bit) and the Outlook
// account reader on top.
#include "accounts/accountreaders.h"
#include "accounts/registryfile.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)od::parseRegFile(bytes);
    (void)od::AccountReaders::readOutlookRegFile(bytes, QStringLiteral("outlook.reg"));
    return 0;
}
