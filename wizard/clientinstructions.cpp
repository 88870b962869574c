// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientinstructions.h"

#include "accounts/clients/mailclient.h"

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

} // namespace od
