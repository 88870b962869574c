// SPDX-License-Identifier: GPL-3.0-or-later
// `outbox-doctor accounts [--json] [--from FILE]`: lists the SMTP settings found in the mail
// clients of the current user (or in one file). The CLI dispatches here.
#pragma once

#include "mailaccount.h"

#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

namespace od {

// The version of the `accounts --json` shape; raised only when a field changes meaning or goes
// away (new fields do not raise it).
constexpr int kAccountsSchemaVersion = 1;

// {"schemaVersion", "accounts": [...], "warnings": [phrase objects]}: IDs, the files' own
// values and the warnings' codes and arguments, the same in every language.
QJsonObject accountsJson(const ReadResult &result);

// arguments: what follows "accounts". Exit status: 0 success (also when nothing was found),
// 2 usage or input error (unreadable or unrecognised --from file), 3 internal error.
// Hidden option for tests: --home DIR (scan that directory as the home, no registry).
int runAccounts(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace od
