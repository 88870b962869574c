// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "accounts/accountscommand.h"
#include "core/languages.h"
#include "core/terminaltext.h"
#include "diagnosis/decodecommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

namespace od {

namespace {
const QStringList &commands()
{
    static const QStringList list = {QStringLiteral("probe"), QStringLiteral("decode"), QStringLiteral("accounts")};
    return list;
}

QString usage()
{
    return QCoreApplication::translate("od::Cli",
        "Usage: %1 [probe|decode|accounts] [options]\n"
        "\n"
        "Without a command the troubleshooting wizard opens.\n"
        "\n"
        "  probe      test an SMTP account and explain the result\n"
        "  decode     explain a pasted error message or bounce\n"
        "  accounts   list the SMTP settings of the mail programs on this computer\n"
        "\n"
        "Add --help after a command for its options.\n"
        "Exit status: 0 mail would go through, 1 a problem was found, 2 usage or input error, 3 internal error.\n")
        .arg(QStringLiteral("outbox-doctor"));
}

// --lang may stand anywhere; it is applied before anything is printed.
QStringList applyLanguage(const QStringList &args, QTextStream &err, bool *bad)
{
    QStringList rest;
    QString lang;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--lang") && i + 1 < args.size()) {
            lang = args.at(++i);
        } else if (a.startsWith(QLatin1String("--lang="))) {
            lang = a.mid(7);
        } else {
            rest.append(a);
        }
    }
    QString code = lang.isEmpty() ? languageForLocale(QLocale::system()) : normaliseLanguage(lang);
    if (!lang.isEmpty() && code.isEmpty()) {
        err << QCoreApplication::translate("od::Cli", "Unknown language \"%1\"; available: %2")
                   .arg(lang, supportedLanguages().join(QStringLiteral(", ")))
            << Qt::endl;
        *bad = true;
        code = QStringLiteral("en");
    }
    installLanguage(code);
    return rest;
}
} // namespace

namespace {
// An argument echoed in a message, its control characters shown as \xNN (never sent raw
// to the terminal).
QString shown(const QString &argument)
{
    QString text;
    for (const QChar c : argument) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f))
            text += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        else
            text += c;
    }
    return text;
}

// Options that QGuiApplication/QApplication take themselves (with one or two dashes): with
// one of these first, the wizard opens.
bool isGuiOption(const QString &argument)
{
    static const QStringList gui = {
        QStringLiteral("platform"), QStringLiteral("platformpluginpath"), QStringLiteral("platformtheme"),
        QStringLiteral("plugin"), QStringLiteral("qwindowgeometry"), QStringLiteral("qwindowicon"),
        QStringLiteral("qwindowtitle"), QStringLiteral("reverse"), QStringLiteral("session"),
        QStringLiteral("style"), QStringLiteral("stylesheet"), QStringLiteral("widgetcount"),
        QStringLiteral("display"), QStringLiteral("geometry"), QStringLiteral("title"), QStringLiteral("name"),
        QStringLiteral("visual"), QStringLiteral("ncols"), QStringLiteral("cmap"), QStringLiteral("nograb"),
        QStringLiteral("dograb"), QStringLiteral("sync"), QStringLiteral("fontengine")};
    if (!argument.startsWith(QLatin1Char('-')))
        return false;
    QString name = argument.mid(argument.startsWith(QLatin1String("--")) ? 2 : 1);
    name = name.section(QLatin1Char('='), 0, 0);
    return gui.contains(name);
}
} // namespace

bool isCliInvocation(const QStringList &arguments)
{
    // Everything but "no arguments" and the GUI's own options is for the command line,
    // so a mistyped subcommand gets the usage and exit status 2 rather than a window.
    // --lang alone (it may stand anywhere) opens the wizard.
    qsizetype i = 1;
    while (i < arguments.size()) {
        if (arguments.at(i) == QLatin1String("--lang"))
            i += 2;
        else if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            i += 1;
        else
            break;
    }
    return i < arguments.size() && !isGuiOption(arguments.at(i));
}

