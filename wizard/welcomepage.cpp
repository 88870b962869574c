// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomepage.h"

#include "core/languages.h"
#include "diagnosis/knowledge.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QCoreApplication>
#include <QTimer>
#include <QVBoxLayout>

namespace od {

WelcomePage::WelcomePage(WizardState *wizardState, QWidget *parent)
    : WizardPage(wizardState, parent)
{
    m_intro = wrappingLabel(this, QStringLiteral("introLabel"));

    m_languageLabel = new QLabel(this);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageComboBox"));
    for (const QString &code : supportedLanguages())
        m_language->addItem(languageNativeName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(currentLanguage())));
    m_languageLabel->setBuddy(m_language);
    m_language->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this](int index) {
        emit languageChosen(m_language->itemData(index).toString());
    });

    m_pasteLabel = wrappingLabel(this, QStringLiteral("pasteLabel"));
    m_paste = new QPlainTextEdit(this);
    m_paste->setObjectName(QStringLiteral("pasteTextEdit"));
    m_paste->setTabChangesFocus(true);
    // A few lines high: a long paste scrolls inside, and the places below stay in view.
    m_paste->setMinimumHeight(90);
    m_paste->setMaximumHeight(std::max(90, m_paste->fontMetrics().lineSpacing() * 7));
    m_pasteLabel->setBuddy(m_paste);

    m_decoded = wrappingLabel(this, QStringLiteral("decodedLabel"));
    m_decoded->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_decoded->setFrameShape(QFrame::StyledPanel);
    m_decoded->setMargin(6);
    m_decoded->hide();

    m_decodeTimer = new QTimer(this);
    m_decodeTimer->setSingleShot(true);
    m_decodeTimer->setInterval(250);
    connect(m_decodeTimer, &QTimer::timeout, this, &WelcomePage::decode);
    connect(m_paste, &QPlainTextEdit::textChanged, m_decodeTimer, qOverload<>(&QTimer::start));

    m_whereLabel = wrappingLabel(this, QStringLiteral("whereLabel"));
    QFont bold = m_whereLabel->font();
    bold.setBold(true);
    m_whereLabel->setFont(bold);
    m_locations = new QButtonGroup(this);
    m_home = addLocation(Location::Home, QStringLiteral("locationHomeButton"));
    m_work = addLocation(Location::Work, QStringLiteral("locationWorkButton"));
    m_travel = addLocation(Location::Travel, QStringLiteral("locationTravelButton"));
    m_unknown = addLocation(Location::Unknown, QStringLiteral("locationUnknownButton"));
    if (state()->locationChosen()) {
        if (QAbstractButton *b = m_locations->button(int(state()->location())))
            b->setChecked(true);
    }

    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(m_languageLabel);
    languageRow->addWidget(m_language);
    languageRow->addStretch(1);

    auto *layout = scrollingLayout();
    layout->addWidget(m_intro);
    layout->addLayout(languageRow);
    layout->addSpacing(8);
    layout->addWidget(m_pasteLabel);
    layout->addWidget(m_paste);
    layout->addWidget(m_decoded);
    layout->addSpacing(8);
    layout->addWidget(m_whereLabel);
    for (QCommandLinkButton *b : {m_home, m_work, m_travel, m_unknown})
        layout->addWidget(b);
    layout->addStretch(1);

    setTabOrder(m_language, m_paste);
    setTabOrder(m_paste, m_home);
    setTabOrder(m_home, m_work);
    setTabOrder(m_work, m_travel);
    setTabOrder(m_travel, m_unknown);
    retranslateUi();
}

QCommandLinkButton *WelcomePage::addLocation(Location location, const QString &objectName)
{
    auto *button = new QCommandLinkButton(this);
    button->setObjectName(objectName);
    button->setCheckable(true); // the place chosen stays marked when the user comes back
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Minimum); // never squeezed below its text
    policy.setHeightForWidth(true);
    button->setSizePolicy(policy);
    m_locations->addButton(button, int(location));
    connect(button, &QAbstractButton::clicked, this, [this, location] { chooseLocation(location); });
    return button;
}

