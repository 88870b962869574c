// SPDX-License-Identifier: GPL-3.0-or-later
// msmtp: ~/.msmtprc or ~/.config/msmtp/config; writable (no reply-to: msmtp only sends).
#include "mailclient.h"

#include "clientfiles.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace od {

namespace {

QList<ClientLocation> locations(const UserDirs &dirs)
{
    return {
        {dirs.home + QLatin1String("/.msmtprc"), Platform::Linux | Platform::MacOS},
        {dirs.xdgConfig + QLatin1String("/msmtp/config"), Platform::Linux | Platform::MacOS},
    };
}

ReadResult readLocation(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return {};
    return ClientFiles::readWith(&AccountReaders::readMsmtprc, path);
}

AccountReaders::Format sniff(const SniffInput &in)
{
    static const QRegularExpression msmtp(QStringLiteral("^\\s*(account|defaults|host|tls_starttls|tls_trust_file|passwordeval)(\\s|$)"),
                                          QRegularExpression::MultilineOption);
    return msmtp.match(in.text).hasMatch() ? AccountReaders::Format::Msmtprc : AccountReaders::Format::Unknown;
}

ReadResult readFormat(AccountReaders::Format, const QString &path, const QByteArray &data)
{
    ReadResult r = AccountReaders::readMsmtprc(data, path);
    ClientFiles::prefixWarnings(r, path);
    return r;
}

QList<WriteTarget> writeTargets(const MailAccount &account, const AccountChange &)
{
    return {{account.source, &AccountWriter::transformMsmtprc}};
}

} // namespace

const ClientDescriptor &msmtpClient()
{
    static const ClientDescriptor d = [] {
        ClientDescriptor c;
        c.client = MailClient::Msmtp;
        c.id = ClientId::Msmtp;
        c.name = "msmtp";
        c.locations = &locations;
        c.readLocation = &readLocation;
        c.sniff = &sniff;
        c.sniffOrder = 90; // its markers ("host", "account") are the least distinctive
        c.formats = {AccountReaders::Format::Msmtprc};
        c.readFormat = &readFormat;
        c.writeTargets = &writeTargets;
        return c;
    }();
    return d;
}

} // namespace od
