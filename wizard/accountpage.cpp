// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountpage.h"

#include "accountkindchooser.h"

#include "accounts/accountscanjob.h"
#include "accounts/clients/mailclient.h"
#include "passwordstore.h"
#include "smtp/smtpprobe.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHostAddress>
#include <QLabel>
#include <QPushButton>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace od {

AccountPage::AccountPage(WizardState *wizardState, QWidget *parent)
    : WizardPage(wizardState, parent)
    , m_passwords(new PasswordStore(this))
{
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("accountContent"));

    // Shown while the mail programs' settings are looked for (on a worker thread).
    m_scanWidget = new QWidget(content);
    m_scanWidget->setObjectName(QStringLiteral("accountScanWidget"));
    m_scanLabel = wrappingLabel(m_scanWidget, QStringLiteral("accountScanLabel"));
    m_scanProgress = new QProgressBar(m_scanWidget);
    m_scanProgress->setObjectName(QStringLiteral("accountScanProgressBar"));
    m_scanProgress->setRange(0, 0); // busy until the number of programs is known
    m_scanProgress->setTextVisible(false);
    auto *scanLayout = new QVBoxLayout(m_scanWidget);
    scanLayout->setContentsMargins(0, 0, 0, 0);
    scanLayout->addWidget(m_scanLabel);
    scanLayout->addWidget(m_scanProgress);
    m_scanWidget->hide();

    m_detectedCombo = new QComboBox(content);
    m_detectedCombo->setObjectName(QStringLiteral("detectedAccountComboBox"));
    m_detectedLabel = buddyLabel(content, m_detectedCombo);

    m_card = new QFrame(content);
    m_card->setObjectName(QStringLiteral("accountCardFrame"));
    m_card->setFrameShape(QFrame::StyledPanel);
    m_cardLabel = wrappingLabel(m_card, QStringLiteral("accountCardLabel"));
    QFont bold = m_cardLabel->font();
    bold.setBold(true);
    m_cardLabel->setFont(bold);
    m_cardPassword = lineEdit(m_card, "cardPasswordLineEdit");
    m_cardPassword->setEchoMode(QLineEdit::Password);
    m_cardPasswordLabel = buddyLabel(m_card, m_cardPassword);
    m_changeSettings = new QPushButton(m_card);
    m_changeSettings->setObjectName(QStringLiteral("changeSettingsButton"));
    auto *cardPasswordRow = new QHBoxLayout;
    cardPasswordRow->addWidget(m_cardPasswordLabel);
    cardPasswordRow->addWidget(m_cardPassword, 1);
    auto *cardButtons = new QHBoxLayout;
    cardButtons->addWidget(m_changeSettings);
    cardButtons->addStretch(1);
    auto *cardLayout = new QVBoxLayout(m_card);
    cardLayout->addWidget(m_cardLabel);
    cardLayout->addLayout(cardPasswordRow);
    cardLayout->addLayout(cardButtons);
    m_card->hide();
    m_form = new QWidget(content);
    m_form->setObjectName(QStringLiteral("accountFormWidget"));

    m_senderBox = new QGroupBox(m_form);
    m_email = lineEdit(m_senderBox, "emailLineEdit");
    m_name = lineEdit(m_senderBox, "displayNameLineEdit");
    m_replyTo = lineEdit(m_senderBox, "replyToLineEdit");
    m_emailLabel = buddyLabel(m_senderBox, m_email);
    m_nameLabel = buddyLabel(m_senderBox, m_name);
    m_replyToLabel = buddyLabel(m_senderBox, m_replyTo);
    auto *senderForm = new QFormLayout(m_senderBox);
    senderForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    senderForm->addRow(m_emailLabel, m_email);
    senderForm->addRow(m_nameLabel, m_name);
    senderForm->addRow(m_replyToLabel, m_replyTo);

    m_serverBox = new QGroupBox(m_form);
    m_host = lineEdit(m_serverBox, "hostLineEdit");
    m_port = portSpinBox(m_serverBox, "portSpinBox");
    m_security = new QComboBox(m_serverBox);
    m_security->setObjectName(QStringLiteral("securityComboBox"));
    setSecurityItems(m_security);
    m_hostLabel = buddyLabel(m_serverBox, m_host);
    m_portLabel = buddyLabel(m_serverBox, m_port);
    m_securityLabel = buddyLabel(m_serverBox, m_security);
    auto *serverForm = new QFormLayout(m_serverBox);
    serverForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    serverForm->addRow(m_hostLabel, m_host);
    serverForm->addRow(m_portLabel, m_port);
    serverForm->addRow(m_securityLabel, m_security);

    m_loginBox = new QGroupBox(m_form);
    m_auth = new QComboBox(m_loginBox);
    m_auth->setObjectName(QStringLiteral("authComboBox"));
    for (const char *mechanism : {"none", "", "PLAIN", "LOGIN", "CRAM-MD5"})
        m_auth->addItem(QString(), QLatin1String(mechanism));
    m_user = lineEdit(m_loginBox, "userLineEdit");
    m_password = lineEdit(m_loginBox, "passwordLineEdit");
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(m_loginBox);
    m_remember->setObjectName(QStringLiteral("rememberPasswordCheckBox"));
    m_remember->setEnabled(PasswordStore::isAvailable());
    m_authLabel = buddyLabel(m_loginBox, m_auth);
    m_userLabel = buddyLabel(m_loginBox, m_user);
    m_passwordLabel = buddyLabel(m_loginBox, m_password);
    auto *loginForm = new QFormLayout(m_loginBox);
    loginForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    loginForm->addRow(m_authLabel, m_auth);
    loginForm->addRow(m_userLabel, m_user);
    loginForm->addRow(m_passwordLabel, m_password);
    loginForm->addRow(QString(), m_remember);

    m_incomingBox = new QGroupBox(m_form);
    m_popBefore = new QCheckBox(m_incomingBox);
    m_popBefore->setObjectName(QStringLiteral("popBeforeSmtpCheckBox"));
    m_incomingHost = lineEdit(m_incomingBox, "incomingHostLineEdit");
    m_incomingPort = portSpinBox(m_incomingBox, "incomingPortSpinBox");
    m_incomingSecurity = new QComboBox(m_incomingBox);
    m_incomingSecurity->setObjectName(QStringLiteral("incomingSecurityComboBox"));
    setSecurityItems(m_incomingSecurity);
    m_incomingHostLabel = buddyLabel(m_incomingBox, m_incomingHost);
    m_incomingPortLabel = buddyLabel(m_incomingBox, m_incomingPort);
    m_incomingSecurityLabel = buddyLabel(m_incomingBox, m_incomingSecurity);
    auto *incomingForm = new QFormLayout(m_incomingBox);
    incomingForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    incomingForm->addRow(m_incomingHostLabel, m_incomingHost);
    incomingForm->addRow(QString(), m_popBefore);
    incomingForm->addRow(m_incomingPortLabel, m_incomingPort);
    incomingForm->addRow(m_incomingSecurityLabel, m_incomingSecurity);

    m_advancedButton = new QToolButton(m_form);
    m_advancedButton->setObjectName(QStringLiteral("advancedToolButton"));
    m_advancedButton->setCheckable(true);
    m_advancedButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedButton->setArrowType(Qt::RightArrow);
    m_advancedButton->setAutoRaise(true);
    m_advanced = new QWidget(m_form);
    m_advanced->setObjectName(QStringLiteral("advancedWidget"));
    m_recipient = lineEdit(m_advanced, "recipientLineEdit");
    m_source = lineEdit(m_advanced, "sourceAddressLineEdit");
    m_caFile = lineEdit(m_advanced, "caFileLineEdit");
    m_recipientLabel = buddyLabel(m_advanced, m_recipient);
    m_sourceLabel = buddyLabel(m_advanced, m_source);
    m_caLabel = buddyLabel(m_advanced, m_caFile);
    auto *advancedForm = new QFormLayout(m_advanced);
    advancedForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    advancedForm->setContentsMargins(0, 0, 0, 0);
    advancedForm->addRow(m_recipientLabel, m_recipient);
    advancedForm->addRow(m_sourceLabel, m_source);
    advancedForm->addRow(m_caLabel, m_caFile);
    m_advanced->hide();
    connect(m_advancedButton, &QToolButton::toggled, this, [this](bool on) {
        m_advanced->setVisible(on);
        m_advancedButton->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });

    m_problem = wrappingLabel(content, QStringLiteral("problemLabel"));

    auto *detectedRow = new QHBoxLayout;
    detectedRow->addWidget(m_detectedLabel);
    detectedRow->addWidget(m_detectedCombo, 1);

    auto *grid = new QGridLayout;
    grid->addWidget(m_senderBox, 0, 0);
    grid->addWidget(m_serverBox, 1, 0);
    grid->addWidget(m_loginBox, 0, 1);
    grid->addWidget(m_incomingBox, 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addLayout(grid);
    formLayout->addWidget(m_advancedButton, 0, Qt::AlignLeft);
    formLayout->addWidget(m_advanced);

    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_scanWidget);
    contentLayout->addLayout(detectedRow);
    contentLayout->addWidget(m_card);
    contentLayout->addWidget(m_form);
    contentLayout->addWidget(m_problem);
    m_accountKind = new AccountKindChooser(content);
    connect(m_accountKind, &AccountKindChooser::kindChosen, this, [this](AccountKind kind) { state()->setAccountKind(kind); });
    contentLayout->addWidget(m_accountKind);
    contentLayout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("accountScrollArea"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // the fields inside take the focus; the area follows it
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    // Keyboard order follows the reading order: sender, server, login, incoming, advanced.
    QWidget *order[] = {m_detectedCombo, m_cardPassword, m_changeSettings, m_email, m_name, m_replyTo, m_host, m_port, m_security, m_auth, m_user,
                        m_password, m_remember, m_incomingHost, m_popBefore, m_incomingPort, m_incomingSecurity,
                        m_advancedButton, m_recipient, m_source, m_caFile};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    for (QLineEdit *e : {m_email, m_name, m_replyTo, m_host, m_user, m_password, m_cardPassword, m_incomingHost,
                         m_recipient, m_source, m_caFile})
        connect(e, &QLineEdit::textEdited, this, [this] {
            if (state()->userTyped())
                return;
            state()->setUserTyped();
            // Typing makes Next independent of the account list still being looked for.
            updateProblem();
            emit completeChanged();
        });
    for (QLineEdit *e : {m_email, m_host, m_user, m_password, m_incomingHost, m_source})
        connect(e, &QLineEdit::textChanged, this, [this] {
            updateEnabled();
            updateProblem();
            emit completeChanged();
        });
    connect(m_email, &QLineEdit::textEdited, this, [this](const QString &text) {
        // The user name is usually the address: follow it until the user types their own.
        if (m_user->property("followsEmail").toBool() || m_user->text().isEmpty()) {
            m_user->setText(text);
            m_user->setProperty("followsEmail", true);
        }
    });
    connect(m_user, &QLineEdit::textEdited, this, [this] { m_user->setProperty("followsEmail", false); });
    connect(m_auth, &QComboBox::currentIndexChanged, this, [this] {
        updateEnabled();
        updateProblem();
        emit completeChanged();
    });
    connect(m_popBefore, &QCheckBox::toggled, this, [this] {
        updateEnabled();
        updateProblem();
        emit completeChanged();
    });
    connect(m_detectedCombo, &QComboBox::activated, this, [this](int index) {
        pick(m_detectedCombo->itemData(index).toInt());
    });
    connect(m_changeSettings, &QPushButton::clicked, this, [this] {
        showForm(true);
        m_email->setFocus();
    });
    // One password, typed on the card or in the form.
    connect(m_cardPassword, &QLineEdit::textEdited, m_password, &QLineEdit::setText);
    connect(m_password, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_cardPassword->text() != text)
            m_cardPassword->setText(text);
    });
    connect(m_passwords, &PasswordStore::loaded, this, [this](const QString &key, const QString &password) {
        if (key == passwordKey() && m_password->text().isEmpty()) {
            m_password->setText(password);
            m_remember->setChecked(true);
        }
    });
    // The keychain answers later (the page may have changed): a message box on the wizard.
    connect(m_passwords, &PasswordStore::failed, this,
            [this](PasswordStore::Operation operation, const QString &, const QString &message) {
        QString text;
        switch (operation) {
        case PasswordStore::Operation::Save:
            text = tr("The password could not be saved in the system keychain: %1").arg(message);
            break;
        case PasswordStore::Operation::Load:
            text = tr("The saved password could not be read from the system keychain: %1").arg(message);
            break;
        case PasswordStore::Operation::Remove:
            text = tr("The saved password could not be removed from the system keychain: %1").arg(message);
            break;
        }
        auto *box = new QMessageBox(QMessageBox::Warning, tr("System keychain"), text, QMessageBox::Ok, window());
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setObjectName(QStringLiteral("keychainFailureBox"));
        box->open();
    });

    fill(wizardState->account());
    retranslateUi();
}

