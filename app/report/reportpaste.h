// SPDX-License-Identifier: GPL-3.0-or-later
// A decoded pasted error as the report shows it. Kept separate from the paste decoder's own
// types so the report does not depend on the decoder's internals (map with
// reportPasteFromDecode() in pastemapping.h).
#pragma once

#include "core/taxonomy.h"
#include "smtp/smtpreply.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace od {

// One refused recipient (or one reply) found in the pasted text.
struct ReportPasteFinding
{
    QString recipient;      // empty when the text names none
    int code = 0;           // SMTP reply code, 0 when none was given
    EnhancedStatus enhanced;
    QString serverText;     // the server's own words, verbatim
    QString remoteServer;   // the server that refused, when known
    Cause cause = Cause::Unknown;

    friend bool operator==(const ReportPasteFinding &a, const ReportPasteFinding &b)
    {
        return a.recipient == b.recipient && a.code == b.code && a.enhanced == b.enhanced
            && a.serverText == b.serverText && a.remoteServer == b.remoteServer && a.cause == b.cause;
    }
};

struct ReportPaste
{
    QString format;             // the decoder's stable format id ("dsn", "outlook-dialog", ...)
    Cause cause = Cause::Unknown;
    bool unsure = false;        // something was found, but not clearly enough to name a cause
    Owner owner = Owner::You;
    QList<Fix> fixes;
    QList<ReportPasteFinding> findings;
    QString generatingServer;   // Reporting-MTA / the server that wrote the bounce
    QStringList errorNumbers;   // Outlook-style numbers, as written ("0x800CCC79")
    // From an Outlook dialog, when it was one.
    QString dialogServer;
    int dialogPort = 0;
    QString dialogAccount;
    QString text;               // the pasted text itself (shortened by the report)

    friend bool operator==(const ReportPaste &a, const ReportPaste &b)
    {
        return a.format == b.format && a.cause == b.cause && a.unsure == b.unsure && a.owner == b.owner && a.fixes == b.fixes
            && a.findings == b.findings && a.generatingServer == b.generatingServer
            && a.errorNumbers == b.errorNumbers && a.dialogServer == b.dialogServer
            && a.dialogPort == b.dialogPort && a.dialogAccount == b.dialogAccount && a.text == b.text;
    }
};

} // namespace od
