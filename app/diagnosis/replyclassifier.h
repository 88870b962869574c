// SPDX-License-Identifier: GPL-3.0-or-later
// One SMTP reply, at a known point of the session, mapped to a cause: a pure function over the
// reply code, the enhanced status code and the server's words. The probe calls it for each
// reply; the paste decoder calls it for each reply it finds in a bounce or error dialog.
// (Whether a refused foreign recipient is a relay refusal is for the probe's experiment to
// decide; this function only reads the one reply.)
#pragma once

#include "diagnosis/codetables.h"
#include "smtp/smtpreply.h"

#include <QDebug>
#include <QString>

#include <optional>

namespace od {

// What the client was waiting for when the reply came. Unknown: a pasted reply out of context.
enum class Stage { Unknown, Greeting, Ehlo, StartTls, Auth, MailFrom, RcptTo, Data, EndOfData };

// Stable IDs: "unknown", "greeting", "ehlo", "starttls", "auth", "mail", "rcpt", "data",
// "end-of-data".
QString stageId(Stage stage);
std::optional<Stage> stageFromId(QStringView id);
// From the words MTAs use in bounces: "RCPT TO", "MAIL FROM", "end of DATA", "DATA", "HELO"...
Stage stageFromCommand(QStringView command);

// The whole reasoning: cause, who acts (when the reply says more than the cause), the rule that
// decided ("wording:relay-denied", "o365:5.7.606-649", "rfc3463:X.1.1", "smtp:553@rcpt") and
// our explanation of the specific code or wording when there is one.
CodeMeaning analyzeReply(int code, const EnhancedStatus &enhanced, QStringView text, Stage stage);
CodeMeaning analyzeReply(const SmtpReply &reply, Stage stage);

// Just the cause. Positive replies give Cause::Ok; an invalid reply (code 0) with no words
// gives Cause::Unknown.
Cause classifyReply(const SmtpReply &reply, Stage stage);

QDebug operator<<(QDebug debug, Stage stage);

} // namespace od
