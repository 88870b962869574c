// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientinstructions.h"

#include "accounts/clients/mailclient.h"
#include "diagnosis/knowledge.h"
#include "fixpanels/fixpanel.h"

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
    const QStringList values = FixPanels::valuesToEnter(fix, settings);
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
