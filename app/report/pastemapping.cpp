// SPDX-License-Identifier: GPL-3.0-or-later
#include "pastemapping.h"

#include "diagnosis/pastedecoder.h"

namespace od {

ReportPaste reportPasteFromDecode(const DecodeResult &result, const QString &pastedText)
{
    ReportPaste paste;
    paste.format = pasteFormatId(result.format);
    paste.cause = result.verdict.cause;
    paste.unsure = result.verdict.isUnsure();
    paste.owner = result.verdict.owner;
    paste.fixes = result.verdict.fixes;
    for (const Finding &f : result.findings) {
        ReportPasteFinding finding;
        finding.recipient = f.recipient;
        finding.code = f.code;
        finding.enhanced = f.enhanced;
        finding.serverText = f.serverText;
        finding.remoteServer = f.remoteMta;
        finding.cause = f.cause();
        paste.findings << finding;
    }
    paste.generatingServer = result.generatingServer;
    paste.errorNumbers = result.errorNumbers;
    if (result.outlook.present) {
        paste.dialogServer = result.outlook.server;
        paste.dialogPort = result.outlook.port;
        paste.dialogAccount = result.outlook.account;
    }
    paste.text = pastedText;
    return paste;
}

} // namespace od
