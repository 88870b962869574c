// SPDX-License-Identifier: GPL-3.0-or-later
#include "autoconfig.h"

#include "configtext.h"
#include "mailaccount.h"

#include <QDebugStateSaver>
#include <QXmlStreamReader>

#include <algorithm>

namespace od {

QDebug operator<<(QDebug debug, const ServerSuggestion &s)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "ServerSuggestion(" << s.host << ':' << s.port << ' ' << securityId(s.security)
                    << " auth=" << s.auth << " user=" << s.user << " from=" << s.source
                    << (s.clientIpRestricted ? " ip-restricted" : "") << ')';
    return debug;
}

Phrase AutoconfigResult::errorPhrase() const
{
    switch (error) {
    case Error::None:
        return {};
    case Error::TooLarge:
        return accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "The autoconfig document is too large."));
    case Error::NotClientConfig:
        return accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "This is not an autoconfig (clientConfig) document."));
    case Error::NotWellFormed:
        return accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "The autoconfig document is not well-formed XML (line %1)."),
                              {QString::number(errorLine)});
    case Error::EndsEarly:
        return accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "The autoconfig document ends before it is complete (line %1)."),
                              {QString::number(errorLine)});
    }
    return {};
}

QString authIdFromAutoconfig(const QString &value)
{
    const QString v = value.trimmed().toLower();
    if (v == QLatin1String("password-cleartext") || v == QLatin1String("plain"))
        return AuthId::PasswordCleartext;
    if (v == QLatin1String("password-encrypted") || v == QLatin1String("secure"))
        return AuthId::PasswordEncrypted;
    if (v == QLatin1String("oauth2"))
        return AuthId::OAuth2;
    if (v == QLatin1String("none") || v == QLatin1String("client-ip-address")
        || v == QLatin1String("smtp-after-pop"))
        return AuthId::None;
    if (v == QLatin1String("ntlm"))
        return AuthId::Ntlm;
    if (v == QLatin1String("gssapi"))
        return AuthId::Gssapi;
    if (v == QLatin1String("tls-client-cert"))
        return AuthId::External;
    return {};
}

namespace {

Security securityFromSocketType(const QString &t)
{
    const QString s = t.trimmed().toUpper();
    if (s == QLatin1String("SSL") || s == QLatin1String("TLS"))
        return Security::Tls;
    if (s == QLatin1String("STARTTLS"))
        return Security::StartTls;
    if (s == QLatin1String("PLAIN"))
        return Security::None;
    return Security::Auto;
}

QString resolvePlaceholders(QString s, const QString &email)
{
    const qsizetype at = email.lastIndexOf(u'@');
    const QString local = at < 0 ? email : email.left(at);
    const QString domain = at < 0 ? QString() : email.mid(at + 1);
    s.replace(QLatin1String("%EMAILADDRESS%"), email);
    s.replace(QLatin1String("%EMAILLOCALPART%"), local);
    s.replace(QLatin1String("%EMAILDOMAIN%"), domain);
    return s;
}

} // namespace

