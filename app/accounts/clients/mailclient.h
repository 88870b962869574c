// SPDX-License-Identifier: GPL-3.0-or-later
// The mail programs Outbox Doctor knows. Everything about one program lives in its
// descriptor, one file per program in this folder: its stable ID and display name, where its
// files live on each OS, how its files are recognised and read, what the writer may change
// and in which files, how to tell that it is running, and the click-by-click instructions.
//
// Adding a program: a new <name>.cpp here defining `const ClientDescriptor &<name>Client()`,
// a value in MailClient, and one case in descriptor() (clients/registry.cpp). The switch
// there has no default (the compiler names a forgotten value) and tst_mailclients checks
// that every descriptor is complete.
#pragma once

#include "accounts/accountreaders.h"
#include "accounts/accountwriter.h"
#include "accounts/configtext.h"
#include "accounts/mailaccount.h"
#include "core/taxonomy.h"

#include <QFlags>
#include <QLatin1String>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <utility>

namespace od {

namespace MailClients {
Q_NAMESPACE
// In the order the programs are scanned and offered in choosers.
enum class MailClient {
    Outlook,
    NewOutlook,
    Thunderbird,
    AppleMail,
    KMail,
    Evolution,
    ClawsMail,
    Msmtp,
    NeoMutt,
    GitSendEmail,
};
Q_ENUM_NS(MailClient)
} // namespace MailClients
using MailClients::MailClient;

enum class Platform { Linux = 0x1, MacOS = 0x2, Windows = 0x4 };
Q_DECLARE_FLAGS(Platforms, Platform)
Q_DECLARE_OPERATORS_FOR_FLAGS(Platforms)

// The user's directories the locations are resolved against (a fake home in tests).
struct UserDirs
{
    QString home;
    QString xdgConfig; // $XDG_CONFIG_HOME, else ~/.config
    QString appData;   // %APPDATA%, else ~/AppData/Roaming
};

struct ClientLocation
{
    QString path;        // a file or a directory
    Platforms platforms; // where the program keeps it (every location is looked at everywhere)
};

// What a file starts with, for recognising its format without knowing the program.
struct SniffInput
{
    QByteArray head;  // the first 64 KiB as read
    QString text;     // the same, decoded
    QString fileName; // the base name, lower case
};


// Untranslated steps, QT_TRANSLATE_NOOP("od::ClientInstructions", …); the wizard translates them.
struct InstructionSteps
{
    InstructionPath path;
    std::array<const char *, 8> steps;
};

// A word of a mail program's own settings dialog, as QT_TRANSLATE_NOOP3("od::ClientTerms", source,
// "<program> field|value"): the comment names the program, so each program's word gets its own
// translation, taken from that program's own catalogue.
struct ClientTerm
{
    const char *source = nullptr;
    const char *comment = nullptr;
};

// The fields and values of the outgoing-server settings that instructions ask the user to set.
enum class Term {
    ServerField,          // the outgoing server's name
    PortField,
    SecurityField,        // the connection's encryption
    AuthField,            // the authentication (login) method
    UserField,
    EmailField,           // the sender address
    SecurityNone,         // values of SecurityField
    SecurityStartTls,
    SecurityTls,
    AuthNone,             // values of AuthField
    AuthNormalPassword,   // PLAIN/LOGIN
    AuthEncryptedPassword, // CRAM-MD5 and the like
    AuthOAuth2,
};
inline constexpr Term AllTerms[] = {Term::ServerField,   Term::PortField,        Term::SecurityField,
                                    Term::AuthField,     Term::UserField,        Term::EmailField,
                                    Term::SecurityNone,  Term::SecurityStartTls, Term::SecurityTls,
                                    Term::AuthNone,      Term::AuthNormalPassword, Term::AuthEncryptedPassword,
                                    Term::AuthOAuth2};
using ClientTerms = QList<std::pair<Term, ClientTerm>>;

// One file a change is written to, with the transform that changes its text.
struct WriteTarget
{
    QString path;
    TransformResult (*transform)(const QString &text, const MailAccount &account, const AccountChange &change);
};

struct ClientDescriptor
{
    MailClient client = MailClient::Outlook;
    QLatin1String id;          // the stable ID of the JSON interface (a ClientId)
    const char *name = nullptr; // QT_TRANSLATE_NOOP("od::ClientInstructions", …); brand names stay as they are

