// SPDX-License-Identifier: GPL-3.0-or-later
#include "decodecommand.h"
#include "cli/cli.h"

#include "core/languages.h"
#include "diagnosis/codetables.h"
#include "diagnosis/knowledge.h"
#include "diagnosis/pastedecoder.h"
#include "report/pastemapping.h"
#include "report/reportwriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <exception>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace od {

namespace {

// The translation context of this command's texts (a struct so that lupdate sees it).
struct DecodeCommand
{
    Q_DECLARE_TR_FUNCTIONS(od::DecodeCommand)
};

// Reads at most kMaxDecodeFile + 1 bytes so that "too large" can be told apart.
bool readAll(QIODevice &device, QByteArray &data)
{
    data.clear();
    while (data.size() <= kMaxDecodeFile) {
        const QByteArray chunk = device.read(qMin<qint64>(1 << 20, kMaxDecodeFile + 1 - data.size()));
        if (chunk.isEmpty()) {
            if (device.isSequential() && device.waitForReadyRead(-1))
                continue;
            break;
        }
        data += chunk;
    }
    return data.size() <= kMaxDecodeFile;
}

// The files a command-line input stands for: a file itself; a maildir (cur/ and new/) or a folder
// of .eml files, sorted by name so that the output is reproducible. Empty when it is neither.
QStringList inputFiles(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir())
        return {path};
    QStringList files;
    const QDir dir(path);
    const bool maildir = dir.exists(QStringLiteral("cur")) || dir.exists(QStringLiteral("new"));
    if (maildir) {
        for (const QString &sub : {QStringLiteral("cur"), QStringLiteral("new")}) {
            const QDir d(dir.filePath(sub));
            for (const QString &name : d.entryList(QDir::Files | QDir::Hidden, QDir::Name))
                files.append(d.filePath(name));
        }
    } else {
        for (const QString &name : dir.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name | QDir::IgnoreCase))
            files.append(dir.filePath(name));
    }
    return files;
}

// Reads one file; on failure returns false with a message in `error`.
bool readFile(const QString &name, QByteArray &data, QString &error)
{
    QFile file(name);
    if (!file.open(QIODevice::ReadOnly)) {
        error = DecodeCommand::tr("Cannot open %1: %2").arg(name, file.errorString());
        return false;
    }
    if (file.size() > kMaxDecodeFile || !readAll(file, data)) {
        error = DecodeCommand::tr("%1 is larger than %2 MB; give only the error message or bounce.")
                    .arg(name).arg(kMaxDecodeFile / (1024 * 1024));
        return false;
    }
    if (data.trimmed().isEmpty()) {
        error = DecodeCommand::tr("%1 is empty.").arg(name);
        return false;
    }
    return true;
}

// One input's JSON: the decoder's result with the shape's version; `file` when several inputs
// were given.
QJsonObject decodeJson(const DecodeResult &r)
{
    QJsonObject o = toJson(r);
    o.insert(QStringLiteral("schemaVersion"), kDecodeSchemaVersion);
    return o;
}

