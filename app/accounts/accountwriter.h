// SPDX-License-Identifier: GPL-3.0-or-later
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

#include <functional>
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
    Phrase error;        // set: nothing may be written
    bool ok() const { return error.isEmpty(); }
};

// Errors and warnings are phrases, worded when shown (the wizard, its report) in the reader's
// language.
struct ApplyResult
{
    Phrase error;
    QStringList files;   // files written
    QStringList backups; // backup beside each written file (same order)
    QStringList changed; // keys written
    QList<Phrase> warnings; // written, but something needs the user's attention
    bool ok() const { return error.isEmpty(); }
};

// One file of a change: its bytes as read (the transform's input) and as they should become.
struct FileWrite
{
    QString path;
    QByteArray original;
    QByteArray updated;
};

namespace AccountWriter {

// Whether applyChange() supports this client ("thunderbird", "msmtp", "kmail", "git-send-email").
bool isWritable(const QString &client);

// Validates a change for a client: known auth IDs, port range, host/address syntax, fields
// the client can hold (msmtp and git have no reply-to). Empty: fine.
Phrase validate(const MailAccount &account, const AccountChange &change);

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
Phrase lockReason(const MailAccount &account);

// Backup name beside `file`: <file>.outbox-doctor-<yyyyMMdd-HHmmss>.bak (unique).
QString backupPathFor(const QString &file, const QDateTime &when = QDateTime::currentDateTime());
// The file a backup belongs to; empty if the name is not one of our backups.
QString originalPathOf(const QString &backupPath);

// Everything: validate, lock check, read, transform, backup, atomic write.
ApplyResult applyChange(const MailAccount &account, const AccountChange &change);
// Restores the file from one of our backups (atomically; the backup is kept).
ApplyResult undoChange(const QString &backupPath);

// QSaveFile write keeping the existing file's permissions and owner (both checked). Exposed
// for the crash test helper.
bool writeFileAtomically(const QString &path, const QByteArray &data, Phrase *error);

// A backup of `file` holding `data`, beside it: created exclusively (never over an existing
// file or through a symlink) and owner-only (0600, narrower when the original is) from the
// first moment, with the original's owner.
bool createBackup(const QString &file, const QByteArray &data, QString *backupPath, Phrase *error);

// Writes every file or none. For each: the file must still hold `original` (same file, size,
// mtime and contents, checked again right before it is replaced); a backup is made
// (createBackup) and the new contents replace it atomically (QSaveFile). When a file changed
// since it was read, or a replace fails, the files already replaced get their old contents
// back and the backups are removed. Bytes another program appends in the instant between the
// last check and the replace are kept in the backup (with a warning). beforeReplace(i) runs
// right before file i is checked and replaced (for tests that break that step).
ApplyResult writeFiles(const QList<FileWrite> &writes, const std::function<void(int index)> &beforeReplace = {});

} // namespace AccountWriter
} // namespace od
