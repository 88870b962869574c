// SPDX-License-Identifier: GPL-3.0-or-later
// From what happened in a live test to a cause: decided by the experiment first
// (local recipient accepted, foreign refused = relaying denied), by wording second.
// The probe (smtp/) records facts only; everything it means is computed here, by whoever
// shows or acts on the result (the CLI, the wizard, the report).
#pragma once

#include "smtp/probetypes.h"

#include <QJsonObject>

namespace od {

// What a test means: the one shape for an attempt's, a POP3 login's or the whole probe's cause.
struct Diagnosis
{
    Cause cause = Cause::Unknown;
    Owner owner = Owner::You;
    QList<Fix> fixes;               // best first for where the user is; empty when the test passed
    int attempt = -1;               // the attempt it rests on (index into ProbeResult::attempts)
    Step step = Step::Connect;      // where it was decided
    SmtpReply reply;                // the server's words behind it, if any
    QList<Cause> attemptCauses;     // each attempt's own cause, in ProbeResult::attempts order
    Cause pop3Cause = Cause::Unknown; // the POP3 login's, when one was made

    Cause attemptCause(int index) const { return attemptCauses.value(index, Cause::Unknown); }
};

// One attempt on its own: cause, step, reply and the cause's owner (no fixes, no per-part causes).
Diagnosis diagnoseAttempt(const Attempt &attempt);
// The server's words at RCPT: the mailbox does not exist (any MTA's wording, or X.1.1).
bool saysRecipientUnknown(const SmtpReply &reply);
// The server's words (not just its code) at RCPT: relaying refused.
bool saysRelayDenied(const SmtpReply &reply);
Cause diagnosePop3(const Pop3Result &pop3);
// Picks the attempt that tells the most and orders the fixes for where the user is. Attempts
// that ended after the probe had decided (Attempt::endedAfterDecision) change the answer only
// when they tell more than what was known then and the probe was not aborted.
Diagnosis diagnoseProbe(const ProbeResult &result);

// The stable JSON form (README): the probe's facts (smtp/proberesultjson.h) with the diagnosis's
// "verdict" and each attempt's and the POP3 login's "cause".
QJsonObject diagnosisToJson(const Diagnosis &diagnosis);
QJsonObject probeResultToJson(const ProbeResult &result, const Diagnosis &diagnosis);

} // namespace od
