// SPDX-License-Identifier: GPL-3.0-or-later
// KMail (also inside Kontact): mailtransports (SMTP servers) and emailidentities (From,
// reply-to) in the KDE config folder; writable, both files changed as one.
#include "mailclient.h"

#include "clientfiles.h"

#include <QFileInfo>

namespace od {

namespace {

QList<ClientLocation> locations(const UserDirs &dirs)
{
    return {
        {dirs.xdgConfig, Platform::Linux},
        {dirs.home + QLatin1String("/.kde/share/config"), Platform::Linux},  // KDE 4
        {dirs.home + QLatin1String("/.kde4/share/config"), Platform::Linux}, // KDE 4 (some distributions)
    };
}

ReadResult readPair(const QString &transportsPath, const QString &identitiesPath)
{
    ReadResult r;
    QByteArray td, id;
    Phrase error;
    const bool haveT = !transportsPath.isEmpty() && QFileInfo::exists(transportsPath)
                       && ClientFiles::readBytes(transportsPath, &td, &error);
    if (!error.isEmpty())
        r.warnings.append(error);
    error = Phrase();
    const bool haveI = !identitiesPath.isEmpty() && QFileInfo::exists(identitiesPath)
                       && ClientFiles::readBytes(identitiesPath, &id, &error);
    if (!error.isEmpty())
        r.warnings.append(error);
    if (!haveT && !haveI)
        return r;
    ReadResult kr = AccountReaders::readKMail(td, haveT ? transportsPath : QString(), id,
                                              haveI ? identitiesPath : QString());
    ClientFiles::prefixWarnings(kr, haveT ? transportsPath : identitiesPath);
    r.append(kr);
    return r;
}

ReadResult readLocation(const QString &dir)
{
    return readPair(dir + QLatin1String("/mailtransports"), dir + QLatin1String("/emailidentities"));
}

ReadResult readDirectory(const QString &dir, bool *recognised)
{
    *recognised = QFileInfo::exists(dir + QLatin1String("/mailtransports"))
                  || QFileInfo::exists(dir + QLatin1String("/emailidentities"));
    return *recognised ? readLocation(dir) : ReadResult();
}

AccountReaders::Format sniff(const SniffInput &in)
{
    if (in.text.contains(QLatin1String("[Transport ")))
        return AccountReaders::Format::KMailTransports;
    if (in.text.contains(QLatin1String("[Identity #")))
        return AccountReaders::Format::KMailIdentities;
    return AccountReaders::Format::Unknown;
}

ReadResult readFormat(AccountReaders::Format format, const QString &path, const QByteArray &data)
{
    // The other file of the pair, when it sits beside this one under its usual name.
    const QFileInfo fi(path);
    const bool transports = format == AccountReaders::Format::KMailTransports;
    const QString other = fi.absolutePath()
                          + (transports ? QLatin1String("/emailidentities") : QLatin1String("/mailtransports"));
    QByteArray od;
    Phrase oe;
    const bool haveOther = QFileInfo(other).isFile() && other != fi.absoluteFilePath()
                           && ClientFiles::readBytes(other, &od, &oe);
    ReadResult r = transports ? AccountReaders::readKMail(data, path, haveOther ? od : QByteArray(),
                                                          haveOther ? other : QString())
                              : AccountReaders::readKMail(haveOther ? od : QByteArray(),
                                                          haveOther ? other : QString(), data, path);
    ClientFiles::prefixWarnings(r, path);
    return r;
}

QList<WriteTarget> writeTargets(const MailAccount &account, const AccountChange &change)
{
    QList<WriteTarget> t;
    if (change.host || change.port || change.security || change.auth || change.user)
        t.append({account.source, &AccountWriter::transformKMailTransports});
    if (change.from || change.replyTo)
        t.append({account.identitySource, &AccountWriter::transformKMailIdentities});
    return t;
}

Phrase validateChange(const MailAccount &account, const AccountChange &change)
{
    if ((change.from || change.replyTo) && account.identitySource.isEmpty())
        return accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "The KMail identities file was not found."));
    return {};
}

bool ownsFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    return name == QLatin1String("mailtransports") || name == QLatin1String("emailidentities");
}

} // namespace

