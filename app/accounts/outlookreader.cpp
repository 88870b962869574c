// Outlook (and Outlook Express / Windows Mail): registry keys → accounts.
#include "accountreaders.h"
#include "configtext.h"

namespace od::AccountReaders {

namespace {

constexpr QLatin1String kProfileGuid("9375CFF0413111d3B88A00104B2A6676");

QString text(const RegistryKey &k, std::initializer_list<const char *> names)
{
    for (const char *n : names) {
        if (const RegistryValue *v = k.value(QLatin1String(n))) {
            const QString t = v->toText().trimmed();
            if (!t.isEmpty())
                return t;
        }
    }
    return {};
}

std::optional<quint64> number(const RegistryKey &k, std::initializer_list<const char *> names)
{
    for (const char *n : names) {
        if (const RegistryValue *v = k.value(QLatin1String(n))) {
            if (const auto x = v->toNumber())
                return x;
        }
    }
    return std::nullopt;
}

MailAccount accountFromKey(const RegistryKey &k, bool modern)
{
    MailAccount a;
    a.client = ClientId::Outlook;
    a.identityRef = k.path;
    a.smtpRef = k.path;
    a.name = text(k, {"Account Name"});
    a.email = text(k, {"Email", "SMTP Email Address"});
    a.displayName = text(k, {"Display Name", "SMTP Display Name"});
    a.replyTo = text(k, {"Reply To Email Address", "SMTP Reply To Email Address", "Reply E-Mail Address"});
    a.smtp.host = text(k, {"SMTP Server"});
    a.smtp.port = int(qMin<quint64>(number(k, {"SMTP Port"}).value_or(0), 65535));
    a.smtp.user = text(k, {"SMTP User", "SMTP User Name"});

    // Security: "SMTP Secure Connection" 0 none, 1 SSL/TLS, 2 STARTTLS, 3 auto; older "SMTP Use SSL".
    if (const auto sc = number(k, {"SMTP Secure Connection"})) {
        switch (*sc) {
        case 0: a.smtp.security = Security::None; break;
        case 1: a.smtp.security = Security::Tls; break;
        case 2: a.smtp.security = Security::StartTls; break;
        default: a.smtp.security = Security::Auto; break;
        }
    } else if (const auto ssl = number(k, {"SMTP Use SSL", "SMTP SSL"})) {
        a.smtp.security = *ssl ? (a.smtp.port == 465 ? Security::Tls : Security::StartTls) : Security::None;
    } else {
        a.smtp.security = Security::None; // Outlook's default: no encryption
    }

    // Authentication.
    if (modern) {
        const auto useAuth = number(k, {"SMTP Use Auth"});
        const auto method = number(k, {"SMTP Auth Method"});
        const bool spa = number(k, {"SMTP Use SPA"}).value_or(0) != 0;
        if (method && *method == 2) {
            a.popBeforeSmtp = true;
            a.smtp.auth = AuthId::None;
        } else if (useAuth && *useAuth == 0) {
            a.smtp.auth = AuthId::None;
        } else if (useAuth || method) {
            a.smtp.auth = spa ? QString(AuthId::Ntlm) : QString(AuthId::Any);
        } else {
            a.smtp.auth = AuthId::None;
        }
    } else {
        // OMI / Outlook Express "SMTP Use Sicily": 0 none, 1 SPA, 2 as incoming, 3 user/password.
        const auto sicily = number(k, {"SMTP Use Sicily"});
        if (!sicily)
            a.smtp.auth = a.smtp.user.isEmpty() ? QString(AuthId::None) : QString(AuthId::Any);
        else if (*sicily == 0)
            a.smtp.auth = AuthId::None;
        else if (*sicily == 1)
            a.smtp.auth = AuthId::Ntlm;
        else
            a.smtp.auth = AuthId::Any;
    }

    // Incoming.
    struct Kind { const char *server; const char *user1; const char *user2; const char *port; const char *type; };
    static const Kind kinds[] = {
        {"IMAP Server", "IMAP User", "IMAP User Name", "IMAP Port", "imap"},
        {"POP3 Server", "POP3 User", "POP3 User Name", "POP3 Port", "pop3"},
        {"HTTPMail Server", "HTTPMail User Name", "HTTP User", "", "httpmail"},
    };
    for (const Kind &kind : kinds) {
        const QString host = text(k, {kind.server});
        if (host.isEmpty())
            continue;
        a.incoming.type = QLatin1String(kind.type);
        a.incoming.host = host;
        a.incoming.user = text(k, {kind.user1, kind.user2});
        if (*kind.port)
            a.incoming.port = int(qMin<quint64>(number(k, {kind.port}).value_or(0), 65535));
        break;
    }
    if (a.name.isEmpty())
        a.name = a.email;
    return a;
}

} // namespace

ReadResult readOutlookRegistry(const QList<RegistryKey> &keys, const QString &source)
{
    ReadResult r;
    QHash<QString, QString> defaults; // parent path (lower case) → default account leaf
    for (const RegistryKey &k : keys) {
        const QString def = text(k, {"Default Mail Account"});
        if (!def.isEmpty())
            defaults.insert(k.path.toLower(), def);
    }
    for (const RegistryKey &k : keys) {
        if (!k.value(QStringLiteral("SMTP Server")) && !k.value(QStringLiteral("SMTP Email Address"))
            && !(k.value(QStringLiteral("Email")) && k.value(QStringLiteral("Account Name"))))
            continue;
        const bool modern = k.path.contains(kProfileGuid, Qt::CaseInsensitive);
        MailAccount a = accountFromKey(k, modern);
        a.source = source;
        // Default account: "Default Mail Account" of the OMI key (accounts may sit one level
        // deeper, under \Accounts).
        QString parent = k.parentPath().toLower();
        if (!defaults.contains(parent) && parent.endsWith(QLatin1String("\\accounts")))
            parent.chop(9);
        a.isDefault = defaults.value(parent) == k.leafName();
        if (a.smtp.host.isEmpty() && a.email.isEmpty())
            continue;
        if (a.smtp.host.isEmpty())
            r.warnings.append(Accounts::tr("Outlook account \"%1\" has no SMTP server (an Exchange or "
                                 "Microsoft 365 account?).").arg(a.name));
        r.accounts.append(a);
    }
    return r;
}

ReadResult readOutlookRegFile(const QByteArray &data, const QString &source)
{
    const RegistryParseResult reg = parseRegFile(data);
    if (!reg.error.isEmpty()) {
        ReadResult r;
        r.error = reg.error;
        return r;
    }
    ReadResult r = readOutlookRegistry(reg.keys, source);
    r.warnings = reg.warnings + r.warnings;
    return r;
}

} // namespace od::AccountReaders
