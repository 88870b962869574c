// SPDX-License-Identifier: GPL-3.0-or-later
// A picture of the mail's way: this computer (on the network the user is on) → the user's
// outgoing server → the recipient's server, with each stretch marked as it is tested and the
// one that fails labelled with what went wrong. Shown on the Test and Diagnosis pages.
// State changes are announced to screen readers (description change, and an alert on failure).
#pragma once

#include "core/taxonomy.h"
#include "core/vocabulary.h"
#include "smtp/probetypes.h"

#include <QFrame>

class QLabel;

namespace od {

struct Diagnosis;

class MailWayView : public QFrame
{
    Q_OBJECT
public:
    enum class State { Waiting, Working, Ok, Failed, NotReached, Unsure };
    Q_ENUM(State)

    explicit MailWayView(QWidget *parent = nullptr);

    // Who is at each end: the place the user is, the outgoing server, the recipient's domain.
    void setPlaces(Location location, const QString &server, const QString &recipientDomain);
    // The same, for a test run with these settings (its server and first foreign recipient).
    void setPlaces(Location location, const ProbeSettings &settings);
    // A test has started: the first stretch is being tried.
    void showRunning();
    // What a test found.
    void showResult(const Diagnosis &diagnosis);
    void retranslateUi();

    State state(Hop hop) const;
    // The whole picture in words (also its accessible description).
    QString summary() const;

signals:
    // The picture changed: `text` is what a screen reader is told (with an alert on failure).
    void announced(const QString &text, bool alert);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Node
    {
        QLabel *icon = nullptr;
        QLabel *title = nullptr;
        QLabel *detail = nullptr;
    };
    struct Leg
    {
        QWidget *arrow = nullptr;
        QLabel *caption = nullptr;
        State state = State::Waiting;
        Cause cause = Cause::Unknown;
    };
    Node makeNode(const QString &name);
    Leg makeLeg(const QString &name);
    void setLeg(Leg &leg, State state, Cause cause = Cause::Unknown);
    QString captionOf(const Leg &leg) const;
    void refresh();

    Node m_computer, m_server, m_recipient;
    Leg m_toServer, m_onward;
    Location m_location = Location::Unknown;
    QString m_serverName;
    QString m_recipientDomain;
};

} // namespace od
