#include "clientinstructions.h"

#include <iterator>

namespace od {

namespace {

#define S(text) QT_TRANSLATE_NOOP("od::ClientInstructions", text)

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
     {S("Click File, then Account Settings, and Account Settings… again."),
      S("Select the account on the Email tab and click Change…."),
      S("Click More Settings… and open the Outgoing Server tab."),
      S("Tick \"My outgoing server (SMTP) requires authentication\" and choose \"Use same settings as my incoming mail server\" (or enter the user name and password below)."),
      S("Open the Advanced tab. Enter the outgoing server port and choose the encryption type shown below."),
      S("Click OK, then Next, and Done when the test succeeds.")}},
    {"outlook", Path::Server,
     {S("Click File, then Account Settings, and Account Settings… again."),
      S("Select the account on the Email tab and click Change…."),
      S("Replace \"Outgoing mail server (SMTP)\" with the server shown below."),
      S("Click More Settings…, open the Advanced tab and set the port and encryption shown below."),
      S("Click OK, then Next, and Done when the test succeeds.")}},
    {"outlook", Path::PopFirst,
     {S("Click File, then Account Settings, and Account Settings… again."),
      S("Select the account on the Email tab and click Change…, then More Settings…."),
      S("On the Outgoing Server tab tick \"My outgoing server (SMTP) requires authentication\" and choose \"Log on to incoming mail server before sending mail\"."),
      S("Click OK, then Next, and Done.")}},
    {"outlook", Path::Sender,
     {S("Click File, then Account Settings, and Account Settings… again."),
      S("Select the account on the Email tab and click Change…."),
      S("Replace \"Email Address\" with the address shown below. If you use a separate reply address, click More Settings… and correct \"Reply E-mail\" on the General tab."),
      S("Click Next and Done.")}},
    // New Outlook for Windows and the Windows Mail app
    {"new-outlook", Path::Login,
     {S("Open Settings (the gear icon), then Accounts, then Email accounts."),
      S("Click Manage next to the account (Windows Mail: Manage accounts, the account, then \"Change mailbox sync settings\" and \"Advanced mailbox settings\")."),
      S("Turn on \"Outgoing server requires authentication\" and \"Use the same user name and password for sending email\"."),
      S("Enter the outgoing server with its port as shown below (for example server:587) and turn on \"Require SSL for outgoing email\"."),
      S("Save, and send yourself a test message.")}},
    {"new-outlook", Path::Server,
     {S("Open Settings (the gear icon), then Accounts, then Email accounts, and click Manage next to the account."),
      S("Open the advanced mailbox settings and replace the outgoing (SMTP) email server with the one shown below."),
      S("Save, and send yourself a test message.")}},
    {"new-outlook", Path::PopFirst,
     {S("This program has no setting to check incoming mail before sending."),
      S("Click \"Sync\" (or Send/Receive) to fetch your mail, then send within a few minutes."),
      S("If that is not reliable, ask your provider for a login for the outgoing server instead.")}},
    {"new-outlook", Path::Sender,
     {S("Open Settings (the gear icon), then Accounts, then Email accounts."),
      S("Remove the account and add it again with the e-mail address shown below: these programs do not let you change the address of an account."),
      S("Send yourself a test message.")}},
    // Thunderbird
    {"thunderbird", Path::Login,
     {S("Open the ≡ menu and choose Account Settings."),
      S("Click \"Outgoing Server (SMTP)\" at the bottom of the list on the left."),
      S("Select the server the account uses and click Edit…."),
      S("Set Port, Connection security and Authentication method (\"Normal password\") as shown below, and enter the User Name."),
      S("Click OK. Thunderbird asks for the password the next time you send.")}},
    {"thunderbird", Path::Server,
     {S("Open the ≡ menu and choose Account Settings."),
      S("Click \"Outgoing Server (SMTP)\" at the bottom of the list on the left, then Add…."),
      S("Enter the server, port and connection security shown below and click OK."),
      S("Click the account's name in the list and choose the new server under \"Outgoing Server (SMTP)\".")}},
    {"thunderbird", Path::PopFirst,
     {S("Thunderbird has no setting to check incoming mail before sending."),
      S("Click Get Messages first, then send within a few minutes."),
      S("If that is not reliable, ask your provider for a login for the outgoing server instead.")}},
    {"thunderbird", Path::Sender,
     {S("Open the ≡ menu and choose Account Settings."),
      S("Click the account's name in the list on the left."),
      S("Replace \"Email Address\" with the address shown below; correct \"Reply-to Address\" too if you use one."),
      S("Close the settings tab.")}},
    // Apple Mail (macOS)
    {"apple-mail", Path::Login,
     {S("Choose Mail > Settings (Preferences on older macOS), then Accounts."),
      S("Select the account and open Server Settings."),
      S("Under Outgoing Mail Account, untick \"Automatically manage connection settings\"."),
      S("Enter the user name and password, the port, tick \"Use TLS/SSL\" and set Authentication to Password."),
      S("Click Save.")}},
    {"apple-mail", Path::Server,
     {S("Choose Mail > Settings (Preferences on older macOS), then Accounts, and select the account."),
      S("Open Server Settings, open the Outgoing Mail Account menu and choose Edit SMTP Server List…."),
      S("Add the server shown below with its port, encryption and login, then click OK."),
      S("Choose the new server as Outgoing Mail Account and click Save.")}},
    {"apple-mail", Path::PopFirst,
     {S("Apple Mail has no setting to check incoming mail before sending."),
      S("Click Get Mail (the envelope) first, then send within a few minutes."),
      S("If that is not reliable, ask your provider for a login for the outgoing server instead.")}},
    {"apple-mail", Path::Sender,
     {S("Choose Mail > Settings (Preferences on older macOS), then Accounts, and select the account."),
      S("On Account Information, open the Email Address menu, choose Edit Email Addresses… and add the address shown below."),
      S("Choose it as the account's address.")}},
    // KMail
    {"kmail", Path::Login,
     {S("Choose Settings > Configure KMail…, then Accounts, and the Sending tab."),
      S("Select the outgoing account and click Modify…."),
      S("On the General tab tick \"Server requires authentication\" and enter the login and password."),
      S("On the Advanced tab choose the encryption and port shown below."),
      S("Click OK.")}},
    {"kmail", Path::Server,
     {S("Choose Settings > Configure KMail…, then Accounts, and the Sending tab."),
      S("Click Add…, choose SMTP Server, and enter the server, port and encryption shown below."),
      S("Select it and click Set Default, or choose it in the identity's Advanced settings.")}},
    {"kmail", Path::PopFirst,
     {S("KMail has no setting to check incoming mail before sending."),
      S("Click Check Mail first, then send within a few minutes."),
      S("If that is not reliable, ask your provider for a login for the outgoing server instead.")}},
    {"kmail", Path::Sender,
     {S("Choose Settings > Configure KMail…, then Accounts, and the Identities tab."),
      S("Select the identity and click Modify…."),
      S("Replace \"Email address\" with the address shown below; correct the reply-to address on the Advanced tab if you use one."),
      S("Click OK.")}},
    // Evolution
    {"evolution", Path::Login,
     {S("Choose Edit > Accounts, select the account and click Edit."),
      S("Open Sending Email."),
      S("Enter the port, choose the encryption method shown below, and tick \"Server requires authentication\"."),
      S("Choose the authentication type PLAIN or LOGIN (or click Check for Supported Types) and enter the user name."),
      S("Click OK.")}},
    {"evolution", Path::Server,
     {S("Choose Edit > Accounts, select the account and click Edit."),
      S("Open Sending Email and replace Server with the one shown below, with its port and encryption."),
      S("Click OK.")}},
    {"evolution", Path::PopFirst,
     {S("Choose Edit > Accounts, select the account and click Edit."),
      S("Open Sending Email and, under Authentication, choose \"POP before SMTP\" as the type."),
      S("Click OK.")}},
    {"evolution", Path::Sender,
     {S("Choose Edit > Accounts, select the account and click Edit."),
      S("Open Identity and replace \"Email Address\" with the address shown below; correct \"Reply To\" too if you use one."),
      S("Click OK.")}},
    // Any other program
    {"generic", Path::Login,
     {S("Open your mail program's account settings and find the outgoing (SMTP) server."),
      S("Turn on \"authentication\" (also called \"My server requires login\") and enter the user name and password shown below."),
      S("Set the port and the encryption (STARTTLS or SSL/TLS) shown below."),
      S("Save and send yourself a test message.")}},
    {"generic", Path::Server,
     {S("Open your mail program's account settings and find the outgoing (SMTP) server."),
      S("Replace it with the server shown below, with its port and encryption."),
      S("Save and send yourself a test message.")}},
    {"generic", Path::PopFirst,
     {S("Look for a setting called \"POP before SMTP\" or \"Check mail before sending\" in the outgoing server settings and turn it on."),
      S("Without such a setting, fetch your mail first and send within a few minutes."),
      S("Ask your provider for a login for the outgoing server if this is not reliable.")}},
    {"generic", Path::Sender,
     {S("Open your mail program's account or identity settings."),
      S("Replace the e-mail (From) address with the one shown below; correct the reply-to address too if you use one."),
      S("Save and send yourself a test message.")}},
};

#undef S

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
