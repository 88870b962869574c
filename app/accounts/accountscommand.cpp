// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountscommand.h"
#include "cli/cli.h"

#include "accountscanner.h"
#include "configtext.h"
#include "core/vocabulary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace od {

namespace {

// An account file that names no security leaves it to the program: say so, rather than
// guess what the program would do.
QString accountSecurityText(Security s)
{
    return s == Security::Auto ? Accounts::tr("not recorded") : securityLabel(s);
}

QString orDash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("-") : s;
}

void printHuman(const ReadResult &r, QTextStream &out)
{
    if (r.accounts.isEmpty()) {
        out << Accounts::tr("No mail accounts were found.") << '\n';
        return;
    }
    out << Accounts::tr("%n account(s) found.", nullptr, int(r.accounts.size()))
        << "\n\n";
    for (const MailAccount &a : r.accounts) {
        out << Accounts::tr("%1 (%2)").arg(orDash(a.name), a.client) << '\n';
        out << "  " << Accounts::tr("From: %1").arg(a.displayName.isEmpty()
                                             ? orDash(a.email)
                                             : Accounts::tr("%1 <%2>").arg(a.displayName, a.email))
            << '\n';
        if (!a.replyTo.isEmpty())
            out << "  " << Accounts::tr("Reply-to: %1").arg(a.replyTo) << '\n';
        const QString port = a.smtp.port > 0 ? QString::number(a.smtp.port) : Accounts::tr("default");
        out << "  " << Accounts::tr("SMTP server: %1, port %2, security %3").arg(orDash(a.smtp.host), port,
                                                                        accountSecurityText(a.smtp.security))
            << '\n';
        out << "  " << Accounts::tr("Authentication: %1, user name: %2").arg(orDash(a.smtp.auth), orDash(a.smtp.user))
            << '\n';
        if (!a.incoming.type.isEmpty())
            out << "  " << Accounts::tr("Incoming: %1 %2, user name: %3").arg(a.incoming.type, orDash(a.incoming.host),
                                                                    orDash(a.incoming.user))
                << '\n';
        if (a.popBeforeSmtp)
            out << "  " << Accounts::tr("Logs on to the incoming server before sending (POP before SMTP).") << '\n';
        out << "  " << Accounts::tr("Read from: %1").arg(QDir::toNativeSeparators(a.source)) << '\n';
    }
}

} // namespace

QJsonObject accountsJson(const ReadResult &result)
{
    QJsonArray accounts;
    for (const MailAccount &a : result.accounts)
        accounts.append(toJson(a));
    QJsonArray warnings;
    for (const Phrase &w : result.warnings)
        warnings.append(w.toJson());
    return QJsonObject{{QStringLiteral("schemaVersion"), kAccountsSchemaVersion},
                       {QStringLiteral("accounts"), accounts},
                       {QStringLiteral("warnings"), warnings}};
}

int runAccounts(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Accounts::tr("List the SMTP settings found in the mail clients here."));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"), Accounts::tr("Print JSON."));
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        Accounts::tr("Read one settings file of any supported client."),
                                        Accounts::tr("file"));
    QCommandLineOption homeOption(QStringLiteral("home"), Accounts::tr("Scan this folder as the home folder."),
                                  Accounts::tr("folder"));
    homeOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({jsonOption, fromOption, homeOption});
    // QCommandLineParser wants the program name first.
    if (!parser.parse(QStringList{QStringLiteral("accounts")} + arguments)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << subcommandHelp(parser, QStringLiteral("accounts"));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << Accounts::tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()) << '\n';
        return 2;
    }

    ReadResult result;
    if (parser.isSet(fromOption)) {
        result = AccountScanner::readFile(parser.value(fromOption));
        if (!result.ok()) {
            err << result.error.text() << '\n';
            return 2;
        }
    } else if (parser.isSet(homeOption)) {
        AccountScanner scanner(parser.value(homeOption));
        scanner.setReadRegistry(false);
        result = scanner.scan();
    } else {
        result = AccountScanner::forCurrentUser().scan();
    }

    if (parser.isSet(jsonOption)) {
        out << QString::fromUtf8(QJsonDocument(accountsJson(result)).toJson(QJsonDocument::Indented));
    } else {
        printHuman(result, out);
        for (const Phrase &w : std::as_const(result.warnings))
            err << Accounts::tr("warning: %1").arg(w.text()) << '\n';
    }
    out.flush();
    err.flush();
    return 0;
}

} // namespace od
