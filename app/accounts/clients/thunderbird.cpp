// SPDX-License-Identifier: GPL-3.0-or-later
// Thunderbird (also Betterbird, Icedove, the Flatpak and Snap packages): profiles.ini and each
// profile's prefs.js; writable (prefs.js), refused while the profile is locked.
#include "mailclient.h"

#include "accounts/configtext.h"
#include "clientfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace od {

namespace {

QList<ClientLocation> locations(const UserDirs &dirs)
{
    const QString &h = dirs.home;
    return {
        {h + QLatin1String("/.thunderbird"), Platform::Linux},
        {h + QLatin1String("/.var/app/org.mozilla.Thunderbird/.thunderbird"), Platform::Linux}, // Flatpak
        {h + QLatin1String("/snap/thunderbird/common/.thunderbird"), Platform::Linux},           // Snap
        {h + QLatin1String("/.icedove"), Platform::Linux},                                       // old Debian
        {h + QLatin1String("/.mozilla-thunderbird"), Platform::Linux},
        {h + QLatin1String("/Library/Thunderbird"), Platform::MacOS},
        {dirs.appData + QLatin1String("/Thunderbird"), Platform::Windows},
    };
}

ReadResult readRoot(const QString &root)
{
    ReadResult all;
    const QString ini = root + QLatin1String("/profiles.ini");
    QByteArray data;
    Phrase error;
    if (!ClientFiles::readBytes(ini, &data, &error)) {
        all.warnings.append(error);
        return all;
    }
    QList<Phrase> warnings;
    const QList<AccountReaders::ThunderbirdProfile> profiles =
        AccountReaders::parseProfilesIni(data, root, &warnings);
    for (const Phrase &w : std::as_const(warnings))
        all.warnings.append(aboutFile(ini, w));
    for (const AccountReaders::ThunderbirdProfile &p : profiles) {
        const QString prefs = p.path + QLatin1String("/prefs.js");
        if (!QFileInfo::exists(prefs))
            continue; // profiles that were never opened have no prefs.js
        QByteArray pd;
        if (!ClientFiles::readBytes(prefs, &pd, &error)) {
            all.warnings.append(error);
            continue;
        }
        ReadResult r = AccountReaders::readThunderbirdPrefs(pd, prefs);
        if (!p.isDefault) {
            for (MailAccount &a : r.accounts)
                a.isDefault = false;
        }
        ClientFiles::prefixWarnings(r, prefs);
        all.append(r);
    }
    return all;
}

ReadResult readLocation(const QString &root)
{
    if (!QFileInfo::exists(root + QLatin1String("/profiles.ini")))
        return {};
    return readRoot(root);
}

ReadResult readDirectory(const QString &dir, bool *recognised)
{
    *recognised = true;
    if (QFileInfo::exists(dir + QLatin1String("/profiles.ini")))
        return readRoot(dir);
    const QString prefs = dir + QLatin1String("/prefs.js");
    if (QFileInfo::exists(prefs))
        return ClientFiles::readWith(&AccountReaders::readThunderbirdPrefs, prefs);
    *recognised = false;
    return {};
}

AccountReaders::Format sniff(const SniffInput &in)
{
    using AccountReaders::Format;
    if (in.text.contains(QLatin1String("user_pref(")) || in.fileName == QLatin1String("prefs.js"))
        return Format::ThunderbirdPrefs;
    static const QRegularExpression profileGroup(QStringLiteral("^\\[(Profile\\d+|Install[0-9A-F]+)\\]"),
                                                 QRegularExpression::MultilineOption);
    if (profileGroup.match(in.text).hasMatch())
        return Format::ThunderbirdProfiles;
    return Format::Unknown;
}

ReadResult readFormat(AccountReaders::Format format, const QString &path, const QByteArray &data)
{
    if (format == AccountReaders::Format::ThunderbirdProfiles)
        return readRoot(QFileInfo(path).absolutePath());
    ReadResult r = AccountReaders::readThunderbirdPrefs(data, path);
    ClientFiles::prefixWarnings(r, path);
    return r;
}

QList<WriteTarget> writeTargets(const MailAccount &account, const AccountChange &)
{
    return {{account.source, &AccountWriter::transformThunderbirdPrefs}};
}

bool ownsFile(const QString &path)
{
    return QFileInfo(path).fileName() == QLatin1String("prefs.js");
}

#ifdef Q_OS_UNIX
bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}
#endif

