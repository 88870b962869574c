// SPDX-License-Identifier: GPL-3.0-or-later
// Whether a window can be read and driven from the keyboard, shared by the GUI tests:
// - every visible text (labels, buttons, check boxes, radios, group titles, links, fields and
//   their placeholders, the steps of a list) against what is painted behind it, at least 4.5:1
//   (WCAG 2 AA). The text's colour is the widget's palette role as its style paints it (style
//   sheets end up in the palette when the widget is polished; explicit colours in rich text are
//   read from the text), the background the colour actually painted under the widget, taken from
//   a picture of the whole window, so parents' fills, frames and scroll areas count. Disabled
//   labels and text fields are information and are checked; disabled buttons, combo boxes and
//   spin boxes are not (WCAG excludes inactive controls);
// - the indicators of radio buttons and check boxes (WCAG 2 1.4.11, non-text contrast, 3:1): their
//   edge against what is painted around them, and the mark of a chosen one against the
//   indicator's fill; measured in a picture of the window (not derived from palette roles, so
//   any style and any palette is measured as it is drawn);
// - every input field has a visible buddy label with an access key, every check box and radio
//   button has an access key, and no two visible texts share one.
#pragma once

#include "layoutcheck.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHash>
#include <QImage>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QStyleOptionButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTextEdit>
#include <QTreeWidget>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace odtest {

inline double relativeLuminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

inline double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a), lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// A translucent colour as it shows over `background`.
inline QColor over(const QColor &fg, const QColor &background)
{
    const double a = fg.alphaF();
    return QColor::fromRgbF(float(fg.redF() * a + background.redF() * (1 - a)),
                            float(fg.greenF() * a + background.greenF() * (1 - a)),
                            float(fg.blueF() * a + background.blueF() * (1 - a)));
}

// The colour covering most of `rect` (in widget pixels of `window`) in a picture of the window:
// its inside (a frame's outline left out), colours a few steps apart counted as one, so a
// gradient button face counts as one colour and a few strokes of text do not count.
inline QColor paintedBackground(const QImage &picture, const QWidget *window, const QWidget *w, QRect rect)
{
    const qreal dpr = picture.devicePixelRatio();
    if (rect.width() > 8 && rect.height() > 8)
        rect.adjust(3, 3, -3, -3);
    rect.translate(w->mapTo(window, QPoint(0, 0)));
    const QRect px(int(rect.x() * dpr), int(rect.y() * dpr), int(rect.width() * dpr), int(rect.height() * dpr));
    const QRect area = px.intersected(picture.rect());
    struct Bucket
    {
        int count = 0;
        qint64 r = 0, g = 0, b = 0;
    };
    QHash<int, Bucket> buckets;
    const int step = std::max(1, std::min(area.width(), area.height()) / 40);
    for (int y = area.top(); y <= area.bottom(); y += step) {
        for (int x = area.left(); x <= area.right(); x += step) {
            const QRgb c = picture.pixel(x, y);
            Bucket &b = buckets[(qRed(c) >> 4) << 8 | (qGreen(c) >> 4) << 4 | (qBlue(c) >> 4)];
            ++b.count;
            b.r += qRed(c);
            b.g += qGreen(c);
            b.b += qBlue(c);
        }
    }
    Bucket best;
    for (const Bucket &b : std::as_const(buckets)) {
        if (b.count > best.count)
            best = b;
    }
    if (!best.count)
        return QColor();
    return QColor(int(best.r / best.count), int(best.g / best.count), int(best.b / best.count));
}

// Explicit colours in rich text: <font color="..."> and style="color: ...".
inline QList<QColor> richTextColours(const QString &text)
{
    QList<QColor> out;
    static const QRegularExpression re(QStringLiteral("(?:[^-]color\\s*[:=]\\s*[\"']?)(#[0-9a-fA-F]{3,8}|[a-zA-Z]+)"));
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QColor c = QColor::fromString(it.next().captured(1));
        if (c.isValid())
            out << c;
    }
    return out;
}

