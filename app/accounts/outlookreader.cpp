// SPDX-License-Identifier: GPL-3.0-or-later
// Outlook (and Outlook Express / Windows Mail): registry keys → accounts.
#include "accountreaders.h"
#include "configtext.h"

#include <QStringDecoder>

namespace od::AccountReaders {

namespace {

constexpr QLatin1String kProfileGuid("9375CFF0413111d3B88A00104B2A6676");

// How a REG_BINARY string is stored. Outlook 2007 and later write every string of a profile's
// account section (…\9375CFF0413111d3B88A00104B2A6676\<n>) as UTF-16LE with a trailing NUL
// (readers that get this right decode them with Encoding.Unicode and drop the last two bytes);
// the older OMI / Internet Account Manager layouts use REG_SZ, and 8-bit text when binary.
enum class BinaryText { Utf16Le, EightBit };

// Up to the first NUL: what follows a terminator is left-over memory, not part of the value.
QString untilNul(QString s)
{
    const qsizetype nul = s.indexOf(QChar(0));
    if (nul >= 0)
        s.truncate(nul);
    return s;
}

QString utf16Le(const QByteArray &bytes)
{
    // An odd length: the last byte is half a code unit (a cut value) and is dropped.
    const qsizetype units = bytes.size() / 2;
    QString s;
    s.reserve(units);
    for (qsizetype i = 0; i < units; ++i) {
        const char16_t u = char16_t(quint8(bytes.at(2 * i)) | (quint8(bytes.at(2 * i + 1)) << 8));
        if (u == 0)
            break;
        s += QChar(u);
    }
    // A lone surrogate (a cut or damaged value) becomes U+FFFD rather than broken UTF-16.
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate())
            s[i] = QChar::ReplacementCharacter;
    }
    return s;
}

QString eightBit(const QByteArray &bytes)
{
    const qsizetype nul = bytes.indexOf('\0');
    const QByteArray b = nul >= 0 ? bytes.left(nul) : bytes;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString s = utf8(b);
    return utf8.hasError() ? QString::fromLatin1(b) : s; // the ANSI code page, approximately
}

QString decodeText(const RegistryValue &v, BinaryText binary)
{
    switch (v.type) {
    case RegistryValue::Type::String:
    case RegistryValue::Type::ExpandString:
    case RegistryValue::Type::MultiString: return untilNul(v.text);
    case RegistryValue::Type::Dword:
    case RegistryValue::Type::Qword: return QString::number(v.number);
    case RegistryValue::Type::Binary:
    case RegistryValue::Type::Other: return binary == BinaryText::Utf16Le ? utf16Le(v.bytes) : eightBit(v.bytes);
    }
    return {};
}

// A number whatever the storage: REG_DWORD/REG_QWORD; a DWORD or QWORD written as REG_BINARY
// (4 or 8 bytes, little-endian, as some export and deployment tools do); a decimal string.
std::optional<quint64> decodeNumber(const RegistryValue &v, BinaryText binary)
{
    switch (v.type) {
    case RegistryValue::Type::Dword:
    case RegistryValue::Type::Qword: return v.number;
    case RegistryValue::Type::Binary:
    case RegistryValue::Type::Other:
        if (v.bytes.size() == 4 || v.bytes.size() == 8) {
            quint64 n = 0;
            for (qsizetype i = v.bytes.size() - 1; i >= 0; --i)
                n = (n << 8) | quint8(v.bytes.at(i));
            return n;
        }
        break;
    case RegistryValue::Type::String:
    case RegistryValue::Type::ExpandString:
    case RegistryValue::Type::MultiString: break;
    }
    bool ok = false;
    const quint64 n = decodeText(v, binary).trimmed().toULongLong(&ok);
    return ok ? std::optional<quint64>(n) : std::nullopt;
}

struct KeyReader
{
    const RegistryKey &key;
    BinaryText binary;
    QStringList *unreadable; // value names present but not readable as what they should be

    QString text(std::initializer_list<const char *> names) const
    {
        for (const char *n : names) {
            if (const RegistryValue *v = key.value(QLatin1String(n))) {
                const QString t = decodeText(*v, binary).trimmed();
                if (!t.isEmpty())
                    return t;
            }
        }
        return {};
    }

    std::optional<quint64> number(std::initializer_list<const char *> names) const
    {
        for (const char *n : names) {
            if (const RegistryValue *v = key.value(QLatin1String(n))) {
                if (const auto x = decodeNumber(*v, binary))
                    return x;
                unreadable->append(QLatin1String(n));
            }
        }
        return std::nullopt;
    }

    // A TCP port; 0 (the program's default) when missing or out of range.
    int port(const char *name) const
    {
        const auto p = number({name});
        if (p && *p > 65535) {
            unreadable->append(QLatin1String(name));
            return 0;
        }
        return int(p.value_or(0));
    }
};