// A live `lock` symlink / locked `.parentlock` (Linux, macOS) or a held `parent.lock`
// (Windows) in the profile directory.
Phrase lockReason(const MailAccount &account)
{
    const QString dir = QFileInfo(account.source).absolutePath();
    const Phrase busy = accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "Thunderbird is running with this profile. Close Thunderbird "
                                      "and try again."));
#ifdef Q_OS_UNIX
    // `lock` is a symlink to "<ip>:+<pid>" while Thunderbird runs (Linux); stale after a crash.
    const QFileInfo lock(dir + QLatin1String("/lock"));
    if (lock.isSymLink()) {
        const QByteArray raw = QFile::encodeName(lock.filePath());
        char buf[256];
        const ssize_t n = ::readlink(raw.constData(), buf, sizeof buf - 1);
        const QString link = n > 0 ? QString::fromLocal8Bit(buf, int(n)) : QString();
        const qsizetype plus = link.lastIndexOf(u'+');
        bool ok = false;
        const qint64 pid = plus >= 0 ? link.mid(plus + 1).toLongLong(&ok) : 0;
        if (!ok || processAlive(pid))
            return busy;
    }
    // `.parentlock`: Thunderbird holds a POSIX lock on it while running (macOS, Linux).
    const QString parentLock = dir + QLatin1String("/.parentlock");
    if (QFileInfo::exists(parentLock)) {
        const int fd = ::open(QFile::encodeName(parentLock).constData(), O_RDONLY | O_CLOEXEC);
        if (fd >= 0) {
            struct flock fl = {};
            fl.l_type = F_WRLCK;
            fl.l_whence = SEEK_SET;
            const bool held = ::fcntl(fd, F_GETLK, &fl) == 0 && fl.l_type != F_UNLCK;
            ::close(fd);
            if (held)
                return busy;
        }
    }
#endif
    // Windows: `parent.lock` is opened exclusively while Thunderbird runs.
    const QString winLock = dir + QLatin1String("/parent.lock");
    if (QFileInfo::exists(winLock)) {
#ifdef Q_OS_WIN
        QFile f(winLock);
        if (!f.open(QIODevice::ReadWrite))
            return busy;
#endif
    }
    return {};
}

} // namespace

