// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixpage.h"

#include "accounts/serversuggester.h"
#include "certificatedialog.h"
#include "clientinstructions.h"
#include "diagnosis/knowledge.h"
#include "diagnosis/probediagnosis.h"
#include "diagnosispage.h"
#include "outboxwizard.h"
#include "report/reportdocument.h"
#include "smtp/smtpprobe.h"
#include "wizardreport.h"
#include "wizardtexts.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMetaEnum>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStyle>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace od {

namespace {

// The fixes whose test needs the login form: port, encryption, user name and password (for a
// provider that wants an app password, that is where it goes).
bool usesLoginPanel(Fix fix)
{
    return fix == Fix::EnableAuth || fix == Fix::UseSubmissionPort || fix == Fix::FixSecuritySetting
        || fix == Fix::UseModernAuth;
}

// "host" or "host:port".
std::pair<QString, quint16> splitServer(const QString &text)
{
    const QString t = text.trimmed();
    const qsizetype colon = t.lastIndexOf(QLatin1Char(':'));
    if (colon > 0 && t.count(QLatin1Char(':')) == 1) {
        bool ok = false;
        const uint port = t.mid(colon + 1).toUInt(&ok);
        if (ok && port > 0 && port < 65536)
            return {t.left(colon), quint16(port)};
    }
    return {t, 0};
}

constexpr int kCandidateOkRole = Qt::UserRole + 1;

} // namespace

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

    m_panels = new QWidget(content);
    auto *panels = new QVBoxLayout(m_panels);
    panels->setContentsMargins(0, 0, 0, 0);
    panels->addWidget(m_authPanel = buildAuthPanel());
    panels->addWidget(m_serverPanel = buildServerPanel());
    panels->addWidget(m_popPanel = buildPopPanel());
    panels->addWidget(m_senderPanel = buildSenderPanel());
    panels->addWidget(m_contactPanel = buildContactPanel());
    panels->addWidget(m_infoPanel = buildInfoPanel());

    m_client = new QComboBox(content);
    m_client->setObjectName(QStringLiteral("clientComboBox"));
    for (const QString &c : ClientInstructions::clients())
        m_client->addItem(QString(), c);
    m_clientLabel = buddyLabel(content, m_client);
    connect(m_client, &QComboBox::currentIndexChanged, this, [this] {
        this->state()->instructionsClient = m_client->currentData().toString();
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
    contentLayout->addWidget(m_panels);
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
    stopSuggestions();
    stopCandidates();
}

QWidget *FixPage::buildAuthPanel()
{
    auto *w = new QWidget;
    m_authIntro = wrappingLabel(w, QStringLiteral("authIntroLabel"));
    m_authUser = lineEdit(w, "authUserLineEdit");
    m_authPassword = lineEdit(w, "authPasswordLineEdit");
    m_authPassword->setEchoMode(QLineEdit::Password);
    m_authPort = portSpinBox(w, "authPortSpinBox");
    m_authPort->setMinimum(1);
    m_authSecurity = new QComboBox(w);
    m_authSecurity->setObjectName(QStringLiteral("authSecurityComboBox"));
    setSecurityItems(m_authSecurity, false);
    m_authUserLabel = buddyLabel(w, m_authUser);
    m_authPasswordLabel = buddyLabel(w, m_authPassword);
    m_authPortLabel = buddyLabel(w, m_authPort);
    m_authSecurityLabel = buddyLabel(w, m_authSecurity);
    m_authProblem = wrappingLabel(w, QStringLiteral("authProblemLabel"));
    QPalette warning = m_authProblem->palette();
    warning.setColor(QPalette::WindowText, QColor(0xa4, 0x00, 0x0f)); // dark red: 7.6:1 on white
    m_authProblem->setPalette(warning);
    m_authProblem->hide();
    auto *form = new QFormLayout(w);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_authIntro);
    form->addRow(m_authUserLabel, m_authUser);
    form->addRow(m_authPasswordLabel, m_authPassword);
    form->addRow(QString(), m_authProblem);
    form->addRow(m_authPortLabel, m_authPort);
    form->addRow(m_authSecurityLabel, m_authSecurity);
    // The usual pairs: 587 with STARTTLS, 465 with SSL/TLS.
    connect(m_authSecurity, &QComboBox::activated, this, [this] {
        const Security s = securityOf(m_authSecurity);
        if (s == Security::Tls && m_authPort->value() == 587)
            m_authPort->setValue(465);
        else if (s == Security::StartTls && m_authPort->value() == 465)
            m_authPort->setValue(587);
    });
    connect(m_authPassword, &QLineEdit::textEdited, m_authProblem, &QWidget::hide);
    for (QLineEdit *e : {m_authUser, m_authPassword})
        connect(e, &QLineEdit::textChanged, this, [this] {
            emit completeChanged();
            updateInstructions();
        });
    connect(m_authPort, &QSpinBox::valueChanged, this, &FixPage::updateInstructions);
    connect(m_authSecurity, &QComboBox::currentIndexChanged, this, &FixPage::updateInstructions);
    return w;
}

