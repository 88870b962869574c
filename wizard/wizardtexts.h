// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard's wording for the engine's values: steps, security, locations and certificate
// findings come from their rows in core/vocabulary.h (the user-facing column); the endpoint
// and seconds texts are the wizard's own. Translated when called.
#pragma once

#include "core/taxonomy.h"
#include "diagnosis/probediagnosis.h"
#include "smtp/probetypes.h"

#include <QCoreApplication>
#include <QString>

namespace od {

class WizardTexts
{
    Q_DECLARE_TR_FUNCTIONS(od::WizardTexts)
public:
    static QString stepText(Step step);
    static QString securityText(Security security);
    static QString endpointText(const QString &host, const Endpoint &endpoint);
    static QString locationText(Location location);
    static QString findingText(CertificateFinding finding);
    static QString secondsText(qint64 ms);
    // What a test tried, in the user's terms: the sender address, the server, the port and its
    // security as the test used them (on the port the verdict rests on) and the login, e.g.
    // "alice@example.com through smtp.example.com, port 587 (STARTTLS), logged in as alice".
    // The Done page and the report word it here.
    static QString testedSettings(const ProbeResult &result, const Diagnosis &diagnosis);
    // The test's outcome as one sentence ("Mail sent this way would be delivered.").
    static QString testOutcome(const Diagnosis &diagnosis);
};

} // namespace od