struct ContrastFinding
{
    QString what;   // the widget and its text
    double ratio = 21;
};

// Every visible text under `root` with its contrast against what is painted behind it.
inline QList<ContrastFinding> contrastFindings(QWidget *root)
{
    QList<ContrastFinding> out;
    QWidget *window = root->window();
    const QImage picture = window->grab().toImage();
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible() || w->visibleRegion().isEmpty())
            continue;
        const QRect visible = w->visibleRegion().boundingRect();
        const QPalette::ColorGroup group = w->isEnabled() ? QPalette::Active : QPalette::Disabled;
        const QPalette &pal = w->palette();
        QList<std::pair<QString, QColor>> texts; // (what, colour as drawn)
        QColor background;
        auto add = [&](const QString &what, QPalette::ColorRole role) { texts.append({what, pal.color(group, role)}); };
        if (auto *l = qobject_cast<QLabel *>(w)) {
            if (l->text().isEmpty() || !l->pixmap().isNull())
                continue;
            add(l->text(), l->foregroundRole());
            const bool rich = l->textFormat() == Qt::RichText
                || (l->textFormat() == Qt::AutoText && Qt::mightBeRichText(l->text()));
            if (rich && l->text().contains(QLatin1String("<a "), Qt::CaseInsensitive))
                add(QStringLiteral("link in ") + l->text(), QPalette::Link);
            if (rich) {
                for (const QColor &c : richTextColours(l->text()))
                    texts.append({QStringLiteral("coloured text in ") + l->text(), c});
            }
        } else if (auto *b = qobject_cast<QAbstractButton *>(w)) {
            if (b->text().isEmpty() || !b->isEnabled())
                continue;
            add(b->text(), b->foregroundRole());
        } else if (auto *g = qobject_cast<QGroupBox *>(w)) {
            if (g->title().isEmpty())
                continue;
            add(g->title(), g->foregroundRole());
            // The title sits above the frame: the colour behind its first line.
            background = paintedBackground(picture, window, w, QRect(0, 0, w->width(), w->fontMetrics().height()));
        } else if (auto *e = qobject_cast<QLineEdit *>(w)) {
            if (qobject_cast<QAbstractSpinBox *>(w->parentWidget()) || qobject_cast<QComboBox *>(w->parentWidget()))
                continue; // the spin box or combo box is checked as a whole
            if (!e->text().isEmpty())
                add(e->text(), QPalette::Text);
            else if (!e->placeholderText().isEmpty())
                add(QStringLiteral("placeholder ") + e->placeholderText(), QPalette::PlaceholderText);
        } else if (auto *s = qobject_cast<QAbstractSpinBox *>(w)) {
            if (!s->isEnabled())
                continue; // an inactive control (WCAG excludes it)
            add(s->text(), QPalette::Text);
        } else if (auto *c = qobject_cast<QComboBox *>(w)) {
            if (c->currentText().isEmpty() || !c->isEnabled())
                continue; // nothing shown, or an inactive control
            add(c->currentText(), c->isEditable() ? QPalette::Text : QPalette::ButtonText);
        } else if (auto *t = qobject_cast<QPlainTextEdit *>(w)) {
            if (!t->toPlainText().isEmpty())
                add(t->toPlainText().left(60), QPalette::Text);
            else if (!t->placeholderText().isEmpty())
                add(QStringLiteral("placeholder ") + t->placeholderText(), QPalette::PlaceholderText);
            background = paintedBackground(picture, window, t->viewport(), t->viewport()->visibleRegion().boundingRect());
        } else if (auto *te = qobject_cast<QTextEdit *>(w)) {
            if (te->toPlainText().isEmpty())
                continue;
            add(te->toPlainText().left(60), QPalette::Text);
            for (const QColor &colour : richTextColours(te->toHtml()))
                texts.append({QStringLiteral("coloured text in ") + te->toPlainText().left(60), colour});
            background = paintedBackground(picture, window, te->viewport(), te->viewport()->visibleRegion().boundingRect());
        } else if (auto *tree = qobject_cast<QTreeWidget *>(w)) {
            std::function<void(QTreeWidgetItem *)> walk = [&](QTreeWidgetItem *item) {
                for (int col = 0; col < tree->columnCount(); ++col) {
                    if (item->text(col).isEmpty())
                        continue;
                    const QVariant brush = item->data(col, Qt::ForegroundRole);
                    texts.append({item->text(col), brush.isValid() ? brush.value<QBrush>().color() : pal.color(group, QPalette::Text)});
                }
                for (int i = 0; i < item->childCount(); ++i)
                    walk(item->child(i));
            };
            for (int i = 0; i < tree->topLevelItemCount(); ++i)
                walk(tree->topLevelItem(i));
            background = paintedBackground(picture, window, tree->viewport(), tree->viewport()->visibleRegion().boundingRect());
        } else {
            continue;
        }
        if (texts.isEmpty())
            continue;
        if (!background.isValid())
            background = paintedBackground(picture, window, w, visible);
        for (const auto &[what, colour] : std::as_const(texts)) {
            const double ratio = contrastRatio(over(colour, background), background);
            out.append({QStringLiteral("%1 \"%2\" (%3 on %4)")
                            .arg(widgetName(w), what.left(80), over(colour, background).name(), background.name()),
                        ratio});
        }
    }
    return out;
}

