// SPDX-License-Identifier: GPL-3.0-or-later
// msmtp, NeoMutt/Mutt, git send-email; and format auto-detection.
#include "accountreaders.h"
#include "clients/mailclient.h"
#include "configtext.h"
#include "lineconfigs.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace od::AccountReaders {

namespace {

bool decodeLines(const QByteArray &data, QList<ConfigText::Line> *lines, ReadResult &r)
{
    QString text;
    if (!ConfigText::decodeText(data, &text, &r.error, &r.warnings))
        return false;
    *lines = ConfigText::splitLines(text);
    return true;
}

using ConfigText::portValue;

bool onValue(const QString &arg)
{
    // msmtp: a boolean command without argument means "on".
    const QString a = arg.trimmed().toLower();
    return a.isEmpty() || a == QLatin1String("on");
}

} // namespace

// --- msmtp -----------------------------------------------------------------------------------

ReadResult readMsmtprc(const QByteArray &data, const QString &source)
{
    ReadResult r;
    QList<ConfigText::Line> lines;
    if (!decodeLines(data, &lines, r))
        return r;
    const QList<Msmtp::Block> blocks = Msmtp::parse(lines, &r.warnings);

    // Resolve inheritance: defaults (those before the account), then parents, then own.
    QHash<QString, QHash<QString, QString>> resolved;
    QHash<QString, QString> defaults;
    QStringList order;
    QString defaultAlias;
    bool anyBlock = false;
    for (const Msmtp::Block &b : blocks) {
        if (b.headerLine < 0) {
            if (!b.commands.isEmpty())
                r.warnings.append(accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "Settings before the first \"account\" or \"defaults\" line are ignored by msmtp.")));
            continue;
        }
        anyBlock = true;
        if (b.isDefaults) {
            for (const Msmtp::Command &c : b.commands)
                defaults.insert(c.name, c.argument);
            continue;
        }
        QHash<QString, QString> settings = defaults;
        bool parentsOk = true;
        for (const QString &p : b.parents) {
            if (!resolved.contains(p)) {
                parentsOk = false;
                r.warnings.append(accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "Account \"%1\" inherits from \"%2\", which is not defined "
                                     "before it."), {b.name, p}));
                continue;
            }
            const QHash<QString, QString> ps = resolved.value(p);
            for (auto it = ps.cbegin(); it != ps.cend(); ++it)
                settings.insert(it.key(), it.value());
        }
        for (const Msmtp::Command &c : b.commands)
            settings.insert(c.name, c.argument);
        // "account default : other" makes "other" the default rather than a new account.
        if (b.name == QLatin1String("default") && !b.parents.isEmpty() && b.commands.isEmpty()) {
            if (parentsOk)
                defaultAlias = b.parents.constFirst();
            continue;
        }
        if (!resolved.contains(b.name)) // the hash, not the list: linear in the number of accounts
            order.append(b.name);
        resolved.insert(b.name, settings);
    }
    if (!anyBlock) {
        r.error = accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "This is not an msmtp configuration file."));
        return r;
    }

    for (const QString &name : std::as_const(order)) {
        const QHash<QString, QString> s = resolved.value(name);
        MailAccount a;
        a.client = ClientId::Msmtp;
        a.source = source;
        a.name = name;
        a.identityRef = name;
        a.smtpRef = name;
        a.isDefault = name == QLatin1String("default") || name == defaultAlias;
        const auto from = ConfigText::splitAddress(s.value(QStringLiteral("from")));
        a.email = from.second;
        a.displayName = from.first;
        a.smtp.host = s.value(QStringLiteral("host")).trimmed();
        a.smtp.port = portValue(s.value(QStringLiteral("port")));
        a.smtp.user = s.value(QStringLiteral("user"));
        if (s.contains(QStringLiteral("tls")) && onValue(s.value(QStringLiteral("tls")))) {
            const bool starttls = !s.contains(QStringLiteral("tls_starttls"))
                                  || onValue(s.value(QStringLiteral("tls_starttls")));
            a.smtp.security = starttls ? Security::StartTls : Security::Tls;
        } else {
            a.smtp.security = Security::None;
        }
        if (s.contains(QStringLiteral("auth"))) {
            const QString m = s.value(QStringLiteral("auth")).trimmed().toLower();
            a.smtp.auth = m.isEmpty() || m == QLatin1String("on") ? QString(AuthId::Any)
                          : m == QLatin1String("off")              ? QString(AuthId::None)
                          : m == QLatin1String("plain")            ? QString(AuthId::Plain)
                          : m == QLatin1String("login")            ? QString(AuthId::Login)
                          : m == QLatin1String("cram-md5")         ? QString(AuthId::CramMd5)
                          : m == QLatin1String("digest-md5")       ? QString(AuthId::DigestMd5)
                          : m == QLatin1String("ntlm")             ? QString(AuthId::Ntlm)
                          : m == QLatin1String("gssapi")           ? QString(AuthId::Gssapi)
                          : m == QLatin1String("external")         ? QString(AuthId::External)
                          : m == QLatin1String("xoauth2") || m == QLatin1String("oauthbearer")
                              ? QString(AuthId::OAuth2)
                              : QString();
        } else {
            a.smtp.auth = a.smtp.user.isEmpty() ? QString(AuthId::None) : QString();
        }
        if (a.smtp.host.isEmpty())
            r.warnings.append(accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "msmtp account \"%1\" has no host."), {name}));
        r.accounts.append(a);
    }
    return r;
}

