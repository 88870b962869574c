// SPDX-License-Identifier: GPL-3.0-or-later
// Pages 4 and 7: the live test (and, after a fix, the test again). The page becomes
// complete when the probe's verdict arrives; it can be cancelled, and a certificate that
// fails verification can be looked at and trusted for this test.
#pragma once

#include "diagnosis/probediagnosis.h"
#include "wizardpage.h"

#include <QPointer>

class QFrame;
class QLabel;
class QPushButton;

namespace od {

class ProbeView;
class SmtpProbe;

class TestPage : public WizardPage
{
    Q_OBJECT
public:
    enum class Mode { First, Retest };
    TestPage(WizardState *state, Mode mode, QWidget *parent = nullptr);
    ~TestPage() override;

    QString helpText() const override;
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    bool isRunning() const;
    // Whether the wizard may move on from this finished test without the user: it was not
    // cancelled, asks nothing (no certificate to check, no password to type again) and, for a
    // retest, the fix works.
    bool canMoveOnByItself() const;
    void startTest();
    void cancelTest();
    ProbeView *probeView() const { return m_view; }

signals:
    void testFinished(const od::ProbeResult &result);
    // The retest was refused because of the user name or password: "enter it again" was
    // chosen. `serverWords` is the server's answer.
    void passwordRejected(const QString &serverWords);

protected:
    void retranslateUi() override;

private:
    void onVerdict(const ProbeResult &result);
    void onFinished(const ProbeResult &result);
    void store(const ProbeResult &result);
    void updateStatus();
    void showCertificate();
    const Attempt *certificateProblem() const;
    bool passwordProblem() const;
    QString serverWords() const;

    Mode m_mode;
    QPointer<SmtpProbe> m_probe;
    ProbeResult m_result;
    Diagnosis m_diagnosis; // of m_result
    class MailWayView *m_way = nullptr;
    bool m_haveVerdict = false;
    bool m_finished = false;
    QLabel *m_intro;
    QLabel *m_status;
    ProbeView *m_view;
    QFrame *m_certificateFrame;
    QLabel *m_certificateLabel;
    QPushButton *m_certificateButton;
    QFrame *m_passwordFrame;
    QLabel *m_passwordLabel;
    QPushButton *m_retypePassword;
    QPushButton *m_cancel;
    QPushButton *m_restart;
};

} // namespace od
