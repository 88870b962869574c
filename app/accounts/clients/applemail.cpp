// SPDX-License-Identifier: GPL-3.0-or-later
// Apple Mail (macOS): ~/Library/Mail/V*/MailData/Accounts.plist, the newest Mail data version
// only, up to OS X 10.11; since then Internet Accounts' ~/Library/Accounts/Accounts4.sqlite.
// Also configuration profiles (.mobileconfig) and binary property lists. Read only: the
// wizard shows instructions.
#include "mailclient.h"

#include "accounts/appleaccountsdb.h"
#include "clientfiles.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace od {

namespace {

QList<ClientLocation> locations(const UserDirs &dirs)
{
    QList<ClientLocation> l;
    // Current macOS (10.12 and later): Internet Accounts' database. It comes first when it is
    // there, or when macOS keeps the folder closed (a listing comes back empty without Full Disk
    // Access), so the steps to grant access are shown and an old Accounts.plist left behind by
    // an upgrade is not read in its place.
    const QString accounts = dirs.home + QLatin1String("/Library/Accounts");
    const QFileInfo accountsDir(accounts);
    const bool current = QFileInfo::exists(accounts + QLatin1String("/Accounts4.sqlite"))
                         || (accountsDir.isDir() && QDir(accounts).entryList(QDir::AllEntries | QDir::NoDotAndDotDot
                                                                             | QDir::Hidden).isEmpty());
    if (current)
        l.append({accounts, Platform::MacOS});
    const QString mailDir = dirs.home + QLatin1String("/Library/Mail");
    QStringList versions = QDir(mailDir).entryList({QStringLiteral("V*")}, QDir::Dirs, QDir::Name);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) {
        return a.mid(1).toInt() > b.mid(1).toInt(); // newest first
    });
    for (const QString &v : std::as_const(versions))
        l.append({mailDir + u'/' + v + QLatin1String("/MailData/Accounts.plist"), Platform::MacOS});
    l.append({mailDir + QLatin1String("/Accounts.plist"), Platform::MacOS}); // before Mail V2
    if (!current)
        l.append({accounts, Platform::MacOS});
    return l;
}

ReadResult readLocation(const QString &path)
{
    const QFileInfo fi(path);
    if (fi.isDir() && path.endsWith(QLatin1String("/Library/Accounts")))
        return AccountReaders::readAppleMailAccounts(path.chopped(int(qstrlen("/Library/Accounts"))));
    if (!fi.isFile())
        return {};
    return ClientFiles::readWith(&AccountReaders::readApplePlist, path);
}

AccountReaders::Format sniff(const SniffInput &in)
{
    if (in.head.startsWith("bplist") || in.text.contains(QLatin1String("<plist"))
        || in.text.contains(QLatin1String("<!DOCTYPE plist")))
        return AccountReaders::Format::ApplePlist;
    return AccountReaders::Format::Unknown;
}

ReadResult readFormat(AccountReaders::Format, const QString &path, const QByteArray &data)
{
    ReadResult r = AccountReaders::readApplePlist(data, path);
    ClientFiles::prefixWarnings(r, path);
    return r;
}

} // namespace