const ClientDescriptor &thunderbirdClient()
{
    static const ClientDescriptor d = [] {
        ClientDescriptor c;
        c.client = MailClient::Thunderbird;
        c.id = ClientId::Thunderbird;
        c.name = "Thunderbird";
        c.locations = &locations;
        c.readLocation = &readLocation;
        c.readDirectory = &readDirectory;
        c.sniff = &sniff;
        c.sniffOrder = 30;
        c.formats = {AccountReaders::Format::ThunderbirdPrefs, AccountReaders::Format::ThunderbirdProfiles};
        c.readFormat = &readFormat;
        c.writeTargets = &writeTargets;
        c.hasReplyTo = true;
        c.smtpChangeNeedsRef = false; // Netscape-era identities hold the server themselves
        c.ownsFile = &ownsFile;
        // Process names: the binary (thunderbird; thunderbird-bin behind older wrapper scripts),
        // Betterbird's, and Debian's old rebranding. The profile lock catches the rest.
        c.processes = {QStringLiteral("thunderbird"), QStringLiteral("thunderbird-bin"),
                       QStringLiteral("betterbird"), QStringLiteral("betterbird-bin"), QStringLiteral("icedove")};
        c.runningMessage = QT_TRANSLATE_NOOP("od::Accounts", "Thunderbird is running (process %1). Close "
                                                             "Thunderbird and try again: it writes its "
                                                             "settings back when it closes.");
        c.lockReason = &lockReason;
        c.closeBeforeWriting = true;
        // The words of Thunderbird's "Outgoing Server (SMTP)" dialog and account settings, from its
        // catalogues: en-US in comm-central mail/locales/en-US/chrome/messenger/; the others in
        // thunderbird/thunderbird-l10n <lang>/mail/chrome/messenger/: smtpEditOverlay.dtd
        // (serverName, serverPort, connectionSecurity, connectionSecurityType-0/2/3, authMethod,
        // userName), messenger.properties (authNo, authPasswordCleartextViaSSL,
        // authPasswordEncrypted, authOAuth2), am-main.dtd (email). de: Server, Port,
        // Verbindungssicherheit, Authentifizierungsmethode, Benutzername, Keine, "Passwort,
        // normal", "Verschlüsseltes Passwort", "Keine Authentifizierung"; nl: Servernaam, Poort,
        // Verbindingsbeveiliging, Authenticatiemethode, Gebruikersnaam, Geen, "Normaal
        // wachtwoord", "Versleuteld wachtwoord"; sv: Server, Port, Anslutningssäkerhet,
        // Autentiseringmetod (sic), Användarnamn, Ingen, Lösenord, "Krypterat lösenord"; zh_CN:
        // 服务器名称, 端口, 连接安全, 验证方式, 用户名, 无, 普通密码, 加密的密码, 无须验证. The
        // identity's email.label: E-Mail-Adresse, E-mailadres, E-postadress, 电子邮件 (zh_CN has no
        // "地址").
        c.terms = {
            {Term::ServerField, QT_TRANSLATE_NOOP3("od::ClientTerms", "Server Name", "Thunderbird field")},
            {Term::PortField, QT_TRANSLATE_NOOP3("od::ClientTerms", "Port", "Thunderbird field")},
            {Term::SecurityField, QT_TRANSLATE_NOOP3("od::ClientTerms", "Connection security", "Thunderbird field")},
            {Term::AuthField, QT_TRANSLATE_NOOP3("od::ClientTerms", "Authentication method", "Thunderbird field")},
            {Term::UserField, QT_TRANSLATE_NOOP3("od::ClientTerms", "User Name", "Thunderbird field")},
            {Term::EmailField, QT_TRANSLATE_NOOP3("od::ClientTerms", "Email Address", "Thunderbird field")},
            {Term::SecurityNone, QT_TRANSLATE_NOOP3("od::ClientTerms", "None", "Thunderbird value of Connection security")},
            {Term::SecurityStartTls, QT_TRANSLATE_NOOP3("od::ClientTerms", "STARTTLS", "Thunderbird value of Connection security")},
            {Term::SecurityTls, QT_TRANSLATE_NOOP3("od::ClientTerms", "SSL/TLS", "Thunderbird value of Connection security")},
            {Term::AuthNone, QT_TRANSLATE_NOOP3("od::ClientTerms", "No authentication", "Thunderbird value of Authentication method")},
            {Term::AuthNormalPassword, QT_TRANSLATE_NOOP3("od::ClientTerms", "Normal password", "Thunderbird value of Authentication method")},
            {Term::AuthEncryptedPassword, QT_TRANSLATE_NOOP3("od::ClientTerms", "Encrypted password", "Thunderbird value of Authentication method")},
            {Term::AuthOAuth2, QT_TRANSLATE_NOOP3("od::ClientTerms", "OAuth2", "Thunderbird value of Authentication method")},
        };
        c.instructions = {
            {InstructionPath::Login,
             {QT_TRANSLATE_NOOP("od::ClientInstructions", "Open the ≡ menu and choose Account Settings."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Click \"Outgoing Server (SMTP)\" at the bottom of the list on the left."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Select the server the account uses and click \"Edit\"."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Set \"Port\", \"Connection security\" and \"Authentication method\" as shown below, and enter the \"User Name\"."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Click OK. Thunderbird asks for the password the next time you send.")}},
            {InstructionPath::Server,
             {QT_TRANSLATE_NOOP("od::ClientInstructions", "Open the ≡ menu and choose Account Settings."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Click \"Outgoing Server (SMTP)\" at the bottom of the list on the left, then \"Add\"."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Enter the \"Server Name\", \"Port\" and \"Connection security\" shown below and click OK."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Click the account's name in the list and choose the new server under \"Outgoing Server (SMTP)\".")}},
            {InstructionPath::PopFirst,
             {QT_TRANSLATE_NOOP("od::ClientInstructions", "Thunderbird has no setting to check incoming mail before sending."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Click Get Messages first, then send within a few minutes."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "If that is not reliable, ask your provider for a login for the outgoing server instead.")}},
            {InstructionPath::Sender,
             {QT_TRANSLATE_NOOP("od::ClientInstructions", "Open the ≡ menu and choose Account Settings."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Click the account's name in the list on the left."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Replace \"Email Address\" with the address shown below; correct \"Reply-to Address\" too if you use one."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Close the settings tab.")}},
        };
        return c;
    }();
    return d;
}

} // namespace od
