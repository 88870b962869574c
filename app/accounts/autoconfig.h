// SPDX-License-Identifier: GPL-3.0-or-later
// Mozilla autoconfig (config-v1.1.xml, as served by the ISPDB and by providers themselves) and
// RFC 6186 / 8314 SRV records, as outgoing-server suggestions. Pure functions; the network
// part is ServerSuggester.
#pragma once

#include "core/phrase.h"
#include "core/taxonomy.h"

#include <QByteArray>
#include <QDebug>
#include <QList>
#include <QString>
#include <QStringList>

namespace od {

struct ServerSuggestion
{
    QString host;
    int port = 0;
    Security security = Security::Auto;
    QString auth;          // preferred AuthId (a password method before OAuth2; see autoconfig.cpp)
    QStringList auths;     // every AuthId the source lists, in its order
    QString user;          // the user name, placeholders resolved for the address
    bool clientIpRestricted = false; // <restriction>client-IP-address</restriction>
    QString source;        // "ispdb", "autoconfig", "srv", "mx"
    QString origin;        // the URL or DNS name it came from
    QString provider;      // displayName of the provider, when known

    friend bool operator==(const ServerSuggestion &a, const ServerSuggestion &b)
    {
        return a.host == b.host && a.port == b.port && a.security == b.security && a.auth == b.auth
            && a.auths == b.auths && a.user == b.user && a.clientIpRestricted == b.clientIpRestricted
            && a.source == b.source && a.origin == b.origin && a.provider == b.provider;
    }
    friend bool operator!=(const ServerSuggestion &a, const ServerSuggestion &b) { return !(a == b); }
};
QDebug operator<<(QDebug debug, const ServerSuggestion &s);

struct AutoconfigIncoming
{
    QString type;
    QString host;
    int port = 0;
    Security security = Security::Auto;
    QString user;
};

struct AutoconfigResult
{
    QString providerId;
    QString displayName;
    QStringList domains;
    QList<ServerSuggestion> outgoing; // in the file's order (the provider's preference)
    QList<AutoconfigIncoming> incoming;
    // Why the document could not be used; worded when shown (errorPhrase()).
    enum class Error { None, TooLarge, NotClientConfig, NotWellFormed, EndsEarly };
    Error error = Error::None;
    qint64 errorLine = 0;   // NotWellFormed, EndsEarly: where the XML broke
    bool ok() const { return error == Error::None; }
    Phrase errorPhrase() const;
};

// Parses config-v1.1.xml (also the older un-versioned <clientConfig>). emailAddress resolves
// %EMAILADDRESS%, %EMAILLOCALPART%, %EMAILDOMAIN%. source/origin are copied into suggestions.
AutoconfigResult parseAutoconfig(const QByteArray &xml, const QString &emailAddress,
                                 const QString &source = QStringLiteral("autoconfig"),
                                 const QString &origin = {});

QString authIdFromAutoconfig(const QString &value);

struct SrvRecord
{
    QString target;
    int port = 0;
    int priority = 0;
    int weight = 0;
};
// RFC 2782 order: priority ascending, then weight descending (deterministic); drops the
// "service not available" target ".".
QList<SrvRecord> orderSrvRecords(QList<SrvRecord> records);
// _submissions._tcp → implicit TLS, _submission._tcp → STARTTLS (RFC 6186 / RFC 8314).
QList<ServerSuggestion> suggestionsFromSrv(const QList<SrvRecord> &records, bool implicitTls,
                                           const QString &emailAddress, const QString &origin);

// "mx1.mail.example.co.uk" → "example.co.uk" (a short list of two-level public suffixes).
QString baseDomain(const QString &host);

} // namespace od
