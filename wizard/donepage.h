// Page 8: the verified result, what to change in the mail program, what was tried, and the
// report (export is wired in when app/report lands; copying a summary works already).
#pragma once

#include "wizardpage.h"

class QLabel;
class QPushButton;

namespace od {

class DonePage : public WizardPage
{
    Q_OBJECT
public:
    explicit DonePage(WizardState *state, QWidget *parent = nullptr);
    QString helpText() const override;
    void initializePage() override;

    bool isSolved() const;
    // Plain-text summary for the clipboard (the password is never in it).
    QString summaryText() const;

protected:
    void retranslateUi() override;

private:
    QLabel *m_headline;
    QLabel *m_text;
    QLabel *m_settings;
    QLabel *m_tried;
    QPushButton *m_copy;
    QPushButton *m_export;
};

} // namespace od