QString AccountPage::clientName(const QString &id)
{
    return MailClients::displayName(id);
}

void AccountPage::pick(int i)
{
    const bool found = i >= 0 && i < m_detected.size();
    // Remembered as read, so the Done page can offer to change that file ("apply for me").
    state()->setPickedAccount(found ? m_detected.at(i) : MailAccount());
    const int index = m_detectedCombo->findData(found ? i : -1);
    if (index >= 0)
        m_detectedCombo->setCurrentIndex(index);
    if (found) {
        fill(fromMailAccount(m_detected.at(i)));
        if (m_password->text().isEmpty())
            m_passwords->load(passwordKey());
    }
    showForm(!found);
}

void AccountPage::showForm(bool form)
{
    m_showForm = form || state()->pickedAccount().client.isEmpty();
    m_form->setVisible(m_showForm);
    m_card->setVisible(!m_showForm);
    m_cardLabel->setText(cardText());
    m_cardLabel->setAccessibleName(m_cardLabel->text());
    const bool login = m_auth->currentIndex() > 0 || m_popBefore->isChecked();
    m_cardPasswordLabel->setVisible(login);
    m_cardPassword->setVisible(login);
    updateProblem();
}

QString AccountPage::cardText() const
{
    if (state()->pickedAccount().client.isEmpty())
        return {};
    const QString client = clientName(state()->pickedAccount().client);
    const QString email = m_email->text().trimmed();
    const QString host = m_host->text().trimmed();
    const QString port = m_port->value() == 0 ? tr("automatic", "port") : QString::number(m_port->value());
    if (m_auth->currentIndex() == 0)
        return tr("%1 · %2 · sends via %3, port %4, no login", "account card: mail program · address · server").arg(client, email, host, port);
    return tr("%1 · %2 · sends via %3, port %4, logs in as %5", "account card: mail program · address · server")
        .arg(client, email, host, port, m_user->text().trimmed());
}

