// SPDX-License-Identifier: GPL-3.0-or-later
// Reading settings files for the client descriptors: a size cap checked before reading, and
// problems with one file turned into "<path>: <reason>" warnings.
#pragma once

#include "accounts/mailaccount.h"

#include <QByteArray>
#include <QString>

namespace od::ClientFiles {

// Reads a file with the size cap (ConfigText::MaxSize) checked first.
bool readBytes(const QString &path, QByteArray *out, Phrase *error);
// Prefixes the warnings and the error of a reader with the file's path.
void prefixWarnings(ReadResult &r, const QString &path);

using FileReader = ReadResult (*)(const QByteArray &, const QString &);
// Reads the file and hands it to a pure reader.
ReadResult readWith(FileReader reader, const QString &path);

} // namespace od::ClientFiles
