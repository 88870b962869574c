// SPDX-License-Identifier: GPL-3.0-or-later
// The command line: `probe`, `decode`, `accounts` (see README "Command line").
#pragma once

#include <QString>
#include <QStringList>

class QCommandLineParser;
class QTextStream;

namespace od {

enum ExitCode { ExitOk = 0, ExitProblem = 1, ExitUsage = 2, ExitInternal = 3 };

// True when the arguments are for the command line rather than the wizard: anything but
// none at all or one of Qt's own GUI options (-style, -platform ...) or --lang first.
bool isCliInvocation(const QStringList &arguments);
// Why the wizard cannot open here (no display, or an unreachable local X display), as one
// translated line; empty when it can. Checked before QApplication, which would abort.
QString displayProblem();
// arguments: the whole argv (program name first). Needs a QCoreApplication.
int runCli(const QStringList &arguments);

// A subcommand's --help text, its usage line naming the program and the subcommand
// ("Usage: outbox-doctor probe [options]") whatever path the program was started by.
QString subcommandHelp(const QCommandLineParser &parser, const QString &command);

// `probe`: arguments after the subcommand word.
int runProbe(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace od
