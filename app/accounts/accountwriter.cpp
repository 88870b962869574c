// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountwriter.h"

#include "clients/mailclient.h"

#include "configtext.h"
#include "lineconfigs.h"
#include "prefsjs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <cstring>
#include <memory>
#include <vector>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace od::AccountWriter {

using ConfigText::Line;

bool isWritable(const QString &client)
{
    const ClientDescriptor *d = MailClients::find(client);
    return d && d->writeTargets;
}

Phrase validate(const MailAccount &account, const AccountChange &change)
{
    if (!isWritable(account.client))
        return accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "Settings of this mail client cannot be changed automatically; "
                            "follow the instructions instead."));
    if (change.isEmpty())
        return accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "Nothing to change."));
    static const QRegularExpression hostRe(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$|^\\[[0-9A-Fa-f:.]+\\]$"));
    if (change.host && !hostRe.match(*change.host).hasMatch())
        return accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "\"%1\" is not a valid server name."), {*change.host});
    if (change.port && (*change.port < 1 || *change.port > 65535))
        return accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "The port must be between 1 and 65535."));
    if (change.security && *change.security == Security::Auto)
        return accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "Choose a connection security: none, STARTTLS or SSL/TLS."));
    if (change.auth && !allAuthIds().contains(*change.auth))
        return accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "Unknown authentication method \"%1\"."), {*change.auth});
    static const QRegularExpression addrRe(QStringLiteral("^[^\\s@<>\"]+@[^\\s@<>\"]+$"));
    if (change.from && !addrRe.match(*change.from).hasMatch())
        return accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "\"%1\" is not an e-mail address."), {*change.from});
    if (change.replyTo && !change.replyTo->isEmpty() && !addrRe.match(*change.replyTo).hasMatch())
        return accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "\"%1\" is not an e-mail address."), {*change.replyTo});
    for (const std::optional<QString> *s : {&change.host, &change.auth, &change.user, &change.from, &change.replyTo}) {
        if (*s && (s->value().contains(u'\n') || s->value().contains(u'\r')))
            return accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "A value may not contain a line break."));
    }
    const ClientDescriptor &client = *MailClients::find(account.client);
    if (change.replyTo && !client.hasReplyTo)
        return accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "This client has no reply-to setting."));
    const bool smtpChange = change.host || change.port || change.security || change.auth || change.user;
    if (smtpChange && account.smtpRef.isEmpty() && client.smtpChangeNeedsRef)
        return accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "This account has no outgoing server entry to change."));
    if ((change.from || change.replyTo) && account.identityRef.isEmpty())
        return accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "This entry is an outgoing server without an identity; there is no "
                            "address to change."));
    return client.validateChange ? client.validateChange(account, change) : Phrase();
}

// --- Thunderbird -----------------------------------------------------------------------------

namespace {

int thunderbirdAuthMethod(const QString &auth)
{
    if (auth == AuthId::None) return 1;
    if (auth == AuthId::PasswordCleartext || auth == AuthId::Plain || auth == AuthId::Login) return 3;
    if (auth == AuthId::PasswordEncrypted || auth == AuthId::CramMd5 || auth == AuthId::DigestMd5) return 4;
    if (auth == AuthId::Gssapi) return 5;
    if (auth == AuthId::Ntlm) return 6;
    if (auth == AuthId::External) return 7;
    if (auth == AuthId::Any) return 9;
    if (auth == AuthId::OAuth2) return 10;
    return 3;
}

// Sets prefs in prefs.js text: replaces the value of the last occurrence (the one that wins),
// or appends a new user_pref line.
class PrefsEditor
{
public:
    explicit PrefsEditor(const QString &text) : m_text(text) {}

    void set(const QString &name, const QVariant &value)
    {
        m_edits.append({name, value});
    }

    TransformResult apply() const
    {
        TransformResult r;
        const PrefsJs::Prefs prefs = PrefsJs::parse(m_text);
        struct Repl { qsizetype start; qsizetype length; QString with; };
        QList<Repl> repls;
        QString appended;
        const QString eol = ConfigText::dominantEol(ConfigText::splitLines(m_text));
        for (const auto &e : m_edits) {
            const PrefsJs::Pref *p = prefs.find(e.first);
            const QString lit = PrefsJs::literal(e.second);
            if (p) {
                if (p->value == e.second)
                    continue; // already so
                repls.append({p->valueStart, p->valueLength, lit});
            } else {
                appended += QStringLiteral("user_pref(") + PrefsJs::quote(e.first) + QLatin1String(", ")
                            + lit + QLatin1String(");") + eol;
            }
            r.changed.append(e.first);
        }
        QString out = m_text;
        std::sort(repls.begin(), repls.end(), [](const Repl &a, const Repl &b) { return a.start > b.start; });
        for (const Repl &x : repls)
            out.replace(x.start, x.length, x.with);
        if (!appended.isEmpty()) {
            if (!out.isEmpty() && !out.endsWith(u'\n') && !out.endsWith(u'\r'))
                out += eol;
            out += appended;
        }
        r.text = out;
        return r;
    }

private:
    QString m_text;
    QList<QPair<QString, QVariant>> m_edits;
};

} // namespace