QWidget *FixPage::buildServerPanel()
{
    auto *w = new QWidget;
    m_serverIntro = wrappingLabel(w, QStringLiteral("serverIntroLabel"));
    m_serverHost = lineEdit(w, "localServerLineEdit");
    m_serverLabel = buddyLabel(w, m_serverHost);
    m_addServer = new QPushButton(w);
    m_addServer->setObjectName(QStringLiteral("addServerButton"));
    m_testServers = new QPushButton(w);
    m_testServers->setObjectName(QStringLiteral("testServersButton"));
    m_candidates = new QTreeWidget(w);
    m_candidates->setObjectName(QStringLiteral("candidatesTreeWidget"));
    m_candidates->setColumnCount(2);
    m_candidates->setRootIsDecorated(false);
    m_candidates->setMinimumHeight(90);
    m_candidates->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_candidates->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto *row = new QHBoxLayout;
    row->addWidget(m_serverLabel);
    row->addWidget(m_serverHost, 1);
    row->addWidget(m_addServer);
    row->addWidget(m_testServers);
    auto *layout = new QVBoxLayout(w);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_serverIntro);
    layout->addLayout(row);
    layout->addWidget(m_candidates);
    connect(m_addServer, &QPushButton::clicked, this, [this] {
        addCandidate(m_serverHost->text());
        m_serverHost->clear();
        testCandidates();
    });
    connect(m_serverHost, &QLineEdit::returnPressed, m_addServer, &QPushButton::click);
    connect(m_serverHost, &QLineEdit::textChanged, this, [this] {
        emit completeChanged();
        updateInstructions();
    });
    connect(m_testServers, &QPushButton::clicked, this, &FixPage::testCandidates);
    connect(m_candidates, &QTreeWidget::currentItemChanged, this, [this] {
        emit completeChanged();
        updateInstructions();
    });
    return w;
}

QWidget *FixPage::buildPopPanel()
{
    auto *w = new QWidget;
    m_popIntro = wrappingLabel(w, QStringLiteral("popIntroLabel"));
    m_popHost = lineEdit(w, "popHostLineEdit");
    m_popPort = portSpinBox(w, "popPortSpinBox");
    m_popSecurity = new QComboBox(w);
    m_popSecurity->setObjectName(QStringLiteral("popSecurityComboBox"));
    setSecurityItems(m_popSecurity);
    m_popUser = lineEdit(w, "popUserLineEdit");
    m_popPassword = lineEdit(w, "popPasswordLineEdit");
    m_popPassword->setEchoMode(QLineEdit::Password);
    m_popHostLabel = buddyLabel(w, m_popHost);
    m_popPortLabel = buddyLabel(w, m_popPort);
    m_popSecurityLabel = buddyLabel(w, m_popSecurity);
    m_popUserLabel = buddyLabel(w, m_popUser);
    m_popPasswordLabel = buddyLabel(w, m_popPassword);
    auto *form = new QFormLayout(w);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_popIntro);
    form->addRow(m_popHostLabel, m_popHost);
    form->addRow(m_popPortLabel, m_popPort);
    form->addRow(m_popSecurityLabel, m_popSecurity);
    form->addRow(m_popUserLabel, m_popUser);
    form->addRow(m_popPasswordLabel, m_popPassword);
    for (QLineEdit *e : {m_popHost, m_popUser, m_popPassword})
        connect(e, &QLineEdit::textChanged, this, [this] {
            emit completeChanged();
            updateInstructions();
        });
    return w;
}

