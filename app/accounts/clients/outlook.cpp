// SPDX-License-Identifier: GPL-3.0-or-later
// Outlook (classic, Windows): the profiles in the registry (Office 15/16, the Windows Messaging
// Subsystem, the older OMI / Internet Account Manager layouts) and .reg exports of them. Read
// only: the wizard shows instructions.
#include "mailclient.h"

#include "accounts/registrysource.h"
#include "clientfiles.h"

namespace od {

namespace {

AccountReaders::Format sniff(const SniffInput &in)
{
    const QString start = in.text.left(200).trimmed();
    if (start.startsWith(QLatin1String("Windows Registry Editor")) || start.startsWith(QLatin1String("REGEDIT4")))
        return AccountReaders::Format::RegExport;
    return AccountReaders::Format::Unknown;
}

ReadResult readFormat(AccountReaders::Format, const QString &path, const QByteArray &data)
{
    ReadResult r = AccountReaders::readOutlookRegFile(data, path);
    ClientFiles::prefixWarnings(r, path);
    return r;
}

// The live registry through the Win32 API (Windows only; elsewhere there is none to read).
// QSettings would hand back Outlook's UTF-16LE binary strings as text with a trailing NUL.
ReadResult readSystem()
{
    const auto registry = openSystemRegistry();
    if (!registry)
        return {};
    return AccountReaders::readOutlookFromRegistry(
        *registry, AccountReaders::findNewOutlookData(qEnvironmentVariable("LOCALAPPDATA")));
}

} // namespace

const ClientDescriptor &outlookClient()
{
    static const ClientDescriptor d = [] {
        ClientDescriptor c;
        c.client = MailClient::Outlook;
        c.id = ClientId::Outlook;
        c.name = QT_TRANSLATE_NOOP("od::ClientInstructions", "Outlook (classic)");
        c.sniff = &sniff;
        c.sniffOrder = 10;
        c.formats = {AccountReaders::Format::RegExport};
        c.readFormat = &readFormat;
        c.readSystem = &readSystem;
        // Outlook (classic, Windows: Microsoft 365, 2021, 2019, 2016)
        // The words of Outlook's "Internet E-mail Settings" dialog (POP and IMAP accounts): "Outgoing
        // mail server (SMTP)", "Email Address", "User Name"; More Settings > Outgoing Server "My
        // outgoing server (SMTP) requires authentication", "Use same settings as my incoming mail
        // server", "Require logon using Secure Password Authentication (SPA)"; Advanced "Outgoing
        // server (SMTP)" (the port) and "Use the following type of encrypted connection" (None,
        // SSL/TLS, STARTTLS), as Microsoft's support article "Change or update email account
        // settings in Outlook for Windows" names them. The translations are not yet taken from
        // Microsoft's localized pages.
        c.terms = {
            {Term::ServerField, QT_TRANSLATE_NOOP3("od::ClientTerms", "Outgoing mail server (SMTP)", "Outlook field")},
            {Term::PortField, QT_TRANSLATE_NOOP3("od::ClientTerms", "Outgoing server (SMTP)", "Outlook field")},
            {Term::SecurityField, QT_TRANSLATE_NOOP3("od::ClientTerms", "Use the following type of encrypted connection", "Outlook field")},
            {Term::AuthField, QT_TRANSLATE_NOOP3("od::ClientTerms", "My outgoing server (SMTP) requires authentication", "Outlook field")},
            {Term::UserField, QT_TRANSLATE_NOOP3("od::ClientTerms", "User Name", "Outlook field")},
            {Term::EmailField, QT_TRANSLATE_NOOP3("od::ClientTerms", "Email Address", "Outlook field")},
            {Term::SecurityNone, QT_TRANSLATE_NOOP3("od::ClientTerms", "None", "Outlook value of Use the following type of encrypted connection")},
            {Term::SecurityStartTls, QT_TRANSLATE_NOOP3("od::ClientTerms", "STARTTLS", "Outlook value of Use the following type of encrypted connection")},
            {Term::SecurityTls, QT_TRANSLATE_NOOP3("od::ClientTerms", "SSL/TLS", "Outlook value of Use the following type of encrypted connection")},
            {Term::AuthNone, QT_TRANSLATE_NOOP3("od::ClientTerms", "Not ticked", "Outlook value of My outgoing server (SMTP) requires authentication")},
            {Term::AuthNormalPassword, QT_TRANSLATE_NOOP3("od::ClientTerms", "Use same settings as my incoming mail server", "Outlook value of My outgoing server (SMTP) requires authentication")},
            {Term::AuthEncryptedPassword, QT_TRANSLATE_NOOP3("od::ClientTerms", "Require logon using Secure Password Authentication (SPA)", "Outlook value of My outgoing server (SMTP) requires authentication")},
            {Term::AuthOAuth2, QT_TRANSLATE_NOOP3("od::ClientTerms", "OAuth2", "Outlook value of My outgoing server (SMTP) requires authentication")},
        };
        c.instructions = {
            {InstructionPath::Login,
             {QT_TRANSLATE_NOOP("od::ClientInstructions", "Click File, then Account Settings, and Account Settings again."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Select the account on the Email tab and click \"Change\"."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Click \"More Settings\" and open the \"Outgoing Server\" tab."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Tick \"My outgoing server (SMTP) requires authentication\" and choose \"Use same settings as my incoming mail server\" (or enter the user name and password below)."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Open the \"Advanced\" tab and set \"Outgoing server (SMTP)\" and \"Use the following type of encrypted connection\" as shown below."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Click OK, then Next, and Done when the test succeeds.")}},
            {InstructionPath::Server,
             {QT_TRANSLATE_NOOP("od::ClientInstructions", "Click File, then Account Settings, and Account Settings again."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Select the account on the Email tab and click \"Change\"."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Replace \"Outgoing mail server (SMTP)\" with the server shown below."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Click \"More Settings\", open the \"Advanced\" tab and set the port and encryption shown below."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Click OK, then Next, and Done when the test succeeds.")}},
            {InstructionPath::PopFirst,
             {QT_TRANSLATE_NOOP("od::ClientInstructions", "Click File, then Account Settings, and Account Settings again."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Select the account on the Email tab and click \"Change\", then \"More Settings\"."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "On the Outgoing Server tab tick \"My outgoing server (SMTP) requires authentication\" and choose \"Log on to incoming mail server before sending mail\"."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Click OK, then Next, and Done.")}},
            {InstructionPath::Sender,
             {QT_TRANSLATE_NOOP("od::ClientInstructions", "Click File, then Account Settings, and Account Settings again."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Select the account on the Email tab and click \"Change\"."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Replace \"Email Address\" with the address shown below. If you use a separate reply address, click \"More Settings\" and correct \"Reply E-mail\" on the General tab."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Click Next and Done.")}},
        };
        return c;
    }();
    return d;
}

} // namespace od
