// SPDX-License-Identifier: GPL-3.0-or-later
// "Contact your provider": the question to send, filled in from the test (the same letter as in
// the report, so what the user sends matches what is attached), to copy.
#include "fixpanel.h"

#include "report/reportdocument.h"
#include "wizardpage.h"
#include "wizardreport.h"

#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace od {

namespace {

class ContactProviderPanel : public FixPanel
{
    Q_DECLARE_TR_FUNCTIONS(od::FixPage)
public:
    ContactProviderPanel(Fix fix, WizardState *state, QWidget *parent = nullptr)
        : FixPanel(fix, state, parent)
    {
        m_intro = WizardPage::wrappingLabel(this, QStringLiteral("contactIntroLabel"));
        m_question = new QPlainTextEdit(this);
        m_question->setObjectName(QStringLiteral("questionTextEdit"));
        m_question->setTabChangesFocus(true);
        m_question->setMinimumHeight(120);
        m_questionLabel = WizardPage::buddyLabel(this, m_question);
        m_questionLabel->setObjectName(QStringLiteral("questionLabel"));
        m_copy = new QPushButton(this);
        m_copy->setObjectName(QStringLiteral("copyQuestionButton"));
        connect(m_copy, &QPushButton::clicked, this,
                [this] { QApplication::clipboard()->setText(m_question->toPlainText()); });
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        // The label and the copy button share the row above the question (no extra height).
        auto *row = new QHBoxLayout;
        row->addWidget(m_questionLabel);
        row->addStretch(1);
        row->addWidget(m_copy);
        layout->addWidget(m_intro);
        layout->addLayout(row);
        layout->addWidget(m_question);
        retranslateUi();
    }

    void load() override
    {
        m_question->setPlainText(providerQuestion(wizardReport(*state())));
        m_question->document()->setModified(false);
    }
    bool retests() const override { return false; }

protected:
    void retranslateUi() override
    {
        const bool yours = state()->hasFirstResult() && state()->firstDiagnosis().owner == Owner::You;
        m_intro->setText(yours ? tr("If the other ways do not work, or you would rather not change the settings "
                                    "yourself, ask your provider or administrator. Send them this question (and "
                                    "the report from the last page).")
                               : tr("Nothing you can change from here will help: your provider or administrator has to act. "
                                    "Send them this question (and the report from the last page)."));
        m_questionLabel->setText(tr("&Question for your provider:", "label of an editable text"));
        m_question->setAccessibleName(tr("Question for your provider"));
        m_copy->setText(tr("&Copy the question"));
        // The question follows the language until the user edits it.
        if (state()->hasFirstResult() && !m_question->document()->isModified())
            load();
    }

private:
    QLabel *m_intro;
    QLabel *m_questionLabel;
    QPlainTextEdit *m_question;
    QPushButton *m_copy;
};

} // namespace

FixPanelType contactProviderPanel()
{
    return fixPanelType<ContactProviderPanel>();
}

} // namespace od
