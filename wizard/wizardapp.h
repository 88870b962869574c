// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QApplication;

namespace od {
struct WizardServices;
// Shows the troubleshooting wizard; returns the application's exit code.
int runWizard(QApplication &app, const WizardServices &services);
}
