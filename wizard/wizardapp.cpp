#include "wizardapp.h"

#include "core/languages.h"
#include "outboxwizard.h"

#include <QApplication>
#include <QSettings>

namespace od {

int runWizard(QApplication &app)
{
    // The last language chosen in the wizard, else the system's.
    const QString saved = normaliseLanguage(QSettings().value(QStringLiteral("language")).toString());
    installLanguage(saved.isEmpty() ? languageForLocale(QLocale::system()) : saved);
    OutboxWizard wizard;
    wizard.show();
    return app.exec();
}

} // namespace od
