// SPDX-License-Identifier: GPL-3.0-or-later
// What the wizard uses from outside itself, handed to it when it is made: where detected
// accounts come from, how a probe is made, how a mail program's settings file is changed,
// the clock, whether servers are looked up on the internet, and the advanced defaults (source
// address, extra CA). The program's entry point builds them once
// (with the helpdesk and test knobs of the environment); tests build their own.
#pragma once

#include "accounts/accountscanjob.h"
#include "accounts/accountwriter.h"
#include "accounts/mailaccount.h"

#include <QDateTime>

#include <QList>
#include <QString>

#include <functional>

class QObject;

namespace od {

class SmtpProbe;

struct WizardServices
{
    // Finds the accounts of the mail programs here; run on a worker thread by the Account page
    // (an AccountScanJob), so it may take its time but must only hand back values. Empty: no
    // accounts are looked for.
    AccountScanJob::ScanFunction scanAccounts;
    // A new probe owned by `parent` (empty: a plain SmtpProbe).
    std::function<SmtpProbe *(QObject *parent)> newProbe;
    // Changes a mail program's settings file, and undoes a change from its backup (empty:
    // AccountWriter::applyChange / undoChange).
    std::function<ApplyResult(const MailAccount &account, const AccountChange &change)> applyChange;
    std::function<ApplyResult(const QString &backupPath)> undoChange;
    // The time now (empty: the system clock).
    std::function<QDateTime()> clock;
    // Whether the Fix page looks up the domain's published servers (ISPDB, autoconfig, DNS).
    bool suggestServers = true;
    // How long a finished test stays on screen before the wizard moves on by itself to what it
    // found (negative: it waits for Next; tests that look at the finished test page use that).
    int advanceAfterTestMs = 1500;
    // Advanced defaults of the Account page.
    QString sourceAddress;
    QString extraCaFile;

    // The accounts found in `home` (empty: the user's home, and the Windows registry).
    static AccountScanJob::ScanFunction scannerFor(const QString &home = {});
    // For outbox-doctor itself: the user's accounts, and the knobs helpdesks and tests set in
    // the environment: OD_HOME_OVERRIDE (another home to scan), OD_NO_ACCOUNT_SCAN=1,
    // OD_NO_SERVER_SUGGESTIONS=1, OD_SOURCE_ADDRESS, OD_EXTRA_CA_FILE.
    static WizardServices fromEnvironment();
};

} // namespace od
