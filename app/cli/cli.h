// The command line: `probe`, `decode`, `accounts` (see README "Command line").
#pragma once

#include <QString>
#include <QStringList>

class QTextStream;

namespace od {

enum ExitCode { ExitOk = 0, ExitProblem = 1, ExitUsage = 2, ExitInternal = 3 };

// True when argv[1] asks for the command line rather than the wizard.
bool isCliInvocation(const QStringList &arguments);
// arguments: the whole argv (program name first). Needs a QCoreApplication.
int runCli(const QStringList &arguments);

// `probe`: arguments after the subcommand word.
int runProbe(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace od
