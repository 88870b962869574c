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
// and Internet Account Manager layouts. When the new Outlook for Windows is in use (its
// switch in Outlook's preferences, or its data folder: newOutlookDataFound), a warning says
// that its accounts are not stored on this computer.
ReadResult readOutlookFromRegistry(const RegistrySource &registry, bool newOutlookDataFound = false);
// The registry roots that readOutlookFromRegistry reads.
QStringList outlookRegistryRoots();
} // namespace AccountReaders

} // namespace od
