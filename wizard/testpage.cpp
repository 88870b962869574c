// SPDX-License-Identifier: GPL-3.0-or-later
#include "testpage.h"

#include "mailwayview.h"

#include "certificatedialog.h"
#include "diagnosis/knowledge.h"
#include "probeview.h"
#include "smtp/smtpprobe.h"
#include "wizardtexts.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace od {

TestPage::TestPage(WizardState *wizardState, Mode mode, QWidget *parent)
    : WizardPage(wizardState, parent)
    , m_mode(mode)
{
    m_intro = wrappingLabel(this, QStringLiteral("testIntroLabel"));
    m_status = wrappingLabel(this, QStringLiteral("statusLabel"));
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    m_view = new ProbeView(this);
    m_way = new MailWayView(this);

    m_certificateFrame = new QFrame(this);
    m_certificateFrame->setObjectName(QStringLiteral("certificateFrame"));
    m_certificateFrame->setFrameShape(QFrame::StyledPanel);
    auto *icon = new QLabel(m_certificateFrame);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) * 2;
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_certificateLabel = wrappingLabel(m_certificateFrame, QStringLiteral("certificateLabel"));
    m_certificateButton = new QPushButton(m_certificateFrame);
    m_certificateButton->setObjectName(QStringLiteral("trustCertificateButton"));
    auto *certLayout = new QHBoxLayout(m_certificateFrame);
    certLayout->addWidget(icon, 0, Qt::AlignTop);
    certLayout->addWidget(m_certificateLabel, 1);
    certLayout->addWidget(m_certificateButton, 0, Qt::AlignVCenter);
    m_certificateFrame->hide();
    connect(m_certificateButton, &QPushButton::clicked, this, &TestPage::showCertificate);

    m_passwordFrame = new QFrame(this);
    m_passwordFrame->setObjectName(QStringLiteral("passwordRejectedFrame"));
    m_passwordFrame->setFrameShape(QFrame::StyledPanel);
    auto *passwordIcon = new QLabel(m_passwordFrame);
    passwordIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_passwordLabel = wrappingLabel(m_passwordFrame, QStringLiteral("passwordRejectedLabel"));
    m_retypePassword = new QPushButton(m_passwordFrame);
    m_retypePassword->setObjectName(QStringLiteral("retypePasswordButton"));
    auto *passwordLayout = new QHBoxLayout(m_passwordFrame);
    passwordLayout->addWidget(passwordIcon, 0, Qt::AlignTop);
    passwordLayout->addWidget(m_passwordLabel, 1);
    passwordLayout->addWidget(m_retypePassword, 0, Qt::AlignVCenter);
    m_passwordFrame->hide();
    connect(m_retypePassword, &QPushButton::clicked, this, [this] { emit passwordRejected(serverWords()); });

    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelTestButton"));
    m_restart = new QPushButton(this);
    m_restart->setObjectName(QStringLiteral("restartTestButton"));
    connect(m_cancel, &QPushButton::clicked, this, &TestPage::cancelTest);
    connect(m_restart, &QPushButton::clicked, this, &TestPage::startTest);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_restart);

    auto *layout = scrollingLayout();
    layout->addWidget(m_intro);
    layout->addWidget(m_way);
    layout->addLayout(buttons);
    layout->addWidget(m_certificateFrame);
    layout->addWidget(m_passwordFrame);
    layout->addWidget(m_view, 1);
    setTabOrder(m_cancel, m_restart);
    setTabOrder(m_restart, m_certificateButton);
    setTabOrder(m_certificateButton, m_view->tree());
    retranslateUi();
}

TestPage::~TestPage()
{
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->abort();
    }
}

void TestPage::retranslateUi()
{
    if (m_mode == Mode::First) {
        setTitle(tr("Testing your outgoing server"));
        setSubTitle(tr("Outbox Doctor talks to the server the way your mail program does, without sending anything."));
    } else {
        setTitle(tr("Testing again"));
        setSubTitle(tr("The same test, with the settings of the fix."));
    }
    const ProbeSettings s = state()->probeSettings(m_mode == Mode::First ? state()->account() : state()->proposed());
    m_intro->setText(
        tr("Sender %1, a recipient at the provider's own domain and one elsewhere (%2). "
           "Each row is one step of the conversation; click a row and show the conversation to see the server's exact words.")
            .arg(s.from, s.effectiveForeignRecipients().join(QStringLiteral(", "))));
    m_cancel->setText(tr("&Cancel test"));
    m_cancel->setAccessibleName(tr("Cancel the test"));
    m_restart->setText(tr("&Repeat test"));
    m_restart->setAccessibleName(tr("Repeat the test"));
    m_certificateButton->setText(tr("&Show certificate…"));
    m_certificateButton->setAccessibleName(tr("Show the certificate and decide whether to trust it"));
    m_retypePassword->setText(tr("Enter the &password again"));
    m_retypePassword->setAccessibleName(tr("Go back and enter the password again"));
    m_passwordLabel->setText(tr("The server did not accept the user name or password. It said: %1").arg(serverWords()));
    m_passwordLabel->setAccessibleName(m_passwordLabel->text());
    m_certificateLabel->setText(
        tr("The server's certificate could not be verified, so the test stopped before sending your password. "
           "Look at the certificate to decide whether to trust it for this test."));
    updateStatus();
}

QString TestPage::helpText() const
{
    return tr("The test connects to the outgoing server on each likely port at the same time and goes through the "
              "steps your mail program would: greeting, encryption, login, sender and two recipients. Nothing is "
              "sent. A tick means the step worked, a cross that the server refused or something failed. Click "
              "\"Show the conversation with the server\" to read what was said. \"Cancel test\" stops it at once; "
              "when the result is in, click Next for the explanation.");
}

