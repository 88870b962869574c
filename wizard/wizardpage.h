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

namespace od {

class WizardPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit WizardPage(WizardState *state, QWidget *parent = nullptr);

    WizardState *state() const { return m_state; }
    // What this page is for and what to do on it (F1 / Help).
    virtual QString helpText() const = 0;

protected:
    void changeEvent(QEvent *event) override;
    // Sets every user-visible text of the page; called once by the subclass' constructor.
    virtual void retranslateUi() = 0;

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

private:
    WizardState *m_state;
};

} // namespace od
