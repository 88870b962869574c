// SPDX-License-Identifier: GPL-3.0-or-later
#include "outboxwizard.h"

#include "statuscolours.h"

#include "accountpage.h"
#include "core/languages.h"
#include "diagnosispage.h"
#include "donepage.h"
#include "fixpage.h"
#include "indicatorcontrast.h"
#include "stepindicator.h"
#include "testpage.h"
#include "welcomepage.h"
#include "wizardreport.h"
#include "wizardstate.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QMetaEnum>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QApplication>
#include <QTimer>

namespace od {

OutboxWizard::OutboxWizard(const WizardServices &services, QWidget *parent)
    : QWizard(parent)
    , m_state(new WizardState(services, this))
{
    setObjectName(QStringLiteral("outboxWizard"));
    // The desktop's colours, with links, placeholders and disabled labels made readable (4.5:1).
    setPalette(readablePalette(QApplication::palette(this)));
    // Radio buttons and check boxes whose indicators stand out from the window (3:1).
    IndicatorContrast::install(this);
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::HaveHelpButton, true);
    setOption(QWizard::NoBackButtonOnStartPage, true);

    auto *welcome = new od::WelcomePage(m_state);
    setPage(WelcomePage, welcome);
    setPage(AccountPage, new od::AccountPage(m_state));
    m_test = new od::TestPage(m_state, od::TestPage::Mode::First);
    setPage(TestPage, m_test);
    setPage(DiagnosisPage, new od::DiagnosisPage(m_state));
    m_fix = new od::FixPage(m_state);
    setPage(FixPage, m_fix);
    m_retest = new od::TestPage(m_state, od::TestPage::Mode::Retest);
    setPage(RetestPage, m_retest);
    setPage(DonePage, new od::DonePage(m_state));
    setStartId(WelcomePage);
    for (int id : pageIds())
        page(id)->setObjectName(QString::fromLatin1(QMetaEnum::fromType<PageId>().valueToKey(id)));

    m_steps = new od::StepIndicator(this);
    setSideWidget(m_steps);
    connect(this, &QWizard::currentIdChanged, this, &OutboxWizard::updateSteps);

    connect(welcome, &od::WelcomePage::languageChosen, this, &OutboxWizard::setLanguage);
    connect(welcome, &od::WelcomePage::locationChosen, this, [this] {
        if (currentId() == WelcomePage)
            next();
    });
    // A finished test moves on by itself to what it found (after a moment to see the last
    // step), unless it asks something of the user first (a certificate to check, a password to
    // type again) or was cancelled; a retest moves on only when the fix works.
    for (od::TestPage *page : {m_test, m_retest}) {
        connect(page, &od::TestPage::testFinished, this, [this, page] {
            if (m_state->advanceAfterTestMs() < 0 || !page->canMoveOnByItself())
                return;
            QTimer::singleShot(m_state->advanceAfterTestMs(), page, [this, page] {
                if (currentPage() == page && page->isComplete() && !page->isRunning())
                    next();
            });
        });
    }
    connect(m_retest, &od::TestPage::passwordRejected, this, [this](const QString &serverWords) {
        back();
        m_fix->showPasswordRejected(serverWords);
    });
    connect(this, &QWizard::helpRequested, this, &OutboxWizard::showHelp);
    auto *help = new QShortcut(QKeySequence::HelpContents, this);
    connect(help, &QShortcut::activated, this, &OutboxWizard::showHelp);

    // Fits a 1024x768 screen with room for the panel; remembered between runs.
    setMinimumSize(640, 480);
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("wizard/geometry")).toByteArray())) {
        QSize size(900, 680);
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableSize() - QSize(40, 60));
        resize(size);
    }
    retranslateUi();
}

OutboxWizard::~OutboxWizard()
{
    stopTests();
}

int OutboxWizard::nextId() const
{
    switch (currentId()) {
    case WelcomePage: return AccountPage;
    case AccountPage: return TestPage;
    case TestPage: return DiagnosisPage;
    case DiagnosisPage:
        return m_state->hasFirstResult() && m_state->firstDiagnosis().cause == Cause::Ok ? DonePage : FixPage;
    case FixPage: return m_fix->nextId();
    case RetestPage: return DonePage;
    default: return -1;
    }
}

void OutboxWizard::stopTests()
{
    m_test->cancelTest();
    m_retest->cancelTest();
    m_fix->cleanupPage();
}

void OutboxWizard::done(int result)
{
    stopTests();
    saveGeometrySetting();
    QWizard::done(result);
}

