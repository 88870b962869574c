// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixpage.h"

#include "accesskeys.h"
#include "clientinstructions.h"
#include "diagnosis/knowledge.h"
#include "fixpanels/fixpanel.h"
#include "outboxwizard.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QMetaEnum>
#include <QRadioButton>
#include <QScrollArea>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace od {

FixPage::FixPage(WizardState *wizardState, QWidget *parent)
    : WizardPage(wizardState, parent)
{
    auto *content = new QWidget;
    m_chooseLabel = wrappingLabel(content, QStringLiteral("chooseFixLabel"));
    QFont bold = m_chooseLabel->font();
    bold.setBold(true);
    m_chooseLabel->setFont(bold);
    m_whyLabel = wrappingLabel(content, QStringLiteral("recommendationWhyLabel"));
    m_otherWays = new QToolButton(content);
    m_otherWays->setObjectName(QStringLiteral("otherWaysToolButton"));
    m_otherWays->setCheckable(true);
    m_otherWays->setAutoRaise(true);
    m_otherWays->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_otherWays->setArrowType(Qt::RightArrow);
    connect(m_otherWays, &QToolButton::toggled, this, [this](bool on) {
        m_otherWays->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        for (int i = 1; i < m_fixes.size(); ++i) {
            if (QRadioButton *r = m_radios.value(int(m_fixes.at(i))))
                r->setVisible(on);
        }
        // Folding the others away goes back to the recommendation.
        if (!on && !m_fixes.isEmpty())
            selectFix(m_fixes.first());
    });
    m_choices = new QWidget(content);
    m_choicesLayout = new QVBoxLayout(m_choices);
    m_choicesLayout->setContentsMargins(0, 0, 0, 0);
    m_group = new QButtonGroup(this);
    connect(m_group, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            showFix();
    });
    m_description = wrappingLabel(content, QStringLiteral("fixDescriptionLabel"));

    auto *panels = new QWidget(content);
    m_panelsLayout = new QVBoxLayout(panels);
    m_panelsLayout->setContentsMargins(0, 0, 0, 0);

    m_client = new QComboBox(content);
    m_client->setObjectName(QStringLiteral("clientComboBox"));
    for (const QString &c : ClientInstructions::clients())
        m_client->addItem(QString(), c);
    m_clientLabel = buddyLabel(content, m_client);
    connect(m_client, &QComboBox::currentIndexChanged, this, [this] {
        this->state()->setInstructionsClient(m_client->currentData().toString());
        updateInstructions();
    });
    m_instructions = new QTextBrowser(content);
    m_instructions->setObjectName(QStringLiteral("instructionsTextBrowser"));
    m_instructions->setMinimumHeight(150);
    m_instructions->setOpenLinks(false);

    auto *clientRow = new QHBoxLayout;
    clientRow->addWidget(m_clientLabel);
    clientRow->addWidget(m_client);
    clientRow->addStretch(1);

    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_chooseLabel);
    contentLayout->addWidget(m_whyLabel);
    contentLayout->addWidget(m_choices);
    contentLayout->addWidget(m_otherWays, 0, Qt::AlignLeft);
    contentLayout->addWidget(m_description);
    contentLayout->addWidget(panels);
    contentLayout->addLayout(clientRow);
    contentLayout->addWidget(m_instructions, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("fixScrollArea"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // the fields inside take the focus; the area follows it
    // What Next needs and what it does, always in view above the wizard's buttons.
    m_nextHint = wrappingLabel(this, QStringLiteral("fixNextHintLabel"));
    connect(this, &QWizardPage::completeChanged, this, &FixPage::updateNextHint);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    layout->addWidget(m_nextHint);
    retranslateUi();
}

FixPage::~FixPage()
{
    cleanupPage();
}

QString FixPage::radioName(Fix fix)
{
    return QStringLiteral("fix%1RadioButton").arg(QLatin1String(QMetaEnum::fromType<Fix>().valueToKey(int(fix))));
}

void FixPage::rebuildChoices()
{
    for (QRadioButton *r : std::as_const(m_radios)) {
        m_group->removeButton(r);
        delete r;
    }
    m_radios.clear();
    for (FixPanel *p : std::as_const(m_panels)) {
        p->stop();
        delete p;
    }
    m_panels.clear();
    m_fixes = state()->offeredFixes();
    QWidget *previous = nullptr;
    for (Fix f : std::as_const(m_fixes)) {
        auto *r = new QRadioButton(m_choices);
        r->setObjectName(radioName(f));
        m_group->addButton(r, int(f));
        m_choicesLayout->addWidget(r);
        m_radios.insert(int(f), r);
        if (previous)
            setTabOrder(previous, r);
        previous = r;
        r->setVisible(f == m_fixes.first() || m_otherWays->isChecked());
        // The recommendation's panel first, so its fields come first among fields of the same name.
        FixPanel *panel = FixPanels::create(f, state(), nullptr);
        panel->hide();
        m_panelsLayout->addWidget(panel);
        m_panels.insert(int(f), panel);
        panel->load();
        connect(panel, &FixPanel::changed, this, [this, panel] {
            if (panel != currentPanel())
                return;
            emit completeChanged();
            updateInstructions();
            // A panel may show a labelled widget of its own (the sign-in panel's undo button).
            updateAccessKeys();
        });
    }
    if (previous)
        setTabOrder(previous, m_otherWays);
    // Tab goes as the page reads: the choices, the chosen fix's fields, then the instructions
    // (the panels were made after them, so their fields came last).
    if (!m_fixes.isEmpty()) {
        const FixPanel *lastPanel = m_panels.value(int(m_fixes.constLast()));
        QWidget *last = m_panels.value(int(m_fixes.constLast()));
        for (QWidget *w = last->nextInFocusChain(); lastPanel->isAncestorOf(w); w = w->nextInFocusChain())
            last = w;
        setTabOrder(last, m_client);
        setTabOrder(m_client, m_instructions);
    }
    m_otherWays->setVisible(m_fixes.size() > 1);
    retranslateUi();
    if (!m_fixes.isEmpty())
        selectFix(m_fixes.first());
}

void FixPage::initializePage()
{
    const QString client = state()->instructionsClient().isEmpty() ? ClientInstructions::clientFor(state()->account().client)
                                                                  : state()->instructionsClient();
    m_client->setCurrentIndex(std::max(0, m_client->findData(client)));
    rebuildChoices();
    // The recommendation needs something typed (a password): the cursor waits there. QWizard
    // focuses the page's first field after initializePage(), and announces the page change last.
    if (FixPanel *panel = currentPanel(); panel && panel->waitingField()) {
        connect(wizard(), &QWizard::currentIdChanged, panel, [this, panel] {
            QWidget *field = panel->waitingField();
            if (wizard()->currentPage() == this && field && field->isVisible())
                field->setFocus();
        }, Qt::SingleShotConnection);
    }
}

void FixPage::cleanupPage()
{
    for (FixPanel *p : std::as_const(m_panels))
        p->stop();
}

Fix FixPage::currentFix() const
{
    const int id = m_group->checkedId();
    return id < 0 ? Fix::ContactProvider : Fix(id);
}

FixPanel *FixPage::currentPanel() const
{
    return m_panels.value(m_group->checkedId());
}

void FixPage::showPasswordRejected(const QString &serverWords)
{
    if (FixPanel *panel = currentPanel())
        panel->showPasswordRejected(serverWords);
}

void FixPage::selectFix(Fix fix)
{
    if (QRadioButton *r = m_radios.value(int(fix)))
        r->setChecked(true);
    showFix();
}

void FixPage::showFix()
{
    const Fix fix = currentFix();
    // Only the current panel takes space, so short panels leave room for the instructions.
    FixPanel *current = currentPanel();
    for (FixPanel *panel : std::as_const(m_panels))
        panel->setVisible(panel == current);
    m_description->setText(fixDescription(fix));
    // The recommendation's why is already above the choices.
    m_description->setVisible(m_fixes.isEmpty() || fix != m_fixes.first());
    const bool hasSteps = !ClientInstructions::steps(QStringLiteral("generic"), fix).isEmpty();
    m_clientLabel->setVisible(hasSteps);
    m_client->setVisible(hasSteps);
    m_instructions->setVisible(hasSteps);
    updateInstructions();
    updateAccessKeys();
    emit completeChanged();
}

QString FixPage::choiceText(Fix fix) const
{
    const bool recommended = !m_fixes.isEmpty() && fix == m_fixes.first();
    return recommended ? tr("%1 (recommended)", "a fix").arg(fixTitle(fix)) : fixTitle(fix);
}

void FixPage::updateAccessKeys()
{
    QList<const QWidget *> choices;
    QStringList texts;
    for (Fix f : std::as_const(m_fixes)) {
        if (QRadioButton *r = m_radios.value(int(f))) {
            choices << r;
            texts << choiceText(f);
        }
    }
    // Taken: what is shown with the current choice, and the wizard's buttons. Avoided where
    // the words allow: the keys of the other choices' panels, so a choice keeps its key while
    // the user goes through the choices.
    QSet<QChar> taken = AccessKeys::shownUnder(this, choices, true);
    if (const QWizard *w = wizard()) {
        for (QWizard::WizardButton b : {QWizard::BackButton, QWizard::NextButton, QWizard::CancelButton, QWizard::HelpButton}) {
            if (const QChar key = AccessKeys::keyOf(w->buttonText(b)); !key.isNull())
                taken.insert(key);
        }
    }
    const QSet<QChar> avoid = AccessKeys::shownUnder(this, choices, false);
    texts = AccessKeys::assign(texts, taken, avoid);
    for (qsizetype i = 0; i < choices.size(); ++i)
        m_radios.value(int(m_fixes.at(i)))->setText(texts.at(i));
}

AccountSettings FixPage::proposedSettings() const
{
    const FixPanel *panel = currentPanel();
    return panel ? panel->proposedSettings() : state()->account();
}

bool FixPage::isComplete() const
{
    return missing().isEmpty();
}

QString FixPage::missing() const
{
    const FixPanel *panel = currentPanel();
    return panel ? panel->missing() : QString();
}

void FixPage::updateNextHint()
{
    const QString missingText = missing();
    const FixPanel *panel = currentPanel();
    const QString next = panel && !panel->retests()
        ? tr("Next leads to the report to send with your question.")
        : tr("Next tests these settings the way your mail program would use them. Nothing is sent, and nothing is "
             "changed in your mail program yet.");
    m_nextHint->setText(missingText.isEmpty() ? next : missingText + QLatin1Char('\n') + next);
    m_nextHint->setAccessibleName(m_nextHint->text());
}

bool FixPage::validatePage()
{
    cleanupPage();
    state()->chooseFix(currentFix(), proposedSettings());
    if (const FixPanel *panel = currentPanel())
        state()->setPassword(panel->password());
    return true;
}

int FixPage::nextId() const
{
    const FixPanel *panel = currentPanel();
    return panel && !panel->retests() ? OutboxWizard::DonePage : OutboxWizard::RetestPage;
}

void FixPage::updateInstructions()
{
    const Fix fix = currentFix();
    QString html = ClientInstructions::html(m_client->currentData().toString(), fix, proposedSettings());
    if (!ClientInstructions::steps(QStringLiteral("generic"), fix).isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Change your mail program after the test on the next page has confirmed that these settings work.")
                             .toHtmlEscaped());
    m_instructions->setHtml(html);
}

void FixPage::changeEvent(QEvent *event)
{
    WizardPage::changeEvent(event);
    // The panels and the wizard's buttons take their new words after this page: the choices'
    // keys are given again once they all have.
    if (event->type() == QEvent::LanguageChange)
        QTimer::singleShot(0, this, &FixPage::updateAccessKeys);
}

void FixPage::retranslateUi()
{
    setTitle(tr("Fix it"));
    setSubTitle(tr("Choose what to try. Outbox Doctor tests it before you change anything in your mail program."));
    const Fix recommended = m_fixes.isEmpty() ? Fix::ContactProvider : m_fixes.first();
    m_chooseLabel->setText(tr("Recommended: %1", "the fix to try first").arg(fixTitle(recommended)));
    m_whyLabel->setText(fixDescription(recommended));
    m_otherWays->setText(tr("O&ther ways (%n)", "fixes other than the recommended one", int(m_fixes.size()) - 1));
    m_otherWays->setAccessibleName(tr("Show the other ways to solve this"));
    for (auto it = m_radios.cbegin(); it != m_radios.cend(); ++it)
        it.value()->setAccessibleName(choiceText(Fix(it.key())));
    m_description->setText(fixDescription(currentFix()));
    updateNextHint();
    m_clientLabel->setText(tr("Instructions for &mail program:"));
    m_client->setAccessibleName(tr("Mail program for the instructions"));
    for (int i = 0; i < m_client->count(); ++i)
        m_client->setItemText(i, ClientInstructions::clientName(m_client->itemData(i).toString()));
    m_instructions->setAccessibleName(tr("Instructions"));
    updateInstructions();
    updateAccessKeys();
}

QString FixPage::helpText() const
{
    return tr("The ways to solve the problem are listed with the most likely first. Pick one, check the values "
              "(they are filled in from your account), and click Next: Outbox Doctor tests the new settings before "
              "you change your mail program. The instructions below show where to change them in your mail program; "
              "pick yours in the list if it is not the right one.");
}

} // namespace od
