// SPDX-License-Identifier: GPL-3.0-or-later
// The one place that says which panel each fix has. The switch has no `default:`, so a new Fix
// value does not compile (-Werror=switch) until it has a panel here.
#include "fixpanel.h"

namespace od {

// One per panel file.
FixPanelType loginPanel();          // loginpanel.cpp
FixPanelType modernAuthPanel();     // modernauthpanel.cpp
FixPanelType localServerPanel();    // localserverpanel.cpp
FixPanelType popBeforeSmtpPanel();  // popbeforesmtppanel.cpp
FixPanelType senderAddressPanel();  // senderaddresspanel.cpp
FixPanelType trustCertificatePanel(); // trustcertificatepanel.cpp
FixPanelType contactProviderPanel(); // contactproviderpanel.cpp
FixPanelType descriptionPanel();    // descriptionpanel.cpp

FixPanelType FixPanels::typeOf(Fix fix)
{
    switch (fix) {
    // Log in to the outgoing server: user name, password, submission port and its encryption.
    case Fix::EnableAuth:
    case Fix::UseSubmissionPort:
    case Fix::FixSecuritySetting:
        return loginPanel();
    case Fix::UseModernAuth:
        return modernAuthPanel();
    case Fix::UseLocalServer:
        return localServerPanel();
    case Fix::PopBeforeSmtp:
        return popBeforeSmtpPanel();
    case Fix::FixSenderAddress:
        return senderAddressPanel();
    case Fix::TrustCertificate:
        return trustCertificatePanel();
    case Fix::ContactProvider:
        return contactProviderPanel();
    // Nothing to fill in: the fix's description (and the retest) say it all.
    case Fix::CheckRecipient:
    case Fix::WaitRetry:
        return descriptionPanel();
    }
    return descriptionPanel(); // not a Fix value
}

FixPanel *FixPanels::create(Fix fix, WizardState *state, QWidget *parent)
{
    return typeOf(fix).create(fix, state, parent);
}

} // namespace od
