// SPDX-License-Identifier: GPL-3.0-or-later
// Claws Mail: accountrc. Read only; the generic instructions apply.
#include "mailclient.h"

#include "clientfiles.h"

#include <QFileInfo>

namespace od {

namespace {

QList<ClientLocation> locations(const UserDirs &dirs)
{
    return {
        {dirs.home + QLatin1String("/.claws-mail/accountrc"), Platform::Linux},
        {dirs.xdgConfig + QLatin1String("/claws-mail/accountrc"), Platform::Linux},
    };
}

ReadResult readLocation(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return {};
    return ClientFiles::readWith(&AccountReaders::readClawsAccountrc, path);
}

AccountReaders::Format sniff(const SniffInput &in)
{
    return in.text.contains(QLatin1String("[Account: ")) ? AccountReaders::Format::ClawsAccountrc
                                                         : AccountReaders::Format::Unknown;
}

ReadResult readFormat(AccountReaders::Format, const QString &path, const QByteArray &data)
{
    ReadResult r = AccountReaders::readClawsAccountrc(data, path);
    ClientFiles::prefixWarnings(r, path);
    return r;
}

} // namespace

const ClientDescriptor &clawsMailClient()
{
    static const ClientDescriptor d = [] {
        ClientDescriptor c;
        c.client = MailClient::ClawsMail;
        c.id = ClientId::ClawsMail;
        c.name = "Claws Mail";
        c.locations = &locations;
        c.readLocation = &readLocation;
        c.sniff = &sniff;
        c.sniffOrder = 40;
        c.formats = {AccountReaders::Format::ClawsAccountrc};
        c.readFormat = &readFormat;
        return c;
    }();
    return d;
}

} // namespace od
