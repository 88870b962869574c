#include "wizardapp.h"

#include "core/languages.h"

#include <QApplication>
#include <QLabel>
#include <QWizard>
#include <QWizardPage>
#include <QVBoxLayout>

namespace od {

int runWizard(QApplication &app)
{
    installLanguage(languageForLocale(QLocale::system()));
    QWizard wizard;
    wizard.setWindowTitle(QApplication::translate("od::Wizard", "Outbox Doctor"));
    auto *page = new QWizardPage(&wizard);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(QApplication::translate("od::Wizard", "Outbox Doctor"), page));
    wizard.addPage(page);
    wizard.show();
    return app.exec();
}

} // namespace od
