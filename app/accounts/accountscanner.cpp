#include "accountscanner.h"

#include "appleaccountsdb.h"
#include "configtext.h"
#include "registrysource.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QSet>

#include <QSettings>

namespace od {

namespace {

// Reads a file with the size cap checked before reading.
bool readBytes(const QString &path, QByteArray *out, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = Accounts::tr("%1: cannot be read (%2).").arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    if (f.size() > ConfigText::MaxSize) {
        *error = Accounts::tr("%1: the file is too large to be a mail client's settings file.")
                     .arg(QDir::toNativeSeparators(path));
        return false;
    }
    *out = f.read(ConfigText::MaxSize + 1);
    return true;
}

void prefixWarnings(ReadResult &r, const QString &path)
{
    for (QString &w : r.warnings)
        w = Accounts::tr("%1: %2").arg(QDir::toNativeSeparators(path), w);
    if (!r.error.isEmpty())
        r.error = Accounts::tr("%1: %2").arg(QDir::toNativeSeparators(path), r.error);
}

ReadResult readThunderbirdRoot(const QString &root)
{
    ReadResult all;
    const QString ini = root + QLatin1String("/profiles.ini");
    QByteArray data;
    QString error;
    if (!readBytes(ini, &data, &error)) {
        all.warnings.append(error);
        return all;
    }
    QStringList warnings;
    const QList<AccountReaders::ThunderbirdProfile> profiles =
        AccountReaders::parseProfilesIni(data, root, &warnings);
    for (const QString &w : std::as_const(warnings))
        all.warnings.append(Accounts::tr("%1: %2").arg(QDir::toNativeSeparators(ini), w));
    for (const AccountReaders::ThunderbirdProfile &p : profiles) {
        const QString prefs = p.path + QLatin1String("/prefs.js");
        if (!QFileInfo::exists(prefs))
            continue; // profiles that were never opened have no prefs.js
        QByteArray pd;
        if (!readBytes(prefs, &pd, &error)) {
            all.warnings.append(error);
            continue;
        }
        ReadResult r = AccountReaders::readThunderbirdPrefs(pd, prefs);
        if (!p.isDefault) {
            for (MailAccount &a : r.accounts)
                a.isDefault = false;
        }
        prefixWarnings(r, prefs);
        all.append(r);
    }
    return all;
}

ReadResult readEvolutionDir(const QString &dir, const QString &onlyFile = {})
{
    ReadResult r;
    QList<AccountReaders::SourceFile> files;
    const QFileInfoList infos = QDir(dir).entryInfoList({QStringLiteral("*.source")}, QDir::Files, QDir::Name);
    for (const QFileInfo &fi : infos) {
        AccountReaders::SourceFile f;
        f.path = fi.filePath();
        QString error;
        if (!readBytes(f.path, &f.data, &error)) {
            r.warnings.append(error);
            continue;
        }
        files.append(f);
    }
    ReadResult er = AccountReaders::readEvolutionSources(files);
    if (!onlyFile.isEmpty()) {
        const QString canon = QFileInfo(onlyFile).absoluteFilePath();
        QList<MailAccount> kept;
        for (const MailAccount &a : std::as_const(er.accounts)) {
            if (QFileInfo(a.source).absoluteFilePath() == canon
                || QFileInfo(a.identitySource).absoluteFilePath() == canon)
                kept.append(a);
        }
        er.accounts = kept;
    }
    r.append(er);
    return r;
}

ReadResult readKMailDir(const QString &dir)
{
    ReadResult r;
    const QString tp = dir + QLatin1String("/mailtransports");
    const QString ip = dir + QLatin1String("/emailidentities");
    QByteArray td, id;
    QString error;
    const bool haveT = QFileInfo::exists(tp) && readBytes(tp, &td, &error);
    if (!error.isEmpty())
        r.warnings.append(error);
    error.clear();
    const bool haveI = QFileInfo::exists(ip) && readBytes(ip, &id, &error);
    if (!error.isEmpty())
        r.warnings.append(error);
    if (!haveT && !haveI)
        return r;
    ReadResult kr = AccountReaders::readKMail(td, haveT ? tp : QString(), id, haveI ? ip : QString());
    prefixWarnings(kr, haveT ? tp : ip);
    r.append(kr);
    return r;
}

using FileReader = ReadResult (*)(const QByteArray &, const QString &);

ReadResult readWith(FileReader reader, const QString &path)
{
    QByteArray data;
    QString error;
    ReadResult r;
    if (!readBytes(path, &data, &error)) {
        r.error = error;
        return r;
    }
    r = reader(data, path);
    prefixWarnings(r, path);
    return r;
}

} // namespace

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

QStringList AccountScanner::thunderbirdRoots() const
{
    return {
        m_home + QLatin1String("/.thunderbird"),
        m_home + QLatin1String("/.var/app/org.mozilla.Thunderbird/.thunderbird"),
        m_home + QLatin1String("/snap/thunderbird/common/.thunderbird"),
        m_home + QLatin1String("/.icedove"),
        m_home + QLatin1String("/.mozilla-thunderbird"),
        m_home + QLatin1String("/Library/Thunderbird"),
        env("APPDATA", m_home + QLatin1String("/AppData/Roaming")) + QLatin1String("/Thunderbird"),
    };
}

QList<AccountScanner::Location> AccountScanner::locations() const
{
    const QString xdg = env("XDG_CONFIG_HOME", m_home + QLatin1String("/.config"));
    QList<Location> l;
    for (const QString &root : thunderbirdRoots())
        l.append({ClientId::Thunderbird, root});
    l.append({ClientId::KMail, xdg});
    l.append({ClientId::KMail, m_home + QLatin1String("/.kde/share/config")});
    l.append({ClientId::KMail, m_home + QLatin1String("/.kde4/share/config")});
    l.append({ClientId::Evolution, xdg + QLatin1String("/evolution/sources")});
    l.append({ClientId::ClawsMail, m_home + QLatin1String("/.claws-mail/accountrc")});
    l.append({ClientId::ClawsMail, xdg + QLatin1String("/claws-mail/accountrc")});
    l.append({ClientId::Msmtp, m_home + QLatin1String("/.msmtprc")});
    l.append({ClientId::Msmtp, xdg + QLatin1String("/msmtp/config")});
    for (const char *p : {"/.muttrc", "/.mutt/muttrc", "/.neomuttrc", "/.neomutt/neomuttrc"})
        l.append({ClientId::NeoMutt, m_home + QLatin1String(p)});
    l.append({ClientId::NeoMutt, xdg + QLatin1String("/mutt/muttrc")});
    l.append({ClientId::NeoMutt, xdg + QLatin1String("/neomutt/neomuttrc")});
    l.append({ClientId::GitSendEmail, m_home + QLatin1String("/.gitconfig")});
    l.append({ClientId::GitSendEmail, xdg + QLatin1String("/git/config")});
    // Apple Mail: ~/Library/Mail/V*/MailData/Accounts.plist (newest first).
    const QString mailDir = m_home + QLatin1String("/Library/Mail");
    QStringList versions = QDir(mailDir).entryList({QStringLiteral("V*")}, QDir::Dirs, QDir::Name);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) {
        return a.mid(1).toInt() > b.mid(1).toInt();
    });
    for (const QString &v : std::as_const(versions))
        l.append({ClientId::AppleMail, mailDir + u'/' + v + QLatin1String("/MailData/Accounts.plist")});
    l.append({ClientId::AppleMail, m_home + QLatin1String("/Library/Mail/Accounts.plist")});
    return l;
}

