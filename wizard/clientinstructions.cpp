#include "clientinstructions.h"

#include <iterator>

namespace od {

namespace {


// Spelled out QT_TRANSLATE_NOOP (not a shorter macro): lupdate does not expand macros.
// The settings each fix changes; UseSubmissionPort shares EnableAuth's path (port + login).
enum class Path { Login, Server, PopFirst, Sender };

struct Entry
{
    const char *client;
    Path path;
    const char *steps[8];
};

const Entry kEntries[] = {
    // Outlook (classic, Windows: Microsoft 365, 2021, 2019, 2016)
    {"outlook", Path::Login,
     {QT_TRANSLATE_NOOP("od::ClientInstructions", "Click File, then Account Settings, and Account Settings… again."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Select the account on the Email tab and click Change…."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Click More Settings… and open the Outgoing Server tab."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Tick \"My outgoing server (SMTP) requires authentication\" and choose \"Use same settings as my incoming mail server\" (or enter the user name and password below)."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Open the Advanced tab. Enter the outgoing server port and choose the encryption type shown below."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Click OK, then Next, and Done when the test succeeds.")}},
    {"outlook", Path::Server,
     {QT_TRANSLATE_NOOP("od::ClientInstructions", "Click File, then Account Settings, and Account Settings… again."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Select the account on the Email tab and click Change…."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Replace \"Outgoing mail server (SMTP)\" with the server shown below."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Click More Settings…, open the Advanced tab and set the port and encryption shown below."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Click OK, then Next, and Done when the test succeeds.")}},
    {"outlook", Path::PopFirst,
     {QT_TRANSLATE_NOOP("od::ClientInstructions", "Click File, then Account Settings, and Account Settings… again."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Select the account on the Email tab and click Change…, then More Settings…."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "On the Outgoing Server tab tick \"My outgoing server (SMTP) requires authentication\" and choose \"Log on to incoming mail server before sending mail\"."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Click OK, then Next, and Done.")}},
    {"outlook", Path::Sender,
     {QT_TRANSLATE_NOOP("od::ClientInstructions", "Click File, then Account Settings, and Account Settings… again."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Select the account on the Email tab and click Change…."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Replace \"Email Address\" with the address shown below. If you use a separate reply address, click More Settings… and correct \"Reply E-mail\" on the General tab."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Click Next and Done.")}},
    // New Outlook for Windows and the Windows Mail app
    {"new-outlook", Path::Login,
     {QT_TRANSLATE_NOOP("od::ClientInstructions", "Open Settings (the gear icon), then Accounts, then Email accounts."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Click Manage next to the account (Windows Mail: Manage accounts, the account, then \"Change mailbox sync settings\" and \"Advanced mailbox settings\")."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Turn on \"Outgoing server requires authentication\" and \"Use the same user name and password for sending email\"."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Enter the outgoing server with its port as shown below (for example server:587) and turn on \"Require SSL for outgoing email\"."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Save, and send yourself a test message.")}},
    {"new-outlook", Path::Server,
     {QT_TRANSLATE_NOOP("od::ClientInstructions", "Open Settings (the gear icon), then Accounts, then Email accounts, and click Manage next to the account."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Open the advanced mailbox settings and replace the outgoing (SMTP) email server with the one shown below."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Save, and send yourself a test message.")}},
    {"new-outlook", Path::PopFirst,
     {QT_TRANSLATE_NOOP("od::ClientInstructions", "This program has no setting to check incoming mail before sending."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Click \"Sync\" (or Send/Receive) to fetch your mail, then send within a few minutes."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "If that is not reliable, ask your provider for a login for the outgoing server instead.")}},
    {"new-outlook", Path::Sender,
     {QT_TRANSLATE_NOOP("od::ClientInstructions", "Open Settings (the gear icon), then Accounts, then Email accounts."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Remove the account and add it again with the e-mail address shown below: these programs do not let you change the address of an account."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Send yourself a test message.")}},
    // Thunderbird
    {"thunderbird", Path::Login,
     {QT_TRANSLATE_NOOP("od::ClientInstructions", "Open the ≡ menu and choose Account Settings."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Click \"Outgoing Server (SMTP)\" at the bottom of the list on the left."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Select the server the account uses and click \"Edit…\"."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Set Port, Connection security and Authentication method (\"Normal password\") as shown below, and enter the User Name."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Click OK. Thunderbird asks for the password the next time you send.")}},
    {"thunderbird", Path::Server,
     {QT_TRANSLATE_NOOP("od::ClientInstructions", "Open the ≡ menu and choose Account Settings."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Click \"Outgoing Server (SMTP)\" at the bottom of the list on the left, then Add…."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Enter the server, port and connection security shown below and click OK."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Click the account's name in the list and choose the new server under \"Outgoing Server (SMTP)\".")}},
    {"thunderbird", Path::PopFirst,
     {QT_TRANSLATE_NOOP("od::ClientInstructions", "Thunderbird has no setting to check incoming mail before sending."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Click Get Messages first, then send within a few minutes."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "If that is not reliable, ask your provider for a login for the outgoing server instead.")}},
    {"thunderbird", Path::Sender,
     {QT_TRANSLATE_NOOP("od::ClientInstructions", "Open the ≡ menu and choose Account Settings."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Click the account's name in the list on the left."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Replace \"Email Address\" with the address shown below; correct \"Reply-to Address\" too if you use one."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Close the settings tab.")}},
    // Apple Mail (macOS)
    {"apple-mail", Path::Login,
     {QT_TRANSLATE_NOOP("od::ClientInstructions", "Choose Mail > Settings (Preferences on older macOS), then Accounts."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Select the account and open Server Settings."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Under Outgoing Mail Account, untick \"Automatically manage connection settings\"."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Enter the user name and password, the port, tick \"Use TLS/SSL\" and set Authentication to Password."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Click Save.")}},
    {"apple-mail", Path::Server,
     {QT_TRANSLATE_NOOP("od::ClientInstructions", "Choose Mail > Settings (Preferences on older macOS), then Accounts, and select the account."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Open Server Settings, open the Outgoing Mail Account menu and choose Edit SMTP Server List…."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Add the server shown below with its port, encryption and login, then click OK."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Choose the new server as Outgoing Mail Account and click Save.")}},
    {"apple-mail", Path::PopFirst,
     {QT_TRANSLATE_NOOP("od::ClientInstructions", "Apple Mail has no setting to check incoming mail before sending."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Click Get Mail (the envelope) first, then send within a few minutes."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "If that is not reliable, ask your provider for a login for the outgoing server instead.")}},
    {"apple-mail", Path::Sender,
     {QT_TRANSLATE_NOOP("od::ClientInstructions", "Choose Mail > Settings (Preferences on older macOS), then Accounts, and select the account."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "On Account Information, open the Email Address menu, choose Edit Email Addresses… and add the address shown below."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Choose it as the account's address.")}},
    // KMail
    {"kmail", Path::Login,
     {QT_TRANSLATE_NOOP("od::ClientInstructions", "Choose Settings > Configure KMail…, then Accounts, and the Sending tab."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Select the outgoing account and click Modify…."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "On the General tab tick \"Server requires authentication\" and enter the login and password."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "On the Advanced tab choose the encryption and port shown below."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Click OK.")}},
    {"kmail", Path::Server,
     {QT_TRANSLATE_NOOP("od::ClientInstructions", "Choose Settings > Configure KMail…, then Accounts, and the Sending tab."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Click Add…, choose SMTP Server, and enter the server, port and encryption shown below."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Select it and click Set Default, or choose it in the identity's Advanced settings.")}},
    {"kmail", Path::PopFirst,
     {QT_TRANSLATE_NOOP("od::ClientInstructions", "KMail has no setting to check incoming mail before sending."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Click Check Mail first, then send within a few minutes."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "If that is not reliable, ask your provider for a login for the outgoing server instead.")}},
    {"kmail", Path::Sender,
     {QT_TRANSLATE_NOOP("od::ClientInstructions", "Choose Settings > Configure KMail…, then Accounts, and the Identities tab."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Select the identity and click Modify…."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Replace \"Email address\" with the address shown below; correct the reply-to address on the Advanced tab if you use one."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Click OK.")}},
    // Evolution
    {"evolution", Path::Login,
     {QT_TRANSLATE_NOOP("od::ClientInstructions", "Choose Edit > Accounts, select the account and click Edit."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Open Sending Email."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Enter the port, choose the encryption method shown below, and tick \"Server requires authentication\"."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Choose the authentication type PLAIN or LOGIN (or click Check for Supported Types) and enter the user name."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Click OK.")}},
    {"evolution", Path::Server,
     {QT_TRANSLATE_NOOP("od::ClientInstructions", "Choose Edit > Accounts, select the account and click Edit."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Open Sending Email and replace Server with the one shown below, with its port and encryption."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Click OK.")}},
    {"evolution", Path::PopFirst,
     {QT_TRANSLATE_NOOP("od::ClientInstructions", "Choose Edit > Accounts, select the account and click Edit."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Open Sending Email and, under Authentication, choose \"POP before SMTP\" as the type."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Click OK.")}},
    {"evolution", Path::Sender,
     {QT_TRANSLATE_NOOP("od::ClientInstructions", "Choose Edit > Accounts, select the account and click Edit."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Open Identity and replace \"Email Address\" with the address shown below; correct \"Reply To\" too if you use one."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Click OK.")}},
    // Any other program
    {"generic", Path::Login,
     {QT_TRANSLATE_NOOP("od::ClientInstructions", "Open your mail program's account settings and find the outgoing (SMTP) server."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Turn on \"authentication\" (also called \"My server requires login\") and enter the user name and password shown below."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Set the port and the encryption (STARTTLS or SSL/TLS) shown below."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Save and send yourself a test message.")}},
    {"generic", Path::Server,
     {QT_TRANSLATE_NOOP("od::ClientInstructions", "Open your mail program's account settings and find the outgoing (SMTP) server."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Replace it with the server shown below, with its port and encryption."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Save and send yourself a test message.")}},
    {"generic", Path::PopFirst,
     {QT_TRANSLATE_NOOP("od::ClientInstructions", "Look for a setting called \"POP before SMTP\" or \"Check mail before sending\" in the outgoing server settings and turn it on."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Without such a setting, fetch your mail first and send within a few minutes."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Ask your provider for a login for the outgoing server if this is not reliable.")}},
    {"generic", Path::Sender,
     {QT_TRANSLATE_NOOP("od::ClientInstructions", "Open your mail program's account or identity settings."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Replace the e-mail (From) address with the one shown below; correct the reply-to address too if you use one."),
      QT_TRANSLATE_NOOP("od::ClientInstructions", "Save and send yourself a test message.")}},
};


std::optional<Path> pathFor(Fix fix)
{
    switch (fix) {
    case Fix::EnableAuth:
    case Fix::UseSubmissionPort: return Path::Login;
    case Fix::UseLocalServer: return Path::Server;
    case Fix::PopBeforeSmtp: return Path::PopFirst;
    case Fix::FixSenderAddress: return Path::Sender;
    default: return std::nullopt;
    }
}

} // namespace

QStringList ClientInstructions::clients()
{
    return {QStringLiteral("outlook"), QStringLiteral("new-outlook"), QStringLiteral("thunderbird"),
            QStringLiteral("apple-mail"), QStringLiteral("kmail"), QStringLiteral("evolution"), QStringLiteral("generic")};
}

QString ClientInstructions::clientName(const QString &client)
{
    if (client == QLatin1String("outlook")) return tr("Outlook (classic)");
    if (client == QLatin1String("new-outlook")) return tr("New Outlook / Windows Mail");
    if (client == QLatin1String("thunderbird")) return QStringLiteral("Thunderbird");
    if (client == QLatin1String("apple-mail")) return tr("Apple Mail");
    if (client == QLatin1String("kmail")) return QStringLiteral("KMail");
    if (client == QLatin1String("evolution")) return QStringLiteral("Evolution");
    return tr("Another mail program", "mail client");
}

QString ClientInstructions::clientFor(const QString &accountClient)
{
    return clients().contains(accountClient) ? accountClient : QStringLiteral("generic");
}

QStringList ClientInstructions::steps(const QString &client, Fix fix)
{
    const std::optional<Path> path = pathFor(fix);
    if (!path)
        return {};
    const QByteArray id = client.toLatin1();
    for (const Entry &e : kEntries) {
        if (e.path != *path || id != e.client)
            continue;
        QStringList out;
        for (const char *s : e.steps) {
            if (s)
                out << tr(s);
        }
        return out;
    }
    return client == QLatin1String("generic") ? QStringList() : steps(QStringLiteral("generic"), fix);
}

} // namespace od