TransformResult transformThunderbirdPrefs(const QString &text, const MailAccount &account,
                                          const AccountChange &change)
{
    const Phrase invalid = validate(account, change);
    if (!invalid.isEmpty())
        return TransformResult{text, {}, invalid};
    const PrefsJs::Prefs prefs = PrefsJs::parse(text);
    PrefsEditor ed(text);
    const bool smtpChange = change.host || change.port || change.security || change.auth || change.user;
    if (smtpChange) {
        if (account.smtpRef.isEmpty()) {
            // Netscape-era identities hold the host and user name themselves.
            const QString base = QStringLiteral("mail.identity.") + account.identityRef + u'.';
            if (change.port || change.security || change.auth)
                return TransformResult{text, {}, accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "This old profile has no outgoing "
                                                              "server entry for port, security or "
                                                              "authentication."))};
            if (change.host)
                ed.set(base + QLatin1String("smtp_server"), *change.host);
            if (change.user)
                ed.set(base + QLatin1String("smtp_name"), *change.user);
        } else {
            // Newer profiles use mail.outgoingserver.*; keep writing where the server lives.
            QString prefix = QStringLiteral("mail.smtpserver.");
            if (!prefs.has(prefix + account.smtpRef + QLatin1String(".hostname"))
                && prefs.has(QStringLiteral("mail.outgoingserver.") + account.smtpRef + QLatin1String(".hostname")))
                prefix = QStringLiteral("mail.outgoingserver.");
            const QString base = prefix + account.smtpRef + u'.';
            if (prefs.string(base + QLatin1String("type")).compare(QLatin1String("smtp"), Qt::CaseInsensitive) != 0
                && prefs.has(base + QLatin1String("type")))
                return TransformResult{text, {}, accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "This outgoing server is not an SMTP server."))};
            if (change.host)
                ed.set(base + QLatin1String("hostname"), *change.host);
            if (change.port)
                ed.set(base + QLatin1String("port"), qlonglong(*change.port));
            if (change.security) {
                const int v = *change.security == Security::Tls ? 3 : *change.security == Security::StartTls ? 2 : 0;
                ed.set(base + QLatin1String("try_ssl"), qlonglong(v));
            }
            if (change.auth)
                ed.set(base + QLatin1String("authMethod"), qlonglong(thunderbirdAuthMethod(*change.auth)));
            if (change.user)
                ed.set(base + QLatin1String("username"), *change.user);
        }
    }
    const QString ibase = QStringLiteral("mail.identity.") + account.identityRef + u'.';
    if (change.from)
        ed.set(ibase + QLatin1String("useremail"), *change.from);
    if (change.replyTo)
        ed.set(ibase + QLatin1String("reply_to"), *change.replyTo);
    return ed.apply();
}

// --- line-based helpers ----------------------------------------------------------------------

namespace {

struct LineEdit
{
    int line;          // replace this line (>= 0), or insert after `after`
    int after = -1;
    QString text;
};

QString applyLineEdits(const QList<Line> &lines, QList<LineEdit> edits, const QString &eol)
{
    QList<Line> out = lines;
    // Replacements first (indices stay valid), then insertions from the bottom up.
    for (const LineEdit &e : std::as_const(edits)) {
        if (e.line >= 0)
            out[e.line].text = e.text;
    }
    std::stable_sort(edits.begin(), edits.end(), [](const LineEdit &a, const LineEdit &b) { return a.after > b.after; });
    // Lines inserted after the same line keep the order they were given in.
    int previousAfter = -2;
    int alreadyThere = 0;
    for (const LineEdit &e : std::as_const(edits)) {
        if (e.line >= 0)
            continue;
        alreadyThere = e.after == previousAfter ? alreadyThere + 1 : 0;
        previousAfter = e.after;
        const int at = e.after + 1 + alreadyThere;
        if (at > 0 && at <= out.size() && out.at(at - 1).eol.isEmpty())
            out[at - 1].eol = eol; // the last line had no line ending
        out.insert(qBound(0, at, int(out.size())), Line{e.text, eol});
    }
    return ConfigText::joinLines(out);
}

QString leadingSpace(const QString &s)
{
    qsizetype i = 0;
    while (i < s.size() && (s.at(i) == u' ' || s.at(i) == u'\t'))
        ++i;
    return s.left(i);
}

} // namespace

// --- msmtp -----------------------------------------------------------------------------------

