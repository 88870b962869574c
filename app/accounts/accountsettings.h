// SPDX-License-Identifier: GPL-3.0-or-later
// The account as the user's mail program has it (or as typed), in the shape the wizard tests
// it, and the conversions between it and a mail program's file: a detected account → the
// settings to test, and the settings a test verified → the change to write to the file.
#pragma once

#include "accountwriter.h"
#include "mailaccount.h"
#include "smtp/probetypes.h"

#include <QString>

namespace od {

struct AccountSettings
{
    QString client;             // a ClientId when picked from a detected account; empty: typed
    QString email;
    QString displayName;
    QString replyTo;
    QString host;
    quint16 port = 0;           // 0: try 587, 465 and 25 in parallel
    Security security = Security::Auto;
    bool authentication = false;
    QString authMechanism;      // empty: the strongest offered
    QString user;
    QString incomingHost;       // for POP-before-SMTP
    quint16 incomingPort = 0;   // 0: 110 (995 with SSL/TLS)
    Security incomingSecurity = Security::Auto;
    bool popBeforeSmtp = false;
    // Advanced (also set from OD_SOURCE_ADDRESS / OD_EXTRA_CA_FILE, for helpdesks and tests).
    QString sourceAddress;
    QString caFile;
    QString foreignRecipient;   // the person the user tried to reach
};

namespace AccountConversion {

// The settings to test for an account read from a mail program.
AccountSettings fromMailAccount(const MailAccount &account);

// What the file needs to match the settings a test verified: only what differs, auth and user
// only as far as the test logged in, a port or encryption left on "automatic" taken from the
// endpoint that worked (`used`, null when unknown). Never a password (AccountChange has no
// field for it).
AccountChange changeFor(const MailAccount &file, const AccountSettings &verified, const Attempt *used);

// Whether an auth ID is one of the password methods.
bool isPasswordAuth(const QString &auth);

} // namespace AccountConversion
} // namespace od
