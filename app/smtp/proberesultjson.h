// SPDX-License-Identifier: GPL-3.0-or-later
// The stable JSON form of a probe result (documented in the README).
#pragma once

#include "smtp/probetypes.h"

#include <QJsonObject>

namespace od {

QJsonObject replyToJson(const SmtpReply &reply);
QJsonObject tlsReportToJson(const TlsReport &tls);
QJsonObject attemptToJson(const Attempt &attempt);
QJsonObject verdictToJson(const Verdict &verdict);
QJsonObject probeResultToJson(const ProbeResult &result);

} // namespace od