    // --- reading --------------------------------------------------------------------------
    // Every place its settings may be (an empty list: none to read, e.g. New Outlook).
    QList<ClientLocation> (*locations)(const UserDirs &dirs) = nullptr;
    // Only the first location that exists is read (Apple Mail: the newest Mail data version).
    bool firstLocationOnly = false;
    // Reads one existing location found by the scan.
    ReadResult (*readLocation)(const QString &path) = nullptr;
    // Reads a folder given by the user (--from); recognised=false when it is not this client's.
    ReadResult (*readDirectory)(const QString &dir, bool *recognised) = nullptr;
    // The formats of its files, recognised from their contents; Format::Unknown when not its.
    AccountReaders::Format (*sniff)(const SniffInput &input) = nullptr;
    int sniffOrder = 0; // formats with the most distinctive markers are tried first
    QList<AccountReaders::Format> formats; // the formats sniff() can return
    // Reads a file of one of its formats (with the siblings that format needs).
    ReadResult (*readFormat)(AccountReaders::Format format, const QString &path, const QByteArray &data) = nullptr;
    // Settings kept outside files (Outlook: the Windows registry). Null: none.
    ReadResult (*readSystem)() = nullptr;

    // --- writing --------------------------------------------------------------------------
    // The files a change is written to, in order; null: the settings cannot be changed
    // automatically (the wizard shows instructions instead).
    QList<WriteTarget> (*writeTargets)(const MailAccount &account, const AccountChange &change) = nullptr;
    bool hasReplyTo = false;         // it keeps a reply-to address the writer can set
    bool smtpChangeNeedsRef = true;  // an SMTP change needs the account's smtpRef
    // Checks only this client needs (empty: fine).
    Phrase (*validateChange)(const MailAccount &account, const AccountChange &change) = nullptr;
    // Whether a settings file (a backup's original) is one of its files, for undo.
    bool (*ownsFile)(const QString &path) = nullptr;

    // --- is it running? -------------------------------------------------------------------
    // Processes that hold its settings in memory and write them back (Linux: /proc/<pid>/comm,
    // which the kernel cuts to 15 bytes; a trailing '*' matches a name prefix).
    QStringList processes;
    // QT_TRANSLATE_NOOP("od::Accounts", …) with %1 = the process found.
    const char *runningMessage = nullptr;
    // A lock its running instance holds (Thunderbird's profile lock). Empty: not held.
    Phrase (*lockReason)(const MailAccount &account) = nullptr;
    // Whether it keeps its settings in memory and may write them back when it closes.
    bool closeBeforeWriting = false;

    // --- click-by-click instructions ----------------------------------------------------------
    QList<InstructionSteps> instructions;
    // The program's own words for the settings the instructions name (empty: the generic words).
    ClientTerms terms;
};

namespace MailClients {

// The descriptor of every client, in MailClient order.
const QList<const ClientDescriptor *> &all();
const ClientDescriptor &descriptor(MailClient client);
// By JSON ID; null when the ID is not a known client.
const ClientDescriptor *find(const QString &id);
// The translated display name; "Another mail program" for an unknown ID.
QString displayName(const QString &id);
QString displayName(MailClient client);

// Which instructions a fix needs (its row in the vocabulary says); none: the fix changes no setting
// in the mail program.
std::optional<InstructionPath> instructionPathFor(Fix fix);
// The steps of the instructions that fit any program.
const QList<InstructionSteps> &genericInstructions();
// The words that fit any program (the fallback for a program without its own word).
const ClientTerms &genericTerms();
// A program's own word (a ClientId, or "generic"), else the generic one; untranslated.
ClientTerm term(const QString &id, Term term);
// Only the program's own word (null source: it has none); for completeness checks.
ClientTerm ownTerm(const QString &id, Term term);

// Why a change to this account's files must wait: a process of its program is running, or its
// profile is locked. Empty: fine.
Phrase runningReason(const MailAccount &account);
// Why a settings file (the original of a backup) must not be written now. Empty: fine.
Phrase runningReasonForFile(const QString &path);

// The processes of this user running now whose names match one of the patterns (Linux;
// elsewhere empty). Exposed for tests.
QStringList runningProcesses(const QStringList &patterns);
bool processNameMatches(const QString &name, const QString &pattern);

// The pure recognition of a file's format from its contents (the file name breaks ties).
AccountReaders::Format detectFormat(const QByteArray &data, const QString &fileName);
// The client whose format it is.
const ClientDescriptor *clientOfFormat(AccountReaders::Format format);

} // namespace MailClients
} // namespace od