QWidget *FixPage::buildSenderPanel()
{
    auto *w = new QWidget;
    m_senderIntro = wrappingLabel(w, QStringLiteral("senderIntroLabel"));
    m_sender = lineEdit(w, "senderLineEdit");
    m_senderLabel = buddyLabel(w, m_sender);
    auto *form = new QFormLayout(w);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_senderIntro);
    form->addRow(m_senderLabel, m_sender);
    connect(m_sender, &QLineEdit::textChanged, this, [this] {
        emit completeChanged();
        updateInstructions();
    });
    return w;
}

QWidget *FixPage::buildContactPanel()
{
    auto *w = new QWidget;
    m_contactIntro = wrappingLabel(w, QStringLiteral("contactIntroLabel"));
    m_question = new QPlainTextEdit(w);
    m_question->setObjectName(QStringLiteral("questionTextEdit"));
    m_question->setTabChangesFocus(true);
    m_question->setMinimumHeight(120);
    m_copyQuestion = new QPushButton(w);
    m_copyQuestion->setObjectName(QStringLiteral("copyQuestionButton"));
    connect(m_copyQuestion, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_question->toPlainText());
    });
    auto *layout = new QVBoxLayout(w);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_contactIntro);
    layout->addWidget(m_question);
    layout->addWidget(m_copyQuestion, 0, Qt::AlignLeft);
    return w;
}

QWidget *FixPage::buildInfoPanel()
{
    auto *w = new QWidget;
    m_showCertificate = new QPushButton(w);
    m_showCertificate->setObjectName(QStringLiteral("showCertificateButton"));
    connect(m_showCertificate, &QPushButton::clicked, this, [this] {
        const Attempt *bad = certificateProblem();
        if (!bad)
            return;
        CertificateDialog dialog(bad->host.isEmpty() ? state()->firstResult.settings.host : bad->host, bad->tls, this);
        if (dialog.exec() == QDialog::Accepted)
            state()->trustCertificate(dialog.fingerprint());
    });
    auto *layout = new QVBoxLayout(w);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_showCertificate, 0, Qt::AlignLeft);
    return w;
}

const Attempt *FixPage::certificateProblem() const
{
    for (const Attempt &a : state()->firstResult.attempts) {
        if (a.failure == Failure::CertificateRejected && !a.tls.chain.isEmpty())
            return &a;
    }
    return nullptr;
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
    }
    if (previous)
        setTabOrder(previous, m_otherWays);
    m_otherWays->setVisible(m_fixes.size() > 1);
    retranslateUi();
    if (!m_fixes.isEmpty())
        selectFix(m_fixes.first());
}

