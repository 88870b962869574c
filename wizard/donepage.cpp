// SPDX-License-Identifier: GPL-3.0-or-later
#include "donepage.h"

#include "accesskeys.h"
#include "applychangespanel.h"
#include "diagnosis/knowledge.h"
#include "diagnosispage.h"
#include "wizardtexts.h"

#include "clientinstructions.h"
#include "diagnosis/pastedecoder.h"
#include "wizardreport.h"
#include "smtp/certificatetrust.h"
#include "report/pdf/reportpdf.h"
#include "report/reportwriter.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QMimeData>
#include <QTextBrowser>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace od {

DonePage::DonePage(WizardState *wizardState, QWidget *parent)
    : WizardPage(wizardState, parent)
{
    m_headline = wrappingLabel(this, QStringLiteral("resultHeadlineLabel"));
    QFont big = m_headline->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_headline->setFont(big);
    m_text = wrappingLabel(this, QStringLiteral("resultTextLabel"));
    m_settings = wrappingLabel(this, QStringLiteral("settingsSummaryLabel"));
    m_settings->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_settings->setFrameShape(QFrame::StyledPanel);
    m_settings->setMargin(6);
    m_tried = wrappingLabel(this, QStringLiteral("fixesTriedLabel"));
    m_applyChanges = new ApplyChangesPanel(wizardState, this);
    m_lastStep = wrappingLabel(this, QStringLiteral("lastStepLabel"));
    m_lastStep->setFrameShape(QFrame::StyledPanel);
    m_lastStep->setMargin(6);
    m_undoUntested = new QPushButton(this);
    m_undoUntested->setObjectName(QStringLiteral("undoUntestedChangeButton"));
    connect(m_undoUntested, &QPushButton::clicked, this, [this] {
        if (!untestedChange())
            return;
        const ApplyResult r = state()->undoApplied(state()->fixesTried().size() - 1);
        m_undoError = r.ok() ? Phrase() : r.error;
        retranslateUi();
    });
    // "Apply" and "undo" change what is left to do.
    connect(wizardState, &WizardState::changed, this, [this] {
        if (isVisible())
            retranslateUi();
    });
    m_instructions = new QTextBrowser(this);
    m_instructions->setObjectName(QStringLiteral("doneInstructionsTextBrowser"));
    m_instructions->setOpenLinks(false);
    m_copy = new QPushButton(this);
    m_copy->setObjectName(QStringLiteral("copyReportButton"));
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setMimeData(reportMimeData(report()));
        m_saved->setText(tr("The report is on the clipboard."));
    });
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportReportButton"));
    connect(m_export, &QPushButton::clicked, this, [this] {
        QString error;
        const QString path = saveWizardReportAs(this, *state(), m_mask->isChecked(), &error);
        if (!path.isEmpty())
            m_saved->setText(tr("Report saved to %1.").arg(QDir::toNativeSeparators(path)));
        else if (!error.isEmpty())
            m_saved->setText(tr("The report could not be saved: %1").arg(error));
    });
    m_saved = wrappingLabel(this, QStringLiteral("reportSavedLabel"));
    m_mask = new QCheckBox(this);
    m_mask->setObjectName(QStringLiteral("maskIdentitiesCheckBox"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_export);
    buttons->addWidget(m_mask);
    buttons->addWidget(m_saved, 1);
    auto *layout = scrollingLayout(buttons);
    layout->addWidget(m_headline);
    layout->addWidget(m_text);
    layout->addWidget(m_settings);
    layout->addWidget(m_tried);
    layout->addWidget(m_applyChanges);
    layout->addWidget(m_lastStep);
    layout->addWidget(m_undoUntested, 0, Qt::AlignLeft);
    layout->addWidget(m_instructions, 1);
    // Takes the room when there are no instructions, instead of spreading the texts apart.
    layout->addStretch(0);
    retranslateUi();
}

bool DonePage::untestedChange() const
{
    const QList<FixAttempt> &tried = state()->fixesTried();
    return !tried.isEmpty() && !tried.constLast().tested
        && tried.constLast().applied.outcome == AppliedChange::Outcome::Applied;
}

QList<FixAttempt> DonePage::latestAttempts(const QList<FixAttempt> &tried)
{
    QList<FixAttempt> latest;
    QList<Fix> seen;
    for (auto it = tried.crbegin(); it != tried.crend(); ++it) {
        if (seen.contains(it->fix))
            continue;
        seen << it->fix;
        latest.prepend(*it);
    }
    return latest;
}

