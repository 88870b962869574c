// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizardreport.h"

#include "accountpage.h"
#include "diagnosis/pastedecoder.h"
#include "report/pastemapping.h"
#include "report/pdf/reportpdf.h"
#include "wizardstate.h"
#include "wizardtexts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

namespace od {

namespace {

class WizardReportTexts
{
    Q_DECLARE_TR_FUNCTIONS(od::WizardReport)

public:
    // Worded as the Done page always had them (its translations).
    static QString saveTitle() { return QCoreApplication::translate("od::DonePage", "Save report"); }
    static QString saveFilter()
    {
        return QCoreApplication::translate("od::DonePage", "Web page (*.html);;PDF document (*.pdf);;Plain text (*.txt)");
    }
};

ReportSettingsChange settingsChange(const AppliedChange &a)
{
    ReportSettingsChange c;
    switch (a.outcome) {
    case AppliedChange::Outcome::None: c.outcome = ReportSettingsChange::Outcome::None; break;
    case AppliedChange::Outcome::Applied: c.outcome = ReportSettingsChange::Outcome::Applied; break;
    case AppliedChange::Outcome::NotApplied: c.outcome = ReportSettingsChange::Outcome::NotApplied; break;
    case AppliedChange::Outcome::Undone: c.outcome = ReportSettingsChange::Outcome::Undone; break;
    }
    if (!a.client.isEmpty())
        c.program = AccountPage::clientName(a.client);
    c.files = a.files;
    c.backups = a.backups;
    c.changed = a.changed;
    c.reason = a.error;
    return c;
}

} // namespace

Report wizardReport(const WizardState &state, bool maskIdentities)
{
    Report r;
    if (state.hasFirstResult())
        r.probe = state.latestResult();
    // After a fix and its test, the first test is where the story starts.
    if (state.hasFirstResult() && state.hasRetestResult())
        r.original = state.firstResult();
    if (!state.pastedText().trimmed().isEmpty())
        r.paste = reportPasteFromDecode(decodePaste(state.pastedText()), state.pastedText());
    r.location = state.location();
    r.created = state.now();
    for (qsizetype i = 0; i < state.fixesTried().size(); ++i) {
        const FixAttempt &f = state.fixesTried().at(i);
        ReportFixTried t;
        t.fix = f.fix;
        if (f.tested) {
            t.outcome = f.result == Cause::Ok ? ReportFixTried::Outcome::Solved : ReportFixTried::Outcome::NotSolved;
            t.causeAfter = f.result;
            // Only the latest fix's test is still known.
            if (i == state.fixesTried().size() - 1 && state.hasRetestResult())
                t.detail = WizardTexts::testedSettings(state.retestResult(), state.retestDiagnosis());
        } else {
            t.outcome = ReportFixTried::Outcome::NotTested;
        }
        t.settingsChange = settingsChange(f.applied);
        r.fixesTried.append(t);
    }
    const AccountSettings &a = state.hasRetestResult() ? state.proposed() : state.account();
    r.redactor = Redactor(a.user, state.password());
    r.maskIdentities = maskIdentities;
    return r;
}

QString saveWizardReportAs(QWidget *parent, const WizardState &state, bool maskIdentities, QString *error)
{
    if (error)
        error->clear();
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(parent, WizardReportTexts::saveTitle(),
                                                      QDir(dir).filePath(QStringLiteral("outbox-doctor-report.html")),
                                                      WizardReportTexts::saveFilter());
    if (path.isEmpty())
        return {};
    if (!writeReportFile(wizardReport(state, maskIdentities), path, error))
        return {};
    return path;
}

} // namespace od
