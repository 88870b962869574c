// SPDX-License-Identifier: GPL-3.0-or-later
// Line-oriented configuration formats shared by the readers and the writers: msmtp's
// "command argument" blocks and git's config sections. Each keeps line numbers so the writer
// can change one line and leave the rest of the file untouched.
#pragma once

#include "configtext.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace od {

namespace Msmtp {

struct Command
{
    QString name;     // lower case
    QString argument; // quotes removed
    int line = 0;
};

struct Block
{
    QString name;        // account name; empty for "defaults" and for lines before any block
    bool isDefaults = false;
    QStringList parents; // account name : parent1, parent2
    int headerLine = -1;
    QList<Command> commands;

    int lastLine() const { return commands.isEmpty() ? headerLine : commands.constLast().line; }
};

// Blocks in file order. warnings: lines that could not be read.
QList<Block> parse(const QList<ConfigText::Line> &lines, QList<Phrase> *warnings);
// Quotes an argument when msmtp needs it (spaces, quotes, '#').
QString quoteArgument(const QString &value);

} // namespace Msmtp

namespace GitConfig {

struct Entry
{
    QString section;    // lower case, e.g. "sendemail"
    QString subsection; // case kept, e.g. "work" for [sendemail "work"]
    QString key;        // lower case
    QString value;
    bool hasValue = true; // "key" alone means true
    int line = 0;
    int lastLine = 0; // continuation lines
};

struct Section
{
    QString section;
    QString subsection;
    int headerLine = 0;
    int lastLine = 0; // last line of the section's entries (or the header)
};

struct File
{
    QList<Entry> entries;
    QList<Section> sections;
    QList<Phrase> warnings;
    // section \x1f subsection \x1f key -> index of its last entry, so a lookup does not scan.
    QHash<QString, qsizetype> lastEntry;

    // The last value (git: the last one wins) of section[.subsection].key.
    std::optional<QString> value(const QString &section, const QString &subsection,
                                 const QString &key) const;
    const Entry *entry(const QString &section, const QString &subsection, const QString &key) const;
};

File parse(const QList<ConfigText::Line> &lines);
// Quotes a value when git needs it.
QString quoteValue(const QString &value);

} // namespace GitConfig

} // namespace od
