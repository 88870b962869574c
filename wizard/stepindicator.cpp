// SPDX-License-Identifier: GPL-3.0-or-later
#include "stepindicator.h"

#include <QAccessible>
#include <QLabel>
#include <QVBoxLayout>

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
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 16, 12, 12);
    layout->setSpacing(10);
    for (int i = 0; i < stepCount(); ++i) {
        auto *label = new QLabel(this);
        label->setObjectName(QStringLiteral("step%1Label").arg(i));
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        m_labels << label;
        layout->addWidget(label);
    }
    layout->addStretch(1);
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
        QString mark = QStringLiteral("   ");
        if (i == m_current)
            mark = QStringLiteral("\u25b6 "); // ▶
        else if (m_visited.contains(i))
            mark = QStringLiteral("\u2714 "); // ✔
        label->setText(mark + stepName(i));
    }
    setAccessibleName(tr("Steps"));
    setAccessibleDescription(tr("Step %1 of %2: %3").arg(m_current + 1).arg(stepCount()).arg(stepName(m_current)));
    QAccessibleEvent changed(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&changed);
}

} // namespace od
