// Applies a fix to a mail client's own settings file (Thunderbird prefs.js, msmtp, KMail,
// git send-email): refuses while the client holds its profile lock, keeps a timestamped backup
// beside the file, writes atomically (QSaveFile), changes only the lines concerned, never
// writes a password, and can undo from the backup. Outlook and Apple Mail: not writable (the
// wizard shows instructions).
#pragma once

#include "mailaccount.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace od {

// What to change; unset fields stay as they are. There is deliberately no password field.
struct AccountChange
{
    std::optional<QString> host;
    std::optional<int> port;
    std::optional<Security> security; // None, StartTls or Tls (Auto is refused)
    std::optional<QString> auth;      // an AuthId
    std::optional<QString> user;
    std::optional<QString> from;      // the identity's address
    std::optional<QString> replyTo;

    bool isEmpty() const
    {
        return !host && !port && !security && !auth && !user && !from && !replyTo;
    }
};

struct TransformResult
{
    QString text;        // the new file text (equal to the input when nothing changed)
    QStringList changed; // the keys written, e.g. "mail.smtpserver.smtp1.port"
    QString error;       // set: nothing may be written
    bool ok() const { return error.isEmpty(); }
};

struct ApplyResult
{
    QString error;
    QStringList files;   // files written
    QStringList backups; // backup beside each written file (same order)
    QStringList changed; // keys written
    bool ok() const { return error.isEmpty(); }
};

namespace AccountWriter {

// Whether applyChange() supports this client ("thunderbird", "msmtp", "kmail", "git-send-email").
bool isWritable(const QString &client);

// Validates a change for a client: known auth IDs, port range, host/address syntax, fields
// the client can hold (msmtp and git have no reply-to). Empty: fine.
QString validate(const MailAccount &account, const AccountChange &change);

// The pure text transforms. account supplies identityRef / smtpRef.
TransformResult transformThunderbirdPrefs(const QString &text, const MailAccount &account,
                                          const AccountChange &change);
TransformResult transformMsmtprc(const QString &text, const MailAccount &account,
                                 const AccountChange &change);
// KMail keeps SMTP settings in mailtransports and From/reply-to in emailidentities.
TransformResult transformKMailTransports(const QString &text, const MailAccount &account,
                                         const AccountChange &change);
TransformResult transformKMailIdentities(const QString &text, const MailAccount &account,
                                         const AccountChange &change);
TransformResult transformGitConfig(const QString &text, const MailAccount &account,
                                   const AccountChange &change);

// Thunderbird: a live `lock` symlink / locked `.parentlock` (Linux, macOS) or a held
// `parent.lock` (Windows) in the profile directory. Returns a user-visible reason, or empty.
QString lockReason(const MailAccount &account);

// Backup name beside `file`: <file>.outbox-doctor-<yyyyMMdd-HHmmss>.bak (unique).
QString backupPathFor(const QString &file, const QDateTime &when = QDateTime::currentDateTime());
// The file a backup belongs to; empty if the name is not one of our backups.
QString originalPathOf(const QString &backupPath);

// Everything: validate, lock check, read, transform, backup, atomic write.
ApplyResult applyChange(const MailAccount &account, const AccountChange &change);
// Restores the file from one of our backups (atomically; the backup is kept).
ApplyResult undoChange(const QString &backupPath);

// QSaveFile write keeping the existing file's permissions. Exposed for the crash test helper.
bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error);

} // namespace AccountWriter
} // namespace od
