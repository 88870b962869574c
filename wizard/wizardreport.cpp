// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizardreport.h"

#include "applychangespanel.h"
#include "diagnosis/pastedecoder.h"
#include "report/pastemapping.h"
#include "wizardstate.h"

namespace od {

Report wizardReport(const WizardState &state, bool maskIdentities)
{
    Report r;
    if (state.hasFirstResult())
        r.probe = state.latestResult();
    if (!state.pastedText().trimmed().isEmpty())
        r.paste = reportPasteFromDecode(decodePaste(state.pastedText()), state.pastedText());
    r.location = state.location();
    r.created = state.now();
    for (const FixAttempt &f : std::as_const(state.fixesTried())) {
        ReportFixTried t;
        t.fix = f.fix;
        t.outcome = f.result == Cause::Ok ? ReportFixTried::Outcome::Solved : ReportFixTried::Outcome::NotSolved;
        t.causeAfter = f.result;
        t.detail = ApplyChangesPanel::outcomeText(f.applied);
        r.fixesTried.append(t);
    }
    const AccountSettings &a = state.hasRetestResult() ? state.proposed() : state.account();
    r.redactor = Redactor(a.user, state.password());
    r.maskIdentities = maskIdentities;
    return r;
}

} // namespace od