void FixPage::initializePage()
{
    const AccountSettings &a = state()->account;
    m_authUser->setText(a.user.isEmpty() ? a.email : a.user);
    m_authPassword->setText(state()->password);
    // The account's own submission port, else 587, else 465: never one the test found closed.
    const QList<quint16> closed = state()->portsFoundClosed();
    const bool submission = (a.port == 587 || a.port == 465) && !closed.contains(a.port);
    const quint16 port = submission ? a.port : (closed.contains(587) && !closed.contains(465) ? 465 : 587);
    m_authPort->setValue(port);
    selectSecurity(m_authSecurity, submission && a.security != Security::Auto
                                       ? a.security
                                       : (port == 465 ? Security::Tls : Security::StartTls));
    // A port whose other security was proven on a second connection: offer exactly that.
    for (const Attempt &attempt : state()->latestResult().attempts) {
        if (attempt.securityCheck.attempted && attempt.securityCheck.works) {
            m_authPort->setValue(attempt.endpoint.port);
            selectSecurity(m_authSecurity, attempt.securityCheck.security);
            break;
        }
    }
    const QString domain = providerDomainOf(a.host);
    m_popHost->setText(!a.incomingHost.isEmpty() ? a.incomingHost
                                                 : (domain.isEmpty() ? QString() : QStringLiteral("pop.") + domain));
    m_popPort->setValue(a.incomingPort);
    selectSecurity(m_popSecurity, a.incomingSecurity);
    m_popUser->setText(a.user.isEmpty() ? a.email : a.user);
    m_popPassword->setText(state()->password);
    m_sender->setText(suggestedSenderAddress(a));
    m_candidates->clear();
    for (const QString &s : std::as_const(state()->otherServers))
        addCandidate(s);
    const QString client = state()->instructionsClient.isEmpty() ? ClientInstructions::clientFor(a.client)
                                                                  : state()->instructionsClient;
    m_client->setCurrentIndex(std::max(0, m_client->findData(client)));
    rebuildChoices();
    // The recommendation needs a password: the cursor waits there. QWizard focuses the page's
    // first field after initializePage(), and announces the page change last.
    if (usesLoginPanel(currentFix()) && m_authPassword->text().isEmpty()) {
        connect(wizard(), &QWizard::currentIdChanged, m_authPassword, [this] {
            if (wizard()->currentPage() == this && m_authPassword->isVisible())
                m_authPassword->setFocus();
        }, Qt::SingleShotConnection);
    }
    m_question->setPlainText(providerQuestion());
    m_question->document()->setModified(false);
    if (m_candidates->topLevelItemCount() > 0)
        testCandidates();
    // Servers published for the domain (ISPDB, autoconfig, SRV, MX) become candidates too.
    if (!m_suggester && state()->suggestServers() && isPlausibleAddress(a.email)) {
        m_suggester = new ServerSuggester(this);
        m_suggester->setTimeout(8000);
        connect(m_suggester, &ServerSuggester::finished, this, [this](const QList<ServerSuggestion> &list) {
            int added = 0;
            for (const ServerSuggestion &s : list) {
                if (s.host.isEmpty())
                    continue;
                const int before = m_candidates->topLevelItemCount();
                addCandidate(s.port > 0 ? QStringLiteral("%1:%2").arg(s.host).arg(s.port) : s.host);
                added += m_candidates->topLevelItemCount() - before;
            }
            if (added > 0)
                testCandidates();
        });
        m_suggester->start(a.email);
    }
}

void FixPage::cleanupPage()
{
    stopSuggestions();
    stopCandidates();
}

Fix FixPage::currentFix() const
{
    const int id = m_group->checkedId();
    return id < 0 ? Fix::ContactProvider : Fix(id);
}

void FixPage::showPasswordRejected(const QString &serverWords)
{
    const bool pop = currentFix() == Fix::PopBeforeSmtp;
    QLineEdit *field = pop ? m_popPassword : m_authPassword;
    if (!pop) {
        m_authProblem->setText(tr("The server did not accept this user name or password. It said: %1").arg(serverWords));
        m_authProblem->setAccessibleName(m_authProblem->text());
        m_authProblem->show();
    }
    field->setFocus();
    field->selectAll();
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
    QWidget *current = m_infoPanel;
    switch (fix) {
    case Fix::EnableAuth:
    case Fix::UseSubmissionPort:
    case Fix::FixSecuritySetting:
    case Fix::UseModernAuth: current = m_authPanel; break;
    case Fix::UseLocalServer: current = m_serverPanel; break;
    case Fix::PopBeforeSmtp: current = m_popPanel; break;
    case Fix::FixSenderAddress: current = m_senderPanel; break;
    case Fix::ContactProvider: current = m_contactPanel; break;
    default: break;
    }
    // Only the current panel takes space, so short panels leave room for the instructions.
    for (QWidget *panel : {m_authPanel, m_serverPanel, m_popPanel, m_senderPanel, m_contactPanel, m_infoPanel})
        panel->setVisible(panel == current);
    m_description->setText(fixDescription(fix));
    // The recommendation's why is already above the choices.
    m_description->setVisible(m_fixes.isEmpty() || fix != m_fixes.first());
    const bool hasSteps = !ClientInstructions::steps(QStringLiteral("generic"), fix).isEmpty();
    m_clientLabel->setVisible(hasSteps);
    m_client->setVisible(hasSteps);
    m_instructions->setVisible(hasSteps);
    m_showCertificate->setVisible(fix == Fix::TrustCertificate && certificateProblem());
    updateInstructions();
    emit completeChanged();
}