// The indicators of the enabled radio buttons and check boxes under `root` (an inactive control
// is exempt in WCAG), measured in a picture of the window:
// - "edge": how well the indicator stands out from what is painted around the button (the most
//   common colour of the button's area): along a line from the middle of each side of the
//   indicator inwards to a third of its size, the pixel with the most contrast against the
//   surroundings; the lowest of the four sides. A ring, a frame or a fill that differs from the
//   surroundings counts, a stray pixel on one side does not;
// - "mark" (only when chosen): the pixel of the inner part with the most contrast against the
//   indicator's fill (its most common inner colour).
inline QList<ContrastFinding> indicatorFindings(QWidget *root)
{
    QList<ContrastFinding> out;
    QWidget *window = root->window();
    const QImage picture = window->grab().toImage();
    const qreal dpr = picture.devicePixelRatio();
    QList<QAbstractButton *> buttons = root->findChildren<QAbstractButton *>();
    for (QAbstractButton *b : std::as_const(buttons)) {
        const bool radio = qobject_cast<QRadioButton *>(b);
        if ((!radio && !qobject_cast<QCheckBox *>(b)) || !b->isVisible() || !b->isEnabled())
            continue;
        QStyleOptionButton opt;
        opt.initFrom(b);
        opt.text = b->text();
        opt.state |= b->isChecked() ? QStyle::State_On : QStyle::State_Off;
        const QRect r = b->style()->subElementRect(radio ? QStyle::SE_RadioButtonIndicator : QStyle::SE_CheckBoxIndicator, &opt, b);
        if (r.width() < 6 || r.height() < 6 || (b->visibleRegion() & QRegion(r)) != QRegion(r))
            continue; // scrolled (partly) out of view
        const QColor around = paintedBackground(picture, window, b, b->rect());
        const QColor fill = paintedBackground(picture, window, b, r);
        if (!around.isValid() || !fill.isValid())
            continue;
        const QPoint origin = b->mapTo(window, r.topLeft());
        const QRect px(int(origin.x() * dpr), int(origin.y() * dpr), int(r.width() * dpr), int(r.height() * dpr));
        auto at = [&](int x, int y) { return QColor(picture.pixel(std::clamp(x, 0, picture.width() - 1), std::clamp(y, 0, picture.height() - 1))); };
        auto strongest = [&](QPoint from, QPoint dir, int steps, const QColor &against) {
            double best = 1;
            for (int i = 0; i <= steps; ++i)
                best = std::max(best, contrastRatio(at(from.x() + dir.x() * i, from.y() + dir.y() * i), against));
            return best;
        };
        const int cx = px.center().x(), cy = px.center().y();
        const int inwardX = std::max(1, px.width() / 3), inwardY = std::max(1, px.height() / 3);
        const double edge = std::min({strongest({px.left(), cy}, {1, 0}, inwardX, around),
                                      strongest({px.right(), cy}, {-1, 0}, inwardX, around),
                                      strongest({cx, px.top()}, {0, 1}, inwardY, around),
                                      strongest({cx, px.bottom()}, {0, -1}, inwardY, around)});
        const QString what = QStringLiteral("%1 \"%2\"").arg(widgetName(b), b->text().left(60));
        out.append({QStringLiteral("%1 indicator edge (around %2, fill %3)").arg(what, around.name(), fill.name()), edge});
        if (b->isChecked()) {
            double mark = 1;
            const QRect inner = px.adjusted(int(3 * dpr), int(3 * dpr), int(-3 * dpr), int(-3 * dpr));
            for (int y = inner.top(); y <= inner.bottom(); ++y) {
                for (int x = inner.left(); x <= inner.right(); ++x)
                    mark = std::max(mark, contrastRatio(at(x, y), fill));
            }
            out.append({QStringLiteral("%1 indicator mark (fill %2)").arg(what, fill.name()), mark});
        }
    }
    return out;
}