AutoconfigResult parseAutoconfig(const QByteArray &xml, const QString &emailAddress,
                                 const QString &source, const QString &origin)
{
    AutoconfigResult r;
    if (xml.size() > 1024 * 1024) {
        r.error = AutoconfigResult::Error::TooLarge;
        return r;
    }
    QXmlStreamReader x(xml);
    bool sawRoot = false;
    // Walk the tree; servers are flat enough that a small state machine does.
    while (!x.atEnd()) {
        x.readNext();
        if (!x.isStartElement())
            continue;
        const QStringView name = x.name();
        if (!sawRoot) {
            if (name != QLatin1String("clientConfig")) {
                r.error = AutoconfigResult::Error::NotClientConfig;
                return r;
            }
            sawRoot = true;
            continue;
        }
        if (name == QLatin1String("emailProvider")) {
            r.providerId = x.attributes().value(QLatin1String("id")).toString();
        } else if (name == QLatin1String("domain")) {
            r.domains.append(x.readElementText().trimmed());
        } else if (name == QLatin1String("displayName") && r.displayName.isEmpty()) {
            r.displayName = x.readElementText().trimmed();
        } else if (name == QLatin1String("outgoingServer") || name == QLatin1String("incomingServer")) {
            const bool outgoing = name == QLatin1String("outgoingServer");
            const QString type = x.attributes().value(QLatin1String("type")).toString();
            ServerSuggestion s;
            s.source = source;
            s.origin = origin;
            AutoconfigIncoming in;
            in.type = type;
            while (x.readNextStartElement()) {
                const QStringView f = x.name();
                if (f == QLatin1String("hostname")) {
                    s.host = resolvePlaceholders(x.readElementText().trimmed(), emailAddress);
                } else if (f == QLatin1String("port")) {
                    const int p = x.readElementText().trimmed().toInt();
                    s.port = p > 0 && p <= 65535 ? p : 0;
                } else if (f == QLatin1String("socketType")) {
                    s.security = securityFromSocketType(x.readElementText());
                } else if (f == QLatin1String("authentication")) {
                    const QString raw = x.readElementText().trimmed();
                    if (raw.compare(QLatin1String("client-IP-address"), Qt::CaseInsensitive) == 0)
                        s.clientIpRestricted = true;
                    const QString id = authIdFromAutoconfig(raw);
                    if (!id.isEmpty() && !s.auths.contains(id))
                        s.auths.append(id);
                } else if (f == QLatin1String("username")) {
                    s.user = resolvePlaceholders(x.readElementText().trimmed(), emailAddress);
                } else if (f == QLatin1String("restriction")) {
                    if (x.readElementText().trimmed().compare(QLatin1String("client-IP-address"),
                                                              Qt::CaseInsensitive) == 0)
                        s.clientIpRestricted = true;
                } else {
                    x.skipCurrentElement();
                }
            }
            // Our engine tests passwords; prefer a password method, keep OAuth2 as the fallback.
            for (const QString &a : std::as_const(s.auths)) {
                if (a != QLatin1String(AuthId::OAuth2)) {
                    s.auth = a;
                    break;
                }
            }
            if (s.auth.isEmpty() && !s.auths.isEmpty())
                s.auth = s.auths.constFirst();
            if (outgoing) {
                if (type.isEmpty() || type == QLatin1String("smtp")) {
                    if (!s.host.isEmpty())
                        r.outgoing.append(s);
                }
            } else {
                in.host = s.host;
                in.port = s.port;
                in.security = s.security;
                in.user = s.user;
                r.incoming.append(in);
            }
        }
    }
    if (x.hasError()) {
        // Qt's description of the XML error is worded in the current language; the kind and
        // the line are kept.
        r.error = x.error() == QXmlStreamReader::PrematureEndOfDocumentError ? AutoconfigResult::Error::EndsEarly
                                                                             : AutoconfigResult::Error::NotWellFormed;
        r.errorLine = x.lineNumber();
        r.outgoing.clear();
        r.incoming.clear();
        return r;
    }
    if (!sawRoot)
        r.error = AutoconfigResult::Error::NotClientConfig;
    for (ServerSuggestion &s : r.outgoing)
        s.provider = r.displayName;
    return r;
}

QList<SrvRecord> orderSrvRecords(QList<SrvRecord> records)
{
    records.erase(std::remove_if(records.begin(), records.end(),
                                 [](const SrvRecord &r) {
                                     return r.target.isEmpty() || r.target == QLatin1String(".")
                                         || r.port <= 0;
                                 }),
                  records.end());
    std::stable_sort(records.begin(), records.end(), [](const SrvRecord &a, const SrvRecord &b) {
        if (a.priority != b.priority)
            return a.priority < b.priority;
        return a.weight > b.weight;
    });
    for (SrvRecord &r : records) {
        if (r.target.endsWith(u'.'))
            r.target.chop(1);
    }
    return records;
}

QList<ServerSuggestion> suggestionsFromSrv(const QList<SrvRecord> &records, bool implicitTls,
                                           const QString &emailAddress, const QString &origin)
{
    QList<ServerSuggestion> out;
    for (const SrvRecord &r : orderSrvRecords(records)) {
        ServerSuggestion s;
        s.host = r.target;
        s.port = r.port;
        s.security = implicitTls ? Security::Tls : Security::StartTls;
        s.auth = AuthId::Any; // SRV says nothing about it; submission needs authentication
        s.auths = {QString(AuthId::Any)};
        s.user = emailAddress;
        s.source = QStringLiteral("srv");
        s.origin = origin;
        out.append(s);
    }
    return out;
}

QString baseDomain(const QString &host)
{
    QString h = host.trimmed().toLower();
    if (h.endsWith(u'.'))
        h.chop(1);
    const QStringList labels = h.split(u'.', Qt::SkipEmptyParts);
    if (labels.size() <= 2)
        return labels.join(u'.');
    static const QStringList secondLevel = {
        QStringLiteral("co"), QStringLiteral("com"), QStringLiteral("net"), QStringLiteral("org"),
        QStringLiteral("ac"), QStringLiteral("gov"), QStringLiteral("edu"), QStringLiteral("ne"),
        QStringLiteral("or"), QStringLiteral("go"),
    };
    const QString sld = labels.at(labels.size() - 2);
    const int keep = secondLevel.contains(sld) && labels.constLast().size() == 2 ? 3 : 2;
    return labels.mid(labels.size() - keep).join(u'.');
}

} // namespace od
