// SPDX-License-Identifier: GPL-3.0-or-later
// Apple Mail: property lists, XML or binary (Accounts.plist, com.apple.mail.plist) and
// configuration profiles (.mobileconfig, payload com.apple.mail.managed).
#include "accountreaders.h"
#include "binaryplist.h"
#include "configtext.h"

#include <QVariant>
#include <QXmlStreamReader>

namespace od::AccountReaders {

namespace {

// A minimal XML plist reader into QVariant (dict → QVariantMap, array → QVariantList).
class PlistReader
{
public:
    explicit PlistReader(const QByteArray &data) : xml(data) {}

    bool read(QVariant *out, Phrase *error)
    {
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                if (xml.name() == QLatin1String("plist"))
                    continue;
                *out = value(0);
                break;
            }
        }
        if (xml.hasError()) {
            // Qt's description of the XML error is worded in the current language (the JSON of
            // `accounts` carries this phrase): the kind of error and the line are kept.
            const QString line = QString::number(xml.lineNumber());
            if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
                *error = accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "The property list ends before it is complete (line %1)."), {line});
            else if (xml.error() == QXmlStreamReader::CustomError)
                *error = accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "The property list is nested too deeply (line %1)."), {line});
            else
                *error = accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "The property list is not well-formed XML (line %1)."), {line});
            return false;
        }
        return true;
    }

private:
    QXmlStreamReader xml;

    // At a start element; consumes through its end element.
    QVariant value(int depth)
    {
        if (depth > 64) {
            xml.raiseError(QStringLiteral("nesting too deep"));
            return {};
        }
        const QString tag = xml.name().toString();
        if (tag == QLatin1String("dict")) {
            QVariantMap map;
            QString key;
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("key")) {
                    key = xml.readElementText();
                } else {
                    map.insert(key, value(depth + 1));
                    key.clear();
                }
            }
            return map;
        }
        if (tag == QLatin1String("array")) {
            QVariantList list;
            while (xml.readNextStartElement())
                list.append(value(depth + 1));
            return list;
        }
        if (tag == QLatin1String("true") || tag == QLatin1String("false")) {
            xml.skipCurrentElement();
            return tag == QLatin1String("true");
        }
        const QString t = xml.readElementText(QXmlStreamReader::SkipChildElements);
        if (tag == QLatin1String("integer"))
            return t.trimmed().toLongLong();
        if (tag == QLatin1String("data"))
            return QByteArray::fromBase64(t.toLatin1());
        return t; // string, date, real
    }
};

QString str(const QVariantMap &m, const char *key)
{
    return m.value(QLatin1String(key)).toString().trimmed();
}

bool yes(const QVariant &v)
{
    if (v.typeId() == QMetaType::Bool)
        return v.toBool();
    const QString s = v.toString().trimmed().toLower();
    return s == QLatin1String("yes") || s == QLatin1String("true") || s == QLatin1String("1");
}

QString appleAuth(const QString &scheme)
{
    const QString s = scheme.toUpper();
    if (s.isEmpty())
        return {};
    if (s == QLatin1String("EMAILAUTHNONE") || s == QLatin1String("NONE"))
        return AuthId::None;
    if (s.contains(QLatin1String("CRAM")))
        return AuthId::CramMd5;
    if (s.contains(QLatin1String("NTLM")))
        return AuthId::Ntlm;
    if (s.contains(QLatin1String("GSSAPI")) || s.contains(QLatin1String("KERBEROS")))
        return AuthId::Gssapi;
    if (s.contains(QLatin1String("MD5")))
        return AuthId::PasswordEncrypted;
    if (s.contains(QLatin1String("OAUTH")))
        return AuthId::OAuth2;
    if (s.contains(QLatin1String("PASSWORD")))
        return AuthId::Any;
    return {};
}

Security appleSecurity(const QVariant &useSsl, int port)
{
    if (!useSsl.isValid())
        return Security::Auto;
    if (!yes(useSsl))
        return Security::None;
    return port == 465 ? Security::Tls : Security::StartTls;
}

void readMobileConfigPayload(const QVariantMap &p, const QString &source, ReadResult &r)
{
    MailAccount a;
    a.client = ClientId::AppleMail;
    a.source = source;
    a.identityRef = str(p, "PayloadUUID");
    a.email = str(p, "EmailAddress");
    a.displayName = str(p, "EmailAccountName");
    a.name = str(p, "EmailAccountDescription");
    if (a.name.isEmpty())
        a.name = str(p, "PayloadDisplayName");
    a.smtp.host = str(p, "OutgoingMailServerHostName");
    a.smtp.port = int(qBound(qlonglong(0), p.value(QStringLiteral("OutgoingMailServerPortNumber")).toLongLong(), qlonglong(65535)));
    a.smtp.security = appleSecurity(p.value(QStringLiteral("OutgoingMailServerUseSSL")), a.smtp.port);
    a.smtp.auth = appleAuth(str(p, "OutgoingMailServerAuthentication"));
    a.smtp.user = str(p, "OutgoingMailServerUsername");
    const QString type = str(p, "EmailAccountType");
    a.incoming.type = type == QLatin1String("EmailTypePOP") ? QStringLiteral("pop3")
                      : type == QLatin1String("EmailTypeIMAP") ? QStringLiteral("imap")
                                                               : type.toLower();
    a.incoming.host = str(p, "IncomingMailServerHostName");
    a.incoming.port = int(qBound(qlonglong(0), p.value(QStringLiteral("IncomingMailServerPortNumber")).toLongLong(), qlonglong(65535)));
    a.incoming.user = str(p, "IncomingMailServerUsername");
    if (a.smtp.host.isEmpty())
        r.warnings.append(accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "The mail payload \"%1\" leaves the outgoing server empty (it is "
                             "asked for when the profile is installed)."), {a.name}));
    r.accounts.append(a);
}

