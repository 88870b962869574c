// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the Windows registry behind a small interface, so that what is read (which keys,
// which values, how Outlook lays out its profiles) is tested everywhere with an in-memory
// registry built from real .reg exports, and only the Win32 calls stay Windows-only
// (registrysource_win.cpp).
#pragma once

#include "mailaccount.h"
#include "registryfile.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace od {

class RegistrySource
{
public:
    virtual ~RegistrySource() = default;
    // Paths are full, hive first: "HKEY_CURRENT_USER\Software\Microsoft\...".
    // The names of a key's sub keys (empty when the key does not exist or has none).
    virtual QStringList subKeys(const QString &path) const = 0;
    // A key's values; nullopt when the key does not exist or cannot be read.
    virtual std::optional<QList<RegistryValue>> values(const QString &path) const = 0;
};

// A registry held in memory: the keys of one or more .reg exports (parseRegFile).
class MemoryRegistry : public RegistrySource
{
public:
    explicit MemoryRegistry(const QList<RegistryKey> &keys);
    QStringList subKeys(const QString &path) const override;
    std::optional<QList<RegistryValue>> values(const QString &path) const override;

private:
    QHash<QString, RegistryKey> m_keys;          // lower-case path → key
    QHash<QString, QStringList> m_children;      // lower-case path → sub key names
};

// The live registry of the current user (Win32: RegOpenKeyExW / RegEnumKeyExW /
// RegQueryValueExW); nullptr on other systems.
std::unique_ptr<RegistrySource> openSystemRegistry();

// Every key under root (root included), depth-first, bounded in depth and count.
QList<RegistryKey> collectRegistryKeys(const RegistrySource &registry, const QString &root, int maxDepth = 8,
                                       int maxKeys = 20000);

namespace AccountReaders {
// Outlook from a registry: the profiles of Outlook 2016 and later (16.0: 2016, 2019, 2021,
// Microsoft 365) and 2013 (15.0), the older Windows Messaging Subsystem, OMI Account Manager
// and Internet Account Manager layouts, read by readOutlookRegistry. When the new Outlook for
// Windows (olk.exe) is in use — its switch in classic Outlook's preferences (UseNewOutlook),
// or its data folder (newOutlookData, see findNewOutlookData) — a warning says that its
// accounts cannot be read here and where to look instead.
ReadResult readOutlookFromRegistry(const RegistrySource &registry, const QString &newOutlookData = {});
// The registry roots that readOutlookFromRegistry reads.
QStringList outlookRegistryRoots();
// The new Outlook's local data under %LOCALAPPDATA%: its cache folder Microsoft\Olk, or its
// app package folder Packages\Microsoft.OutlookForWindows_8wekyb3d8bbwe; empty when neither
// exists. Neither holds the server settings: the accounts live in Microsoft's cloud.
QString findNewOutlookData(const QString &localAppData);
} // namespace AccountReaders

} // namespace od
