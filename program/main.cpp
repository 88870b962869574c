// SPDX-License-Identifier: GPL-3.0-or-later
// Thin entry point: the command line for subcommands, the wizard otherwise.
#include "cli/cli.h"
#include "core/languages.h"
#include "report/pdf/reportpdf.h"
#include "report/reportwriter.h"
#include "wizardapp.h"
#include "wizardservices.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QIcon>

#include <cstdio>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace {
// A PDF report needs fonts, hence a GUI application, even on the command line.
bool wantsPdf(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        const QString path = a == QLatin1String("--report") ? arguments.value(i + 1)
                           : a.startsWith(QLatin1String("--report=")) ? a.mid(9) : QString();
        if (!path.isEmpty() && od::reportNeedsGui(path))
            return true;
    }
    return false;
}

// The program is a GUI executable on Windows (no console window behind the wizard). Started
// from a console for the command line, it writes to that console; redirected output (a
// pipe or file handed over by the shell) is left as it is.
void attachParentConsole()
{
#ifdef Q_OS_WIN
    const auto redirected = [](DWORD which) {
        const HANDLE h = GetStdHandle(which);
        return h != nullptr && h != INVALID_HANDLE_VALUE && GetFileType(h) != FILE_TYPE_UNKNOWN;
    };
    const bool outRedirected = redirected(STD_OUTPUT_HANDLE);
    const bool errRedirected = redirected(STD_ERROR_HANDLE);
    const bool inRedirected = redirected(STD_INPUT_HANDLE);
    if (!AttachConsole(ATTACH_PARENT_PROCESS))
        return;
    FILE *stream = nullptr;
    if (!outRedirected)
        freopen_s(&stream, "CONOUT$", "w", stdout);
    if (!errRedirected)
        freopen_s(&stream, "CONOUT$", "w", stderr);
    if (!inRedirected)
        freopen_s(&stream, "CONIN$", "r", stdin);
#endif
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("OutboxDoctor"));
    QCoreApplication::setApplicationName(QStringLiteral("outbox-doctor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OD_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    od::enablePdfReports();
    if (od::isCliInvocation(arguments)) {
        attachParentConsole();
        if (wantsPdf(arguments)) {
#ifdef Q_OS_LINUX
            // No display is needed to lay out a PDF.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
            QGuiApplication app(argc, argv);
            return od::runCli(QCoreApplication::arguments());
        }
        QCoreApplication app(argc, argv);
        return od::runCli(QCoreApplication::arguments());
    }
    // Without a display QApplication would abort: say so in one line instead.
    if (!od::displayProblem().isEmpty()) {
        QCoreApplication app(argc, argv);
        od::installLanguage(od::languageForLocale(QLocale::system()));
        std::fprintf(stderr, "outbox-doctor: %s\n", qUtf8Printable(od::displayProblem()));
        return od::ExitUsage;
    }
    // The Wayland app id and the X11 startup notification match the .desktop entry.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.outboxdoctor.OutboxDoctor"));
    QApplication app(argc, argv);
    QIcon icon(QStringLiteral(":/icons/outbox-doctor.svg"));
    icon.addFile(QStringLiteral(":/icons/outbox-doctor-48.png"), QSize(48, 48));
    QApplication::setWindowIcon(icon);
    return od::runWizard(app, od::WizardServices::fromEnvironment());
}