void FixPage::addCandidate(const QString &server)
{
    const QString s = server.trimmed();
    if (s.isEmpty() || s.contains(QLatin1Char(' ')))
        return;
    for (int i = 0; i < m_candidates->topLevelItemCount(); ++i) {
        if (m_candidates->topLevelItem(i)->text(0) == s)
            return;
    }
    auto *item = new QTreeWidgetItem(m_candidates, {s, tr("Not tested yet")});
    item->setData(0, kCandidateOkRole, false);
    if (!m_candidates->currentItem())
        m_candidates->setCurrentItem(item);
}

void FixPage::stopSuggestions()
{
    if (m_suggester) {
        m_suggester->disconnect(this);
        m_suggester->abort();
        m_suggester->deleteLater();
        m_suggester = nullptr;
    }
}

void FixPage::stopCandidates()
{
    for (const QPointer<SmtpProbe> &p : std::as_const(m_candidateProbes)) {
        if (p) {
            p->disconnect(this);
            p->abort();
            p->deleteLater();
        }
    }
    m_candidateProbes.clear();
}

void FixPage::testCandidates()
{
    stopCandidates();
    for (int i = 0; i < m_candidates->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_candidates->topLevelItem(i);
        const auto [host, port] = splitServer(item->text(0));
        AccountSettings a = state()->account;
        a.host = host;
        a.port = port;
        a.security = Security::Auto;
        a.authentication = false; // the network's own server recognises its own clients
        a.popBeforeSmtp = false;
        const ProbeSettings settings = state()->probeSettings(a);
        auto *probe = state()->newProbe(this);
        probe->setCertificateTrust(&state()->trust);
        m_candidateProbes.append(probe);
        item->setText(1, tr("Testing…"));
        item->setData(0, kCandidateOkRole, false);
        item->setIcon(0, QIcon());
        connect(probe, &SmtpProbe::verdictReady, this, [this, item](const ProbeResult &r) {
            const Cause cause = diagnoseProbe(r).cause;
            const bool ok = cause == Cause::Ok;
            item->setText(1, ok ? tr("Works from here", "candidate server") : causeTitle(cause));
            item->setToolTip(1, item->text(1));
            item->setData(0, kCandidateOkRole, ok);
            item->setIcon(0, style()->standardIcon(ok ? QStyle::SP_DialogApplyButton : QStyle::SP_DialogCancelButton));
            // The first one that works is the suggestion, unless the user picked one that works.
            QTreeWidgetItem *current = m_candidates->currentItem();
            if (ok && (!current || !current->data(0, kCandidateOkRole).toBool()))
                m_candidates->setCurrentItem(item);
            emit completeChanged();
        });
        probe->start(settings);
    }
}

AccountSettings FixPage::proposedSettings() const
{
    AccountSettings a = state()->account;
    switch (currentFix()) {
    case Fix::EnableAuth:
    case Fix::UseSubmissionPort:
    case Fix::FixSecuritySetting:
    case Fix::UseModernAuth:
        a.authentication = true;
        a.user = m_authUser->text().trimmed();
        a.port = quint16(m_authPort->value());
        a.security = securityOf(m_authSecurity);
        break;
    case Fix::UseLocalServer: {
        const QTreeWidgetItem *item = m_candidates->currentItem();
        const QString text = !m_serverHost->text().trimmed().isEmpty() ? m_serverHost->text()
                                                                        : (item ? item->text(0) : QString());
        const auto [host, port] = splitServer(text);
        a.host = host;
        a.port = port;
        a.security = Security::Auto;
        a.authentication = false;
        a.popBeforeSmtp = false;
        break;
    }
    case Fix::PopBeforeSmtp:
        a.popBeforeSmtp = true;
        a.incomingHost = m_popHost->text().trimmed();
        a.incomingPort = quint16(m_popPort->value());
        a.incomingSecurity = securityOf(m_popSecurity);
        if (!a.authentication)
            a.user = m_popUser->text().trimmed();
        break;
    case Fix::FixSenderAddress:
        a.email = m_sender->text().trimmed();
        break;
    default:
        break;
    }
    return a;
}

bool FixPage::isComplete() const
{
    return missing().isEmpty();
}