void OutboxWizard::reject()
{
    if (!confirmQuit())
        return;
    QWizard::reject();
}

bool OutboxWizard::confirmQuit()
{
    const bool tested = m_state->hasFirstResult() && !m_state->firstResult().aborted;
    if (!tested && !m_state->userTyped() && m_state->pastedText().trimmed().isEmpty())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Outbox Doctor"),
                    tested ? tr("Save a report first?") : tr("Close Outbox Doctor?"), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("confirmQuitMessageBox"));
    box.setInformativeText(tested ? tr("The test results are lost when Outbox Doctor closes. A report keeps them for "
                                       "your provider or helpdesk; your password is never in it.")
                                  : tr("What you typed is not kept."));
    QPushButton *save = nullptr;
    if (tested) {
        save = box.addButton(tr("&Save report…"), QMessageBox::AcceptRole);
        save->setObjectName(QStringLiteral("saveReportButton"));
    }
    QPushButton *quit = box.addButton(tr("&Close without saving"), QMessageBox::DestructiveRole);
    quit->setObjectName(QStringLiteral("quitWithoutSavingButton"));
    QPushButton *stay = box.addButton(tr("&Keep open"), QMessageBox::RejectRole);
    stay->setObjectName(QStringLiteral("keepOpenButton"));
    box.setDefaultButton(save ? save : stay);
    box.setEscapeButton(stay);
    box.exec();
    if (box.clickedButton() == quit)
        return true;
    if (!save || box.clickedButton() != save)
        return false;
    QString error;
    if (!saveWizardReportAs(this, *m_state, false, &error).isEmpty())
        return true;
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Outbox Doctor"), tr("The report could not be saved: %1").arg(error));
    return false;
}

void OutboxWizard::saveGeometrySetting()
{
    QSettings settings;
    settings.setValue(QStringLiteral("wizard/geometry"), saveGeometry());
}

void OutboxWizard::setLanguage(const QString &code)
{
    if (code.isEmpty() || code == currentLanguage())
        return;
    installLanguage(code);
    QSettings().setValue(QStringLiteral("language"), code);
}

void OutboxWizard::updateSteps()
{
    // One step per page, in page order.
    const int current = currentId();
    QList<int> visited;
    for (int id : visitedIds()) {
        if (id != current)
            visited << id;
    }
    QList<int> skipped;
    if (current == DonePage && !visited.contains(FixPage))
        skipped << FixPage << RetestPage; // the first test passed: nothing to fix
    m_steps->setCurrent(std::max(0, current), visited, skipped);
}

void OutboxWizard::resizeEvent(QResizeEvent *event)
{
    // The steps take room from the pages: shown only when the window can spare it.
    m_steps->setVisible(width() >= 820);
    QWizard::resizeEvent(event);
}

void OutboxWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::ApplicationPaletteChange)
        setPalette(readablePalette(QApplication::palette(this)));
    QWizard::changeEvent(event);
}

void OutboxWizard::retranslateUi()
{
    setWindowTitle(tr("Outbox Doctor"));
    // QWizard sets its buttons' texts only when they are created or the style changes, so they
    // are given again here, from our own catalogue: worded as Qt's catalogues word them, except
    // where those give two buttons of one page the same access key (Dutch Terug/Voltooien).
    setButtonText(QWizard::BackButton, tr("< &Back", "wizard button"));
    setButtonText(QWizard::NextButton, tr("&Next >", "wizard button"));
    setButtonText(QWizard::FinishButton, tr("&Finish", "wizard button"));
    setButtonText(QWizard::CancelButton, tr("Cancel", "wizard button"));
    setButtonText(QWizard::HelpButton, tr("&Help", "wizard button"));
    for (QWizard::WizardButton b : {QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton,
                                    QWizard::CancelButton, QWizard::HelpButton}) {
        if (QAbstractButton *button = this->button(b))
            button->setAccessibleName(QString(button->text()).remove(QLatin1Char('&')).remove(QLatin1Char('<')).remove(QLatin1Char('>')).trimmed());
    }
}

void OutboxWizard::showHelp()
{
    auto *page = qobject_cast<WizardPage *>(currentPage());
    if (!page)
        return;
    QMessageBox box(QMessageBox::Information, tr("Help: %1").arg(page->title()), page->helpText(),
                    QMessageBox::Close, this);
    box.setObjectName(QStringLiteral("helpMessageBox"));
    // Ours, not Qt's: Qt 6.4's Swedish catalogue has no text for the standard Close button.
    box.button(QMessageBox::Close)->setText(tr("&Close", "button of the help window"));
    box.exec();
}

} // namespace od
