// SPDX-License-Identifier: GPL-3.0-or-later
// What status codes mean, as data: RFC 3463 enhanced status codes in general, the Office 365 /
// Exchange Online NDR codes (including their ranges), and the error numbers of Outlook,
// Outlook Express and Windows (Live) Mail.
// Texts are QT_TRANSLATE_NOOP("od::CodeTables", ...) source strings, translated only when shown.
#pragma once

#include "core/taxonomy.h"
#include "smtp/smtpreply.h"

#include <QDebug>
#include <QList>
#include <QString>

#include <optional>

namespace od {

// Where a meaning came from; part of the JSON "rule" field, so keep the names stable.
enum class MeaningSource { None, Wording, Office365, Enhanced, OutlookError, ReplyCode };
QString meaningSourceId(MeaningSource source);

// What one code (or one wording) tells us.
struct CodeMeaning
{
    Cause cause = Cause::Unknown;
    std::optional<Owner> owner;    // overrides the cause's usual owner when the code says more
    MeaningSource source = MeaningSource::None;
    QString rule;                  // stable rule id, e.g. "o365:5.7.606-649", "rfc3463:5.1.1"
    const char *label = nullptr;   // short name, untranslated source text (may be null)
    const char *explanation = nullptr; // our explanation, untranslated source text (may be null)

    bool isValid() const { return source != MeaningSource::None; }
    // Translated texts (empty when there is none).
    QString labelText() const;
    QString explanationText() const;

    friend bool operator==(const CodeMeaning &a, const CodeMeaning &b)
    {
        return a.cause == b.cause && a.owner == b.owner && a.source == b.source && a.rule == b.rule;
    }
    friend bool operator!=(const CodeMeaning &a, const CodeMeaning &b) { return !(a == b); }
};

// --- Office 365 / Exchange Online ----------------------------------------------------------

struct Office365Code
{
    int klass = 0;
    int subject = 0;
    int detailFrom = 0;
    int detailTo = 0;            // == detailFrom for a single code
    const char *wording = nullptr; // case-insensitive regex the server text must match, or null
    Cause cause = Cause::Unknown;
    std::optional<Owner> owner;
    const char *label = nullptr;
    const char *explanation = nullptr;

    QString codeText() const;    // "5.7.606-649" or "5.7.1"
};

// Every entry of the Office 365 / Exchange table, in lookup order.
const QList<Office365Code> &office365Codes();

// The Office 365 / Exchange meaning of a code; text (the server's words) picks among entries
// that share a code, e.g. the three kinds of 5.7.1. Invalid when the code is not in the table.
CodeMeaning office365Meaning(const EnhancedStatus &status, QStringView serverText = {});

// --- RFC 3463 (and the later registrations: RFC 4954, 5248, 6531, 7372, 7505, 8689) ---------

// The meaning of the detail code when it is specific enough to name a cause; invalid otherwise
// (X.0.0, X.7.0 and the like say too little).
CodeMeaning enhancedMeaning(const EnhancedStatus &status);

// What a reply registered as an answer to the AUTH command says (RFC 4954 section 6, RFC 5248):
// "535 5.7.8" auth-failed, "534 5.7.9" auth-unavailable, "538 5.7.11" tls-required, "530 5.7.0"
// auth-required, ... Unknown unless the enhanced code is one of them and the reply code is one
// it is registered with; replyCode 0 (none given, e.g. a DSN Status field alone) accepts the
// enhanced codes that are specific by themselves (X.7.8 to X.7.12). Receiving servers reuse some
// of these numbers for other refusals with other reply codes (Yahoo's "554 5.7.9 Message not
// accepted for policy reasons", help.yahoo.com/kb/SLN7253), which this does not accept.
Cause registeredLoginReply(int replyCode, const EnhancedStatus &status);

// Human description of any enhanced code, built from the class, subject and (when known)
// detail tables, translated: "Permanent failure · Addressing: the mailbox does not exist".
QString enhancedDescription(const EnhancedStatus &status);
QString enhancedClassText(int klass);
QString enhancedSubjectText(int subject);

// --- Outlook / Outlook Express / Windows Mail error numbers --------------------------------

struct OutlookError
{
    quint32 number = 0;
    const char *symbol = "";      // the SDK's name, e.g. "IXP_E_SMTP_REJECTED_RECIPIENTS"
    Cause cause = Cause::Unknown; // what it usually means when the server's words say nothing more
    int smtpCode = 0;             // the reply code the number stands for, if any
    enum class Stage { None, Connect, Tls, Auth, Sender, Recipient, Data, Incoming } stage = Stage::None;
    std::optional<Owner> owner;
    const char *explanation = "";

    QString numberText() const;   // "0x800CCC79"
};

const QList<OutlookError> &outlookErrors();
std::optional<OutlookError> outlookError(quint32 number);
CodeMeaning outlookMeaning(quint32 number);
// "0x800ccc79", "800CCC79", "0x800CCC79." -> 0x800CCC79; nullopt if not a hex number.
std::optional<quint32> parseErrorNumber(QStringView text);

QDebug operator<<(QDebug debug, const CodeMeaning &meaning);

} // namespace od
