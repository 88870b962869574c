// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosispage.h"

#include "mailwayview.h"

#include "diagnosis/knowledge.h"
#include "wizardtexts.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace od {

DiagnosisPage::DiagnosisPage(WizardState *wizardState, QWidget *parent)
    : WizardPage(wizardState, parent)
{
    m_headline = wrappingLabel(this, QStringLiteral("headlineLabel"));
    QFont big = m_headline->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_headline->setFont(big);
    m_explanation = wrappingLabel(this, QStringLiteral("explanationLabel"));
    m_location = wrappingLabel(this, QStringLiteral("locationReasoningLabel"));
    m_owner = wrappingLabel(this, QStringLiteral("ownerLabel"));
    QFont bold = m_owner->font();
    bold.setBold(true);
    m_owner->setFont(bold);
    m_server = wrappingLabel(this, QStringLiteral("serverWordsLabel"));
    m_server->setFrameShape(QFrame::StyledPanel);
    m_server->setMargin(6);
    m_server->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_next = wrappingLabel(this, QStringLiteral("nextStepsLabel"));
    for (QLabel *l : {m_headline, m_explanation, m_location, m_owner, m_next})
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_detailsButton = new QToolButton(this);
    m_detailsButton->setObjectName(QStringLiteral("technicalDetailsToolButton"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setAutoRaise(true);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsButton->setArrowType(Qt::RightArrow);
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("technicalDetailsTextEdit"));
    m_details->setReadOnly(true);
    m_details->setTabChangesFocus(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->hide();
    connect(m_detailsButton, &QToolButton::toggled, this, [this](bool on) {
        m_details->setVisible(on);
        m_detailsButton->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });

    m_way = new MailWayView(this);
    auto *layout = scrollingLayout();
    layout->addWidget(m_way);
    layout->addWidget(m_headline);
    layout->addWidget(m_explanation);
    layout->addWidget(m_location);
    layout->addWidget(m_owner);
    layout->addWidget(m_server);
    layout->addWidget(m_next);
    layout->addWidget(m_detailsButton, 0, Qt::AlignLeft);
    layout->addWidget(m_details, 1);
    layout->addStretch(0);
    retranslateUi();
}

void DiagnosisPage::initializePage()
{
    retranslateUi();
}

QString DiagnosisPage::locationReasoning(Cause cause, Location location)
{
    if (cause == Cause::RelayDenied || cause == Cause::AuthRequired) {
        switch (location) {
        case Location::Travel:
            return tr("You are on someone else's network. Your provider's server does not recognise this connection "
                      "as one of its own, so it passes mail on for you only after you log in.");
        case Location::Home:
            return tr("You are on your provider's own connection, where its server usually accepts you without a "
                      "login. That it refuses now suggests the provider has changed its rules; logging in is the usual answer.");
        case Location::Work:
            return tr("An office network usually has its own outgoing server, and your provider's server does not "
                      "recognise the office connection. Send through the office server, or log in to your provider's server.");
        case Location::Unknown:
            return tr("Servers pass mail on only for connections from their own network or for users who log in. "
                      "From where you are, the server did not recognise you.");
        }
    }
    if (cause == Cause::PortBlocked && (location == Location::Travel || location == Location::Work))
        return tr("Public and office networks often block the mail ports, especially port 25. Port 587 or 465 "
                  "usually gets through.");
    return {};
}

QString DiagnosisPage::serverWords(const ProbeResult &r, const Diagnosis &v)
{
    if (v.reply.isValid())
        return tr("At the step \"%1\", the server said:\n%2")
            .arg(WizardTexts::stepText(v.step), QString::number(v.reply.code) + QLatin1Char(' ') + v.reply.text());
    if (v.step == Step::Pop3 && !r.pop3.serverText.isEmpty())
        return tr("The incoming mail server said:\n%1").arg(r.pop3.serverText);
    if (v.attempt >= 0 && v.attempt < r.attempts.size() && !r.attempts.at(v.attempt).failureDetail.isEmpty())
        return tr("At the step \"%1\": %2").arg(WizardTexts::stepText(v.step), r.attempts.at(v.attempt).failureDetail.text());
    if (!r.resolveError.isEmpty())
        return r.resolveError.text();
    return {};
}

QString DiagnosisPage::technicalDetails(const ProbeResult &r, const Diagnosis &d)
{
    QStringList out;
    out << tr("Server: %1").arg(r.settings.host);
    out << tr("Sender: %1").arg(r.settings.from);
    out << tr("Recipients: %1, %2").arg(r.settings.localRecipient(), r.settings.effectiveForeignRecipients().join(QStringLiteral(", ")));
    out << tr("Login: %1").arg(r.settings.user.isEmpty() ? tr("none", "login") : r.settings.user);
    if (!r.settings.sourceAddress.isNull())
        out << tr("Local address: %1").arg(r.settings.sourceAddress.toString());
    out << tr("Verdict: %1 (%2)").arg(causeId(d.cause), stepId(d.step));
    if (r.pop3.attempted)
        out << tr("POP3 %1:%2: %3").arg(r.pop3.host).arg(r.pop3.port).arg(r.pop3.ok ? QStringLiteral("ok") : failureId(r.pop3.failure));
    for (int i = 0; i < r.attempts.size(); ++i) {
        const Attempt &a = r.attempts.at(i);
        out << QString();
        out << tr("Port %1 (%2), address %3: %4")
                   .arg(a.endpoint.port)
                   .arg(securityId(a.security), a.address.toString(), causeId(d.attemptCause(i)));
        for (const StepRecord &s : a.steps) {
            out << QStringLiteral("  %1 %2 %3 ms %4")
                       .arg(s.ok ? QStringLiteral("ok  ") : QStringLiteral("FAIL"), stepId(s.step))
                       .arg(s.ms)
                       .arg(s.reply.isValid() ? QString::number(s.reply.code) + QLatin1Char(' ') + s.reply.text() : s.detail);
        }
        if (a.failure != Failure::None)
            out << tr("  Stopped: %1 %2").arg(failureId(a.failure), a.failureDetail.text());
        if (a.tls.established)
            out << tr("  Encryption: %1 %2").arg(a.tls.protocol, a.tls.cipher);
        if (!a.tls.chain.isEmpty()) {
            out << tr("  Certificate: %1, SHA-256 %2")
                       .arg(a.tls.chain.first().subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", ")),
                            fingerprintText(a.tls.leafFingerprint()));
            for (const Phrase &e : a.tls.errorPhrases())
                out << QStringLiteral("    ") + e.text();
        }
    }
    return out.join(QLatin1Char('\n'));
}

