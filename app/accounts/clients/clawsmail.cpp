// SPDX-License-Identifier: GPL-3.0-or-later
// Claws Mail: accountrc. Read only: the wizard shows Claws Mail's own click-by-click
// instructions.
#include "mailclient.h"

#include "clientfiles.h"

#include <QFileInfo>

namespace od {

namespace {

QList<ClientLocation> locations(const UserDirs &dirs)
{
    return {
        {dirs.home + QLatin1String("/.claws-mail/accountrc"), Platform::Linux},
        {dirs.xdgConfig + QLatin1String("/claws-mail/accountrc"), Platform::Linux},
    };
}

ReadResult readLocation(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return {};
    return ClientFiles::readWith(&AccountReaders::readClawsAccountrc, path);
}

AccountReaders::Format sniff(const SniffInput &in)
{
    return in.text.contains(QLatin1String("[Account: ")) ? AccountReaders::Format::ClawsAccountrc
                                                         : AccountReaders::Format::Unknown;
}

ReadResult readFormat(AccountReaders::Format, const QString &path, const QByteArray &data)
{
    ReadResult r = AccountReaders::readClawsAccountrc(data, path);
    ClientFiles::prefixWarnings(r, path);
    return r;
}

} // namespace

const ClientDescriptor &clawsMailClient()
{
    static const ClientDescriptor d = [] {
        ClientDescriptor c;
        c.client = MailClient::ClawsMail;
        c.id = ClientId::ClawsMail;
        c.name = "Claws Mail";
        c.locations = &locations;
        c.readLocation = &readLocation;
        c.sniff = &sniff;
        c.sniffOrder = 40;
        c.formats = {AccountReaders::Format::ClawsAccountrc};
        c.readFormat = &readFormat;
        // The words of Claws Mail's account preferences (Configuration > Edit accounts > Edit),
        // from its src/prefs_account.c as its 4.2.0 catalogue holds them (po/claws-mail.pot and
        // po/<lang>.po of the Debian source, deepin-community/claws-mail commit
        // ccfbb458ea4120079bbf911c3e566e4b00b63e3b): Basic page "SMTP server (send)", "Mail
        // address"; Send page "SMTP Authentication (SMTP AUTH)", "Authentication method" (PLAIN,
        // LOGIN, CRAM-MD5 and OAuth2 are menu items Claws Mail does not translate), "User ID",
        // "Authenticate with POP before sending"; TLS page (SSL/TLS before 4.0) "Send (SMTP)" with
        // "Don't use TLS", "Use TLS", "Use STARTTLS command to start encrypted session"; Advanced
        // page "SMTP port". The pages are named as the manual (manual/account.xml) names them.
        // de: "SMTP-Server (Senden)", "E-Mail-Adresse", "Authentifizierungsverfahren",
        // "Benutzer-ID", "Senden (SMTP)", "SMTP-Port", "Mittels STARTTLS-Befehl eine
        // verschlüsselte Sitzung einleiten"; "Don't use TLS" and "Use TLS" are fuzzy in de.po, so
        // German Claws Mail shows them in English. zh_CN: Claws Mail 4 has no Chinese catalogue.
        c.terms = {
            {Term::ServerField, QT_TRANSLATE_NOOP3("od::ClientTerms", "SMTP server (send)", "Claws Mail field")},
            {Term::PortField, QT_TRANSLATE_NOOP3("od::ClientTerms", "SMTP port", "Claws Mail field")},
            {Term::SecurityField, QT_TRANSLATE_NOOP3("od::ClientTerms", "Send (SMTP)", "Claws Mail field on the TLS page")},
            {Term::AuthField, QT_TRANSLATE_NOOP3("od::ClientTerms", "Authentication method", "Claws Mail field")},
            {Term::UserField, QT_TRANSLATE_NOOP3("od::ClientTerms", "User ID", "Claws Mail field")},
            {Term::EmailField, QT_TRANSLATE_NOOP3("od::ClientTerms", "Mail address", "Claws Mail field")},
            {Term::SecurityNone, QT_TRANSLATE_NOOP3("od::ClientTerms", "Don't use TLS", "Claws Mail value of Send (SMTP)")},
            {Term::SecurityStartTls, QT_TRANSLATE_NOOP3("od::ClientTerms", "Use STARTTLS command to start encrypted session", "Claws Mail value of Send (SMTP)")},
            {Term::SecurityTls, QT_TRANSLATE_NOOP3("od::ClientTerms", "Use TLS", "Claws Mail value of Send (SMTP)")},
            {Term::AuthNone, QT_TRANSLATE_NOOP3("od::ClientTerms", "None (untick \"SMTP Authentication (SMTP AUTH)\")", "Claws Mail value of Authentication method")},
            {Term::AuthNormalPassword, QT_TRANSLATE_NOOP3("od::ClientTerms", "PLAIN", "Claws Mail value of Authentication method")},
            {Term::AuthEncryptedPassword, QT_TRANSLATE_NOOP3("od::ClientTerms", "CRAM-MD5", "Claws Mail value of Authentication method")},
            {Term::AuthOAuth2, QT_TRANSLATE_NOOP3("od::ClientTerms", "OAuth2", "Claws Mail value of Authentication method")},
        };
        c.instructions = {
            {InstructionPath::Login,
             {QT_TRANSLATE_NOOP("od::ClientInstructions", "Choose Configuration > Edit accounts, select the account and click \"Edit\"."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "On the Send page tick \"SMTP Authentication (SMTP AUTH)\", choose the \"Authentication method\" shown below and enter the \"User ID\" and password."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "On the TLS page (SSL/TLS in older versions), under \"Send (SMTP)\", choose the option shown below."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "On the Advanced page tick \"SMTP port\" and enter the port shown below."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Click OK.")}},
            {InstructionPath::Server,
             {QT_TRANSLATE_NOOP("od::ClientInstructions", "Choose Configuration > Edit accounts, select the account and click \"Edit\"."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "On the Basic page replace \"SMTP server (send)\" with the server shown below."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Set the port on the Advanced page (\"SMTP port\") and the encryption on the TLS page (\"Send (SMTP)\") as shown below."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Click OK.")}},
            {InstructionPath::PopFirst,
             {QT_TRANSLATE_NOOP("od::ClientInstructions", "Choose Configuration > Edit accounts, select the account and click \"Edit\"."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "On the Send page tick \"Authenticate with POP before sending\"."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Click OK.")}},
            {InstructionPath::Sender,
             {QT_TRANSLATE_NOOP("od::ClientInstructions", "Choose Configuration > Edit accounts, select the account and click \"Edit\"."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "On the Basic page replace \"Mail address\" with the address shown below; correct the Reply-To address on the Compose page too if you set one."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Click OK.")}},
        };
        return c;
    }();
    return d;
}

} // namespace od
