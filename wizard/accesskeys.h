// SPDX-License-Identifier: GPL-3.0-or-later
// Access keys given at run time to texts that come without one (wordings shared with the
// report, which must not carry '&'), the way KDE's KAcceleratorManager gives them: each text
// takes the best letter not already taken on the page, where the text's first letter is best,
// then the first letters of its words, then its other letters, left to right. Only Latin
// letters are taken (the ones an Alt+letter can type on the users' keyboards, umlauts
// included); a text without one (Chinese) gets "(&X)" appended with a free letter, as Qt's
// own Chinese catalogues do ("取消(&C)").
#pragma once

#include <QList>
#include <QSet>
#include <QStringList>

class QWidget;

namespace od::AccessKeys {

// The key a text's '&' gives, upper-cased ("&&" is a literal ampersand); null when none.
QChar keyOf(const QString &text);

// A button's or label's text as it is read on screen, to name it in a sentence: its access
// key marker dropped ("&Undo" -> "Undo", "撤销(&U)" -> "撤销", "&&" -> "&").
QString withoutKey(const QString &text);

// The access keys shown under `root` (labels with a buddy, buttons, group boxes), except by the
// widgets in `skip`; with `visibleOnly`, only those of widgets visible within `root`.
QSet<QChar> shownUnder(const QWidget *root, const QList<const QWidget *> &skip, bool visibleOnly);

// `texts` (shown as they are: an '&' in them is doubled) each with an access key: a key in
// `taken` is never given, nor one given to an earlier text; a key in `avoid` only when the text
// has no other letter. A Latin text whose letters are all taken stays without one.
QStringList assign(const QStringList &texts, const QSet<QChar> &taken, const QSet<QChar> &avoid = {});

} // namespace od::AccessKeys
