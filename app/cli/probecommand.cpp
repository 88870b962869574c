// SPDX-License-Identifier: GPL-3.0-or-later
// `outbox-doctor probe`: a live test from the command line.
#include "cli/cli.h"

#include "core/languages.h"
#include "diagnosis/knowledge.h"
#include "diagnosis/probediagnosis.h"
#include "report/reportwriter.h"
#include "smtp/certificatetrust.h"
#include "smtp/smtpprobe.h"
#include "smtp/smtpsession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QTextStream>

namespace od {

namespace {

// The translation context of this command's texts.
struct ProbeCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProbeCommand)
};

bool readSecretFile(const QString &path, QString *secret, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = ProbeCommand::tr("Cannot read the password file %1: %2").arg(path, f.errorString());
        return false;
    }
    QByteArray data = f.read(64 * 1024);
    const qsizetype nl = data.indexOf('\n');
    if (nl >= 0)
        data.truncate(nl);
    if (data.endsWith('\r'))
        data.chop(1);
    *secret = QString::fromUtf8(data);
    return true;
}

// "587", "587:starttls".
bool parseEndpoint(const QString &text, Security fallback, Endpoint *endpoint)
{
    const QString portText = text.section(QLatin1Char(':'), 0, 0);
    bool ok = false;
    const uint port = portText.toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        return false;
    Security security = fallback;
    if (text.contains(QLatin1Char(':'))) {
        const auto s = securityFromId(text.section(QLatin1Char(':'), 1));
        if (!s)
            return false;
        security = *s;
    }
    *endpoint = {quint16(port), security};
    return true;
}

QList<Endpoint> endpointsForSecurity(Security s)
{
    switch (s) {
    case Security::Tls: return {{465, Security::Tls}};
    case Security::StartTls: return {{587, Security::StartTls}, {25, Security::StartTls}};
    case Security::None: return {{25, Security::None}, {587, Security::None}};
    case Security::Auto: break;
    }
    return defaultEndpoints();
}

void printHuman(const ProbeResult &r, const Diagnosis &v, QTextStream &out)
{
    out << ProbeCommand::tr("Outbox Doctor tested %1").arg(r.settings.host) << '\n';
    if (!r.addresses.isEmpty()) {
        QStringList list;
        for (const QHostAddress &a : r.addresses)
            list << a.toString();
        out << ProbeCommand::tr("The name resolves to: %1").arg(list.join(QStringLiteral(", "))) << '\n';
    }
    if (!r.resolveError.isEmpty())
        out << ProbeCommand::tr("The name could not be resolved: %1").arg(r.resolveError.text()) << '\n';
    if (r.pop3.attempted) {
        out << '\n' << ProbeCommand::tr("Incoming mail server (POP3) %1 port %2").arg(r.pop3.host).arg(r.pop3.port) << '\n';
        for (const TranscriptLine &l : r.pop3.transcript)
            out << "  " << transcriptLineText(l) << '\n';
    }
    for (int i = 0; i < r.attempts.size(); ++i) {
        const Attempt &a = r.attempts.at(i);
        if (a.cutShort) {
            out << '\n'
                << ProbeCommand::tr("Port %1 (%2): stopped, the verdict was already clear without it")
                       .arg(a.endpoint.port)
                       .arg(securityText(a.security))
                << '\n';
            continue;
        }
        out << '\n'
            << ProbeCommand::tr("Port %1 (%2) at %3: %4")
                   .arg(a.endpoint.port)
                   .arg(securityText(a.security), a.address.toString(), causeTitle(v.attemptCause(i)))
            << '\n';
        if (a.securityCheck.attempted)
            out << (a.securityCheck.works
                        ? ProbeCommand::tr("  A second connection with %1 was answered: this port speaks %1.")
                              .arg(securityText(a.securityCheck.security))
                        : ProbeCommand::tr("  A second connection with %1 was not answered either.")
                              .arg(securityText(a.securityCheck.security)))
                << '\n';
        for (const TranscriptLine &l : a.transcript)
            out << "  " << transcriptLineText(l) << '\n';
    }
    out << '\n' << ProbeCommand::tr("Verdict: %1 [%2]").arg(causeTitle(v.cause), causeId(v.cause)) << '\n';
    out << causeExplanation(v.cause) << '\n';
    if (v.attempt >= 0 && v.attempt < r.attempts.size()) {
        const Attempt &a = r.attempts.at(v.attempt);
        out << ProbeCommand::tr("Based on port %1.").arg(a.endpoint.port) << '\n';
        if (v.cause == Cause::SecurityMismatch && a.securityCheck.works)
            out << ProbeCommand::tr("Port %1 expects %2, not %3: set the connection security to %2.")
                       .arg(a.endpoint.port)
                       .arg(securityText(a.securityCheck.security), securityText(a.endpoint.security))
                << '\n';
    }
    if (v.reply.code)
        out << ProbeCommand::tr("The server said: \"%1\"").arg(QStringLiteral("%1 %2").arg(v.reply.code).arg(v.reply.text())) << '\n';
    if (v.cause != Cause::Ok) {
        out << ownerText(v.owner) << '\n';
        if (!v.fixes.isEmpty()) {
            out << ProbeCommand::tr("What to do:") << '\n';
            int n = 0;
            for (Fix f : v.fixes)
                out << QStringLiteral("  %1. %2 [%3]\n     %4\n").arg(++n).arg(fixTitle(f), fixId(f), fixDescription(f));
        }
    }
    out.flush();
}

} // namespace