void readAccountsPlist(const QVariantMap &root, const QString &source, ReadResult &r)
{
    // Delivery (SMTP) accounts, keyed "host:user" as MailAccounts' SMTPIdentifier refers to them.
    QHash<QString, QVariantMap> delivery;
    QList<QVariantMap> deliveryOrder;
    const QVariantList dl = root.value(QStringLiteral("DeliveryAccounts")).toList();
    for (const QVariant &v : dl) {
        const QVariantMap d = v.toMap();
        const QString host = str(d, "Hostname");
        const QString user = str(d, "Username");
        delivery.insert(user.isEmpty() ? host : host + u':' + user, d);
        delivery.insert(host, d); // fallback when the identifier has no user
        deliveryOrder.append(d);
    }
    QSet<QString> used;
    const QVariantList accounts = root.value(QStringLiteral("MailAccounts")).toList();
    for (const QVariant &v : accounts) {
        const QVariantMap m = v.toMap();
        const QString type = str(m, "AccountType");
        if (type == QLatin1String("LocalAccount") || type.isEmpty())
            continue;
        MailAccount a;
        a.client = ClientId::AppleMail;
        a.source = source;
        a.name = str(m, "AccountName");
        a.identityRef = str(m, "uniqueId");
        const QVariantList emails = m.value(QStringLiteral("EmailAddresses")).toList();
        if (!emails.isEmpty())
            a.email = emails.constFirst().toString().trimmed();
        a.displayName = str(m, "FullUserName");
        a.incoming.type = type.startsWith(QLatin1String("POP")) ? QStringLiteral("pop3")
                          : type.contains(QLatin1String("IMAP")) || type.startsWith(QLatin1String("iTools"))
                              ? QStringLiteral("imap")
                              : type.toLower();
        a.incoming.host = str(m, "Hostname");
        a.incoming.user = str(m, "Username");
        a.incoming.port = str(m, "PortNumber").toInt();
        const QString smtpId = str(m, "SMTPIdentifier");
        a.smtpRef = smtpId;
        const QVariantMap d = delivery.value(smtpId, delivery.value(smtpId.section(u':', 0, 0)));
        if (!d.isEmpty()) {
            used.insert(smtpId);
            a.smtp.host = str(d, "Hostname");
            a.smtp.port = str(d, "PortNumber").toInt();
            a.smtp.user = str(d, "Username");
            a.smtp.security = appleSecurity(d.value(QStringLiteral("SSLEnabled"), false), a.smtp.port);
            const QVariant useAuth = d.value(QStringLiteral("ShouldUseAuthentication"));
            a.smtp.auth = useAuth.isValid() && !yes(useAuth)
                              ? QString(AuthId::None)
                              : appleAuth(str(d, "AuthenticationScheme").isEmpty()
                                              ? QStringLiteral("PASSWORD")
                                              : str(d, "AuthenticationScheme"));
        } else if (!smtpId.isEmpty()) {
            r.warnings.append(accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "Account \"%1\" refers to an outgoing server that is not in the "
                                 "file."), {a.name}));
        }
        if (a.name.isEmpty())
            a.name = a.email;
        r.accounts.append(a);
    }
}

} // namespace

ReadResult readApplePlist(const QByteArray &data, const QString &source)
{
    ReadResult r;
    if (data.size() > ConfigText::MaxSize) {
        r.error = accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "The file is too large to be a mail client's settings file."));
        return r;
    }
    QVariant root;
    Phrase error;
    if (data.startsWith("bplist")) {
        const auto parsed = Plist::parseBinary(data, &error);
        if (!parsed) {
            r.error = error;
            return r;
        }
        root = *parsed;
    } else if (!PlistReader(data).read(&root, &error)) {
        r.error = error;
        return r;
    }
    const QVariantMap map = root.toMap();
    if (map.isEmpty()) {
        r.error = accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "This is not a property list with mail accounts."));
        return r;
    }
    // Configuration profile: PayloadContent[] of com.apple.mail.managed payloads.
    if (map.contains(QStringLiteral("PayloadContent"))) {
        const QVariantList payloads = map.value(QStringLiteral("PayloadContent")).toList();
        for (const QVariant &v : payloads) {
            const QVariantMap p = v.toMap();
            if (str(p, "PayloadType") == QLatin1String("com.apple.mail.managed"))
                readMobileConfigPayload(p, source, r);
        }
        if (str(map, "PayloadType") == QLatin1String("com.apple.mail.managed"))
            readMobileConfigPayload(map, source, r);
        return r;
    }
    if (str(map, "PayloadType") == QLatin1String("com.apple.mail.managed")) {
        readMobileConfigPayload(map, source, r);
        return r;
    }
    readAccountsPlist(map, source, r);
    return r;
}

} // namespace od::AccountReaders
