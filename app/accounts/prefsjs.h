// SPDX-License-Identifier: GPL-3.0-or-later
// Mozilla prefs.js: user_pref("name", value); statements with JavaScript string escapes,
// //, /* */ and # comments. Pure parser that remembers where each value sits, so the writer
// can replace exactly that value and nothing else.
#pragma once

#include "core/phrase.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace od::PrefsJs {

struct Pref
{
    QString name;
    QVariant value;          // QString, qlonglong or bool
    qsizetype valueStart = 0; // the value's characters in the text (quotes included)
    qsizetype valueLength = 0;
    qsizetype statementEnd = 0; // just after the ';' (or ')' when missing)
};

struct Prefs
{
    QList<Pref> prefs;            // in file order, duplicates kept
    QHash<QString, int> lastIndex; // name → index of the last occurrence (the one that wins)
    QList<Phrase> warnings;

    const Pref *find(const QString &name) const;
    QString string(const QString &name, const QString &fallback = {}) const;
    std::optional<qlonglong> integer(const QString &name) const;
    bool has(const QString &name) const { return lastIndex.contains(name); }
};

Prefs parse(const QString &text);

// The source form of a value: "text" with escapes, 123, true.
QString quote(const QString &value);
QString literal(const QVariant &value);

} // namespace od::PrefsJs
