// SPDX-License-Identifier: GPL-3.0-or-later
// From what happened in a live test to a cause: decided by the experiment first
// (local recipient accepted, foreign refused = relaying denied), by wording second.
#pragma once

#include "smtp/probetypes.h"

namespace od {

struct AttemptDiagnosis
{
    Cause cause = Cause::Unknown;
    Step step = Step::Connect;  // where it was decided
    SmtpReply reply;            // the server's words behind it, if any
};

AttemptDiagnosis diagnoseAttempt(const Attempt &attempt);
// The server's words at RCPT: the mailbox does not exist (any MTA's wording, or X.1.1).
bool saysRecipientUnknown(const SmtpReply &reply);
// The server's words (not just its code) at RCPT: relaying refused.
bool saysRelayDenied(const SmtpReply &reply);
Cause diagnosePop3(const Pop3Result &pop3);
// Picks the attempt that tells the most and orders the fixes for where the user is.
Verdict diagnoseProbe(const ProbeResult &result);

} // namespace od
