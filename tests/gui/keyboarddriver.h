// SPDX-License-Identifier: GPL-3.0-or-later
// Driving the wizard as a keyboard user would, shared by the GUI tests: access keys for
// buttons, typing into fields, arrow keys in combo boxes, and bounded waits for a modal
// dialog and for the Account page's list of accounts. Failures are reported with QVERIFY/QCOMPARE in the calling test.
#pragma once

#include "accountpage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QKeySequence>
#include <QLineEdit>
#include <QSpinBox>
#include <QTimer>
#include <QWizard>
#include <QtTest>

#include <functional>

namespace odtest {

// The access key of a text ("&Next >" -> N, "下一步(&N) >" -> N).
inline Qt::Key mnemonicKey(const QString &text)
{
    const qsizetype amp = text.indexOf(QLatin1Char('&'));
    if (amp < 0 || amp + 1 >= text.size())
        return Qt::Key_unknown;
    return Qt::Key(QKeySequence(text.at(amp + 1).toUpper())[0].key());
}

// Presses one of the wizard's own buttons by its access key (the click is animated, about
// 100 ms); falls back to a click, with a warning, where the key does not act. True when the
// page changed.
inline bool pressWizardButton(QWizard *wizard, QWizard::WizardButton which)
{
    QAbstractButton *button = wizard->button(which);
    if (!button->isVisible() || !QTest::qWaitFor([&] { return button->isEnabled(); }, 5000))
        return false;
    const int before = wizard->currentId();
    QApplication::setActiveWindow(wizard);
    QTest::keyClick(wizard, mnemonicKey(button->text()), Qt::AltModifier);
    if (!QTest::qWaitFor([&] { return wizard->currentId() != before; }, 1000)) {
        qWarning("mnemonic of \"%s\" did not act; clicking", qPrintable(button->text()));
        QTest::mouseClick(button, Qt::LeftButton);
    }
    return wizard->currentId() != before;
}

inline void typeInto(QLineEdit *edit, const QString &text)
{
    QVERIFY(edit);
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
    QCOMPARE(edit->text(), text);
}

inline void typeIntoSpin(QSpinBox *spin, int value)
{
    QVERIFY(spin);
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, QString::number(value));
    QTest::keyClick(spin, Qt::Key_Tab);
    QCOMPARE(spin->value(), value);
}

// Arrow keys on a closed combo box: each step is an "activated", as with the mouse.
inline void chooseByData(QComboBox *combo, const QVariant &data)
{
    QVERIFY(combo);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentData() != data; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentData(), data);
}

// Runs `trigger`, which opens a modal dialog, and `action` on that dialog once it shows.
inline void withModal(const std::function<void(QWidget *)> &action, const std::function<void()> &trigger)
{
    bool seen = false;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            poll.stop();
            seen = true;
            action(modal);
        }
    });
    poll.start();
    QTimer::singleShot(10000, &poll, &QTimer::stop); // bounded: never hang on a missing dialog
    trigger();
    QVERIFY2(seen, "no modal dialog appeared");
}

// The Account page looks for the mail programs' settings on a worker thread once it is
// entered: waits (bounded) until that list is there. False when it does not arrive in time.
inline bool waitForAccountList(QWizard *wizard, int ms = 10000)
{
    const auto *page = wizard->findChild<od::AccountPage *>();
    return page && QTest::qWaitFor([&] { return !page->isScanning(); }, ms);
}

} // namespace odtest
