// SPDX-License-Identifier: GPL-3.0-or-later
#include "appleaccountsdb.h"

#include "accountreaders.h"
#include "binaryplist.h"
#include "configtext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QVariant>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <dirent.h>
#endif

namespace od::AccountReaders {

namespace {

// A property's value: an NSKeyedArchiver archive in a binary plist, or (in some macOS
// versions) the plain UTF-8 text.
QVariant propertyValue(const QByteArray &raw)
{
    if (!raw.startsWith("bplist"))
        return QString::fromUtf8(raw);
    const auto parsed = Plist::parseBinary(raw);
    return parsed ? Plist::unarchive(*parsed) : QVariant();
}

QString text(const QVariantMap &p, const char *key)
{
    return p.value(QLatin1String(key)).toString().trimmed();
}

bool flag(const QVariantMap &p, const char *key, bool fallback)
{
    const QVariant v = p.value(QLatin1String(key));
    if (!v.isValid())
        return fallback;
    if (v.typeId() == QMetaType::Bool)
        return v.toBool();
    const QString s = v.toString().trimmed().toLower();
    return s == QLatin1String("1") || s == QLatin1String("yes") || s == QLatin1String("true");
}

// The default (else the first) address of EmailAliases: [{EmailAddresses: [{EmailAddress,
// IsDefault}], IsPrimary}].
QString aliasAddress(const QVariant &aliases)
{
    QString first;
    const QVariantList list = aliases.toList();
    for (const QVariant &alias : list) {
        const QVariantMap m = alias.toMap();
        const QVariantList addresses = m.value(QStringLiteral("EmailAddresses")).toList();
        for (const QVariant &e : addresses) {
            const QVariantMap em = e.toMap();
            const QString address = text(em, "EmailAddress");
            if (address.isEmpty())
                continue;
            if (flag(em, "IsDefault", false) || flag(m, "IsPrimary", false))
                return address;
            if (first.isEmpty())
                first = address;
        }
    }
    return first;
}

QString authFor(const QVariantMap &smtp)
{
    if (!flag(smtp, "ShouldUseAuthentication", true))
        return AuthId::None;
    const QString scheme = text(smtp, "AuthenticationScheme").toUpper();
    if (scheme.isEmpty() || scheme == QLatin1String("PASSWORD"))
        return AuthId::Any;
    if (scheme.contains(QLatin1String("CRAM")))
        return AuthId::CramMd5;
    if (scheme.contains(QLatin1String("NTLM")))
        return AuthId::Ntlm;
    if (scheme.contains(QLatin1String("GSSAPI")) || scheme.contains(QLatin1String("KERBEROS")))
        return AuthId::Gssapi;
    if (scheme.contains(QLatin1String("OAUTH")) || scheme.startsWith(QLatin1String("ATOKEN")))
        return AuthId::OAuth2; // Apple's sign-in for Google, Microsoft, Yahoo accounts
    if (scheme == QLatin1String("NONE"))
        return AuthId::None;
    return AuthId::Any;
}

struct Row
{
    qlonglong pk = 0;
    qlonglong parent = 0; // ZPARENTACCOUNT: the account signed in with (iCloud, Google), 0: none
    bool active = true;
    QString identifier, user, description, kind; // kind: imap, pop3, smtp; empty: not a mail server
    QVariantMap props;
    QVariantMap mail; // the parent's settings for Mail (ZDATACLASSPROPERTIES, com.apple.Dataclass.Mail)
};

// ZDATACLASSPROPERTIES: an archived dictionary data class → settings; iCloud keeps its mail
// servers there (imapHostname, imapPort, imapRequiresSSL, smtpHostname, smtpPort,
// smtpRequiresSSL, EmailAddress) instead of on its IMAP and SMTP child accounts.
QVariantMap mailDataclass(const QByteArray &raw)
{
    if (raw.isEmpty())
        return {};
    return propertyValue(raw).toMap().value(QStringLiteral("com.apple.Dataclass.Mail")).toMap();
}

std::optional<bool> optionalFlag(const QVariant &v)
{
    if (!v.isValid())
        return std::nullopt;
    if (v.typeId() == QMetaType::Bool)
        return v.toBool();
    const QString s = v.toString().trimmed().toLower();
    if (s == QLatin1String("1") || s == QLatin1String("yes") || s == QLatin1String("true"))
        return true;
    if (s == QLatin1String("0") || s == QLatin1String("no") || s == QLatin1String("false"))
        return false;
    return std::nullopt;
}

// SSLEnabled is Mail's "Use TLS/SSL"; SSLIsDirect says whether TLS starts on connecting (true)
// or through STARTTLS (false), so false alone does not mean "no TLS". iCloud's children keep
// neither and follow their parent's requiresSSL. Nothing recorded: Auto (not a guess).
Security securityOf(const QVariantMap &props, const QVariant &parentRequiresSsl, int port)
{
    const auto enabled = optionalFlag(props.value(QStringLiteral("SSLEnabled")));
    const auto direct = optionalFlag(props.value(QStringLiteral("SSLIsDirect")));
    if (enabled && !*enabled)
        return Security::None;
    if (direct && *direct)
        return Security::Tls;
    const bool tls = enabled.value_or(false) || optionalFlag(parentRequiresSsl).value_or(false);
    if (!tls)
        return Security::Auto;
    if (direct)
        return Security::StartTls;
    return port == 465 ? Security::Tls : Security::StartTls;
}

int portOf(const QVariant &v)
{
    bool ok = false;
    const qlonglong p = v.toLongLong(&ok);
    return ok && p > 0 && p <= 65535 ? int(p) : 0;
}

// False when the folder exists but may not be listed: macOS's privacy protection answers
// EPERM whatever the permission bits say, so the listing itself is tried.
bool readable(const QString &dir)
{
#ifdef Q_OS_UNIX
    DIR *d = ::opendir(QFile::encodeName(dir).constData());
    if (d) {
        ::closedir(d);
        return true;
    }
    return errno != EPERM && errno != EACCES;
#else
    return !QFileInfo(dir).exists() || QFileInfo(dir).isReadable();
#endif
}

} // namespace

Phrase fullDiskAccessSteps()
{
    return accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "macOS keeps Mail's settings private. To let Outbox Doctor read them: open System Settings, "
        "then Privacy & Security, then Full Disk Access (on macOS 12 and earlier: System Preferences, "
        "Security & Privacy, Privacy tab, Full Disk Access); turn on Outbox Doctor, or add it with the + "
        "button; then quit Outbox Doctor and open it again. You can also enter the settings by hand."));
}

