// SPDX-License-Identifier: GPL-3.0-or-later
// An account as a mail client has it configured: who sends (address, name, reply-to),
// through which SMTP server, and where that was read from (so a writer can change it).
#pragma once

#include "core/phrase.h"
#include "core/taxonomy.h"

#include <QDebug>
#include <QJsonObject>
#include <QLatin1String>
#include <QList>
#include <QString>
#include <QStringList>

namespace od {

// Stable client IDs (part of the JSON interface).
namespace ClientId {
constexpr QLatin1String Thunderbird("thunderbird");
constexpr QLatin1String Outlook("outlook");
constexpr QLatin1String AppleMail("apple-mail");
constexpr QLatin1String KMail("kmail");
constexpr QLatin1String Evolution("evolution");
constexpr QLatin1String ClawsMail("claws-mail");
constexpr QLatin1String Msmtp("msmtp");
constexpr QLatin1String NeoMutt("neomutt");
constexpr QLatin1String GitSendEmail("git-send-email");
} // namespace ClientId

// Stable SMTP authentication IDs. Empty: the file does not say.
// "any" means the client picks whatever password method the server offers.
namespace AuthId {
constexpr QLatin1String None("none");
constexpr QLatin1String Any("any");
constexpr QLatin1String PasswordCleartext("password-cleartext"); // PLAIN or LOGIN
constexpr QLatin1String PasswordEncrypted("password-encrypted"); // CRAM-MD5 / DIGEST-MD5
constexpr QLatin1String Plain("plain");
constexpr QLatin1String Login("login");
constexpr QLatin1String CramMd5("cram-md5");
constexpr QLatin1String DigestMd5("digest-md5");
constexpr QLatin1String Ntlm("ntlm");
constexpr QLatin1String Gssapi("gssapi");
constexpr QLatin1String External("external");
constexpr QLatin1String OAuth2("oauth2");
} // namespace AuthId

// All auth IDs above, for validation (AccountChange) and documentation.
QStringList allAuthIds();

struct SmtpSettings
{
    QString host;
    int port = 0;                        // 0: not recorded (client default applies)
    Security security = Security::Auto;  // Auto: not recorded / opportunistic
    QString auth;                        // an AuthId, or empty when unknown
    QString user;

    friend bool operator==(const SmtpSettings &a, const SmtpSettings &b)
    {
        return a.host == b.host && a.port == b.port && a.security == b.security
            && a.auth == b.auth && a.user == b.user;
    }
    friend bool operator!=(const SmtpSettings &a, const SmtpSettings &b) { return !(a == b); }
};

struct IncomingSettings
{
    QString type; // "imap", "pop3", "nntp", "ews", "exchange", "local", ...; empty: none
    QString host;
    int port = 0;
    QString user;

    friend bool operator==(const IncomingSettings &a, const IncomingSettings &b)
    { return a.type == b.type && a.host == b.host && a.port == b.port && a.user == b.user; }
    friend bool operator!=(const IncomingSettings &a, const IncomingSettings &b) { return !(a == b); }
};

struct MailAccount
{
    QString client;      // a ClientId
    QString name;        // the account's name in the client
    QString email;       // From address of the identity
    QString displayName;
    QString replyTo;
    SmtpSettings smtp;
    IncomingSettings incoming;
    bool popBeforeSmtp = false; // the client logs on to the incoming server before sending
    bool isDefault = false;     // the client's default identity / account

    // Where it came from. source: the file holding the SMTP settings (or the identity when the
    // client keeps both in one file); identitySource: the file holding From/reply-to when it is
    // a different one (KMail emailidentities, Evolution identity .source).
    QString source;
    QString identitySource;
    // Keys inside those files a writer needs: Thunderbird "id1" / "smtp1", KMail identity group
    // / transport id, msmtp account name, git "sendemail" or "sendemail.<identity>", ...
    QString identityRef;
    QString smtpRef;

    friend bool operator==(const MailAccount &a, const MailAccount &b);
    friend bool operator!=(const MailAccount &a, const MailAccount &b) { return !(a == b); }
};

// What every reader returns. error: the input could not be read at all (then accounts is
// empty); warnings: the input was read, but something in it was skipped or looks wrong.
// Both are phrases, worded when shown (the `accounts` command, the wizard) in the reader's
// language; `accounts --json` carries their codes and arguments.
struct ReadResult
{
    QList<MailAccount> accounts;
    QList<Phrase> warnings;
    Phrase error;

    bool ok() const { return error.isEmpty(); }
    void append(const ReadResult &other);
};

// The JSON shape of `accounts --json` (README "Command line"): {"client","name","email","displayName","replyTo",
// "smtp":{"host","port","security","auth","user"},"incoming":{"type","host","user"},"source"}.
QJsonObject toJson(const MailAccount &account);

QDebug operator<<(QDebug debug, const SmtpSettings &smtp);
QDebug operator<<(QDebug debug, const IncomingSettings &incoming);
QDebug operator<<(QDebug debug, const MailAccount &account);
QDebug operator<<(QDebug debug, const ReadResult &result);

} // namespace od