const ClientDescriptor &appleMailClient()
{
    static const ClientDescriptor d = [] {
        ClientDescriptor c;
        c.client = MailClient::AppleMail;
        c.id = ClientId::AppleMail;
        c.name = QT_TRANSLATE_NOOP("od::ClientInstructions", "Apple Mail");
        c.locations = &locations;
        c.firstLocationOnly = true;
        c.readLocation = &readLocation;
        c.sniff = &sniff;
        c.sniffOrder = 20;
        c.formats = {AccountReaders::Format::ApplePlist};
        c.readFormat = &readFormat;
        // The words of Mail's Server Settings (Outgoing Mail Account): "Host Name", "User Name",
        // "Port", "Use TLS/SSL" (one tick for both STARTTLS and SSL/TLS: Mail picks by the port),
        // "Authentication" (None, Password, MD5 Challenge-Response), as Apple's Mail User Guide
        // ("Change Server Settings preferences in Mail on Mac") names them. German, from Apple's
        // own pages (support.apple.com/de-ch/guide/mail/cpmlprefacctadv, de-de/HT203995,
        // de-li/HT204208): Hostname, Benutzername, Port, Authentifizierung, E-Mail-Adresse,
        // Passwort. Dutch and Swedish, from the rows of support.apple.com/nl-nl/HT203995 and
        // sv-se/HT203995: E-mailadres, Gebruikersnaam, Poort, hostnaam; E-postadress, Användarnamn,
        // Port, värdnamn. The authentication words in nl/sv, all of zh_CN and "Use TLS/SSL" are not
        // yet taken from Apple's pages.
        c.terms = {
            {Term::ServerField, QT_TRANSLATE_NOOP3("od::ClientTerms", "Host Name", "Apple Mail field")},
            {Term::PortField, QT_TRANSLATE_NOOP3("od::ClientTerms", "Port", "Apple Mail field")},
            {Term::SecurityField, QT_TRANSLATE_NOOP3("od::ClientTerms", "Use TLS/SSL", "Apple Mail field")},
            {Term::AuthField, QT_TRANSLATE_NOOP3("od::ClientTerms", "Authentication", "Apple Mail field")},
            {Term::UserField, QT_TRANSLATE_NOOP3("od::ClientTerms", "User Name", "Apple Mail field")},
            {Term::EmailField, QT_TRANSLATE_NOOP3("od::ClientTerms", "Email Address", "Apple Mail field")},
            {Term::SecurityNone, QT_TRANSLATE_NOOP3("od::ClientTerms", "Off", "Apple Mail value of Use TLS/SSL")},
            {Term::SecurityStartTls, QT_TRANSLATE_NOOP3("od::ClientTerms", "On", "Apple Mail value of Use TLS/SSL")},
            {Term::SecurityTls, QT_TRANSLATE_NOOP3("od::ClientTerms", "On", "Apple Mail value of Use TLS/SSL")},
            {Term::AuthNone, QT_TRANSLATE_NOOP3("od::ClientTerms", "None", "Apple Mail value of Authentication")},
            {Term::AuthNormalPassword, QT_TRANSLATE_NOOP3("od::ClientTerms", "Password", "Apple Mail value of Authentication")},
            {Term::AuthEncryptedPassword, QT_TRANSLATE_NOOP3("od::ClientTerms", "MD5 Challenge-Response", "Apple Mail value of Authentication")},
            {Term::AuthOAuth2, QT_TRANSLATE_NOOP3("od::ClientTerms", "OAuth", "Apple Mail value of Authentication")},
        };
        c.instructions = {
            {InstructionPath::Login,
             {QT_TRANSLATE_NOOP("od::ClientInstructions", "Choose Mail > Settings (Preferences on older macOS), then Accounts."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Select the account and open Server Settings."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Under Outgoing Mail Account, untick \"Automatically manage connection settings\"."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Enter the \"User Name\", the password and the \"Port\", and set \"Use TLS/SSL\" and \"Authentication\" as shown below."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Click Save.")}},
            {InstructionPath::Server,
             {QT_TRANSLATE_NOOP("od::ClientInstructions", "Choose Mail > Settings (Preferences on older macOS), then Accounts, and select the account."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Open Server Settings, open the Outgoing Mail Account menu and choose \"Edit SMTP Server List\"."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Add the server shown below with its port, encryption and login, then click OK."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Choose the new server as Outgoing Mail Account and click Save.")}},
            {InstructionPath::PopFirst,
             {QT_TRANSLATE_NOOP("od::ClientInstructions", "Apple Mail has no setting to check incoming mail before sending."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Click Get Mail (the envelope) first, then send within a few minutes."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "If that is not reliable, ask your provider for a login for the outgoing server instead.")}},
            {InstructionPath::Sender,
             {QT_TRANSLATE_NOOP("od::ClientInstructions", "Choose Mail > Settings (Preferences on older macOS), then Accounts, and select the account."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "On Account Information, open the Email Address menu, choose \"Edit Email Addresses\" and add the address shown below."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Choose it as the account's address.")}},
        };
        return c;
    }();
    return d;
}

} // namespace od
