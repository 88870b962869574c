// SPDX-License-Identifier: GPL-3.0-or-later
// Apple Mail on current macOS: the accounts of Internet Accounts (~/Library/Accounts/
// Accounts4.sqlite), where Mail keeps its servers since macOS 10.12, and the privacy wall
// in front of them (Full Disk Access).
#pragma once

#include "mailaccount.h"

#include <QString>

namespace od::AccountReaders {

// Reads an Accounts4.sqlite (read-only, through a private copy so a running Mail is not
// disturbed): one incoming (IMAP/POP) account each, with the outgoing (SMTP) account it
// names by SendingAccountIdentifier. Needs Qt's SQLite driver.
ReadResult readAppleAccountsDatabase(const QString &path);

// Apple Mail for the user whose home is `home`: Accounts4.sqlite, or, when macOS does not
// let this program read ~/Library/Mail or ~/Library/Accounts, an error that says how to
// grant Full Disk Access.
ReadResult readAppleMailAccounts(const QString &home);

// The steps to grant Full Disk Access, for the error above and the wizard.
Phrase fullDiskAccessSteps();

} // namespace od::AccountReaders
