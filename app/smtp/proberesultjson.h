// SPDX-License-Identifier: GPL-3.0-or-later
// The stable JSON form of a probe's facts (documented in the README). The diagnosis adds its
// own keys ("verdict", each attempt's and the POP3 login's "cause"): see
// diagnosis/probediagnosis.h, probeResultToJson().
#pragma once

#include "smtp/probetypes.h"

#include <QJsonObject>

namespace od {

QJsonObject replyToJson(const SmtpReply &reply);
QJsonObject tlsReportToJson(const TlsReport &tls);
QJsonObject attemptToJson(const Attempt &attempt);
QJsonObject probeFactsToJson(const ProbeResult &result);

} // namespace od
