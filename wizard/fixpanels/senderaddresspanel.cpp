// SPDX-License-Identifier: GPL-3.0-or-later
// "Use your own address as sender": a From address that belongs to the account.
#include "fixpanel.h"

#include "wizardpage.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace od {

namespace {

class SenderAddressPanel : public FixPanel
{
    Q_DECLARE_TR_FUNCTIONS(od::FixPage)
public:
    SenderAddressPanel(Fix fix, WizardState *state, QWidget *parent = nullptr)
        : FixPanel(fix, state, parent)
    {
        m_intro = WizardPage::wrappingLabel(this, QStringLiteral("senderIntroLabel"));
        m_sender = WizardPage::lineEdit(this, "senderLineEdit");
        m_label = WizardPage::buddyLabel(this, m_sender);
        auto *form = new QFormLayout(this);
        form->setRowWrapPolicy(QFormLayout::WrapLongRows);
        form->addRow(m_intro);
        form->addRow(m_label, m_sender);
        connect(m_sender, &QLineEdit::textChanged, this, &FixPanel::changed);
        retranslateUi();
    }

    void load() override { m_sender->setText(suggestedSenderAddress(state()->account())); }
    QString missing() const override
    {
        return isPlausibleAddress(m_sender->text()) ? QString() : tr("Enter an e-mail address that belongs to the account.");
    }
    AccountSettings proposedSettings() const override
    {
        AccountSettings a = state()->account();
        a.email = m_sender->text().trimmed();
        return a;
    }

protected:
    void retranslateUi() override
    {
        m_intro->setText(tr("The server only accepts a sender address that belongs to the account you log in with. "
                            "Use your address at this provider as the From address."));
        m_label->setText(tr("&From address:"));
        m_sender->setAccessibleName(tr("From address"));
    }

private:
    QLabel *m_intro, *m_label;
    QLineEdit *m_sender;
};

} // namespace

FixPanelType senderAddressPanel()
{
    return fixPanelType<SenderAddressPanel>();
}

} // namespace od