void AccountPage::retranslateUi()
{
    m_accountKind->retranslateUi();
    setTitle(tr("Your account"));
    setSubTitle(tr("Pick the account from your mail program, or type its settings as your mail program has them."));
    m_scanLabel->setText(tr("Looking for your mail programs' settings…"));
    m_scanProgress->setAccessibleName(m_scanLabel->text());
    m_detectedLabel->setText(tr("&Account:"));
    m_detectedCombo->setAccessibleName(tr("Account found on this computer"));
    const int current = m_detectedCombo->currentIndex();
    m_detectedCombo->clear();
    m_detectedCombo->addItem(tr("Type the settings myself"), -1);
    for (int i = 0; i < m_detected.size(); ++i) {
        const MailAccount &a = m_detected.at(i);
        m_detectedCombo->addItem(tr("%1 (%2, in %3)").arg(a.email, a.smtp.host, clientName(a.client)), i);
    }
    m_detectedCombo->setCurrentIndex(std::max(0, current));
    m_cardPasswordLabel->setText(tr("Pass&word:"));
    m_cardPassword->setAccessibleName(tr("Password"));
    m_changeSettings->setText(tr("Chan&ge settings…"));
    m_changeSettings->setAccessibleName(tr("Change the settings of this account"));
    m_cardLabel->setText(cardText());
    m_cardLabel->setAccessibleName(m_cardLabel->text());

    m_senderBox->setTitle(tr("Who sends", "group of sender settings"));
    m_emailLabel->setText(tr("E-mail a&ddress:"));
    m_email->setAccessibleName(tr("E-mail address"));
    m_email->setPlaceholderText(tr("you@example.com"));
    m_nameLabel->setText(tr("Your na&me:"));
    m_name->setAccessibleName(tr("Your name"));
    m_replyToLabel->setText(tr("Rep&ly-to address:"));
    m_replyTo->setAccessibleName(tr("Reply-to address"));
    m_replyTo->setPlaceholderText(tr("optional"));

    m_serverBox->setTitle(tr("Outgoing server (SMTP)"));
    m_hostLabel->setText(tr("&Server:", "outgoing server name"));
    m_host->setAccessibleName(tr("Outgoing server name"));
    m_host->setPlaceholderText(tr("smtp.example.com"));
    m_portLabel->setText(tr("P&ort:"));
    m_port->setAccessibleName(tr("Outgoing server port"));
    m_port->setSpecialValueText(tr("Automatic (587, 465 and 25)"));
    m_securityLabel->setText(tr("Encr&yption:"));
    m_security->setAccessibleName(tr("Outgoing server encryption"));
    setSecurityItems(m_security);

    m_loginBox->setTitle(tr("Login", "group of login settings"));
    m_authLabel->setText(tr("Au&thentication:"));
    m_auth->setAccessibleName(tr("Authentication"));
    m_auth->setItemText(0, tr("None: the server does not ask for a login"));
    m_auth->setItemText(1, tr("Password (the best method the server offers)"));
    m_auth->setItemText(2, tr("Password, PLAIN"));
    m_auth->setItemText(3, tr("Password, LOGIN"));
    m_auth->setItemText(4, tr("Encrypted password (CRAM-MD5)"));
    m_userLabel->setText(tr("&User name:"));
    m_user->setAccessibleName(tr("User name"));
    m_passwordLabel->setText(tr("Pass&word:"));
    m_password->setAccessibleName(tr("Password"));
    m_remember->setText(tr("Remember the password in the system &keychain"));
    m_remember->setAccessibleName(tr("Remember the password in the system keychain"));
    m_remember->setToolTip(PasswordStore::isAvailable()
                               ? tr("Otherwise the password is kept in memory only and forgotten when you close Outbox Doctor.")
                               : tr("No system keychain is available: the password is kept in memory only."));

    m_incomingBox->setTitle(tr("Incoming server"));
    m_incomingHostLabel->setText(tr("In&coming server:"));
    m_incomingHost->setAccessibleName(tr("Incoming server name"));
    m_incomingHost->setPlaceholderText(tr("pop.example.com"));
    m_popBefore->setText(tr("Check incoming mail (&POP3) before sending"));
    m_popBefore->setAccessibleName(tr("Log in to the incoming server before sending"));
    m_incomingPortLabel->setText(tr("Incomin&g port:"));
    m_incomingPort->setAccessibleName(tr("Incoming server port"));
    m_incomingPort->setSpecialValueText(tr("Automatic (110 or 995)"));
    m_incomingSecurityLabel->setText(tr("Incoming &encryption:"));
    m_incomingSecurity->setAccessibleName(tr("Incoming server encryption"));
    setSecurityItems(m_incomingSecurity);

    m_advancedButton->setText(tr("Ad&vanced options"));
    m_advancedButton->setAccessibleName(tr("Advanced options"));
    m_recipientLabel->setText(tr("Address you tr&ied to write to:"));
    m_recipient->setAccessibleName(tr("Address you tried to write to"));
    m_recipient->setPlaceholderText(tr("optional; a test address is used otherwise"));
    m_sourceLabel->setText(tr("Send &from local address (IP):"));
    m_source->setAccessibleName(tr("Local address to send from"));
    m_source->setPlaceholderText(tr("chosen by the system"));
    m_caLabel->setText(tr("E&xtra trusted certificate authority (PEM file):"));
    m_caFile->setAccessibleName(tr("Extra trusted certificate authority file"));
    updateProblem();
}

