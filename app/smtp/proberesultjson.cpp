// SPDX-License-Identifier: GPL-3.0-or-later
#include "proberesultjson.h"

#include "core/networkerrors.h"
#include "smtp/certificatetrust.h"

#include <QJsonArray>

namespace od {

namespace {
QJsonArray stringsToJson(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QString directionId(TranscriptLine::Direction d)
{
    switch (d) {
    case TranscriptLine::Direction::Client: return QStringLiteral("client");
    case TranscriptLine::Direction::Server: return QStringLiteral("server");
    case TranscriptLine::Direction::Note: return QStringLiteral("note");
    }
    return {};
}

QJsonArray transcriptToJson(const QList<TranscriptLine> &lines)
{
    QJsonArray out;
    for (const TranscriptLine &l : lines) {
        // A note's text is its English wording; "note" carries its code and arguments.
        QJsonObject line{{QStringLiteral("ms"), double(l.ms)},
                         {QStringLiteral("dir"), directionId(l.direction)},
                         {QStringLiteral("tls"), l.tls},
                         {QStringLiteral("text"), l.text}};
        if (!l.note.isEmpty())
            line.insert(QStringLiteral("note"), l.note.toJson());
        out.append(line);
    }
    return out;
}
} // namespace

QJsonObject replyToJson(const SmtpReply &reply)
{
    return {{QStringLiteral("code"), reply.code},
            {QStringLiteral("enhanced"), reply.enhanced.toString()},
            {QStringLiteral("text"), reply.text()}};
}

QJsonObject tlsReportToJson(const TlsReport &tls)
{
    QJsonObject o{{QStringLiteral("attempted"), tls.attempted},
                  {QStringLiteral("established"), tls.established},
                  {QStringLiteral("trustedByUser"), tls.trustedByUser}};
    if (!tls.protocol.isEmpty())
        o.insert(QStringLiteral("protocol"), tls.protocol);
    if (!tls.cipher.isEmpty())
        o.insert(QStringLiteral("cipher"), tls.cipher);
    if (!tls.chain.isEmpty()) {
        const QSslCertificate &leaf = tls.chain.first();
        o.insert(QStringLiteral("subject"), leaf.subjectDisplayName());
        o.insert(QStringLiteral("issuer"), leaf.issuerDisplayName());
        o.insert(QStringLiteral("notBefore"), leaf.effectiveDate().toUTC().toString(Qt::ISODate));
        o.insert(QStringLiteral("notAfter"), leaf.expiryDate().toUTC().toString(Qt::ISODate));
        o.insert(QStringLiteral("fingerprintSha256"), fingerprintText(tls.leafFingerprint()));
    }
    QJsonArray findings;
    for (CertificateFinding f : tls.findings)
        findings.append(certificateFindingId(f));
    o.insert(QStringLiteral("findings"), findings);
    if (!tls.errors.isEmpty()) {
        // "errors": their English wording (Qt's); "verificationErrors": the codes and the
        // certificate each is about.
        QStringList english;
        QJsonArray coded;
        for (const CertificateError &e : tls.errors) {
            english << sslErrorPhrase(e.error).sourceText();
            coded.append(QJsonObject{{QStringLiteral("id"), sslErrorId(e.error)},
                                     {QStringLiteral("certificate"), e.certificate}});
        }
        o.insert(QStringLiteral("errors"), stringsToJson(english));
        o.insert(QStringLiteral("verificationErrors"), coded);
    }
    if (!tls.failure.isEmpty()) {
        o.insert(QStringLiteral("failure"), tls.failure.sourceText());
        o.insert(QStringLiteral("failureDetail"), tls.failure.toJson());
    }
    return o;
}

QJsonObject attemptToJson(const Attempt &a)
{
    QJsonArray steps;
    for (const StepRecord &s : a.steps) {
        QJsonObject step{{QStringLiteral("step"), stepId(s.step)},
                         {QStringLiteral("ok"), s.ok},
                         {QStringLiteral("ms"), double(s.ms)}};
        if (s.reply.code)
            step.insert(QStringLiteral("reply"), replyToJson(s.reply));
        if (!s.detail.isEmpty())
            step.insert(QStringLiteral("detail"), s.detail);
        steps.append(step);
    }
    QJsonObject o{{QStringLiteral("host"), a.host},
                  {QStringLiteral("port"), int(a.endpoint.port)},
                  {QStringLiteral("security"), securityId(a.security == Security::Auto
                                                                 ? (a.tls.established ? Security::StartTls : Security::None)
                                                                 : a.security)},
                  {QStringLiteral("address"), a.address.toString()},
                  {QStringLiteral("localAddress"), a.localAddress.isNull() ? QString() : a.localAddress.toString()},
                  {QStringLiteral("failure"), failureId(a.failure)},
                  {QStringLiteral("authenticated"), a.authenticated},
                  {QStringLiteral("elapsedMs"), double(a.elapsedMs)},
                  {QStringLiteral("steps"), steps},
                  {QStringLiteral("capabilities"), stringsToJson(a.capabilities.keywords)},
                  {QStringLiteral("tls"), tlsReportToJson(a.tls)},
                  {QStringLiteral("transcript"), transcriptToJson(a.transcript)}};
    if (!a.failureDetail.isEmpty()) {
        o.insert(QStringLiteral("failureDetail"), a.failureDetail.sourceText());
        o.insert(QStringLiteral("detail"), a.failureDetail.toJson());
    }
    if (a.socketError)
        o.insert(QStringLiteral("socketError"), socketErrorId(*a.socketError));
    if (a.cutShort)
        o.insert(QStringLiteral("cutShort"), true);
    if (a.securityCheck.attempted) {
        QJsonObject check{{QStringLiteral("security"), securityId(a.securityCheck.security)},
                          {QStringLiteral("works"), a.securityCheck.works},
                          {QStringLiteral("ms"), double(a.securityCheck.ms)}};
        if (a.securityCheck.greeting.code)
            check.insert(QStringLiteral("greeting"), replyToJson(a.securityCheck.greeting));
        o.insert(QStringLiteral("securityCheck"), check);
    }
    if (!a.authMechanism.isEmpty())
        o.insert(QStringLiteral("authMechanism"), a.authMechanism);
    if (a.greeting.code)
        o.insert(QStringLiteral("greeting"), replyToJson(a.greeting));
    return o;
}

QJsonObject probeFactsToJson(const ProbeResult &r)
{
    QJsonArray attempts;
    for (const Attempt &a : r.attempts)
        attempts.append(attemptToJson(a));
    QJsonArray addresses;
    for (const QHostAddress &a : r.addresses)
        addresses.append(a.toString());
    const ProbeSettings &s = r.settings;
    QJsonObject settings{{QStringLiteral("host"), s.host},
                         {QStringLiteral("from"), s.from},
                         {QStringLiteral("localRecipient"), s.localRecipient()},
                         {QStringLiteral("foreignRecipients"), stringsToJson(s.effectiveForeignRecipients())},
                         {QStringLiteral("user"), s.user},
                         {QStringLiteral("location"), locationId(s.location)},
                         {QStringLiteral("sourceAddress"), s.sourceAddress.isNull() ? QString() : s.sourceAddress.toString()},
                         {QStringLiteral("send"), s.sendMessage}};
    if (!s.authMechanism.isEmpty())
        settings.insert(QStringLiteral("authMechanism"), s.authMechanism.toUpper());
    QJsonObject o{{QStringLiteral("schemaVersion"), 1},
                  {QStringLiteral("settings"), settings},
                  {QStringLiteral("addresses"), addresses},
                  {QStringLiteral("attempts"), attempts},
                  {QStringLiteral("started"), r.started.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("verdictMs"), double(r.verdictMs)},
                  {QStringLiteral("totalMs"), double(r.totalMs)},
                  {QStringLiteral("aborted"), r.aborted},
                  {QStringLiteral("version"), QStringLiteral(OD_VERSION)}};
    if (!r.inputError.isEmpty()) {
        o.insert(QStringLiteral("inputError"), r.inputError.sourceText());
        o.insert(QStringLiteral("inputErrorDetail"), r.inputError.toJson());
    }
    if (!r.resolveError.isEmpty()) {
        o.insert(QStringLiteral("resolveError"), r.resolveError.sourceText());
        o.insert(QStringLiteral("resolveErrorDetail"), r.resolveError.toJson());
    }
    if (r.resolveSocketError)
        o.insert(QStringLiteral("resolveSocketError"), socketErrorId(*r.resolveSocketError));
    if (r.pop3.attempted) {
        QJsonObject pop3{{QStringLiteral("host"), r.pop3.host},
                {QStringLiteral("port"), int(r.pop3.port)},
                {QStringLiteral("ok"), r.pop3.ok},
                {QStringLiteral("mechanism"), r.pop3.mechanism},
                {QStringLiteral("failure"), failureId(r.pop3.failure)},
                {QStringLiteral("serverText"), r.pop3.serverText},
                {QStringLiteral("tls"), tlsReportToJson(r.pop3.tls)},
                {QStringLiteral("transcript"), transcriptToJson(r.pop3.transcript)}};
        if (!r.pop3.failureDetail.isEmpty()) {
            pop3.insert(QStringLiteral("failureDetail"), r.pop3.failureDetail.sourceText());
            pop3.insert(QStringLiteral("detail"), r.pop3.failureDetail.toJson());
        }
        if (r.pop3.socketError)
            pop3.insert(QStringLiteral("socketError"), socketErrorId(*r.pop3.socketError));
        o.insert(QStringLiteral("pop3"), pop3);
    }
    return o;
}

} // namespace od
