// SPDX-License-Identifier: GPL-3.0-or-later
#include "locationpage.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace od {

LocationPage::LocationPage(WizardState *wizardState, QWidget *parent)
    : WizardPage(wizardState, parent)
{
    m_locationBox = new QGroupBox(this);
    m_locationBox->setObjectName(QStringLiteral("locationGroupBox"));
    auto *locLayout = new QVBoxLayout(m_locationBox);
    m_locations = new QButtonGroup(this);
    m_home = addChoice(m_locations, int(Location::Home), QStringLiteral("locationHomeRadioButton"), &m_homeText);
    m_work = addChoice(m_locations, int(Location::Work), QStringLiteral("locationWorkRadioButton"), &m_workText);
    m_travel = addChoice(m_locations, int(Location::Travel), QStringLiteral("locationTravelRadioButton"), &m_travelText);
    m_unknown = addChoice(m_locations, int(Location::Unknown), QStringLiteral("locationUnknownRadioButton"), &m_unknownText);
    for (auto [button, text] : {std::pair{m_home, m_homeText}, {m_work, m_workText}, {m_travel, m_travelText},
                                {m_unknown, m_unknownText}}) {
        locLayout->addWidget(button);
        text->setContentsMargins(24, 0, 0, 4);
        locLayout->addWidget(text);
    }
    connect(m_locations, &QButtonGroup::idClicked, this, [this](int id) {
        state()->location = Location(id);
        state()->locationChosen = true;
        emit completeChanged();
    });

    m_accountBox = new QGroupBox(this);
    m_accountBox->setObjectName(QStringLiteral("accountKindGroupBox"));
    auto *accLayout = new QVBoxLayout(m_accountBox);
    m_accounts = new QButtonGroup(this);
    m_accountHome = new QRadioButton(m_accountBox);
    m_accountHome->setObjectName(QStringLiteral("accountHomeRadioButton"));
    m_accountWork = new QRadioButton(m_accountBox);
    m_accountWork->setObjectName(QStringLiteral("accountWorkRadioButton"));
    m_accountOther = new QRadioButton(m_accountBox);
    m_accountOther->setObjectName(QStringLiteral("accountOtherRadioButton"));
    m_accounts->addButton(m_accountHome, int(AccountKind::Home));
    m_accounts->addButton(m_accountWork, int(AccountKind::Work));
    m_accounts->addButton(m_accountOther, int(AccountKind::Other));
    for (QRadioButton *b : {m_accountHome, m_accountWork, m_accountOther})
        accLayout->addWidget(b);
    m_accountHome->setChecked(true);
    connect(m_accounts, &QButtonGroup::idClicked, this, [this](int id) { state()->accountKind = AccountKind(id); });

    auto *layout = scrollingLayout();
    layout->addWidget(m_locationBox);
    layout->addWidget(m_accountBox);
    layout->addStretch(1);
    retranslateUi();
}

QRadioButton *LocationPage::addChoice(QButtonGroup *group, int id, const QString &objectName, QLabel **description)
{
    auto *button = new QRadioButton(m_locationBox);
    button->setObjectName(objectName);
    group->addButton(button, id);
    *description = wrappingLabel(m_locationBox, objectName + QStringLiteral("Label"));
    (*description)->setForegroundRole(QPalette::PlaceholderText); // follows light and dark palettes
    return button;
}

void LocationPage::retranslateUi()
{
    setTitle(tr("Where are you?"));
    setSubTitle(tr("Which network you are on decides which outgoing server will accept your mail."));
    m_locationBox->setTitle(tr("Right now I am"));
    m_home->setText(tr("At h&ome, on my provider's connection"));
    m_homeText->setText(tr("Your internet connection comes from the provider whose mail address you use."));
    m_work->setText(tr("At &work or in an office"));
    m_workText->setText(tr("On your company's or organisation's network."));
    m_travel->setText(tr("&Travelling or on someone else's network"));
    m_travelText->setText(tr("A hotel, an airport, a café, a mobile hotspot, a friend's Wi-Fi."));
    m_unknown->setText(tr("Not &sure", "location"));
    m_unknownText->setText(tr("Outbox Doctor will find out what the server accepts from here."));
    m_accountBox->setTitle(tr("The account that has trouble sending"));
    m_accountHome->setText(tr("My home &provider's mail account"));
    m_accountWork->setText(tr("My wor&k account"));
    m_accountOther->setText(tr("Anothe&r account (webmail provider, own domain, ...)"));
    for (QRadioButton *b : {m_home, m_work, m_travel, m_unknown, m_accountHome, m_accountWork, m_accountOther})
        b->setAccessibleName(QString(b->text()).remove(QLatin1Char('&')));
}

QString LocationPage::helpText() const
{
    return tr("Mail servers accept mail for other domains only from people they recognise: from their own "
              "network, or from users who log in. So where you are matters. Pick the place that fits best; "
              "if you are not sure, choose \"Not sure\". Then pick the account whose mail is refused.");
}

bool LocationPage::isComplete() const
{
    return m_locations->checkedButton() != nullptr;
}

bool LocationPage::validatePage()
{
    state()->location = Location(m_locations->checkedId());
    state()->accountKind = AccountKind(m_accounts->checkedId());
    return true;
}

} // namespace od
