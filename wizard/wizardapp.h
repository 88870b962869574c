#pragma once

class QApplication;

namespace od {
// Shows the troubleshooting wizard; returns the application's exit code.
int runWizard(QApplication &app);
}