void printHuman(const DecodeResult &r, QTextStream &out)
{
    const DecodeVerdict &v = r.verdict;
    const Finding *f = v.finding >= 0 ? &r.findings.at(v.finding) : nullptr;
    if (!f) {
        out << DecodeCommand::tr("No error message was recognised in this text.") << '\n'
            << DecodeCommand::tr("Paste the whole message: the bounce, the error dialog or the server's reply.") << '\n';
        return;
    }
    if (v.cause == Cause::Ok) {
        out << causeTitle(Cause::Ok) << '\n';
        return;
    }
    if (v.isUnsure())
        out << DecodeCommand::tr("Not sure: the message does not say clearly enough what went wrong.") << '\n';
    out << DecodeCommand::tr("Diagnosis: %1").arg(causeTitle(v.cause)) << '\n';
    const QString specific = f->meaning.explanationText();
    out << (specific.isEmpty() ? causeExplanation(v.cause) : specific) << '\n';
    if (!f->serverText.isEmpty())
        out << DecodeCommand::tr("The server said: \"%1\"").arg(f->serverText) << '\n';
    out << '\n' << DecodeCommand::tr("Who has to act: %1").arg(ownerText(v.owner)) << '\n';
    if (!v.fixes.isEmpty()) {
        out << DecodeCommand::tr("What to do, in this order:") << '\n';
        int n = 0;
        for (Fix fix : v.fixes)
            out << "  " << ++n << ". " << fixTitle(fix) << " - " << fixDescription(fix) << '\n';
    }
    out << '\n' << DecodeCommand::tr("Details (format: %1)").arg(pasteFormatId(r.format)) << '\n';
    if (!r.generatingServer.isEmpty())
        out << "  " << DecodeCommand::tr("Server that wrote the report: %1").arg(r.generatingServer) << '\n';
    for (const Finding &x : r.findings) {
        out << "  - " << (x.recipient.isEmpty() ? DecodeCommand::tr("(no recipient named)") : x.recipient) << ": "
            << causeTitle(x.cause()) << '\n';
        if (x.code || x.enhanced.isValid()) {
            QString codes = x.code ? QString::number(x.code) : QString();
            if (x.enhanced.isValid())
                codes += (codes.isEmpty() ? QString() : QStringLiteral(" ")) + x.enhanced.toString();
            out << "      " << DecodeCommand::tr("Code: %1").arg(codes);
            if (x.enhanced.isValid())
                out << " (" << enhancedDescription(x.enhanced) << ')';
            out << '\n';
        }
        if (!x.remoteMta.isEmpty())
            out << "      " << DecodeCommand::tr("Refused by: %1").arg(x.remoteMta) << '\n';
        if (x.stage != Stage::Unknown)
            out << "      " << DecodeCommand::tr("At step: %1").arg(stageId(x.stage)) << '\n';
        if (!x.serverText.isEmpty() && &x != f)
            out << "      " << DecodeCommand::tr("The server said: \"%1\"").arg(x.serverText) << '\n';
    }
    if (r.outlook.present) {
        out << "  " << DecodeCommand::tr("Mail program's error: server %1, port %2, SSL %3, error number %4")
                           .arg(r.outlook.server.isEmpty() ? QStringLiteral("?") : r.outlook.server)
                           .arg(r.outlook.port ? QString::number(r.outlook.port) : QStringLiteral("?"))
                           .arg(!r.outlook.ssl ? QStringLiteral("?") : *r.outlook.ssl ? DecodeCommand::tr("yes") : DecodeCommand::tr("no"))
                           .arg(r.outlook.errorNumber.isEmpty() ? QStringLiteral("?") : r.outlook.errorNumber)
            << '\n';
    }
    for (const QString &number : r.errorNumbers) {
        if (const auto e = outlookError(parseErrorNumber(number).value_or(0)))
            out << "  " << number << " (" << QLatin1String(e->symbol) << "): "
                << QCoreApplication::translate("od::CodeTables", e->explanation) << '\n';
    }
    if (!r.headers.to.isEmpty())
        out << "  " << DecodeCommand::tr("Original To: %1").arg(r.headers.to.join(QStringLiteral(", "))) << '\n';
    if (!r.headers.receivedSpf.isEmpty())
        out << "  " << DecodeCommand::tr("Original Received-SPF: %1").arg(r.headers.receivedSpf) << '\n';
    if (r.truncated)
        out << "  " << DecodeCommand::tr("Note: the text was cut short or too long; only part of it was read.") << '\n';
}

} // namespace