// --- NeoMutt / Mutt --------------------------------------------------------------------------

namespace {

// Splits a muttrc command line into words, honouring '…', "…" and backslashes.
QStringList muttWords(const QString &line)
{
    QStringList words;
    QString cur;
    bool have = false;
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (!quote.isNull()) {
            if (c == quote) {
                quote = QChar();
            } else if (c == u'\\' && quote == u'"' && i + 1 < line.size()) {
                cur += line.at(++i);
            } else {
                cur += c;
            }
            continue;
        }
        if (c == u'\'' || c == u'"') {
            quote = c;
            have = true;
        } else if (c == u'\\' && i + 1 < line.size()) {
            cur += line.at(++i);
            have = true;
        } else if (c == u'#') {
            break;
        } else if (c == u';') {
            if (have)
                words.append(cur);
            words.append(QStringLiteral(";"));
            cur.clear();
            have = false;
        } else if (c.isSpace()) {
            if (have)
                words.append(cur);
            cur.clear();
            have = false;
        } else {
            cur += c;
            have = true;
        }
    }
    if (have)
        words.append(cur);
    return words;
}

struct MuttVars
{
    QHash<QString, QString> global;
    QHash<QString, QString> hooked; // first value set inside a hook
};

void muttCommands(const QString &line, bool inHook, MuttVars &vars, int depth)
{
    if (depth > 4)
        return;
    const QStringList words = muttWords(line);
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString w = words.at(i);
        if (w == QLatin1String("set") || w == QLatin1String("my_set")) {
            // set a = b  |  set a=b c=d
            for (qsizetype j = i + 1; j < words.size() && words.at(j) != QLatin1String(";"); ++j) {
                QString name = words.at(j);
                QString value;
                const qsizetype eq = name.indexOf(u'=');
                if (eq > 0) {
                    value = name.mid(eq + 1);
                    name = name.left(eq);
                    if (value.isEmpty() && j + 1 < words.size())
                        value = words.at(++j);
                } else if (j + 2 < words.size() && words.at(j + 1) == QLatin1String("=")) {
                    value = words.at(j + 2);
                    j += 2;
                } else if (j + 1 < words.size() && words.at(j + 1).startsWith(u'=')) {
                    value = words.at(j + 1).mid(1);
                    ++j;
                } else {
                    continue; // a boolean
                }
                // $var expansion from what is known so far.
                static const QRegularExpression var(QStringLiteral("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)\\}?"));
                QRegularExpressionMatch m;
                int guard = 0;
                while ((m = var.match(value)).hasMatch() && guard++ < 8) {
                    const QString v = vars.global.value(m.captured(1), vars.hooked.value(m.captured(1)));
                    if (v.isEmpty())
                        break;
                    value.replace(m.capturedStart(), m.capturedLength(), v);
                }
                if (inHook) {
                    if (!vars.hooked.contains(name))
                        vars.hooked.insert(name, value);
                } else {
                    vars.global.insert(name, value);
                }
            }
            return;
        }
        if (w.endsWith(QLatin1String("-hook")) && i + 2 < words.size()) {
            // hook PATTERN 'command; command'
            muttCommands(words.at(i + 2), true, vars, depth + 1);
            return;
        }
        return;
    }
}

} // namespace

