// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailaccount.h"

#include <QDebugStateSaver>

namespace od {

QStringList allAuthIds()
{
    return {AuthId::None, AuthId::Any, AuthId::PasswordCleartext, AuthId::PasswordEncrypted,
            AuthId::Plain, AuthId::Login, AuthId::CramMd5, AuthId::DigestMd5, AuthId::Ntlm,
            AuthId::Gssapi, AuthId::External, AuthId::OAuth2};
}

bool operator==(const MailAccount &a, const MailAccount &b)
{
    return a.client == b.client && a.name == b.name && a.email == b.email
        && a.displayName == b.displayName && a.replyTo == b.replyTo && a.smtp == b.smtp
        && a.incoming == b.incoming && a.popBeforeSmtp == b.popBeforeSmtp
        && a.isDefault == b.isDefault && a.source == b.source
        && a.identitySource == b.identitySource && a.identityRef == b.identityRef
        && a.smtpRef == b.smtpRef;
}

void ReadResult::append(const ReadResult &other)
{
    accounts += other.accounts;
    warnings += other.warnings;
    if (!other.error.isEmpty())
        warnings += other.error;
}

QJsonObject toJson(const MailAccount &account)
{
    QJsonObject smtp{
        {QStringLiteral("host"), account.smtp.host},
        {QStringLiteral("port"), account.smtp.port},
        {QStringLiteral("security"), securityId(account.smtp.security)},
        {QStringLiteral("auth"), account.smtp.auth},
        {QStringLiteral("user"), account.smtp.user},
    };
    QJsonObject incoming{
        {QStringLiteral("type"), account.incoming.type},
        {QStringLiteral("host"), account.incoming.host},
        {QStringLiteral("user"), account.incoming.user},
    };
    if (account.incoming.port > 0)
        incoming.insert(QStringLiteral("port"), account.incoming.port);
    QJsonObject o{
        {QStringLiteral("client"), account.client},
        {QStringLiteral("name"), account.name},
        {QStringLiteral("email"), account.email},
        {QStringLiteral("displayName"), account.displayName},
        {QStringLiteral("replyTo"), account.replyTo},
        {QStringLiteral("smtp"), smtp},
        {QStringLiteral("incoming"), incoming},
        {QStringLiteral("source"), account.source},
    };
    if (account.popBeforeSmtp)
        o.insert(QStringLiteral("popBeforeSmtp"), true);
    if (account.isDefault)
        o.insert(QStringLiteral("default"), true);
    return o;
}

QDebug operator<<(QDebug debug, const SmtpSettings &smtp)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "SmtpSettings(" << smtp.host << ':' << smtp.port << ' '
                    << securityId(smtp.security) << " auth=" << smtp.auth << " user=" << smtp.user
                    << ')';
    return debug;
}

QDebug operator<<(QDebug debug, const IncomingSettings &incoming)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "IncomingSettings(" << incoming.type << ' ' << incoming.host << ':'
                    << incoming.port << " user=" << incoming.user << ')';
    return debug;
}

QDebug operator<<(QDebug debug, const MailAccount &account)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "MailAccount(" << account.client << " name=" << account.name
                    << " email=" << account.email << " displayName=" << account.displayName
                    << " replyTo=" << account.replyTo << ' ' << account.smtp << ' '
                    << account.incoming << " popBeforeSmtp=" << account.popBeforeSmtp
                    << " default=" << account.isDefault << " source=" << account.source
                    << " identitySource=" << account.identitySource
                    << " refs=" << account.identityRef << '/' << account.smtpRef << ')';
    return debug;
}

QDebug operator<<(QDebug debug, const ReadResult &result)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "ReadResult(error=" << result.error << " warnings=" << result.warnings
                    << " accounts=" << result.accounts << ')';
    return debug;
}

} // namespace od
