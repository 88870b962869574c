// SPDX-License-Identifier: GPL-3.0-or-later
#include "stepindicator.h"

#include <QAccessible>
#include <QLabel>
#include <QEvent>
#include <QGridLayout>

namespace od {

namespace {
constexpr const char *kSteps[] = {
    QT_TRANSLATE_NOOP("od::StepIndicator", "Start"),
    QT_TRANSLATE_NOOP("od::StepIndicator", "Your account"),
    QT_TRANSLATE_NOOP("od::StepIndicator", "Test"),
    QT_TRANSLATE_NOOP("od::StepIndicator", "What was found"),
    QT_TRANSLATE_NOOP("od::StepIndicator", "Fix"),
    QT_TRANSLATE_NOOP("od::StepIndicator", "Test again"),
    QT_TRANSLATE_NOOP("od::StepIndicator", "Finish"),
};
} // namespace

StepIndicator::StepIndicator(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("stepIndicator"));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(12, 16, 12, 12);
    layout->setVerticalSpacing(10);
    layout->setHorizontalSpacing(4);
    for (int i = 0; i < stepCount(); ++i) {
        auto *mark = new QLabel(this);
        mark->setObjectName(QStringLiteral("step%1MarkLabel").arg(i));
        mark->setFixedWidth(fontMetrics().horizontalAdvance(QStringLiteral("\u2714")) + 4);
        mark->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        auto *label = new QLabel(this);
        label->setObjectName(QStringLiteral("step%1Label").arg(i));
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        m_marks << mark;
        m_labels << label;
        layout->addWidget(mark, i, 0);
        layout->addWidget(label, i, 1);
    }
    layout->setRowStretch(stepCount(), 1);
    setMinimumWidth(140);
    setMaximumWidth(200);
    retranslateUi();
}

int StepIndicator::stepCount()
{
    return int(std::size(kSteps));
}

QString StepIndicator::stepName(int step)
{
    return step >= 0 && step < stepCount() ? tr(kSteps[step]) : QString();
}

void StepIndicator::setCurrent(int current, const QList<int> &visited, const QList<int> &skipped)
{
    const bool moved = current != m_current;
    m_current = current;
    m_visited = visited;
    m_skipped = skipped;
    retranslateUi();
    if (moved)
        emit announced(accessibleDescription());
}

void StepIndicator::retranslateUi()
{
    for (int i = 0; i < m_labels.size(); ++i) {
        QLabel *label = m_labels.at(i);
        QFont f = label->font();
        f.setBold(i == m_current);
        f.setStrikeOut(m_skipped.contains(i) && i != m_current);
        label->setFont(f);
        QString mark;
        if (i == m_current)
            mark = QStringLiteral("\u25b6"); // ▶
        else if (m_visited.contains(i))
            mark = QStringLiteral("\u2714"); // ✔
        m_marks.at(i)->setText(mark);
        label->setText(stepName(i));
    }
    setAccessibleName(tr("Steps"));
    setAccessibleDescription(tr("Step %1 of %2: %3").arg(m_current + 1).arg(stepCount()).arg(stepName(m_current)));
    QAccessibleEvent changed(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&changed);
}

void StepIndicator::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

} // namespace od