bool DonePage::isSolved() const
{
    return state()->hasFirstResult() && state()->latestDiagnosis().cause == Cause::Ok
        && !state()->latestResult().aborted;
}

void DonePage::initializePage()
{
    m_undoError.clear();
    retranslateUi();
}

void DonePage::retranslateUi()
{
    setTitle(tr("Done"));
    setSubTitle(tr("The result, and what to change in your mail program."));
    m_mask->setText(tr("Hide addresses and server &names", "report option"));
    m_mask->setToolTip(tr("For sharing the report in a public forum: e-mail addresses, server names and "
                          "IP addresses are replaced by placeholders."));
    m_mask->setAccessibleName(tr("Hide addresses and server names in the report"));
    m_copy->setText(tr("&Copy report"));
    m_copy->setAccessibleName(tr("Copy the report to the clipboard"));
    m_export->setText(tr("&Save report…"));
    m_export->setAccessibleName(tr("Save a report for your provider"));
    m_export->setToolTip(tr("As a web page, PDF or plain text. Your password is never in it."));
    m_instructions->setAccessibleName(tr("Instructions"));

    const bool retested = state()->hasRetestResult();
    const Fix fix = state()->chosenFix();
    const AccountSettings &final = retested ? state()->proposed() : state()->account();
    if (!state()->hasFirstResult()) {
        m_headline->clear();
        m_text->clear();
    } else if (isSolved()) {
        m_headline->setText(tr("It works"));
        m_text->setText(retested ? tr("The test with the new settings went through: mail sent with them would be delivered.")
                                 : tr("The test went through: mail sent with these settings would be delivered. "
                                      "If mail still fails, check the recipient's address, or paste the error you "
                                      "get on the first page."));
    } else if (untestedChange()) {
        // A change only the mail program can try (its OAuth2 sign-in runs in its own window).
        const QString program = ClientInstructions::clientName(
            ClientInstructions::clientFor(state()->fixesTried().constLast().applied.client));
        m_headline->setText(tr("Try it in %1", "mail program").arg(program));
        m_text->setText(tr("Outbox Doctor changed the settings of %1, but cannot test this change itself: only sending "
                           "from %1 shows whether it works.")
                            .arg(program));
    } else if (!retested && fix == Fix::ContactProvider) {
        m_headline->setText(tr("Ask your provider"));
        m_text->setText(tr("Send your provider or administrator the question from the previous page, with the report "
                           "(\"Save report\" or \"Copy report\")."));
    } else {
        m_headline->setText(tr("Not solved yet"));
        m_text->setText(tr("Still refused: %1. Click Back to try another way, or contact your provider with the "
                           "report.")
                            .arg(causeTitle(state()->latestDiagnosis().cause)));
    }
    // What the latest test tried and found, as it tried it (the port "automatic" resolved).
    QStringList tested;
    tested << tr("Settings tested: %1.", "server, port (security), login")
                  .arg(WizardTexts::testedSettings(state()->latestResult(), state()->latestDiagnosis()));
    if (final.popBeforeSmtp)
        tested << tr("Incoming mail was checked first at %1.").arg(final.incomingHost);
    tested << WizardTexts::testOutcome(state()->latestDiagnosis());
    m_settings->setText(tested.join(QLatin1Char('\n')));
    // After a change only the mail program can try, the test before it is not what it now does.
    m_settings->setVisible(state()->hasFirstResult() && !untestedChange());
    // Each fix once, as its latest attempt ended: a fix tested, then switched another way, is
    // the switch, not yet tested.
    QStringList tried;
    for (const FixAttempt &f : latestAttempts(state()->fixesTried())) {
        if (f.tested)
            tried << tr("%1: %2", "fix tried: its result").arg(fixTitle(f.fix), causeTitle(f.result));
        else if (f.applied.outcome == AppliedChange::Outcome::Undone)
            tried << tr("%1: changed, then undone", "fix tried").arg(fixTitle(f.fix));
        else if (f.applied.outcome == AppliedChange::Outcome::Applied)
            tried << tr("%1: not tested yet", "fix tried").arg(fixTitle(f.fix));
    }
    m_tried->setText(tried.isEmpty() ? QString() : tr("What was tried:") + QLatin1Char('\n') + tried.join(QLatin1Char('\n')));
    m_tried->setVisible(!tried.isEmpty());
    // How to change the mail program, once the fix is proven.
    const bool showSteps = retested && isSolved() && !ClientInstructions::steps(QStringLiteral("generic"), fix).isEmpty();
    const QString client = state()->instructionsClient().isEmpty() ? ClientInstructions::clientFor(final.client)
                                                                  : state()->instructionsClient();
    // Once Outbox Doctor has changed the program's file, the manual steps are done.
    const bool applied = !state()->fixesTried().isEmpty()
        && state()->fixesTried().constLast().applied.outcome == AppliedChange::Outcome::Applied;
    m_instructions->setHtml(showSteps && !applied ? ClientInstructions::html(client, fix, final) : QString());
    m_instructions->setVisible(showSteps && !applied);
    // The last step: see it work in the mail program itself.
    const QString undoLabel = tr("&Undo the change", "the settings change made in the mail program");
    QStringList last;
    if (untestedChange()) {
        const AppliedChange &change = state()->fixesTried().constLast().applied;
        const QString name = ClientInstructions::clientName(ClientInstructions::clientFor(change.client));
        last << tr("Last step: open %1 and send yourself a message.").arg(name);
        if (state()->fixesTried().constLast().fix == Fix::UseModernAuth)
            last << tr("%1 opens your provider's sign-in page once: sign in there.").arg(name);
        if (m_undoError.isEmpty()) {
            // The undo button sits right under this text while the change is untested.
            last << tr("If the message is refused again, click \"%1\" below to put the settings of %2 back as they "
                       "were.", "%1: the undo button's label")
                        .arg(AccessKeys::withoutKey(undoLabel), name);
        } else {
            // The undo failed: the old file is still there to copy back by hand.
            last << tr("The change could not be undone: %1").arg(m_undoError.text());
            for (qsizetype i = 0; i < change.files.size() && i < change.backups.size(); ++i)
                last << tr("To put the old settings back by hand, close %1 and copy %2 over %3.")
                            .arg(name, QDir::toNativeSeparators(change.backups.at(i)),
                                 QDir::toNativeSeparators(change.files.at(i)));
        }
    } else if (retested && isSolved()) {
        const QString name = client == QLatin1String("generic") ? QString() : ClientInstructions::clientName(client);
        if (applied)
            last << (name.isEmpty() ? tr("Last step: open your mail program and send yourself a message.")
                                    : tr("Last step: open %1 and send yourself a message.").arg(name));
        else
            last << (name.isEmpty() ? tr("Last step: change your mail program as shown, then send yourself a message.")
                                    : tr("Last step: change %1 as shown, then send yourself a message.").arg(name));
        last << tr("It should leave the Outbox at once and arrive within a minute or two. If your mail program asks "
                   "for your password, enter it there.");
        for (const QByteArray &sha : std::as_const(state()->trustedFingerprints()))
            last << tr("The server's certificate was trusted only for this test, so your mail program will warn about "
                       "it too. Accept it there only if it shows this SHA-256 fingerprint: %1")
                        .arg(fingerprintText(sha));
    }
    m_lastStep->setText(last.join(QLatin1Char('\n')));
    m_lastStep->setAccessibleName(m_lastStep->text());
    m_lastStep->setVisible(!last.isEmpty());
    for (QLabel *l : {m_headline, m_text, m_settings, m_tried})
        l->setAccessibleName(l->text());
    m_undoUntested->setText(undoLabel);
    m_undoUntested->setAccessibleName(tr("Undo the change to the settings of your mail program"));
    m_undoUntested->setVisible(untestedChange());
    // "Apply for me" where the mail program's file can be changed; the click-by-click steps stay.
    m_applyChanges->refresh();
}

Report DonePage::report() const
{
    return wizardReport(*state(), m_mask->isChecked());
}

bool DonePage::saveReport(const QString &path, QString *error) const
{
    return writeReportFile(report(), path, error);
}

QString DonePage::helpText() const
{
    return tr("This page shows whether the problem is solved. If it is, change your mail program as described "
              "(the settings that were tested are listed). If not, go back and try another way, or send your "
              "provider the report. Click Finish to close Outbox Doctor.");
}

} // namespace od
