// SPDX-License-Identifier: GPL-3.0-or-later
// One panel per fix on the Fix page: the form that fills in what the fix needs (a password, a
// server, a sender address), says what is still missing before Next, and proposes the
// settings the retest tests. The Fix page hosts the recommended fix's panel and, behind
// "Other ways", the others'; fixpanels/registry.cpp picks the panel for each Fix.
//
// The panels' texts belong to the Fix page: each panel class declares the translation
// context od::FixPage (Q_DECLARE_TR_FUNCTIONS), so the page is one section of the catalogues.
#pragma once

#include "wizardstate.h"

#include <QWidget>

namespace od {

class FixPanel : public QWidget
{
    Q_OBJECT
public:
    FixPanel(Fix fix, WizardState *state, QWidget *parent = nullptr);

    Fix fix() const { return m_fix; }
    WizardState *state() const { return m_state; }

    // Fills the fields from the account and the first test; called once, when the page is entered.
    virtual void load() {}
    // What is still needed before Next, as one sentence; empty when nothing is.
    virtual QString missing() const { return {}; }
    // The settings this fix proposes: what the retest tests and "apply for me" writes.
    virtual AccountSettings proposedSettings() const;
    // The password the retest logs in with.
    virtual QString password() const;
    // Whether Next tests the proposed settings (false: Next leads to the report).
    virtual bool retests() const { return true; }
    // The field waiting for the user when the page opens (nullptr: the page's first field).
    virtual QWidget *waitingField() const { return nullptr; }
    // Back from a retest the server refused for the password: says so at the password field,
    // with the server's answer, and puts the cursor there.
    virtual void showPasswordRejected(const QString &serverWords);
    // Stops what runs in the background (leaving the page, closing the wizard).
    virtual void stop() {}

signals:
    // A field changed: what is missing, or the proposed settings.
    void changed();

protected:
    void changeEvent(QEvent *event) override;
    // Sets every user-visible text; called by the subclass' constructor and on a language change.
    virtual void retranslateUi() = 0;

private:
    Fix m_fix;
    WizardState *m_state;
};

// How the Fix page makes the panel for a fix. One per panel file; the registry maps Fix to it.
// (What the instructions list to type into the mail program is ClientInstructions::settingsToEnter,
// in the program's own words.)
struct FixPanelType
{
    FixPanel *(*create)(Fix fix, WizardState *state, QWidget *parent);
};

template <class Panel>
FixPanelType fixPanelType()
{
    return {[](Fix fix, WizardState *state, QWidget *parent) -> FixPanel * { return new Panel(fix, state, parent); }};
}

namespace FixPanels {
// The panel type of every fix (fixpanels/registry.cpp: an exhaustive switch).
FixPanelType typeOf(Fix fix);
FixPanel *create(Fix fix, WizardState *state, QWidget *parent);
} // namespace FixPanels

} // namespace od