ReadResult readAppleAccountsDatabase(const QString &path)
{
    ReadResult r;
    QFile file(path);
    if (!file.exists())
        return r;
    if (!file.open(QIODevice::ReadOnly)) {
        r.error = file.error() == QFileDevice::PermissionsError || file.error() == QFileDevice::OpenError
                      ? Phrase::sentences({accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "%1 cannot be read."), {path}),
                                            fullDiskAccessSteps()})
                      : accountsFilePhrase(QT_TRANSLATE_NOOP("od::Accounts", "%1 cannot be read: %2"), {path},
                                           openProblem(file, QIODevice::ReadOnly));
        return r;
    }
    file.close();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        r.error = accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "Qt's SQLite driver is missing, so the accounts database cannot be read."));
        return r;
    }
    // A private copy (with its write-ahead log): never a lock on the live database.
    QTemporaryDir copyDir;
    const QString copy = copyDir.filePath(QStringLiteral("Accounts4.sqlite"));
    if (!copyDir.isValid() || !QFile::copy(path, copy)) {
        r.error = accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "%1 could not be copied for reading."), {path});
        return r;
    }
    for (const char *suffix : {"-wal", "-shm"}) {
        if (QFileInfo::exists(path + QLatin1String(suffix)))
            QFile::copy(path + QLatin1String(suffix), copy + QLatin1String(suffix));
    }

    QList<Row> rows;
    const QString connection = QStringLiteral("od-accounts4-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(copy);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        // SQLite's own message (sqlite3_errmsg, always English) rather than QSqlError::text(),
        // which adds Qt's sentence in the language of the moment.
        if (!db.open()) {
            r.error = accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "%1 is not a database that can be read: %2"), {path, db.lastError().databaseText()});
        } else {
            // Core Data adds columns between macOS versions: the optional ones are asked for
            // only when the table has them.
            QSet<QString> columns;
            QSqlQuery info(db);
            if (info.exec(QStringLiteral("PRAGMA table_info(ZACCOUNT)"))) {
                while (info.next())
                    columns.insert(info.value(1).toString().toUpper());
            }
            const auto column = [&](const char *name, const char *fallback) {
                return columns.contains(QLatin1String(name)) ? QStringLiteral("a.") + QLatin1String(name)
                                                             : QLatin1String(fallback);
            };
            QSqlQuery q(db);
            QHash<qlonglong, qsizetype> byPk;
            if (!q.exec(QStringLiteral(
                            "SELECT a.Z_PK, IFNULL(a.ZIDENTIFIER, ''), IFNULL(a.ZUSERNAME, ''), "
                            "IFNULL(a.ZACCOUNTDESCRIPTION, ''), IFNULL(t.ZIDENTIFIER, ''), %1, %2, %3 "
                            "FROM ZACCOUNT a LEFT JOIN ZACCOUNTTYPE t ON t.Z_PK = a.ZACCOUNTTYPE ORDER BY a.Z_PK")
                            .arg(column("ZPARENTACCOUNT", "NULL"), column("ZACTIVE", "1"),
                                 column("ZDATACLASSPROPERTIES", "NULL")))) {
                r.error = accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "%1 does not hold the accounts tables of macOS (%2)."), {path, q.lastError().databaseText()});
            } else {
                while (q.next() && rows.size() < 10000) {
                    Row row;
                    row.pk = q.value(0).toLongLong();
                    row.identifier = q.value(1).toString();
                    row.user = q.value(2).toString().trimmed();
                    row.description = q.value(3).toString().trimmed();
                    const QString type = q.value(4).toString().toLower();
                    row.kind = type.endsWith(QLatin1String(".imap")) || type.endsWith(QLatin1String(".imapmail"))
                                   ? QStringLiteral("imap")
                             : type.endsWith(QLatin1String(".pop"))  ? QStringLiteral("pop3")
                             : type.endsWith(QLatin1String(".smtp")) ? QStringLiteral("smtp")
                                                                      : QString(); // iCloud, Google, Exchange, CalDAV ...
                    row.parent = q.value(5).toLongLong();
                    row.active = q.value(6).isNull() || q.value(6).toLongLong() != 0;
                    row.mail = mailDataclass(q.value(7).toByteArray());
                    byPk.insert(row.pk, rows.size());
                    rows.append(row);
                }
                QSqlQuery p(db);
                if (p.exec(QStringLiteral("SELECT ZOWNER, IFNULL(ZKEY, ''), ZVALUE FROM ZACCOUNTPROPERTY "
                                          "WHERE ZOWNER IS NOT NULL"))) {
                    int count = 0;
                    while (p.next() && ++count < 100000) {
                        const auto it = byPk.constFind(p.value(0).toLongLong());
                        if (it != byPk.constEnd())
                            rows[*it].props.insert(p.value(1).toString(), propertyValue(p.value(2).toByteArray()));
                    }
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (!r.ok())
        return r;

    QHash<qlonglong, qsizetype> byPk;
    for (qsizetype i = 0; i < rows.size(); ++i)
        byPk.insert(rows.at(i).pk, i);
    const auto parentOf = [&](const Row &row) -> const Row * {
        const qsizetype i = row.parent ? byPk.value(row.parent, -1) : -1;
        return i >= 0 && rows.at(i).pk != row.pk ? &rows.at(i) : nullptr;
    };
    const auto parentMail = [&](const Row &row, const char *key) {
        const Row *p = parentOf(row);
        return p ? p->mail.value(QLatin1String(key)) : QVariant();
    };
    // The outgoing servers: their own settings, else their parent's Mail settings (iCloud).
    QHash<QString, qsizetype> smtpById;
    QList<qsizetype> smtpRows;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Row &row = rows.at(i);
        if (row.kind == QLatin1String("smtp") && row.active
            && !(text(row.props, "Hostname").isEmpty() && parentMail(row, "smtpHostname").toString().isEmpty())) {
            smtpById.insert(row.identifier, i);
            smtpRows.append(i);
        }
    }
    for (const Row &row : std::as_const(rows)) {
        if (row.kind.isEmpty() || row.kind == QLatin1String("smtp") || !row.active)
            continue; // not a mail server, an outgoing server (read with its account), switched off
        const Row *parent = parentOf(row);
        MailAccount a;
        a.client = ClientId::AppleMail;
        a.source = path;
        a.identityRef = row.identifier;
        a.displayName = text(row.props, "ACPropertyFullName");
        if (a.displayName.isEmpty() && parent)
            a.displayName = text(parent->props, "ACPropertyFullName");
        a.email = text(row.props, "IdentityEmailAddress");
        if (a.email.isEmpty())
            a.email = aliasAddress(row.props.value(QStringLiteral("EmailAliases")));
        if (a.email.isEmpty() && parent)
            a.email = text(parent->mail, "EmailAddress");
        const QString user = !row.user.isEmpty() ? row.user : parent ? parent->user : QString();
        if (a.email.isEmpty() && user.contains(u'@'))
            a.email = user;
        a.name = !row.description.isEmpty() ? row.description
                 : parent && !parent->description.isEmpty() ? parent->description
                                                            : a.email;
        a.incoming.type = row.kind;
        a.incoming.host = text(row.props, "Hostname");
        a.incoming.port = portOf(row.props.value(QStringLiteral("PortNumber")));
        if (a.incoming.host.isEmpty() && row.kind == QLatin1String("imap")) {
            a.incoming.host = parentMail(row, "imapHostname").toString().trimmed();
            if (!a.incoming.port)
                a.incoming.port = portOf(parentMail(row, "imapPort"));
        }
        a.incoming.user = user;
        const QString sending = text(row.props, "SendingAccountIdentifier");
        qsizetype smtp = smtpById.value(sending, -1);
        if (smtp < 0 && sending.isEmpty() && smtpRows.size() == 1)
            smtp = smtpRows.constFirst(); // one outgoing server: the one every account uses
        if (smtp >= 0) {
            const Row &s = rows.at(smtp);
            const Row *sParent = parentOf(s);
            a.smtpRef = s.identifier;
            a.smtp.host = text(s.props, "Hostname");
            a.smtp.port = portOf(s.props.value(QStringLiteral("PortNumber")));
            if (a.smtp.host.isEmpty()) {
                a.smtp.host = parentMail(s, "smtpHostname").toString().trimmed();
                if (!a.smtp.port)
                    a.smtp.port = portOf(parentMail(s, "smtpPort"));
            }
            // It signs in with its identity address when it has one.
            a.smtp.user = text(s.props, "IdentityEmailAddress");
            if (a.smtp.user.isEmpty())
                a.smtp.user = !s.user.isEmpty() ? s.user : sParent ? sParent->user : QString();
            a.smtp.security = securityOf(s.props, parentMail(s, "smtpRequiresSSL"), a.smtp.port);
            a.smtp.auth = authFor(s.props);
        } else {
            r.warnings.append(accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "Apple Mail account \"%1\" names no outgoing server that is in the "
                                           "accounts database."), {a.name}));
        }
        r.accounts.append(a);
    }
    return r;
}

ReadResult readAppleMailAccounts(const QString &home)
{
    ReadResult r;
    // macOS answers "operation not permitted" for these folders until Full Disk Access is given.
    for (const QString &dir : {home + QLatin1String("/Library/Mail"), home + QLatin1String("/Library/Accounts")}) {
        if (!readable(dir)) {
            r.error = Phrase::sentences({accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "The folder %1 cannot be read."),
                                                        {QDir::toNativeSeparators(dir)}),
                                         fullDiskAccessSteps()});
            return r;
        }
    }
    return readAppleAccountsDatabase(home + QLatin1String("/Library/Accounts/Accounts4.sqlite"));
}

} // namespace od::AccountReaders
