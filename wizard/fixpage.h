// SPDX-License-Identifier: GPL-3.0-or-later
// Page 6: the fix, chosen from the diagnosis (best first, ordered for where the user is). The
// recommended fix's panel is shown, the others behind "Other ways"; each fix has its panel
// (fixpanels/), and the click-by-click instructions for the user's mail program below it.
#pragma once

#include "wizardpage.h"

#include <QHash>

class QButtonGroup;
class QComboBox;
class QLabel;
class QRadioButton;
class QTextBrowser;
class QToolButton;
class QVBoxLayout;

namespace od {

class FixPanel;

class FixPage : public WizardPage
{
    Q_OBJECT
public:
    explicit FixPage(WizardState *state, QWidget *parent = nullptr);
    ~FixPage() override;

    QString helpText() const override;
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    Fix currentFix() const;
    // Back from a test the server refused for the password: says so at the password field,
    // with the server's answer, and puts the cursor there.
    void showPasswordRejected(const QString &serverWords);
    void selectFix(Fix fix);
    // The settings the chosen fix proposes (what the retest tests).
    AccountSettings proposedSettings() const;
    // The object name of a fix's choice ("fixEnableAuthRadioButton").
    static QString radioName(Fix fix);

protected:
    void changeEvent(QEvent *event) override;
    void retranslateUi() override;

private:
    void rebuildChoices();
    FixPanel *currentPanel() const;
    // What is still needed before Next (empty: nothing), and the line saying so.
    QString missing() const;
    void updateNextHint();
    void showFix();
    void updateInstructions();
    // A choice's words, without an access key (the fix's title, shared with the report).
    QString choiceText(Fix fix) const;
    // Gives the choices access keys not taken by anything else shown on the page or by the
    // wizard's buttons; again whenever the language, the choices or the shown panel change.
    void updateAccessKeys();

    QList<Fix> m_fixes;
    QLabel *m_chooseLabel;
    QLabel *m_nextHint;
    QLabel *m_whyLabel;            // one line: why the recommendation comes first
    QToolButton *m_otherWays;      // shows the other ways
    QWidget *m_choices;
    QVBoxLayout *m_choicesLayout;
    QButtonGroup *m_group;
    QHash<int, QRadioButton *> m_radios;
    QLabel *m_description;
    QVBoxLayout *m_panelsLayout;
    QHash<int, FixPanel *> m_panels; // one per offered fix; only the chosen one is shown

    QLabel *m_clientLabel;
    QComboBox *m_client;
    QTextBrowser *m_instructions;
};

} // namespace od