QString AccountPage::helpText() const
{
    return tr("If your mail program was found on this computer, pick the account in the list at the top and check "
              "the settings. Otherwise copy them from your mail program's account settings: your e-mail address, "
              "the outgoing (SMTP) server with its port and encryption, and whether it asks for a user name and "
              "password. Leave the port on \"Automatic\" if you don't know it: the usual ports are tested at once. "
              "Your password is only kept in memory, unless you ask for it to be remembered in the system keychain.");
}

void AccountPage::startScan()
{
    m_scan = state()->newAccountScan(this);
    if (!m_scan) {
        setDetectedAccounts({});
        return;
    }
    connect(m_scan, &AccountScanJob::progress, this, [this](int done, int total) {
        m_scanProgress->setRange(0, total);
        m_scanProgress->setValue(done);
    });
    connect(m_scan, &AccountScanJob::finished, this, [this](const ReadResult &result) { scanFinished(result.accounts); });
    // Closing the wizard stops the scan at its next step (the job waits for it when deleted).
    if (wizard())
        connect(wizard(), &QDialog::finished, m_scan, &AccountScanJob::cancel);
    m_detectedLabel->hide();
    m_detectedCombo->hide();
    m_scanProgress->setRange(0, 0);
    m_scanWidget->show();
    updateProblem();
    emit completeChanged();
    m_scan->start();
}

