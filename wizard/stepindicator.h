// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard's steps down its side: the ones done ticked, the current one marked and bold,
// the ones ahead plain, the ones skipped (a test that passed needs no fix) struck out. Hidden
// when the window is too narrow to spare the room.
#pragma once

#include <QList>
#include <QWidget>

class QLabel;

namespace od {

class StepIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit StepIndicator(QWidget *parent = nullptr);

    // `current` and `visited` are indexes into the steps (see stepCount()).
    void setCurrent(int current, const QList<int> &visited, const QList<int> &skipped = {});
    int current() const { return m_current; }
    static int stepCount();
    // The step's name in the current language.
    static QString stepName(int step);
    void retranslateUi();

signals:
    void announced(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    QList<QLabel *> m_marks;
    QList<QLabel *> m_labels;
    int m_current = 0;
    QList<int> m_visited;
    QList<int> m_skipped;
};

} // namespace od
