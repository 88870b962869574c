// SPDX-License-Identifier: GPL-3.0-or-later
#include "pastesummary.h"

#include "diagnosis/pastedecoder.h"

namespace od {

PasteSummary PasteSummary::decode(const QString &text, Location location, AccountKind account)
{
    PasteSummary s;
    if (text.trimmed().isEmpty())
        return s;
    const DecodeResult r = decodePaste(text, DecodeContext{location, account});
    if (r.findings.isEmpty())
        return s;
    const int index = r.verdict.finding >= 0 && r.verdict.finding < r.findings.size() ? r.verdict.finding : 0;
    const Finding &f = r.findings.at(index);
    s.decoded = true;
    s.cause = r.verdict.cause;
    s.unsure = r.verdict.isUnsure();
    s.owner = r.verdict.owner;
    s.fixes = r.verdict.fixes;
    s.code = f.code;
    s.enhanced = f.enhanced.isValid() ? f.enhanced.toString() : QString();
    s.serverText = f.serverText;
    if (f.meaning.explanation)
        s.explanation = QString::fromUtf8(f.meaning.explanation);
    s.recipient = f.recipient.isEmpty() ? r.outlook.rejectedAddress : f.recipient;
    s.sender = r.headers.from;
    s.server = r.outlook.server;
    s.port = r.outlook.port;
    return s;
}

} // namespace od