TransformResult transformMsmtprc(const QString &text, const MailAccount &account, const AccountChange &change)
{
    const Phrase invalid = validate(account, change);
    if (!invalid.isEmpty())
        return TransformResult{text, {}, invalid};
    const QList<Line> lines = ConfigText::splitLines(text);
    const QList<Msmtp::Block> blocks = Msmtp::parse(lines, nullptr);
    int target = -1;
    for (int i = 0; i < blocks.size(); ++i) {
        if (!blocks.at(i).isDefaults && blocks.at(i).headerLine >= 0 && blocks.at(i).name == account.identityRef)
            target = i; // the last definition wins
    }
    if (target < 0)
        return TransformResult{text, {}, accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "The msmtp account \"%1\" was not found in the file."), {account.identityRef})};

    // The effective settings of the account (defaults before it, parents, own).
    QHash<QString, QString> effective;
    {
        QHash<QString, QHash<QString, QString>> resolved;
        QHash<QString, QString> defaults;
        for (int i = 0; i <= target; ++i) {
            const Msmtp::Block &b = blocks.at(i);
            if (b.headerLine < 0)
                continue;
            if (b.isDefaults) {
                for (const Msmtp::Command &c : b.commands)
                    defaults.insert(c.name, c.argument);
                continue;
            }
            QHash<QString, QString> s = defaults;
            for (const QString &p : b.parents) {
                const auto ps = resolved.value(p);
                for (auto it = ps.cbegin(); it != ps.cend(); ++it)
                    s.insert(it.key(), it.value());
            }
            for (const Msmtp::Command &c : b.commands)
                s.insert(c.name, c.argument);
            resolved.insert(b.name, s);
        }
        effective = resolved.value(account.identityRef);
    }
    auto isOn = [](const QString &v) { return v.isEmpty() || v.trimmed().toLower() == QLatin1String("on"); };

    QList<QPair<QString, QString>> wanted; // command → argument
    if (change.host)
        wanted.append({QStringLiteral("host"), *change.host});
    if (change.port)
        wanted.append({QStringLiteral("port"), QString::number(*change.port)});
    if (change.security) {
        const bool tlsNow = effective.contains(QStringLiteral("tls")) && isOn(effective.value(QStringLiteral("tls")));
        const bool starttlsNow = !effective.contains(QStringLiteral("tls_starttls")) || isOn(effective.value(QStringLiteral("tls_starttls")));
        if (*change.security == Security::None) {
            if (tlsNow)
                wanted.append({QStringLiteral("tls"), QStringLiteral("off")});
        } else {
            if (!tlsNow)
                wanted.append({QStringLiteral("tls"), QStringLiteral("on")});
            const bool wantStarttls = *change.security == Security::StartTls;
            if (wantStarttls != starttlsNow)
                wanted.append({QStringLiteral("tls_starttls"), wantStarttls ? QStringLiteral("on") : QStringLiteral("off")});
        }
    }
    if (change.auth) {
        const QString a = *change.auth;
        const QString arg = a == AuthId::Any || a == AuthId::PasswordCleartext || a == AuthId::PasswordEncrypted
                                ? QStringLiteral("on")
                            : a == AuthId::None   ? QStringLiteral("off")
                            : a == AuthId::OAuth2 ? QStringLiteral("xoauth2")
                                                  : a;
        wanted.append({QStringLiteral("auth"), arg});
    }
    if (change.user)
        wanted.append({QStringLiteral("user"), *change.user});
    if (change.from)
        wanted.append({QStringLiteral("from"), *change.from});

    const Msmtp::Block &b = blocks.at(target);
    QList<LineEdit> edits;
    TransformResult r;
    int insertAfter = b.lastLine();
    // The layout of the block's own lines (indentation, column alignment) for new ones.
    QString indent, sep = QStringLiteral(" ");
    int column = 0;
    if (!b.commands.isEmpty()) {
        const QString &l = lines.at(b.commands.constFirst().line).text;
        indent = leadingSpace(l);
        const QString rest = l.mid(indent.size());
        qsizetype k = 0;
        while (k < rest.size() && !rest.at(k).isSpace())
            ++k;
        qsizetype v = k;
        while (v < rest.size() && rest.at(v).isSpace())
            ++v;
        if (v - k > 1)
            column = int(v); // aligned values
    }
    for (const auto &w : std::as_const(wanted)) {
        if (effective.value(w.first) == w.second && effective.contains(w.first))
            continue;
        const QString arg = Msmtp::quoteArgument(w.second);
        int ownLine = -1;
        for (const Msmtp::Command &c : b.commands) {
            if (c.name == w.first)
                ownLine = c.line;
        }
        if (ownLine >= 0) {
            // Keep the line's own spacing, replace the argument (and drop a trailing comment-free rest).
            const QString &l = lines.at(ownLine).text;
            const QString ind = leadingSpace(l);
            qsizetype k = ind.size();
            while (k < l.size() && !l.at(k).isSpace())
                ++k;
            qsizetype v = k;
            while (v < l.size() && l.at(v).isSpace())
                ++v;
            const QString space = v > k ? l.mid(k, v - k) : QStringLiteral(" ");
            edits.append({ownLine, -1, l.left(k) + space + arg});
        } else {
            QString cmd = indent + w.first;
            if (column > 0)
                cmd = cmd.leftJustified(column, u' ');
            else
                cmd += sep;
            edits.append({-1, insertAfter, cmd + arg});
        }
        r.changed.append(w.first);
    }
    r.text = r.changed.isEmpty() ? text : applyLineEdits(lines, edits, ConfigText::dominantEol(lines));
    return r;
}

// --- KMail -----------------------------------------------------------------------------------

namespace {

QString kdeEscape(const QString &v)
{
    QString out;
    for (qsizetype i = 0; i < v.size(); ++i) {
        const QChar c = v.at(i);
        if (c == u'\\')
            out += QLatin1String("\\\\");
        else if (c == u'\n')
            out += QLatin1String("\\n");
        else if (c == u'\t')
            out += QLatin1String("\\t");
        else if (c == u' ' && (i == 0 || i == v.size() - 1))
            out += QLatin1String("\\s");
        else
            out += c;
    }
    return out;
}

TransformResult setIniKeys(const QString &text, const QString &groupName,
                           const QList<QPair<QString, QString>> &values, bool kde)
{
    TransformResult r;
    const QList<Line> lines = ConfigText::splitLines(text);
    const QList<ConfigText::IniGroup> groups = ConfigText::parseIni(lines, kde, nullptr);
    const ConfigText::IniGroup *g = ConfigText::findGroup(groups, groupName);
    if (!g)
        return TransformResult{text, {}, accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "The group [%1] was not found in the file."), {groupName})};
    QList<LineEdit> edits;
    for (const auto &kv : values) {
        if (g->value(kv.first) == kv.second)
            continue;
        const QString stored = kde ? kdeEscape(kv.second) : kv.second;
        const int line = g->lastLineOf(kv.first);
        if (line >= 0) {
            const QString &l = lines.at(line).text;
            edits.append({line, -1, l.left(l.indexOf(u'=') + 1) + stored});
        } else {
            edits.append({-1, g->lastLine(), kv.first + u'=' + stored});
        }
        r.changed.append(kv.first);
    }
    r.text = r.changed.isEmpty() ? text : applyLineEdits(lines, edits, ConfigText::dominantEol(lines));
    return r;
}

