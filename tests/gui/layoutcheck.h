// SPDX-License-Identifier: GPL-3.0-or-later
// Whether a window's texts and widgets fit, shared by the GUI tests: a label narrower than its
// text (or a wrapped label shorter than its lines), a button narrower than its size hint,
// visible sibling widgets that overlap, a widget that sticks out of its parent (outside a
// scroll area's content), and the window's own buttons off the screen.
#pragma once

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QScreen>
#include <QScrollArea>
#include <QTextDocument>
#include <QTextLayout>
#include <QHeaderView>
#include <QTreeWidget>

#include <functional>
#include <QWidget>

namespace odtest {

// "&Next >" -> "Next >"; "&&" stays one "&".
inline QString withoutMnemonic(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

// The object name, or the nearest named ancestor and the class.
inline QString widgetName(const QWidget *w)
{
    if (!w->objectName().isEmpty())
        return w->objectName();
    for (const QObject *o = w->parent(); o; o = o->parent()) {
        if (!o->objectName().isEmpty())
            return QStringLiteral("%1 in %2").arg(QLatin1String(w->metaObject()->className()), o->objectName());
    }
    return QLatin1String(w->metaObject()->className());
}

// One widget's text against its room; empty when it fits.
inline QString fitProblem(const QWidget *w)
{
    if (auto *l = qobject_cast<const QLabel *>(w)) {
        if (l->text().isEmpty() || !l->pixmap().isNull())
            return {};
        const QString text = l->buddy() ? withoutMnemonic(l->text()) : l->text();
        if (l->wordWrap()) {
            // A word longer than the line (a file path, an address) is cut off at the right.
            if (l->textFormat() != Qt::RichText && !(l->textFormat() == Qt::AutoText && Qt::mightBeRichText(text))) {
                const int width = l->contentsRect().width() - 2 * l->margin();
                QString laidOut = text;
                laidOut.replace(QLatin1Char('\n'), QChar::LineSeparator);
                QTextLayout layout(laidOut, l->font());
                QTextOption option;
                option.setWrapMode(QTextOption::WordWrap);
                layout.setTextOption(option);
                layout.beginLayout();
                for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
                    line.setLineWidth(width);
                    if (line.naturalTextWidth() > width + 1) {
                        layout.endLayout();
                        return QStringLiteral("a line needs %1 px, has %2: \"%3\"")
                            .arg(int(line.naturalTextWidth()))
                            .arg(width)
                            .arg(text.mid(line.textStart(), line.textLength()).left(120));
                    }
                }
                layout.endLayout();
            }
            if (l->heightForWidth(l->width()) > l->height())
                return QStringLiteral("wrapped text needs %1 px height, has %2: \"%3\"")
                    .arg(l->heightForWidth(l->width()))
                    .arg(l->height())
                    .arg(text.left(120));
            return {};
        }
        const int available = l->contentsRect().width() - 2 * l->margin();
        int needed = 0;
        if (l->textFormat() == Qt::RichText || (l->textFormat() == Qt::AutoText && Qt::mightBeRichText(text))) {
            QTextDocument doc;
            doc.setDefaultFont(l->font());
            doc.setHtml(text);
            doc.setDocumentMargin(0);
            needed = int(doc.idealWidth());
        } else {
            for (const QString &line : text.split(QLatin1Char('\n')))
                needed = std::max(needed, l->fontMetrics().horizontalAdvance(line));
        }
        if (needed > available)
            return QStringLiteral("text needs %1 px, has %2: \"%3\"").arg(needed).arg(available).arg(text.left(120));
        if (l->sizeHint().height() > l->height())
            return QStringLiteral("text needs %1 px height, has %2: \"%3\"")
                .arg(l->sizeHint().height())
                .arg(l->height())
                .arg(text.left(120));
    } else if (auto *t = qobject_cast<const QTreeWidget *>(w)) {
        // The first column's texts (step names) whole: the column as wide as the view's own
        // measure of its widest row (icon, text, indentation and the style's margins).
        const int needed = static_cast<const QAbstractItemView *>(t)->sizeHintForColumn(0); // public there
        if (t->topLevelItemCount() == 0 || needed <= t->header()->sectionSize(0))
            return {};
        QString widest;
        int widestPx = -1;
        std::function<void(const QTreeWidgetItem *)> visit = [&](const QTreeWidgetItem *item) {
            const int px = QFontMetrics(item->font(0)).horizontalAdvance(item->text(0));
            if (px > widestPx) {
                widestPx = px;
                widest = item->text(0);
            }
            for (int i = 0; i < item->childCount(); ++i)
                visit(item->child(i));
        };
        for (int i = 0; i < t->topLevelItemCount(); ++i)
            visit(t->topLevelItem(i));
        return QStringLiteral("first column needs %1 px, has %2: \"%3\"").arg(needed).arg(t->header()->sectionSize(0)).arg(widest);
    } else if (auto *b = qobject_cast<const QAbstractButton *>(w)) {
        if (b->text().isEmpty())
            return {};
        if (b->sizeHint().width() > b->width())
            return QStringLiteral("button needs %1 px, has %2: \"%3\"")
                .arg(b->sizeHint().width())
                .arg(b->width())
                .arg(withoutMnemonic(b->text()));
        // A button whose text wraps (a command link's description) needs the height of its width.
        const int neededHeight = b->hasHeightForWidth() ? b->heightForWidth(b->width()) : b->sizeHint().height();
        if (neededHeight > b->height() + 2)
            return QStringLiteral("button needs %1 px height, has %2: \"%3\"")
                .arg(neededHeight)
                .arg(b->height())
                .arg(withoutMnemonic(b->text()));
    }
    return {};
}

// Widgets whose children are their own business (a combo box's line edit, a scroll area's
// viewport and bars, a spin box's buttons): their insides are not checked for overlaps.
inline bool isComposite(const QWidget *w)
{
    return qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
        || (qobject_cast<const QAbstractScrollArea *>(w) && !qobject_cast<const QScrollArea *>(w));
}

// Every problem in the visible widgets under `root` (root included).
inline QStringList layoutProblems(QWidget *root)
{
    QStringList out;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible())
            continue;
        bool composite = false;
        for (const QWidget *p = w->parentWidget(); p && p != root->parentWidget(); p = p->parentWidget())
            composite = composite || isComposite(p);
        if (composite)
            continue;
        const QString fit = fitProblem(w);
        if (!fit.isEmpty())
            out << QStringLiteral("%1: %2").arg(widgetName(w), fit);
        QWidget *parent = w->parentWidget();
        if (!parent || w->isWindow() || qobject_cast<QAbstractScrollArea *>(parent)
            || (parent->parentWidget() && qobject_cast<QAbstractScrollArea *>(parent->parentWidget())))
            continue;
        // Sticking out of the parent: cut off (a scroll area's content is the exception above).
        if (!parent->rect().contains(w->geometry()))
            out << QStringLiteral("%1: %2x%3%4%5 sticks out of %6 (%7x%8)")
                       .arg(widgetName(w))
                       .arg(w->width())
                       .arg(w->height())
                       .arg(w->x() >= 0 ? QStringLiteral("+%1").arg(w->x()) : QString::number(w->x()))
                       .arg(w->y() >= 0 ? QStringLiteral("+%1").arg(w->y()) : QString::number(w->y()))
                       .arg(widgetName(parent))
                       .arg(parent->width())
                       .arg(parent->height());
        if (isComposite(parent))
            continue;
        // Overlapping a later visible sibling.
        const QObjectList siblings = parent->children();
        bool after = false;
        for (QObject *o : siblings) {
            if (o == w) {
                after = true;
                continue;
            }
            auto *s = qobject_cast<QWidget *>(o);
            if (!after || !s || !s->isVisible() || s->isWindow())
                continue;
            const QRect overlap = w->geometry().intersected(s->geometry());
            if (overlap.width() > 1 && overlap.height() > 1)
                out << QStringLiteral("%1 and %2 overlap by %3x%4")
                           .arg(widgetName(w), widgetName(s))
                           .arg(overlap.width())
                           .arg(overlap.height());
        }
    }
    return out;
}

// The window inside the screen's available area, and each of `buttons` inside the window.
inline QStringList offScreenProblems(QWidget *window, const QList<QWidget *> &buttons)
{
    QStringList out;
    const QScreen *screen = window->screen();
    const QRect available = screen ? screen->availableGeometry() : QRect();
    if (screen && !available.contains(window->frameGeometry()))
        out << QStringLiteral("window %1x%2 at %3,%4 does not fit the screen's %5x%6")
                   .arg(window->frameGeometry().width())
                   .arg(window->frameGeometry().height())
                   .arg(window->frameGeometry().x())
                   .arg(window->frameGeometry().y())
                   .arg(available.width())
                   .arg(available.height());
    for (QWidget *b : buttons) {
        if (!b || !b->isVisible())
            continue;
        const QRect r(b->mapTo(window, QPoint(0, 0)), b->size());
        if (!window->rect().contains(r))
            out << QStringLiteral("%1 is outside the window").arg(widgetName(b));
    }
    return out;
}

} // namespace odtest