void AccountPage::scanFinished(const QList<MailAccount> &accounts)
{
    m_scan->deleteLater();
    m_scan = nullptr;
    m_scanWidget->hide();
    setDetectedAccounts(accounts);
    fillFromPaste();
    emit completeChanged();
}

void AccountPage::setDetectedAccounts(const QList<MailAccount> &accounts)
{
    if (m_scan) { // a list given while one is still looked for replaces it
        m_scan->disconnect(this);
        m_scan->cancel();
        m_scan->deleteLater();
        m_scan = nullptr;
        m_scanWidget->hide();
    }
    m_scanned = true;
    m_detected.clear();
    for (const MailAccount &a : accounts) {
        if (!a.smtp.host.isEmpty() || !a.email.isEmpty())
            m_detected.append(a);
    }
    retranslateUi();
    m_detectedLabel->setVisible(!m_detected.isEmpty());
    m_detectedCombo->setVisible(!m_detected.isEmpty());
    if (state()->userTyped()) {
        // Typed while the list was looked for: what was typed stays; the list is there to pick from.
        showForm(true);
        return;
    }
    // The account the pasted error was sent from, else the program's default, else the first.
    int best = m_detected.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_detected.size(); ++i) {
        if (m_detected.at(i).isDefault) {
            best = i;
            break;
        }
    }
    const QString sender = state()->paste().sender.trimmed();
    for (int i = 0; i < m_detected.size() && !sender.isEmpty(); ++i) {
        if (m_detected.at(i).email.compare(sender, Qt::CaseInsensitive) == 0) {
            best = i;
            break;
        }
    }
    pick(best);
}

