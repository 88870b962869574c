// SPDX-License-Identifier: GPL-3.0-or-later
// `outbox-doctor decode [FILE|-] [--json] [--lang xx]`: the paste decoder on the command line.
// The CLI dispatches the subcommand to runDecode(); the function does its own argument parsing so
// it can be tested directly with captured streams.
#pragma once

#include <QStringList>

class QIODevice;
class QTextStream;

namespace od {

// Exit status as in DESIGN.md: 0 nothing wrong found, 1 a problem diagnosed, 2 usage or input
// error, 3 internal error.
enum DecodeExit { DecodeOk = 0, DecodeProblem = 1, DecodeUsage = 2, DecodeInternal = 3 };

// The version of the `decode --json` shape (each JSON Lines object carries it too); raised only
// when a field changes meaning or goes away.
constexpr int kDecodeSchemaVersion = 1;

// Largest input accepted; anything larger is refused with exit status 2.
constexpr qint64 kMaxDecodeFile = 16 * 1024 * 1024;

// arguments: everything after "decode". input: stands in for standard input (tests); null reads
// the process's stdin.
int runDecode(const QStringList &arguments, QTextStream &out, QTextStream &err, QIODevice *input = nullptr);

} // namespace od
