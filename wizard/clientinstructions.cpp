// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientinstructions.h"

#include "accounts/clients/mailclient.h"
#include "core/vocabulary.h"
#include "diagnosis/knowledge.h"

namespace od {

namespace {

// The instructions of a client, or the generic ones for "generic".
const QList<InstructionSteps> *instructionsOf(const QString &client)
{
    if (client == QLatin1String("generic"))
        return &MailClients::genericInstructions();
    const ClientDescriptor *d = MailClients::find(client);
    return d && !d->instructions.isEmpty() ? &d->instructions : nullptr;
}

} // namespace

QStringList ClientInstructions::clients()
{
    QStringList ids;
    for (const ClientDescriptor *d : MailClients::all()) {
        if (!d->instructions.isEmpty())
            ids << d->id;
    }
    ids << QStringLiteral("generic");
    return ids;
}

QString ClientInstructions::clientName(const QString &client)
{
    return MailClients::displayName(client);
}

QString ClientInstructions::clientFor(const QString &accountClient)
{
    return instructionsOf(accountClient) ? accountClient : QStringLiteral("generic");
}

QStringList ClientInstructions::steps(const QString &client, Fix fix)
{
    const std::optional<InstructionPath> path = MailClients::instructionPathFor(fix);
    if (!path)
        return {};
    const QList<InstructionSteps> *all = instructionsOf(client);
    if (!all)
        return client == QLatin1String("generic") ? QStringList() : steps(QStringLiteral("generic"), fix);
    for (const InstructionSteps &e : *all) {
        if (e.path != *path)
            continue;
        QStringList out;
        for (const char *s : e.steps) {
            if (s)
                out << tr(s);
        }
        return out;
    }
    return client == QLatin1String("generic") ? QStringList() : steps(QStringLiteral("generic"), fix);
}

QString ClientInstructions::term(const QString &client, Term term)
{
    const ClientTerm t = MailClients::term(client, term);
    return QCoreApplication::translate("od::ClientTerms", t.source, t.comment);
}

QString ClientInstructions::securityValue(const QString &client, Security security)
{
    switch (security) {
    case Security::Auto: return securityLabel(security);
    case Security::None: return term(client, Term::SecurityNone);
    case Security::StartTls: return term(client, Term::SecurityStartTls);
    case Security::Tls: return term(client, Term::SecurityTls);
    }
    return {};
}

QString ClientInstructions::authValue(const QString &client, const QString &authId)
{
    if (authId == AuthId::None)
        return term(client, Term::AuthNone);
    if (authId == AuthId::PasswordCleartext || authId == AuthId::Plain || authId == AuthId::Login)
        return term(client, Term::AuthNormalPassword);
    if (authId == AuthId::PasswordEncrypted || authId == AuthId::CramMd5 || authId == AuthId::DigestMd5)
        return term(client, Term::AuthEncryptedPassword);
    if (authId == AuthId::OAuth2)
        return term(client, Term::AuthOAuth2);
    return {};
}

QStringList ClientInstructions::settingsToEnter(const QString &client, Fix fix, const AccountSettings &a)
{
    // One line per field, "field: value", so a program's field reads as it does on its screen.
    auto line = [](const QString &field, const QString &value) {
        return tr("%1: %2", "a field of the mail program's settings: the value to enter").arg(field, value);
    };
    const std::optional<InstructionPath> path = MailClients::instructionPathFor(fix);
    if (!path)
        return {};
    QStringList rows;
    auto server = [&] {
        rows << line(term(client, Term::ServerField), a.host);
        rows << line(term(client, Term::PortField),
                     a.port == 0 ? QCoreApplication::translate("od::FixPage", "as before", "port") : QString::number(a.port));
        rows << line(term(client, Term::SecurityField), securityValue(client, a.security));
    };
    switch (*path) {
    case InstructionPath::Login:
        server();
        rows << line(term(client, Term::AuthField),
                     term(client, fix == Fix::UseModernAuth ? Term::AuthOAuth2 : Term::AuthNormalPassword));
        rows << line(term(client, Term::UserField), a.user);
        if (fix != Fix::UseModernAuth)
            rows << QCoreApplication::translate("od::FixPage", "Password: the one you use for incoming mail");
        break;
    case InstructionPath::Server:
        server();
        rows << tr("%1: %2, unless this server's owner gave you a login",
                   "a field of the mail program's settings: the value to enter")
                    .arg(term(client, Term::AuthField), term(client, Term::AuthNone));
        break;
    case InstructionPath::PopFirst:
        rows << QCoreApplication::translate("od::FixPage", "Incoming server: %1").arg(a.incomingHost);
        rows << line(term(client, Term::UserField), a.user);
        break;
    case InstructionPath::Sender:
        rows << line(term(client, Term::EmailField), a.email);
        break;
    }
    return rows;
}

// The headings are the Fix page's texts (its translation context), where they were first shown.
QString ClientInstructions::html(const QString &client, Fix fix, const AccountSettings &settings)
{
    const QStringList list = steps(client, fix);
    if (list.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(fixDescription(fix).toHtmlEscaped());
    // "Another mail program" is no name to put into "In %1:" (in German or Swedish it does not fit the sentence).
    const QString heading = client == QLatin1String("generic")
        ? QCoreApplication::translate("od::FixPage", "In your mail program:", "instructions for a mail program not in the list")
        : QCoreApplication::translate("od::FixPage", "In %1:", "instructions for a mail program").arg(clientName(client));
    QString html = QStringLiteral("<p><b>%1</b></p><ol>").arg(heading.toHtmlEscaped());
    for (const QString &s : list)
        html += QStringLiteral("<li>%1</li>").arg(s.toHtmlEscaped());
    html += QStringLiteral("</ol>");
    const QStringList values = settingsToEnter(client, fix, settings);
    if (!values.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>")
                    .arg(QCoreApplication::translate("od::FixPage", "Values to enter:").toHtmlEscaped());
        for (const QString &v : values)
            html += QStringLiteral("<li>%1</li>").arg(v.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    return html;
}

} // namespace od
