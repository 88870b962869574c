// SPDX-License-Identifier: GPL-3.0-or-later
// Relay reasoning from where the user is: whether sending to a recipient makes the server
// relay, whether that server would be expected to refuse it, and which fixes to try first.
// Works through the scenario table home / work / travelling × recipient in the same / another domain.
#pragma once

#include "core/taxonomy.h"

#include <QDebug>
#include <QList>
#include <QString>

#include <optional>

namespace od {

// Whose outgoing server the account uses.
enum class AccountKind { Home, Work, Other, Unknown };
QString accountKindId(AccountKind kind);
std::optional<AccountKind> accountKindFromId(QStringView id);

enum class Expectation { No, Yes, Maybe };
QString expectationId(Expectation e);   // "no", "yes", "maybe"

struct RelayAssessment
{
    Expectation relaying = Expectation::Maybe;       // recipient outside the account's domain
    Expectation refusalExpected = Expectation::Maybe; // the server would refuse it
    bool onServersNetwork = false;  // the user sits on the network the server trusts
    QString scenario;               // stable id, e.g. "travel-foreign-domain"
    const char *explanation = nullptr; // QT_TRANSLATE_NOOP("od::RelayReasoning", ...)

    QString explanationText() const;

    friend bool operator==(const RelayAssessment &a, const RelayAssessment &b)
    {
        return a.relaying == b.relaying && a.refusalExpected == b.refusalExpected
            && a.onServersNetwork == b.onServersNetwork && a.scenario == b.scenario;
    }
};

// "bob@Example.COM" or "example.com" -> "example.com"; empty when there is no domain.
QString domainOf(const QString &addressOrDomain);

// authenticated: the client logs in to the server (then relaying is allowed wherever you are).
RelayAssessment assessRelay(Location location, AccountKind account, const QString &accountDomain,
                            const QString &recipientDomain, bool authenticated = false);

// The fixes for a cause, ordered for where the user is. Without a location this is the
// knowledge table's order.
QList<Fix> orderFixes(Cause cause, Location location, AccountKind account = AccountKind::Unknown);

QDebug operator<<(QDebug debug, const RelayAssessment &a);

} // namespace od