QString kmailGroupOfTransport(const QString &text, const QString &id)
{
    const QList<ConfigText::IniGroup> groups = ConfigText::parseIni(ConfigText::splitLines(text), true, nullptr);
    for (const ConfigText::IniGroup &g : groups) {
        if (g.name.startsWith(QLatin1String("Transport ")) && g.get(QStringLiteral("id"), g.name.mid(10)).trimmed() == id)
            return g.name;
    }
    return {};
}

} // namespace

TransformResult transformKMailTransports(const QString &text, const MailAccount &account,
                                         const AccountChange &change)
{
    AccountChange smtpOnly = change;
    smtpOnly.from.reset();
    smtpOnly.replyTo.reset();
    if (smtpOnly.isEmpty())
        return TransformResult{text, {}, {}};
    const Phrase invalid = validate(account, smtpOnly);
    if (!invalid.isEmpty())
        return TransformResult{text, {}, invalid};
    const QString group = kmailGroupOfTransport(text, account.smtpRef);
    if (group.isEmpty())
        return TransformResult{text, {}, accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "KMail transport %1 was not found."), {account.smtpRef})};
    QList<QPair<QString, QString>> kv;
    if (change.host)
        kv.append({QStringLiteral("host"), *change.host});
    if (change.port)
        kv.append({QStringLiteral("port"), QString::number(*change.port)});
    if (change.security)
        kv.append({QStringLiteral("encryption"), *change.security == Security::Tls ? QStringLiteral("SSL")
                                                 : *change.security == Security::StartTls ? QStringLiteral("TLS")
                                                                                          : QStringLiteral("None")});
    if (change.auth) {
        const QString a = *change.auth;
        if (a == AuthId::None) {
            kv.append({QStringLiteral("auth"), QStringLiteral("false")});
        } else {
            kv.append({QStringLiteral("auth"), QStringLiteral("true")});
            const int type = a == AuthId::Login ? 0 : a == AuthId::CramMd5 || a == AuthId::PasswordEncrypted ? 2
                             : a == AuthId::DigestMd5 ? 3 : a == AuthId::Ntlm ? 4 : a == AuthId::Gssapi ? 5
                             : a == AuthId::OAuth2 ? 9 : 1;
            kv.append({QStringLiteral("authtype"), QString::number(type)});
        }
    }
    if (change.user)
        kv.append({QStringLiteral("user"), *change.user});
    return setIniKeys(text, group, kv, true);
}

TransformResult transformKMailIdentities(const QString &text, const MailAccount &account,
                                         const AccountChange &change)
{
    if (!change.from && !change.replyTo)
        return TransformResult{text, {}, {}};
    AccountChange idOnly;
    idOnly.from = change.from;
    idOnly.replyTo = change.replyTo;
    const Phrase invalid = validate(account, idOnly);
    if (!invalid.isEmpty())
        return TransformResult{text, {}, invalid};
    QList<QPair<QString, QString>> kv;
    if (change.from)
        kv.append({QStringLiteral("Email Address"), *change.from});
    if (change.replyTo)
        kv.append({QStringLiteral("Reply-to Address"), *change.replyTo});
    return setIniKeys(text, account.identityRef, kv, true);
}

// --- git -------------------------------------------------------------------------------------