ReadResult readMuttrc(const QByteArray &data, const QString &source)
{
    ReadResult r;
    QList<ConfigText::Line> lines;
    if (!decodeLines(data, &lines, r))
        return r;
    MuttVars vars;
    for (const ConfigText::Line &l : std::as_const(lines)) {
        const QString t = l.text.trimmed();
        if (t.isEmpty() || t.startsWith(u'#'))
            continue;
        muttCommands(t, false, vars, 0);
    }
    auto get = [&vars](const char *name) {
        const QString n = QLatin1String(name);
        return vars.global.contains(n) ? vars.global.value(n) : vars.hooked.value(n);
    };
    const QString smtpUrl = get("smtp_url").trimmed();
    const QString from = get("from").trimmed();
    if (smtpUrl.isEmpty() && from.isEmpty()) {
        r.error = accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "No smtp_url or from address was found in this Mutt/NeoMutt file."));
        return r;
    }
    MailAccount a;
    a.client = ClientId::NeoMutt;
    a.source = source;
    const auto addr = ConfigText::splitAddress(from);
    a.email = addr.second;
    a.displayName = addr.first.isEmpty() ? get("realname") : addr.first;
    a.replyTo = get("reply_to");
    a.identityRef = QStringLiteral("from");
    a.smtpRef = QStringLiteral("smtp_url");
    if (!smtpUrl.isEmpty()) {
        // smtp[s]://[user[:pass]@]host[:port][/]; user names may contain '@' unescaped.
        static const QRegularExpression re(QStringLiteral("^(smtps?)://(?:(.*)@)?([^@:/]+|\\[[^]]+\\])(?::(\\d+))?/?$"),
                                           QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch m = re.match(smtpUrl);
        if (!m.hasMatch()) {
            r.warnings.append(accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "The smtp_url \"%1\" could not be read."), {smtpUrl}));
        } else {
            const bool smtps = m.captured(1).toLower() == QLatin1String("smtps");
            a.smtp.host = m.captured(3);
            a.smtp.port = portValue(m.captured(4));
            QString user = m.captured(2);
            const qsizetype colon = user.indexOf(u':'); // never keep a password
            if (colon >= 0)
                user.truncate(colon);
            a.smtp.user = QUrl::fromPercentEncoding(user.toUtf8());
            a.smtp.security = smtps ? Security::Tls
                              : get("ssl_force_tls") == QLatin1String("yes") ? Security::StartTls
                                                                               : Security::Auto;
        }
    }
    if (a.smtp.user.isEmpty())
        a.smtp.user = get("smtp_user");
    const QString authenticators = get("smtp_authenticators").trimmed().toLower();
    if (authenticators.startsWith(QLatin1String("oauthbearer")) || authenticators.startsWith(QLatin1String("xoauth2")))
        a.smtp.auth = AuthId::OAuth2;
    else if (!a.smtp.user.isEmpty())
        a.smtp.auth = AuthId::Any;
    else if (!a.smtp.host.isEmpty())
        a.smtp.auth = AuthId::None;
    const QString folder = get("folder").startsWith(QLatin1String("imap")) ? get("folder") : get("spoolfile");
    const QUrl fu(folder);
    if (fu.isValid() && (fu.scheme() == QLatin1String("imap") || fu.scheme() == QLatin1String("imaps")
                         || fu.scheme() == QLatin1String("pop") || fu.scheme() == QLatin1String("pops"))) {
        a.incoming.type = fu.scheme().startsWith(QLatin1String("imap")) ? QStringLiteral("imap") : QStringLiteral("pop3");
        a.incoming.host = fu.host();
        a.incoming.port = fu.port(0);
        a.incoming.user = fu.userName().isEmpty() ? get(a.incoming.type == QLatin1String("imap") ? "imap_user" : "pop_user")
                                                  : fu.userName();
    }
    a.name = a.email.isEmpty() ? QFileInfo(source).fileName() : a.email;
    r.accounts.append(a);
    return r;
}

// --- git send-email --------------------------------------------------------------------------

