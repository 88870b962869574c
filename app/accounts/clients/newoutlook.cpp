// SPDX-License-Identifier: GPL-3.0-or-later
// New Outlook for Windows and the Windows Mail app: their settings are in the cloud or in a
// store Outlook Doctor does not read; only the click-by-click instructions.
#include "mailclient.h"

namespace od {

const ClientDescriptor &newOutlookClient()
{
    static const ClientDescriptor d = [] {
        ClientDescriptor c;
        c.client = MailClient::NewOutlook;
        c.id = QLatin1String("new-outlook");
        c.name = QT_TRANSLATE_NOOP("od::ClientInstructions", "New Outlook / Windows Mail");
        // The words of the new Outlook's IMAP/POP advanced setup ("SMTP server", "Port", "Secure
        // connection type", "SMTP username") and Windows Mail's advanced mailbox settings
        // ("Outgoing server requires authentication"), as Microsoft's support articles name them.
        // The translations are not yet taken from Microsoft's localized pages.
        c.terms = {
            {Term::ServerField, QT_TRANSLATE_NOOP3("od::ClientTerms", "SMTP server", "New Outlook field")},
            {Term::PortField, QT_TRANSLATE_NOOP3("od::ClientTerms", "Port", "New Outlook field")},
            {Term::SecurityField, QT_TRANSLATE_NOOP3("od::ClientTerms", "Secure connection type", "New Outlook field")},
            {Term::AuthField, QT_TRANSLATE_NOOP3("od::ClientTerms", "Outgoing server requires authentication", "New Outlook field")},
            {Term::UserField, QT_TRANSLATE_NOOP3("od::ClientTerms", "SMTP username", "New Outlook field")},
            {Term::EmailField, QT_TRANSLATE_NOOP3("od::ClientTerms", "Email address", "New Outlook field")},
            {Term::SecurityNone, QT_TRANSLATE_NOOP3("od::ClientTerms", "None", "New Outlook value of Secure connection type")},
            {Term::SecurityStartTls, QT_TRANSLATE_NOOP3("od::ClientTerms", "STARTTLS", "New Outlook value of Secure connection type")},
            {Term::SecurityTls, QT_TRANSLATE_NOOP3("od::ClientTerms", "SSL/TLS", "New Outlook value of Secure connection type")},
            {Term::AuthNone, QT_TRANSLATE_NOOP3("od::ClientTerms", "Off", "New Outlook value of Outgoing server requires authentication")},
            {Term::AuthNormalPassword, QT_TRANSLATE_NOOP3("od::ClientTerms", "On", "New Outlook value of Outgoing server requires authentication")},
            {Term::AuthEncryptedPassword, QT_TRANSLATE_NOOP3("od::ClientTerms", "On", "New Outlook value of Outgoing server requires authentication")},
            {Term::AuthOAuth2, QT_TRANSLATE_NOOP3("od::ClientTerms", "OAuth2", "New Outlook value of Outgoing server requires authentication")},
        };
        c.instructions = {
            {InstructionPath::Login,
             {QT_TRANSLATE_NOOP("od::ClientInstructions", "Open Settings (the gear icon), then Accounts, then Email accounts."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Click Manage next to the account (Windows Mail: Manage accounts, the account, then \"Change mailbox sync settings\" and \"Advanced mailbox settings\")."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Turn on \"Outgoing server requires authentication\" and \"Use the same user name and password for sending email\"."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Enter the outgoing server with its port as shown below (for example server:587) and turn on \"Require SSL for outgoing email\"."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Save, and send yourself a test message.")}},
            {InstructionPath::Server,
             {QT_TRANSLATE_NOOP("od::ClientInstructions", "Open Settings (the gear icon), then Accounts, then Email accounts, and click Manage next to the account."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Open the advanced mailbox settings and replace the outgoing (SMTP) email server with the one shown below."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Save, and send yourself a test message.")}},
            {InstructionPath::PopFirst,
             {QT_TRANSLATE_NOOP("od::ClientInstructions", "This program has no setting to check incoming mail before sending."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Click \"Sync\" (or Send/Receive) to fetch your mail, then send within a few minutes."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "If that is not reliable, ask your provider for a login for the outgoing server instead.")}},
            {InstructionPath::Sender,
             {QT_TRANSLATE_NOOP("od::ClientInstructions", "Open Settings (the gear icon), then Accounts, then Email accounts."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Remove the account and add it again with the e-mail address shown below: these programs do not let you change the address of an account."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Send yourself a test message.")}},
        };
        return c;
    }();
    return d;
}

} // namespace od
