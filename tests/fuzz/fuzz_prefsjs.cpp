// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: Thunderbird's prefs.js, the tokenizer and the account reader on top.
#include "accounts/accountreaders.h"
#include "accounts/prefsjs.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)od::PrefsJs::parse(QString::fromUtf8(bytes));
    (void)od::AccountReaders::readThunderbirdPrefs(bytes, QStringLiteral("prefs.js"));
    return 0;
}
