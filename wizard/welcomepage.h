// SPDX-License-Identifier: GPL-3.0-or-later
// Page 1: a greeting, the language chooser and the optional "paste the error" box,
// decoded as the user types.
#pragma once

#include "wizardpage.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTimer;

namespace od {

class WelcomePage : public WizardPage
{
    Q_OBJECT
public:
    explicit WelcomePage(WizardState *state, QWidget *parent = nullptr);
    QString helpText() const override;

signals:
    void languageChosen(const QString &code);

protected:
    void retranslateUi() override;

private:
    void decode();
    void showDecoded();

    QLabel *m_intro;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_pasteLabel;
    QPlainTextEdit *m_paste;
    QLabel *m_decoded;
    QTimer *m_decodeTimer;
};

} // namespace od
