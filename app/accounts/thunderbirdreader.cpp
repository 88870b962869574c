// SPDX-License-Identifier: GPL-3.0-or-later
// Thunderbird: profiles.ini and prefs.js.
#include "accountreaders.h"
#include "configtext.h"
#include "prefsjs.h"

#include <QDir>
#include <QSet>

namespace od::AccountReaders {

QList<ThunderbirdProfile> parseProfilesIni(const QByteArray &data, const QString &iniDir,
                                           QStringList *warnings)
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

// Keys like "smtp12" sort naturally (smtp2 before smtp12): runs of digits compare by their
// value, everything else by character. Keys are IDs, so no locale takes part (QCollator's
// numeric mode is not available on every platform and locale).
bool naturalLess(const QString &a, const QString &b)
{
    const qsizetype na = a.size(), nb = b.size();
    qsizetype i = 0, j = 0;
    while (i < na && j < nb) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            qsizetype ei = i, ej = j;
            while (ei < na && a.at(ei).isDigit())
                ++ei;
            while (ej < nb && b.at(ej).isDigit())
                ++ej;
            // Without leading zeros, a longer run is a larger number.
            qsizetype si = i, sj = j;
            while (si + 1 < ei && a.at(si) == u'0')
                ++si;
            while (sj + 1 < ej && b.at(sj) == u'0')
                ++sj;
            if (ei - si != ej - sj)
                return ei - si < ej - sj;
            const int c = QStringView(a).mid(si, ei - si).compare(QStringView(b).mid(sj, ej - sj));
            if (c != 0)
                return c < 0;
            i = ei;
            j = ej;
            continue;
        }
        if (a.at(i) != b.at(j))
            return a.at(i) < b.at(j);
        ++i;
        ++j;
    }
    if ((na - i) != (nb - j))
        return na - i < nb - j;
    return a < b; // equal but for leading zeros: a fixed order all the same
}

void naturalSort(QStringList &keys)
{
    std::sort(keys.begin(), keys.end(), naturalLess);
}

// The outgoing server fields the reader uses.
enum ServerField { Hostname, Port, TrySsl, AuthMethod, LegacyAuthMethod, Username, Description, Type, FieldCount };
constexpr const char *serverFieldNames[FieldCount] = {"hostname", "port", "try_ssl", "authMethod", "auth_method",
                                                      "username", "description", "type"};

// One outgoing server's prefs. Newer Thunderbird writes mail.outgoingserver.*, older
// mail.smtpserver.*; the newer name wins where both are there.
struct ServerPrefs
{
    const PrefsJs::Pref *newer[FieldCount] = {};
    const PrefsJs::Pref *older[FieldCount] = {};
    const PrefsJs::Pref *get(ServerField f) const { return newer[f] ? newer[f] : older[f]; }
};

// Every outgoing server's prefs in one pass over the file, by server key (the part between
// the prefix and the next dot: "smtp3" in mail.smtpserver.smtp3.hostname; fields may have dots
// of their own, as oauth2.scope), the last occurrence of a pref winning as in Thunderbird. Looking each field up by a built name instead costs
// 16 string concatenations and hash lookups per server: most of the time of a large profile.
struct ServerIndex
{
    QHash<QString, ServerPrefs> byKey;
    QStringList keys; // in the order first seen
};

ServerIndex indexServers(const PrefsJs::Prefs &prefs)
{
    static const QLatin1String newerPrefix("mail.outgoingserver.");
    static const QLatin1String olderPrefix("mail.smtpserver.");
    ServerIndex index;
    for (const PrefsJs::Pref &p : prefs.prefs) {
        const bool newer = p.name.startsWith(newerPrefix);
        if (!newer && !p.name.startsWith(olderPrefix))
            continue;
        const QStringView rest = QStringView(p.name).mid(newer ? newerPrefix.size() : olderPrefix.size());
        const qsizetype dot = rest.indexOf(u'.');
        if (dot <= 0)
            continue;
        const QString key = rest.left(dot).toString();
        auto it = index.byKey.find(key);
        if (it == index.byKey.end()) {
            it = index.byKey.insert(key, ServerPrefs());
            index.keys.append(key);
        }
        const QStringView field = rest.mid(dot + 1);
        for (int f = 0; f < FieldCount; ++f) {
            if (field == QLatin1String(serverFieldNames[f])) {
                (newer ? it->newer : it->older)[f] = &p;
                break;
            }
        }
    }
    return index;
}

