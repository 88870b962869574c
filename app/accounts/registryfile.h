// SPDX-License-Identifier: GPL-3.0-or-later
// The Windows registry as plain data: keys with typed values. Filled from a .reg export on any
// platform (parseRegFile), or from the live registry on Windows (AccountScanner), so that the
// Outlook logic is one pure function over this model.
#pragma once

#include "core/phrase.h"

#include <QByteArray>
#include <QDebug>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace od {

struct RegistryValue
{
    enum class Type { String, ExpandString, MultiString, Binary, Dword, Qword, Other };
    QString name; // empty: the key's default value (@)
    Type type = Type::String;
    QString text;     // String / ExpandString / MultiString (joined with '\n')
    QByteArray bytes; // Binary / Other
    quint64 number = 0; // Dword / Qword

    // A string whatever the storage: Outlook 2016+ keeps strings as UTF-16LE binary values.
    QString toText() const;
    // A number: Dword/Qword, or a decimal string.
    std::optional<quint64> toNumber() const;

    friend bool operator==(const RegistryValue &a, const RegistryValue &b)
    {
        return a.name == b.name && a.type == b.type && a.text == b.text && a.bytes == b.bytes
            && a.number == b.number;
    }
};

struct RegistryKey
{
    QString path; // "HKEY_CURRENT_USER\Software\..." as written
    QList<RegistryValue> values;

    const RegistryValue *value(const QString &name) const; // case-insensitive, last wins
    QString leafName() const;
    QString parentPath() const;
};

struct RegistryParseResult
{
    QList<RegistryKey> keys;
    QList<Phrase> warnings;
    Phrase error;
};

// A regedit export: "Windows Registry Editor Version 5.00" (UTF-16LE with BOM, or UTF-8) or
// "REGEDIT4"; CRLF or LF; backslash line continuations; "string", hex:, hex(N):, dword:.
RegistryParseResult parseRegFile(const QByteArray &data);

QDebug operator<<(QDebug debug, const RegistryValue &value);

} // namespace od
