// Key-file based clients: KMail (mailtransports + emailidentities), Evolution (*.source),
// Claws Mail (accountrc).
#include "accountreaders.h"
#include "configtext.h"

#include <QFileInfo>
#include <QSet>

namespace od::AccountReaders {

namespace {

bool decodeInto(const QByteArray &data, QList<ConfigText::IniGroup> *groups, bool kde,
                ReadResult &r)
{
    QString text;
    if (!ConfigText::decodeText(data, &text, &r.error, &r.warnings))
        return false;
    *groups = ConfigText::parseIni(ConfigText::splitLines(text), kde, &r.warnings);
    return true;
}

using ConfigText::portValue;

bool isTrue(const QString &s)
{
    const QString t = s.trimmed().toLower();
    return t == QLatin1String("true") || t == QLatin1String("1") || t == QLatin1String("yes")
        || t == QLatin1String("on");
}

// KMail's TransportBase::EnumAuthenticationType order.
QString kmailAuth(const QString &authtype)
{
    bool ok = false;
    const int n = authtype.trimmed().toInt(&ok);
    if (!ok)
        return AuthId::Plain; // KMail's default
    switch (n) {
    case 0: return AuthId::Login;
    case 1: return AuthId::Plain;
    case 2: return AuthId::CramMd5;
    case 3: return AuthId::DigestMd5;
    case 4: return AuthId::Ntlm;
    case 5: return AuthId::Gssapi;
    case 7: return AuthId::PasswordCleartext; // CLEAR
    case 8: return AuthId::None;              // ANONYMOUS
    case 9: return AuthId::OAuth2;            // XOAUTH2
    default: return {};
    }
}

} // namespace

ReadResult readKMail(const QByteArray &mailtransports, const QString &transportsPath,
                     const QByteArray &emailidentities, const QString &identitiesPath)
{
    ReadResult r;
    QList<ConfigText::IniGroup> tgroups;
    if (!mailtransports.isEmpty() && !decodeInto(mailtransports, &tgroups, true, r))
        return r;
    QList<ConfigText::IniGroup> igroups;
    if (!emailidentities.isEmpty()) {
        ReadResult ir;
        if (!decodeInto(emailidentities, &igroups, true, ir))
            r.warnings.append(ir.error);
        r.warnings += ir.warnings;
    }

    struct Transport { QString id; QString group; QString name; SmtpSettings smtp; };
    QList<Transport> transports;
    for (const ConfigText::IniGroup &g : std::as_const(tgroups)) {
        if (!g.name.startsWith(QLatin1String("Transport ")))
            continue;
        Transport t;
        t.group = g.name;
        t.id = g.get(QStringLiteral("id"), g.name.mid(10)).trimmed();
        t.name = g.get(QStringLiteral("name"));
        const QString type = g.get(QStringLiteral("type"), QStringLiteral("0")).trimmed();
        if (type != QLatin1String("0") && type.compare(QLatin1String("SMTP"), Qt::CaseInsensitive) != 0) {
            r.warnings.append(Accounts::tr("KMail transport \"%1\" is not an SMTP transport.").arg(t.name));
            continue;
        }
        t.smtp.host = g.get(QStringLiteral("host")).trimmed();
        t.smtp.port = portValue(g.get(QStringLiteral("port")));
        const QString enc = g.get(QStringLiteral("encryption"), QStringLiteral("None")).trimmed().toUpper();
        t.smtp.security = enc == QLatin1String("SSL") ? Security::Tls
                          : enc == QLatin1String("TLS") ? Security::StartTls
                                                        : Security::None;
        t.smtp.auth = isTrue(g.get(QStringLiteral("auth"), QStringLiteral("false")))
                          ? kmailAuth(g.get(QStringLiteral("authtype")))
                          : QString(AuthId::None);
        t.smtp.user = g.get(QStringLiteral("user"));
        transports.append(t);
    }
    QString defaultTransport;
    if (const ConfigText::IniGroup *general = ConfigText::findGroup(tgroups, QStringLiteral("General")))
        defaultTransport = general->get(QStringLiteral("default-transport")).trimmed();
    auto findTransport = [&transports](const QString &id) -> const Transport * {
        for (const Transport &t : transports) {
            if (t.id == id)
                return &t;
        }
        return nullptr;
    };
    const Transport *defTransport = findTransport(defaultTransport);
    if (!defTransport && !transports.isEmpty())
        defTransport = &transports.constFirst();

    QString defaultIdentity;
    if (const ConfigText::IniGroup *general = ConfigText::findGroup(igroups, QStringLiteral("General")))
        defaultIdentity = general->get(QStringLiteral("Default Identity")).trimmed();

    QSet<QString> used;
    for (const ConfigText::IniGroup &g : std::as_const(igroups)) {
        if (!g.name.startsWith(QLatin1String("Identity")))
            continue;
        MailAccount a;
        a.client = ClientId::KMail;
        a.source = transportsPath;
        a.identitySource = identitiesPath;
        a.identityRef = g.name;
        a.name = g.get(QStringLiteral("Identity"));
        a.displayName = g.get(QStringLiteral("Name"));
        a.email = g.get(QStringLiteral("Email Address")).trimmed();
        a.replyTo = g.get(QStringLiteral("Reply-to Address")).trimmed();
        a.isDefault = !defaultIdentity.isEmpty() && g.get(QStringLiteral("uoid")).trimmed() == defaultIdentity;
        const QString tid = g.get(QStringLiteral("Transport")).trimmed();
        const Transport *t = tid.isEmpty() ? defTransport : findTransport(tid);
        if (!t && !tid.isEmpty()) {
            r.warnings.append(Accounts::tr("Identity \"%1\" refers to transport %2, which does not exist; the "
                                 "default transport is used.").arg(a.name, tid));
            t = defTransport;
        }
        if (t) {
            a.smtp = t->smtp;
            a.smtpRef = t->id;
            used.insert(t->id);
        }
        if (a.name.isEmpty())
            a.name = a.email;
        r.accounts.append(a);
    }
    for (const Transport &t : std::as_const(transports)) {
        if (used.contains(t.id))
            continue;
        MailAccount a;
        a.client = ClientId::KMail;
        a.source = transportsPath;
        a.smtpRef = t.id;
        a.name = t.name;
        a.smtp = t.smtp;
        a.isDefault = t.id == defaultTransport && igroups.isEmpty();
        r.accounts.append(a);
    }
    if (tgroups.isEmpty() && igroups.isEmpty() && r.error.isEmpty() && r.accounts.isEmpty())
        r.error = Accounts::tr("This is not a KMail mailtransports or emailidentities file.");
    return r;
}

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
        if (!decodeInto(f.data, &s.groups, false, one)) {
            r.warnings.append(Accounts::tr("%1: %2").arg(f.path, one.error));
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
                r.warnings.append(Accounts::tr("Identity %1 sends through transport %2, whose file was not "
                                     "found.").arg(a.email, tuid));
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
        r.error = Accounts::tr("No Evolution source file could be read.");
    return r;
}

// --- Claws Mail ------------------------------------------------------------------------------

ReadResult readClawsAccountrc(const QByteArray &data, const QString &source)
{
    ReadResult r;
    QList<ConfigText::IniGroup> groups;
    if (!decodeInto(data, &groups, false, r))
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
            r.warnings.append(Accounts::tr("Account \"%1\" hands mail to the program \"%2\" instead of an SMTP "
                                 "server.").arg(a.name, server));
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
        r.error = Accounts::tr("This is not a Claws Mail accountrc file.");
    return r;
}

} // namespace od::AccountReaders
