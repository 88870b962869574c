// SPDX-License-Identifier: GPL-3.0-or-later
// "Apply for me" on the Done page: when the account came from a mail program whose settings
// file Outbox Doctor can change (Thunderbird, msmtp, KMail, git send-email) and the retest
// proved the new settings, it lists what would change in that file (old → new), changes it
// through AccountWriter (refused while the program runs, a timestamped backup, never a
// password), and can undo from the backup. Other programs keep the click-by-click instructions.
#pragma once

#include "wizardstate.h"

#include "accounts/accountwriter.h"

#include <QGroupBox>

class QLabel;
class QPushButton;

namespace od {

class ApplyChangesPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit ApplyChangesPanel(WizardState *state, QWidget *parent = nullptr);

    // Re-reads the picked account's file and offers (or not) the change for the verified fix.
    // The Done page calls it when it is shown and on a language change.
    void refresh();
    // Whether the "change these settings for me" button is offered right now.
    bool isOffered() const;

    // What the file needs to match the settings the retest verified: only what differs, auth
    // and user only as far as the test logged in, a port or encryption left on "automatic"
    // taken from the endpoint that worked. Never a password (AccountChange has no field for it).
    static AccountChange changeFor(const MailAccount &file, const AccountSettings &verified,
                                   const ProbeResult &retest);
    struct Row
    {
        QString setting, before, after; // translated
    };
    static QList<Row> rows(const MailAccount &file, const AccountChange &change);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void apply();
    void undo();
    void record(const AppliedChange &applied);
    QString rowsText(const QList<Row> &rows) const;
    QString resultText() const;

    WizardState *m_state;
    MailAccount m_file;       // the picked account as its file has it now
    AccountChange m_change;   // what applying would write
    QString m_problem;        // why the file cannot be changed (the writer's words), if so
    AppliedChange m_applied;  // the last apply / undo of this session
    QString m_undoError;      // the last undo failed: why
    QList<Row> m_appliedRows; // what that apply changed
    int m_attemptIndex = -1;  // the entry of state->fixesTried it belongs to

    QLabel *m_intro;
    QLabel *m_changes;
    QPushButton *m_apply;
    QLabel *m_result;
    QPushButton *m_undo;
};

} // namespace od