ReadResult readGitConfig(const QByteArray &data, const QString &source)
{
    ReadResult r;
    QList<ConfigText::Line> lines;
    if (!decodeLines(data, &lines, r))
        return r;
    const GitConfig::File f = GitConfig::parse(lines);
    r.warnings += f.warnings;
    if (f.sections.isEmpty()) {
        r.error = accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "This is not a git configuration file."));
        return r;
    }
    QStringList identities;
    QSet<QString> seen; // beside the list, so many identities stay linear
    bool hasBase = false;
    for (const GitConfig::Section &s : f.sections) {
        if (s.section != QLatin1String("sendemail"))
            continue;
        if (s.subsection.isEmpty())
            hasBase = true;
        else if (!seen.contains(s.subsection)) {
            seen.insert(s.subsection);
            identities.append(s.subsection);
        }
    }
    const QString userName = f.value(QStringLiteral("user"), {}, QStringLiteral("name")).value_or(QString());
    const QString userEmail = f.value(QStringLiteral("user"), {}, QStringLiteral("email")).value_or(QString());
    const QString defaultIdentity = f.value(QStringLiteral("sendemail"), {}, QStringLiteral("identity")).value_or(QString());

    auto make = [&](const QString &identity) {
        // [sendemail "id"] keys override [sendemail] keys.
        auto get = [&](const char *key) -> QString {
            if (!identity.isEmpty()) {
                if (auto v = f.value(QStringLiteral("sendemail"), identity, QLatin1String(key)))
                    return *v;
            }
            return f.value(QStringLiteral("sendemail"), {}, QLatin1String(key)).value_or(QString());
        };
        MailAccount a;
        a.client = ClientId::GitSendEmail;
        a.source = source;
        a.name = identity.isEmpty() ? QStringLiteral("sendemail") : identity;
        a.identityRef = identity.isEmpty() ? QStringLiteral("sendemail") : QStringLiteral("sendemail.") + identity;
        a.smtpRef = a.identityRef;
        a.isDefault = identity == defaultIdentity;
        const QString from = get("from");
        if (!from.isEmpty()) {
            const auto addr = ConfigText::splitAddress(from);
            a.email = addr.second;
            a.displayName = addr.first;
        } else {
            a.email = userEmail.trimmed();
            a.displayName = userName;
        }
        QString server = get("smtpserver").trimmed();
        if (server.startsWith(u'/')) {
            r.warnings.append(accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "git send-email hands mail to the program \"%1\" instead of an SMTP "
                                 "server."), {server}));
            server.clear();
        }
        a.smtp.host = server;
        QString port = get("smtpserverport");
        // "host:port" in smtpServer is accepted by git too.
        if (port.isEmpty() && a.smtp.host.count(u':') == 1) {
            port = a.smtp.host.section(u':', 1);
            a.smtp.host = a.smtp.host.section(u':', 0, 0);
        }
        a.smtp.port = portValue(port);
        const QString enc = get("smtpencryption").trimmed().toLower();
        // git: "tls" means STARTTLS, "ssl" means implicit TLS.
        a.smtp.security = enc == QLatin1String("tls")   ? Security::StartTls
                          : enc == QLatin1String("ssl") ? Security::Tls
                          : enc.isEmpty() || enc == QLatin1String("none") ? Security::None
                                                                          : Security::Auto;
        a.smtp.user = get("smtpuser");
        const QString mech = get("smtpauth").trimmed().toLower();
        if (mech.isEmpty())
            a.smtp.auth = a.smtp.user.isEmpty() ? QString(AuthId::None) : QString(AuthId::Any);
        else if (mech.contains(u' '))
            a.smtp.auth = AuthId::Any;
        else if (mech == QLatin1String("none"))
            a.smtp.auth = AuthId::None;
        else if (mech == QLatin1String("plain"))
            a.smtp.auth = AuthId::Plain;
        else if (mech == QLatin1String("login"))
            a.smtp.auth = AuthId::Login;
        else if (mech == QLatin1String("cram-md5"))
            a.smtp.auth = AuthId::CramMd5;
        else if (mech == QLatin1String("xoauth2") || mech == QLatin1String("oauthbearer"))
            a.smtp.auth = AuthId::OAuth2;
        else
            a.smtp.auth = AuthId::Any;
        return a;
    };
    if (hasBase)
        r.accounts.append(make(QString()));
    for (const QString &id : std::as_const(identities))
        r.accounts.append(make(id));
    return r;
}

// --- detection -------------------------------------------------------------------------------

Format detectFormat(const QByteArray &data, const QString &fileName)
{
    // Each client recognises its own formats (clients/*.cpp).
    return MailClients::detectFormat(data, fileName);
}

QString formatName(Format format)
{
    switch (format) {
    case Format::Unknown: return Accounts::tr("unknown");
    case Format::ThunderbirdPrefs: return Accounts::tr("Thunderbird prefs.js");
    case Format::ThunderbirdProfiles: return Accounts::tr("Thunderbird profiles.ini");
    case Format::RegExport: return Accounts::tr("Windows registry export (Outlook)");
    case Format::ApplePlist: return Accounts::tr("Apple property list");
    case Format::KMailTransports: return Accounts::tr("KMail mailtransports");
    case Format::KMailIdentities: return Accounts::tr("KMail emailidentities");
    case Format::EvolutionSource: return Accounts::tr("Evolution source");
    case Format::ClawsAccountrc: return Accounts::tr("Claws Mail accountrc");
    case Format::Msmtprc: return Accounts::tr("msmtp configuration");
    case Format::Muttrc: return Accounts::tr("Mutt/NeoMutt configuration");
    case Format::GitConfig: return Accounts::tr("git configuration");
    }
    return {};
}

} // namespace od::AccountReaders
