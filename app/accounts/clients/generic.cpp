// SPDX-License-Identifier: GPL-3.0-or-later
// The instructions that fit any mail program (for the ones without their own).
#include "mailclient.h"

namespace od::MailClients {

const QList<InstructionSteps> &genericInstructions()
{
    static const QList<InstructionSteps> steps = [] {
        struct { QList<InstructionSteps> instructions; } d;
        d.instructions = {
            {InstructionPath::Login,
             {QT_TRANSLATE_NOOP("od::ClientInstructions", "Open your mail program's account settings and find the outgoing (SMTP) server."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Turn on \"authentication\" (also called \"My server requires login\") and enter the user name and password shown below."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Set the port and the encryption (STARTTLS or SSL/TLS) shown below."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Save and send yourself a test message.")}},
            {InstructionPath::Server,
             {QT_TRANSLATE_NOOP("od::ClientInstructions", "Open your mail program's account settings and find the outgoing (SMTP) server."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Replace it with the server shown below, with its port and encryption."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Save and send yourself a test message.")}},
            {InstructionPath::PopFirst,
             {QT_TRANSLATE_NOOP("od::ClientInstructions", "Look for a setting called \"POP before SMTP\" or \"Check mail before sending\" in the outgoing server settings and turn it on."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Without such a setting, fetch your mail first and send within a few minutes."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Ask your provider for a login for the outgoing server if this is not reliable.")}},
            {InstructionPath::Sender,
             {QT_TRANSLATE_NOOP("od::ClientInstructions", "Open your mail program's account or identity settings."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Replace the e-mail (From) address with the one shown below; correct the reply-to address too if you use one."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Save and send yourself a test message.")}},
        };
        return d.instructions;
    }();
    return steps;
}

const ClientTerms &genericTerms()
{
    // Plain words for a program we do not know; the values name the protocols' own terms too.
    static const ClientTerms terms = {
        {Term::ServerField, QT_TRANSLATE_NOOP3("od::ClientTerms", "Outgoing server", "generic field")},
        {Term::PortField, QT_TRANSLATE_NOOP3("od::ClientTerms", "Port", "generic field")},
        {Term::SecurityField, QT_TRANSLATE_NOOP3("od::ClientTerms", "Encryption", "generic field")},
        {Term::AuthField, QT_TRANSLATE_NOOP3("od::ClientTerms", "Authentication", "generic field")},
        {Term::UserField, QT_TRANSLATE_NOOP3("od::ClientTerms", "User name", "generic field")},
        {Term::EmailField, QT_TRANSLATE_NOOP3("od::ClientTerms", "E-mail address", "generic field")},
        {Term::SecurityNone, QT_TRANSLATE_NOOP3("od::ClientTerms", "None (unencrypted)", "generic value of Encryption")},
        {Term::SecurityStartTls, QT_TRANSLATE_NOOP3("od::ClientTerms", "STARTTLS", "generic value of Encryption")},
        {Term::SecurityTls, QT_TRANSLATE_NOOP3("od::ClientTerms", "SSL/TLS", "generic value of Encryption")},
        {Term::AuthNone, QT_TRANSLATE_NOOP3("od::ClientTerms", "No login", "generic value of Authentication")},
        {Term::AuthNormalPassword, QT_TRANSLATE_NOOP3("od::ClientTerms", "Normal password", "generic value of Authentication")},
        {Term::AuthEncryptedPassword, QT_TRANSLATE_NOOP3("od::ClientTerms", "Encrypted password", "generic value of Authentication")},
        {Term::AuthOAuth2, QT_TRANSLATE_NOOP3("od::ClientTerms", "OAuth2", "generic value of Authentication")},
    };
    return terms;
}

} // namespace od::MailClients
