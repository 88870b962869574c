// SPDX-License-Identifier: GPL-3.0-or-later
#include "registryfile.h"

#include "configtext.h"

#include <QDebugStateSaver>

namespace od {

namespace {

QString utf16LeToString(const QByteArray &bytes)
{
    QString s;
    s.reserve(bytes.size() / 2);
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2) {
        const char16_t u = char16_t(quint8(bytes.at(i)) | (quint8(bytes.at(i + 1)) << 8));
        s += QChar(u);
    }
    return s;
}

QString stripNuls(QString s)
{
    const qsizetype nul = s.indexOf(QChar(0));
    if (nul >= 0)
        s.truncate(nul);
    return s;
}

} // namespace

QString RegistryValue::toText() const
{
    switch (type) {
    case Type::String:
    case Type::ExpandString:
    case Type::MultiString: return text;
    case Type::Dword:
    case Type::Qword: return QString::number(number);
    case Type::Binary:
    case Type::Other: {
        // Outlook stores strings as NUL-terminated UTF-16LE; anything else is read as 8-bit.
        bool utf16 = bytes.size() >= 2 && bytes.size() % 2 == 0
                     && (bytes.endsWith(QByteArray(2, '\0')) || bytes.at(1) == 0);
        if (utf16)
            return stripNuls(utf16LeToString(bytes));
        return stripNuls(QString::fromLatin1(bytes));
    }
    }
    return {};
}

std::optional<quint64> RegistryValue::toNumber() const
{
    if (type == Type::Dword || type == Type::Qword)
        return number;
    bool ok = false;
    const quint64 v = toText().trimmed().toULongLong(&ok);
    if (ok)
        return v;
    if (type == Type::Binary && (bytes.size() == 4 || bytes.size() == 8)) {
        quint64 n = 0;
        for (qsizetype i = bytes.size() - 1; i >= 0; --i)
            n = (n << 8) | quint8(bytes.at(i));
        return n;
    }
    return std::nullopt;
}

const RegistryValue *RegistryKey::value(const QString &name) const
{
    for (auto it = values.crbegin(); it != values.crend(); ++it) {
        if (it->name.compare(name, Qt::CaseInsensitive) == 0)
            return &*it;
    }
    return nullptr;
}

QString RegistryKey::leafName() const
{
    return path.mid(path.lastIndexOf(u'\\') + 1);
}

QString RegistryKey::parentPath() const
{
    const qsizetype cut = path.lastIndexOf(u'\\');
    return cut < 0 ? QString() : path.left(cut);
}

namespace {

// "..." with \" and \\ escapes; returns the position after the closing quote or -1.
qsizetype readQuoted(const QString &line, qsizetype pos, QString *out)
{
    if (pos >= line.size() || line.at(pos) != u'"')
        return -1;
    QString s;
    for (qsizetype i = pos + 1; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'\\' && i + 1 < line.size()) {
            s += line.at(++i);
            continue;
        }
        if (c == u'"') {
            *out = s;
            return i + 1;
        }
        s += c;
    }
    return -1;
}

bool parseHexBytes(const QString &list, QByteArray *out)
{
    QByteArray bytes;
    const QStringList parts = list.split(u',', Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        bool ok = false;
        const uint b = p.trimmed().toUInt(&ok, 16);
        if (!ok || b > 0xff)
            return false;
        bytes.append(char(b));
    }
    *out = bytes;
    return true;
}

} // namespace

