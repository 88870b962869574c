// SPDX-License-Identifier: GPL-3.0-or-later
// The registry of mail clients: which descriptor belongs to which MailClient, and what is
// looked up across all of them (by ID, by file format, the running check).
#include "mailclient.h"

#include "accounts/configtext.h"
#include "core/vocabulary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMetaEnum>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace od {

const ClientDescriptor &outlookClient();
const ClientDescriptor &newOutlookClient();
const ClientDescriptor &thunderbirdClient();
const ClientDescriptor &appleMailClient();
const ClientDescriptor &kmailClient();
const ClientDescriptor &evolutionClient();
const ClientDescriptor &clawsMailClient();
const ClientDescriptor &msmtpClient();
const ClientDescriptor &neoMuttClient();
const ClientDescriptor &gitSendEmailClient();

namespace MailClients {

// No default: a MailClient without a descriptor does not compile (-Wswitch, -Werror).
const ClientDescriptor &descriptor(MailClient client)
{
    switch (client) {
    case MailClient::Outlook: return outlookClient();
    case MailClient::NewOutlook: return newOutlookClient();
    case MailClient::Thunderbird: return thunderbirdClient();
    case MailClient::AppleMail: return appleMailClient();
    case MailClient::KMail: return kmailClient();
    case MailClient::Evolution: return evolutionClient();
    case MailClient::ClawsMail: return clawsMailClient();
    case MailClient::Msmtp: return msmtpClient();
    case MailClient::NeoMutt: return neoMuttClient();
    case MailClient::GitSendEmail: return gitSendEmailClient();
    }
    Q_UNREACHABLE();
}

const QList<const ClientDescriptor *> &all()
{
    static const QList<const ClientDescriptor *> list = [] {
        QList<const ClientDescriptor *> l;
        const QMetaEnum e = QMetaEnum::fromType<MailClient>();
        for (int i = 0; i < e.keyCount(); ++i)
            l.append(&descriptor(MailClient(e.value(i))));
        return l;
    }();
    return list;
}

const ClientDescriptor *find(const QString &id)
{
    for (const ClientDescriptor *d : all()) {
        if (d->id == id)
            return d;
    }
    return nullptr;
}

QString displayName(MailClient client)
{
    // Brand names are not marked for translation and come back as they are. The context is
    // the one the instructions' texts use, so choosers and instructions name a program alike.
    return QCoreApplication::translate("od::ClientInstructions", descriptor(client).name);
}

QString displayName(const QString &id)
{
    const ClientDescriptor *d = find(id);
    return d ? displayName(d->client)
             : QCoreApplication::translate("od::ClientInstructions", "Another mail program", "mail client");
}

ClientTerm ownTerm(const QString &id, Term term)
{
    const ClientDescriptor *d = find(id);
    const ClientTerms &terms = d ? d->terms : (id == QLatin1String("generic") ? genericTerms() : ClientTerms());
    for (const auto &[t, word] : terms) {
        if (t == term)
            return word;
    }
    return {};
}

ClientTerm term(const QString &id, Term term)
{
    const ClientTerm own = ownTerm(id, term);
    return own.source ? own : ownTerm(QStringLiteral("generic"), term);
}

std::optional<InstructionPath> instructionPathFor(Fix fix)
{
    return fixInfo(fix).changes;
}

bool processNameMatches(const QString &name, const QString &pattern)
{
    if (pattern.endsWith(u'*'))
        return name.startsWith(QStringView(pattern).chopped(1));
    // /proc/<pid>/comm holds at most 15 bytes of the name.
    return name == pattern || (name.size() == 15 && pattern.size() > 15 && pattern.startsWith(name));
}

QStringList runningProcesses(const QStringList &patterns)
{
    QStringList found;
#ifdef Q_OS_LINUX
    if (patterns.isEmpty())
        return found;
    const uint uid = ::getuid();
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        if (pid.isEmpty() || !pid.at(0).isDigit())
            continue;
        QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
        if (!comm.open(QIODevice::ReadOnly))
            continue;
        const QString name = QString::fromUtf8(comm.read(64).trimmed());
        if (QFileInfo(QStringLiteral("/proc/") + pid).ownerId() != uid)
            continue;
        for (const QString &p : patterns) {
            if (processNameMatches(name, p) && !found.contains(name)) {
                found.append(name);
                break;
            }
        }
    }
#else
    Q_UNUSED(patterns)
#endif
    return found;
}

namespace {

Phrase runningReasonOf(const ClientDescriptor &d, const MailAccount &account)
{
    if (d.runningMessage) {
        const QStringList running = runningProcesses(d.processes);
        if (!running.isEmpty())
            return Phrase("od::Accounts", d.runningMessage, {running.join(QLatin1String(", "))});
    }
    return d.lockReason ? d.lockReason(account) : Phrase();
}

} // namespace

Phrase runningReason(const MailAccount &account)
{
    const ClientDescriptor *d = find(account.client);
    return d ? runningReasonOf(*d, account) : Phrase();
}

Phrase runningReasonForFile(const QString &path)
{
    for (const ClientDescriptor *d : all()) {
        if (d->ownsFile && d->ownsFile(path)) {
            MailAccount a;
            a.client = d->id;
            a.source = path;
            return runningReasonOf(*d, a);
        }
    }
    return {};
}

AccountReaders::Format detectFormat(const QByteArray &data, const QString &fileName)
{
    static const QList<const ClientDescriptor *> bySniffOrder = [] {
        QList<const ClientDescriptor *> l;
        for (const ClientDescriptor *d : all()) {
            if (d->sniff)
                l.append(d);
        }
        std::stable_sort(l.begin(), l.end(), [](const ClientDescriptor *a, const ClientDescriptor *b) {
            return a->sniffOrder < b->sniffOrder;
        });
        return l;
    }();
    SniffInput in;
    in.head = data.left(64 * 1024);
    // An odd cut would split a UTF-16 code unit.
    const ConfigText::Decoded d = ConfigText::decode(in.head.size() < data.size() && in.head.size() % 2
                                                         ? in.head.chopped(1) : in.head);
    in.text = d.text;
    in.fileName = QFileInfo(fileName).fileName().toLower();
    for (const ClientDescriptor *c : bySniffOrder) {
        const AccountReaders::Format f = c->sniff(in);
        if (f != AccountReaders::Format::Unknown)
            return f;
    }
    return AccountReaders::Format::Unknown;
}

const ClientDescriptor *clientOfFormat(AccountReaders::Format format)
{
    for (const ClientDescriptor *d : all()) {
        if (d->formats.contains(format))
            return d;
    }
    return nullptr;
}

} // namespace MailClients
} // namespace od
