// SPDX-License-Identifier: GPL-3.0-or-later
// Small shared pieces of the config-file readers: decoding bytes to text safely (size cap,
// BOMs, binary junk), splitting lines with their endings kept (for writers that must leave
// the rest of a file byte-for-byte the same), and a KDE/GLib style INI reader.
#pragma once

#include "core/fileerrors.h"
#include "core/phrase.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace od {

// The translation context of every user-visible text of the accounts module.
struct Accounts
{
    Q_DECLARE_TR_FUNCTIONS(od::Accounts)
};

// A sentence of the accounts module (readers' warnings and errors, writers' errors), kept as
// its catalogue key and arguments and worded when shown. `source` is written with
// QT_TRANSLATE_NOOP("od::Accounts", ...) at the call so that lupdate finds it.
inline Phrase accountsPhrase(const char *source, QStringList args = {}, int n = -1)
{
    return Phrase("od::Accounts", source, std::move(args), n);
}
// A sentence about a file that could not be read or written: `source`'s last placeholder
// (after `args`) is the reason, worded from `problem` (its ID goes into the JSON).
inline Phrase accountsFilePhrase(const char *source, QStringList args, FileProblem problem)
{
    return Phrase("od::Accounts", source, std::move(args), std::vector<Phrase>{fileProblemPhrase(problem)});
}
// "<file>: <what is wrong with it>", both worded when shown.
Phrase aboutFile(const QString &path, Phrase what);

namespace ConfigText {

// Largest configuration file we read; anything larger is not a mail client's settings file.
constexpr qsizetype MaxSize = 16 * 1024 * 1024;


enum class Encoding { Utf8, Utf8Bom, Utf16Le, Utf16Be, Latin1 };

struct Decoded
{
    QString text;
    Encoding encoding = Encoding::Utf8;
    Phrase error;   // set: unreadable (too big, binary); text is empty
    Phrase warning; // e.g. not valid UTF-8, read as Latin-1
};

// Decodes a configuration file: UTF-8 (with or without BOM), UTF-16 with BOM (or recognisable
// without), falling back to Latin-1 for invalid UTF-8. Refuses binary data and oversized input.
Decoded decode(const QByteArray &data);
// decode() as a reader needs it: false with *error set when unreadable; a decoding warning
// (e.g. not UTF-8) is appended to *warnings.
bool decodeText(const QByteArray &data, QString *text, Phrase *error, QList<Phrase> *warnings);
// A port number from a settings value: 1 to 65535, or 0 when absent or invalid.
int portValue(const QString &value);
// The same encoding back (for writers).
QByteArray encode(const QString &text, Encoding encoding);

struct Line
{
    QString text; // without the line ending
    QString eol;  // "\n", "\r\n", "\r" or "" (last line without ending)
};
QList<Line> splitLines(const QString &text);
QString joinLines(const QList<Line> &lines);
// The line ending most used in the file ("\n" when none).
QString dominantEol(const QList<Line> &lines);

// A KDE / GLib key file (also Claws accountrc, Thunderbird profiles.ini): groups of key=value.
struct IniEntry
{
    QString key;
    QString value;
    int line = 0; // index into splitLines()
};
struct IniGroup
{
    QString name;
    int line = -1; // -1: the keys before the first group header
    QList<IniEntry> entries;

    // The last value of key (duplicate keys: the last wins), or nullopt.
    std::optional<QString> value(const QString &key) const;
    QString get(const QString &key, const QString &fallback = {}) const;
    int lastLineOf(const QString &key) const; // -1 if absent
    int lastLine() const; // the group's last entry line, or its header line
};
// KDE keys may carry [$e]/[$i] flags or [locale] suffixes; they are stripped from `key`.
// kdeEscapes: undo \s \t \n \r \\ in values (KConfig); GLib/Claws files are taken literally.
QList<IniGroup> parseIni(const QList<Line> &lines, bool kdeEscapes, QList<Phrase> *warnings);
const IniGroup *findGroup(const QList<IniGroup> &groups, const QString &name);
// decodeText() then parseIni(): false with *error set when the data cannot be read as text.
bool decodeIni(const QByteArray &data, QList<IniGroup> *groups, bool kdeEscapes, Phrase *error,
               QList<Phrase> *warnings);

// "user@example.com" → "example.com"; empty when there is no '@'.
QString domainOf(const QString &address);
// "Name <user@example.com>" → {"Name", "user@example.com"}.
QPair<QString, QString> splitAddress(const QString &mailbox);

} // namespace ConfigText
} // namespace od
