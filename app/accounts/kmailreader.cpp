// SPDX-License-Identifier: GPL-3.0-or-later
// KMail: mailtransports (SMTP servers) and emailidentities (From, reply-to, transport id).
#include "accountreaders.h"
#include "configtext.h"

#include <QSet>

namespace od::AccountReaders {

namespace {

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
    if (!mailtransports.isEmpty() && !ConfigText::decodeIni(mailtransports, &tgroups, true, &r.error, &r.warnings))
        return r;
    QList<ConfigText::IniGroup> igroups;
    if (!emailidentities.isEmpty()) {
        ReadResult ir;
        if (!ConfigText::decodeIni(emailidentities, &igroups, true, &ir.error, &ir.warnings))
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
            r.warnings.append(accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "KMail transport \"%1\" is not an SMTP transport."), {t.name}));
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
            r.warnings.append(accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "Identity \"%1\" refers to transport %2, which does not exist; the "
                                 "default transport is used."), {a.name, tid}));
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
        r.error = accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "This is not a KMail mailtransports or emailidentities file."));
    return r;
}

} // namespace od::AccountReaders
