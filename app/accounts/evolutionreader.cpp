// SPDX-License-Identifier: GPL-3.0-or-later
// Evolution: the *.source key files of ~/.config/evolution/sources.
#include "accountreaders.h"
#include "configtext.h"

#include <QFileInfo>
#include <QHash>

namespace od::AccountReaders {

using ConfigText::portValue;

// --- Evolution -------------------------------------------------------------------------------

ReadResult readEvolutionSources(const QList<SourceFile> &files)
{
    ReadResult r;
    struct Source { QString uid; QString path; QList<ConfigText::IniGroup> groups; };
    QHash<QString, Source> byUid;
    QList<QString> order;
    for (const SourceFile &f : files) {
        ReadResult one;
        Source s;
        s.path = f.path;
        s.uid = QFileInfo(f.path).completeBaseName();
        if (!ConfigText::decodeIni(f.data, &s.groups, false, &one.error, &one.warnings)) {
            r.warnings.append(aboutFile(f.path, one.error));
            continue;
        }
        r.warnings += one.warnings;
        byUid.insert(s.uid, s);
        order.append(s.uid);
    }
    auto group = [](const Source &s, const char *name) -> const ConfigText::IniGroup * {
        return ConfigText::findGroup(s.groups, QLatin1String(name));
    };
    auto transportOf = [&](const Source &s, SmtpSettings *smtp) {
        const ConfigText::IniGroup *auth = group(s, "Authentication");
        const ConfigText::IniGroup *sec = group(s, "Security");
        if (auth) {
            smtp->host = auth->get(QStringLiteral("Host")).trimmed();
            smtp->port = portValue(auth->get(QStringLiteral("Port")));
            smtp->user = auth->get(QStringLiteral("User"));
            const QString m = auth->get(QStringLiteral("Method")).trimmed().toUpper();
            smtp->auth = m.isEmpty() || m == QLatin1String("NONE") ? QString(AuthId::None)
                         : m == QLatin1String("PLAIN")               ? QString(AuthId::Plain)
                         : m == QLatin1String("LOGIN")               ? QString(AuthId::Login)
                         : m == QLatin1String("CRAM-MD5")            ? QString(AuthId::CramMd5)
                         : m == QLatin1String("DIGEST-MD5")          ? QString(AuthId::DigestMd5)
                         : m == QLatin1String("NTLM")                ? QString(AuthId::Ntlm)
                         : m == QLatin1String("GSSAPI")              ? QString(AuthId::Gssapi)
                         : m.contains(QLatin1String("OAUTH"))        ? QString(AuthId::OAuth2)
                                                                     : QString();
        }
        const QString sm = sec ? sec->get(QStringLiteral("Method")).trimmed() : QString();
        smtp->security = sm == QLatin1String("ssl-on-alternate-port")       ? Security::Tls
                         : sm == QLatin1String("starttls-on-standard-port") ? Security::StartTls
                         : sm == QLatin1String("none")                      ? Security::None
                                                                            : Security::Auto;
    };

    QSet<QString> usedTransports;
    for (const QString &uid : std::as_const(order)) {
        const Source &s = byUid[uid];
        const ConfigText::IniGroup *ident = group(s, "Mail Identity");
        if (!ident)
            continue;
        MailAccount a;
        a.client = ClientId::Evolution;
        a.identitySource = s.path;
        a.identityRef = uid;
        a.email = ident->get(QStringLiteral("Address")).trimmed();
        a.displayName = ident->get(QStringLiteral("Name"));
        a.replyTo = ident->get(QStringLiteral("ReplyTo")).trimmed();
        if (const ConfigText::IniGroup *ds = group(s, "Data Source")) {
            a.name = ds->get(QStringLiteral("DisplayName"));
            // The parent is the account (collection or mail account) with the incoming server.
            const QString parent = ds->get(QStringLiteral("Parent")).trimmed();
            if (byUid.contains(parent)) {
                const Source &p = byUid[parent];
                if (const ConfigText::IniGroup *ma = group(p, "Mail Account"))
                    a.incoming.type = ma->get(QStringLiteral("BackendName")).replace(QLatin1String("imapx"), QLatin1String("imap"));
                if (const ConfigText::IniGroup *pa = group(p, "Authentication")) {
                    a.incoming.host = pa->get(QStringLiteral("Host")).trimmed();
                    a.incoming.user = pa->get(QStringLiteral("User"));
                    a.incoming.port = portValue(pa->get(QStringLiteral("Port")));
                }
            }
        }
        QString tuid;
        if (const ConfigText::IniGroup *sub = group(s, "Mail Submission"))
            tuid = sub->get(QStringLiteral("TransportUid")).trimmed();
        a.smtpRef = tuid;
        if (byUid.contains(tuid)) {
            transportOf(byUid[tuid], &a.smtp);
            a.source = byUid[tuid].path;
            usedTransports.insert(tuid);
        } else {
            a.source = s.path;
            if (!tuid.isEmpty())
                r.warnings.append(accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "Identity %1 sends through transport %2, whose file was not "
                                     "found."), {a.email, tuid}));
        }
        if (a.name.isEmpty())
            a.name = a.email;
        r.accounts.append(a);
    }
    for (const QString &uid : std::as_const(order)) {
        const Source &s = byUid[uid];
        const ConfigText::IniGroup *mt = group(s, "Mail Transport");
        if (!mt || usedTransports.contains(uid))
            continue;
        if (mt->get(QStringLiteral("BackendName")).trimmed() != QLatin1String("smtp"))
            continue;
        MailAccount a;
        a.client = ClientId::Evolution;
        a.source = s.path;
        a.smtpRef = uid;
        if (const ConfigText::IniGroup *ds = group(s, "Data Source"))
            a.name = ds->get(QStringLiteral("DisplayName"));
        transportOf(s, &a.smtp);
        r.accounts.append(a);
    }
    if (r.accounts.isEmpty() && !files.isEmpty() && byUid.isEmpty())
        r.error = accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "No Evolution source file could be read."));
    return r;
}

} // namespace od::AccountReaders
