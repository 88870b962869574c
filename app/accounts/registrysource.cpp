// SPDX-License-Identifier: GPL-3.0-or-later
#include "registrysource.h"

#include "accountreaders.h"
#include "configtext.h"

#include <QDir>
#include <QFileInfo>

namespace od {

namespace {
QString parentOf(const QString &path)
{
    const qsizetype cut = path.lastIndexOf(u'\\');
    return cut < 0 ? QString() : path.left(cut);
}

// Whether the new Outlook for Windows is switched on in classic Outlook's preferences.
constexpr auto kPreferences = "HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Outlook\\Preferences";
} // namespace

MemoryRegistry::MemoryRegistry(const QList<RegistryKey> &keys)
{
    for (const RegistryKey &k : keys) {
        const QString lower = k.path.toLower();
        RegistryKey &slot = m_keys[lower];
        if (slot.path.isEmpty())
            slot.path = k.path;
        slot.values += k.values; // a key exported twice: later values win (RegistryKey::value)
        // Every ancestor exists and lists its child, as in the real registry.
        QString child = k.path;
        QString parent = parentOf(child);
        while (!parent.isEmpty()) {
            QStringList &names = m_children[parent.toLower()];
            const QString name = child.mid(parent.size() + 1);
            if (names.contains(name, Qt::CaseInsensitive))
                break;
            names.append(name);
            if (!m_keys.contains(parent.toLower()))
                m_keys.insert(parent.toLower(), RegistryKey{parent, {}});
            child = parent;
            parent = parentOf(child);
        }
    }
}

QStringList MemoryRegistry::subKeys(const QString &path) const
{
    return m_children.value(path.toLower());
}

std::optional<QList<RegistryValue>> MemoryRegistry::values(const QString &path) const
{
    const auto it = m_keys.constFind(path.toLower());
    if (it == m_keys.constEnd())
        return std::nullopt;
    return it->values;
}

QList<RegistryKey> collectRegistryKeys(const RegistrySource &registry, const QString &root, int maxDepth, int maxKeys)
{
    QList<RegistryKey> out;
    struct Pending { QString path; int depth; };
    QList<Pending> stack{{root, 0}};
    while (!stack.isEmpty() && out.size() < maxKeys) {
        const Pending p = stack.takeLast();
        const auto values = registry.values(p.path);
        if (!values)
            continue;
        out.append(RegistryKey{p.path, *values});
        if (p.depth >= maxDepth)
            continue;
        QStringList children = registry.subKeys(p.path);
        // Depth-first in name order: push in reverse so the first name comes out first.
        for (qsizetype i = children.size() - 1; i >= 0; --i)
            stack.append({p.path + u'\\' + children.at(i), p.depth + 1});
    }
    return out;
}

namespace AccountReaders {

QStringList outlookRegistryRoots()
{
    return {
        QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles"),
        QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\15.0\\Outlook\\Profiles"),
        QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows NT\\CurrentVersion\\Windows Messaging Subsystem\\Profiles"),
        QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\Outlook\\OMI Account Manager"),
        QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Internet Account Manager"),
    };
}

ReadResult readOutlookFromRegistry(const RegistrySource &registry, const QString &newOutlookData)
{
    QList<RegistryKey> keys;
    for (const QString &root : outlookRegistryRoots())
        keys += collectRegistryKeys(registry, root);
    ReadResult r = readOutlookRegistry(keys, QStringLiteral("registry"));

    bool switchedOn = false;
    if (const auto prefs = registry.values(QLatin1String(kPreferences))) {
        const RegistryKey k{QLatin1String(kPreferences), *prefs};
        if (const RegistryValue *v = k.value(QStringLiteral("UseNewOutlook")))
            switchedOn = v->toNumber().value_or(0) != 0;
    }
    if (switchedOn || !newOutlookData.isEmpty()) {
        r.warnings.append(accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "The new Outlook for Windows is used on this computer. It keeps its accounts with "
            "Microsoft, not in this computer's registry or files, so their outgoing server settings "
            "cannot be read here: only the accounts of classic Outlook are listed. To see a new "
            "Outlook account's settings, open the new Outlook and go to Settings > Accounts > Email "
            "accounts, then enter the outgoing server here by hand.")));
    }
    return r;
}

QString findNewOutlookData(const QString &localAppData)
{
    if (localAppData.isEmpty())
        return {};
    const QString base = QDir::fromNativeSeparators(localAppData);
    for (const char *sub : {"/Microsoft/Olk", "/Packages/Microsoft.OutlookForWindows_8wekyb3d8bbwe"}) {
        const QString dir = base + QLatin1String(sub);
        if (QFileInfo(dir).isDir())
            return dir;
    }
    return {};
}

} // namespace AccountReaders

#ifndef Q_OS_WIN
std::unique_ptr<RegistrySource> openSystemRegistry()
{
    return nullptr;
}
#endif

} // namespace od
