// SPDX-License-Identifier: GPL-3.0-or-later
// How the big providers want a mail program to sign in for sending once they refuse the plain
// password (the password-login-disabled cause): OAuth2 in the mail program, an app password,
// or an authorisation code. One row per provider, with the source of its facts; the wizard
// shows the row of the account's provider, found by server name or address domain.
#pragma once

#include <QString>
#include <QStringList>

namespace od {

enum class SignInProvider { Microsoft365, OutlookCom, Gmail, Yahoo, ICloud, NetEase, QQ };

struct ProviderSignIn
{
    SignInProvider provider;
    const char *name;            // the provider's own name for its service (not translated)
    QStringList servers;         // outgoing servers: a name, or ".suffix" for a domain's servers
    QStringList addressDomains;  // e-mail address domains ("hotmail.*": every country's)
    bool thunderbirdOAuth2;      // Thunderbird signs in to these servers with OAuth2
    const char *guidance;        // one line, QT_TRANSLATE_NOOP("od::ProviderSignIn", ...)
    const char *source;          // where the facts come from
};

namespace ProviderSignIns {
// Every row, in the order they are tried.
const QList<ProviderSignIn> &all();
// The provider of an account: by the address' domain first (an Outlook.com address sent
// through Microsoft 365's server is still an Outlook.com account), then by the server name.
// nullptr: none of these.
const ProviderSignIn *find(const QString &server, const QString &address);
// The guidance line in the current language.
QString guidance(const ProviderSignIn &provider);
} // namespace ProviderSignIns

} // namespace od