const ClientDescriptor &kmailClient()
{
    static const ClientDescriptor d = [] {
        ClientDescriptor c;
        c.client = MailClient::KMail;
        c.id = ClientId::KMail;
        c.name = "KMail";
        c.locations = &locations;
        c.readLocation = &readLocation;
        c.readDirectory = &readDirectory;
        c.sniff = &sniff;
        c.sniffOrder = 50;
        c.formats = {AccountReaders::Format::KMailTransports, AccountReaders::Format::KMailIdentities};
        c.readFormat = &readFormat;
        c.writeTargets = &writeTargets;
        c.hasReplyTo = true;
        c.validateChange = &validateChange;
        c.ownsFile = &ownsFile;
        // Every KDE PIM process that loads the transports or identities and may write them
        // back: KMail, Kontact (KMail as a part), the account wizard, and the Akonadi server
        // with its agents and resources (akonadi_maildispatcher_agent, akonadi_imap_resource, …;
        // /proc cuts their names to 15 bytes, hence the prefix).
        c.processes = {QStringLiteral("kmail"), QStringLiteral("kontact"), QStringLiteral("accountwizard"),
                       QStringLiteral("akonadiserver"), QStringLiteral("akonadi_*")};
        c.runningMessage = QT_TRANSLATE_NOOP("od::Accounts", "KMail or another KDE PIM program is running "
                                                             "(process %1). Close KMail and Kontact and stop "
                                                             "Akonadi (akonadictl stop), then try again: "
                                                             "otherwise they would write their old settings "
                                                             "back.");
        c.closeBeforeWriting = true;
        // The words of KMail's SMTP transport dialog: KDE/kmailtransport
        // src/kmailtransport/plugins/smtp/smtpsettings.ui ("Outgoing &mail server:", "&Port:",
        // "Encryption:" with "&None", "&SSL/TLS", "START&TLS", "Authentication:", "&Login:",
        // "Server &requires authentication") and Transport::authenticationTypeString() (PLAIN,
        // CRAM-MD5, XOAUTH2, which are not translated); the identity's "&Email address:" from
        // KDE/kmail src/identity/identitydialog.cpp. Translated in KDE/kmailtransport
        // po/<lang>/libmailtransport6.po (commit 018bff193419a8ac650b8fe2bb45aa87c7511ca9) and
        // KDE/kmail po/<lang>/kmail.po (commit 0010810d593965de8025c4338b3a8ae612421339). de:
        // "Ausgehender Mailserver", Port, Verschlüsselung, Authentifizierung, Benutzer, Keine,
        // E-Mail-Adresse, "Server erfordert Authentifizierung"; nl: "Uitgaande mailserver",
        // Poort, Versleuteling, Authenticatie, Gebruikersnaam, Geen, E-mailadres; sv: "Server för
        // utgående brev", Port, Kryptering, Behörighetskontroll, Användarnamn, Ingen,
        // E-postadress; zh_CN: 外发邮件服务器, 端口, 加密, 验证方式, 登录名, 无, 电子邮件地址.
        c.terms = {
            {Term::ServerField, QT_TRANSLATE_NOOP3("od::ClientTerms", "Outgoing mail server", "KMail field")},
            {Term::PortField, QT_TRANSLATE_NOOP3("od::ClientTerms", "Port", "KMail field")},
            {Term::SecurityField, QT_TRANSLATE_NOOP3("od::ClientTerms", "Encryption", "KMail field")},
            {Term::AuthField, QT_TRANSLATE_NOOP3("od::ClientTerms", "Authentication", "KMail field")},
            {Term::UserField, QT_TRANSLATE_NOOP3("od::ClientTerms", "Login", "KMail field")},
            {Term::EmailField, QT_TRANSLATE_NOOP3("od::ClientTerms", "Email address", "KMail field")},
            {Term::SecurityNone, QT_TRANSLATE_NOOP3("od::ClientTerms", "None", "KMail value of Encryption")},
            {Term::SecurityStartTls, QT_TRANSLATE_NOOP3("od::ClientTerms", "STARTTLS", "KMail value of Encryption")},
            {Term::SecurityTls, QT_TRANSLATE_NOOP3("od::ClientTerms", "SSL/TLS", "KMail value of Encryption")},
            {Term::AuthNone, QT_TRANSLATE_NOOP3("od::ClientTerms", "None (untick \"Server requires authentication\")", "KMail value of Authentication")},
            {Term::AuthNormalPassword, QT_TRANSLATE_NOOP3("od::ClientTerms", "PLAIN", "KMail value of Authentication")},
            {Term::AuthEncryptedPassword, QT_TRANSLATE_NOOP3("od::ClientTerms", "CRAM-MD5", "KMail value of Authentication")},
            {Term::AuthOAuth2, QT_TRANSLATE_NOOP3("od::ClientTerms", "XOAUTH2", "KMail value of Authentication")},
        };
        c.instructions = {
            {InstructionPath::Login,
             {QT_TRANSLATE_NOOP("od::ClientInstructions", "Choose Settings > Configure KMail, then Accounts, and the Sending tab."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Select the outgoing account and click \"Modify\"."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "On the General tab tick \"Server requires authentication\" and enter the login and password."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "On the Advanced tab set \"Encryption\", \"Port\" and \"Authentication\" as shown below."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Click OK.")}},
            {InstructionPath::Server,
             {QT_TRANSLATE_NOOP("od::ClientInstructions", "Choose Settings > Configure KMail, then Accounts, and the Sending tab."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Click \"Add\", choose SMTP Server, and enter the server, port and encryption shown below."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Select it and click Set Default, or choose it in the identity's Advanced settings.")}},
            {InstructionPath::PopFirst,
             {QT_TRANSLATE_NOOP("od::ClientInstructions", "KMail has no setting to check incoming mail before sending."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Click Check Mail first, then send within a few minutes."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "If that is not reliable, ask your provider for a login for the outgoing server instead.")}},
            {InstructionPath::Sender,
             {QT_TRANSLATE_NOOP("od::ClientInstructions", "Choose Settings > Configure KMail, then Accounts, and the Identities tab."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Select the identity and click \"Modify\"."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Replace \"Email address\" with the address shown below; correct the reply-to address on the Advanced tab if you use one."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Click OK.")}},
        };
        return c;
    }();
    return d;
}

} // namespace od
