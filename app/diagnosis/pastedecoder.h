// SPDX-License-Identifier: GPL-3.0-or-later
// The paste decoder: whatever the user pastes or drops (an Outlook error dialog in any of our
// languages, a bounce from any mail system, a server reply, a log line) to a structured result:
// what each refused recipient got, from which server, why, who has to act and what to do.
// Pure functions: text or bytes in, value out. Bounded on hostile input.
#pragma once

#include "core/taxonomy.h"
#include "diagnosis/codetables.h"
#include "diagnosis/relayreasoning.h"
#include "diagnosis/replyclassifier.h"
#include "smtp/smtpreply.h"

#include <QByteArray>
#include <QDebug>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace od {

// Which kind of text it was. Stable IDs (JSON "format"): see pasteFormatId(). Bounce: a bounce
// of a layout that names no MTA ("<address>:" followed by the reason, as qmail, Yahoo and many
// others write it).
enum class PasteFormat { Unknown, Reply, OutlookDialog, Dsn, Exchange, Postfix, Exim, Qmail, Sendmail, Gmail, Bounce };
QString pasteFormatId(PasteFormat format);

// How sure a reading is. High: the server's words and its codes agree, or a code that means one
// thing only. Medium: one good piece of evidence (a specific code or a specific wording).
// Low: a guess (a bare reply code out of context, a vague wording): the verdict then says
// `unknown` and keeps the guess in its finding. Stable IDs: "low", "medium", "high".
enum class Confidence { Low, Medium, High };
QString confidenceId(Confidence confidence);

// One refused (or delayed) recipient, or one reply found in the text.
struct Finding
{
    QString recipient;        // "bob@example.com", empty when the text names none
    int code = 0;             // SMTP reply code, 0 when none was given
    EnhancedStatus enhanced;
    QString serverText;       // the server's own words (reply text or DSN diagnostic text)
    QString remoteMta;        // the server that refused, when known
    QString action;           // DSN Action (failed, delayed, ...), empty when not a DSN
    Stage stage = Stage::Unknown;
    CodeMeaning meaning;      // cause, owner override, rule, our explanation
    Confidence confidence = Confidence::Low;

    Cause cause() const { return meaning.isValid() ? meaning.cause : Cause::Unknown; }
    Owner owner() const;      // the meaning's owner, else the cause's usual owner
    bool isTransient() const; // 4xx / 4.x.x / Action: delayed

    friend bool operator==(const Finding &a, const Finding &b)
    {
        return a.recipient == b.recipient && a.code == b.code && a.enhanced == b.enhanced
            && a.serverText == b.serverText && a.remoteMta == b.remoteMta && a.action == b.action
            && a.stage == b.stage && a.meaning == b.meaning && a.confidence == b.confidence;
    }
};

// The fields of Outlook's / Windows Mail's send-failure dialog.
struct OutlookDialogFields
{
    bool present = false;
    QString server;
    int port = 0;
    std::optional<bool> ssl;
    int serverError = 0;
    QString errorNumber;       // "0x800CCC79"
    QString serverResponse;
    QString rejectedAddress;
    QString account;
    QString subject;

    friend bool operator==(const OutlookDialogFields &a, const OutlookDialogFields &b)
    {
        return a.present == b.present && a.server == b.server && a.port == b.port && a.ssl == b.ssl
            && a.serverError == b.serverError && a.errorNumber == b.errorNumber
            && a.serverResponse == b.serverResponse && a.rejectedAddress == b.rejectedAddress
            && a.account == b.account && a.subject == b.subject;
    }
};

// From the original message's headers, when the bounce carries them.
struct OriginalHeaders
{
    QStringList to;
    QString from;
    QString subject;
    QString messageId;
    QStringList received;      // in the order given (newest first)
    QString receivedSpf;

    bool isEmpty() const
    {
        return to.isEmpty() && from.isEmpty() && subject.isEmpty() && messageId.isEmpty()
            && received.isEmpty() && receivedSpf.isEmpty();
    }
    friend bool operator==(const OriginalHeaders &a, const OriginalHeaders &b)
    {
        return a.to == b.to && a.from == b.from && a.subject == b.subject && a.messageId == b.messageId
            && a.received == b.received && a.receivedSpf == b.receivedSpf;
    }
};

struct DecodeVerdict
{
    Cause cause = Cause::Unknown;  // Unknown as well when the best reading is only a guess
    Owner owner = Owner::You;
    QList<Fix> fixes;
    int finding = -1;          // index of the deciding finding, -1 when none
    Confidence confidence = Confidence::Low;

    // Something was read, but not surely enough to name a cause ("not sure").
    bool isUnsure() const { return cause == Cause::Unknown && finding >= 0; }

    friend bool operator==(const DecodeVerdict &a, const DecodeVerdict &b)
    {
        return a.cause == b.cause && a.owner == b.owner && a.fixes == b.fixes && a.finding == b.finding
            && a.confidence == b.confidence;
    }
};

// Where the user is, when known: orders the fixes (see relayreasoning.h).
struct DecodeContext
{
    Location location = Location::Unknown;
    AccountKind account = AccountKind::Unknown;
};

struct DecodeResult
{
    PasteFormat format = PasteFormat::Unknown;
    QList<Finding> findings;
    OutlookDialogFields outlook;
    OriginalHeaders headers;
    QString generatingServer;  // Reporting-MTA / "Generating server" / the bounce's host
    QStringList errorNumbers;  // every 0x800CCCxx-style number found, as written in the table
    DecodeVerdict verdict;
    bool truncated = false;    // input was cut to the size limit, or a structure was cut short
    bool malformed = false;    // MIME that was not as declared

    // A problem was found (exit status 1 of `decode`).
    bool hasProblem() const { return verdict.cause != Cause::Ok && !findings.isEmpty(); }

    friend bool operator==(const DecodeResult &a, const DecodeResult &b)
    {
        return a.format == b.format && a.findings == b.findings && a.outlook == b.outlook
            && a.headers == b.headers && a.generatingServer == b.generatingServer
            && a.errorNumbers == b.errorNumbers && a.verdict == b.verdict
            && a.truncated == b.truncated && a.malformed == b.malformed;
    }
};

// Characters / bytes looked at; anything beyond is ignored and `truncated` is set.
constexpr qsizetype kMaxDecodeInput = 4 * 1024 * 1024;

// A paste (text as the user sees it). Raw messages pasted as text are recognised too.
DecodeResult decodePaste(const QString &text, const DecodeContext &context = {});
// A file or raw message: MIME and charsets are decoded first.
DecodeResult decodeBytes(const QByteArray &bytes, const DecodeContext &context = {});

// Picks the most actionable finding and orders the fixes for the context. A finding of low
// confidence never names the verdict's cause: the verdict is then `unknown` (confidence low) and
// points at that finding. Public so the probe and the wizard can re-run it with a location
// learned later.
DecodeVerdict makeVerdict(const QList<Finding> &findings, const DecodeContext &context = {});

// The stable JSON form (documented in app/diagnosis/README.md).
QJsonObject toJson(const DecodeResult &result);

QDebug operator<<(QDebug debug, const Finding &finding);
QDebug operator<<(QDebug debug, const DecodeResult &result);

} // namespace od