void DiagnosisPage::retranslateUi()
{
    setTitle(tr("What the test found"));
    setSubTitle(tr("In plain words, and who has to act."));
    m_detailsButton->setText(tr("Show &technical details"));
    m_detailsButton->setAccessibleName(tr("Show technical details"));
    m_details->setAccessibleName(tr("Technical details"));
    if (!state()->hasFirstResult()) {
        m_headline->clear();
        return;
    }
    const ProbeResult &r = state()->firstResult();
    const Diagnosis &d = state()->firstDiagnosis();
    const Cause cause = d.cause;
    m_way->setPlaces(state()->location(), r.settings);
    m_way->showResult(d);
    m_headline->setText(causeTitle(cause));
    m_explanation->setText(causeExplanation(cause));
    const QString reasoning = locationReasoning(cause, state()->location());
    m_location->setText(reasoning);
    m_location->setVisible(!reasoning.isEmpty());
    m_owner->setText(cause == Cause::Ok ? QString() : ownerText(d.owner));
    m_owner->setVisible(cause != Cause::Ok);
    const QString words = serverWords(r, d);
    m_server->setText(words);
    m_server->setVisible(!words.isEmpty());
    if (cause == Cause::Ok) {
        m_next->setText(tr("Your settings work from here. Click Next to finish and, if you like, save a report."));
    } else {
        const QList<Fix> fixes = state()->offeredFixes();
        const Fix best = fixes.isEmpty() ? Fix::ContactProvider : fixes.first();
        m_next->setText(tr("Recommended: %1", "the fix to try first").arg(fixTitle(best)) + QLatin1Char('\n')
                        + tr("Click Next: Outbox Doctor tests it before you change anything in your mail program. "
                             "Other ways are on the next page too."));
    }
    m_details->setPlainText(technicalDetails(r, d));
    for (QLabel *l : {m_headline, m_explanation, m_location, m_owner, m_server, m_next})
        l->setAccessibleName(l->text());
}

QString DiagnosisPage::helpText() const
{
    return tr("This page explains the result of the test: what the server did, why it did it from where you are, "
              "and whether you can fix it yourself. Underneath are the server's own words, which are useful if you "
              "contact your provider. \"Show technical details\" lists every step of the test.");
}

} // namespace od
