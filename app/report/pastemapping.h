// SPDX-License-Identifier: GPL-3.0-or-later
// From the paste decoder's result to the report's own view of a pasted error.
#pragma once

#include "report/reportpaste.h"

#include <QString>

namespace od {

struct DecodeResult;

// pastedText: what the user pasted (the report shows its first lines); may be empty.
ReportPaste reportPasteFromDecode(const DecodeResult &result, const QString &pastedText = QString());

} // namespace od