ReadResult AccountScanner::scan() const
{
    ReadResult all;
    QSet<QString> seen; // the same directory reached twice (symlinks, XDG = default)
    bool appleDone = false;
    const QList<Location> locs = locations();
    for (const Location &loc : locs) {
        const QFileInfo fi(loc.path);
        if (!fi.exists())
            continue;
        const QString canon = fi.canonicalFilePath();
        const QString key = loc.client + u'|' + canon;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        if (loc.client == ClientId::Thunderbird) {
            if (QFileInfo::exists(loc.path + QLatin1String("/profiles.ini")))
                all.append(readThunderbirdRoot(loc.path));
        } else if (loc.client == ClientId::KMail) {
            all.append(readKMailDir(loc.path));
        } else if (loc.client == ClientId::Evolution) {
            all.append(readEvolutionDir(loc.path));
        } else if (!fi.isFile()) {
            continue;
        } else if (loc.client == ClientId::ClawsMail) {
            all.append(readWith(&AccountReaders::readClawsAccountrc, loc.path));
        } else if (loc.client == ClientId::Msmtp) {
            all.append(readWith(&AccountReaders::readMsmtprc, loc.path));
        } else if (loc.client == ClientId::NeoMutt) {
            ReadResult r = readWith(&AccountReaders::readMuttrc, loc.path);
            if (r.accounts.isEmpty())
                r.error.clear(); // a muttrc without sending settings is normal
            all.append(r);
        } else if (loc.client == ClientId::GitSendEmail) {
            ReadResult r = readWith(&AccountReaders::readGitConfig, loc.path);
            all.append(r);
        } else if (loc.client == ClientId::AppleMail && !appleDone) {
            appleDone = true; // only the newest Mail data version
            all.append(readWith(&AccountReaders::readApplePlist, loc.path));
        }
    }
    // Apple Mail on current macOS: Internet Accounts' database (or why it cannot be read).
    if (QFileInfo::exists(m_home + QLatin1String("/Library/Accounts")) || QFileInfo::exists(m_home + QLatin1String("/Library/Mail")))
        all.append(AccountReaders::readAppleMailAccounts(m_home));
#ifdef Q_OS_WIN
    if (m_readRegistry) {
        // Outlook 2016+/365 and 2013 profiles and the older layouts, through the Win32 API
        // (QSettings would hand back Outlook's UTF-16LE binary strings as text with a NUL).
        // The new Outlook for Windows keeps local data in %LOCALAPPDATA%\Microsoft\Olk.
        if (const auto registry = openSystemRegistry()) {
            const QString localAppData = qEnvironmentVariable("LOCALAPPDATA");
            const bool newOutlook = !localAppData.isEmpty()
                                    && QFileInfo::exists(localAppData + QLatin1String("/Microsoft/Olk"));
            all.append(AccountReaders::readOutlookFromRegistry(*registry, newOutlook));
        }
    }
#endif
    return all;
}