int runProbe(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ProbeCommand::tr("Tests an outgoing mail (SMTP) account and explains the result. "
                                        "Nothing is sent unless --send is given."));
    parser.addHelpOption();
    const QCommandLineOption host(QStringLiteral("host"), ProbeCommand::tr("The outgoing (SMTP) server."), QStringLiteral("name"));
    const QCommandLineOption port(QStringLiteral("port"),
                                  ProbeCommand::tr("Port to test, optionally with its security (587:starttls). Repeatable. "
                                     "Default: 587, 465 and 25 in parallel."), QStringLiteral("port"));
    const QCommandLineOption security(QStringLiteral("security"), ProbeCommand::tr("auto, starttls, tls or none."), QStringLiteral("mode"), QStringLiteral("auto"));
    const QCommandLineOption from(QStringLiteral("from"), ProbeCommand::tr("The sender address to test."), QStringLiteral("address"));
    const QCommandLineOption to(QStringLiteral("to"), ProbeCommand::tr("A recipient in another domain (repeatable)."), QStringLiteral("address"));
    const QCommandLineOption user(QStringLiteral("user"), ProbeCommand::tr("User name for logging in."), QStringLiteral("name"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"), ProbeCommand::tr("Read the password from the first line of this file."), QStringLiteral("file"));
    const QCommandLineOption passwordEnv(QStringLiteral("password-env"), ProbeCommand::tr("Read the password from this environment variable."), QStringLiteral("variable"));
    const QCommandLineOption tokenFile(QStringLiteral("oauth-token-file"), ProbeCommand::tr("Log in with the OAuth 2 access token in this file (XOAUTH2)."), QStringLiteral("file"));
    const QCommandLineOption auth(QStringLiteral("auth"), ProbeCommand::tr("Login method: plain, login, cram-md5 or xoauth2 (default: the strongest offered)."), QStringLiteral("method"));
    const QCommandLineOption source(QStringLiteral("source-address"), ProbeCommand::tr("Connect from this local address."), QStringLiteral("ip"));
    const QCommandLineOption location(QStringLiteral("location"), ProbeCommand::tr("Where you are: home, work, travel or unknown."), QStringLiteral("place"), QStringLiteral("unknown"));
    const QCommandLineOption pop3Host(QStringLiteral("pop3-host"), ProbeCommand::tr("Log in to this POP3 server first (POP-before-SMTP)."), QStringLiteral("name"));
    const QCommandLineOption pop3Port(QStringLiteral("pop3-port"), ProbeCommand::tr("POP3 port (default 110, or 995 with tls)."), QStringLiteral("port"));
    const QCommandLineOption pop3Security(QStringLiteral("pop3-security"), ProbeCommand::tr("auto, starttls, tls or none for POP3."), QStringLiteral("mode"), QStringLiteral("auto"));
    const QCommandLineOption pop3User(QStringLiteral("pop3-user"), ProbeCommand::tr("POP3 user name (default: --user)."), QStringLiteral("name"));
    const QCommandLineOption cafile(QStringLiteral("cafile"), ProbeCommand::tr("Also trust the certificate authorities in this PEM file."), QStringLiteral("file"));
    const QCommandLineOption trust(QStringLiteral("trust-fingerprint"), ProbeCommand::tr("Trust the certificate with this SHA-256 fingerprint for this test."), QStringLiteral("sha256"));
    const QCommandLineOption helo(QStringLiteral("helo"), ProbeCommand::tr("Name to introduce ourselves with (default: our address)."), QStringLiteral("name"));
    const QCommandLineOption send(QStringLiteral("send"), ProbeCommand::tr("Really send a short test message to the --to recipients."));
    const QCommandLineOption timeout(QStringLiteral("timeout"), ProbeCommand::tr("Seconds to wait for each answer (default 20)."), QStringLiteral("seconds"));
    const QCommandLineOption report(QStringLiteral("report"), ProbeCommand::tr("Also write a report (.html, .pdf or .txt)."), QStringLiteral("file"));
    const QCommandLineOption mask(QStringLiteral("mask"), ProbeCommand::tr("In the report, replace e-mail addresses and server names by placeholders (for public forums)."));
    const QCommandLineOption json(QStringLiteral("json"), ProbeCommand::tr("Print the result as JSON."));
    const QCommandLineOption allPorts(QStringLiteral("all-ports"),
                                      ProbeCommand::tr("Wait for every port's own result, even when the verdict is clear earlier."));
    parser.addOptions({host, port, security, from, to, user, passwordFile, passwordEnv, tokenFile, auth, source,
                       location, pop3Host, pop3Port, pop3Security, pop3User, cafile, trust, helo, send, timeout,
                       report, mask, json, allPorts});

    QStringList args = arguments;
    args.prepend(QStringLiteral("outbox-doctor probe"));
    if (!parser.parse(args)) {
        err << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << subcommandHelp(parser, QStringLiteral("probe"));
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << ProbeCommand::tr("Unexpected argument: %1").arg(parser.positionalArguments().first()) << Qt::endl;
        return ExitUsage;
    }
    auto usageError = [&err](const QString &text) {
        err << text << Qt::endl;
        return int(ExitUsage);
    };

    ProbeSettings s;
    s.host = parser.value(host);
    if (s.host.isEmpty())
        return usageError(ProbeCommand::tr("--host is required."));
    const auto sec = securityFromId(parser.value(security));
    if (!sec)
        return usageError(ProbeCommand::tr("Unknown security mode \"%1\".").arg(parser.value(security)));
    if (parser.isSet(port)) {
        for (const QString &p : parser.values(port)) {
            Endpoint e;
            if (!parseEndpoint(p, *sec, &e))
                return usageError(ProbeCommand::tr("Invalid port \"%1\".").arg(p));
            s.endpoints.append(e);
        }
    } else {
        s.endpoints = endpointsForSecurity(*sec);
    }
    s.from = parser.value(from);
    s.foreignRecipients = parser.values(to);
    s.user = parser.value(user);
    QString error;
    if (parser.isSet(passwordFile) && !readSecretFile(parser.value(passwordFile), &s.password, &error))
        return usageError(error);
    if (parser.isSet(passwordEnv)) {
        const QByteArray name = parser.value(passwordEnv).toLocal8Bit();
        if (!qEnvironmentVariableIsSet(name.constData()))
            return usageError(ProbeCommand::tr("The environment variable %1 is not set.").arg(parser.value(passwordEnv)));
        s.password = qEnvironmentVariable(name.constData());
    }
    if (parser.isSet(tokenFile) && !readSecretFile(parser.value(tokenFile), &s.oauthToken, &error))
        return usageError(error);
    if ((!s.password.isEmpty() || !s.oauthToken.isEmpty()) && s.user.isEmpty())
        return usageError(ProbeCommand::tr("A password was given without --user."));
    s.authMechanism = parser.value(auth).toUpper();
    if (parser.isSet(source)) {
        s.sourceAddress = QHostAddress(parser.value(source));
        if (s.sourceAddress.isNull())
            return usageError(ProbeCommand::tr("Invalid source address \"%1\".").arg(parser.value(source)));
    }
    const auto loc = locationFromId(parser.value(location));
    if (!loc)
        return usageError(ProbeCommand::tr("Unknown location \"%1\"; use home, work, travel or unknown.").arg(parser.value(location)));
    s.location = *loc;
    if (parser.isSet(pop3Host)) {
        s.pop3.host = parser.value(pop3Host);
        const auto ps = securityFromId(parser.value(pop3Security));
        if (!ps)
            return usageError(ProbeCommand::tr("Unknown security mode \"%1\".").arg(parser.value(pop3Security)));
        s.pop3.security = *ps;
        if (parser.isSet(pop3Port)) {
            bool ok = false;
            const uint p = parser.value(pop3Port).toUInt(&ok);
            if (!ok || p == 0 || p > 65535)
                return usageError(ProbeCommand::tr("Invalid port \"%1\".").arg(parser.value(pop3Port)));
            s.pop3.port = quint16(p);
        }
        s.pop3.user = parser.value(pop3User);
    }
    if (parser.isSet(cafile)) {
        s.extraCaCertificates = QSslCertificate::fromPath(parser.value(cafile), QSsl::Pem);
        if (s.extraCaCertificates.isEmpty())
            return usageError(ProbeCommand::tr("No certificate could be read from %1.").arg(parser.value(cafile)));
    }
    FingerprintTrust fingerprints;
    for (const QString &fp : parser.values(trust)) {
        const QByteArray digest = FingerprintTrust::normalise(fp.toLatin1());
        if (digest.size() != 32)
            return usageError(ProbeCommand::tr("\"%1\" is not a SHA-256 fingerprint.").arg(fp));
        fingerprints.add(digest);
    }
    s.heloName = parser.value(helo);
    s.waitForAllAttempts = parser.isSet(allPorts);
    s.sendMessage = parser.isSet(send);
    if (s.sendMessage && s.foreignRecipients.isEmpty())
        return usageError(ProbeCommand::tr("--send needs at least one --to recipient."));
    if (parser.isSet(timeout)) {
        bool ok = false;
        const double seconds = parser.value(timeout).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 600)
            return usageError(ProbeCommand::tr("Invalid timeout \"%1\".").arg(parser.value(timeout)));
        s.replyTimeoutMs = int(seconds * 1000);
        s.greetingTimeoutMs = std::min(s.greetingTimeoutMs, s.replyTimeoutMs);
        s.connectTimeoutMs = std::min(s.connectTimeoutMs, s.replyTimeoutMs);
    }
    const QString problem = SmtpProbe::validate(s).text();
    if (!problem.isEmpty())
        return usageError(problem);
    const QString reportPath = parser.value(report);
    if (parser.isSet(report) && reportFormatForPath(reportPath) == ReportFormat::Unknown)
        return usageError(ProbeCommand::tr("The report file must end in .html, .pdf or .txt: %1").arg(reportPath));

    SmtpProbe probe;
    probe.setCertificateTrust(&fingerprints);
    QEventLoop loop;
    ProbeResult result;
    QObject::connect(&probe, &SmtpProbe::finished, &loop, [&](const ProbeResult &r) {
        result = r;
        loop.quit();
    });
    probe.start(s);
    if (probe.isRunning())
        loop.exec();

    const Diagnosis diagnosis = diagnoseProbe(result);
    if (parser.isSet(json))
        out << QJsonDocument(probeResultToJson(result, diagnosis)).toJson(QJsonDocument::Indented);
    else
        printHuman(result, diagnosis, out);
    out.flush();
    if (!result.inputError.isEmpty()) {
        err << result.inputError.text() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(report)) {
        Report r;
        r.probe = result;
        r.location = s.location;
        // The result holds no password; the redactor is a second line of defence.
        r.redactor = Redactor(s.user, s.password, s.oauthToken);
        r.maskIdentities = parser.isSet(mask);
        QString writeError;
        if (!writeReport(r, reportPath, &writeError)) {
            err << writeError << Qt::endl;
            return ExitUsage;
        }
        if (!parser.isSet(json))
            err << ProbeCommand::tr("Report written to %1").arg(reportPath) << Qt::endl;
    }
    return diagnosis.cause == Cause::Ok ? ExitOk : ExitProblem;
}

} // namespace od
