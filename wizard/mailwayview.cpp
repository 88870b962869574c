// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailwayview.h"

#include "diagnosis/probediagnosis.h"
#include "statuscolours.h"

#include <QAccessible>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QVBoxLayout>

namespace od {

namespace {

// The state is also told by the line (dashed: not reached) and the symbol, never by colour alone.
QColor stateColour(MailWayView::State state, const QPalette &palette)
{
    switch (state) {
    case MailWayView::State::Ok: return okColour(palette);
    case MailWayView::State::Failed: return failColour(palette);
    case MailWayView::State::Working:
    case MailWayView::State::Waiting:
    case MailWayView::State::NotReached:
    case MailWayView::State::Unsure: return palette.color(QPalette::WindowText);
    }
    return palette.color(QPalette::WindowText);
}

QString stateSymbol(MailWayView::State state)
{
    switch (state) {
    case MailWayView::State::Ok: return QStringLiteral("\u2714");         // heavy check mark
    case MailWayView::State::Failed: return QStringLiteral("\u2718");     // heavy ballot X
    case MailWayView::State::Working: return QStringLiteral("\u2026");    // ellipsis
    case MailWayView::State::Unsure: return QStringLiteral("?");
    case MailWayView::State::Waiting:
    case MailWayView::State::NotReached: return {};
    }
    return {};
}

// The arrow of one stretch, drawn in its state's colour and line.
class LegArrow : public QWidget
{
public:
    explicit LegArrow(QWidget *parent)
        : QWidget(parent)
    {
        setMinimumWidth(40);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    void setState(MailWayView::State state)
    {
        m_state = state;
        QWidget::update();
    }
    QSize sizeHint() const override { return {60, fontMetrics().height() + 10}; }
    QSize minimumSizeHint() const override { return {40, fontMetrics().height() + 10}; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QColor colour = stateColour(m_state, palette());
        const bool faint = m_state == MailWayView::State::Waiting || m_state == MailWayView::State::NotReached;
        QPen pen(colour, m_state == MailWayView::State::Failed || m_state == MailWayView::State::Ok ? 2.5 : 1.5);
        if (faint)
            pen.setStyle(Qt::DashLine);
        p.setPen(pen);
        const qreal y = height() / 2.0;
        const qreal head = 7;
        p.drawLine(QPointF(2, y), QPointF(width() - 3, y));
        QPainterPath arrow;
        arrow.moveTo(width() - 2, y);
        arrow.lineTo(width() - 2 - head, y - head / 1.6);
        arrow.lineTo(width() - 2 - head, y + head / 1.6);
        arrow.closeSubpath();
        p.fillPath(arrow, colour);
        const QString symbol = stateSymbol(m_state);
        if (!symbol.isEmpty()) {
            QFont f = font();
            f.setBold(true);
            p.setFont(f);
            const QFontMetrics fm(f);
            const int w = fm.horizontalAdvance(symbol) + 8;
            const QRectF box((width() - w) / 2.0, (height() - fm.height()) / 2.0, w, fm.height());
            p.fillRect(box, palette().color(QPalette::Window));
            p.setPen(colour);
            p.drawText(box, Qt::AlignCenter, symbol);
        }
    }

private:
    MailWayView::State m_state = MailWayView::State::Waiting;
};

} // namespace

MailWayView::MailWayView(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("mailWayView"));
    setFrameShape(QFrame::StyledPanel);
    m_computer = makeNode(QStringLiteral("mailWayComputer"));
    m_server = makeNode(QStringLiteral("mailWayServer"));
    m_recipient = makeNode(QStringLiteral("mailWayRecipient"));
    m_toServer = makeLeg(QStringLiteral("mailWayToServer"));
    m_onward = makeLeg(QStringLiteral("mailWayOnward"));
    const int iconSize = style()->pixelMetric(QStyle::PM_LargeIconSize);
    m_computer.icon->setPixmap(style()->standardIcon(QStyle::SP_ComputerIcon).pixmap(iconSize, iconSize));
    m_server.icon->setPixmap(style()->standardIcon(QStyle::SP_DriveNetIcon).pixmap(iconSize, iconSize));
    m_recipient.icon->setPixmap(style()->standardIcon(QStyle::SP_DriveNetIcon).pixmap(iconSize, iconSize));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(8, 6, 8, 6);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(0);
    int column = 0;
    auto addNode = [&](const Node &n) {
        grid->addWidget(n.icon, 0, column, Qt::AlignHCenter | Qt::AlignBottom);
        grid->addWidget(n.title, 1, column);
        grid->addWidget(n.detail, 2, column);
        grid->setColumnStretch(column, 3);
        ++column;
    };
    auto addLeg = [&](const Leg &l) {
        grid->addWidget(l.arrow, 0, column, Qt::AlignVCenter);
        grid->addWidget(l.caption, 1, column, 2, 1, Qt::AlignTop);
        grid->setColumnStretch(column, 2);
        ++column;
    };
    addNode(m_computer);
    addLeg(m_toServer);
    addNode(m_server);
    addLeg(m_onward);
    addNode(m_recipient);
    retranslateUi();
}

MailWayView::Node MailWayView::makeNode(const QString &name)
{
    Node n;
    n.icon = new QLabel(this);
    n.icon->setObjectName(name + QStringLiteral("Icon"));
    n.icon->setAlignment(Qt::AlignCenter);
    n.title = new QLabel(this);
    n.title->setObjectName(name + QStringLiteral("Label"));
    n.title->setWordWrap(true);
    n.title->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    QFont bold = n.title->font();
    bold.setBold(true);
    n.title->setFont(bold);
    n.detail = new QLabel(this);
    n.detail->setObjectName(name + QStringLiteral("DetailLabel"));
    n.detail->setWordWrap(true);
    n.detail->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    n.detail->setTextFormat(Qt::PlainText);
    return n;
}

MailWayView::Leg MailWayView::makeLeg(const QString &name)
{
    Leg l;
    l.arrow = new LegArrow(this);
    l.arrow->setObjectName(name + QStringLiteral("Arrow"));
    l.caption = new QLabel(this);
    l.caption->setObjectName(name + QStringLiteral("Label"));
    l.caption->setWordWrap(true);
    l.caption->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    return l;
}

void MailWayView::setPlaces(Location location, const QString &server, const QString &recipientDomain)
{
    m_location = location;
    m_serverName = server;
    m_recipientDomain = recipientDomain;
    retranslateUi();
}

void MailWayView::setPlaces(Location location, const ProbeSettings &settings)
{
    setPlaces(location, settings.host, settings.effectiveForeignRecipients().value(0).section(QLatin1Char('@'), -1));
}

void MailWayView::showRunning()
{
    setLeg(m_toServer, State::Working);
    setLeg(m_onward, State::Waiting);
    refresh();
}

void MailWayView::showResult(const Diagnosis &diagnosis)
{
    switch (causeHop(diagnosis.cause)) {
    case Hop::None:
        if (diagnosis.cause == Cause::Ok) {
            setLeg(m_toServer, State::Ok);
            setLeg(m_onward, State::Ok);
        } else {
            setLeg(m_toServer, State::Unsure);
            setLeg(m_onward, State::Unsure);
        }
        break;
    case Hop::ToYourServer:
        setLeg(m_toServer, State::Failed, diagnosis.cause);
        setLeg(m_onward, State::NotReached);
        break;
    case Hop::OnToRecipient:
        setLeg(m_toServer, State::Ok);
        setLeg(m_onward, State::Failed, diagnosis.cause);
        break;
    }
    refresh();
}

MailWayView::State MailWayView::state(Hop hop) const
{
    return hop == Hop::OnToRecipient ? m_onward.state : m_toServer.state;
}

void MailWayView::setLeg(Leg &leg, State state, Cause cause)
{
    leg.state = state;
    leg.cause = cause;
    static_cast<LegArrow *>(leg.arrow)->setState(state);
}

QString MailWayView::captionOf(const Leg &leg) const
{
    switch (leg.state) {
    case State::Waiting: return {};
    case State::Working: return tr("Testing…", "a stretch of the mail's way");
    case State::Ok: return tr("Works", "a stretch of the mail's way");
    case State::Failed: return causeTitle(leg.cause);
    case State::NotReached: return tr("Not reached", "a stretch of the mail's way");
    case State::Unsure: return tr("Not sure", "a stretch of the mail's way");
    }
    return {};
}

void MailWayView::retranslateUi()
{
    setAccessibleName(tr("The mail's way"));
    m_computer.title->setText(tr("This computer"));
    switch (m_location) {
    case Location::Home: m_computer.detail->setText(tr("at home")); break;
    case Location::Work: m_computer.detail->setText(tr("at work")); break;
    case Location::Travel: m_computer.detail->setText(tr("on someone else's network")); break;
    case Location::Unknown: m_computer.detail->setText(tr("on this network")); break;
    }
    m_server.title->setText(tr("Your outgoing server"));
    m_server.detail->setText(m_serverName);
    m_recipient.title->setText(tr("The recipient's server"));
    m_recipient.detail->setText(m_recipientDomain.isEmpty() ? tr("another domain") : m_recipientDomain);
    refresh();
}

void MailWayView::refresh()
{
    const QString before = accessibleDescription();
    for (Leg *leg : {&m_toServer, &m_onward}) {
        leg->caption->setText(captionOf(*leg));
        QPalette p = leg->caption->palette();
        p.setColor(QPalette::WindowText, stateColour(leg->state, palette()));
        leg->caption->setPalette(p);
        QFont f = leg->caption->font();
        f.setBold(leg->state == State::Failed);
        leg->caption->setFont(f);
    }
    const QString now = summary();
    if (now == before)
        return;
    setAccessibleDescription(now);
    QAccessibleEvent changed(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&changed);
    const bool failed = m_toServer.state == State::Failed || m_onward.state == State::Failed;
    if (failed) {
        QAccessibleEvent alert(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
    emit announced(now, failed);
}

QString MailWayView::summary() const
{
    const QString server = m_serverName.isEmpty() ? m_server.title->text() : m_serverName;
    const QString recipient = m_recipient.detail->text();
    QStringList parts;
    const QString first = captionOf(m_toServer);
    const QString second = captionOf(m_onward);
    if (!first.isEmpty())
        parts << tr("From this computer to %1: %2").arg(server, first);
    if (!second.isEmpty())
        parts << tr("From %1 on to %2: %3").arg(server, recipient, second);
    return parts.join(QLatin1Char('\n'));
}

void MailWayView::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refresh();
    else if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

} // namespace od
