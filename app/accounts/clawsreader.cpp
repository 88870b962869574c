// SPDX-License-Identifier: GPL-3.0-or-later
// Claws Mail: accountrc.
#include "accountreaders.h"
#include "configtext.h"

namespace od::AccountReaders {

using ConfigText::portValue;

// --- Claws Mail ------------------------------------------------------------------------------

ReadResult readClawsAccountrc(const QByteArray &data, const QString &source)
{
    ReadResult r;
    QList<ConfigText::IniGroup> groups;
    if (!ConfigText::decodeIni(data, &groups, false, &r.error, &r.warnings))
        return r;
    bool any = false;
    for (const ConfigText::IniGroup &g : std::as_const(groups)) {
        if (!g.name.startsWith(QLatin1String("Account:")))
            continue;
        any = true;
        MailAccount a;
        a.client = ClientId::ClawsMail;
        a.source = source;
        a.identityRef = g.name;
        a.smtpRef = g.name;
        a.name = g.get(QStringLiteral("account_name"));
        a.email = g.get(QStringLiteral("address")).trimmed();
        a.displayName = g.get(QStringLiteral("name"));
        if (g.get(QStringLiteral("set_autoreplyto")).trimmed() == u'1')
            a.replyTo = g.get(QStringLiteral("auto_replyto")).trimmed();
        a.isDefault = g.get(QStringLiteral("is_default")).trimmed() == u'1';

        // Protocol numbers changed with config_version 1 (APOP/RPOP were removed).
        const int version = g.get(QStringLiteral("config_version"), QStringLiteral("-1")).trimmed().toInt();
        int proto = g.get(QStringLiteral("protocol"), QStringLiteral("0")).trimmed().toInt();
        if (version < 1) {
            if (proto == 1 || proto == 2)
                proto = 0;
            else if (proto > 2)
                proto -= 2;
        }
        static const char *const protoNames[] = {"pop3", "imap", "nntp", "local", ""};
        a.incoming.type = proto >= 0 && proto <= 4 ? QLatin1String(protoNames[proto]) : QString();
        const bool local = proto == 3;
        if (proto == 0 || proto == 1) {
            a.incoming.host = g.get(QStringLiteral("receive_server")).trimmed();
            a.incoming.user = g.get(QStringLiteral("user_id"));
            const char *setKey = proto == 0 ? "set_popport" : "set_imapport";
            const char *portKey = proto == 0 ? "pop_port" : "imap_port";
            if (g.get(QLatin1String(setKey)).trimmed() == u'1')
                a.incoming.port = portValue(g.get(QLatin1String(portKey)));
        } else if (proto == 2) {
            a.incoming.host = g.get(QStringLiteral("nntp_server")).trimmed();
        }
        a.popBeforeSmtp = g.get(QStringLiteral("pop_before_smtp")).trimmed() == u'1';

        const QString server = g.get(QStringLiteral("smtp_server")).trimmed();
        const bool program = server.contains(u'/')
                             || (local && !server.contains(u'.') && server != QLatin1String("localhost"));
        if (program) {
            r.warnings.append(accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "Account \"%1\" hands mail to the program \"%2\" instead of an SMTP "
                                 "server."), {a.name, server}));
        } else {
            a.smtp.host = server;
        }
        const int ssl = g.get(QStringLiteral("ssl_smtp"), QStringLiteral("0")).trimmed().toInt();
        a.smtp.security = ssl == 1 ? Security::Tls : ssl == 2 ? Security::StartTls : Security::None;
        if (!program) {
            a.smtp.port = g.get(QStringLiteral("set_smtpport")).trimmed() == u'1'
                              ? portValue(g.get(QStringLiteral("smtp_port")))
                              : (ssl == 1 ? 465 : 25);
        }
        if (g.get(QStringLiteral("use_smtp_auth")).trimmed() == u'1') {
            const int m = g.get(QStringLiteral("smtp_auth_method"), QStringLiteral("0")).trimmed().toInt();
            a.smtp.auth = m == 0 ? QString(AuthId::Any)
                          : (m & 32) ? QString(AuthId::OAuth2)
                          : (m & 16) ? QString(AuthId::Plain)
                          : (m & 1)  ? QString(AuthId::Login)
                          : (m & 2)  ? QString(AuthId::CramMd5)
                          : (m & 4)  ? QString(AuthId::DigestMd5)
                                     : QString();
            a.smtp.user = g.get(QStringLiteral("smtp_user_id"));
            if (a.smtp.user.isEmpty())
                a.smtp.user = g.get(QStringLiteral("user_id")); // Claws falls back to it
        } else {
            a.smtp.auth = AuthId::None;
        }
        if (a.name.isEmpty())
            a.name = a.email;
        r.accounts.append(a);
    }
    if (!any && r.error.isEmpty())
        r.error = accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "This is not a Claws Mail accountrc file."));
    return r;
}

} // namespace od::AccountReaders
