// SPDX-License-Identifier: GPL-3.0-or-later
// The live registry through the Win32 API. Values keep their registry types: REG_BINARY
// stays bytes (Outlook 2016+ stores its strings as NUL-terminated UTF-16LE binaries, which
// RegistryValue::toText() decodes), REG_DWORD/REG_QWORD stay numbers. Windows only.
#include "registrysource.h"

#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>

#include <cstring>
#include <memory>
#include <type_traits>
#include <vector>

namespace od {

namespace {

struct KeyCloser
{
    void operator()(HKEY key) const { RegCloseKey(key); }
};
using Key = std::unique_ptr<std::remove_pointer_t<HKEY>, KeyCloser>;

// "HKEY_CURRENT_USER\Software\..." → the open key, or null.
Key openKey(const QString &path)
{
    static const struct { const char *name; HKEY hive; } hives[] = {
        {"HKEY_CURRENT_USER", HKEY_CURRENT_USER}, {"HKCU", HKEY_CURRENT_USER},
        {"HKEY_LOCAL_MACHINE", HKEY_LOCAL_MACHINE}, {"HKLM", HKEY_LOCAL_MACHINE},
    };
    const QString hiveName = path.section(u'\\', 0, 0);
    const QString sub = path.section(u'\\', 1);
    for (const auto &h : hives) {
        if (hiveName.compare(QLatin1String(h.name), Qt::CaseInsensitive) != 0)
            continue;
        HKEY key = nullptr;
        if (RegOpenKeyExW(h.hive, reinterpret_cast<const wchar_t *>(sub.utf16()), 0, KEY_READ, &key) != ERROR_SUCCESS)
            return Key();
        return Key(key);
    }
    return Key();
}

class Win32Registry : public RegistrySource
{
public:
    QStringList subKeys(const QString &path) const override
    {
        QStringList names;
        const Key key = openKey(path);
        if (!key)
            return names;
        DWORD count = 0, maxLength = 0;
        if (RegQueryInfoKeyW(key.get(), nullptr, nullptr, nullptr, &count, &maxLength, nullptr, nullptr, nullptr,
                             nullptr, nullptr, nullptr) != ERROR_SUCCESS)
            return names;
        std::vector<wchar_t> name(size_t(maxLength) + 1);
        for (DWORD i = 0; i < count; ++i) {
            DWORD length = DWORD(name.size());
            if (RegEnumKeyExW(key.get(), i, name.data(), &length, nullptr, nullptr, nullptr, nullptr) == ERROR_SUCCESS)
                names.append(QString::fromWCharArray(name.data(), int(length)));
        }
        return names;
    }

    std::optional<QList<RegistryValue>> values(const QString &path) const override
    {
        const Key key = openKey(path);
        if (!key)
            return std::nullopt;
        DWORD count = 0, maxName = 0;
        if (RegQueryInfoKeyW(key.get(), nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, &count, &maxName,
                             nullptr, nullptr, nullptr) != ERROR_SUCCESS)
            return std::nullopt;
        QList<RegistryValue> out;
        std::vector<wchar_t> name(size_t(maxName) + 1);
        for (DWORD i = 0; i < count; ++i) {
            DWORD nameLength = DWORD(name.size());
            if (RegEnumValueW(key.get(), i, name.data(), &nameLength, nullptr, nullptr, nullptr, nullptr) != ERROR_SUCCESS)
                continue;
            RegistryValue v;
            v.name = QString::fromWCharArray(name.data(), int(nameLength));
            // The value itself: size first, then the data (bounded: Outlook's values are small).
            DWORD type = 0, size = 0;
            if (RegQueryValueExW(key.get(), name.data(), nullptr, &type, nullptr, &size) != ERROR_SUCCESS
                || size > 1024 * 1024)
                continue;
            QByteArray data(qsizetype(size), '\0');
            if (RegQueryValueExW(key.get(), name.data(), nullptr, &type, reinterpret_cast<BYTE *>(data.data()), &size)
                != ERROR_SUCCESS)
                continue;
            data.truncate(qsizetype(size));
            switch (type) {
            case REG_SZ:
            case REG_EXPAND_SZ:
            case REG_MULTI_SZ: {
                QString text = QString::fromUtf16(reinterpret_cast<const char16_t *>(data.constData()), data.size() / 2);
                while (text.endsWith(QChar(u'\0')))
                    text.chop(1);
                v.type = type == REG_SZ ? RegistryValue::Type::String
                       : type == REG_EXPAND_SZ ? RegistryValue::Type::ExpandString : RegistryValue::Type::MultiString;
                v.text = type == REG_MULTI_SZ ? text.replace(QChar(u'\0'), QChar(u'\n')) : text;
                break;
            }
            case REG_DWORD:
                if (data.size() >= 4) {
                    DWORD x = 0;
                    memcpy(&x, data.constData(), 4);
                    v.type = RegistryValue::Type::Dword;
                    v.number = x;
                }
                break;
            case REG_QWORD:
                if (data.size() >= 8) {
                    quint64 x = 0;
                    memcpy(&x, data.constData(), 8);
                    v.type = RegistryValue::Type::Qword;
                    v.number = x;
                }
                break;
            case REG_BINARY:
                v.type = RegistryValue::Type::Binary;
                v.bytes = data;
                break;
            default:
                v.type = RegistryValue::Type::Other;
                v.bytes = data;
                break;
            }
            out.append(v);
        }
        return out;
    }
};

} // namespace

std::unique_ptr<RegistrySource> openSystemRegistry()
{
    return std::make_unique<Win32Registry>();
}

} // namespace od