RegistryParseResult parseRegFile(const QByteArray &data)
{
    RegistryParseResult r;
    QString text;
    if (!ConfigText::decodeText(data, &text, &r.error, &r.warnings))
        return r;
    const QList<ConfigText::Line> lines = ConfigText::splitLines(text);
    int first = 0;
    while (first < lines.size() && lines.at(first).text.trimmed().isEmpty())
        ++first;
    const QString header = first < lines.size() ? lines.at(first).text.trimmed() : QString();
    const bool regedit4 = header == QLatin1String("REGEDIT4");
    if (!regedit4 && !header.startsWith(QLatin1String("Windows Registry Editor Version"))) {
        r.error = accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "This is not a registry export (.reg) file."));
        return r;
    }

    qsizetype current = -1; // index: r.keys grows
    bool skippingDeletedKey = false;
    for (int i = first + 1; i < lines.size(); ++i) {
        QString line = lines.at(i).text;
        const int lineNo = i + 1;
        // Continuations: a trailing backslash joins the next line (hex lists).
        while (line.trimmed().endsWith(u'\\') && i + 1 < lines.size()) {
            line = line.trimmed();
            line.chop(1);
            line += lines.at(++i).text.trimmed();
        }
        const QString t = line.trimmed();
        if (t.isEmpty() || t.startsWith(u';'))
            continue;
        if (t.startsWith(u'[')) {
            if (!t.endsWith(u']')) {
                r.warnings.append(accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "Line %1: a broken key header was skipped."), {QString::number(lineNo)}));
                current = -1;
                continue;
            }
            const QString path = t.mid(1, t.size() - 2);
            skippingDeletedKey = path.startsWith(u'-');
            if (skippingDeletedKey) {
                current = -1;
                continue;
            }
            r.keys.append(RegistryKey{path, {}});
            current = r.keys.size() - 1;
            continue;
        }
        if (skippingDeletedKey)
            continue;
        if (current < 0) {
            r.warnings.append(accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "Line %1: a value outside any key was skipped."), {QString::number(lineNo)}));
            continue;
        }
        RegistryValue v;
        qsizetype pos = 0;
        if (t.startsWith(u'@')) {
            pos = 1;
        } else {
            pos = readQuoted(t, 0, &v.name);
            if (pos < 0) {
                r.warnings.append(accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "Line %1: a value that could not be read was skipped."), {QString::number(lineNo)}));
                continue;
            }
        }
        while (pos < t.size() && t.at(pos).isSpace())
            ++pos;
        if (pos >= t.size() || t.at(pos) != u'=') {
            r.warnings.append(accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "Line %1: a value that could not be read was skipped."), {QString::number(lineNo)}));
            continue;
        }
        ++pos;
        while (pos < t.size() && t.at(pos).isSpace())
            ++pos;
        const QString rest = t.mid(pos);
        bool ok = true;
        if (rest == QLatin1String("-")) {
            continue; // a deletion: nothing to read
        } else if (rest.startsWith(u'"')) {
            v.type = RegistryValue::Type::String;
            ok = readQuoted(rest, 0, &v.text) > 0;
        } else if (rest.startsWith(QLatin1String("dword:"), Qt::CaseInsensitive)) {
            v.type = RegistryValue::Type::Dword;
            v.number = rest.mid(6).trimmed().toULongLong(&ok, 16);
            ok = ok && v.number <= 0xffffffffULL;
        } else if (rest.startsWith(QLatin1String("hex"), Qt::CaseInsensitive)) {
            const qsizetype colon = rest.indexOf(u':');
            QString kind = colon > 3 ? rest.mid(3, colon - 3) : QString();
            ok = colon >= 3 && parseHexBytes(rest.mid(colon + 1), &v.bytes);
            int typeNo = 3;
            if (ok && !kind.isEmpty()) {
                kind.remove(u'(').remove(u')');
                typeNo = kind.toInt(&ok, 16);
            }
            if (ok) {
                switch (typeNo) {
                case 3: v.type = RegistryValue::Type::Binary; break;
                case 1:
                case 2:
                case 7: {
                    v.type = typeNo == 7 ? RegistryValue::Type::MultiString
                                         : typeNo == 2 ? RegistryValue::Type::ExpandString
                                                       : RegistryValue::Type::String;
                    QString s = regedit4 ? QString::fromLatin1(v.bytes) : utf16LeToString(v.bytes);
                    if (typeNo == 7) {
                        QStringList parts = s.split(QChar(0));
                        while (!parts.isEmpty() && parts.constLast().isEmpty())
                            parts.removeLast();
                        v.text = parts.join(u'\n');
                    } else {
                        v.text = stripNuls(s);
                    }
                    v.bytes.clear();
                    break;
                }
                case 4:
                case 0xb: {
                    v.type = typeNo == 4 ? RegistryValue::Type::Dword : RegistryValue::Type::Qword;
                    quint64 n = 0;
                    for (qsizetype k = v.bytes.size() - 1; k >= 0; --k)
                        n = (n << 8) | quint8(v.bytes.at(k));
                    v.number = n;
                    v.bytes.clear();
                    break;
                }
                default: v.type = RegistryValue::Type::Other; break;
                }
            }
        } else {
            ok = false;
        }
        if (!ok) {
            r.warnings.append(accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "Line %1: a value that could not be read was skipped."), {QString::number(lineNo)}));
            continue;
        }
        r.keys[current].values.append(v);
    }
    return r;
}

QDebug operator<<(QDebug debug, const RegistryValue &value)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "RegistryValue(" << value.name << ' ' << int(value.type) << ' '
                    << value.toText() << ')';
    return debug;
}

} // namespace od
