// SPDX-License-Identifier: GPL-3.0-or-later
#include "accesskeys.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QRegularExpression>
#include <QWidget>

namespace od::AccessKeys {

namespace {

bool isLatinLetter(QChar c)
{
    return c.isLetter() && c.script() == QChar::Script_Latin;
}

// The positions of `text` to try, best first: the first character, the beginnings of words,
// then the rest, each group left to right.
QList<qsizetype> candidates(const QString &text)
{
    QList<qsizetype> starts, others;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!isLatinLetter(text.at(i)))
            continue;
        if (i == 0 || !text.at(i - 1).isLetterOrNumber())
            starts << i;
        else
            others << i;
    }
    return starts + others;
}

QString escaped(const QString &text)
{
    return QString(text).replace(QLatin1Char('&'), QLatin1String("&&"));
}

} // namespace

QChar keyOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i; // a literal ampersand
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

QString withoutKey(const QString &text)
{
    // A key appended in parentheses, as in the Chinese catalogues ("(&X)", also full-width).
    static const QRegularExpression appended(QStringLiteral("\\s*[(\\x{FF08}]&[^&][)\\x{FF09}]$"));
    QString plain = QString(text).remove(appended);
    QString out;
    out.reserve(plain.size());
    for (qsizetype i = 0; i < plain.size(); ++i) {
        if (plain.at(i) == QLatin1Char('&') && i + 1 < plain.size())
            ++i; // "&x" shows x; "&&" shows one '&'
        out += plain.at(i);
    }
    return out;
}

QSet<QChar> shownUnder(const QWidget *root, const QList<const QWidget *> &skip, bool visibleOnly)
{
    QSet<QChar> keys;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (const QWidget *w : widgets) {
        if (skip.contains(w) || (visibleOnly && !w->isVisibleTo(root)))
            continue;
        QString text;
        if (auto *l = qobject_cast<const QLabel *>(w))
            text = l->buddy() ? l->text() : QString();
        else if (auto *b = qobject_cast<const QAbstractButton *>(w))
            text = b->text();
        else if (auto *g = qobject_cast<const QGroupBox *>(w))
            text = g->title();
        if (const QChar key = keyOf(text); !key.isNull())
            keys.insert(key);
    }
    return keys;
}

QStringList assign(const QStringList &texts, const QSet<QChar> &taken, const QSet<QChar> &avoid)
{
    static const QString alphabet = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    QSet<QChar> given;
    QStringList out;
    out.reserve(texts.size());
    for (const QString &text : texts) {
        const QList<qsizetype> positions = candidates(text);
        qsizetype chosen = -1;
        for (const bool strict : {true, false}) {
            for (qsizetype pos : positions) {
                const QChar key = text.at(pos).toUpper();
                if (!taken.contains(key) && !given.contains(key) && !(strict && avoid.contains(key))) {
                    chosen = pos;
                    break;
                }
            }
            if (chosen >= 0)
                break;
        }
        if (chosen >= 0) {
            given.insert(text.at(chosen).toUpper());
            out << escaped(text.left(chosen)) + QLatin1Char('&') + escaped(text.mid(chosen));
            continue;
        }
        QChar appended;
        if (positions.isEmpty()) {
            for (const bool strict : {true, false}) {
                for (QChar key : alphabet) {
                    if (!taken.contains(key) && !given.contains(key) && !(strict && avoid.contains(key))) {
                        appended = key;
                        break;
                    }
                }
                if (!appended.isNull())
                    break;
            }
        }
        if (appended.isNull()) {
            out << escaped(text);
            continue;
        }
        given.insert(appended);
        out << escaped(text) + QStringLiteral("(&%1)").arg(appended);
    }
    return out;
}

} // namespace od::AccessKeys
