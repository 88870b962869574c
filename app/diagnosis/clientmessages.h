// SPDX-License-Identifier: GPL-3.0-or-later
// What mail programs themselves say when sending fails, as data: each message exactly as the
// program's own localisation catalogue words it (placeholders kept as written there), with the
// cause it stands for, the SMTP step a quoted server reply belongs to, and where the wording was
// taken from. Also the replies that do not look like RFC 5321 (a Python tuple, a .NET or PHP
// exception, an enhanced status code without a reply code).
// Pure functions; every expression is compiled once.
#pragma once

#include "core/taxonomy.h"
#include "diagnosis/codetables.h"
#include "diagnosis/replyclassifier.h"
#include "smtp/smtpreply.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace od {

// Stable IDs (rule "client:<client>/<key>"): see mailClientId().
enum class MailClient { Thunderbird, ThunderbirdAndroid, Outlook, AppleMail, Evolution, KMail, Mailspring, WindowsMail };
QString mailClientId(MailClient client);

constexpr int kReplyFollows = -1;

struct ClientMessage
{
    MailClient client = MailClient::Thunderbird;
    const char *language = "";  // "en", "nl", "de", "sv", "zh"
    const char *key = "";       // the catalogue's key for the message
    // The message as the catalogue has it. Placeholders (%S, %s, %1$S, %d, %X, %1$s, {$name}) match
    // any text; "\n" as written in .properties files and any run of spaces match any white space.
    const char *text = "";
    Cause cause = Cause::Unknown; // what the message means when no quoted reply says more
    Stage stage = Stage::Unknown; // the step a server reply quoted in it was the answer to
    int replyArgument = 0;      // which placeholder (1-based) holds the server's reply; 0: none;
                                // kReplyFollows: the message is a prefix and the reply follows it
    const char *source = "";    // repository:path (or URL) of the catalogue
};

// Every catalogue message, in table order.
const QList<ClientMessage> &clientMessages();

// The languages ("en", "nl", ...) the table has a program's messages in: all five where the
// program's catalogue is public, otherwise those its cited sources quote.
QStringList clientLanguages(MailClient client);

// What a client message or a loosely shaped reply said: like one reply, ready to become a finding.
struct ClientReading
{
    const ClientMessage *message = nullptr; // null for a loosely shaped reply
    int code = 0;
    EnhancedStatus enhanced;
    QString serverText;         // the quoted reply, or the matched message
    Stage stage = Stage::Unknown;
    CodeMeaning meaning;
    bool fromReply = false;     // a reply (quoted, or in a program's rendering) named the cause
};

// The catalogue message found in text (the longest match wins), with its quoted reply read at the
// message's step: the reply decides when it names a cause, otherwise the message's own cause.
// Only the first maxChars characters are looked at.
std::optional<ClientReading> matchClientMessage(QStringView text, qsizetype maxChars = 16 * 1024);

// Replies in shapes the RFC 5321 scanner does not read: "(550, b'User has no permission')",
// "SMTP code: 552 ...", ".NET: The server response was: 5.7.1 ...", "5.7.1 <DATA>: ..." (an
// enhanced code alone). Invalid (nullopt) when none is found.
std::optional<ClientReading> readLooseReply(QStringView text, qsizetype maxChars = 16 * 1024);

// Both of the above: a client message first, then a loosely shaped reply.
std::optional<ClientReading> readClientText(QStringView text);

// Whether a three-digit number found at position in text can be a reply code: not when it is a
// number inside a sentence ("a relay quota of 500 messages"), i.e. preceded on its line by an
// ordinary word rather than by a label, a colon, a quote or the start of the line.
bool plausibleReplyCodeAt(QStringView text, qsizetype position);

} // namespace od