QString FixPage::missing() const
{
    switch (currentFix()) {
    case Fix::EnableAuth:
    case Fix::UseSubmissionPort:
    case Fix::FixSecuritySetting:
    case Fix::UseModernAuth:
        if (m_authUser->text().trimmed().isEmpty())
            return tr("Enter the user name for the login.");
        if (m_authPassword->text().isEmpty())
            return tr("Enter your password: the test logs in with it.");
        return {};
    case Fix::UseLocalServer:
        return m_serverHost->text().trimmed().isEmpty() && !m_candidates->currentItem()
            ? tr("Type the name of this network's outgoing server, or pick one in the list.")
            : QString();
    case Fix::PopBeforeSmtp:
        if (m_popHost->text().trimmed().isEmpty())
            return tr("Enter the incoming server's name.");
        if (m_popUser->text().trimmed().isEmpty() || m_popPassword->text().isEmpty())
            return tr("Enter the user name and password of the incoming server: the test logs in there first.");
        return {};
    case Fix::FixSenderAddress:
        return isPlausibleAddress(m_sender->text()) ? QString() : tr("Enter an e-mail address that belongs to the account.");
    default:
        return {};
    }
}

void FixPage::updateNextHint()
{
    const QString missingText = missing();
    const QString next = currentFix() == Fix::ContactProvider
        ? tr("Next leads to the report to send with your question.")
        : tr("Next tests these settings the way your mail program would use them. Nothing is sent, and nothing is "
             "changed in your mail program yet.");
    m_nextHint->setText(missingText.isEmpty() ? next : missingText + QLatin1Char('\n') + next);
    m_nextHint->setAccessibleName(m_nextHint->text());
}

bool FixPage::validatePage()
{
    stopSuggestions();
    stopCandidates();
    state()->chosenFix = currentFix();
    state()->proposed = proposedSettings();
    if (usesLoginPanel(currentFix()))
        state()->password = m_authPassword->text();
    else if (currentFix() == Fix::PopBeforeSmtp)
        state()->password = m_popPassword->text();
    return true;
}

int FixPage::nextId() const
{
    return currentFix() == Fix::ContactProvider ? OutboxWizard::DonePage : OutboxWizard::RetestPage;
}

QString FixPage::providerQuestion() const
{
    // The same letter as in the report, so what the user sends matches what is attached.
    return od::providerQuestion(wizardReport(*state()));
}