MailAccount accountFromKey(const RegistryKey &key, bool modern, QStringList *unreadable)
{
    const KeyReader k{key, modern ? BinaryText::Utf16Le : BinaryText::EightBit, unreadable};
    MailAccount a;
    a.client = ClientId::Outlook;
    a.identityRef = key.path;
    a.smtpRef = key.path;
    a.name = k.text({"Account Name"});
    a.email = k.text({"Email", "SMTP Email Address"});
    a.displayName = k.text({"Display Name", "SMTP Display Name"});
    a.replyTo = k.text({"Reply To Email Address", "SMTP Reply To Email Address", "Reply E-mail",
                        "Reply E-Mail Address"});
    a.smtp.host = k.text({"SMTP Server"});
    a.smtp.port = k.port("SMTP Port");
    a.smtp.user = k.text({"SMTP User", "SMTP User Name"});

    // Security, PROP_SMTP_SECURE_CONNECTION (Outlook's account management API): 0 none,
    // 1 SSL/TLS, 2 STARTTLS ("TLS"), 3 auto; the older "SMTP Use SSL" is a yes/no.
    if (const auto sc = k.number({"SMTP Secure Connection"})) {
        switch (*sc) {
        case 0: a.smtp.security = Security::None; break;
        case 1: a.smtp.security = Security::Tls; break;
        case 2: a.smtp.security = Security::StartTls; break;
        default: a.smtp.security = Security::Auto; break;
        }
    } else if (const auto ssl = k.number({"SMTP Use SSL", "SMTP SSL"})) {
        a.smtp.security = *ssl ? (a.smtp.port == 465 ? Security::Tls : Security::StartTls) : Security::None;
    } else {
        a.smtp.security = Security::None; // Outlook's default: no encryption
    }

    // Authentication.
    if (modern) {
        // "SMTP Use Auth" 0/1; PROP_SMTP_AUTH_METHOD: 0 same login as incoming, 1 its own user
        // name and password, 2 log on to the incoming server before sending.
        const auto useAuth = k.number({"SMTP Use Auth"});
        const auto method = k.number({"SMTP Auth Method"});
        const bool spa = k.number({"SMTP Use SPA"}).value_or(0) != 0;
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
        const auto sicily = k.number({"SMTP Use Sicily"});
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
        const QString host = k.text({kind.server});
        if (host.isEmpty())
            continue;
        a.incoming.type = QLatin1String(kind.type);
        a.incoming.host = host;
        a.incoming.user = k.text({kind.user1, kind.user2});
        if (*kind.port)
            a.incoming.port = k.port(kind.port);
        break;
    }
    if (a.name.isEmpty())
        a.name = a.email;
    return a;
}

// "…\Office\16.0\Outlook\…" → "16.0"; empty outside the Office keys.
QString officeVersion(const QString &path)
{
    static const QLatin1String marker("\\Office\\");
    const qsizetype at = path.indexOf(marker, 0, Qt::CaseInsensitive);
    if (at < 0)
        return {};
    const qsizetype from = at + marker.size();
    const qsizetype to = path.indexOf(u'\\', from);
    const QString v = path.mid(from, to < 0 ? -1 : to - from);
    return v.contains(u'.') ? v : QString();
}

// The same account twice: Outlook 2016 copies the 2013 (15.0) profiles when it first starts
// and leaves the old ones behind, so an upgraded computer has every account under both.
bool sameAccount(const MailAccount &a, const MailAccount &b)
{
    QString pa = a.identityRef, pb = b.identityRef;
    pa.replace(officeVersion(pa), QStringLiteral("*"));
    pb.replace(officeVersion(pb), QStringLiteral("*"));
    return pa.compare(pb, Qt::CaseInsensitive) == 0 && a.email == b.email && a.smtp == b.smtp
           && a.incoming == b.incoming && a.popBeforeSmtp == b.popBeforeSmtp;
}

} // namespace

ReadResult readOutlookRegistry(const QList<RegistryKey> &keys, const QString &source)
{
    ReadResult r;
    QHash<QString, QString> defaults; // parent path (lower case) → default account leaf
    for (const RegistryKey &k : keys) {
        const bool modern = k.path.contains(kProfileGuid, Qt::CaseInsensitive);
        QStringList ignored;
        const QString def = KeyReader{k, modern ? BinaryText::Utf16Le : BinaryText::EightBit, &ignored}
                                .text({"Default Mail Account"});
        if (!def.isEmpty())
            defaults.insert(k.path.toLower(), def);
    }
    QList<MailAccount> found;
    for (const RegistryKey &k : keys) {
        if (!k.value(QStringLiteral("SMTP Server")) && !k.value(QStringLiteral("SMTP Email Address"))
            && !(k.value(QStringLiteral("Email")) && k.value(QStringLiteral("Account Name"))))
            continue;
        const bool modern = k.path.contains(kProfileGuid, Qt::CaseInsensitive);
        QStringList unreadable;
        MailAccount a = accountFromKey(k, modern, &unreadable);
        a.source = source;
        // Default account: "Default Mail Account" of the OMI key (accounts may sit one level
        // deeper, under \Accounts).
        QString parent = k.parentPath().toLower();
        if (!defaults.contains(parent) && parent.endsWith(QLatin1String("\\accounts")))
            parent.chop(9);
        a.isDefault = defaults.value(parent) == k.leafName();
        if (a.smtp.host.isEmpty() && a.email.isEmpty())
            continue;
        unreadable.removeDuplicates();
        for (const QString &name : std::as_const(unreadable))
            r.warnings.append(accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "Outlook account \"%1\": the value \"%2\" could not be read and was "
                                           "left out."), {a.name, name}));
        // An account Outlook 2016 copied from 2013: the newer Office version's copy is kept.
        bool duplicate = false;
        for (MailAccount &earlier : found) {
            if (!sameAccount(earlier, a))
                continue;
            duplicate = true;
            if (officeVersion(a.identityRef).toDouble() > officeVersion(earlier.identityRef).toDouble())
                earlier = a;
            break;
        }
        if (duplicate)
            continue;
        if (a.smtp.host.isEmpty())
            r.warnings.append(accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "Outlook account \"%1\" has no SMTP server (an Exchange or "
                                 "Microsoft 365 account?)."), {a.name}));
        found.append(a);
    }
    r.accounts = found;
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
