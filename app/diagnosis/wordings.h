// SPDX-License-Identifier: GPL-3.0-or-later
// What servers say in words, as data: the phrases of Postfix, Exim, Sendmail, qmail, Exchange /
// Office 365, Gmail, OpenSMTPD, IIS SMTP, greylisting and the common block lists, each mapped to
// a cause. One table of case-insensitive regular expressions, compiled once, tried in order.
#pragma once

#include "diagnosis/codetables.h"

#include <QList>
#include <QString>

namespace od {

struct Wording
{
    const char *id = "";          // stable id, e.g. "relay-denied"; rule "wording:<id>"
    const char *pattern = "";     // case-insensitive regular expression
    Cause cause = Cause::Unknown;
    std::optional<Owner> owner;
    bool strong = true;           // weak wordings ("try again later") give way to specific codes
    const char *explanation = nullptr; // QT_TRANSLATE_NOOP("od::CodeTables", ...) or null
};

const QList<Wording> &wordings();

// The first wording (in table order) found in text; invalid CodeMeaning when none matches.
// Only the first maxChars characters are searched (the server's words are short; this bounds
// the work on hostile input).
// position (optional) receives where the matching phrase starts in text.
CodeMeaning matchWording(QStringView text, bool *strong = nullptr, qsizetype maxChars = 64 * 1024,
                         qsizetype *position = nullptr);

} // namespace od