void AccountPage::initializePage()
{
    m_accountKind->showFor(state()->location());
    state()->setAccountKind(m_accountKind->kind());
    if (!m_scanned && !m_scan)
        startScan();
    fillFromPaste();
    if (m_recipient->text().isEmpty())
        m_recipient->setText(state()->account().foreignRecipient);
}

void AccountPage::fillFromPaste()
{
    if (m_email->text().isEmpty() && !state()->paste().sender.isEmpty())
        m_email->setText(state()->paste().sender);
    // An Outlook error dialog names the server and port the program used.
    if (m_host->text().isEmpty() && !state()->paste().server.isEmpty()) {
        m_host->setText(state()->paste().server);
        m_port->setValue(state()->paste().port);
    }
}

AccountSettings AccountPage::fromMailAccount(const MailAccount &m)
{
    return AccountConversion::fromMailAccount(m);
}

void AccountPage::fill(const AccountSettings &a)
{
    // Advanced values picked up from the environment stay unless the account brings its own.
    const AccountSettings current = state()->account();
    m_email->setText(a.email);
    m_name->setText(a.displayName);
    m_replyTo->setText(a.replyTo);
    m_host->setText(a.host);
    m_port->setValue(a.port);
    selectSecurity(m_security, a.security);
    int authIndex = a.authentication ? std::max(1, m_auth->findData(a.authMechanism)) : 0;
    m_auth->setCurrentIndex(authIndex);
    m_user->setText(a.user);
    m_user->setProperty("followsEmail", a.user.isEmpty() || a.user == a.email);
    m_incomingHost->setText(a.incomingHost);
    m_incomingPort->setValue(a.incomingPort);
    selectSecurity(m_incomingSecurity, a.incomingSecurity);
    m_popBefore->setChecked(a.popBeforeSmtp);
    m_recipient->setText(a.foreignRecipient.isEmpty() ? current.foreignRecipient : a.foreignRecipient);
    m_source->setText(a.sourceAddress.isEmpty() ? current.sourceAddress : a.sourceAddress);
    m_caFile->setText(a.caFile.isEmpty() ? current.caFile : a.caFile);
    AccountSettings withClient = current;
    withClient.client = a.client;
    state()->setAccount(withClient);
    updateEnabled();
}

void AccountPage::updateEnabled()
{
    const bool auth = m_auth->currentIndex() > 0;
    m_user->setEnabled(auth || m_popBefore->isChecked());
    m_password->setEnabled(auth || m_popBefore->isChecked());
    m_remember->setEnabled(PasswordStore::isAvailable() && (auth || m_popBefore->isChecked()));
    m_incomingPort->setEnabled(m_popBefore->isChecked());
    m_incomingSecurity->setEnabled(m_popBefore->isChecked());
}