QList<RegistryKey> AccountScanner::registryKeys(QSettings &settings, const QString &root)
{
    QList<RegistryKey> keys;
    QHash<QString, int> index;
    const QStringList all = settings.allKeys();
    for (const QString &k : all) {
        const QString group = k.section(u'/', 0, -2);
        const QString path = group.isEmpty() ? root : root + u'\\' + QString(group).replace(u'/', u'\\');
        if (!index.contains(path)) {
            index.insert(path, int(keys.size()));
            keys.append(RegistryKey{path, {}});
        }
        RegistryValue v;
        v.name = k.section(u'/', -1);
        const QVariant val = settings.value(k);
        if (val.typeId() == QMetaType::QByteArray) {
            v.type = RegistryValue::Type::Binary;
            v.bytes = val.toByteArray();
        } else if (val.typeId() == QMetaType::Int || val.typeId() == QMetaType::UInt
                   || val.typeId() == QMetaType::LongLong || val.typeId() == QMetaType::ULongLong) {
            v.type = RegistryValue::Type::Dword;
            v.number = val.toULongLong();
        } else {
            v.text = val.toString();
        }
        keys[index.value(path)].values.append(v);
    }
    return keys;
}

ReadResult AccountScanner::readFile(const QString &path)
{
    ReadResult r;
    const QFileInfo fi(path);
    if (fi.isDir()) {
        // A directory: a Thunderbird root/profile, KMail config dir or Evolution sources.
        if (QFileInfo::exists(path + QLatin1String("/profiles.ini")))
            return readThunderbirdRoot(path);
        if (QFileInfo::exists(path + QLatin1String("/prefs.js")))
            return readFile(path + QLatin1String("/prefs.js"));
        if (QFileInfo::exists(path + QLatin1String("/mailtransports"))
            || QFileInfo::exists(path + QLatin1String("/emailidentities")))
            return readKMailDir(path);
        if (!QDir(path).entryList({QStringLiteral("*.source")}, QDir::Files).isEmpty())
            return readEvolutionDir(path);
        r.error = Accounts::tr("%1: no mail client settings were recognised in this folder.")
                      .arg(QDir::toNativeSeparators(path));
        return r;
    }
    QByteArray data;
    QString error;
    if (!readBytes(path, &data, &error)) {
        r.error = error;
        return r;
    }
    using AccountReaders::Format;
    const Format format = AccountReaders::detectFormat(data, path);
    switch (format) {
    case Format::ThunderbirdPrefs: r = AccountReaders::readThunderbirdPrefs(data, path); break;
    case Format::ThunderbirdProfiles: return readThunderbirdRoot(fi.absolutePath());
    case Format::RegExport: r = AccountReaders::readOutlookRegFile(data, path); break;
    case Format::ApplePlist: r = AccountReaders::readApplePlist(data, path); break;
    case Format::KMailTransports:
    case Format::KMailIdentities: {
        // The other file of the pair, when it sits beside this one under its usual name.
        const bool transports = format == Format::KMailTransports;
        const QString other = fi.absolutePath()
                              + (transports ? QLatin1String("/emailidentities") : QLatin1String("/mailtransports"));
        QByteArray od;
        QString oe;
        const bool haveOther = QFileInfo(other).isFile() && other != fi.absoluteFilePath()
                               && readBytes(other, &od, &oe);
        r = transports ? AccountReaders::readKMail(data, path, haveOther ? od : QByteArray(),
                                                   haveOther ? other : QString())
                       : AccountReaders::readKMail(haveOther ? od : QByteArray(),
                                                   haveOther ? other : QString(), data, path);
        break;
    }
    case Format::EvolutionSource: return readEvolutionDir(fi.absolutePath(), path);
    case Format::ClawsAccountrc: r = AccountReaders::readClawsAccountrc(data, path); break;
    case Format::Msmtprc: r = AccountReaders::readMsmtprc(data, path); break;
    case Format::Muttrc: r = AccountReaders::readMuttrc(data, path); break;
    case Format::GitConfig: r = AccountReaders::readGitConfig(data, path); break;
    case Format::Unknown: {
        const ConfigText::Decoded d = ConfigText::decode(data);
        r.error = !d.error.isEmpty() ? d.error
                                     : Accounts::tr("The format of this file was not recognised as the "
                                          "settings of a supported mail client.");
        break;
    }
    }
    prefixWarnings(r, path);
    return r;
}

} // namespace od
