// SPDX-License-Identifier: GPL-3.0-or-later
// Page 1: a greeting, the language chooser, the optional "paste the error" box (decoded as
// the user types) and where the user is right now — one button per place, which also moves on:
// the network the user is on decides which server should accept their mail.
#pragma once

#include "wizardpage.h"

class QAbstractButton;
class QButtonGroup;
class QComboBox;
class QCommandLinkButton;
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
    bool isComplete() const override;
    bool validatePage() override;

signals:
    void languageChosen(const QString &code);
    // A place was picked with its button: the wizard moves on.
    void locationChosen();

protected:
    void retranslateUi() override;

private:
    void decode();
    void showDecoded();
    QCommandLinkButton *addLocation(Location location, const QString &objectName);
    void chooseLocation(Location location);

    QLabel *m_intro;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_pasteLabel;
    QPlainTextEdit *m_paste;
    QLabel *m_decoded;
    QTimer *m_decodeTimer;
    QLabel *m_whereLabel;
    QButtonGroup *m_locations;
    QCommandLinkButton *m_home, *m_work, *m_travel, *m_unknown;
};

} // namespace od