QString AccountPage::problem() const
{
    const QString email = m_email->text().trimmed();
    if (email.isEmpty())
        return tr("Enter your e-mail address.");
    if (!isPlausibleAddress(email))
        return tr("\"%1\" does not look like an e-mail address.").arg(email);
    if (!m_replyTo->text().trimmed().isEmpty() && !isPlausibleAddress(m_replyTo->text()))
        return tr("The reply-to address does not look like an e-mail address.");
    if (m_host->text().trimmed().isEmpty())
        return tr("Enter the outgoing (SMTP) server's name, as your mail program has it.");
    if (m_host->text().trimmed().contains(QLatin1Char(' ')))
        return tr("A server name cannot contain spaces.");
    if (m_auth->currentIndex() > 0 && m_user->text().trimmed().isEmpty())
        return tr("Enter the user name for the login, or set authentication to \"None\".");
    if ((m_auth->currentIndex() > 0 || m_popBefore->isChecked()) && m_password->text().isEmpty())
        return tr("Enter the password of this account: the test logs in with it (it is kept in memory only).");
    if (m_popBefore->isChecked() && m_incomingHost->text().trimmed().isEmpty())
        return tr("Enter the incoming server's name to check mail before sending.");
    if (!m_source->text().trimmed().isEmpty() && QHostAddress(m_source->text().trimmed()).isNull())
        return tr("The local address is not an IP address.");
    return {};
}

void AccountPage::updateProblem()
{
    if (isScanning() && !state()->userTyped()) {
        m_problem->setText(tr("Next is available once the search has finished, or once you type the settings below."));
        m_problem->setAccessibleName(m_problem->text());
        m_problem->setVisible(true);
        return;
    }
    // What is missing (once there is something to check), then what Next does.
    const QString p = m_showForm && m_email->text().isEmpty() && m_host->text().isEmpty() ? QString() : problem();
    const QString next = tr("Next tests sending from this account the way your mail program does. Nothing is sent.");
    m_problem->setText(p.isEmpty() ? next : p + QLatin1Char('\n') + next);
    m_problem->setAccessibleName(m_problem->text());
    m_problem->setVisible(true);
}

bool AccountPage::isComplete() const
{
    // While the list is looked for, Next waits for it, unless the user types the settings.
    if (isScanning() && !state()->userTyped())
        return false;
    return problem().isEmpty();
}

void AccountPage::store()
{
    AccountSettings a = state()->account();
    a.email = m_email->text().trimmed();
    a.displayName = m_name->text().trimmed();
    a.replyTo = m_replyTo->text().trimmed();
    a.host = m_host->text().trimmed();
    a.port = quint16(m_port->value());
    a.security = securityOf(m_security);
    a.authentication = m_auth->currentIndex() > 0;
    a.authMechanism = m_auth->currentData().toString();
    if (a.authMechanism == QLatin1String("none"))
        a.authMechanism.clear();
    a.user = m_user->text().trimmed();
    a.incomingHost = m_incomingHost->text().trimmed();
    a.incomingPort = quint16(m_incomingPort->value());
    a.incomingSecurity = securityOf(m_incomingSecurity);
    a.popBeforeSmtp = m_popBefore->isChecked();
    a.foreignRecipient = m_recipient->text().trimmed();
    a.sourceAddress = m_source->text().trimmed();
    a.caFile = m_caFile->text().trimmed();
    state()->setAccount(a);
    QStringList otherServers;
    for (const MailAccount &m : std::as_const(m_detected)) {
        const QString server = m.smtp.port > 0 ? QStringLiteral("%1:%2").arg(m.smtp.host).arg(m.smtp.port) : m.smtp.host;
        if (!m.smtp.host.isEmpty() && m.smtp.host != a.host && !otherServers.contains(server))
            otherServers.append(server);
    }
    state()->setOtherServers(otherServers);
    state()->setPassword(m_password->text());
    state()->setRememberPassword(m_remember->isChecked());
}

QString AccountPage::passwordKey() const
{
    return m_email->text().trimmed().toLower() + QLatin1Char('@') + m_host->text().trimmed().toLower();
}

bool AccountPage::validatePage()
{
    store();
    const QString message = SmtpProbe::validate(state()->probeSettings(state()->account())).text();
    if (!message.isEmpty()) {
        m_problem->setText(message);
        m_problem->show();
        return false;
    }
    if (state()->rememberPassword() && !state()->password().isEmpty())
        m_passwords->save(passwordKey(), state()->password());
    return true;
}

} // namespace od
