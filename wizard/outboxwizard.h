// SPDX-License-Identifier: GPL-3.0-or-later
// The troubleshooting wizard: from "where are you?" to a verified fix.
#pragma once

#include <QWizard>

namespace od {

class WizardState;
struct WizardServices;
class WizardPage;
class FixPage;
class TestPage;
class StepIndicator;

class OutboxWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { WelcomePage, AccountPage, TestPage, DiagnosisPage, FixPage, RetestPage, DonePage };
    Q_ENUM(PageId)

    explicit OutboxWizard(const WizardServices &services, QWidget *parent = nullptr);
    ~OutboxWizard() override;

    WizardState *state() const { return m_state; }
    int nextId() const override;
    void done(int result) override;
    // Cancel, Escape and the window's close button: after a test, or once something was typed,
    // asks first ("Save a report first?").
    void reject() override;

    // Installs the translations and retranslates every window (QEvent::LanguageChange).
    void setLanguage(const QString &code);
    void showHelp();
    // Stops every running test (closing the window, cancelling the wizard).
    void stopTests();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslateUi();
    void updateSteps();
    // True when the user chose to close (after saving a report, or without).
    bool confirmQuit();
    void saveGeometrySetting();

    WizardState *m_state;
    od::TestPage *m_test;
    od::TestPage *m_retest;
    od::FixPage *m_fix;
    od::StepIndicator *m_steps;
};

} // namespace od