TransformResult transformGitConfig(const QString &text, const MailAccount &account, const AccountChange &change)
{
    const Phrase invalid = validate(account, change);
    if (!invalid.isEmpty())
        return TransformResult{text, {}, invalid};
    const QList<Line> lines = ConfigText::splitLines(text);
    const GitConfig::File f = GitConfig::parse(lines);
    const QString sub = account.identityRef.startsWith(QLatin1String("sendemail."))
                            ? account.identityRef.mid(10) : QString();
    auto current = [&](const char *key) -> std::optional<QString> {
        if (!sub.isEmpty()) {
            if (auto v = f.value(QStringLiteral("sendemail"), sub, QLatin1String(key)))
                return v;
        }
        return f.value(QStringLiteral("sendemail"), {}, QLatin1String(key));
    };
    QList<QPair<QString, std::optional<QString>>> wanted; // nullopt: remove the key
    if (change.host)
        wanted.append({QStringLiteral("smtpServer"), *change.host});
    if (change.port)
        wanted.append({QStringLiteral("smtpServerPort"), QString::number(*change.port)});
    if (change.security)
        wanted.append({QStringLiteral("smtpEncryption"), *change.security == Security::Tls ? QStringLiteral("ssl")
                                                         : *change.security == Security::StartTls ? QStringLiteral("tls")
                                                                                                  : QStringLiteral("none")});
    if (change.auth) {
        const QString a = *change.auth;
        if (a == AuthId::Any || a == AuthId::PasswordCleartext || a == AuthId::PasswordEncrypted)
            wanted.append({QStringLiteral("smtpAuth"), std::nullopt}); // git picks what the server offers
        else if (a == AuthId::None)
            wanted.append({QStringLiteral("smtpAuth"), QStringLiteral("none")});
        else
            wanted.append({QStringLiteral("smtpAuth"), a == AuthId::OAuth2 ? QStringLiteral("XOAUTH2") : a.toUpper()});
    }
    if (change.user)
        wanted.append({QStringLiteral("smtpUser"), *change.user});
    if (change.from) {
        // sendemail.from carries the display name too; keep the one the account shows.
        const QString name = account.displayName;
        wanted.append({QStringLiteral("from"), name.isEmpty() ? *change.from
                                                              : QStringLiteral("%1 <%2>").arg(name, *change.from)});
    }

    // The section to write into: the identity's own, else [sendemail].
    const GitConfig::Section *section = nullptr;
    for (const GitConfig::Section &s : f.sections) {
        if (s.section == QLatin1String("sendemail") && s.subsection == sub)
            section = &s; // the last one: appended keys land where git reads last
    }
    TransformResult r;
    QList<LineEdit> edits;
    QList<int> removals;
    QString newSection;
    const QString eol = ConfigText::dominantEol(lines);
    QString indent = QStringLiteral("\t");
    if (section) {
        for (const GitConfig::Entry &e : f.entries) {
            if (e.section == QLatin1String("sendemail") && e.subsection == sub) {
                indent = leadingSpace(lines.at(e.line).text);
                break;
            }
        }
    }
    for (const auto &w : std::as_const(wanted)) {
        const std::optional<QString> now = current(w.first.toUtf8().constData());
        if (now == w.second)
            continue;
        const GitConfig::Entry *own = f.entry(QStringLiteral("sendemail"), sub, w.first);
        if (!w.second) {
            if (own) {
                for (int l = own->line; l <= own->lastLine; ++l)
                    removals.append(l);
                r.changed.append(w.first);
            }
            continue;
        }
        const QString value = GitConfig::quoteValue(*w.second);
        if (own && own->line == own->lastLine) {
            const QString &l = lines.at(own->line).text;
            const qsizetype eq = l.indexOf(u'=');
            if (eq >= 0) {
                qsizetype v = eq + 1;
                while (v < l.size() && (l.at(v) == u' ' || l.at(v) == u'\t'))
                    ++v;
                // Keep an inline comment after the value.
                static const QRegularExpression comment(QStringLiteral("(\\s+[#;].*)$"));
                const QRegularExpressionMatch m = comment.match(l.mid(v));
                const QString tail = m.hasMatch() && !l.mid(v).startsWith(u'"') ? m.captured(1) : QString();
                edits.append({own->line, -1, l.left(v) + value + tail});
            } else {
                edits.append({own->line, -1, l + QLatin1String(" = ") + value});
            }
        } else if (own) {
            for (int l = own->line + 1; l <= own->lastLine; ++l)
                removals.append(l);
            edits.append({own->line, -1, leadingSpace(lines.at(own->line).text) + w.first + QLatin1String(" = ") + value});
        } else if (section) {
            edits.append({-1, section->lastLine, indent + w.first + QLatin1String(" = ") + value});
        } else {
            newSection += indent + w.first + QLatin1String(" = ") + value + eol;
        }
        r.changed.append(w.first);
    }
    if (r.changed.isEmpty()) {
        r.text = text;
        return r;
    }
    QString out = applyLineEdits(lines, edits, eol);
    if (!removals.isEmpty()) {
        QList<Line> ls = ConfigText::splitLines(out);
        // Removal indices refer to the original lines; insertions only happen after sections,
        // so map by counting inserted lines before each index.
        QList<int> inserted;
        for (const LineEdit &e : std::as_const(edits)) {
            if (e.line < 0)
                inserted.append(e.after);
        }
        std::sort(removals.begin(), removals.end(), std::greater<int>());
        for (int l : std::as_const(removals)) {
            int shift = 0;
            for (int a : std::as_const(inserted))
                shift += a < l ? 1 : 0;
            if (l + shift < ls.size())
                ls.removeAt(l + shift);
        }
        out = ConfigText::joinLines(ls);
    }
    if (!newSection.isEmpty()) {
        if (!out.isEmpty() && !out.endsWith(u'\n'))
            out += eol;
        out += (sub.isEmpty() ? QStringLiteral("[sendemail]") : QStringLiteral("[sendemail \"%1\"]").arg(sub)) + eol + newSection;
    }
    r.text = out;
    return r;
}

// --- files -----------------------------------------------------------------------------------

Phrase lockReason(const MailAccount &account)
{
    return MailClients::runningReason(account);
}

QString backupPathFor(const QString &file, const QDateTime &when)
{
    const QString base = file + QLatin1String(".outbox-doctor-") + when.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString candidate = base + QLatin1String(".bak");
    for (int i = 1; QFileInfo::exists(candidate) && i < 1000; ++i)
        candidate = base + u'-' + QString::number(i) + QLatin1String(".bak");
    return candidate;
}

QString originalPathOf(const QString &backupPath)
{
    static const QRegularExpression re(QStringLiteral("^(.*)\\.outbox-doctor-\\d{8}-\\d{6}(?:-\\d+)?\\.bak$"));
    const QRegularExpressionMatch m = re.match(backupPath);
    return m.hasMatch() ? m.captured(1) : QString();
}

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// `source` about `file`, with the reason the last system call failed (errno, read first).
[[maybe_unused]] Phrase systemFailure(const char *source, const QString &file)
{
    const FileProblem problem = errnoProblem(errno);
    return accountsFilePhrase(source, {native(file)}, problem);
}

// Write through a symlink (dotfiles repositories) to its target.
QString resolvedTarget(const QString &path)
{
    const QFileInfo fi(path);
    return fi.isSymLink() ? fi.symLinkTarget() : path;
}

// What is compared right before a file is replaced: the same file (inode), size, mtime and
// contents as when it was read.
struct FileState
{
    bool valid = false;
    qint64 size = -1;
    qint64 mtimeNs = 0;
    quint64 device = 0;
    quint64 inode = 0;
};

