// Thin entry point: the command line for subcommands, the wizard otherwise.
#include "cli/cli.h"
#include "report/pdf/reportpdf.h"
#include "report/reportwriter.h"
#include "wizardapp.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>

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
    QApplication app(argc, argv);
    return od::runWizard(app);
}
