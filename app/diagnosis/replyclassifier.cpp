// SPDX-License-Identifier: GPL-3.0-or-later
#include "replyclassifier.h"

#include "diagnosis/wordings.h"

#include <QDebugStateSaver>

namespace od {

namespace {

struct StageName
{
    Stage stage;
    const char *id;
};

const StageName kStageNames[] = {
    {Stage::Unknown, "unknown"}, {Stage::Greeting, "greeting"}, {Stage::Ehlo, "ehlo"},
    {Stage::StartTls, "starttls"}, {Stage::Auth, "auth"}, {Stage::MailFrom, "mail"},
    {Stage::RcptTo, "rcpt"}, {Stage::Data, "data"}, {Stage::EndOfData, "end-of-data"},
};

CodeMeaning byReplyCode(int code, Cause cause, Stage stage)
{
    CodeMeaning m;
    m.cause = cause;
    m.source = MeaningSource::ReplyCode;
    m.rule = QStringLiteral("smtp:%1@%2").arg(code).arg(stageId(stage));
    return m;
}

// What the reply code alone says at each stage (RFC 5321 section 4.2 and common practice).
Cause causeFromCode(int code, Stage stage)
{
    const bool transient = code >= 400 && code < 500;
    switch (stage) {
    case Stage::Greeting:
        if (code == 554 || code == 550)
            return Cause::Blocked;         // "554 no SMTP service here" / refused client
        return transient ? Cause::ServerUnavailable : Cause::Unknown;
    case Stage::Ehlo:
        if (code == 421 || transient)
            return Cause::ServerUnavailable;
        if (code == 550 || code == 554)
            return Cause::Blocked;         // HELO name or client refused
        return Cause::ProtocolError;
    case Stage::StartTls:
        if (code == 421)
            return Cause::ServerUnavailable;
        return Cause::TlsFailed;
    case Stage::Auth:
        switch (code) {
        case 421: return Cause::ServerUnavailable;
        case 432: case 534: case 535: return Cause::AuthFailed;
        case 454: return Cause::AuthFailed;       // temporary authentication failure
        case 530: case 538: return Cause::TlsRequired;
        case 502: case 503: case 504: return Cause::AuthUnavailable;
        default: return transient ? Cause::ServerUnavailable : Cause::AuthFailed;
        }
    case Stage::MailFrom:
        switch (code) {
        case 421: case 450: case 451: return Cause::ServerUnavailable;
        case 452: return Cause::RateLimited;
        case 530: return Cause::AuthRequired;
        case 552: return Cause::MessageTooLarge;  // SIZE= over the limit
        case 501: case 550: case 553: case 554: return Cause::SenderRejected;
        case 503: return Cause::AuthRequired;
        default: return transient ? Cause::ServerUnavailable : Cause::Unknown;
        }
    case Stage::RcptTo:
        switch (code) {
        case 421: case 450: case 451: return Cause::ServerUnavailable;
        case 452: return Cause::RateLimited;      // too many recipients (or storage)
        case 530: return Cause::AuthRequired;
        case 550: return Cause::RecipientUnknown;
        case 551: case 553: return Cause::RelayDenied;
        case 552: return Cause::MailboxFull;
        case 554: return Cause::RelayDenied;      // qmail/IIS refuse relaying with 554 too
        case 503: return Cause::AuthRequired;
        default: return transient ? Cause::ServerUnavailable : Cause::Unknown;
        }
    case Stage::Data:
    case Stage::EndOfData:
        switch (code) {
        case 552: return Cause::MessageTooLarge;
        case 550: case 554: return Cause::MessageRejected;
        case 452: return Cause::ServerUnavailable;
        default: return transient ? Cause::ServerUnavailable : Cause::MessageRejected;
        }
    case Stage::Unknown:
        switch (code) {
        case 421: return Cause::ServerUnavailable;
        case 530: return Cause::AuthRequired;
        case 535: return Cause::AuthFailed;
        case 538: return Cause::TlsRequired;
        case 552: return Cause::MessageTooLarge;
        default: return transient ? Cause::ServerUnavailable : Cause::Unknown;
        }
    }
    return Cause::Unknown;
}

// A wording's cause adjusted to the stage where that is obviously the better reading.
Cause adjustForStage(Cause cause, Stage stage)
{
    if (stage == Stage::Auth && (cause == Cause::MailboxDisabled || cause == Cause::RecipientUnknown))
        return Cause::AuthFailed;   // "account disabled" / "no such user" when logging in
    if (stage == Stage::MailFrom && (cause == Cause::RecipientUnknown || cause == Cause::MailboxDisabled))
        return Cause::SenderRejected;
    return cause;
}

} // namespace

QString stageId(Stage stage)
{
    for (const StageName &n : kStageNames) {
        if (n.stage == stage)
            return QLatin1String(n.id);
    }
    return QStringLiteral("unknown");
}

std::optional<Stage> stageFromId(QStringView id)
{
    for (const StageName &n : kStageNames) {
        if (id.compare(QLatin1String(n.id), Qt::CaseInsensitive) == 0)
            return n.stage;
    }
    return std::nullopt;
}

Stage stageFromCommand(QStringView command)
{
    const QString c = command.trimmed().toString().toUpper();
    if (c.startsWith(QLatin1String("RCPT")))
        return Stage::RcptTo;
    if (c.startsWith(QLatin1String("MAIL")))
        return Stage::MailFrom;
    if (c.contains(QLatin1String("END OF DATA")) || c.contains(QLatin1String("END-OF-DATA"))
        || c.contains(QLatin1String("END OF MESSAGE")) || c == QLatin1String(".")
        || c.contains(QLatin1String("AFTER DATA")))
        return Stage::EndOfData;
    if (c.startsWith(QLatin1String("DATA")) || c.startsWith(QLatin1String("BDAT")))
        return Stage::Data;
    if (c.startsWith(QLatin1String("STARTTLS")))
        return Stage::StartTls;
    if (c.startsWith(QLatin1String("AUTH")))
        return Stage::Auth;
    if (c.startsWith(QLatin1String("EHLO")) || c.startsWith(QLatin1String("HELO"))
        || c.startsWith(QLatin1String("LHLO")))
        return Stage::Ehlo;
    if (c.contains(QLatin1String("GREETING")) || c.contains(QLatin1String("BANNER"))
        || c.contains(QLatin1String("INITIAL CONNECTION")))
        return Stage::Greeting;
    return Stage::Unknown;
}

CodeMeaning analyzeReply(int code, const EnhancedStatus &enhanced, QStringView text, Stage stage)
{
    // Positive and intermediate replies: nothing is wrong at this step.
    if ((code >= 200 && code < 400) || (code == 0 && enhanced.klass == 2)) {
        CodeMeaning m;
        m.cause = Cause::Ok;
        m.source = code ? MeaningSource::ReplyCode : MeaningSource::Enhanced;
        m.rule = code ? QStringLiteral("smtp:%1@%2").arg(code).arg(stageId(stage))
                      : QStringLiteral("rfc3463:2.x.x");
        return m;
    }

    bool strong = false;
    CodeMeaning byWording = matchWording(text, &strong);
    if (byWording.isValid())
        byWording.cause = adjustForStage(byWording.cause, stage);
    // A "no such user" / "invalid user" / "account disabled" with a reply code that only answers
    // AUTH (RFC 4954 section 6: 534, 535) is about the login, wherever it was pasted from.
    if (byWording.isValid() && stage == Stage::Unknown && (code == 534 || code == 535))
        byWording.cause = adjustForStage(byWording.cause, Stage::Auth);
    // Too little room on the server for a MAIL FROM ... SIZE=: the message is too large for now
    // (RFC 1870 section 6.1).
    if (stage == Stage::MailFrom && byWording.rule == QLatin1String("wording:server-storage"))
        byWording.cause = Cause::MessageTooLarge;

    CodeMeaning byCode = office365Meaning(enhanced, text);
    if (!byCode.isValid()) {
        byCode = enhancedMeaning(enhanced);
        if (byCode.isValid())
            byCode.cause = adjustForStage(byCode.cause, stage);
    }
    // 5.7.1 without telling words: what it means depends on where it came.
    if (byCode.isValid() && byCode.source == MeaningSource::Office365 && enhanced.subject == 7
        && enhanced.detail == 1 && !byWording.isValid()) {
        if (stage == Stage::RcptTo || stage == Stage::MailFrom) {
            byCode.cause = stage == Stage::RcptTo ? Cause::RelayDenied : Cause::SenderRejected;
            byCode.owner.reset();
            byCode.label = nullptr;
            byCode.explanation = nullptr;
            byCode.rule += QLatin1Char('@') + stageId(stage);
        }
    }

    if (byWording.isValid() && strong) {
        // Agreeing evidence: the code table knows more about who acts and why.
        if (byCode.isValid() && byCode.cause == byWording.cause) {
            if (!byCode.explanation)
                byCode.explanation = byWording.explanation;
            if (!byCode.owner)
                byCode.owner = byWording.owner;
            return byCode;
        }
        return byWording;
    }
    if (byCode.isValid() && byCode.cause != Cause::Unknown)
        return byCode;
    if (byWording.isValid())
        return byWording;
    if (code >= 400 && code < 600)
        return byReplyCode(code, causeFromCode(code, stage), stage);
    if (enhanced.isValid()) {
        // Only an enhanced code: treat its class like a reply code of the same class.
        CodeMeaning m = byReplyCode(enhanced.klass * 100, enhanced.klass == 4 ? Cause::ServerUnavailable
                                                                                  : Cause::Unknown, stage);
        m.source = MeaningSource::Enhanced;
        m.rule = QStringLiteral("rfc3463:%1.x.x").arg(enhanced.klass);
        return m;
    }
    return {};
}

CodeMeaning analyzeReply(const SmtpReply &reply, Stage stage)
{
    return analyzeReply(reply.code, reply.enhanced, reply.text(), stage);
}

Cause classifyReply(const SmtpReply &reply, Stage stage)
{
    const CodeMeaning m = analyzeReply(reply, stage);
    return m.isValid() ? m.cause : Cause::Unknown;
}

QDebug operator<<(QDebug debug, Stage stage)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Stage(" << stageId(stage) << ')';
    return debug;
}

} // namespace od
