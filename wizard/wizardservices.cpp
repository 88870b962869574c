// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizardservices.h"

#include "accounts/accountscanner.h"

namespace od {

AccountScanJob::ScanFunction WizardServices::scannerFor(const QString &home)
{
    // The home and environment are taken now, on the calling thread; the worker only reads files.
    AccountScanner scanner = home.isEmpty() ? AccountScanner::forCurrentUser() : AccountScanner(home);
    scanner.setReadRegistry(home.isEmpty());
    return [scanner](const AccountScanJob::Progress &progress) { return scanner.scan(progress); };
}

WizardServices WizardServices::fromEnvironment()
{
    WizardServices s;
    if (qEnvironmentVariableIntValue("OD_NO_ACCOUNT_SCAN") == 0)
        s.scanAccounts = scannerFor(qEnvironmentVariable("OD_HOME_OVERRIDE"));
    s.suggestServers = qEnvironmentVariableIntValue("OD_NO_SERVER_SUGGESTIONS") == 0;
    s.sourceAddress = qEnvironmentVariable("OD_SOURCE_ADDRESS");
    s.extraCaFile = qEnvironmentVariable("OD_EXTRA_CA_FILE");
    return s;
}

} // namespace od
