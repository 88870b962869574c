// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountsettings.h"

#include "clients/mailclient.h"

#include <algorithm>

namespace od::AccountConversion {

bool isPasswordAuth(const QString &auth)
{
    return auth == AuthId::Any || auth == AuthId::PasswordCleartext || auth == AuthId::PasswordEncrypted
        || auth == AuthId::Plain || auth == AuthId::Login || auth == AuthId::CramMd5 || auth == AuthId::DigestMd5;
}

AccountSettings fromMailAccount(const MailAccount &m)
{
    AccountSettings a;
    a.client = m.client;
    a.email = m.email;
    a.displayName = m.displayName;
    a.replyTo = m.replyTo;
    a.host = m.smtp.host;
    a.port = quint16(std::clamp(m.smtp.port, 0, 65535));
    a.security = m.smtp.security;
    a.user = m.smtp.user;
    a.authentication = m.smtp.auth.isEmpty() ? !m.smtp.user.isEmpty() : m.smtp.auth != AuthId::None;
    if (m.smtp.auth == AuthId::Plain)
        a.authMechanism = QStringLiteral("PLAIN");
    else if (m.smtp.auth == AuthId::Login)
        a.authMechanism = QStringLiteral("LOGIN");
    else if (m.smtp.auth == AuthId::CramMd5 || m.smtp.auth == AuthId::PasswordEncrypted)
        a.authMechanism = QStringLiteral("CRAM-MD5");
    if (m.incoming.type == QLatin1String("pop3") || m.popBeforeSmtp) {
        a.incomingHost = m.incoming.host;
        a.incomingPort = quint16(std::clamp(m.incoming.port, 0, 65535));
    } else if (!m.incoming.host.isEmpty()) {
        a.incomingHost = m.incoming.host;
    }
    a.popBeforeSmtp = m.popBeforeSmtp;
    return a;
}

AccountChange changeFor(const MailAccount &file, const AccountSettings &verified, const Attempt *used)
{
    AccountChange c;
    const QString host = verified.host.trimmed();
    if (!host.isEmpty() && host.compare(file.smtp.host, Qt::CaseInsensitive) != 0)
        c.host = host;
    const int port = verified.port != 0 ? verified.port : used ? used->endpoint.port : 0;
    if (port != 0 && port != file.smtp.port)
        c.port = port;
    const Security security = verified.security != Security::Auto ? verified.security
                              : used                              ? used->security
                                                                  : Security::Auto;
    if (security != Security::Auto && security != file.smtp.security)
        c.security = security;
    if (verified.authentication) {
        const QString mechanism = verified.authMechanism.toUpper();
        QString auth;
        if (mechanism == QLatin1String("PLAIN"))
            auth = AuthId::Plain;
        else if (mechanism == QLatin1String("LOGIN"))
            auth = AuthId::Login;
        else if (mechanism == QLatin1String("CRAM-MD5"))
            auth = AuthId::CramMd5;
        else if (used && !used->capabilities.offersAuth(QStringLiteral("PLAIN"))
                 && !used->capabilities.offersAuth(QStringLiteral("LOGIN"))
                 && used->authMechanism.startsWith(QLatin1String("CRAM-"), Qt::CaseInsensitive))
            auth = AuthId::PasswordEncrypted; // the server offers nothing else
        else
            auth = AuthId::PasswordCleartext; // "normal password", as the instructions say
        // "The best the server offers" is already what a password method set in the file does.
        if (auth != file.smtp.auth && !(mechanism.isEmpty() && isPasswordAuth(file.smtp.auth)))
            c.auth = auth;
        const QString user = verified.user.trimmed();
        if (!user.isEmpty() && user != file.smtp.user)
            c.user = user;
    } else if (!file.smtp.auth.isEmpty() && file.smtp.auth != AuthId::None) {
        c.auth = QString(AuthId::None); // the test went through without a login
    }
    if (!file.identityRef.isEmpty()) {
        const QString from = verified.email.trimmed();
        if (!from.isEmpty() && from != file.email)
            c.from = from;
        const ClientDescriptor *client = MailClients::find(file.client);
        if (client && client->hasReplyTo && verified.replyTo.trimmed() != file.replyTo)
            c.replyTo = verified.replyTo.trimmed();
    }
    return c;
}

} // namespace od::AccountConversion
