// SPDX-License-Identifier: GPL-3.0-or-later
// The readers: pure functions from a client's file contents (+ the path, kept as `source`)
// to accounts. None of them throws or touches the file system; oversized, binary or broken
// input gives a ReadResult with an error or warnings, never a crash.
#pragma once

#include "mailaccount.h"
#include "registryfile.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace od::AccountReaders {

// --- Thunderbird ---------------------------------------------------------------------------
struct ThunderbirdProfile
{
    QString name;
    QString path;       // absolute (IsRelative resolved against the profiles.ini folder)
    bool isDefault = false;
    friend bool operator==(const ThunderbirdProfile &a, const ThunderbirdProfile &b)
    { return a.name == b.name && a.path == b.path && a.isDefault == b.isDefault; }
};
// Profiles in profiles.ini, the default first. The [Install…] section's Default= wins over a
// profile's Default=1 (that is the profile the installed Thunderbird really opens).
QList<ThunderbirdProfile> parseProfilesIni(const QByteArray &data, const QString &iniDir,
                                           QList<Phrase> *warnings = nullptr);
// One account per identity (with its SMTP server: smtpServer, else mail.smtp.defaultserver,
// else the first of mail.smtpservers), plus SMTP servers no identity uses (email empty).
ReadResult readThunderbirdPrefs(const QByteArray &data, const QString &source);

// --- Outlook ---------------------------------------------------------------------------------
// Outlook 2013 (15.0) and 2016+/365 (16.0) profiles (…\Profiles\<p>\9375CFF0413111d3B88A00104B2A6676\<n>:
// strings as UTF-16LE REG_BINARY, with or without their trailing NUL; numbers as REG_DWORD, a
// DWORD written as 4 binary bytes, or a decimal string), and the older "OMI Account Manager" /
// Outlook Express layouts (REG_SZ, 8-bit binary). The one reading of Outlook's keys: a .reg
// export (readOutlookRegFile) and the live registry (readOutlookFromRegistry) both come here.
// An account present under both 15.0 and 16.0 (Outlook 2016 copies the 2013 profiles) is
// listed once, from 16.0. Values that cannot be read are left out with a warning.
ReadResult readOutlookRegistry(const QList<RegistryKey> &keys, const QString &source);
ReadResult readOutlookRegFile(const QByteArray &data, const QString &source);

// --- Apple Mail / configuration profiles -----------------------------------------------------
// Accounts.plist (MailAccounts + DeliveryAccounts), com.apple.mail.plist, and .mobileconfig
// payloads of type com.apple.mail.managed. XML plists only (binary plists: an error).
ReadResult readApplePlist(const QByteArray &data, const QString &source);

// --- KMail -----------------------------------------------------------------------------------
// mailtransports (+ emailidentities when present: identities → Transport id).
ReadResult readKMail(const QByteArray &mailtransports, const QString &transportsPath,
                     const QByteArray &emailidentities = {}, const QString &identitiesPath = {});

// --- Evolution -------------------------------------------------------------------------------
struct SourceFile
{
    QString path;
    QByteArray data;
};
// The *.source files of ~/.config/evolution/sources: identities ([Mail Identity]) joined to
// their transports ([Mail Transport], TransportUid = file name without .source).
ReadResult readEvolutionSources(const QList<SourceFile> &files);

// --- the rest --------------------------------------------------------------------------------
ReadResult readClawsAccountrc(const QByteArray &data, const QString &source);
ReadResult readMsmtprc(const QByteArray &data, const QString &source);
ReadResult readMuttrc(const QByteArray &data, const QString &source);
ReadResult readGitConfig(const QByteArray &data, const QString &source);

// --- auto-detection --------------------------------------------------------------------------
enum class Format {
    Unknown,
    ThunderbirdPrefs,
    ThunderbirdProfiles,
    RegExport,
    ApplePlist,
    KMailTransports,
    KMailIdentities,
    EvolutionSource,
    ClawsAccountrc,
    Msmtprc,
    Muttrc,
    GitConfig,
};
// From the contents (the file name only breaks ties).
Format detectFormat(const QByteArray &data, const QString &fileName = {});
QString formatName(Format format);

} // namespace od::AccountReaders
