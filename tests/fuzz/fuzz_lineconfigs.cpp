// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the line-based configurations (msmtp, NeoMutt/Mutt, git send-email,
// Claws Mail's accountrc), every reader on the same bytes, and format detection.
#include "accounts/accountreaders.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)od::AccountReaders::readMsmtprc(bytes, QStringLiteral("msmtprc"));
    (void)od::AccountReaders::readMuttrc(bytes, QStringLiteral("muttrc"));
    (void)od::AccountReaders::readGitConfig(bytes, QStringLiteral("gitconfig"));
    (void)od::AccountReaders::readClawsAccountrc(bytes, QStringLiteral("accountrc"));
    (void)od::AccountReaders::detectFormat(bytes);
    return 0;
}
