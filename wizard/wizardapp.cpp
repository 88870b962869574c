// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizardapp.h"

#include "core/languages.h"
#include "outboxwizard.h"
#include "wizardservices.h"

#include <QApplication>
#include <QIcon>
#include <QSettings>

namespace od {

int runWizard(QApplication &app, const WizardServices &services)
{
    // The last language chosen in the wizard, else the system's.
    const QString saved = normaliseLanguage(QSettings().value(QStringLiteral("language")).toString());
    installLanguage(saved.isEmpty() ? languageForLocale(QLocale::system()) : saved);
    // The application icon (embedded by the executable): the window's icon and the wizard's logo.
    const QIcon icon(QStringLiteral(":/icons/outbox-doctor.svg"));
    if (!icon.isNull())
        QApplication::setWindowIcon(icon);
    OutboxWizard wizard(services);
    if (!icon.isNull())
        wizard.setPixmap(QWizard::LogoPixmap, icon.pixmap(QSize(48, 48), wizard.devicePixelRatioF()));
    wizard.show();
    return app.exec();
}

} // namespace od
