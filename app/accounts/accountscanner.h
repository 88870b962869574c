// SPDX-License-Identifier: GPL-3.0-or-later
// Finds the mail clients' settings for a user: knows where each client keeps its files on
// Linux (also Flatpak/Snap), macOS and Windows, reads them with the pure readers, and on
// Windows also reads Outlook's registry. The home directory and environment are parameters,
// so tests lay out a fake home in a temporary directory.
#pragma once

#include "accountreaders.h"
#include "clients/mailclient.h"
#include "mailaccount.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace od {

class AccountScanner
{
public:
    // env: XDG_CONFIG_HOME, APPDATA, ... (missing ones take their usual defaults under home).
    explicit AccountScanner(const QString &homeDir, const QHash<QString, QString> &env = {});
    // The current user's home and environment.
    static AccountScanner forCurrentUser();

    struct Location
    {
        QString client; // ClientId
        QString path;   // a file or directory
    };
    // Every place looked at (existing or not), in scan order.
    QList<Location> locations() const;

    // Everything found. Problems with single files become warnings ("<path>: <reason>").
    // progress(done, total) is called before each client is read and at the end; returning
    // false stops the scan (what was read so far is returned).
    ReadResult scan(const std::function<bool(int done, int total)> &progress = {}) const;

    // One file of any supported format, auto-detected (--from). Siblings the format needs are
    // read too (KMail's other file, the other Evolution sources, a profile's prefs.js).
    static ReadResult readFile(const QString &path);

    // Whether the live Windows registry is read too (only on Windows; off in tests).
    void setReadRegistry(bool on) { m_readRegistry = on; }

private:
    QString m_home;
    QHash<QString, QString> m_env;
    bool m_readRegistry = true;

    QString env(const char *name, const QString &fallback) const;
    UserDirs userDirs() const;
};

} // namespace od