QString FixPage::instructionsHtml(const QString &client, Fix fix, const AccountSettings &settings)
{
    const QStringList steps = ClientInstructions::steps(client, fix);
    if (steps.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(fixDescription(fix).toHtmlEscaped());
    // "Another mail program" is no name to put into "In %1:" (in German or Swedish it does not fit the sentence).
    const QString heading = client == QLatin1String("generic")
        ? tr("In your mail program:", "instructions for a mail program not in the list")
        : tr("In %1:", "instructions for a mail program").arg(ClientInstructions::clientName(client));
    QString html = QStringLiteral("<p><b>%1</b></p><ol>").arg(heading.toHtmlEscaped());
    for (const QString &s : steps)
        html += QStringLiteral("<li>%1</li>").arg(s.toHtmlEscaped());
    html += QStringLiteral("</ol>");
    const QStringList values = ClientInstructions::settingsToEnter(client, fix, settings);
    if (!values.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Values to enter:").toHtmlEscaped());
        for (const QString &v : values)
            html += QStringLiteral("<li>%1</li>").arg(v.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    return html;
}

void FixPage::updateInstructions()
{
    const Fix fix = currentFix();
    QString html = instructionsHtml(m_client->currentData().toString(), fix, proposedSettings());
    if (!ClientInstructions::steps(QStringLiteral("generic"), fix).isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Change your mail program after the test on the next page has confirmed that these settings work.")
                             .toHtmlEscaped());
    m_instructions->setHtml(html);
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
    for (auto it = m_radios.cbegin(); it != m_radios.cend(); ++it) {
        it.value()->setText(Fix(it.key()) == recommended ? tr("%1 (recommended)", "a fix").arg(fixTitle(Fix(it.key())))
                                                          : fixTitle(Fix(it.key())));
        it.value()->setAccessibleName(it.value()->text());
    }
    m_description->setText(fixDescription(currentFix()));

    m_authIntro->setText(tr("Your mail program should log in to the outgoing server, usually with the same user name and "
                            "password as for incoming mail, over an encrypted connection."));
    m_authUserLabel->setText(tr("&User name:"));
    m_authUser->setAccessibleName(tr("User name"));
    m_authPasswordLabel->setText(tr("Pass&word:"));
    m_authPassword->setAccessibleName(tr("Password"));
    m_authPortLabel->setText(tr("P&ort:"));
    m_authPort->setAccessibleName(tr("Outgoing server port"));
    m_authSecurityLabel->setText(tr("Encr&yption:"));
    m_authSecurity->setAccessibleName(tr("Outgoing server encryption"));
    setSecurityItems(m_authSecurity, false);

    m_serverIntro->setText(tr("The network you are on may have its own outgoing server (your office's, or the provider of "
                              "this connection) that accepts mail from here without a login. Servers of your other "
                              "accounts are listed and tested at once; add one you know of."));
    m_serverLabel->setText(tr("&Server:", "outgoing server name"));
    m_serverHost->setAccessibleName(tr("Outgoing server of this network"));
    m_serverHost->setPlaceholderText(tr("smtp.example.net or smtp.example.net:587"));
    m_addServer->setText(tr("&Add and test"));
    m_testServers->setText(tr("Test a&ll"));
    m_candidates->setHeaderLabels({tr("Server", "column header"), tr("Result", "column header")});
    m_candidates->setAccessibleName(tr("Candidate outgoing servers"));

    m_popIntro->setText(tr("Some providers let you send only from a connection that has just logged in to the incoming "
                           "(POP3) server. The test logs in there first, then sends."));
    m_popHostLabel->setText(tr("In&coming server:"));
    m_popHost->setAccessibleName(tr("Incoming server name"));
    m_popPortLabel->setText(tr("P&ort:"));
    m_popPort->setAccessibleName(tr("Incoming server port"));
    m_popPort->setSpecialValueText(tr("Automatic (110 or 995)"));
    m_popSecurityLabel->setText(tr("Encr&yption:"));
    m_popSecurity->setAccessibleName(tr("Incoming server encryption"));
    setSecurityItems(m_popSecurity);
    m_popUserLabel->setText(tr("&User name:"));
    m_popUser->setAccessibleName(tr("Incoming user name"));
    m_popPasswordLabel->setText(tr("Pass&word:"));
    m_popPassword->setAccessibleName(tr("Incoming password"));

    m_senderIntro->setText(tr("The server only accepts a sender address that belongs to the account you log in with. "
                              "Use your address at this provider as the From address."));
    m_senderLabel->setText(tr("&From address:"));
    m_sender->setAccessibleName(tr("From address"));

    const bool yours = state()->haveFirstResult && state()->firstDiagnosis.owner == Owner::You;
    m_contactIntro->setText(yours ? tr("If the other ways do not work, or you would rather not change the settings "
                                       "yourself, ask your provider or administrator. Send them this question (and "
                                       "the report from the last page).")
                                  : tr("Nothing you can change from here will help: your provider or administrator has to act. "
                                       "Send them this question (and the report from the last page)."));
    m_question->setAccessibleName(tr("Question for your provider"));
    m_copyQuestion->setText(tr("&Copy the question"));
    m_showCertificate->setText(tr("&Show the certificate…"));
    m_showCertificate->setAccessibleName(tr("Show the certificate and decide whether to trust it"));
    if (state()->haveFirstResult && !m_question->document()->isModified()) {
        m_question->setPlainText(providerQuestion());
        m_question->document()->setModified(false);
    }

    updateNextHint();
    m_clientLabel->setText(tr("Instructions for &mail program:"));
    m_client->setAccessibleName(tr("Mail program for the instructions"));
    for (int i = 0; i < m_client->count(); ++i)
        m_client->setItemText(i, ClientInstructions::clientName(m_client->itemData(i).toString()));
    m_instructions->setAccessibleName(tr("Instructions"));
    for (int i = 0; i < m_candidates->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_candidates->topLevelItem(i);
        if (!item->data(0, kCandidateOkRole).toBool() && item->icon(0).isNull())
            item->setText(1, tr("Not tested yet"));
    }
    updateInstructions();
}

QString FixPage::helpText() const
{
    return tr("The ways to solve the problem are listed with the most likely first. Pick one, check the values "
              "(they are filled in from your account), and click Next: Outbox Doctor tests the new settings before "
              "you change your mail program. The instructions below show where to change them in your mail program; "
              "pick yours in the list if it is not the right one.");
}

} // namespace od
