// SPDX-License-Identifier: GPL-3.0-or-later
#include "providersignin.h"

#include <QCoreApplication>

namespace od {

namespace {

// Thunderbird's OAuth2 servers: mailnews/base/src/OAuth2Providers.sys.mjs (kHostnames: gmail.com,
// googlemail.com, yahoo.com, office365.com, outlook.com, hotmail.com); its authMethod value for
// OAuth2 is 10 (nsMsgAuthMethod.OAuth2, mailnews/base/public/MailNewsTypes2.idl).
const QList<ProviderSignIn> kProviders = {
    // https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission
    // (SMTP AUTH is off unless the administrator allows it per organisation or mailbox) and
    // https://techcommunity.microsoft.com/blog/exchange/exchange-online-to-retire-basic-auth-for-client-submission-smtp-auth/4114750
    // (a password is refused from 30 April 2026: "550 5.7.30 Basic authentication is not supported").
    {SignInProvider::Microsoft365, "Microsoft 365",
     {QStringLiteral("smtp.office365.com"), QStringLiteral("smtp-legacy.office365.com")},
     {}, true,
     QT_TRANSLATE_NOOP("od::ProviderSignIn",
                       "Microsoft 365 no longer accepts a password from mail programs: choose OAuth2 as the "
                       "authentication method (your mail program then opens Microsoft's sign-in page). Your "
                       "administrator has to allow sending from mail programs (SMTP AUTH) for your mailbox."),
     "learn.microsoft.com: Enable or disable SMTP AUTH in Exchange Online; Exchange Team blog, April 2024 (updated 2025)"},
    // https://support.microsoft.com/office/modern-authentication-methods-now-needed-to-continue-syncing-outlook-email-in-non-microsoft-email-apps-c5d65390-9676-4763-b41f-d7986499a90d
    // (from 16 September 2024 only Modern Authentication; app passwords do not replace it).
    {SignInProvider::OutlookCom, "Outlook.com",
     {QStringLiteral("smtp-mail.outlook.com"), QStringLiteral("smtp.live.com")},
     {QStringLiteral("outlook.*"), QStringLiteral("hotmail.*"), QStringLiteral("live.*"), QStringLiteral("msn.com")}, true,
     QT_TRANSLATE_NOOP("od::ProviderSignIn",
                       "Outlook.com accepts only Microsoft's own sign-in from mail programs (since 16 September "
                       "2024): choose OAuth2 as the authentication method. A password or an app password no "
                       "longer works."),
     "support.microsoft.com: Modern authentication methods now needed to continue syncing Outlook email in non-Microsoft email apps"},
    // https://support.google.com/accounts/answer/185833 (app passwords need 2-Step Verification;
    // "Sign in with Google" is recommended instead).
    {SignInProvider::Gmail, "Gmail",
     {QStringLiteral(".gmail.com"), QStringLiteral(".googlemail.com")},
     {QStringLiteral("gmail.com"), QStringLiteral("googlemail.com")}, true,
     QT_TRANSLATE_NOOP("od::ProviderSignIn",
                       "Gmail: choose OAuth2 as the authentication method (your mail program then opens Google's "
                       "sign-in page), or turn on 2-Step Verification and create an app password at "
                       "myaccount.google.com/apppasswords to use instead of your password."),
     "support.google.com/accounts/answer/185833: Sign in with app passwords"},
    // https://help.yahoo.com/kb/SLN15241.html (Account Security, "External connections",
    // "Create app password").
    {SignInProvider::Yahoo, "Yahoo Mail",
     {QStringLiteral(".yahoo.com")},
     // Yahoo's own country domains; Yahoo! JAPAN (yahoo.co.jp) is another company with its own rules.
     {QStringLiteral("yahoo.com"), QStringLiteral("yahoo.co.uk"), QStringLiteral("yahoo.fr"), QStringLiteral("yahoo.de"),
      QStringLiteral("yahoo.it"), QStringLiteral("yahoo.es"), QStringLiteral("yahoo.ca"), QStringLiteral("yahoo.com.au"),
      QStringLiteral("yahoo.co.in"), QStringLiteral("yahoo.in"), QStringLiteral("yahoo.com.br"),
      QStringLiteral("yahoo.com.mx"), QStringLiteral("yahoo.com.sg"), QStringLiteral("yahoo.com.hk"),
      QStringLiteral("yahoo.com.tw"), QStringLiteral("ymail.com"), QStringLiteral("rocketmail.com")}, true,
     QT_TRANSLATE_NOOP("od::ProviderSignIn",
                       "Yahoo Mail: choose OAuth2 as the authentication method if your mail program offers it, or "
                       "create an app password on your Yahoo Account Security page (\"Create app password\") and "
                       "use it instead of your password."),
     "help.yahoo.com/kb/SLN15241: Generate and manage 3rd-party app passwords"},
    // https://support.apple.com/102654 (app-specific passwords; two-factor authentication required;
    // no OAuth2 for mail programs).
    {SignInProvider::ICloud, "iCloud Mail",
     {QStringLiteral("smtp.mail.me.com")},
     {QStringLiteral("icloud.com"), QStringLiteral("me.com"), QStringLiteral("mac.com")}, false,
     QT_TRANSLATE_NOOP("od::ProviderSignIn",
                       "iCloud Mail: create an app-specific password at appleid.apple.com (Sign-In and Security, "
                       "App-Specific Passwords; two-factor authentication must be on) and use it instead of your "
                       "Apple Account password."),
     "support.apple.com/102654: Sign in to apps with your Apple Account using app-specific passwords"},
    // NetEase's help on the client authorisation code (客户端授权码): once set, mail programs log in
    // with the code only; IMAP, POP3 and SMTP share it.
    {SignInProvider::NetEase, "NetEase Mail (163, 126, yeah.net)",
     {QStringLiteral("smtp.163.com"), QStringLiteral("smtp.126.com"), QStringLiteral("smtp.yeah.net")},
     {QStringLiteral("163.com"), QStringLiteral("126.com"), QStringLiteral("yeah.net")}, false,
     QT_TRANSLATE_NOOP("od::ProviderSignIn",
                       "NetEase Mail: in the web mail's settings, turn on the POP3/SMTP service and use the client "
                       "authorisation code it gives you instead of your password."),
     "help.mail.163.com: 客户端授权码 (client authorisation code)"},
    // QQ Mail's help (Settings, Account, POP3/SMTP service, generate an authorisation code; the QQ
    // password does not work in mail programs). Tencent's business mail (exmail.qq.com) differs.
    {SignInProvider::QQ, "QQ Mail",
     {QStringLiteral("smtp.qq.com")},
     {QStringLiteral("qq.com"), QStringLiteral("vip.qq.com"), QStringLiteral("foxmail.com")}, false,
     QT_TRANSLATE_NOOP("od::ProviderSignIn",
                       "QQ Mail: in Settings, Account, turn on the POP3/SMTP service and generate an authorisation "
                       "code; use it instead of your QQ password."),
     "service.mail.qq.com: 什么是授权码，它又是如何设置？ (what an authorisation code is and how to set it)"},
};

bool domainMatches(const QString &domain, const QString &pattern)
{
    if (pattern.endsWith(QLatin1String(".*"))) // the brand in any country: hotmail.com, hotmail.co.uk
        return domain.startsWith(pattern.chopped(1)) && domain.size() > pattern.size() - 1;
    return domain == pattern;
}

bool serverMatches(const QString &server, const QString &pattern)
{
    if (pattern.startsWith(QLatin1Char('.')))
        return server.endsWith(pattern) || server == pattern.mid(1);
    return server == pattern;
}

} // namespace

const QList<ProviderSignIn> &ProviderSignIns::all()
{
    return kProviders;
}

const ProviderSignIn *ProviderSignIns::find(const QString &server, const QString &address)
{
    const QString s = server.trimmed().toLower();
    const QString a = address.trimmed().toLower();
    const qsizetype at = a.lastIndexOf(QLatin1Char('@'));
    const QString domain = at > 0 ? a.mid(at + 1) : QString();
    if (!domain.isEmpty()) {
        for (const ProviderSignIn &p : kProviders) {
            for (const QString &pattern : p.addressDomains) {
                if (domainMatches(domain, pattern))
                    return &p;
            }
        }
    }
    if (!s.isEmpty()) {
        for (const ProviderSignIn &p : kProviders) {
            for (const QString &pattern : p.servers) {
                if (serverMatches(s, pattern))
                    return &p;
            }
        }
    }
    return nullptr;
}

QString ProviderSignIns::guidance(const ProviderSignIn &provider)
{
    return QCoreApplication::translate("od::ProviderSignIn", provider.guidance);
}

} // namespace od
