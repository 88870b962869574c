// SPDX-License-Identifier: GPL-3.0-or-later
// Click-by-click instructions per mail program and fix: the data lives with each client's
// descriptor (accounts/clients/), this translates it for showing. The concrete values to type
// are shown next to them by the page, so the sentences stay free of glued-in fragments.
#pragma once

#include "accounts/accountsettings.h"
#include "accounts/clients/mailclient.h"
#include "core/taxonomy.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace od {

class ClientInstructions
{
    Q_DECLARE_TR_FUNCTIONS(od::ClientInstructions)
public:
    // "outlook", "new-outlook", "thunderbird", "apple-mail", "kmail", "evolution", "generic".
    static QStringList clients();
    static QString clientName(const QString &client);
    // The instructions to show for an account read from a mail program (ClientId).
    static QString clientFor(const QString &accountClient);
    // Translated steps; empty when the fix has no settings to change.
    static QStringList steps(const QString &client, Fix fix);
    // The program's own word for a field or value, translated (the generic word when it has none).
    static QString term(const QString &client, Term term);
    // The program's word for an encryption; the generic label for "automatic".
    static QString securityValue(const QString &client, Security security);
    // The program's word for an authentication method (an AuthId); empty for one it has no word for.
    static QString authValue(const QString &client, const QString &authId);
    // The settings to set as the steps say, as "field: value" lines in the program's own words.
    static QStringList settingsToEnter(const QString &client, Fix fix, const AccountSettings &settings);
    // The steps for a mail program with the values to enter for `settings`, as HTML; the fix's
    // description when it has no steps.
    static QString html(const QString &client, Fix fix, const AccountSettings &settings);
};

} // namespace od