FileState stateOf(const QString &path)
{
    FileState st;
#ifdef Q_OS_UNIX
    struct stat sb;
    if (::stat(QFile::encodeName(path).constData(), &sb) != 0)
        return st;
    st.size = qint64(sb.st_size);
#ifdef Q_OS_MACOS
    st.mtimeNs = qint64(sb.st_mtimespec.tv_sec) * 1000000000 + sb.st_mtimespec.tv_nsec;
#else
    st.mtimeNs = qint64(sb.st_mtim.tv_sec) * 1000000000 + sb.st_mtim.tv_nsec;
#endif
    st.device = quint64(sb.st_dev);
    st.inode = quint64(sb.st_ino);
#else
    const QFileInfo fi(path);
    if (!fi.exists())
        return st;
    st.size = fi.size();
    st.mtimeNs = fi.lastModified().toMSecsSinceEpoch() * 1000000;
#endif
    st.valid = true;
    return st;
}

bool sameState(const FileState &a, const FileState &b)
{
    return a.valid && b.valid && a.size == b.size && a.mtimeNs == b.mtimeNs && a.device == b.device
           && a.inode == b.inode;
}

Phrase changedSinceRead(const QString &path)
{
    return accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "%1 changed since it was read (another program wrote to it). Nothing was changed; "
                        "read the settings again and retry."), {native(path)});
}

// Applies the original's owner to a file we created (only possible, and only needed, when
// running as root on someone else's file). Checked: a failure is an error.
bool copyOwnership(int fd, const QString &original, const QString &what, Phrase *error)
{
#ifdef Q_OS_UNIX
    struct stat sb;
    if (::stat(QFile::encodeName(original).constData(), &sb) != 0) {
        *error = systemFailure(QT_TRANSLATE_NOOP("od::Accounts", "%1 cannot be read (%2)."), original);
        return false;
    }
    if (::geteuid() == 0 && (sb.st_uid != ::geteuid() || sb.st_gid != ::getegid())
        && ::fchown(fd, sb.st_uid, sb.st_gid) != 0) {
        *error = systemFailure(QT_TRANSLATE_NOOP("od::Accounts", "The owner of %1 cannot be set (%2)."), what);
        return false;
    }
#else
    Q_UNUSED(fd) Q_UNUSED(original) Q_UNUSED(what) Q_UNUSED(error)
#endif
    return true;
}

QString candidateBackupName(const QString &file, const QDateTime &when, int n)
{
    const QString base = file + QLatin1String(".outbox-doctor-") + when.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    return n == 0 ? base + QLatin1String(".bak") : base + u'-' + QString::number(n) + QLatin1String(".bak");
}

// Writes a file we created to the end, flushed to disk.
bool writeAllTo(int fd, const QByteArray &data)
{
#ifdef Q_OS_UNIX
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return ::fsync(fd) == 0;
#else
    Q_UNUSED(fd) Q_UNUSED(data)
    return false;
#endif
}

// The file's mode bits. The *User flags say what this process may do (root: everything) and
// would turn into owner bits when set again, so they are left out.
QFile::Permissions modeOf(const QString &path)
{
    return QFile::permissions(path) & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser);
}

// The mode is set on QSaveFile's temporary file before the commit; checked once more on the
// replaced file and set again when it differs.
bool keepPermissions(const QString &target, QFile::Permissions perms, Phrase *error)
{
    if (modeOf(target) == perms || QFile::setPermissions(target, perms))
        return true;
    *error = accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "The permissions of %1 cannot be kept."), {native(target)});
    return false;
}

} // namespace

bool createBackup(const QString &file, const QByteArray &data, QString *backupPath, Phrase *error)
{
    const QDateTime now = QDateTime::currentDateTime();
#ifdef Q_OS_UNIX
    struct stat sb;
    const bool haveOriginal = ::stat(QFile::encodeName(file).constData(), &sb) == 0;
    for (int n = 0; n < 1000; ++n) {
        const QString candidate = candidateBackupName(file, now, n);
        const QByteArray raw = QFile::encodeName(candidate);
        // Exclusive create, owner-only from the first moment: the original may hold a password.
        const int fd = ::open(raw.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
        if (fd < 0 && errno == EEXIST)
            continue;
        if (fd < 0) {
            *error = systemFailure(QT_TRANSLATE_NOOP("od::Accounts", "The backup %1 cannot be created (%2)."), candidate);
            return false;
        }
        bool ok = writeAllTo(fd, data);
        if (!ok)
            *error = systemFailure(QT_TRANSLATE_NOOP("od::Accounts", "The backup %1 cannot be written (%2)."), candidate);
        // Never wider than 0600, and as narrow as the original when that is narrower.
        const mode_t mode = haveOriginal ? (sb.st_mode & 0600) : 0600;
        if (ok && mode != 0600 && ::fchmod(fd, mode) != 0) {
            ok = false;
            *error = systemFailure(QT_TRANSLATE_NOOP("od::Accounts", "The permissions of the backup %1 cannot be set (%2)."), candidate);
        }
        if (ok && haveOriginal)
            ok = copyOwnership(fd, file, candidate, error);
        if (::close(fd) != 0 && ok) {
            ok = false;
            *error = systemFailure(QT_TRANSLATE_NOOP("od::Accounts", "The backup %1 cannot be written (%2)."), candidate);
        }
        if (!ok) {
            ::unlink(raw.constData());
            return false;
        }
        *backupPath = candidate;
        return true;
    }
#else
    for (int n = 0; n < 1000; ++n) {
        const QString candidate = candidateBackupName(file, now, n);
        QFile f(candidate);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            if (QFileInfo::exists(candidate))
                continue;
            *error = accountsFilePhrase(QT_TRANSLATE_NOOP("od::Accounts", "The backup %1 cannot be created (%2)."), {native(candidate)},
                                        openProblem(f, QIODevice::WriteOnly));
            return false;
        }
        if (!f.setPermissions(QFile::ReadOwner | QFile::WriteOwner) || f.write(data) != data.size() || !f.flush()) {
            *error = accountsFilePhrase(QT_TRANSLATE_NOOP("od::Accounts", "The backup %1 cannot be written (%2)."), {native(candidate)},
                                        fileProblemOf(f.error()));
            f.close();
            f.remove();
            return false;
        }
        f.close();
        *backupPath = candidate;
        return true;
    }
#endif
    *error = accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "No free backup name beside %1."), {native(file)});
    return false;
}

