// SPDX-License-Identifier: GPL-3.0-or-later
// Evolution: the *.source key files of ~/.config/evolution/sources (identities joined to their
// transports). Read only: the wizard shows instructions.
#include "mailclient.h"

#include "clientfiles.h"

#include <QDir>
#include <QFileInfo>

namespace od {

namespace {

QList<ClientLocation> locations(const UserDirs &dirs)
{
    return {{dirs.xdgConfig + QLatin1String("/evolution/sources"), Platform::Linux}};
}

// All sources of the folder (a transport and its identity are separate files); with onlyFile,
// only the accounts that file takes part in.
ReadResult readSources(const QString &dir, const QString &onlyFile = {})
{
    ReadResult r;
    QList<AccountReaders::SourceFile> files;
    const QFileInfoList infos = QDir(dir).entryInfoList({QStringLiteral("*.source")}, QDir::Files, QDir::Name);
    for (const QFileInfo &fi : infos) {
        AccountReaders::SourceFile f;
        f.path = fi.filePath();
        Phrase error;
        if (!ClientFiles::readBytes(f.path, &f.data, &error)) {
            r.warnings.append(error);
            continue;
        }
        files.append(f);
    }
    ReadResult er = AccountReaders::readEvolutionSources(files);
    if (!onlyFile.isEmpty()) {
        const QString canon = QFileInfo(onlyFile).absoluteFilePath();
        QList<MailAccount> kept;
        for (const MailAccount &a : std::as_const(er.accounts)) {
            if (QFileInfo(a.source).absoluteFilePath() == canon
                || QFileInfo(a.identitySource).absoluteFilePath() == canon)
                kept.append(a);
        }
        er.accounts = kept;
    }
    r.append(er);
    return r;
}

ReadResult readLocation(const QString &dir)
{
    return readSources(dir);
}

ReadResult readDirectory(const QString &dir, bool *recognised)
{
    *recognised = !QDir(dir).entryList({QStringLiteral("*.source")}, QDir::Files).isEmpty();
    return *recognised ? readSources(dir) : ReadResult();
}

AccountReaders::Format sniff(const SniffInput &in)
{
    return in.text.contains(QLatin1String("[Data Source]")) ? AccountReaders::Format::EvolutionSource
                                                            : AccountReaders::Format::Unknown;
}

ReadResult readFormat(AccountReaders::Format, const QString &path, const QByteArray &)
{
    return readSources(QFileInfo(path).absolutePath(), path);
}

} // namespace

const ClientDescriptor &evolutionClient()
{
    static const ClientDescriptor d = [] {
        ClientDescriptor c;
        c.client = MailClient::Evolution;
        c.id = ClientId::Evolution;
        c.name = "Evolution";
        c.locations = &locations;
        c.readLocation = &readLocation;
        c.readDirectory = &readDirectory;
        c.sniff = &sniff;
        c.sniffOrder = 60;
        c.formats = {AccountReaders::Format::EvolutionSource};
        c.readFormat = &readFormat;
        // The words of Evolution's "Sending Email" page, GNOME/evolution
        // src/modules/mail-config/e-mail-config-smtp-backend.c ("_Server:", "_Port:", "Ser_ver
        // requires authentication", "Encryption _method:" with "No encryption", "STARTTLS after
        // connecting", "TLS on a dedicated port", the "Authentication" section with "T_ype:" and
        // "User_name:"), the SASL mechanisms' names (PLAIN, CRAM-MD5, OAuth2: N_() strings of
        // evolution-data-server's camel-sasl-*.c, which camel_provider_register() translates, so
        // the Type list shows PLAIN translated) and the Identity page's "Email _Address:"
        // (src/mail/e-mail-config-identity-page.c).
        // Translated in GNOME/evolution po/<lang>.po and evolution-data-server's catalogue (as
        // Debian 12 ships them: evolution.mo, evolution-data-server.mo 3.46.4); de (commit
        // 00eff77cf4f0006417452f7e5079e53b00abe877): Server, Port, Verschlüsselungsmethode,
        // "STARTTLS nach Verbinden", "TLS auf einem dedizierten Port", Legitimation,
        // Benutzername, E-Mail-Adresse, "Server erfordert Legitimation", "Keine Verschlüsselung",
        // KLARTEXT; nl: PLAT; sv: Server, Port, Krypteringsmetod, "Ingen kryptering", "STARTTLS
        // efter anslutning", "TLS på en specifik port", Autentisering, Användarnamn,
        // E-postadress, "Servern kräver autentisering", VANLIG; zh_CN: 服务器, 端口, 加密方法, 不加密,
        // 连接后进行 STARTTLS, 专用端口上的 TLS, 身份验证, 用户名, 电子邮件地址, 服务器需要认证, PLAIN.
        c.terms = {
            {Term::ServerField, QT_TRANSLATE_NOOP3("od::ClientTerms", "Server", "Evolution field")},
            {Term::PortField, QT_TRANSLATE_NOOP3("od::ClientTerms", "Port", "Evolution field")},
            {Term::SecurityField, QT_TRANSLATE_NOOP3("od::ClientTerms", "Encryption method", "Evolution field")},
            {Term::AuthField, QT_TRANSLATE_NOOP3("od::ClientTerms", "Authentication", "Evolution field")},
            {Term::UserField, QT_TRANSLATE_NOOP3("od::ClientTerms", "Username", "Evolution field")},
            {Term::EmailField, QT_TRANSLATE_NOOP3("od::ClientTerms", "Email Address", "Evolution field")},
            {Term::SecurityNone, QT_TRANSLATE_NOOP3("od::ClientTerms", "No encryption", "Evolution value of Encryption method")},
            {Term::SecurityStartTls, QT_TRANSLATE_NOOP3("od::ClientTerms", "STARTTLS after connecting", "Evolution value of Encryption method")},
            {Term::SecurityTls, QT_TRANSLATE_NOOP3("od::ClientTerms", "TLS on a dedicated port", "Evolution value of Encryption method")},
            {Term::AuthNone, QT_TRANSLATE_NOOP3("od::ClientTerms", "None (untick \"Server requires authentication\")", "Evolution value of Authentication")},
            {Term::AuthNormalPassword, QT_TRANSLATE_NOOP3("od::ClientTerms", "PLAIN", "Evolution value of Authentication")},
            {Term::AuthEncryptedPassword, QT_TRANSLATE_NOOP3("od::ClientTerms", "CRAM-MD5", "Evolution value of Authentication")},
            {Term::AuthOAuth2, QT_TRANSLATE_NOOP3("od::ClientTerms", "OAuth2", "Evolution value of Authentication")},
        };
        c.instructions = {
            {InstructionPath::Login,
             {QT_TRANSLATE_NOOP("od::ClientInstructions", "Choose Edit > Accounts, select the account and click Edit."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Open Sending Email."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Enter the \"Port\", choose the \"Encryption method\" shown below, and tick \"Server requires authentication\"."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Under \"Authentication\", choose the type shown below (or click \"Check for Supported Types\") and enter the \"Username\"."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Click OK.")}},
            {InstructionPath::Server,
             {QT_TRANSLATE_NOOP("od::ClientInstructions", "Choose Edit > Accounts, select the account and click Edit."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Open Sending Email and replace Server with the one shown below, with its port and encryption."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Click OK.")}},
            {InstructionPath::PopFirst,
             {QT_TRANSLATE_NOOP("od::ClientInstructions", "Choose Edit > Accounts, select the account and click Edit."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Open Sending Email and, under Authentication, choose \"POP before SMTP\" as the type."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Click OK.")}},
            {InstructionPath::Sender,
             {QT_TRANSLATE_NOOP("od::ClientInstructions", "Choose Edit > Accounts, select the account and click Edit."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Open Identity and replace \"Email Address\" with the address shown below; correct \"Reply To\" too if you use one."),
              QT_TRANSLATE_NOOP("od::ClientInstructions", "Click OK.")}},
        };
        return c;
    }();
    return d;
}

} // namespace od
