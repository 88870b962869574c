// SPDX-License-Identifier: GPL-3.0-or-later
// Mutt and NeoMutt: muttrc / neomuttrc (smtp_url, from, realname). Read only.
#include "mailclient.h"

#include "clientfiles.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace od {

namespace {

QList<ClientLocation> locations(const UserDirs &dirs)
{
    QList<ClientLocation> l;
    for (const char *p : {"/.muttrc", "/.mutt/muttrc", "/.neomuttrc", "/.neomutt/neomuttrc"})
        l.append({dirs.home + QLatin1String(p), Platform::Linux | Platform::MacOS});
    l.append({dirs.xdgConfig + QLatin1String("/mutt/muttrc"), Platform::Linux | Platform::MacOS});
    l.append({dirs.xdgConfig + QLatin1String("/neomutt/neomuttrc"), Platform::Linux | Platform::MacOS});
    return l;
}

ReadResult readLocation(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return {};
    ReadResult r = ClientFiles::readWith(&AccountReaders::readMuttrc, path);
    if (r.accounts.isEmpty())
        r.error.clear(); // a muttrc without sending settings is normal
    return r;
}

AccountReaders::Format sniff(const SniffInput &in)
{
    static const QRegularExpression mutt(QStringLiteral("^\\s*(set\\s+(smtp_url|from|realname|folder|imap_user)|account-hook|folder-hook|mailboxes)\\b"),
                                         QRegularExpression::MultilineOption);
    return mutt.match(in.text).hasMatch() ? AccountReaders::Format::Muttrc : AccountReaders::Format::Unknown;
}

ReadResult readFormat(AccountReaders::Format, const QString &path, const QByteArray &data)
{
    ReadResult r = AccountReaders::readMuttrc(data, path);
    ClientFiles::prefixWarnings(r, path);
    return r;
}

} // namespace

const ClientDescriptor &neoMuttClient()
{
    static const ClientDescriptor d = [] {
        ClientDescriptor c;
        c.client = MailClient::NeoMutt;
        c.id = ClientId::NeoMutt;
        c.name = "NeoMutt";
        c.locations = &locations;
        c.readLocation = &readLocation;
        c.sniff = &sniff;
        c.sniffOrder = 80;
        c.formats = {AccountReaders::Format::Muttrc};
        c.readFormat = &readFormat;
        return c;
    }();
    return d;
}

} // namespace od