bool writeFileAtomically(const QString &path, const QByteArray &data, Phrase *error)
{
    const QString target = resolvedTarget(path);
    const bool exists = QFileInfo::exists(target);
    const QFile::Permissions perms = exists ? modeOf(target) : QFile::Permissions();
    QSaveFile f(target);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = accountsFilePhrase(QT_TRANSLATE_NOOP("od::Accounts", "%1 cannot be written (%2)."), {native(target)},
                                    openProblem(f, QIODevice::WriteOnly));
        return false;
    }
    // msmtp refuses a config readable by others: keep the original's permissions and owner.
    if (exists && (!f.setPermissions(perms) || !copyOwnership(f.handle(), target, target, error))) {
        if (error->isEmpty())
            *error = accountsFilePhrase(QT_TRANSLATE_NOOP("od::Accounts", "The permissions of %1 cannot be kept (%2)."), {native(target)},
                                        fileProblemOf(f.error()));
        f.cancelWriting();
        return false;
    }
    if (f.write(data) != data.size() || !f.commit()) {
        *error = accountsFilePhrase(QT_TRANSLATE_NOOP("od::Accounts", "%1 cannot be written (%2)."), {native(target)}, fileProblemOf(f.error()));
        return false;
    }
    return !exists || keepPermissions(target, perms, error);
}

ApplyResult writeFiles(const QList<FileWrite> &writes, const std::function<void(int)> &beforeReplace)
{
    ApplyResult res;
    struct Prepared
    {
        QString target;
        QByteArray original;
        FileState state;
        std::unique_ptr<QFile> opened; // the file as read, held open to see late appends
        std::unique_ptr<QSaveFile> save;
        QString backup;
        QFile::Permissions permissions;
        bool committed = false;
    };
    std::vector<Prepared> files;
    files.reserve(size_t(writes.size()));
    auto abandon = [&](const Phrase &error) {
        // Undo what was done so far: files already replaced get their old bytes back.
        std::vector<Phrase> failedRestores;
        for (auto it = files.rbegin(); it != files.rend(); ++it) {
            if (it->save && !it->committed)
                it->save->cancelWriting();
            if (it->committed) {
                Phrase e;
                if (!writeFileAtomically(it->target, it->original, &e))
                    failedRestores.push_back(e);
            }
        }
        if (failedRestores.empty()) {
            for (const Prepared &p : files) {
                if (!p.backup.isEmpty())
                    QFile::remove(p.backup); // nothing changed: the copies are not needed
            }
            res.error = error;
        } else {
            QStringList kept;
            for (const Prepared &p : files)
                kept << native(p.backup);
            res.error = Phrase("od::Accounts",
                               QT_TRANSLATE_NOOP("od::Accounts", "%1 Putting the files back failed as well (%2); the earlier "
                                                                 "files are kept as %3."),
                               {}, {error, Phrase::sentences(std::move(failedRestores)),
                                    Phrase::fromText(kept.join(QLatin1String(", ")))});
        }
        res.files.clear();
        res.backups.clear();
        return res;
    };

    // 1. Everything prepared: each file still as read, its backup, its new version written beside it.
    for (const FileWrite &w : writes) {
        Prepared p;
        p.target = resolvedTarget(w.path);
        p.original = w.original;
        p.opened = std::make_unique<QFile>(p.target);
        if (!p.opened->open(QIODevice::ReadOnly)) {
            const Phrase e = accountsFilePhrase(QT_TRANSLATE_NOOP("od::Accounts", "%1 cannot be read (%2)."), {native(p.target)},
                                                openProblem(*p.opened, QIODevice::ReadOnly));
            files.push_back(std::move(p));
            return abandon(e);
        }
        p.state = stateOf(p.target);
        if (p.opened->readAll() != p.original) {
            files.push_back(std::move(p));
            return abandon(changedSinceRead(w.path));
        }
        Phrase error;
        if (!createBackup(p.target, p.original, &p.backup, &error)) {
            files.push_back(std::move(p));
            return abandon(error);
        }
        const QFile::Permissions perms = modeOf(p.target);
        p.permissions = perms;
        p.save = std::make_unique<QSaveFile>(p.target);
        if (!p.save->open(QIODevice::WriteOnly)) {
            error = accountsFilePhrase(QT_TRANSLATE_NOOP("od::Accounts", "%1 cannot be written (%2)."), {native(p.target)},
                                       openProblem(*p.save, QIODevice::WriteOnly));
            files.push_back(std::move(p));
            return abandon(error);
        }
        if (!p.save->setPermissions(perms)) {
            error = accountsFilePhrase(QT_TRANSLATE_NOOP("od::Accounts", "The permissions of %1 cannot be kept (%2)."), {native(p.target)}, fileProblemOf(p.save->error()));
            files.push_back(std::move(p));
            return abandon(error);
        }
        if (!copyOwnership(p.save->handle(), p.target, p.target, &error)) {
            files.push_back(std::move(p));
            return abandon(error);
        }
        if (p.save->write(w.updated) != w.updated.size()) {
            error = accountsFilePhrase(QT_TRANSLATE_NOOP("od::Accounts", "%1 cannot be written (%2)."), {native(p.target)}, fileProblemOf(p.save->error()));
            files.push_back(std::move(p));
            return abandon(error);
        }
        files.push_back(std::move(p));
    }

    // 2. Each file replaced right after checking that nobody changed it since it was read;
    //    a failure puts back the ones already replaced.
    for (size_t i = 0; i < files.size(); ++i) {
        Prepared &p = files[i];
        if (beforeReplace)
            beforeReplace(int(i));
        const FileState now = stateOf(p.target);
        if (!sameState(now, p.state) || !p.opened->seek(0) || p.opened->readAll() != p.original)
            return abandon(changedSinceRead(p.target));
        if (!p.save->commit())
            return abandon(accountsFilePhrase(QT_TRANSLATE_NOOP("od::Accounts", "%1 cannot be written (%2)."), {native(p.target)}, fileProblemOf(p.save->error())));
        p.committed = true;
        Phrase error;
        if (!keepPermissions(p.target, p.permissions, &error))
            return abandon(error);
    }

    // 3. Another program may still have written to the old file in the instant between the
    //    check and the replace: then its version goes into the backup, so nothing is lost.
    for (Prepared &p : files) {
        if (!p.opened->seek(0))
            continue;
        const QByteArray late = p.opened->readAll();
        if (late == p.original)
            continue;
        QFile backup(p.backup);
        if (backup.open(QIODevice::WriteOnly | QIODevice::Truncate) && backup.write(late) == late.size()
            && backup.flush()) {
            res.warnings << accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "Another program wrote to %1 while it was being changed; its version "
                                         "is kept in %2. Read the settings again to check them."), {native(p.target), native(p.backup)});
        } else {
            res.warnings << accountsFilePhrase(QT_TRANSLATE_NOOP("od::Accounts", "Another program wrote to %1 while it was being changed, and its "
                                         "version could not be kept (%2)."), {native(p.target)},
                                         backup.isOpen() ? fileProblemOf(backup.error())
                                                         : openProblem(backup, QIODevice::WriteOnly));
        }
    }
    for (const Prepared &p : files) {
        res.files << p.target;
        res.backups << p.backup;
    }
    return res;
}

