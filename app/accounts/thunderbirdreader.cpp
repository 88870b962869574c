// SPDX-License-Identifier: GPL-3.0-or-later
// Thunderbird: profiles.ini and prefs.js.
#include "accountreaders.h"
#include "configtext.h"
#include "prefsjs.h"

#include <QCollator>
#include <QDir>
#include <QRegularExpression>
#include <QSet>

namespace od::AccountReaders {

QList<ThunderbirdProfile> parseProfilesIni(const QByteArray &data, const QString &iniDir,
                                           QList<Phrase> *warnings)
{
    QList<ThunderbirdProfile> profiles;
    const ConfigText::Decoded d = ConfigText::decode(data);
    if (!d.error.isEmpty()) {
        if (warnings)
            warnings->append(d.error);
        return profiles;
    }
    const QList<ConfigText::IniGroup> groups =
        ConfigText::parseIni(ConfigText::splitLines(d.text), false, warnings);
    QString installDefault; // a profile path, relative or absolute as written
    for (const ConfigText::IniGroup &g : groups) {
        if (g.name.startsWith(QLatin1String("Install")) && installDefault.isEmpty())
            installDefault = g.get(QStringLiteral("Default")).trimmed();
    }
    QString legacyDefault;
    for (const ConfigText::IniGroup &g : groups) {
        if (!g.name.startsWith(QLatin1String("Profile")))
            continue;
        const QString rawPath = g.get(QStringLiteral("Path")).trimmed();
        if (rawPath.isEmpty())
            continue;
        ThunderbirdProfile p;
        p.name = g.get(QStringLiteral("Name"));
        const bool relative = g.get(QStringLiteral("IsRelative"), QStringLiteral("1")).trimmed()
                              != QLatin1String("0");
        p.path = relative ? QDir::cleanPath(iniDir + u'/' + rawPath) : QDir::cleanPath(rawPath);
        if (!installDefault.isEmpty())
            p.isDefault = rawPath == installDefault
                          || p.path == QDir::cleanPath(iniDir + u'/' + installDefault);
        else if (legacyDefault.isEmpty() && g.get(QStringLiteral("Default")).trimmed() == u'1')
            p.isDefault = true;
        if (p.isDefault)
            legacyDefault = p.path;
        profiles.append(p);
    }
    // An Install default not listed as a [Profile] (it happens after manual copying).
    if (!installDefault.isEmpty() && legacyDefault.isEmpty()) {
        ThunderbirdProfile p;
        p.path = QDir::isAbsolutePath(installDefault) ? installDefault
                                                      : QDir::cleanPath(iniDir + u'/' + installDefault);
        p.name = QDir(p.path).dirName();
        p.isDefault = true;
        profiles.append(p);
    }
    std::stable_sort(profiles.begin(), profiles.end(),
                     [](const ThunderbirdProfile &a, const ThunderbirdProfile &b) {
                         return a.isDefault && !b.isDefault;
                     });
    return profiles;
}

namespace {

QStringList splitList(const QString &s)
{
    QStringList out;
    QSet<QString> seen; // a set beside the list: lists of 100,000 servers stay linear
    const QStringList parts = s.split(u',', Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        const QString t = p.trimmed();
        if (!t.isEmpty() && !seen.contains(t)) {
            seen.insert(t);
            out.append(t);
        }
    }
    return out;
}

Security securityFromTrySsl(std::optional<qlonglong> v)
{
    if (!v)
        return Security::None; // Thunderbird's default is 0
    switch (*v) {
    case 0: return Security::None;
    case 1: return Security::Auto; // "TLS, if available" (old profiles)
    case 2: return Security::StartTls;
    case 3: return Security::Tls;
    default: return Security::Auto;
    }
}

QString authFromMethod(std::optional<qlonglong> method, std::optional<qlonglong> legacy)
{
    if (method) {
        switch (*method) {
        case 0:
        case 1: return AuthId::None;
        case 2: return AuthId::Any; // "old": whatever the server offers
        case 3: return AuthId::PasswordCleartext;
        case 4: return AuthId::PasswordEncrypted;
        case 5: return AuthId::Gssapi;
        case 6: return AuthId::Ntlm;
        case 7: return AuthId::External;
        case 8: return AuthId::PasswordEncrypted; // "secure"
        case 9: return AuthId::Any;
        case 10: return AuthId::OAuth2;
        default: return {};
        }
    }
    if (legacy) // pre-3.0 profiles: mail.smtpserver.X.auth_method 0/1
        return *legacy == 0 ? QString(AuthId::None) : QString(AuthId::PasswordCleartext);
    return {};
}

// Keys like "smtp12" sort naturally (smtp2 before smtp12).
void naturalSort(QStringList &keys)
{
    QCollator c;
    c.setNumericMode(true);
    std::sort(keys.begin(), keys.end(),
              [&c](const QString &a, const QString &b) { return c.compare(a, b) < 0; });
}

struct Smtp
{
    SmtpSettings settings;
    QString description;
    bool notSmtp = false; // an EWS / Graph "outgoing server"
};

} // namespace

ReadResult readThunderbirdPrefs(const QByteArray &data, const QString &source)
{
    ReadResult r;
    QString text;
    if (!ConfigText::decodeText(data, &text, &r.error, &r.warnings))
        return r;
    const PrefsJs::Prefs prefs = PrefsJs::parse(text);
    r.warnings += prefs.warnings;
    if (prefs.prefs.isEmpty() && !text.trimmed().isEmpty()
        && !text.contains(QLatin1String("user_pref"))) {
        r.error = accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "This is not a Thunderbird prefs.js file."));
        return r;
    }

    // Outgoing servers: newer Thunderbird writes mail.outgoingserver.*, older mail.smtpserver.*.
    auto serverPref = [&prefs](const QString &key, const char *field) -> const PrefsJs::Pref * {
        const QString f = QLatin1String(field);
        if (const PrefsJs::Pref *p = prefs.find(QStringLiteral("mail.outgoingserver.") + key + u'.' + f))
            return p;
        return prefs.find(QStringLiteral("mail.smtpserver.") + key + u'.' + f);
    };
    auto serverInt = [&serverPref](const QString &key, const char *field) -> std::optional<qlonglong> {
        const PrefsJs::Pref *p = serverPref(key, field);
        if (!p)
            return std::nullopt;
        bool ok = false;
        const qlonglong v = p->value.toString().toLongLong(&ok);
        return ok ? std::optional<qlonglong>(v) : std::nullopt;
    };
    auto serverStr = [&serverPref](const QString &key, const char *field) {
        const PrefsJs::Pref *p = serverPref(key, field);
        return p ? p->value.toString() : QString();
    };

    QStringList smtpKeys = splitList(prefs.string(QStringLiteral("mail.smtpservers")));
    if (smtpKeys.isEmpty())
        smtpKeys = splitList(prefs.string(QStringLiteral("mail.outgoingservers")));
    if (smtpKeys.isEmpty()) {
        // No list (hand-made or partial prefs): take every server that has keys.
        static const QRegularExpression re(
            QStringLiteral("^mail\\.(?:smtpserver|outgoingserver)\\.([^.]+)\\."));
        QStringList found;
        QSet<QString> seen;
        for (const PrefsJs::Pref &p : prefs.prefs) {
            const QRegularExpressionMatch m = re.match(p.name);
            if (m.hasMatch() && m.captured(1) != QLatin1String("default") && !seen.contains(m.captured(1))) {
                seen.insert(m.captured(1));
                found.append(m.captured(1));
            }
        }
        naturalSort(found);
        smtpKeys = found;
    }
    QString defaultSmtp = prefs.string(QStringLiteral("mail.smtp.defaultserver")).trimmed();
    if (defaultSmtp.isEmpty())
        defaultSmtp = prefs.string(QStringLiteral("mail.outgoingserver.defaultserver")).trimmed();
    if (defaultSmtp.isEmpty() && !smtpKeys.isEmpty())
        defaultSmtp = smtpKeys.constFirst();

    QHash<QString, Smtp> servers;
    for (const QString &key : std::as_const(smtpKeys)) {
        Smtp s;
        s.settings.host = serverStr(key, "hostname").trimmed();
        s.settings.port = int(qBound(qlonglong(0), serverInt(key, "port").value_or(0), qlonglong(65535)));
        s.settings.security = securityFromTrySsl(serverInt(key, "try_ssl"));
        s.settings.auth = authFromMethod(serverInt(key, "authMethod"), serverInt(key, "auth_method"));
        s.settings.user = serverStr(key, "username");
        s.description = serverStr(key, "description");
        const QString type = serverStr(key, "type");
        s.notSmtp = !type.isEmpty() && type != QLatin1String("smtp");
        if (s.notSmtp) {
            r.warnings.append(accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "Outgoing server \"%1\" sends through %2, not SMTP."), {key, type.toUpper()}));
            s.settings = SmtpSettings{};
        }
        servers.insert(key, s);
    }

    // Accounts → identities and incoming servers.
    QStringList accountKeys = splitList(prefs.string(QStringLiteral("mail.accountmanager.accounts")));
    const QString defaultAccount = prefs.string(QStringLiteral("mail.accountmanager.defaultaccount")).trimmed();
    QStringList identityOrder;
    QHash<QString, QString> identityAccount; // identity → account key
    for (const QString &acc : std::as_const(accountKeys)) {
        const QStringList ids = splitList(prefs.string(QStringLiteral("mail.account.") + acc + QLatin1String(".identities")));
        for (const QString &id : ids) {
            if (!identityAccount.contains(id)) {
                identityAccount.insert(id, acc);
                identityOrder.append(id);
            }
        }
    }
    // Identities not attached to any listed account but with an address (partial profiles).
    {
        static const QRegularExpression re(QStringLiteral("^mail\\.identity\\.([^.]+)\\.useremail$"));
        QStringList extra;
        QSet<QString> seen(identityOrder.cbegin(), identityOrder.cend());
        for (const PrefsJs::Pref &p : prefs.prefs) {
            const QRegularExpressionMatch m = re.match(p.name);
            if (m.hasMatch() && !seen.contains(m.captured(1))) {
                seen.insert(m.captured(1));
                extra.append(m.captured(1));
            }
        }
        naturalSort(extra);
        identityOrder += extra;
    }

    QSet<QString> usedSmtp;
    bool defaultTaken = false;
    for (const QString &id : std::as_const(identityOrder)) {
        const QString base = QStringLiteral("mail.identity.") + id + u'.';
        MailAccount a;
        a.client = ClientId::Thunderbird;
        a.source = source;
        a.identityRef = id;
        a.email = prefs.string(base + QLatin1String("useremail")).trimmed();
        a.displayName = prefs.string(base + QLatin1String("fullName"));
        a.replyTo = prefs.string(base + QLatin1String("reply_to")).trimmed();
        const QString acc = identityAccount.value(id);
        if (!acc.isEmpty()) {
            const QString server = prefs.string(QStringLiteral("mail.account.") + acc + QLatin1String(".server")).trimmed();
            const QString sbase = QStringLiteral("mail.server.") + server + u'.';
            a.incoming.type = prefs.string(sbase + QLatin1String("type"));
            a.incoming.host = prefs.string(sbase + QLatin1String("realhostname"),
                                           prefs.string(sbase + QLatin1String("hostname"))).trimmed();
            a.incoming.user = prefs.string(sbase + QLatin1String("realuserName"),
                                           prefs.string(sbase + QLatin1String("userName")));
            a.incoming.port = int(qBound(qlonglong(0), prefs.integer(sbase + QLatin1String("port")).value_or(0), qlonglong(65535)));
            a.name = prefs.string(sbase + QLatin1String("name"));
            if (!defaultTaken && acc == defaultAccount) {
                a.isDefault = true;
                defaultTaken = true;
            }
        }
        if (a.name.isEmpty())
            a.name = a.email;

        QString smtpKey = prefs.string(base + QLatin1String("smtpServer")).trimmed();
        const QString legacyHost = prefs.string(base + QLatin1String("smtp_server")).trimmed();
        if (smtpKey.isEmpty() && !legacyHost.isEmpty()) {
            // Netscape/Mozilla M4-era identities carry the host name themselves.
            a.smtp.host = legacyHost;
            a.smtp.user = prefs.string(base + QLatin1String("smtp_name"));
            a.smtp.security = Security::None;
        } else {
            if (smtpKey.isEmpty() || !servers.contains(smtpKey)) {
                if (!smtpKey.isEmpty())
                    r.warnings.append(accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "Identity %1 refers to outgoing server \"%2\", which does "
                                         "not exist; the default server is used."), {id, smtpKey}));
                smtpKey = defaultSmtp;
            }
            if (servers.contains(smtpKey)) {
                a.smtp = servers.value(smtpKey).settings;
                a.smtpRef = smtpKey;
                usedSmtp.insert(smtpKey);
            }
        }
        if (a.email.isEmpty() && a.smtp.host.isEmpty() && a.smtpRef.isEmpty() && a.displayName.isEmpty())
            continue; // an empty identity shell
        r.accounts.append(a);
    }

    for (const QString &key : std::as_const(smtpKeys)) {
        if (usedSmtp.contains(key))
            continue;
        const Smtp s = servers.value(key);
        if (s.notSmtp)
            continue;
        MailAccount a;
        a.client = ClientId::Thunderbird;
        a.source = source;
        a.smtpRef = key;
        a.smtp = s.settings;
        a.name = s.description.isEmpty() ? s.settings.host : s.description;
        r.accounts.append(a);
    }

    for (const MailAccount &a : std::as_const(r.accounts)) {
        static const QRegularExpression validHost(QStringLiteral("^[A-Za-z0-9_.-]+$|^\\[[0-9A-Fa-f:.]+\\]$"));
        if (!a.smtp.host.isEmpty() && !validHost.match(a.smtp.host).hasMatch())
            r.warnings.append(accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "Outgoing server name \"%1\" is not a valid host name."), {a.smtp.host}));
    }
    return r;
}

} // namespace od::AccountReaders
