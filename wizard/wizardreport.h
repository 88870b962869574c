// SPDX-License-Identifier: GPL-3.0-or-later
// The support report for what the wizard has seen so far: the Done page saves and copies it,
// the window offers to save it before closing, and the Fix page's question to the provider is
// taken from it.
#pragma once

#include "report/report.h"

#include <QString>

class QWidget;

namespace od {

class WizardState;

// The whole story: the first test (and the pasted error), the fixes tried with the test after
// them, and what "apply for me" did to the mail program's settings.
Report wizardReport(const WizardState &state, bool maskIdentities = false);

// Asks where to save the report (web page, PDF or plain text) and writes it there. Returns the
// path written; empty when the user cancelled (*error empty) or writing failed (*error says why).
QString saveWizardReportAs(QWidget *parent, const WizardState &state, bool maskIdentities, QString *error);

} // namespace od