void WelcomePage::chooseLocation(Location location)
{
    state()->setLocation(location);
    if (QAbstractButton *b = m_locations->button(int(location)))
        b->setChecked(true);
    emit completeChanged();
    emit locationChosen();
}

bool WelcomePage::isComplete() const
{
    return state()->locationChosen();
}

bool WelcomePage::validatePage()
{
    // The paste is read again with the place now known (the decoder weighs both).
    m_decodeTimer->stop();
    decode();
    return true;
}

void WelcomePage::retranslateUi()
{
    setTitle(tr("Welcome to Outbox Doctor"));
    setSubTitle(tr("Find out why your outgoing mail is refused, and fix it step by step."));
    m_intro->setText(tr("Outbox Doctor tests your outgoing mail server the way your mail program uses it, "
                        "explains in plain words what goes wrong, and guides you to a setting that works. "
                        "Nothing is sent to anyone during the test."));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setAccessibleName(tr("Language"));
    m_pasteLabel->setText(tr("If you got an error message or a returned mail, &paste it here (optional):"));
    m_paste->setAccessibleName(tr("Pasted error message"));
    m_paste->setPlaceholderText(tr("For example: 554 5.7.1 <friend@example.com>: Relay access denied"));
    m_whereLabel->setText(tr("Where are you right now? Choose one to start:"));
    m_home->setText(tr("At h&ome, on my provider's connection"));
    m_home->setDescription(tr("Your internet connection comes from the provider whose mail address you use."));
    m_work->setText(tr("At &work or in an office"));
    m_work->setDescription(tr("On your company's or organisation's network."));
    m_travel->setText(tr("&Travelling or on someone else's network"));
    m_travel->setDescription(tr("A hotel, an airport, a café, a mobile hotspot, a friend's Wi-Fi."));
    m_unknown->setText(tr("Not &sure", "location"));
    m_unknown->setDescription(tr("Outbox Doctor will find out what the server accepts from here."));
    for (QCommandLinkButton *b : {m_home, m_work, m_travel, m_unknown})
        b->setAccessibleName(QString(b->text()).remove(QLatin1Char('&')));
    showDecoded();
}

QString WelcomePage::helpText() const
{
    return tr("Choose the language you want to use. If your mail program showed an error, or a message "
              "came back to you, copy its text and paste it into the box: Outbox Doctor reads the server's "
              "answer in it and tells you what it means. Then choose where you are: mail servers accept mail "
              "for other domains only from their own network or from users who log in, so the network you "
              "are on matters. If you are not sure, choose \"Not sure\".");
}

void WelcomePage::decode()
{
    state()->setPastedText(m_paste->toPlainText());
    showDecoded();
}

void WelcomePage::showDecoded()
{
    const PasteSummary &p = state()->paste();
    if (m_paste->toPlainText().trimmed().isEmpty()) {
        m_decoded->hide();
        return;
    }
    if (!p.decoded) {
        m_decoded->setText(tr("No server reply found in this text yet. You can go on without it."));
    } else if (p.unsure) {
        // Something was found, but it does not say clearly what went wrong: no guessed fix.
        m_decoded->setText(tr("Not sure what went wrong: this message does not say it clearly enough. "
                              "The test on the next pages will find out.\nThe server said: \"%1\"")
                               .arg(p.serverText.left(400)));
    } else {
        // The code tables' own explanation of this very code, else the cause's.
        const QString explanation = p.explanation.isEmpty()
            ? causeExplanation(p.cause)
            : QCoreApplication::translate("od::CodeTables", p.explanation.toUtf8().constData());
        QString words = p.serverText;
        if (p.code > 0 && !words.startsWith(QString::number(p.code)))
            words = QString::number(p.code) + QLatin1Char(' ') + words;
        m_decoded->setText(words.isEmpty() ? tr("This looks like: %1\n%2").arg(causeTitle(p.cause), explanation)
                                           : tr("This looks like: %1\n%2\nThe server said: \"%3\"")
                                                 .arg(causeTitle(p.cause), explanation, words.left(400)));
    }
    m_decoded->show();
}

} // namespace od