// The access key of a text as Qt reads it ("&&" is a literal ampersand); 0 when none.
inline int accessKeyOf(const QString &text)
{
    const QKeySequence k = QKeySequence::mnemonic(text);
    return k.isEmpty() ? 0 : k[0].key();
}

// Whether `field` takes input: editable line edits, spin boxes, combo boxes and text fields.
inline bool isInputField(const QWidget *w)
{
    if (auto *e = qobject_cast<const QLineEdit *>(w))
        return !e->isReadOnly() && !qobject_cast<const QAbstractSpinBox *>(w->parentWidget())
            && !qobject_cast<const QComboBox *>(w->parentWidget());
    if (qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QComboBox *>(w))
        return true;
    if (auto *t = qobject_cast<const QPlainTextEdit *>(w))
        return !t->isReadOnly();
    if (auto *t = qobject_cast<const QTextEdit *>(w))
        return !t->isReadOnly();
    return false;
}

// Under `root` (a whole window: its own buttons count): visible input fields without a
// visible buddy label with an access key, check boxes and radios without an access key, and
// access keys given to two visible texts.
inline QStringList accessKeyProblems(QWidget *root)
{
    QStringList out;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    QHash<int, QStringList> byKey;
    QList<const QWidget *> labelled;
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible())
            continue;
        QString text;
        if (auto *l = qobject_cast<QLabel *>(w)) {
            if (!l->buddy())
                continue;
            text = l->text();
            if (accessKeyOf(text))
                labelled << l->buddy() << l->buddy()->focusProxy();
        } else if (auto *b = qobject_cast<QAbstractButton *>(w)) {
            text = b->text();
            if ((qobject_cast<QCheckBox *>(w) || qobject_cast<QRadioButton *>(w)) && !accessKeyOf(text))
                out << QStringLiteral("%1 \"%2\" has no access key").arg(widgetName(w), text);
        } else if (auto *g = qobject_cast<QGroupBox *>(w)) {
            text = g->title();
        }
        if (const int key = accessKeyOf(text))
            byKey[key] << QStringLiteral("\"%1\" (%2)").arg(text, widgetName(w));
    }
    for (QWidget *w : std::as_const(widgets)) {
        if (w->isVisible() && isInputField(w) && !labelled.contains(w))
            out << QStringLiteral("%1 has no buddy label with an access key").arg(widgetName(w));
    }
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        if (it.value().size() > 1)
            out << QStringLiteral("Alt+%1 is on %2").arg(QKeySequence(it.key()).toString(), it.value().join(QStringLiteral(", ")));
    }
    out.sort();
    return out;
}

} // namespace odtest
