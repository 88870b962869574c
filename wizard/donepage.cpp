#include "donepage.h"

#include "diagnosis/knowledge.h"
#include "diagnosispage.h"
#include "wizardtexts.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace od {

DonePage::DonePage(WizardState *wizardState, QWidget *parent)
    : WizardPage(wizardState, parent)
{
    m_headline = wrappingLabel(this, QStringLiteral("resultHeadlineLabel"));
    QFont big = m_headline->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_headline->setFont(big);
    m_text = wrappingLabel(this, QStringLiteral("resultTextLabel"));
    m_settings = wrappingLabel(this, QStringLiteral("settingsSummaryLabel"));
    m_settings->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_settings->setFrameShape(QFrame::StyledPanel);
    m_settings->setMargin(6);
    m_tried = wrappingLabel(this, QStringLiteral("fixesTriedLabel"));
    m_copy = new QPushButton(this);
    m_copy->setObjectName(QStringLiteral("copySummaryButton"));
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(summaryText()); });
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportReportButton"));
    m_export->setEnabled(false); // until the report module (app/report) lands
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_export);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_text);
    layout->addWidget(m_settings);
    layout->addWidget(m_tried);
    layout->addLayout(buttons);
    layout->addStretch(1);
    retranslateUi();
}

bool DonePage::isSolved() const
{
    return state()->haveFirstResult && state()->latestResult().verdict.cause == Cause::Ok
        && !state()->latestResult().aborted;
}

void DonePage::initializePage()
{
    retranslateUi();
}

void DonePage::retranslateUi()
{
    setTitle(tr("Done"));
    setSubTitle(tr("The result, and what to change in your mail program."));
    m_copy->setText(tr("&Copy summary"));
    m_copy->setAccessibleName(tr("Copy a summary to the clipboard"));
    m_export->setText(tr("&Save report…"));
    m_export->setAccessibleName(tr("Save a report for your provider"));
    m_export->setToolTip(tr("Saving a report is not available in this version yet; use \"Copy summary\"."));

    const bool retested = state()->haveRetestResult;
    const Fix fix = state()->chosenFix;
    const AccountSettings &final = retested ? state()->proposed : state()->account;
    if (!state()->haveFirstResult) {
        m_headline->clear();
        m_text->clear();
    } else if (isSolved()) {
        m_headline->setText(tr("It works"));
        m_text->setText(retested ? tr("The test with the new settings went through: mail sent with them would be "
                                      "delivered. Change your mail program as shown, then send yourself a message.")
                                 : tr("The test went through: mail sent with these settings would be delivered. "
                                      "If mail still fails, check the recipient's address, or paste the error you "
                                      "get on the first page."));
    } else if (!retested && fix == Fix::ContactProvider) {
        m_headline->setText(tr("Ask your provider"));
        m_text->setText(tr("Send your provider or administrator the question from the previous page, with a summary "
                           "of the test (\"Copy summary\")."));
    } else {
        m_headline->setText(tr("Not solved yet"));
        m_text->setText(tr("Still refused: %1. Click Back to try another way, or contact your provider with the "
                           "summary of the test.")
                            .arg(causeTitle(state()->latestResult().verdict.cause)));
    }
    QStringList values;
    values << tr("E-mail address: %1").arg(final.email);
    values << tr("Outgoing server: %1").arg(final.host);
    values << tr("Port: %1").arg(final.port == 0 ? tr("automatic", "port") : QString::number(final.port));
    values << tr("Encryption: %1").arg(WizardTexts::securityText(final.security));
    values << tr("Login: %1").arg(final.authentication ? final.user : tr("none", "login"));
    if (final.popBeforeSmtp)
        values << tr("Check incoming mail first at: %1").arg(final.incomingHost);
    m_settings->setText(tr("Settings tested:") + QLatin1Char('\n') + values.join(QLatin1Char('\n')));
    m_settings->setVisible(state()->haveFirstResult);
    QStringList tried;
    for (const FixAttempt &f : std::as_const(state()->fixesTried))
        tried << tr("%1: %2", "fix tried: its result").arg(fixTitle(f.fix), causeTitle(f.result));
    m_tried->setText(tried.isEmpty() ? QString() : tr("What was tried:") + QLatin1Char('\n') + tried.join(QLatin1Char('\n')));
    m_tried->setVisible(!tried.isEmpty());
    for (QLabel *l : {m_headline, m_text, m_settings, m_tried})
        l->setAccessibleName(l->text());
}

QString DonePage::summaryText() const
{
    QStringList out;
    out << tr("Outbox Doctor summary");
    out << m_headline->text();
    out << tr("Where: %1").arg(WizardTexts::locationText(state()->location));
    if (state()->haveFirstResult) {
        out << QString() << tr("First test:") << DiagnosisPage::technicalDetails(state()->firstResult);
    }
    if (state()->haveRetestResult) {
        out << QString() << tr("Test after the fix:") << DiagnosisPage::technicalDetails(state()->retestResult);
    }
    return out.join(QLatin1Char('\n'));
}

QString DonePage::helpText() const
{
    return tr("This page shows whether the problem is solved. If it is, change your mail program as described "
              "(the settings that were tested are listed). If not, go back and try another way, or send your "
              "provider the summary. Click Finish to close Outbox Doctor.");
}

} // namespace od