namespace {

bool readForWrite(const QString &path, QByteArray *bytes, ConfigText::Decoded *decoded, Phrase *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = accountsFilePhrase(QT_TRANSLATE_NOOP("od::Accounts", "%1 cannot be read (%2)."), {QDir::toNativeSeparators(path)},
                                    openProblem(f, QIODevice::ReadOnly));
        return false;
    }
    if (f.size() > ConfigText::MaxSize) {
        *error = accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "%1 is too large to be a settings file."), {QDir::toNativeSeparators(path)});
        return false;
    }
    *bytes = f.readAll();
    *decoded = ConfigText::decode(*bytes);
    if (!decoded->error.isEmpty()) {
        *error = decoded->error;
        return false;
    }
    if (!decoded->warning.isEmpty()) {
        // Re-encoding a file we could not decode faithfully could change other lines.
        *error = accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "%1 is not valid UTF-8; it is left untouched."), {QDir::toNativeSeparators(path)});
        return false;
    }
    return true;
}

} // namespace

ApplyResult applyChange(const MailAccount &account, const AccountChange &change)
{
    ApplyResult res;
    res.error = validate(account, change);
    if (!res.error.isEmpty())
        return res;
    res.error = lockReason(account);
    if (!res.error.isEmpty())
        return res;

    const QList<WriteTarget> jobs = MailClients::find(account.client)->writeTargets(account, change);

    // Transform everything first; write only when every file can be changed.
    QList<FileWrite> ready;
    QStringList changed;
    for (const WriteTarget &j : jobs) {
        QByteArray bytes;
        ConfigText::Decoded d;
        if (!readForWrite(j.path, &bytes, &d, &res.error))
            return res;
        const TransformResult t = j.transform(d.text, account, change);
        if (!t.ok()) {
            res.error = t.error;
            return res;
        }
        changed += t.changed;
        if (t.text != d.text)
            ready.append({j.path, bytes, ConfigText::encode(t.text, d.encoding)});
    }
    res = writeFiles(ready);
    if (res.ok())
        res.changed = changed;
    return res;
}

ApplyResult undoChange(const QString &backupPath)
{
    ApplyResult res;
    const QString original = originalPathOf(backupPath);
    if (original.isEmpty() || !QFileInfo::exists(backupPath)) {
        res.error = accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "%1 is not a backup made by Outbox Doctor."), {QDir::toNativeSeparators(backupPath)});
        return res;
    }
    res.error = MailClients::runningReasonForFile(original);
    if (!res.error.isEmpty())
        return res;
    QFile f(backupPath);
    if (!f.open(QIODevice::ReadOnly)) {
        res.error = accountsFilePhrase(QT_TRANSLATE_NOOP("od::Accounts", "%1 cannot be read (%2)."), {QDir::toNativeSeparators(backupPath)},
                                       openProblem(f, QIODevice::ReadOnly));
        return res;
    }
    if (f.size() > ConfigText::MaxSize) {
        res.error = accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "%1 is too large to be a settings file."), {QDir::toNativeSeparators(backupPath)});
        return res;
    }
    const QByteArray data = f.readAll();
    if (!writeFileAtomically(original, data, &res.error))
        return res;
    res.files.append(original);
    res.backups.append(backupPath);
    return res;
}

} // namespace od::AccountWriter