void TestPage::initializePage()
{
    startTest();
}

void TestPage::cleanupPage()
{
    cancelTest();
}

bool TestPage::isComplete() const
{
    return m_haveVerdict && !m_result.aborted && m_result.inputError.isEmpty();
}

bool TestPage::isRunning() const
{
    return m_probe && m_probe->isRunning();
}

void TestPage::startTest()
{
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->abort();
        m_probe->deleteLater();
    }
    m_haveVerdict = false;
    m_finished = false;
    m_result = ProbeResult{};
    m_diagnosis = Diagnosis{};
    m_certificateFrame->hide();
    m_passwordFrame->hide();
    const ProbeSettings settings =
        state()->probeSettings(m_mode == Mode::First ? state()->account() : state()->proposed());
    m_probe = state()->newProbe(this);
    m_view->follow(m_probe, settings);
    m_way->setPlaces(state()->location(), settings);
    m_way->showRunning();
    connect(m_probe, &SmtpProbe::verdictReady, this, &TestPage::onVerdict);
    connect(m_probe, &SmtpProbe::finished, this, &TestPage::onFinished);
    retranslateUi();
    emit completeChanged();
    m_probe->start(settings);
    updateStatus();
}

void TestPage::cancelTest()
{
    if (m_probe && m_probe->isRunning())
        m_probe->abort(); // emits finished(aborted) synchronously
}

void TestPage::store(const ProbeResult &result)
{
    m_result = result;
    m_diagnosis = diagnoseProbe(result);
    if (m_mode == Mode::First)
        state()->setFirstResult(result, m_diagnosis);
    else
        state()->setRetestResult(result, m_diagnosis, m_finished);
}

void TestPage::onVerdict(const ProbeResult &result)
{
    store(result);
    m_way->showResult(m_diagnosis);
    m_haveVerdict = true;
    updateStatus();
    emit completeChanged();
}

void TestPage::onFinished(const ProbeResult &result)
{
    const bool wasComplete = isComplete();
    m_finished = true;
    store(result);
    if (!result.aborted)
        m_haveVerdict = true;
    m_view->finish(result, m_diagnosis);
    if (!result.aborted)
        m_way->showResult(m_diagnosis);
    const Attempt *bad = certificateProblem();
    m_certificateFrame->setVisible(bad != nullptr);
    if (bad)
        m_certificateButton->setFocus();
    m_passwordFrame->setVisible(passwordProblem());
    if (passwordProblem()) {
        retranslateUi();
        m_retypePassword->setDefault(true);
        m_retypePassword->setFocus();
    }
    updateStatus();
    if (wasComplete != isComplete())
        emit completeChanged();
    emit testFinished(result);
}

bool TestPage::canMoveOnByItself() const
{
    if (!m_finished || m_result.aborted || !m_result.inputError.isEmpty() || certificateProblem() || passwordProblem())
        return false;
    return m_mode == Mode::First || m_diagnosis.cause == Cause::Ok;
}

const Attempt *TestPage::certificateProblem() const
{
    for (const Attempt &a : m_result.attempts) {
        if (a.failure == Failure::CertificateRejected && !a.tls.chain.isEmpty() && !a.tls.trustedByUser)
            return &a;
    }
    return nullptr;
}

bool TestPage::passwordProblem() const
{
    const Fix fix = state()->chosenFix();
    return m_mode == Mode::Retest && m_finished && !m_result.aborted && m_diagnosis.cause == Cause::AuthFailed
        && (fix == Fix::EnableAuth || fix == Fix::UseSubmissionPort || fix == Fix::FixSecuritySetting
            || fix == Fix::UseModernAuth || fix == Fix::PopBeforeSmtp);
}

QString TestPage::serverWords() const
{
    const Diagnosis &v = m_diagnosis;
    if (v.reply.isValid())
        return QString::number(v.reply.code) + QLatin1Char(' ') + v.reply.text();
    if (m_result.pop3.attempted && !m_result.pop3.serverText.isEmpty())
        return m_result.pop3.serverText;
    return causeTitle(v.cause);
}

void TestPage::showCertificate()
{
    const Attempt *bad = certificateProblem();
    if (!bad)
        return;
    CertificateDialog dialog(bad->host.isEmpty() ? m_result.settings.host : bad->host, bad->tls, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    state()->trustCertificate(dialog.fingerprint());
    startTest();
}

void TestPage::updateStatus()
{
    const bool running = isRunning();
    m_cancel->setEnabled(running);
    m_restart->setEnabled(!running);
    QString text;
    if (running && !m_haveVerdict) {
        text = tr("Testing %1…").arg(state()->probeSettings(m_mode == Mode::First ? state()->account() : state()->proposed()).host);
    } else if (m_result.aborted) {
        text = tr("The test was cancelled. Click \"Repeat test\" to run it again.");
    } else if (!m_result.inputError.isEmpty()) {
        text = m_result.inputError.text();
    } else if (m_haveVerdict) {
        const Cause cause = m_diagnosis.cause;
        text = cause == Cause::Ok ? tr("It works: %1.").arg(causeTitle(cause))
                                  : tr("Problem found: %1.").arg(causeTitle(cause));
        if (running)
            text = tr("%1 (still finishing the other ports)").arg(text);
    }
    m_status->setText(text);
    m_status->setAccessibleName(text);
}

} // namespace od
