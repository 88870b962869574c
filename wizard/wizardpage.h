// SPDX-License-Identifier: GPL-3.0-or-later
// The base of every page: the shared model, page help, and retranslation on
// QEvent::LanguageChange (each page builds its widgets once and sets their texts in
// retranslateUi(), so a language switch keeps everything typed).
#pragma once

#include "wizardstate.h"

#include <QWizardPage>

class QComboBox;
class QLineEdit;
class QSpinBox;
class QLabel;
class QLayout;
class QVBoxLayout;

namespace od {

class WizardPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit WizardPage(WizardState *state, QWidget *parent = nullptr);

    WizardState *state() const { return m_state; }
    // What this page is for and what to do on it (F1 / Help).
    virtual QString helpText() const = 0;

    // Widgets made the same way on every page and fix panel:
    // A label that wraps, so long translations never get clipped.
    static QLabel *wrappingLabel(QWidget *parent, const QString &objectName);
    // Form fields, named after their widget type so tests find them ("hostLineEdit").
    static QLineEdit *lineEdit(QWidget *parent, const char *objectName);
    static QSpinBox *portSpinBox(QWidget *parent, const char *objectName);
    // A label whose mnemonic moves the focus to `buddy`.
    static QLabel *buddyLabel(QWidget *parent, QWidget *buddy);
    // Fills (or retranslates, keeping the choice) a combo box of connection security choices.
    static void setSecurityItems(QComboBox *combo, bool withAutomatic = true);
    static Security securityOf(const QComboBox *combo);
    static void selectSecurity(QComboBox *combo, Security security);

protected:
    void changeEvent(QEvent *event) override;
    // Sets every user-visible text of the page; called once by the subclass' constructor.
    virtual void retranslateUi() = 0;

    // The page's layout, inside a frameless scroll area: a small window or a large font scrolls
    // the page instead of squeezing its texts or pushing the wizard's buttons off the screen.
    // `bottom`, when given, is laid out under the scroll area and always stays in view.
    QVBoxLayout *scrollingLayout(QLayout *bottom = nullptr);

private:
    WizardState *m_state;
};

} // namespace od
