// Thin entry point: the command line for subcommands, the wizard otherwise.
#include "cli/cli.h"
#include "wizardapp.h"

#include <QApplication>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("OutboxDoctor"));
    QCoreApplication::setApplicationName(QStringLiteral("outbox-doctor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OD_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (od::isCliInvocation(arguments)) {
        QCoreApplication app(argc, argv);
        return od::runCli(QCoreApplication::arguments());
    }
    QApplication app(argc, argv);
    return od::runWizard(app);
}
