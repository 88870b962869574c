#include "cli.h"

#include "accounts/accountscommand.h"
#include "core/languages.h"
#include "core/terminaltext.h"
#include "diagnosis/decodecommand.h"

#include <QCoreApplication>
#include <QFile>
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

bool isCliInvocation(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    return commands().contains(first) || first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("--version") || first == QLatin1String("help");
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
        out << usage();
        return ExitOk;
    }
    if (command == QLatin1String("probe"))
        return runProbe(rest, out, err);
    if (command == QLatin1String("decode"))
        return runDecode(rest, out, err);
    if (command == QLatin1String("accounts"))
        return runAccounts(rest, out, err);
    err << usage();
    return ExitUsage;
}

} // namespace od
