// SPDX-License-Identifier: GPL-3.0-or-later
// git send-email: the sendemail.* keys of ~/.gitconfig or ~/.config/git/config; writable (no
// reply-to setting).
#include "mailclient.h"

#include "clientfiles.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace od {

namespace {

QList<ClientLocation> locations(const UserDirs &dirs)
{
    const Platforms all = Platform::Linux | Platform::MacOS | Platform::Windows;
    return {
        {dirs.home + QLatin1String("/.gitconfig"), all},
        {dirs.xdgConfig + QLatin1String("/git/config"), all},
    };
}

ReadResult readLocation(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return {};
    return ClientFiles::readWith(&AccountReaders::readGitConfig, path);
}

AccountReaders::Format sniff(const SniffInput &in)
{
    static const QRegularExpression gitSection(QStringLiteral("^\\s*\\[(sendemail|user|core|alias)\\b"),
                                               QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    return gitSection.match(in.text).hasMatch() ? AccountReaders::Format::GitConfig : AccountReaders::Format::Unknown;
}

ReadResult readFormat(AccountReaders::Format, const QString &path, const QByteArray &data)
{
    ReadResult r = AccountReaders::readGitConfig(data, path);
    ClientFiles::prefixWarnings(r, path);
    return r;
}

QList<WriteTarget> writeTargets(const MailAccount &account, const AccountChange &)
{
    return {{account.source, &AccountWriter::transformGitConfig}};
}

} // namespace

const ClientDescriptor &gitSendEmailClient()
{
    static const ClientDescriptor d = [] {
        ClientDescriptor c;
        c.client = MailClient::GitSendEmail;
        c.id = ClientId::GitSendEmail;
        c.name = "git send-email";
        c.locations = &locations;
        c.readLocation = &readLocation;
        c.sniff = &sniff;
        c.sniffOrder = 70;
        c.formats = {AccountReaders::Format::GitConfig};
        c.readFormat = &readFormat;
        c.writeTargets = &writeTargets;
        return c;
    }();
    return d;
}

} // namespace od
