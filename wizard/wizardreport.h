// SPDX-License-Identifier: GPL-3.0-or-later
// The support report for what the wizard has seen so far: the Done page saves and copies it,
// and the Fix page's question to the provider is taken from it.
#pragma once

#include "report/report.h"

namespace od {

class WizardState;

Report wizardReport(const WizardState &state, bool maskIdentities = false);

} // namespace od
