// SPDX-License-Identifier: GPL-3.0-or-later
// Page 8: the verified result, what to change in the mail program, what was tried, and the
// support report (saved as HTML, PDF or text, or copied to the clipboard).
#pragma once

#include "wizardpage.h"

#include "report/report.h"

class QCheckBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace od {

class ApplyChangesPanel;

class DonePage : public WizardPage
{
    Q_OBJECT
public:
    explicit DonePage(WizardState *state, QWidget *parent = nullptr);
    QString helpText() const override;
    void initializePage() override;

    bool isSolved() const;
    // The latest fix tried changed the mail program in a way Outbox Doctor cannot test.
    bool untestedChange() const;
    // The fixes tried, each once, with its latest attempt (in the order of those attempts).
    static QList<FixAttempt> latestAttempts(const QList<FixAttempt> &tried);
    // The support report of this session (the password is redacted from every field).
    Report report() const;
    // Writes it as .html, .txt or .pdf (by the file name's suffix).
    bool saveReport(const QString &path, QString *error = nullptr) const;

protected:
    void retranslateUi() override;

private:
    QLabel *m_headline;
    QLabel *m_text;
    QLabel *m_settings;
    QLabel *m_tried;
    QLabel *m_lastStep; // after a verified fix: open the mail program and send yourself a message
    QPushButton *m_undoUntested; // undoes a change only the mail program can try (the OAuth2 switch)
    Phrase m_undoError;          // that undo failed: why
    ApplyChangesPanel *m_applyChanges;
    QTextBrowser *m_instructions;
    QCheckBox *m_mask;
    QPushButton *m_copy;
    QPushButton *m_export;
    QLabel *m_saved;
};

} // namespace od