int runDecode(const QStringList &arguments, QTextStream &out, QTextStream &err, QIODevice *input)
{
    try {
        QCommandLineParser parser;
        parser.setApplicationDescription(DecodeCommand::tr("Explains a pasted error message, bounce or server reply."));
        parser.addPositionalArgument(QStringLiteral("file"),
            DecodeCommand::tr("Files to read, - for standard input, or folders (a maildir, or a folder of .eml files): "
                              "several inputs are decoded in one go, one JSON object per line with --json."),
            QStringLiteral("[FILE|DIR|-]..."));
        const QCommandLineOption json(QStringLiteral("json"), DecodeCommand::tr("Print the result as JSON."));
        const QCommandLineOption lang(QStringLiteral("lang"), DecodeCommand::tr("Language of the output (%1).").arg(supportedLanguages().join(QStringLiteral(", "))),
                                      QStringLiteral("xx"));
        const QCommandLineOption location(QStringLiteral("location"),
            DecodeCommand::tr("Where you are: home, work, travel or unknown (orders the fixes)."), QStringLiteral("where"));
        const QCommandLineOption account(QStringLiteral("account"),
            DecodeCommand::tr("Whose server the account uses: home, work or other."), QStringLiteral("kind"));
        const QCommandLineOption report(QStringLiteral("report"),
            DecodeCommand::tr("Also write a report (.html, .pdf or .txt)."), QStringLiteral("file"));
        const QCommandLineOption mask(QStringLiteral("mask"),
            DecodeCommand::tr("In the report, replace e-mail addresses and server names by placeholders (for public forums)."));
        const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, DecodeCommand::tr("Show this help."));
        parser.addOptions({json, lang, location, account, report, mask, help});
        if (!parser.parse(QStringList{QStringLiteral("decode")} + arguments)) {
            err << parser.errorText() << '\n';
            return DecodeUsage;
        }
        if (parser.isSet(help)) {
            out << subcommandHelp(parser, QStringLiteral("decode"));
            return DecodeOk;
        }
        DecodeContext context;
        if (parser.isSet(location)) {
            const auto l = locationFromId(parser.value(location).toLower());
            if (!l) {
                err << DecodeCommand::tr("Unknown location \"%1\": use home, work, travel or unknown.").arg(parser.value(location)) << '\n';
                return DecodeUsage;
            }
            context.location = *l;
        }
        if (parser.isSet(account)) {
            const auto a = accountKindFromId(parser.value(account));
            if (!a) {
                err << DecodeCommand::tr("Unknown account kind \"%1\": use home, work or other.").arg(parser.value(account)) << '\n';
                return DecodeUsage;
            }
            context.account = *a;
        }
        const QString reportPath = parser.value(report);
        if (parser.isSet(report) && reportFormatForPath(reportPath) == ReportFormat::Unknown) {
            err << DecodeCommand::tr("The report file must end in .html, .pdf or .txt: %1").arg(reportPath) << '\n';
            return DecodeUsage;
        }
        const QStringList files = parser.positionalArguments();
        const bool many = files.size() > 1
            || std::any_of(files.cbegin(), files.cend(), [](const QString &f) { return f != QLatin1String("-") && QFileInfo(f).isDir(); });
        if (many) {
            if (parser.isSet(report)) {
                err << DecodeCommand::tr("A report can be written for one input only.") << '\n';
                return DecodeUsage;
            }
            if (files.contains(QStringLiteral("-"))) {
                err << DecodeCommand::tr("Standard input (-) cannot be combined with other inputs.") << '\n';
                return DecodeUsage;
            }
            // Many inputs: each is decoded on its own; one that cannot be read is reported and
            // the others go on. Exit status: 2 when any input could not be read, else 1 when any
            // problem was diagnosed, else 0.
            bool anyProblem = false;
            bool anyError = false;
            for (const QString &arg : files) {
                QStringList list = inputFiles(arg);
                if (QFileInfo(arg).isDir() && list.isEmpty()) {
                    err << DecodeCommand::tr("%1 holds no .eml files and is not a maildir.").arg(arg) << '\n';
                    anyError = true;
                }
                for (const QString &name : std::as_const(list)) {
                    QByteArray bytes;
                    QString error;
                    if (!readFile(name, bytes, error)) {
                        err << error << '\n';
                        anyError = true;
                        if (parser.isSet(json)) {
                            QJsonObject o;
                            o.insert(QStringLiteral("schemaVersion"), kDecodeSchemaVersion);
                            o.insert(QStringLiteral("file"), name);
                            o.insert(QStringLiteral("error"), QStringLiteral("unreadable"));
                            out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
                        }
                        continue;
                    }
                    const DecodeResult r = decodeBytes(bytes, context);
                    anyProblem = anyProblem || r.hasProblem();
                    if (parser.isSet(json)) {
                        QJsonObject o = decodeJson(r);
                        o.insert(QStringLiteral("file"), name);
                        out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
                    } else {
                        out << "== " << name << " ==\n";
                        printHuman(r, out);
                        out << '\n';
                    }
                }
            }
            out.flush();
            return anyError ? DecodeUsage : anyProblem ? DecodeProblem : DecodeOk;
        }
        QByteArray data;
        const QString name = files.value(0, QStringLiteral("-"));
        if (name == QLatin1String("-")) {
            QFile stdinFile;
            QIODevice *device = input;
            if (!device) {
#ifdef Q_OS_UNIX
                if (files.isEmpty() && isatty(fileno(stdin))) {
                    err << DecodeCommand::tr("Nothing to decode: give a file, or - and paste the text (end with Ctrl+D).") << '\n';
                    return DecodeUsage;
                }
#endif
                if (!stdinFile.open(stdin, QIODevice::ReadOnly)) {
                    err << DecodeCommand::tr("Cannot read standard input.") << '\n';
                    return DecodeUsage;
                }
                device = &stdinFile;
            }
            if (!readAll(*device, data)) {
                err << DecodeCommand::tr("The input is larger than %1 MB; give only the error message or bounce.")
                           .arg(kMaxDecodeFile / (1024 * 1024)) << '\n';
                return DecodeUsage;
            }
        } else {
            QFile file(name);
            if (!file.open(QIODevice::ReadOnly)) {
                err << DecodeCommand::tr("Cannot open %1: %2").arg(name, file.errorString()) << '\n';
                return DecodeUsage;
            }
            if (file.size() > kMaxDecodeFile || !readAll(file, data)) {
                err << DecodeCommand::tr("%1 is larger than %2 MB; give only the error message or bounce.")
                           .arg(name).arg(kMaxDecodeFile / (1024 * 1024)) << '\n';
                return DecodeUsage;
            }
        }
        if (data.trimmed().isEmpty()) {
            err << DecodeCommand::tr("The input is empty.") << '\n';
            return DecodeUsage;
        }
        const DecodeResult result = decodeBytes(data, context);
        if (parser.isSet(json))
            out << QString::fromUtf8(QJsonDocument(decodeJson(result)).toJson(QJsonDocument::Indented));
        else
            printHuman(result, out);
        out.flush();
        if (parser.isSet(report)) {
            Report r;
            r.paste = reportPasteFromDecode(result, QString::fromUtf8(data));
            r.location = context.location;
            r.maskIdentities = parser.isSet(mask);
            QString error;
            if (!writeReport(r, reportPath, &error)) {
                err << error << '\n';
                return DecodeUsage;
            }
        }
        return result.hasProblem() ? DecodeProblem : DecodeOk;
    } catch (const std::exception &e) {
        err << DecodeCommand::tr("Internal error: %1").arg(QString::fromLocal8Bit(e.what())) << '\n';
        return DecodeInternal;
    } catch (...) {
        err << DecodeCommand::tr("Internal error.") << '\n';
        return DecodeInternal;
    }
}

} // namespace od