// A host name or a bracketed address literal (what Thunderbird can connect to).
bool isValidHostName(const QString &host)
{
    if (host.size() > 2 && host.startsWith(u'[') && host.endsWith(u']')) {
        for (qsizetype k = 1; k + 1 < host.size(); ++k) {
            const char16_t c = host.at(k).unicode();
            if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F') || c == u':' || c == u'.'))
                return false;
        }
        return true;
    }
    for (const QChar ch : host) {
        const char16_t c = ch.unicode();
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_' || c == u'.'
              || c == u'-'))
            return false;
    }
    return !host.isEmpty();
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
        r.error = Accounts::tr("This is not a Thunderbird prefs.js file.");
        return r;
    }

    const ServerIndex serverIndex = indexServers(prefs);

    QStringList smtpKeys = splitList(prefs.string(QStringLiteral("mail.smtpservers")));
    if (smtpKeys.isEmpty())
        smtpKeys = splitList(prefs.string(QStringLiteral("mail.outgoingservers")));
    if (smtpKeys.isEmpty()) {
        // No list (hand-made or partial prefs): take every server that has keys.
        QStringList found = serverIndex.keys;
        found.removeAll(QStringLiteral("default"));
        naturalSort(found);
        smtpKeys = found;
    }
    QString defaultSmtp = prefs.string(QStringLiteral("mail.smtp.defaultserver")).trimmed();
    if (defaultSmtp.isEmpty())
        defaultSmtp = prefs.string(QStringLiteral("mail.outgoingserver.defaultserver")).trimmed();
    if (defaultSmtp.isEmpty() && !smtpKeys.isEmpty())
        defaultSmtp = smtpKeys.constFirst();

    QHash<QString, Smtp> servers;
    servers.reserve(smtpKeys.size());
    for (const QString &key : std::as_const(smtpKeys)) {
        const auto found = serverIndex.byKey.constFind(key);
        const ServerPrefs none;
        const ServerPrefs &sp = found == serverIndex.byKey.constEnd() ? none : *found;
        auto serverStr = [&sp](ServerField f) {
            const PrefsJs::Pref *p = sp.get(f);
            return p ? p->value.toString() : QString();
        };
        auto serverInt = [&sp](ServerField f) -> std::optional<qlonglong> {
            const PrefsJs::Pref *p = sp.get(f);
            if (!p)
                return std::nullopt;
            bool ok = false;
            const qlonglong v = p->value.toString().toLongLong(&ok);
            return ok ? std::optional<qlonglong>(v) : std::nullopt;
        };
        Smtp s;
        s.settings.host = serverStr(Hostname).trimmed();
        s.settings.port = int(qBound(qlonglong(0), serverInt(Port).value_or(0), qlonglong(65535)));
        s.settings.security = securityFromTrySsl(serverInt(TrySsl));
        s.settings.auth = authFromMethod(serverInt(AuthMethod), serverInt(LegacyAuthMethod));
        s.settings.user = serverStr(Username);
        s.description = serverStr(Description);
        const QString type = serverStr(Type);
        s.notSmtp = !type.isEmpty() && type != QLatin1String("smtp");
        if (s.notSmtp) {
            r.warnings.append(Accounts::tr("Outgoing server \"%1\" sends through %2, not SMTP.")
                                  .arg(key, type.toUpper()));
            s.settings = SmtpSettings{};
        }
        servers.insert(key, std::move(s));
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
        static const QLatin1String prefix("mail.identity."), suffix(".useremail");
        QStringList extra;
        QSet<QString> seen(identityOrder.cbegin(), identityOrder.cend());
        for (const PrefsJs::Pref &p : prefs.prefs) {
            // mail.identity.<id>.useremail, <id> without dots
            if (p.name.size() <= prefix.size() + suffix.size() || !p.name.startsWith(prefix) || !p.name.endsWith(suffix))
                continue;
            const QStringView id = QStringView(p.name).mid(prefix.size(), p.name.size() - prefix.size() - suffix.size());
            if (id.contains(u'.'))
                continue;
            const QString key = id.toString();
            if (!seen.contains(key)) {
                seen.insert(key);
                extra.append(key);
            }
        }
        naturalSort(extra);
        identityOrder += extra;
    }

    r.accounts.reserve(identityOrder.size() + smtpKeys.size());
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
                    r.warnings.append(Accounts::tr("Identity %1 refers to outgoing server \"%2\", which does "
                                         "not exist; the default server is used.").arg(id, smtpKey));
                smtpKey = defaultSmtp;
            }
            if (const auto it = servers.constFind(smtpKey); it != servers.constEnd()) {
                a.smtp = it->settings;
                a.smtpRef = smtpKey;
                usedSmtp.insert(smtpKey);
            }
        }
        if (a.email.isEmpty() && a.smtp.host.isEmpty() && a.smtpRef.isEmpty() && a.displayName.isEmpty())
            continue; // an empty identity shell
        r.accounts.append(std::move(a));
    }

    for (const QString &key : std::as_const(smtpKeys)) {
        if (usedSmtp.contains(key))
            continue;
        const Smtp &s = *servers.constFind(key);
        if (s.notSmtp)
            continue;
        MailAccount a;
        a.client = ClientId::Thunderbird;
        a.source = source;
        a.smtpRef = key;
        a.smtp = s.settings;
        a.name = s.description.isEmpty() ? s.settings.host : s.description;
        r.accounts.append(std::move(a));
    }

    for (const MailAccount &a : std::as_const(r.accounts)) {
        if (!a.smtp.host.isEmpty() && !isValidHostName(a.smtp.host))
            r.warnings.append(Accounts::tr("Outgoing server name \"%1\" is not a valid host name.").arg(a.smtp.host));
    }
    return r;
}

} // namespace od::AccountReaders