QString subcommandHelp(const QCommandLineParser &parser, const QString &command)
{
    QString text = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
    if (at >= 0 && (lineEnd < 0 || at < lineEnd))
        text.replace(at, program.size(), QStringLiteral("outbox-doctor ") + command);
    return text;
}

QString displayProblem()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (!platform.isEmpty())
        return {}; // chosen explicitly (offscreen, vnc, wayland, xcb ...): Qt reports its own errors
    const QByteArray wayland = qgetenv("WAYLAND_DISPLAY");
    if (!wayland.isEmpty())
        return {};
    const QByteArray display = qgetenv("DISPLAY");
    if (display.isEmpty()) {
        return QCoreApplication::translate("od::Cli",
            "No graphical display (DISPLAY and WAYLAND_DISPLAY are not set): the wizard cannot open. "
            "Run \"%1 --help\" for the command line.").arg(QStringLiteral("outbox-doctor"));
    }
    // A local X display ":N" or ":N.S" needs its socket; remote and other forms are left to Qt.
    if (display.startsWith(':')) {
        const QByteArray number = display.mid(1).split('.').value(0);
        bool ok = false;
        number.toInt(&ok);
        if (ok && !QFileInfo::exists(QStringLiteral("/tmp/.X11-unix/X") + QString::fromLatin1(number))) {
            return QCoreApplication::translate("od::Cli",
                "The graphical display %1 cannot be reached: the wizard cannot open. "
                "Run \"%2 --help\" for the command line.")
                .arg(QString::fromLocal8Bit(display), QStringLiteral("outbox-doctor"));
        }
    }
#endif
    return {};
}

int runCli(const QStringList &arguments)
{
    // Server replies, bounces and account values reach the terminal only with their control
    // characters escaped (no screen clearing, title setting or clipboard writes).
    QFile stdoutFile;
    QFile stderrFile;
    stdoutFile.open(stdout, QIODevice::WriteOnly, QFileDevice::DontCloseHandle);
    stderrFile.open(stderr, QIODevice::WriteOnly, QFileDevice::DontCloseHandle);
    TerminalSafeDevice safeOut(&stdoutFile);
    TerminalSafeDevice safeErr(&stderrFile);
    QTextStream out(&safeOut);
    QTextStream err(&safeErr);
    bool badLanguage = false;
    const QStringList args = applyLanguage(arguments, err, &badLanguage);
    if (badLanguage)
        return ExitUsage;
    const QString command = args.value(1);
    const QStringList rest = args.mid(2);
    if (command == QLatin1String("--version")) {
        out << "outbox-doctor " << OD_VERSION << Qt::endl;
        return ExitOk;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        // "help probe" is "probe --help".
        const QString topic = rest.value(0);
        if (command == QLatin1String("help") && commands().contains(topic))
            return runCli({args.value(0), topic, QStringLiteral("--help")});
        if (!topic.isEmpty()) {
            err << QCoreApplication::translate("od::Cli", "Unknown command \"%1\".").arg(shown(topic)) << Qt::endl
                << usage();
            return ExitUsage;
        }
        out << usage();
        return ExitOk;
    }
    if (command == QLatin1String("probe"))
        return runProbe(rest, out, err);
    if (command == QLatin1String("decode"))
        return runDecode(rest, out, err);
    if (command == QLatin1String("accounts"))
        return runAccounts(rest, out, err);
    if (command.isEmpty())
        err << usage();
    else if (command.startsWith(QLatin1Char('-')))
        err << QCoreApplication::translate("od::Cli", "Unknown option \"%1\".").arg(shown(command)) << Qt::endl << usage();
    else
        err << QCoreApplication::translate("od::Cli", "Unknown command \"%1\".").arg(shown(command)) << Qt::endl << usage();
    return ExitUsage;
}

} // namespace od
