// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountscanner.h"

#include "clients/clientfiles.h"
#include "clients/mailclient.h"
#include "configtext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QSet>


namespace od {

AccountScanner::AccountScanner(const QString &homeDir, const QHash<QString, QString> &env)
    : m_home(QDir::cleanPath(homeDir)), m_env(env)
{
}

AccountScanner AccountScanner::forCurrentUser()
{
    QHash<QString, QString> env;
    const QProcessEnvironment pe = QProcessEnvironment::systemEnvironment();
    const QStringList keys = pe.keys();
    for (const QString &k : keys)
        env.insert(k, pe.value(k));
    return AccountScanner(QDir::homePath(), env);
}

QString AccountScanner::env(const char *name, const QString &fallback) const
{
    const QString v = m_env.value(QLatin1String(name));
    return v.isEmpty() ? fallback : QDir::fromNativeSeparators(v);
}

UserDirs AccountScanner::userDirs() const
{
    return UserDirs{m_home, env("XDG_CONFIG_HOME", m_home + QLatin1String("/.config")),
                    env("APPDATA", m_home + QLatin1String("/AppData/Roaming"))};
}

QList<AccountScanner::Location> AccountScanner::locations() const
{
    const UserDirs dirs = userDirs();
    QList<Location> l;
    for (const ClientDescriptor *d : MailClients::all()) {
        if (!d->locations)
            continue;
        const QList<ClientLocation> own = d->locations(dirs);
        for (const ClientLocation &c : own)
            l.append({d->id, c.path});
    }
    return l;
}

ReadResult AccountScanner::scan(const std::function<bool(int, int)> &progress) const
{
    ReadResult all;
    QSet<QString> seen; // the same directory reached twice (symlinks, XDG = default)
    const UserDirs dirs = userDirs();
    const QList<const ClientDescriptor *> &clients = MailClients::all();
    const int steps = int(clients.size());
    int step = 0;
    for (const ClientDescriptor *d : clients) {
        if (progress && !progress(step, steps))
            return all;
        ++step;
        if (d->locations && d->readLocation) {
            const QList<ClientLocation> locs = d->locations(dirs);
            for (const ClientLocation &loc : locs) {
                const QFileInfo fi(loc.path);
                if (!fi.exists())
                    continue;
                const QString key = d->id + u'|' + fi.canonicalFilePath();
                if (seen.contains(key))
                    continue;
                seen.insert(key);
                all.append(d->readLocation(loc.path));
                if (d->firstLocationOnly)
                    break;
            }
        }
        if (d->readSystem && m_readRegistry)
            all.append(d->readSystem());
    }
    if (progress)
        progress(steps, steps);
    return all;
}

ReadResult AccountScanner::readFile(const QString &path)
{
    ReadResult r;
    const QFileInfo fi(path);
    if (fi.isDir()) {
        // A directory: a Thunderbird root/profile, KMail config dir or Evolution sources.
        for (const ClientDescriptor *d : MailClients::all()) {
            if (!d->readDirectory)
                continue;
            bool recognised = false;
            ReadResult dr = d->readDirectory(path, &recognised);
            if (recognised)
                return dr;
        }
        r.error = accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "%1: no mail client settings were recognised in this folder."), {QDir::toNativeSeparators(path)});
        return r;
    }
    QByteArray data;
    Phrase error;
    if (!ClientFiles::readBytes(path, &data, &error)) {
        r.error = error;
        return r;
    }
    const AccountReaders::Format format = MailClients::detectFormat(data, path);
    if (const ClientDescriptor *d = MailClients::clientOfFormat(format))
        return d->readFormat(format, path, data);
    const ConfigText::Decoded d = ConfigText::decode(data);
    r.error = !d.error.isEmpty() ? d.error
                                 : accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "The format of this file was not recognised as the "
                                                "settings of a supported mail client."));
    ClientFiles::prefixWarnings(r, path);
    return r;
}

} // namespace od
