// SPDX-License-Identifier: GPL-3.0-or-later
// Page 5: what the test found, in plain words: what happened and why, who has to act,
// the server's own words, and the technical details folded away.
#pragma once

#include "diagnosis/probediagnosis.h"
#include "wizardpage.h"

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace od {

class DiagnosisPage : public WizardPage
{
    Q_OBJECT
public:
    explicit DiagnosisPage(WizardState *state, QWidget *parent = nullptr);
    QString helpText() const override;
    void initializePage() override;

    // Plain-text technical summary of a result (also used by the Done page's "copy").
    static QString technicalDetails(const ProbeResult &result, const Diagnosis &diagnosis);
    // Why the location matters for this cause, or empty.
    static QString locationReasoning(Cause cause, Location location);
    // "The server said: ..." framed with where it said it, or empty without a reply.
    static QString serverWords(const ProbeResult &result, const Diagnosis &diagnosis);

protected:
    void retranslateUi() override;

private:
    QLabel *m_headline;
    QLabel *m_explanation;
    QLabel *m_location;
    QLabel *m_owner;
    QLabel *m_server;
    QLabel *m_next;
    QToolButton *m_detailsButton;
    QPlainTextEdit *m_details;
    class MailWayView *m_way = nullptr;
};

} // namespace od
